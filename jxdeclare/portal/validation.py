"""Checks on a ``jxdeclare.declaration/1`` payload, each failure tied to a field path.

The sandbox answers 422 with these; the app can run the same checks before sending.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import date
from typing import Any

from jxdeclare.domain.gtin import validate_gtin
from jxdeclare.domain.messages import Problem
from jxdeclare.domain.uscc import normalise_uscc, validate_uscc
from jxdeclare.portal.errors import FieldError
from jxdeclare.portal.protocol import DISCLOSURES, SCHEMA, STANDARD_KINDS

REQUIRED = ("必填，不能为空", "required, must not be empty")
NOT_OBJECT = ("应为 JSON 对象", "must be a JSON object")
NOT_LIST = ("应为 JSON 数组", "must be a JSON array")
_KINDS = ", ".join(STANDARD_KINDS)


class _Errors(list[FieldError]):
    def add(self, field: str, message: tuple[str, str]) -> None:
        self.append(FieldError(field, f"{message[0]} / {message[1]}"))

    def problem(self, field: str, problem: Problem) -> None:
        self.add(field, (problem.text("zh"), problem.text("en")))


def validate_declaration(payload: Any) -> list[FieldError]:
    """Every problem found, in field order; an empty list means the payload is acceptable."""
    errors = _Errors()
    if not isinstance(payload, dict):
        errors.add("$", NOT_OBJECT)
        return list(errors)
    if payload.get("schema") != SCHEMA:
        errors.add("schema", (f"应为“{SCHEMA}”", f"must be '{SCHEMA}'"))
    _enterprise(payload.get("enterprise"), errors)
    kind = _standard(payload.get("standard"), errors)
    disclosure = payload.get("disclosure")
    if disclosure not in DISCLOSURES:
        errors.add(
            "disclosure", ("应为 full_text 或 indicators", "must be full_text or indicators")
        )
    q_full_text = kind == "Q" and disclosure == "full_text"
    _text_pdf(payload.get("text_pdf"), q_full_text, errors)
    _indicators(payload, kind == "Q" and disclosure == "indicators", errors)
    _products(payload.get("products"), errors)
    if payload.get("commitment_accepted") is not True:
        errors.add(
            "commitment_accepted",
            ("须接受自我声明承诺（true）", "the self-declaration commitment must be accepted"),
        )
    return list(errors)


def payload_credit_code(payload: Any) -> str | None:
    """The declaring enterprise's normalised credit code, if the payload names one."""
    enterprise = payload.get("enterprise") if isinstance(payload, dict) else None
    code = enterprise.get("credit_code") if isinstance(enterprise, dict) else None
    return normalise_uscc(code) if isinstance(code, str) and code.strip() else None


def payload_standard_number(payload: Any) -> str:
    standard = payload.get("standard") if isinstance(payload, dict) else None
    number = standard.get("number") if isinstance(standard, dict) else None
    return number.strip() if isinstance(number, str) else ""


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _object(value: Any, path: str, errors: _Errors) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    errors.add(path, REQUIRED if value is None else NOT_OBJECT)
    return None


def _require(obj: dict[str, Any], path: str, names: tuple[str, ...], errors: _Errors) -> None:
    for name in names:
        if not _text(obj.get(name)):
            errors.add(f"{path}.{name}", REQUIRED)


def _enterprise(value: Any, errors: _Errors) -> None:
    enterprise = _object(value, "enterprise", errors)
    if enterprise is None:
        return
    _require(enterprise, "enterprise", ("name",), errors)
    code = enterprise.get("credit_code")
    if not isinstance(code, str):
        errors.add("enterprise.credit_code", REQUIRED)
        return
    for problem in validate_uscc(code).problems:
        if problem.is_error:  # early codes may fail a check yet be legal: warnings pass
            errors.problem("enterprise.credit_code", problem)


