"""How findings of each severity, and the spot-check verdict, look wherever the UI lists them.

Colour alone does not say how serious a finding is (nor what its rule code means): every list
shows the severity as a word and the rule by its title beside the colour.
"""

from PySide6.QtCore import QCoreApplication, QLocale

COLOURS = {"error": "#b00020", "warning": "#9c5700", "info": "#555555"}
VERDICT_COLOURS = {"合格": "#1b5e20", "基本合格（有瑕疵）": "#9c5700", "不合格": "#b00020"}


def verdict_label(verdict: str) -> str:
    """合格 / 基本合格（有瑕疵）/ 不合格 in the interface language."""
    labels = {
        "合格": QCoreApplication.translate("Verdict", "合格"),
        "基本合格（有瑕疵）": QCoreApplication.translate("Verdict", "基本合格（有瑕疵）"),
        "不合格": QCoreApplication.translate("Verdict", "不合格"),
    }
    return labels.get(verdict, verdict)


def severity_label(severity: str) -> str:
    """错误 / 警告 / 提示 in the interface language."""
    labels = {
        "error": QCoreApplication.translate("Severity", "错误"),
        "warning": QCoreApplication.translate("Severity", "警告"),
        "info": QCoreApplication.translate("Severity", "提示"),
    }
    return labels.get(severity, severity)


def rule_title(rule_id: str) -> str:
    """A rule's title ("有未填写的内容"), in English where the rule has one; else its id."""
    from jxdeclare.checks.registry import RULES, all_rules

    rule = RULES.get(rule_id) or next((r for r in all_rules() if r.id == rule_id), None)
    if rule is None:
        return rule_id
    english = getattr(rule, "title_en", "")
    return english if english and QLocale().language() == QLocale.Language.English else rule.title


def lang() -> str:
    """"en" or "zh": which of a finding's texts (domain keeps both) the interface shows."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"
