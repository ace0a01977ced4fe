"""The .jxstd file: a draft as JSON with a schema version (docs/jxstd-format.md).

Loading validates every field against the model and names the path of the first bad one
("document.chapters[4].blocks[2].rows[0].comparator"), so a file edited by hand or damaged on a
USB stick is refused with a message a person can act on. Saving and loading round-trip exactly.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from ..limits import MAX_FILE_BYTES, MB, json_problem
from ..messages import register
from . import model
from .model import COMPARATORS, Document

FORMAT = "jxstd"
SCHEMA_VERSION = 1
# Clause levels below a chapter or annex (GB/T 1.1: 5.1 … 5.1.1.1.1.1); the editor keeps to it.
MAX_CLAUSE_LEVELS = 5

BLOCK_TYPES: dict[str, type] = {
    "paragraph": model.Paragraph, "list": model.ListBlock, "note": model.Note,
    "example": model.Example, "formula": model.Formula, "figure": model.Figure,
    "table": model.Table, "indicator_table": model.IndicatorTable, "term": model.TermEntry,
}  # fmt: skip
_TYPE_NAMES = {cls: name for name, cls in BLOCK_TYPES.items()}

BAD_FIELD = register(
    "jxstd.bad_field", "文件内容有误：{path}：{reason}", "Invalid file content at {path}: {reason}"
)
NOT_JXSTD = register(
    "jxstd.not_jxstd", "不是 jxstd 标准草稿文件：{reason}", "Not a .jxstd draft file: {reason}"
)
TOO_NEW = register(
    "jxstd.too_new",
    "该文件由较新版本的软件保存（格式版本 {found}，本软件支持 {supported}），请升级软件后再打开",
    "This file was saved by a newer version (format {found}; this version reads {supported}); "
    "please upgrade to open it",
)


class JxstdError(ValueError):
    def __init__(self, code: str, **params: Any) -> None:
        from ..messages import render

        self.code, self.params = code, params
        super().__init__(render(code, params))


def to_dict(obj: Any) -> Any:
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, list):
        return [to_dict(item) for item in obj]
    if is_dataclass(obj):
        out: dict[str, Any] = {}
        if type(obj) in _TYPE_NAMES:
            out["type"] = _TYPE_NAMES[type(obj)]
        for f in fields(obj):
            out[f.name] = to_dict(getattr(obj, f.name))
        return out
    return obj


def dumps(document: Document) -> str:
    payload = {"format": FORMAT, "schema_version": SCHEMA_VERSION, "document": to_dict(document)}
    return json.dumps(payload, ensure_ascii=False, indent=1)


def loads(text: str) -> Document:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"JSON 第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}"
        raise JxstdError(NOT_JXSTD, reason=where) from None
    except RecursionError:  # nested deeper than the parser's stack: hostile, not a draft
        raise JxstdError(NOT_JXSTD, reason="嵌套层数过多") from None
    if problem := json_problem(payload):
        raise JxstdError(NOT_JXSTD, reason=problem)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise JxstdError(NOT_JXSTD, reason='缺少 "format": "jxstd"')
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise JxstdError(BAD_FIELD, path="schema_version", reason="应为整数")
    if version > SCHEMA_VERSION:
        raise JxstdError(TOO_NEW, found=version, supported=SCHEMA_VERSION)
    if version < 1:  # no version 0 or below was ever written
        raise JxstdError(BAD_FIELD, path="schema_version",
                         reason=f"应为 1 到 {SCHEMA_VERSION} 的整数，实为 {version}")  # fmt: skip
    return from_dict(Document, payload.get("document"), "document")


def save(document: Document, path: Path) -> None:
    """Write atomically: a crash mid-write leaves the old file intact."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps(document), encoding="utf-8")
    tmp.replace(path)


def load(path: Path) -> Document:
    try:
        if path.is_dir():
            raise JxstdError(NOT_JXSTD, reason="这是文件夹，不是文件")
        if (size := path.stat().st_size) > MAX_FILE_BYTES:
            raise JxstdError(NOT_JXSTD, reason=f"文件过大：{size // MB} MB，上限 "
                             f"{MAX_FILE_BYTES // MB} MB")  # fmt: skip
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise JxstdError(NOT_JXSTD, reason="不是 UTF-8 文本") from None
    except OSError as exc:  # missing, locked, unreadable
        raise JxstdError(NOT_JXSTD, reason=f"无法读取（{exc.strerror or exc}）") from None
    return loads(text)


def _fail(path: str, reason: str) -> JxstdError:
    return JxstdError(BAD_FIELD, path=path, reason=reason)


@cache
def _shape(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """The field types and names of a model class (resolving hints is slow: once per class)."""
    known = {f.name for f in fields(cls)} | ({"type"} if cls in _TYPE_NAMES else set())
    return get_type_hints(cls, vars(model)), frozenset(known)


def from_dict(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise _fail(path, "应为对象")
    if cls is model.Clause and path.count(".children[") > MAX_CLAUSE_LEVELS:  # before going deeper
        raise _fail(path, f"条的层级过深：章或附录以下最多 {MAX_CLAUSE_LEVELS} 层")
    hints, known = _shape(cls)
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(f"{path}.{unknown[0]}", "未知字段")
    values = {}
    for f in fields(cls):
        sub = f"{path}.{f.name}"
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise _fail(sub, "缺少必填字段")
            continue
        values[f.name] = _value(hints[f.name], data[f.name], sub)
    obj = cls(**values)
    _check(obj, path)
    return obj


def _value(hint: Any, data: Any, path: str) -> Any:
    origin = get_origin(hint)
    if hint is str:
        if not isinstance(data, str):
            raise _fail(path, "应为文本")
        return data
    if hint is bool:
        if not isinstance(data, bool):
            raise _fail(path, "应为 true 或 false")
        return data
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(data)
        except ValueError:
            allowed = "、".join(repr(m.value) for m in hint)
            raise _fail(path, f"应为 {allowed} 之一") from None
    if origin is list:
        if not isinstance(data, list):
            raise _fail(path, "应为数组")
        (item,) = get_args(hint)
        return [_value(item, entry, f"{path}[{i}]") for i, entry in enumerate(data)]
    if origin in (types.UnionType, typing.Union):
        return _block(data, path)
    if is_dataclass(hint):
        return from_dict(hint, data, path)
    raise TypeError(f"unsupported field type {hint!r} at {path}")  # a model change, not bad input


def _block(data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise _fail(path, "应为对象")
    cls = BLOCK_TYPES.get(data.get("type"))  # type: ignore[arg-type]
    if cls is None:
        raise _fail(f"{path}.type", f"应为 {'、'.join(BLOCK_TYPES)} 之一")
    return from_dict(cls, data, path)


def _check(obj: Any, path: str) -> None:
    """Rules the types alone do not express."""
    if isinstance(obj, model.IndicatorRow) and obj.comparator not in COMPARATORS:
        raise _fail(f"{path}.comparator", f"应为 {'、'.join(c for c in COMPARATORS if c)} 之一")
    if isinstance(obj, model.Table):
        width = len(obj.header)
        for i, row in enumerate(obj.rows):
            if len(row) != width:
                raise _fail(f"{path}.rows[{i}]", f"有 {len(row)} 列，表头有 {width} 列")
    if hasattr(obj, "id") and not obj.id:
        raise _fail(f"{path}.id", "不能为空")
