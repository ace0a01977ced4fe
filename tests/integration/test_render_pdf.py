"""The PDF as a reader sees it: cover, 目次 page numbers, continued tables, fonts, drafts."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from jxdeclare.domain.document.model import Document, Figure, Paragraph, Table
from jxdeclare.drafting import pdf
from jxdeclare.drafting.example import example_document
from jxdeclare.drafting.fonts import find_fonts
from jxdeclare.drafting.layout import TableItem, plan
from jxdeclare.drafting.pdf import PdfResult, render_pdf
from jxdeclare.drafting.pdf_flow import Anchor
from jxdeclare.drafting.pdf_styles import Markup, styles
from jxdeclare.drafting.pdf_table import table_flowable
from jxdeclare.drafting.readiness import NotFinal

NOTE = "未签名数据包"
LEADER = re.compile(r"^(?P<entry>.+?)\s*\.{4,}\s*(?P<page>[0-9IVXLC]+)$")


def flat(text: str) -> str:
    """Text without any whitespace: extraction renders gaps as spaces, NBSPs or line breaks."""
    return re.sub(r"\s+", "", text)


def png_base64() -> str:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (240, 120), (40, 90, 160)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def sample() -> Document:
    """The example standard with one table long enough to run over two page breaks."""
    document = example_document(chapters=2, tables=1, rows_per_table=70, paragraphs=3)
    method = document.chapters[-2]
    method.blocks += [
        Figure("断条率测定装置", png_base64()),
        Table("记录表", ["样品", "结果"], [["甲", "合格"]], notes=["记录应保存两年。", "另注。"]),
    ]
    return document


@dataclass
class Rendered:
    path: Path
    result: PdfResult
    reader: PdfReader
    texts: list[str]  # each page's extracted text

    def page_of(self, text: str, start: int = 0) -> int:
        """0-based index of the first page from ``start`` on whose text holds ``text``."""
        return next(i for i, t in enumerate(self.texts) if i >= start and flat(text) in flat(t))


def read(path: Path, result: PdfResult) -> Rendered:
    reader = PdfReader(path)
    return Rendered(path, result, reader, [page.extract_text() for page in reader.pages])


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    folder = tmp_path_factory.mktemp("输出") / "企业 标准 草稿"
    folder.mkdir()
    out = folder / "干米粉 企业标准.pdf"
    return read(out, render_pdf(sample(), out, watermark_note=NOTE))


def footer_label(page: object) -> str:
    """The page number printed at the foot of the page (text drawn below the text frame)."""
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if 0 < y < pdf.BOTTOM - 5 and text.strip() and text.strip() != NOTE:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return "".join(found)


def test_the_cover_names_enterprise_number_title_and_dates(draft: Rendered) -> None:
    cover = flat(draft.texts[0])
    for expected in ("江西示例米业有限公司企业标准", "Q/JXSL", "Q/JXSL 0002—2026",
                     "代替 Q/JXSL 0002—2023", "干米粉", "Dried rice noodles", "2026-11-20 发布",
                     "2026-12-01 实施", "江西示例米业有限公司　发布"):  # fmt: skip
        assert flat(expected) in cover, expected
    assert footer_label(draft.reader.pages[0]) == ""  # the cover has no page number


def test_pages_are_numbered_roman_before_the_body_and_arabic_from_it(draft: Rendered) -> None:
    labels = [footer_label(page) for page in draft.reader.pages]
    body = draft.page_of("1　范围", start=2)
    assert labels[1:body] == ["I", "II"]  # 目次, 前言
    assert labels[body:] == [str(n) for n in range(1, len(labels) - body + 1)]
    assert draft.result.pages == len(draft.reader.pages)
    assert all("Q/JXSL 0002—2026" in text for text in draft.texts[1:])  # running header


def test_clause_numbers_appear_in_document_order(draft: Rendered) -> None:
    body = flat("".join(draft.texts[2:]))
    position = 0
    for _level, entry in plan(sample()).toc:
        found = body.find(flat(entry), position)
        assert found >= position, entry
        position = found


def test_every_toc_entry_shows_the_page_where_its_heading_is(draft: Rendered) -> None:
    toc_lines = [m for line in draft.texts[1].splitlines() if (m := LEADER.match(line.strip()))]
    entries = [(flat(m["entry"]), m["page"]) for m in toc_lines]
    assert [entry for entry, _ in entries] == [flat(text) for _level, text in plan(sample()).toc]
    page_of_label = {footer_label(page): i for i, page in enumerate(draft.reader.pages) if i}
    for (entry, label), (text, page) in zip(entries, draft.result.toc, strict=True):
        where = draft.page_of(entry, start=2)  # the first place after the 目次 itself
        assert page_of_label[label] == where, f"{entry}: 目次 says {label}"
        assert page == where + 1, text  # PdfResult counts pages of the file from 1


def test_a_long_table_is_continued_with_its_header_on_every_page(draft: Rendered) -> None:
    first = draft.page_of("表1　第4章指标1", start=3)
    header = flat("序号 项目 单位 指标 检验方法")
    table = next(i for i in plan(sample()).items if isinstance(i, TableItem))
    last_row = flat("".join(table.rows[-1]))
    last = draft.page_of(last_row, start=first)
    assert last - first >= 2  # forced over two page breaks
    for page in range(first + 1, last + 1):
        text = flat(draft.texts[page])
        assert "表1（续）" in text and header in text, page
        assert "表1第4章指标1" not in text
    assert "表1（续）" not in flat(draft.texts[first])


def test_the_continued_part_of_a_split_table_carries_the_continuation_caption() -> None:
    st = styles(find_fonts())
    item = next(i for i in plan(sample()).items if isinstance(i, TableItem))
    flowable = table_flowable(item, st, Markup(st, draft=False), 400)
    first, rest = flowable.split(400, 300)
    assert flat(first.caption.text) == "表1第4章指标1"
    assert rest.caption.text == "表1（续）"
    assert rest.table._cellvalues[0] == first.table._cellvalues[0]  # the header row again
    assert flowable.split(400, 20) == []  # not even the caption and one row: move it on


def test_a_heading_split_over_two_pages_marks_only_its_first_part_for_the_toc() -> None:
    heading = Anchor("很长的标题" * 60, styles(find_fonts()).heading)
    heading.toc_index = 3
    heading.wrap(300, 1000)
    assert [part.toc_index for part in heading.split(300, 60)] == [3, None]


def test_figures_formulas_lists_and_notes_are_laid_out(draft: Rendered) -> None:
    body = flat("".join(draft.texts))
    for expected in ("图1　断条率测定装置", "(1)", "式中：", "a)取样应具有代表性；",
                     "——食品名称；", "注：表中数值为示例。", "注1：记录应保存两年。",
                     "附录A（规范性）断条率的测定", "参考文献"):  # fmt: skip
        assert flat(expected) in body, expected
    images = [name for page in draft.reader.pages for name in page.images]
    assert len(images) == 1  # the figure's PNG


def pdf_fonts(reader: PdfReader) -> list[DictionaryObject]:
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = IndirectObject(number, 0, reader).get_object()
        except Exception:  # free entries of the cross-reference table
            continue
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Font":
            found.append(obj)
    return found


def test_every_font_is_an_embedded_truetype_subset(draft: Rendered) -> None:
    found = pdf_fonts(draft.reader)
    assert len({str(f["/BaseFont"]).split("+")[1] for f in found}) == 2  # 宋体 and 黑体
    for font in found:
        assert font["/Subtype"] == "/TrueType", font  # no Type3, no CID font left unembedded
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_a_draft_has_the_watermark_and_the_note_on_every_page(draft: Rendered) -> None:
    assert all("草稿" in text and NOTE in text for text in draft.texts)


def test_a_final_render_with_a_placeholder_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    document = sample()
    document.chapters[0].blocks.append(Paragraph("保质期为{{保质期}}。"))
    out = tmp_path / "正式 文本.pdf"
    with pytest.raises(NotFinal) as raised:
        render_pdf(document, out, final=True)
    assert "保质期" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_a_final_render_has_no_watermark(tmp_path: Path) -> None:
    out = tmp_path / "正式 文本.pdf"
    result = render_pdf(example_document(chapters=1), out, final=True)
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert len(texts) == result.pages and not any("草稿" in text for text in texts)


def test_a_failed_render_leaves_the_previous_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "标准.pdf"
    out.write_bytes(b"previous version")

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(pdf.FlowBuilder, "flowables", broken)
    with pytest.raises(RuntimeError):
        render_pdf(example_document(chapters=1), out)
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["标准.pdf"]


def test_a_paragraph_that_is_only_a_placeholder_is_highlighted_in_a_draft(tmp_path: Path) -> None:
    """The yellow that tells the enterprise what to fill in, also where nothing else is written
    (reportlab's CJK wrapping left such a lone fragment without its background)."""
    import shutil
    import subprocess

    from PIL import Image

    from jxdeclare.domain.document.model import Paragraph

    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed: .ci/run installs it")
    document = example_document(chapters=1, tables=0, paragraphs=1)
    document.chapters[0].blocks = [Paragraph("{{填写：本标准适用的产品范围}}")]
    out = tmp_path / "草稿.pdf"
    render_pdf(document, out)
    page = next(i for i, t in enumerate(read(out, PdfResult(0, [])).texts)
                if "本标准适用的产品范围" in flat(t))  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page + 1), "-l", str(page + 1),
                    str(out), str(tmp_path / "页")], check=True)  # fmt: skip
    image = Image.open(next(tmp_path.glob("页*.png"))).convert("RGB")
    pixels = image.tobytes()
    rgb = zip(pixels[0::3], pixels[1::3], pixels[2::3], strict=True)
    yellow = sum(1 for r, g, b in rgb if r > 245 and 225 < g < 250 and b < 190)
    assert yellow > 200, yellow  # the marked words sit on a yellow band
