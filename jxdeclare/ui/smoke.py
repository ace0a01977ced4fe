"""``--smoke``: what a start-up self-test proves, so that a broken frozen build fails before it is
packaged (installers/build.py runs it on the frozen executable)."""

from __future__ import annotations

import os
import sys
import time

from jxdeclare.ui.app import STARTED

# Qt's own word, looked up in Qt's catalogue; kept out of string literals so that our lupdate run
# does not copy it into our catalogue.
QT_CANCEL = ("QPlatformTheme", "Cancel")


def smoke_failed(app, error: BaseException) -> None:  # type: ignore[no-untyped-def]
    _say(f"smoke test failed: {type(error).__name__}: {error}")
    app.exit(1)


def _say(line: str) -> None:
    """Smoke output: stderr (stdout carries the trace milestones), and the log, because a
    windowed Windows executable has no stderr at all."""
    import logging

    if sys.stderr is not None:
        print(line, file=sys.stderr, flush=True)
    logging.getLogger("jxdeclare.smoke").info(line)


class SmokeFailure(RuntimeError):
    pass


def smoke_checks(window, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What ``--smoke`` proves beyond start-up, so that a broken frozen build fails before it is
    packaged: the window is shown, the bundled data pack verifies against the bundled keys, a
    template renders to a PDF with a Chinese font embedded, and Qt's Chinese catalogue loads.
    Returns the report; raises on the first failure."""
    if not window.isVisible():
        raise SmokeFailure("主窗口没有显示 / the main window is not visible")
    report = [f"main window shown after {time.time() - STARTED:.2f} s"]
    report += _smoke_pack_and_pdf()
    if language.startswith("zh"):
        from PySide6.QtCore import QCoreApplication

        cancel = QCoreApplication.translate(*QT_CANCEL)
        if cancel == QT_CANCEL[1]:
            raise SmokeFailure(
                "找不到 Qt 中文目录 qtbase_zh_CN.qm / Qt's Chinese catalogue is missing"
            )
        report.append(f"Qt catalogue qtbase_zh_CN loaded (Cancel → {cancel})")
    return report


def _smoke_pack_and_pdf() -> list[str]:
    import tempfile
    from pathlib import Path

    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.drafting.templates import instantiate, list_templates, pack_lookups
    from jxdeclare.services.catalog import default_pack_path
    from jxdeclare.services.drafting import render

    pack = open_pack(default_pack_path(), trusted_keys())  # raises unless signed and intact
    report = [
        f"data pack {pack.pack_id} {pack.version} verified (signed), "
        f"{len(pack.tables['standards'])} standards"
    ]
    template = list_templates()[0]
    limits, titles = pack_lookups(pack)
    document = instantiate(
        template.id, enterprise_name="江西自检有限公司", enterprise_code="ZJ",
        product_name=template.product, number="Q/ZJ 0001—2026", limits=limits, titles=titles,
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="jxdeclare-smoke-") as folder:
        pdf = Path(folder) / "自检 smoke.pdf"
        pages = render(document, pdf=pdf).pages
        fonts = embedded_truetype_fonts(pdf)
    if not fonts:
        raise SmokeFailure("PDF 中没有嵌入字体 / no TrueType font embedded in the PDF")
    report.append(f"PDF from template {template.id}: {pages} pages, embedded {', '.join(fonts)}")
    report.append(f"reportlab accelerator: {'on' if _accelerated() else 'off'}")
    return report


def _accelerated() -> bool:
    """Whether reportlab runs its C accelerator (rl-accel), about a sixth faster on PDFs."""
    from reportlab.lib import rl_accel

    return bool(rl_accel._c_funcs)


def embedded_truetype_fonts(pdf: os.PathLike[str]) -> list[str]:
    """Names of the fonts whose TrueType program (FontFile2) is embedded in the PDF."""
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            for face in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = face.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(face.get("/BaseFont", "?")).lstrip("/"))
    return sorted(names)


def run_smoke(app, window, language: str) -> None:  # type: ignore[no-untyped-def]
    try:
        report = smoke_checks(window, language)
    except Exception as error:  # any failure must end the smoke test with a message and 1
        smoke_failed(app, error)
        return
    for line in [*report, f"smoke test passed in {time.time() - STARTED:.2f} s"]:
        _say(f"smoke: {line}")
    window.close()
