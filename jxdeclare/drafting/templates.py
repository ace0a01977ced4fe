"""Drafting templates: data files that become enterprise-standard drafts (docs/templates.md).

A template is a JSON file in ``resources/templates``: a little metadata (id, name, kind, product,
sources, what the user must fill in) around a .jxstd ``document`` object holding placeholders.
:func:`instantiate` turns one into a new document for an enterprise: fresh element ids, the cover
and the four tokens filled, indicator rows bound to the active data pack's verified limits (a
placeholder where the pack has none), reference titles taken from the pack.

Templates never carry a limit value of their own: a row bound to a limit must have an empty
``value``, and loading refuses one that does not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.document.jxstd import JxstdError, from_dict
from ..domain.document.model import ChapterRole, Clause, Document, IndicatorRow, TermEntry
from ..domain.document.numbering import Numbering
from ..domain.document.text import broken_refs, placeholder, placeholders
from ..domain.messages import register, render
from ..domain.stdnumber import parse_standard_number
from .template_bind import (
    LimitLookup,
    TitleLookup,
    bind_limits,
    fill_titles,
    fill_tokens,
    pack_lookups,
    renew_ids,
    walk,
)
from .template_limits import templates_dir

__all__ = [
    "LimitLookup",
    "TemplateError",
    "TemplateInfo",
    "TitleLookup",
    "instantiate",
    "list_templates",
    "load_template",
    "pack_lookups",
    "templates_dir",
]

FORMAT = "jxstd-template"
SCHEMA_VERSION = 1
KINDS = ("product", "service")
TOKENS = ("企业名称", "产品名称", "企业代号", "标准编号")  # filled by instantiate()
FIRST_CHAPTERS = (ChapterRole.SCOPE, ChapterRole.NORMATIVE_REFERENCES, ChapterRole.TERMS)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
CHANGES_HINT = "填写：与被代替标准相比的主要技术变化（逐条写明，见第几章）"
_KEYS = ("format", "schema_version", "id", "name", "name_en", "kind", "product", "sources",
         "fill_in", "document")  # fmt: skip

BAD_TEMPLATE = register(
    "template.bad_field",
    "模板文件 {file} 有误：{path}：{reason}",
    "Template file {file} is invalid at {path}: {reason}",
)
NO_TEMPLATE = register(
    "template.missing", "没有 id 为“{id}”的模板", "There is no template with id '{id}'"
)


class TemplateError(ValueError):
    """A template that cannot be used; the message names the file and the JSON path."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(render(code, params))


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    name: str
    name_en: str
    kind: str  # product | service
    product: str  # a product of the pack's categories table; "" for a service
    sources: tuple[str, ...]
    fill_in: tuple[str, ...]
    path: Path


def list_templates(directory: Path | None = None) -> list[TemplateInfo]:
    """Every template of the folder, validated, sorted by id."""
    folder = directory or templates_dir()
    return [read_template(path)[0] for path in sorted(folder.glob("*.json"))]


def load_template(template_id: str, directory: Path | None = None) -> tuple[TemplateInfo, Document]:
    path = (directory or templates_dir()) / f"{template_id}.json"
    if not _ID.fullmatch(template_id) or not path.is_file():
        raise TemplateError(NO_TEMPLATE, id=template_id)
    return read_template(path)


def read_template(path: Path) -> tuple[TemplateInfo, Document]:
    """Read and validate one template file."""

    def fail(where: str, reason: str) -> TemplateError:
        return TemplateError(BAD_TEMPLATE, file=path.name, path=where, reason=reason)

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise fail("(文件)", "不是 UTF-8 文本") from None
    except json.JSONDecodeError as exc:
        raise fail(f"第 {exc.lineno} 行第 {exc.colno} 列", exc.msg) from None
    info = _info(data, path, fail)
    try:
        document = from_dict(Document, data["document"], "document")
    except JxstdError as exc:
        raise fail(exc.params.get("path", "document"), exc.params.get("reason", str(exc))) from None
    problem = _document_problem(document, info)
    if problem:
        raise fail(*problem)
    return info, document


