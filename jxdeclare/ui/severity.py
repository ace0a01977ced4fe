"""How findings of each severity, and the spot-check verdict, look wherever the UI lists them."""

from PySide6.QtCore import QCoreApplication

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
