"""A declaration's field paths as a person reads them: the labels of the declaration form.

Problems carry the payload path of their input (``commitment_accepted``, ``products[0].gtin``);
whoever shows a problem puts the label in front instead (“承诺：…”, “产品 1 · 条码：…”), so nobody
ever sees an internal key.
"""

from __future__ import annotations

import re

# path → (zh, en); the Chinese as the declaration dialog and its product table show it.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "enterprise.name": ("企业名称", "Enterprise name"),
    "enterprise.credit_code": ("统一社会信用代码", "Credit code"),
    "enterprise.region_code": ("行政区划", "Administrative division"),
    "standard.kind": ("标准类别", "Standard kind"),
    "standard.number": ("标准编号", "Standard number"),
    "standard.name": ("标准名称", "Standard name"),
    "disclosure": ("公开方式", "Disclosure"),
    "text_pdf": ("标准文本 PDF", "Standard text PDF"),
    "indicators": ("指标公开表", "Indicator table"),
    "explicit_statement": ("明示说明", "Explicit statement"),
    "products": ("产品", "Products"),
    "commitment_accepted": ("承诺", "Commitment"),
    "contact.name": ("联系人", "Contact"),
    "contact.phone": ("联系电话", "Contact phone"),
}
PRODUCT_LABELS: dict[str, tuple[str, str]] = {
    "name": ("产品名称", "Product name"),
    "model": ("型号", "Model"),
    "category": ("分类", "Category"),
    "spec": ("规格", "Specification"),
    "gtin": ("条码", "Barcode"),
    "generic_name": ("通用名", "Generic name"),
    "brand": ("品牌", "Brand"),
    "label_standard": ("标签标注的标准号", "Standard on the label"),
}
INDICATOR_LABELS: dict[str, tuple[str, str]] = {
    "name": ("名称", "Name"),
    "requirement": ("要求", "Requirement"),
    "unit": ("单位", "Unit"),
    "test_method": ("试验方法", "Test method"),
}
_ITEM = re.compile(r"^(products|indicators)\[(\d+)\](?:\.(\w+))?$")


def field_label(path: str, lang: str = "zh") -> str:
    """“承诺” for ``commitment_accepted``, “产品 1 · 条码” for ``products[0].gtin``; a path this
    table does not know is shown as it is rather than hidden."""
    en = lang.startswith("en")
    if path in FIELD_LABELS:
        return FIELD_LABELS[path][en]
    match = _ITEM.match(path)
    if match is None:
        return path
    group, index, attr = match.group(1), int(match.group(2)) + 1, match.group(3)
    products = group == "products"
    noun = ("Product" if en else "产品") if products else ("Indicator" if en else "指标")
    head = f"{noun} {index}"
    labels = PRODUCT_LABELS if products else INDICATOR_LABELS
    if attr is None:
        return head
    return f"{head} · {labels[attr][en]}" if attr in labels else f"{head} · {attr}"


def labelled(field: str, text: str, lang: str = "zh") -> str:
    """A problem's line: its field's label, then what is wrong (the text alone without a field)."""
    if not field:
        return text
    return f"{field_label(field, lang)}{': ' if lang.startswith('en') else '：'}{text}"
