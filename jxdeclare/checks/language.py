"""The checker's texts in Chinese or English, as a front end asks for them.

Chinese stays the language of the code and of stored findings; a front end names a language,
"zh" or "en", and anything starting with "en" ("en_GB") is English, as in
``jxdeclare.domain.messages.render``. Values taken from the document or the data pack (an item
name, a title, a category) are data and stay as written in either language.
"""

from __future__ import annotations

import re

# Han characters, CJK punctuation (、。「」) and full-width forms (（）：，～): what an English
# template must never contain itself.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

SEVERITY_EN = {"error": "Error", "warning": "Warning", "info": "Info"}
CATEGORY_EN = {"合法性": "Legality", "完整性": "Completeness", "规范性": "Conformity"}
NOT_RUN_EN = {
    "没有可用的数据包": "no data pack is available",
    "无法确定产品类别": "the product category is not known",
}
NO_REASON = "（未说明理由）"  # a warning accepted without a reason
NO_REASON_EN = "(no reason given)"

# Where a finding is, as labels name it ("表3 第1行 第2列", "封面 标准名称", "5.2 注1"): the
# parts of a standard, the fields of the editor's forms, and the importer's places in the
# original file. One word a label token; numbers and data (a clause title, a standard number)
# stay as written.
_WORDS_EN = {
    "封面": "Cover", "前言": "Foreword", "引言": "Introduction", "目次": "Contents",
    "正文": "Body", "技术要求": "Technical requirements", "附录": "Annexes",
    "参考文献": "Bibliography", "范围": "Scope", "规范性引用文件": "Normative references",
    "术语和定义": "Terms and definitions", "产品类别": "Product category",
    "已忽略的警告": "Accepted warnings", "标题": "title", "表题": "table title",
    "图题": "figure title", "列项": "list", "注": "Note", "示例": "Example", "公式": "Formula",
    # the cover
    "企业名称": "enterprise name", "企业代号": "enterprise code", "标准名称": "title",
    "英文名称": "English title", "标准编号": "standard number", "发布日期": "publication date",
    "实施日期": "implementation date", "代替": "replaces", "分类号": "classification",
    "发布单位": "publisher",
    # the foreword
    "主要技术变化": "main technical changes", "被代替标准名称": "title of the replaced standard",
    "提出单位": "proposed by", "起草单位": "drafting organizations",
    "主要起草人": "principal drafters", "段落": "paragraph",
    # indicator rows and terms
    "项目": "item", "单位": "unit", "比较符": "comparator", "指标值": "value",
    "检验方法": "test method", "强制性标准": "mandatory standard", "条款": "clause",
    "折算基准": "calculation basis", "限量类别": "limit category", "限量项目": "limit item",
    "术语": "term", "英文对应词": "English equivalent", "定义": "definition",
}  # fmt: skip
_NUMBERED_EN = (  # whole tokens; \1 is the number
    (re.compile(r"第(\d+)章"), r"Chapter \1"),
    (re.compile(r"第(\d+)行"), r"row \1"),
    (re.compile(r"第(\d+)列"), r"column \1"),
    (re.compile(r"第(\d+)项"), r"item \1"),
    (re.compile(r"第(\d+)段"), r"paragraph \1"),
    (re.compile(r"第(\d+)个表格"), r"table \1 of the file"),
    (re.compile(r"表头第(\d+)列"), r"header column \1"),
    (re.compile(r"式中第(\d+)行"), r"key line \1"),
    (re.compile(r"列项第(\d+)项"), r"list item \1"),
    (re.compile(r"附录([A-Z])"), r"Annex \1"),
    (re.compile(r"表([A-Z]?\.?\d+(?:\.\d+)*)"), r"Table \1"),
    (re.compile(r"图([A-Z]?\.?\d+(?:\.\d+)*)"), r"Figure \1"),
    (re.compile(r"公式(\(\d+\))"), r"Formula \1"),
    (re.compile(r"注(\d+)"), r"Note \1"),
    (re.compile(r"示例(\d+)"), r"Example \1"),
)
_FIELD_ITEM = re.compile(r"(\D+?)第(\d+)条")  # "主要技术变化第2条", "注第1条"


def is_english(lang: str) -> bool:
    return lang.startswith("en")


def pick(lang: str, zh: str, en: str) -> str:
    """The English text when asked for and present, else the Chinese one."""
    return en if is_english(lang) and en else zh


def label_en(label: str) -> str:
    """A location or table label in English: "表2 第3行" → "Table 2, row 3", "封面" → "Cover".

    A clause number stays as it is; a label the checker took from the document (an unnumbered
    clause's title, a reference's number) is data and stays as written.
    """
    tokens = label.replace("ICS 分类号", "ICS分类号").replace("CCS 分类号", "CCS分类号").split(" ")
    out: list[tuple[str, bool]] = []  # (text, translated)
    for token in tokens:
        english = _token_en(token)
        out.append((english, english != token))
    text = ""
    for i, (token, translated) in enumerate(out):
        if i:  # a comma between the parts of a place, a space inside data ("GB 2762")
            text += ", " if translated or out[i - 1][1] else " "
        text += token
    return text


def _token_en(token: str) -> str:
    if token in _WORDS_EN:
        return _WORDS_EN[token]
    if token[:3] in ("ICS", "CCS") and token[3:] in _WORDS_EN:
        return f"{token[:3]} {_WORDS_EN[token[3:]]}"
    for pattern, english in _NUMBERED_EN:
        if pattern.fullmatch(token):
            return pattern.sub(english, token)
    if (match := _FIELD_ITEM.fullmatch(token)) and match[1] in _WORDS_EN:
        return f"{_WORDS_EN[match[1]]}, item {match[2]}"
    return token


def label_in(label: str, lang: str) -> str:
    return label_en(label) if is_english(lang) else label


def not_run_reason(reason: str, lang: str = "zh") -> str:
    return pick(lang, reason, NOT_RUN_EN.get(reason, ""))


def joined(values: list[str], lang: str = "zh") -> str:
    """A list in running text: "甲、乙" in Chinese, "A, B" in English."""
    return (", " if is_english(lang) else "、").join(values)
