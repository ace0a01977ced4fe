"""What a self-declaration says (DESIGN §2.4), its exchange payload, and its checks before queueing.

The record is a superset of the national platform's form (shared data qybz-form.md): the enterprise,
the standard, how it is disclosed (full text or indicator table), its indicators with their
verdicts against mandatory and recommended standards, the 明示 statement, the products, the
self-commitment and a contact. The payload (schema ``jxdeclare.declaration/1``, docs/portal-api.md)
is what the exchange API receives; its canonical JSON's SHA-256 is the content hash in the
idempotency key, so the same content always maps to the same key and is never stored twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from jxdeclare.domain.gtin import validate_gtin
from jxdeclare.domain.messages import Problem, Severity, register
from jxdeclare.domain.stdnumber import StdKind, parse_standard_number
from jxdeclare.domain.uscc import validate_uscc

SCHEMA = "jxdeclare.declaration/1"
KINDS = ("GB", "GB/T", "industry", "DB", "T", "Q")
FULL_TEXT, INDICATORS = "full_text", "indicators"

REQUIRED = register("declaration.required", "{label}不能为空", "{label_en} is required")
NO_PRODUCTS = register(
    "declaration.no_products",
    "至少要有一个产品（平台要求“增加产品”）",
    "At least one product is required (the platform asks for 增加产品)",
)
NO_PDF = register(
    "declaration.no_pdf",
    "选择“全文公开”时须附标准文本 PDF",
    "Full-text disclosure needs the standard's PDF",
)
NO_INDICATORS = register(
    "declaration.no_indicators",
    "选择“公开指标”时须填写功能指标和性能指标公开表",
    "Indicator disclosure needs the indicator table",
)
NO_METHOD = register(
    "declaration.no_method",
    "指标“{name}”没有试验方法（企业标准化促进办法第十二条：公开指标须同时公开试验方法）",
    "Indicator “{name}” has no test method (促进办法 Art. 12: indicators are disclosed with their "
    "methods)",
)
LOOSER_MANDATORY = register(
    "declaration.looser_mandatory",
    "指标“{name}”{requirement}宽于强制性标准的限量，不能公开",
    "Indicator “{name}” {requirement} is looser than the mandatory limit; it cannot be declared",
)
LOOSER_RECOMMENDED = register(
    "declaration.looser_recommended",
    "指标“{name}”{requirement}低于推荐性标准，须在声明中明示",
    "Indicator “{name}” {requirement} is below the recommended standard and must be stated (明示)",
)
NEEDS_STATEMENT = register(
    "declaration.needs_statement",
    "有指标低于推荐性标准，须填写明示说明（市场监管总局答复，qybz-form S5）",
    "Some indicators are below a recommended standard: the 明示 statement is required",
)
NO_COMMITMENT = register(
    "declaration.no_commitment",
    "须勾选自我声明承诺（标准符合法律法规和强制性标准，产品符合标准）",
    "The self-commitment must be accepted",
)
BAD_NUMBER = register(
    "declaration.bad_number",
    "标准编号“{number}”无效：{reason}",
    "Invalid standard number “{number}”: {reason}",
)
KIND_MISMATCH = register(
    "declaration.kind_mismatch",
    "标准类别为“{kind}”，但编号“{number}”不是这一类",
    "The standard kind is {kind} but “{number}” is not of that kind",
)
LABEL_MISMATCH = register(
    "declaration.label_mismatch",
    "产品“{product}”标签标注的执行标准“{label}”与声明的“{number}”不一致",
    "Product “{product}” is labelled with “{label}”, not the declared “{number}”",
)
STANDARD_STATUS = register(
    "declaration.standard_status",
    "标准“{number}”截至 {as_of} 已{status}，不能声明执行",
    "Standard “{number}” is {status_en} as of {as_of}; it cannot be declared",
)

LABELS = {
    "enterprise.name": ("企业名称", "Enterprise name"),
    "enterprise.credit_code": ("统一社会信用代码", "Credit code"),
    "standard.number": ("标准编号", "Standard number"),
    "standard.name": ("标准名称", "Standard name"),
    "name": ("产品名称", "Product name"),
    "model": ("产品型号", "Product model"),
    "category": ("产品分类", "Product category"),
    "requirement": ("指标要求", "Requirement"),
}


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    requirement: str  # as written: "≤0.2", "不得检出"
    unit: str = ""
    test_method: str = ""
    clause: str = ""  # where the standard states it, e.g. "5.3"
    verdict_mandatory: str = ""  # domain.indicators.Verdict values, "" when no limit applies
    verdict_recommended: str = ""


@dataclass(frozen=True)
class DeclaredProduct:
    name: str
    model: str  # the platform: "if there is no model, enter the specification"
    category: str
    spec: str = ""
    gtin: str = ""
    generic_name: str = ""
    brand: str = ""
    label_standard: str = ""  # the number printed on the label / 合格证, to cross-check


@dataclass(frozen=True)
class DeclarationRecord:
    enterprise_name: str
    credit_code: str
    standard_kind: str  # one of KINDS
    standard_number: str
    standard_name: str
    region_code: str = ""
    publish_date: str = ""
    implement_date: str = ""
    replaces: tuple[str, ...] = ()
    disclosure: str = FULL_TEXT
    pdf_name: str = ""
    pdf_sha256: str = ""
    pdf_size: int = 0
    indicators: tuple[IndicatorLine, ...] = ()
    explicit_statement: str = ""  # 明示: how and why indicators are below a recommended standard
    products: tuple[DeclaredProduct, ...] = ()
    commitment_accepted: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # local notes, not sent

    @property
    def needs_statement(self) -> bool:
        return any(i.verdict_recommended == "looser" for i in self.indicators)

    def payload(self, pdf_base64: str | None = None) -> dict[str, Any]:
        """The exchange payload; the PDF's bytes go in only when sending (hashing skips them)."""
        text_pdf = None
        if self.pdf_sha256:
            text_pdf = {"filename": self.pdf_name, "sha256": self.pdf_sha256, "size": self.pdf_size}
            if pdf_base64 is not None:
                text_pdf["content_base64"] = pdf_base64
        return {
            "schema": SCHEMA,
            "enterprise": {"name": self.enterprise_name, "credit_code": self.credit_code,
                           "region_code": self.region_code},
            "standard": {"kind": self.standard_kind, "number": self.standard_number,
                         "name": self.standard_name, "publish_date": self.publish_date,
                         "implement_date": self.implement_date, "replaces": list(self.replaces)},
            "disclosure": self.disclosure,
            "text_pdf": text_pdf,
            "indicators": [asdict(i) for i in self.indicators],
            "explicit_statement": self.explicit_statement,
            "products": [asdict(p) for p in self.products],
            "commitment_accepted": self.commitment_accepted,
            "contact": {"name": self.contact_name, "phone": self.contact_phone},
        }  # fmt: skip

    def content_hash(self) -> str:
        """SHA-256 of the canonical payload without the PDF bytes (the PDF enters by its hash)."""
        return canonical_sha256(self.payload())

    def to_json(self) -> dict[str, Any]:
        """The stored form: every field, plus local notes."""
        data = asdict(self)
        data["replaces"] = list(self.replaces)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeclarationRecord:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["replaces"] = tuple(values.get("replaces", ()))
        values["indicators"] = tuple(IndicatorLine(**i) for i in values.get("indicators", ()))
        values["products"] = tuple(DeclaredProduct(**p) for p in values.get("products", ()))
        return cls(**values)


