"""标准库 page: search the active data pack by number or title, see status and limits."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services.catalog import Catalogue, Detail, active_catalogue
from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import explain
from jxdeclare.ui.empty_state import EmptyHint, EmptyOr
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.severity import lang
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import pack_label, status_labels

STATUS_COLORS = {
    "现行": "#1b7f3b",
    "即将实施": "#1f5fbf",
    "被代替": "#b35c00",
    "废止": "#b00020",
    "未知": "#666666",
}
SEARCH_DELAY_MS = 150  # search as the user types, once typing pauses


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalogue: Catalogue | None = None
        self.search = QLineEdit(objectName="librarySearch")
        self.search.setPlaceholderText(
            self.tr("输入标准编号（如 GB 2762）或名称中的词（如 污染物）")
        )
        self.search.setEnabled(False)
        self.pack_label = QLabel(self.tr("正在加载数据包…"), objectName="packLabel")
        self.pack_label.setWordWrap(True)
        self.results = QTableWidget(0, 3, objectName="libraryResults")
        self.results.setHorizontalHeaderLabels(
            [self.tr("标准编号"), self.tr("标准名称"), self.tr("状态")]
        )
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(False)
        self.detail = QTextBrowser(objectName="libraryDetail")
        self.manage = QPushButton(self.tr("数据包管理…"), objectName="managePacks")
        self.manage.clicked.connect(self.manage_packs)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.timer.start)
        self.results.itemSelectionChanged.connect(self.show_detail)
        self._layout()
        self._loading = False

    def _layout(self) -> None:
        splitter = QSplitter()
        splitter.addWidget(self.results)
        splitter.addWidget(self.detail)
        splitter.setSizes([600, 400])
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.manage)
        hint = EmptyHint(
            "library", self.tr("查询标准的状态"),
            self.tr("输入标准编号（如 GB 2762）或名称中的词（如 污染物），查看标准是现行、"
                    "即将实施、被代替还是废止，被哪一版代替，以及数据包中引用它的限量。"
                    "不需要联网。"),
            [("example", self.tr("试查 GB 2762"), lambda: self.search.setText("GB 2762"))],
        )  # fmt: skip
        self.body = EmptyOr(splitter, hint)
        self.body.set_empty(True)  # until something is searched for
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pack_label)
        layout.addWidget(self.body, 1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.catalogue is None:
            self.load()

    def preload(self) -> None:
        if self.catalogue is None:
            self.load()

    def load(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.search.setEnabled(False)
        ctx = self.ctx
        run_task(lambda _p, _c: active_catalogue(ctx), self._loaded, self._load_failed, self)

    def manage_packs(self) -> None:
        from jxdeclare.ui.pack_dialog import PackDialog

        dialog = PackDialog(self.ctx, self)
        dialog.changed.connect(self.load)
        dialog.exec()

    def _loaded(self, catalogue: Catalogue) -> None:
        self._loading = False
        self.catalogue = catalogue
        self.pack_label.setText(pack_label(catalogue))
        self.search.setEnabled(True)
        self.search.setFocus()
        if self.search.text():
            self.run_search()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        message = explain(error, lang())
        if message is None:
            show_error(self, error)
            message = self.tr("数据包加载失败。")
        self.pack_label.setText(message)

    def run_search(self) -> None:
        if self.catalogue is None:
            return
        rows = self.catalogue.search(self.search.text(), date.today())
        self.body.set_empty(not self.search.text().strip())
        self.results.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = str(row.status.status)
            badge = QTableWidgetItem(status_labels().get(status, status))
            badge.setForeground(QColor(STATUS_COLORS[status]))
            for column, item in enumerate(
                (QTableWidgetItem(row.number), QTableWidgetItem(row.title), badge)
            ):
                self.results.setItem(index, column, item)
        self.results.resizeColumnToContents(0)
        self.detail.clear()
        if not rows and self.search.text().strip():
            self.detail.setPlainText(self.tr("未找到 nothing found"))

    def show_detail(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if self.catalogue is None or not rows:
            return
        number = self.results.item(rows[0].row(), 0).text()
        self.detail.setHtml(self._detail_html(self.catalogue.detail(number, date.today())))

    def _detail_html(self, detail: Detail) -> str:
        status = detail.status
        esc = html.escape
        color = STATUS_COLORS[str(status.status)]
        parts = [
            f"<h3>{esc(status.number)}</h3><p>{esc(status.title)}</p>",
            f'<p><b style="color:{color}">'
            f"{esc(status_labels().get(str(status.status), str(status.status)))}</b>",
        ]
        if status.in_force_from:
            parts.append(self.tr("，实施日期 ") + status.in_force_from.isoformat())
        parts.append("</p>")
        replaced, chain = self.tr("被代替为"), self.tr("代替关系")
        limits, as_of = self.tr("引用此标准的限量"), self.tr("状态日期")
        if status.replaced_by:
            since = status.replaced_since.isoformat() if status.replaced_since else ""
            parts.append(f"<p>{replaced} {esc('、'.join(status.replaced_by))}（{since}）</p>")
        if len(status.chain) > 1:
            parts.append(f"<p>{chain}：{esc(' → '.join(status.chain))}</p>")
        if detail.limits:
            parts.append(f"<p><b>{limits}</b></p><ul>")
            parts += [
                f"<li>{esc(r['category'])} {esc(r['item'])} {esc(r['comparator'])}"
                f"{r.get('value', '')}{esc(r.get('unit') or '')}"
                f"（{esc(r.get('clause') or '')}）</li>"
                for r in detail.limits
            ]
            parts.append("</ul>")
        parts.append(f"<p style='color:#666'>{as_of}：{status.as_of.isoformat()}</p>")
        return "".join(parts)