def _is_date(value: Any) -> bool:
    if not (isinstance(value, str) and len(value) == 10):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _standard(value: Any, errors: _Errors) -> str | None:
    standard = _object(value, "standard", errors)
    if standard is None:
        return None
    kind = standard.get("kind")
    if kind not in STANDARD_KINDS:
        errors.add("standard.kind", (f"应为 {_KINDS} 之一", f"must be one of: {_KINDS}"))
    _require(standard, "standard", ("number", "name"), errors)
    for name in ("publish_date", "implement_date"):
        day = standard.get(name)
        if day not in (None, "") and not _is_date(day):
            errors.add(f"standard.{name}", ("日期应为 YYYY-MM-DD", "must be a YYYY-MM-DD date"))
    replaces = standard.get("replaces") or []
    if not (isinstance(replaces, list) and all(isinstance(r, str) for r in replaces)):
        errors.add("standard.replaces", ("应为标准编号数组", "must be a list of standard numbers"))
    return kind if isinstance(kind, str) else None


def _text_pdf(value: Any, required: bool, errors: _Errors) -> None:
    """Checked whenever present; required for an enterprise standard disclosed in full."""
    if value is None:
        if required:
            zh = "企业标准全文公开须附标准文本 PDF"
            errors.add("text_pdf", (zh, "a Q standard disclosed in full needs its text PDF"))
        return
    pdf = _object(value, "text_pdf", errors)
    if pdf is None:
        return
    _require(pdf, "text_pdf", ("filename",), errors)
    try:
        content = base64.b64decode(pdf.get("content_base64") or "", validate=True)
    except (binascii.Error, TypeError, ValueError):
        errors.add("text_pdf.content_base64", ("不是有效的 base64", "is not valid base64"))
        return
    if not content.startswith(b"%PDF-"):
        zh, en = "内容不是 PDF 文件（应以 %PDF- 开头）", "is not a PDF (must start with %PDF-)"
        errors.add("text_pdf.content_base64", (zh, en))
    digest = hashlib.sha256(content).hexdigest()
    claimed = pdf.get("sha256")
    if not isinstance(claimed, str) or claimed.lower() != digest:
        zh, en = f"与内容的 SHA-256（{digest}）不符", f"does not match the content's ({digest})"
        errors.add("text_pdf.sha256", (zh, en))
    size = pdf.get("size")
    if isinstance(size, bool) or size != len(content):
        zh, en = (
            f"与内容长度（{len(content)} 字节）不符",
            f"is not the content length, {len(content)}",
        )
        errors.add("text_pdf.size", (zh, en))


def _indicators(payload: dict[str, Any], detailed: bool, errors: _Errors) -> None:
    """``detailed``: the indicator table is what gets disclosed, so each row must be complete."""
    indicators = payload.get("indicators") or []  # absent or null: none
    if not isinstance(indicators, list):
        errors.add("indicators", NOT_LIST)
        return
    if detailed and not indicators:
        zh, en = "按指标公开时至少填写一项指标", "disclosing by indicators needs at least one"
        errors.add("indicators", (zh, en))
    statement_needed = False
    for i, item in enumerate(indicators):
        path = f"indicators[{i}]"
        if not isinstance(item, dict):
            errors.add(path, NOT_OBJECT)
            continue
        if detailed:
            _require(item, path, ("name", "requirement", "test_method"), errors)
        if item.get("verdict_mandatory") == "looser":
            zh, en = "指标低于强制性标准要求，不能声明", "looser than a mandatory limit"
            errors.add(f"{path}.verdict_mandatory", (zh, en))
        statement_needed |= item.get("verdict_recommended") == "looser"
    if statement_needed and not _text(payload.get("explicit_statement")):
        zh = "有指标低于推荐性标准，须填写明示声明"
        en = "an indicator is looser than a recommended standard: an explicit statement is required"
        errors.add("explicit_statement", (zh, en))


def _products(value: Any, errors: _Errors) -> None:
    if not isinstance(value, list) or not value:
        errors.add("products", ("至少填写一个产品", "at least one product is required"))
        return
    for i, item in enumerate(value):
        path = f"products[{i}]"
        if not isinstance(item, dict):
            errors.add(path, NOT_OBJECT)
            continue
        _require(item, path, ("name", "model", "category"), errors)
        gtin = item.get("gtin") or ""
        if not isinstance(gtin, str):
            errors.add(f"{path}.gtin", ("应为字符串", "must be a string"))
            continue
        for problem in validate_gtin(gtin) if gtin.strip() else ():
            errors.problem(f"{path}.gtin", problem)
