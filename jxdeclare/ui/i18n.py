"""Interface language: Chinese source strings, English from a compiled Qt Linguist catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jxdeclare.paths import resources_dir

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Install the catalogue for ``language`` ("zh_CN" needs none of ours); returns whether it
    loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language.startswith("zh"):
        # Our strings are Chinese already; Qt's own (确定/取消, file dialogs) need its catalogue.
        _install(app, "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, "qt_extra_zh_CN", str(resources_dir() / "i18n"))  # what qtbase leaves out
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return True
    if not _install(app, f"jxdeclare_{language}", str(resources_dir() / "i18n")):
        return False
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return True


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False  # e.g. a build without Qt's catalogues: Qt's few words stay English
    app.installTranslator(translator)
    _installed.append(translator)
    return True