def _info(data: Any, path: Path, fail: Callable[[str, str], TemplateError]) -> TemplateInfo:
    if not isinstance(data, dict):
        raise fail("(根)", "应为对象")
    for key in data:
        if key not in _KEYS:
            raise fail(key, "未知字段")
    for key in _KEYS:
        if key not in data:
            raise fail(key, "缺少必填字段")
    if data["format"] != FORMAT:
        raise fail("format", f"应为 {FORMAT!r}")
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise fail("schema_version", "应为正整数")
    if version > SCHEMA_VERSION:
        raise fail("schema_version", f"格式版本 {version} 比本软件支持的 {SCHEMA_VERSION} 新")
    for key in ("id", "name", "name_en", "kind", "product"):
        if not isinstance(data[key], str):
            raise fail(key, "应为文本")
    for key in ("sources", "fill_in"):
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail(key, "应为非空文本的数组")
    if data["id"] != path.stem or not _ID.fullmatch(data["id"]):
        raise fail("id", f"应与文件名一致（{path.stem}），只用小写字母、数字和连字符")
    if not _CJK.search(data["name"]):
        raise fail("name", "应为中文名称")
    if data["kind"] not in KINDS:
        raise fail("kind", f"应为 {'、'.join(KINDS)} 之一")
    if (data["kind"] == "service") != (data["product"] == ""):
        raise fail("product", "产品模板应写数据包中的产品，服务模板应为空")
    if not data["sources"]:
        raise fail("sources", "应至少列出一个依据")
    return TemplateInfo(
        data["id"], data["name"], data["name_en"], data["kind"], data["product"],
        tuple(data["sources"]), tuple(data["fill_in"]), path,
    )  # fmt: skip


def _document_problem(document: Document, info: TemplateInfo) -> tuple[str, str] | None:
    """The first rule the types alone do not check, as (path, reason); None when all hold."""
    roles = [c.role for c in document.chapters[: len(FIRST_CHAPTERS)]]
    for index, role in enumerate(FIRST_CHAPTERS):
        if index >= len(roles) or roles[index] is not role:
            return f"document.chapters[{index}].role", f"第{index + 1}章应为 {role.value!r}"
    seen: set[str] = set()
    for path, item in walk(document, "document"):
        if hasattr(item, "id") and isinstance(item.id, str):
            if item.id in seen:
                return f"{path}.id", f"id “{item.id}”重复"
            seen.add(item.id)
        if isinstance(item, Clause) and (reason := _clause_problem(item)):
            return path, reason
        if isinstance(item, IndicatorRow) and (problem := _row_problem(item, info.kind)):
            return f"{path}.{problem[0]}", problem[1]
    for kind in ("normative_references", "bibliography"):
        for index, reference in enumerate(getattr(document, kind)):
            if not parse_standard_number(reference.number).valid:
                return f"document.{kind}[{index}].number", "不是有效的标准编号"
    numbering = Numbering(document)
    for broken in broken_refs(document, numbering):
        return f"document.{broken.path}", f"引用的 id “{broken.target}”不存在"
    for found in placeholders(document):
        if not found.hint:
            return f"document.{found.path}", "占位符 {{}} 应写明要填写什么"
    return None


def _clause_problem(clause: Clause) -> str:
    if len(clause.children) == 1:
        return "只有一个下级条：同一层次至少要有两个条（GB/T 1.1—2020）"
    has_text = any(not isinstance(b, TermEntry) for b in clause.blocks)
    if clause.children and has_text:
        return "有下级条的章、条不应再有段落（悬置段，GB/T 1.1—2020）"
    return ""


def _row_problem(row: IndicatorRow, kind: str) -> tuple[str, str] | None:
    if not row.limit_category:
        return ("limit_item", "有 limit_item 时应同时写 limit_category") if row.limit_item else None
    if kind == "service":
        return "limit_category", "服务模板不绑定数据包限量"
    if row.value:
        return "value", "绑定数据包限量的行不应写限量值（实例化时由数据包填入）"
    if not row.limit_item:
        return "limit_item", "绑定限量的行应写 limit_item"
    parsed = parse_standard_number(row.standard).number
    if parsed is None or parsed.year is not None or parsed.mandatory is False:
        return "standard", "应为不注日期的强制性标准编号，如 GB 2762"
    return None


def instantiate(
    template_id: str,
    *,
    enterprise_name: str,
    enterprise_code: str,
    product_name: str,
    number: str,
    publish_date: str = "",
    implement_date: str = "",
    replaces: Sequence[str] = (),
    limits: LimitLookup,
    titles: TitleLookup,
    directory: Path | None = None,
) -> Document:
    """A new draft from a template, bound to the pack behind ``limits`` and ``titles``."""
    info, document = load_template(template_id, directory)
    renew_ids(document)
    fill_tokens(
        document,
        {"企业名称": enterprise_name, "企业代号": enterprise_code,
         "产品名称": product_name, "标准编号": number},
    )  # fmt: skip
    document.cover = replace(
        document.cover,
        enterprise_name=enterprise_name,
        enterprise_code=enterprise_code,
        number=number,
        title=product_name,
        publish_date=publish_date,
        implement_date=implement_date,
        replaces=list(replaces),
    )
    if replaces and not document.foreword.changes:
        document.foreword.changes = [placeholder(CHANGES_HINT)]
    bind_limits(document, limits)
    fill_titles(document, titles)
    document.template_id = info.id
    document.product_category = info.product
    return document
