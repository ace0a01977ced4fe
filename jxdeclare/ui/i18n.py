"""Interface language: Chinese source strings, English from a compiled Qt Linguist catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jxdeclare.paths import resources_dir

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Install the catalogue for ``language`` ("zh_CN" needs none); returns whether it loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return True
    translator = QTranslator(app)
    if not translator.load(f"jxdeclare_{language}", str(resources_dir() / "i18n")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return True
