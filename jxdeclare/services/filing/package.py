"""The 备案 package of a stored food standard: its text (PDF and Word, the drafting renderers)
and the 编制说明 comparing each indicator with the food-safety standards.

Only a food standard with an indicator stricter than a food-safety standard is filed
(《食品安全法》第三十条); any other is refused with the reason, unless ``force`` asks for the files
anyway. Enterprise standards in general are self-declared and need no filing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.services.errors import ServiceError

if TYPE_CHECKING:
    from jxdeclare.checks.food_filing import FoodComparison
    from jxdeclare.reporting.filing.package import Progress
    from jxdeclare.services.context import AppContext

WHY_FILING = (
    "备案（《中华人民共和国食品安全法》第三十条）只适用于指标严于食品安全国家标准或地方标准的"
    "食品企业标准；其他企业标准已不需要备案，在企业标准信息公共服务平台自我声明即可。"
)


class NotForFiling(ServiceError):
    """The standard is not one that is filed (not a food standard, or nothing stricter)."""


@dataclass(frozen=True)
class FilingPackage:
    path: Path
    comparison: FoodComparison
    final_text: bool  # the standard was rendered as final (no unfilled parts, no watermark)
    forced: bool  # written although the standard is not one that is filed


def comparison_of(ctx: AppContext, draft_id: int, as_of: date | None = None) -> FoodComparison:
    """Each indicator of the stored standard against the active pack's food-safety limits."""
    from jxdeclare.checks.food_filing import compare_food
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue

    document = drafts.open_draft(ctx, draft_id).document
    return compare_food(document, active_catalogue(ctx).pack, as_of or date.today())


def refusal_of(label: str, comparison: FoodComparison) -> str | None:
    """Why the standard is not filed, in Chinese; None when it is."""
    if not comparison.is_food:
        return f"“{label}”不是食品标准（没有确定的食品类别）。{WHY_FILING}"
    if not comparison.stricter:
        return (f"“{label}”没有严于食品安全国家标准的指标（已比较 {len(comparison.rows)} 项）。"
                f"{WHY_FILING}")  # fmt: skip
    return None


def write_package(
    ctx: AppContext, draft_id: int, out: Path, *, as_zip: bool = False, force: bool = False,
    today: date | None = None, progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> FilingPackage:  # fmt: skip
    """Write the package into the folder ``out``. Slow (rendering): run it in the background."""
    from jxdeclare.checks.food_filing import compare_food
    from jxdeclare.drafting.readiness import final_blockers
    from jxdeclare.reporting.filing.explanation import explanation
    from jxdeclare.reporting.filing.package import package_name, write_filing_package
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.drafting import render

    today = today or date.today()
    _usable_folder(Path(out))
    opened = drafts.open_draft(ctx, draft_id)
    document = opened.document
    pack = active_catalogue(ctx).pack
    comparison = compare_food(document, pack, today)
    label = f"{opened.info.number} {opened.info.title}".strip()
    why = refusal_of(label, comparison)
    if why and not force:
        raise NotForFiling(why)
    final = not final_blockers(document)

    def write_standard(pdf: Path, docx: Path) -> None:
        if cancel is not None and cancel.is_set():
            raise InterruptedError("已取消 / cancelled")
        render(document, pdf=pdf, docx=docx, final=final, unsigned_pack=not pack.signed)

    text = explanation(document, comparison, today)
    name = package_name(opened.info.number, opened.info.title)
    path = write_filing_package(name, write_standard, text, Path(out), as_zip=as_zip,
                                progress=progress)  # fmt: skip
    return FilingPackage(path, comparison, final, bool(why))


def _usable_folder(out: Path) -> None:
    """The output folder exists or can be made; otherwise a message naming it (not a bug)."""
    from jxdeclare.services.errors import InputFileError

    if out.exists() and not out.is_dir():
        raise InputFileError(f"“{out}”是文件，不是文件夹 / not a folder: {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputFileError(f"无法创建文件夹“{out}”：{exc.strerror or exc}"
                             f" / cannot create the folder {out}") from exc  # fmt: skip