def canonical_sha256(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def kind_of(number: str) -> str:
    """The record's standard kind from its number ("" when the number does not parse)."""
    parsed = parse_standard_number(number).number
    if parsed is None:
        return ""
    if parsed.prefix in ("GB", "GB/T"):
        return parsed.prefix
    return {
        StdKind.ENTERPRISE: "Q",
        StdKind.GROUP: "T",
        StdKind.LOCAL: "DB",
        StdKind.INDUSTRY: "industry",
        StdKind.NATIONAL: "GB/T",  # GB/Z guidance documents are declared like GB/T
    }.get(parsed.kind, "")


def record_problems(record: DeclarationRecord) -> list[Problem]:
    """Everything wrong with a record before it may be queued; errors block, warnings need a yes.

    Each problem carries ``field``: the payload path of the input (``products[0].gtin``).
    """
    problems: list[Problem] = []
    for path, value in (
        ("enterprise.name", record.enterprise_name),
        ("standard.number", record.standard_number),
        ("standard.name", record.standard_name),
    ):
        if not value.strip():
            problems.append(_required(path))
    if record.credit_code.strip():
        problems += _at("enterprise.credit_code", validate_uscc(record.credit_code).problems)
    else:
        problems.append(_required("enterprise.credit_code"))
    problems += _number_problems(record)
    problems += _disclosure_problems(record)
    problems += _product_problems(record)
    if not record.commitment_accepted:
        problems.append(Problem(NO_COMMITMENT, params={"field": "commitment_accepted"}))
    return problems


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def _required(path: str) -> Problem:
    zh, en = LABELS[path.rsplit(".", 1)[-1] if path.startswith("products") else path]
    return Problem(REQUIRED, params={"field": path, "label": zh, "label_en": en})


def _at(path: str, problems: tuple[Problem, ...]) -> list[Problem]:
    return [Problem(p.code, p.severity, {**p.params, "field": path}) for p in problems]


def _number_problems(record: DeclarationRecord) -> list[Problem]:
    if not record.standard_number.strip():
        return []
    parsed = parse_standard_number(record.standard_number)
    where = {"field": "standard.number", "number": record.standard_number}
    if not parsed.valid:
        reason = "；".join(p.text() for p in parsed.problems if p.is_error)
        return [Problem(BAD_NUMBER, params={**where, "reason": reason})]
    if record.standard_kind and kind_of(record.standard_number) != record.standard_kind:
        return [Problem(KIND_MISMATCH, params={**where, "kind": record.standard_kind})]
    return []


def _disclosure_problems(record: DeclarationRecord) -> list[Problem]:
    problems: list[Problem] = []
    own = record.standard_kind == "Q"
    if own and record.disclosure == FULL_TEXT and not record.pdf_sha256:
        problems.append(Problem(NO_PDF, params={"field": "text_pdf"}))
    if own and record.disclosure == INDICATORS and not record.indicators:
        problems.append(Problem(NO_INDICATORS, params={"field": "indicators"}))
    for i, line in enumerate(record.indicators):
        at = {"field": f"indicators[{i}]", "name": line.name, "requirement": line.requirement}
        if not line.requirement.strip():
            problems.append(_required(f"indicators[{i}].requirement"))
        if own and not line.test_method.strip():
            problems.append(
                Problem(NO_METHOD, params={**at, "field": f"indicators[{i}].test_method"})
            )
        if line.verdict_mandatory == "looser":
            problems.append(Problem(LOOSER_MANDATORY, params=at))
        if line.verdict_recommended == "looser":
            problems.append(Problem(LOOSER_RECOMMENDED, Severity.WARNING, at))
    if record.needs_statement and not record.explicit_statement.strip():
        problems.append(Problem(NEEDS_STATEMENT, params={"field": "explicit_statement"}))
    return problems


def _product_problems(record: DeclarationRecord) -> list[Problem]:
    if not record.products:
        return [Problem(NO_PRODUCTS, params={"field": "products"})]
    problems: list[Problem] = []
    declared = parse_standard_number(record.standard_number).number
    for i, product in enumerate(record.products):
        for name in ("name", "model", "category"):
            if not getattr(product, name).strip():
                problems.append(_required(f"products[{i}].{name}"))
        if product.gtin.strip():
            problems += _at(f"products[{i}].gtin", validate_gtin(product.gtin))
        if product.label_standard.strip() and declared is not None:
            label = parse_standard_number(product.label_standard).number
            if label is None or label.canonical() != declared.canonical():
                problems.append(Problem(LABEL_MISMATCH, params={
                    "field": f"products[{i}].label_standard", "product": product.name,
                    "label": product.label_standard, "number": declared.canonical()}))  # fmt: skip
    return problems
