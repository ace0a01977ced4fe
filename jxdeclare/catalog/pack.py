"""Data packs: one zip with a manifest, an Ed25519 signature and JSON tables.

Opening a pack verifies everything before any of it is used: member paths, sizes against the
manifest and against fixed bounds (zip bombs), SHA-256 of every member, the signature against the
keys the app trusts, the schema version, and every row of every table. Any failure raises
:class:`PackError` naming what failed; nothing is returned, so the active pack stays as it was.
"""

from __future__ import annotations

import gc
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast

from jxdeclare.catalog.schema import SCHEMA_VERSION, TABLES, row_problems
from jxdeclare.domain import limits

T = TypeVar("T")

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MEMBER_BYTES = limits.MAX_PACK_MEMBER_BYTES
MAX_TOTAL_BYTES = limits.MAX_PACK_TOTAL_BYTES
MAX_MEMBERS = limits.MAX_PACK_MEMBERS
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip timestamps: the same tables give the same bytes


class PackError(Exception):
    """A pack that must not be used; the message says what failed (Chinese / English).
    ``unreadable``: the file cannot be read as a pack at all (damaged zip or data, a zip bomb,
    JSON nested too deep), unusable input; otherwise a readable pack refused (signature,
    contents)."""

    def __init__(self, message: str, *, unreadable: bool = False) -> None:
        super().__init__(message)
        self.unreadable = unreadable


def _unreadable(message: str) -> PackError:
    return PackError(message, unreadable=True)


@dataclass(frozen=True)
class Pack:
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    signed: bool  # False: an agency's own pack, imported with an explicit override
    # Indexes built from the tables (editions, search); a pack never changes once opened.
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, key: str, build: Callable[[], T]) -> T:
        """Build an index of the tables once per opened pack (checks run per document)."""
        if key not in self._derived:
            self._derived[key] = build()
        return cast(T, self._derived[key])

    @property
    def pack_id(self) -> str:
        return str(self.manifest["pack_id"])

    @property
    def version(self) -> str:
        return str(self.manifest["version"])


def table_member(table: str) -> str:
    return f"tables/{table}.json"


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        bool(name)
        and "\\" not in name
        and not path.is_absolute()
        and ":" not in path.parts[0]
        and ".." not in path.parts
        and not name.endswith("/")
    )


