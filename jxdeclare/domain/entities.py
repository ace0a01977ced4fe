"""Value objects of a declaration: the enterprise, its products and the standards it executes.

Each reports its own problems; every problem carries a ``field`` param (the attribute name) so a
form can highlight the input, plus ``label_zh``/``label_en`` where the message names the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jxdeclare.domain.gtin import validate_gtin
from jxdeclare.domain.messages import Problem, Severity, register
from jxdeclare.domain.stdnumber import StandardNumber
from jxdeclare.domain.uscc import validate_uscc

ENTERPRISE_CODE_USUAL_MAX = 10  # longer codes exist (region digits + initials); we only warn

LABELS: dict[str, tuple[str, str]] = {
    "enterprise.name": ("企业名称", "enterprise name"),
    "enterprise.uscc": ("统一社会信用代码", "unified social credit code"),
    "enterprise.code": ("企业代号", "enterprise code"),
    "enterprise.region": ("行政区划代码", "region code"),
    "product.name": ("产品名称", "product name"),
    "product.model": ("产品型号", "product model"),
    "product.category": ("产品分类", "product category"),
    "product.gtin": ("产品条码", "barcode"),
    "standard.title": ("标准名称", "standard title"),
}

REQUIRED = register("entity.required", "{label_zh}不能为空", "The {label_en} is required")
CODE_CHARS = register(
    "entity.enterprise_code",
    "企业代号“{code}”只能由大写英文字母和数字组成，如 Q/ABC 中的 ABC",
    "The enterprise code '{code}' may only contain capital letters and digits, e.g. ABC in Q/ABC",
)
CODE_LONG = register(
    "entity.enterprise_code_long",
    "企业代号“{code}”有{length}位，通常不超过{usual}位，请核对",
    "The enterprise code '{code}' has {length} characters, usually at most {usual}; please check",
)
REGION_FORMAT = register(
    "entity.region",
    "行政区划代码“{region}”应为6位数字，如 360700（赣州市）",
    "The region code '{region}' should be 6 digits, e.g. 360700 (Ganzhou)",
)

_ENTERPRISE_CODE = re.compile(r"[A-Z0-9]+", re.ASCII)
_REGION = re.compile(r"\d{6}", re.ASCII)


def _field_params(owner: str, field: str, **params: object) -> dict[str, object]:
    zh, en = LABELS[f"{owner}.{field}"]
    return {"field": field, "label_zh": zh, "label_en": en, **params}


def _required(owner: str, values: dict[str, str | None]) -> list[Problem]:
    """One problem per required field that is missing or blank."""
    return [
        Problem(REQUIRED, params=_field_params(owner, field))
        for field, value in values.items()
        if not (value and value.strip())
    ]


def _in_field(problems: tuple[Problem, ...], owner: str, field: str) -> list[Problem]:
    """Re-label a validator's problems with the field they came from."""
    return [
        Problem(p.code, p.severity, {**p.params, **_field_params(owner, field)}) for p in problems
    ]


@dataclass(frozen=True)
class Enterprise:
    name: str
    uscc: str
    code: str | None = None  # 企业代号: the ABC in Q/ABC
    region: str | None = None  # 6-digit 行政区划代码 (GB/T 2260)
    contact: str | None = None
    address: str | None = None

    def problems(self) -> tuple[Problem, ...]:
        problems = _required("enterprise", {"name": self.name})
        problems += _in_field(validate_uscc(self.uscc).problems, "enterprise", "uscc")
        problems += self._code_problems() + self._region_problems()
        return tuple(problems)

    def _code_problems(self) -> list[Problem]:
        if self.code is None:
            return []
        params = _field_params("enterprise", "code", code=self.code)
        if not _ENTERPRISE_CODE.fullmatch(self.code):
            return [Problem(CODE_CHARS, params=params)]
        if len(self.code) > ENTERPRISE_CODE_USUAL_MAX:
            params |= {"length": len(self.code), "usual": ENTERPRISE_CODE_USUAL_MAX}
            return [Problem(CODE_LONG, Severity.WARNING, params)]
        return []

    def _region_problems(self) -> list[Problem]:
        if self.region is None or _REGION.fullmatch(self.region):
            return []
        params = _field_params("enterprise", "region", region=self.region)
        return [Problem(REGION_FORMAT, params=params)]


@dataclass(frozen=True)
class Product:
    name: str
    model: str
    category: str
    spec: str | None = None
    gtin: str | None = None
    generic_name: str | None = None
    brand: str | None = None

    def problems(self) -> tuple[Problem, ...]:
        # The platform asks for name, model and category; the rest is optional (qybz-form §4).
        required = {"name": self.name, "model": self.model, "category": self.category}
        problems = _required("product", required)
        if self.gtin and self.gtin.strip():  # a blank barcode cell means "none"
            problems += _in_field(validate_gtin(self.gtin), "product", "gtin")
        return tuple(problems)


@dataclass(frozen=True)
class StandardRef:
    """A standard an enterprise executes: its number and its title."""

    number: StandardNumber
    title: str

    def problems(self) -> tuple[Problem, ...]:
        return tuple(_required("standard", {"title": self.title}))
