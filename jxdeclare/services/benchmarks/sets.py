"""Which benchmark sets there are: shipped with the program (T/JGE values from the shared data),
imported from an agency's workbook (table ``benchmark_sets``), and derived from the active data
pack's recommended-standard values where the pack has any (today it has none)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.benchmarks.model import BenchmarkRow, BenchmarkSet, set_from_payload
from jxdeclare.domain.limits import json_problem
from jxdeclare.services.errors import DuplicateError, InputFileError, NotFoundError

if TYPE_CHECKING:
    from jxdeclare.importing.benchmark_xlsx import SheetRowError
    from jxdeclare.services.context import AppContext

SHIPPED_FILE = "jiangxi-green.json"
CATALOGUE_KIND = "推荐性标准"


@cache
def shipped_sets() -> tuple[BenchmarkSet, ...]:
    """The sets in ``resources/benchmarks/``: every row with its source standard and baseline."""
    from jxdeclare.paths import resources_dir

    data = json.loads((resources_dir() / "benchmarks" / SHIPPED_FILE).read_text("utf-8"))
    return tuple(
        set_from_payload(s["name"], s["product_category"], s["kind"], s["payload"], shipped=True)
        for s in data["sets"]
    )


def catalogue_sets(pack: Any) -> list[BenchmarkSet]:
    """A set per product and recommended standard from the pack's ``recommended_values``
    (verified rows only; the pack shipped today holds none, see docs/benchmarks.md)."""
    if pack is None:
        return []
    grouped: dict[tuple[str, str], list[BenchmarkRow]] = {}
    for row in pack.tables.get("recommended_values", []):
        tier = str(row.get("grade") or "推荐性标准")
        target = BenchmarkRow(
            str(row["item"]), str(row.get("comparator") or ""), str(row.get("value") or ""),
            str(row.get("unit") or ""), tier, str(row["standard"]),
            note=str(row.get("clause") or ""),
        )  # fmt: skip
        grouped.setdefault((str(row["product"]), str(row["standard"])), []).append(target)
    made = []
    for (product, standard), rows in grouped.items():
        tiers = tuple(dict.fromkeys(r.tier for r in rows))
        made.append(BenchmarkSet(f"{standard}（{product}）", product, CATALOGUE_KIND, tiers,
                                 tuple(rows)))  # fmt: skip
    return made


def stored_sets(ctx: AppContext) -> list[BenchmarkSet]:
    from sqlalchemy import select

    from jxdeclare.store.models import BenchmarkSet as Stored

    with ctx.session() as session:
        found = session.scalars(select(Stored).order_by(Stored.name)).all()
        return [set_from_payload(s.name, s.product_category or "", s.kind, s.payload)
                for s in found]  # fmt: skip


def all_sets(ctx: AppContext, pack: Any = None) -> list[BenchmarkSet]:
    """Shipped first, then imported, then the catalogue's."""
    return [*shipped_sets(), *stored_sets(ctx), *catalogue_sets(pack)]


def find_set(sets: list[BenchmarkSet], name: str) -> BenchmarkSet:
    """The set of that name, typed with any width, dash or spacing; or the only set whose name
    contains it ("T/JGE 0023")."""
    wanted = _folded(name)
    exact = [s for s in sets if _folded(s.name) == wanted]
    within = [s for s in sets if wanted and wanted in _folded(s.name)]
    if exact or len(within) == 1:
        return (exact or within)[0]
    known = "、".join(s.name for s in sets) or "无"
    raise NotFoundError(f"没有名为“{name}”的对标集（现有：{known}）/ no benchmark set “{name}”")


@dataclass(frozen=True)
class ImportOutcome:
    sets: list[BenchmarkSet]
    errors: list[SheetRowError]
    replaced: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors


def import_workbook(ctx: AppContext, path: Path, *, replace: bool = False) -> ImportOutcome:
    """Read, check every row, then store every set in one transaction; nothing on any error.

    A set whose name is already stored is replaced only with ``replace``; the name of a shipped
    set is never taken.
    """
    from sqlalchemy import select

    from jxdeclare.importing.benchmark_xlsx import BenchmarkImportError, read_benchmark_xlsx
    from jxdeclare.store.models import BenchmarkSet as Stored

    try:
        read = read_benchmark_xlsx(path)
    except BenchmarkImportError as exc:
        raise InputFileError(str(exc)) from None
    if read.errors:
        return ImportOutcome([], read.errors, [])
    if not read.sets:
        raise InputFileError(f"无法导入“{path.name}”：没有填写任何指标行 / no rows to import")
    shipped = {s.name for s in shipped_sets()}
    if taken := [s.name for s in read.sets if s.name in shipped]:
        raise DuplicateError(f"“{'、'.join(taken)}”是随程序提供的对标集的名称，请换一个名称"
                             " / the name of a shipped set", field="name")  # fmt: skip
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with ctx.session() as session:
        names = [s.name for s in read.sets]
        existing = {
            s.name: s for s in session.scalars(select(Stored).where(Stored.name.in_(names)))
        }
        if existing and not replace:
            raise DuplicateError(
                f"已有同名的对标集：{'、'.join(existing)}。要用文件中的内容替换，请加 --replace"
                " / a set of that name exists: use --replace",
                field="name",
            )
        for made in read.sets:
            payload = made.payload()
            if problem := json_problem(payload):
                raise InputFileError(f"无法导入“{path.name}”：{problem}")
            row = existing.get(made.name)
            if row is None:
                row = Stored(name=made.name)
                session.add(row)
            row.product_category = made.product_category
            row.kind = made.kind
            row.payload = payload
            row.source_file = path.name[:300]
            row.file_sha256 = digest
            row.imported_by = ctx.user[:100]
    return ImportOutcome(read.sets, [], sorted(existing))


def delete_set(ctx: AppContext, name: str) -> None:
    from sqlalchemy import select

    from jxdeclare.store.models import BenchmarkSet as Stored

    with ctx.session() as session:
        row = session.scalars(select(Stored).where(Stored.name == name)).first()
        if row is None:
            raise NotFoundError(f"没有导入名为“{name}”的对标集 / no imported set “{name}”")
        session.delete(row)


def _folded(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s]+", "", re.sub(r"[-—–―－]", "-", folded))