def _check_layout(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _unreadable(f"数据包成员过多（{len(infos)}）/ too many members in the pack")
    for info in infos:
        if not _safe_name(info.filename):
            raise PackError(
                f"数据包成员路径不安全：{info.filename!r}（路径穿越）"
                f" / unsafe member path (path traversal)"
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise _unreadable(
                f"数据包成员“{info.filename}”过大（{info.file_size} 字节） / member too large"
            )
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise _unreadable("数据包解压后总大小超过上限 / the pack's total size exceeds the limit")


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes: a member whose header lies about its size is caught here."""
    try:
        with archive.open(name) as member:
            data = member.read(limit + 1)
    except KeyError as exc:
        raise _unreadable(f"数据包缺少“{name}” / the pack has no {name}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:  # CRC, truncated, garbled
        raise _unreadable(
            f"数据包成员“{name}”已损坏：{exc} / member {name} is corrupt"
        ) from exc
    if len(data) > limit:
        raise _unreadable(
            f"数据包成员“{name}”比声明的大 / member {name} is larger than declared"
        )
    return data


def _manifest(archive: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    raw = _read(archive, MANIFEST, MAX_MEMBER_BYTES)
    manifest = _json(raw, MANIFEST)
    if not isinstance(manifest, dict):
        raise _unreadable("manifest.json 格式错误 / manifest is not an object")
    if manifest.get("schema") != SCHEMA_VERSION:
        raise PackError(
            f"不支持的数据包格式版本 {manifest.get('schema')!r}（本程序支持"
            f" {SCHEMA_VERSION}）/ unknown schema version"
        )
    for key in ("pack_id", "version", "as_of", "created", "publisher", "members"):
        if key not in manifest:
            raise _unreadable(f"manifest.json 缺少“{key}” / manifest lacks {key}")
    return raw, manifest


def _check_signature(
    archive: zipfile.ZipFile, raw_manifest: bytes, trusted_keys: list[bytes], allow_unsigned: bool
) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if SIGNATURE not in archive.namelist():
        if allow_unsigned:
            return False
        raise PackError(
            "数据包未签名；导入未签名的数据包需要明确确认"
            " / the pack is unsigned; importing it needs an explicit override"
        )
    signature = _read(archive, SIGNATURE, 1024)
    for key in trusted_keys:
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(signature, raw_manifest)
            return True
        except InvalidSignature:
            continue
    raise PackError("数据包签名无效或签名者不受信任 / the signature is invalid or not trusted")


def _check_members(archive: zipfile.ZipFile, members: Any) -> dict[str, bytes]:
    if not isinstance(members, dict):
        raise _unreadable("manifest.json 的 members 格式错误 / bad members list")
    present = set(archive.namelist()) - {MANIFEST, SIGNATURE}
    if extra := sorted(present - set(members)):
        raise PackError(f"数据包含有清单之外的成员：{extra} / members not in the manifest")
    contents = {}
    for name, entry in members.items():
        size, digest = int(entry["size"]), str(entry["sha256"])
        data = _read(archive, name, min(size, MAX_MEMBER_BYTES))
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            raise PackError(
                f"数据包成员“{name}”的校验值不符（已被修改或损坏） / SHA-256 mismatch for {name}"
            )
        contents[name] = data
    return contents


def _json(raw: bytes, name: str, *, rows_checked: bool = False) -> Any:
    """A member's JSON, refused when it does not parse or nests past the limit (iteratively
    checked: an unsigned pack's tables are as hostile as any file). ``rows_checked``: a table,
    whose every row is then validated field by field, which bounds its depth at three without
    a walk (a one-shot check opens the pack each time)."""
    try:
        text = raw.decode("utf-8")
        value = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = "嵌套层数过多" if isinstance(exc, RecursionError) else str(exc)
        raise _unreadable(f"{name} 不是有效的 JSON：{reason} / invalid JSON in {name}") from exc
    if problem := limits.json_text_problem(text, value, walk_depth=not rows_checked):
        raise _unreadable(f"{name}：{problem} / invalid JSON in {name}")
    return value


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Decoded JSON holds no reference cycles, yet its tens of thousands of new rows and lists
    make the cycle collector pass over the growing tables again and again (as Mercurial pauses it
    while it builds large indexes). Paused for the decoding only."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _tables(contents: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    with _no_cycle_collection():
        return _decoded_tables(contents)


def _decoded_tables(contents: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for table in TABLES:
        name = table_member(table)
        rows = _json(contents[name], name, rows_checked=True) if name in contents else []
        if not isinstance(rows, list):
            raise PackError(f"表“{table}”不是行的列表 / table {table} is not a list")
        for index, row in enumerate(rows, start=1):
            if problems := row_problems(table, row):
                if too_deep := limits.json_problem(rows):  # the walk skipped when opening
                    raise _unreadable(f"{name}：{too_deep} / invalid JSON in {name}")
                field, reason = problems[0]
                raise PackError(
                    f"表“{table}”第{index}行字段“{field}”：{reason}"
                    f" / table {table}, row {index}, field {field}"
                )
        tables[table] = rows
    return tables


def open_pack(path: Path, trusted_keys: list[bytes], *, allow_unsigned: bool = False) -> Pack:
    """Verify and load a pack; raises PackError and returns nothing on any failure."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_layout(archive)
            raw, manifest = _manifest(archive)
            signed = _check_signature(archive, raw, trusted_keys, allow_unsigned)
            contents = _check_members(archive, manifest["members"])
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _unreadable(
            f"“{Path(path).name}”不是有效的数据包（zip 文件已损坏）"
            f" / not a valid pack (corrupt zip)"
        ) from exc
    except OSError as exc:  # missing, a folder, unreadable
        raise _unreadable(
            f"无法读取“{Path(path).name}”：{exc.strerror or exc} / cannot read the file"
        ) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable(f"manifest.json 内容错误：{exc} / malformed manifest") from exc
    return Pack(manifest, _tables(contents), signed)


def _encode(rows: list[dict[str, Any]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_pack(
    path: Path,
    meta: dict[str, Any],
    tables: dict[str, list[dict[str, Any]]],
    private_key: Any | None,
) -> None:
    """Write a pack deterministically; ``private_key`` (Ed25519PrivateKey) or None: unsigned."""
    contents = {table_member(table): _encode(rows) for table, rows in sorted(tables.items())}
    members = {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in contents.items()
    }
    manifest = json.dumps(
        {**meta, "schema": SCHEMA_VERSION, "members": members},
        ensure_ascii=False,
        indent=1,
        sort_keys=True,
    ).encode("utf-8")
    files = {MANIFEST: manifest, **contents}
    if private_key is not None:
        files[SIGNATURE] = private_key.sign(manifest)
    tmp = Path(path).with_name(Path(path).name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    tmp.replace(path)
