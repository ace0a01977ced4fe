"""The national platform's self-declaration fields, in entry order, and one record's entry steps.

The field list lives in ``resources/declaration/qybz-fields.json`` (from shared data qybz-form.md)
so that the order and labels can be corrected once someone sees the live form, without a code
change. Each field names a path into :class:`DeclarationRecord`; :func:`entry_steps` turns a record
into the values a person types or picks, in platform order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any, NoReturn

from jxdeclare.domain.declaration_record import (
    DeclarationRecord,
    DeclaredProduct,
    IndicatorLine,
    kind_of,
)
from jxdeclare.domain.uscc import JIANGXI_CITIES, PROVINCES

STATUSES = ("V", "V-old", "U")
APPLIES = ("Q", "adopted", "all")
TEXT_PDF_MEMBER = "02 标准文本.pdf"  # the package's copy of the text, the file to upload

_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_RECORD_ATTRS = {f.name for f in dataclass_fields(DeclarationRecord)} | {"text_pdf"}
_PRODUCT_ATTRS = {f.name for f in dataclass_fields(DeclaredProduct)}
_CONDITION_ATTRS = {f.name for f in dataclass_fields(DeclarationRecord)} | {"needs_statement"}
_MANDATORY = (
    "key",
    "section",
    "label",
    "label_en",
    "required",
    "status",
    "sources",
    "note",
    "value",
    "applies_to",
)
_OPTIONAL = ("choices", "status_by_kind", "required_if", "only_if")


@dataclass(frozen=True)
class FormField:
    key: str  # stable id, e.g. "standard_number", "product.model"
    section: str
    label: str  # as on the form (or as close as the sources allow)
    label_en: str
    required: bool | None  # None: the sources do not say
    status: str  # V / V-old / U as in qybz-form.md
    sources: tuple[str, ...]
    note: str
    value: str | None  # path into the record; None when the record does not hold it
    applies_to: str  # "Q", "adopted" or "all"
    choices: dict[str, str] = field(default_factory=dict, hash=False)  # record value → form text
    status_by_kind: dict[str, str] = field(default_factory=dict, hash=False)
    required_if: str | None = None  # "needs_statement", "disclosure=indicators"
    only_if: str | None = None  # outside the condition the step stays, empty and optional

    @property
    def per_product(self) -> bool:
        return bool(self.value and self.value.startswith("products[]."))


@dataclass(frozen=True)
class FormSpec:
    source: str
    verified: bool
    warning: str
    warning_en: str
    finish: str  # what to do after the last field
    fields: list[FormField]


@dataclass(frozen=True)
class EntryStep:
    key: str  # unique per step: "standard_number", "products[1].model"
    field: FormField
    label: str  # "产品 2 · 产品型号"
    value: str  # the text to type or the choice to pick, "" when there is none
    required: bool | None
    status: str
    note: str


def default_path() -> Path:
    from jxdeclare.paths import resources_dir

    return resources_dir() / "declaration" / "qybz-fields.json"


def load_form(path: Path | None = None) -> FormSpec:
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(
            f"声明字段文件 {path} 无法读取：{exc} / cannot read {path}: {exc}"
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
        raise ValueError(f"声明字段文件 {path} 缺少 fields 列表 / {path} has no list 'fields'")
    parsed = [_field(path, i, entry) for i, entry in enumerate(data["fields"])]
    seen: set[str] = set()
    for i, item in enumerate(parsed):
        if item.key in seen:
            _fail(path, i, item.key, "键重复", "duplicate key")
        seen.add(item.key)
    return FormSpec(
        source=str(data.get("source", "")),
        verified=data.get("verified") is True,
        warning=str(data.get("warning", "")),
        warning_en=str(data.get("warning_en", "")),
        finish=str(data.get("finish", "")),
        fields=parsed,
    )


def load_fields(path: Path | None = None) -> list[FormField]:
    return load_form(path).fields


def _fail(path: Path, index: int, key: object, zh: str, en: str) -> NoReturn:
    where = f"第 {index + 1} 项（{key}）"
    raise ValueError(f"声明字段文件 {path} {where}：{zh} / {path}, entry {index + 1} ({key}): {en}")


def _field(path: Path, index: int, entry: Any) -> FormField:
    key = entry.get("key", "?") if isinstance(entry, dict) else "?"
    if not isinstance(entry, dict):
        _fail(path, index, key, "不是对象", "not an object")
    missing = [name for name in _MANDATORY if name not in entry]
    if missing:
        _fail(path, index, key, f"缺少 {', '.join(missing)}", f"missing {', '.join(missing)}")
    unknown = sorted(set(entry) - set(_MANDATORY) - set(_OPTIONAL))
    if unknown:
        _fail(path, index, key, f"未知的键 {', '.join(unknown)}", f"unknown {', '.join(unknown)}")
    for name, ok, zh, en in _RULES:
        if name in entry and not ok(entry[name]):
            _fail(path, index, key, f"{name} {zh}（{entry[name]!r}）", f"{name} {en}")
    values = {name: entry.get(name) for name in _MANDATORY + _OPTIONAL if name in entry}
    values["sources"] = tuple(entry["sources"])
    return FormField(**values)


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _text_map(value: object) -> bool:
    return isinstance(value, dict) and all(_text(k) and _text(v) for k, v in value.items())


def _valid_path(path: object) -> bool:
    if not isinstance(path, str):
        return False
    if path == "indicators[]":
        return True
    if path.startswith("products[]."):
        return path.removeprefix("products[].") in _PRODUCT_ATTRS
    return path in _RECORD_ATTRS


def _valid_condition(condition: object) -> bool:
    return isinstance(condition, str) and condition.split("=", 1)[0] in _CONDITION_ATTRS


def _one_of(*allowed: object) -> Callable[[object], bool]:
    # `is` rather than `in`: 1 == True would let a number pass as a boolean
    return lambda value: any(value is a or (type(value) is str and value == a) for a in allowed)


_RULES: tuple[tuple[str, Callable[[Any], bool], str, str], ...] = (
    ("key", lambda v: isinstance(v, str) and bool(_KEY.match(v)), "无效", "is invalid"),
    ("section", _text, "须为非空文字", "must be non-empty text"),
    ("label", _text, "须为非空文字", "must be non-empty text"),
    ("label_en", _text, "须为非空文字", "must be non-empty text"),
    ("note", lambda v: isinstance(v, str), "须为文字", "must be text"),
    ("required", _one_of(True, False, None), "须为 true/false/null", "must be true/false/null"),
    ("status", _one_of(*STATUSES), "须为 V/V-old/U", "must be V, V-old or U"),
    ("applies_to", _one_of(*APPLIES), "须为 Q/adopted/all", "must be Q, adopted or all"),
    (
        "sources",
        lambda v: isinstance(v, list) and all(map(_text, v)),
        "须为文字列表",
        "must be a list of text",
    ),
    (
        "value",
        lambda v: v is None or _valid_path(v),
        "不是申报记录中的路径",
        "is not a path into the record",
    ),
    ("choices", _text_map, "须为文字到文字的映射", "must map text to text"),
    (
        "status_by_kind",
        lambda v: _text_map(v) and all(s in STATUSES for s in v.values()),
        "的值须为 V/V-old/U",
        "must map kinds to V, V-old or U",
    ),
    ("required_if", _valid_condition, "条件无效", "is not a valid condition"),
    ("only_if", _valid_condition, "条件无效", "is not a valid condition"),
)


def record_kind(record: DeclarationRecord) -> str:
    return record.standard_kind or kind_of(record.standard_number)


def applies(item: FormField, record: DeclarationRecord) -> bool:
    own = record_kind(record) in ("Q", "")  # an unknown kind gets the fuller form
    return item.applies_to == "all" or item.applies_to == ("Q" if own else "adopted")


def holds(condition: str, record: DeclarationRecord) -> bool:
    name, _, expected = condition.partition("=")
    actual = getattr(record, name)
    return str(actual) == expected if expected else bool(actual)


def entry_steps(
    record: DeclarationRecord, fields: list[FormField] | None = None
) -> list[EntryStep]:
    """Every step for this record in platform order; per-product fields once per product."""
    steps: list[EntryStep] = []
    pending: list[FormField] = []  # consecutive product fields, expanded together
    for item in [*(fields if fields is not None else load_fields()), None]:
        if item is not None and item.per_product and applies(item, record):
            pending.append(item)
            continue
        if pending:
            steps += _product_steps(record, pending)
            pending = []
        if item is not None and applies(item, record):
            steps.append(_step(record, item, item.key, item.label, _value(record, item)))
    return steps


def _product_steps(record: DeclarationRecord, group: list[FormField]) -> list[EntryStep]:
    products = record.products or (DeclaredProduct("", "", ""),)  # show the empty rows anyway
    steps = []
    for i, product in enumerate(products):
        for item in group:
            attr = (item.value or "").removeprefix("products[].")
            value = _choose(item, getattr(product, attr))
            label = f"产品 {i + 1} · {item.label}"
            steps.append(_step(record, item, f"products[{i}].{attr}", label, value))
    return steps


def _step(
    record: DeclarationRecord, item: FormField, key: str, label: str, value: str
) -> EntryStep:
    required = item.required
    if item.required_if:
        required = holds(item.required_if, record)
    if item.only_if and not holds(item.only_if, record):
        value, required = "", False
    status = item.status_by_kind.get(record_kind(record), item.status)
    return EntryStep(key, item, label, value, required, status, item.note)


def _value(record: DeclarationRecord, item: FormField) -> str:
    if item.value is None:
        return ""
    if item.value == "indicators[]":
        return "\n".join(indicator_line(i) for i in record.indicators)
    if item.value == "text_pdf":
        return _text_pdf(record)
    if item.value == "region_code":
        return region_text(record.region_code)
    return _choose(item, getattr(record, item.value))


def _choose(item: FormField, raw: object) -> str:
    if isinstance(raw, bool):
        raw = "true" if raw else "false"
    elif isinstance(raw, tuple):
        raw = "、".join(str(x) for x in raw)
    text = str(raw)
    return item.choices.get(text, text)


def indicator_line(line: IndicatorLine) -> str:
    """名称 要求 单位 试验方法, skipping the blanks."""
    return " ".join(
        p.strip() for p in (line.name, line.requirement, line.unit, line.test_method) if p.strip()
    )


def _text_pdf(record: DeclarationRecord) -> str:
    if not record.pdf_sha256:
        return ""
    size = f"，{record.pdf_size / 1024:.1f} KB" if record.pdf_size else ""
    return f"资料包中的“{TEXT_PDF_MEMBER}”（原文件 {record.pdf_name or '—'}{size}）"


def region_text(code: str) -> str:
    """ "江西省 赣州市（360700）": the names help pick from the platform's cascading lists."""
    code = code.strip()
    if not code:
        return ""
    names = [PROVINCES.get(code[:2], ""), JIANGXI_CITIES.get(code[:4], "")]
    named = " ".join(n for n in names if n)
    return f"{named}（{code}）" if named else code
