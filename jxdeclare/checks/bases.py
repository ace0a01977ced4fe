"""The 依据 of a finding: the one standard, clause or regulation it rests on, as reports print it.

A finding about a limit carries its own basis (the limit's standard, clause and table, e.g.
"GB 2762—2025 4.1.1 表1"); a reference to a replaced edition rests on the edition that replaced
it; every other finding rests on its rule's source. Rule titles never stand in for a basis: the
report already has a 规则 column. Each source is written in Chinese and English.
"""

from __future__ import annotations

from .language import is_english, joined, label_en
from .registry import Finding

_GB_T_1_1 = "GB/T 1.1—2020"
_REFERENCES = f"{_GB_T_1_1}（规范性引用文件）"
_CATEGORIES = "GB 2762—2025 附录A、GB 2760—2024 表E.1"
_STANDARDIZATION_LAW = "《中华人民共和国标准化法》第二十一条"
_PROMOTION = "《企业标准化促进办法》"

# Only sources the rules' explanations name; no clause number is given where they give none.
RULE_BASES: dict[str, str] = {
    "C001": _CATEGORIES,
    "C002": _CATEGORIES,
    "I001": _STANDARDIZATION_LAW,
    "I002": _STANDARDIZATION_LAW,
    "I003": _STANDARDIZATION_LAW,
    "I004": f"{_PROMOTION}第十二条",
    "I005": "《中华人民共和国食品安全法》第三十条",
    "I006": "GB 2760—2024",
    "I007": "相应的推荐性国家标准或行业标准",
    "I008": "GB 2760—2024 表A.1",
    "L001": "本文件写明的有效期",
    "L002": "《企业标准化管理办法》（1990年，现为良好实践）",
    "M001": f"{_STANDARDIZATION_LAW}、第二十五条",
    "N001": _PROMOTION,
    "N002": f"{_GB_T_1_1}（封面的文件编号和发布日期）",
    "N003": _PROMOTION,
    "N004": f"{_GB_T_1_1}（封面的发布日期和实施日期）",
    "N005": f"{_GB_T_1_1}（文件名称）",
    "N006": f"标准编号的通行印刷形式（如 {_GB_T_1_1}）",
    "N007": f"{_GB_T_1_1}（代替的文件）",
    "N008": f"{_GB_T_1_1}（前言）",
    "R001": _REFERENCES,
    "R002": _REFERENCES,
    "R003": _REFERENCES,
    "R004": _REFERENCES,
    "R005": _REFERENCES,
    "R006": _REFERENCES,
    "R007": _REFERENCES,
    "R008": "数据包的标准目录（未收录）",
    "R009": "数据包的法规表（各行注明来源）",
    "S001": f"{_GB_T_1_1}（必备要素）",
    "S002": "GB/T 20001.10—2014",
    "S003": f"{_GB_T_1_1}（条的设置）",
    "S004": f"{_GB_T_1_1}（层次）",
    "S005": f"{_GB_T_1_1}（引用）",
    "S006": "本文件所用模板（待填写的内容）",
    "S007": _PROMOTION,
    "S008": f"{_GB_T_1_1}（范围）",
    "S009": f"{_GB_T_1_1}（必备要素的标题）",
    "S010": f"{_GB_T_1_1}（条的编号）",
    "W001": f"{_GB_T_1_1}（前言）",
    "W002": f"{_GB_T_1_1}（附录）",
    "W003": f"{_GB_T_1_1}（条款的表述）",
    "W004": f"{_GB_T_1_1}（定义）",
    "W005": _GB_T_1_1,
    "W006": f"{_GB_T_1_1}（前言）",
    "W007": f"{_GB_T_1_1}（固定句）",
}

_REFERENCES_EN = f"{_GB_T_1_1} (normative references)"
_CATEGORIES_EN = "GB 2762—2025 Annex A, GB 2760—2024 Table E.1"
_STANDARDIZATION_LAW_EN = "Standardization Law of the People's Republic of China, Article 21"
_PROMOTION_EN = "Measures for Promoting Enterprise Standardization"
RULE_BASES_EN: dict[str, str] = {
    "C001": _CATEGORIES_EN,
    "C002": _CATEGORIES_EN,
    "I001": _STANDARDIZATION_LAW_EN,
    "I002": _STANDARDIZATION_LAW_EN,
    "I003": _STANDARDIZATION_LAW_EN,
    "I004": f"{_PROMOTION_EN}, Article 12",
    "I005": "Food Safety Law of the People's Republic of China, Article 30",
    "I006": "GB 2760—2024",
    "I007": "the corresponding recommended national or industry standard",
    "I008": "GB 2760—2024 Table A.1",
    "L001": "the validity this document states",
    "L002": "Measures for the Administration of Enterprise Standardization (1990; now good "
    "practice)",
    "M001": f"{_STANDARDIZATION_LAW_EN} and Article 25",
    "N001": _PROMOTION_EN,
    "N002": f"{_GB_T_1_1} (document number and publication date on the cover)",
    "N003": _PROMOTION_EN,
    "N004": f"{_GB_T_1_1} (publication and implementation dates on the cover)",
    "N005": f"{_GB_T_1_1} (title of the document)",
    "N006": f"the usual printed form of standard numbers (as in {_GB_T_1_1})",
    "N007": f"{_GB_T_1_1} (documents replaced)",
    "N008": f"{_GB_T_1_1} (foreword)",
    "R001": _REFERENCES_EN,
    "R002": _REFERENCES_EN,
    "R003": _REFERENCES_EN,
    "R004": _REFERENCES_EN,
    "R005": _REFERENCES_EN,
    "R006": _REFERENCES_EN,
    "R007": _REFERENCES_EN,
    "R008": "the standards catalogue of the data pack (not in it)",
    "R009": "the regulations table of the data pack (each row names its source)",
    "S001": f"{_GB_T_1_1} (required elements)",
    "S002": "GB/T 20001.10—2014",
    "S003": f"{_GB_T_1_1} (setting up clauses)",
    "S004": f"{_GB_T_1_1} (levels of subdivision)",
    "S005": f"{_GB_T_1_1} (references)",
    "S006": "the template this document was drafted from (content to be filled in)",
    "S007": _PROMOTION_EN,
    "S008": f"{_GB_T_1_1} (scope)",
    "S009": f"{_GB_T_1_1} (titles of the required elements)",
    "S010": f"{_GB_T_1_1} (numbering of clauses)",
    "W001": f"{_GB_T_1_1} (foreword)",
    "W002": f"{_GB_T_1_1} (annexes)",
    "W003": f"{_GB_T_1_1} (expression of provisions)",
    "W004": f"{_GB_T_1_1} (definitions)",
    "W005": _GB_T_1_1,
    "W006": f"{_GB_T_1_1} (foreword)",
    "W007": f"{_GB_T_1_1} (fixed sentences)",
}


def basis(finding: Finding, lang: str = "zh") -> str:
    """The finding's own standard (with clause and table), else what its rule rests on."""
    english = is_english(lang)
    evidence = finding.evidence
    if standard := str(evidence.get("standard") or ""):
        where = [str(evidence.get(key) or "") for key in ("clause", "table")]
        where = [w for w in where if w and w not in standard]
        return " ".join([standard, *(label_en(w) if english else w for w in where)])
    if replaced_by := evidence.get("replaced_by"):
        return joined([str(number) for number in replaced_by], lang)
    return (RULE_BASES_EN if english else RULE_BASES).get(finding.rule, "")
