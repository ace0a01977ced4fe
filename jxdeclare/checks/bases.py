"""The 依据 of a finding: the one standard, clause or regulation it rests on, as reports print it.

A finding about a limit carries its own basis (the limit's standard, clause and table, e.g.
"GB 2762—2025 4.1.1 表1"); a reference to a replaced edition rests on the edition that replaced
it; every other finding rests on its rule's source. Rule titles never stand in for a basis: the
report already has a 规则 column.
"""

from __future__ import annotations

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


def basis(finding: Finding) -> str:
    """The finding's own standard (with clause and table), else what its rule rests on."""
    evidence = finding.evidence
    if standard := str(evidence.get("standard") or ""):
        where = [str(evidence.get(key) or "") for key in ("clause", "table")]
        return " ".join([standard, *(w for w in where if w and w not in standard)])
    if replaced_by := evidence.get("replaced_by"):
        return "、".join(str(number) for number in replaced_by)
    return RULE_BASES.get(finding.rule, "")
