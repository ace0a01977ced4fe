"""The domain's named values (states, statuses) in the interface's language.

The domain keeps both texts (Chinese as the value, English beside it); the interface picks one
by the language installed, so a table, a filter and a message say the same word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from jxdeclare.domain.declaration import STATE_NAMES_EN, DeclarationState

if TYPE_CHECKING:
    from jxdeclare.services.catalog import Catalogue


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def pick(zh: str, en: str) -> str:
    return en if english() else zh


def state_text(state: DeclarationState) -> str:
    """ "已排队" or "Queued"."""
    name = STATE_NAMES_EN[state]
    return pick(state.value, name[:1].upper() + name[1:])


def pack_label(catalogue: Catalogue) -> str:
    """"jxdeclare-default 2026.12.07 · 数据截至 2026-11-28", and whether it is unsigned."""
    pack = catalogue.pack
    text = (
        QCoreApplication.translate("Terms", "%1 %2 · 数据截至 %3")
        .replace("%1", pack.pack_id).replace("%2", pack.version)
        .replace("%3", str(pack.manifest["as_of"]))
    )  # fmt: skip
    if not pack.signed:
        text += QCoreApplication.translate("Terms", "（未签名数据包）")
    return text


def with_code(name: str, code: str | None) -> str:
    """"江西某茶业有限公司（JXCY）" / "… (JXCY)"; a missing code is said so."""
    shown = code or QCoreApplication.translate("Terms", "无代号")
    return QCoreApplication.translate("Terms", "%1（%2）").replace("%1", name).replace("%2", shown)


def mark_data(*widgets: QWidget) -> None:
    """These widgets show the user's or a template's own text (a clause title, a template's
    fill-in list), which stays in the language it was written in; checks of the interface's
    language skip them."""
    for widget in widgets:
        widget.setProperty("showsData", True)


def status_labels() -> dict[str, str]:
    """The status words as the interface language shows them (the data keeps the Chinese)."""
    translate = QCoreApplication.translate
    return {
        "现行": translate("EntryModel", "现行"),
        "即将实施": translate("EntryModel", "即将实施"),
        "被代替": translate("EntryModel", "被代替"),
        "废止": translate("EntryModel", "废止"),
        "未知": translate("EntryModel", "未知"),
        "待制定": translate("EntryModel", "待制定"),
    }
