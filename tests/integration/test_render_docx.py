"""The Word output, reopened with python-docx: cover, headings, 目次 field, tables, headers."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from jxdeclare.domain.document.model import Document, Figure, Paragraph
from jxdeclare.domain.document.text import placeholder
from jxdeclare.drafting import docx as renderer
from jxdeclare.drafting.docx import TOC_FIELD, TOC_PLACEHOLDER, render_docx
from jxdeclare.drafting.example import example_document
from jxdeclare.drafting.layout import INDICATOR_HEADER, Heading, SectionTitle, TableItem, plan
from jxdeclare.drafting.pdf import render_pdf
from jxdeclare.drafting.readiness import NotFinal, final_blockers

# A 1×1 white PNG, so the figure test needs no image library.
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
COVER_LINES = (
    "Q/JXSL",
    "江西示例米业有限公司企业标准",
    "Q/JXSL 0002—2026",
    "代替 Q/JXSL 0002—2023",
    "干米粉",
    "Dried rice noodles",
    "2026-11-20 发布\t2026-12-01 实施",
    "江西示例米业有限公司\u3000发布",
)


@pytest.fixture(scope="module")
def example() -> Document:
    return example_document()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("word") / "企业 标准"  # Chinese and a space, as on Windows
    path.mkdir()
    return path


@pytest.fixture(scope="module")
def rendered(example: Document, folder: Path) -> Path:
    out = folder / "干米粉 企业标准.docx"
    render_docx(example, out)
    return out


@pytest.fixture(scope="module")
def word(rendered: Path) -> WordDocument:
    return docx.Document(str(rendered))


def texts(word: WordDocument) -> list[str]:
    return [p.text for p in word.paragraphs]


def test_a_valid_package_and_no_leftovers(rendered: Path, folder: Path) -> None:
    assert zipfile.is_zipfile(rendered)
    with zipfile.ZipFile(rendered) as package:
        assert package.testzip() is None
        assert {"word/document.xml", "word/styles.xml", "word/settings.xml"} <= set(
            package.namelist()
        )
    assert [p.name for p in folder.iterdir()] == [rendered.name]  # the temporary file is gone


def test_cover(word: WordDocument) -> None:
    lines = texts(word)
    cover = lines[: lines.index("目次")]
    for expected in COVER_LINES:
        assert expected in cover
    assert cover.index("江西示例米业有限公司企业标准") < cover.index("干米粉")


def test_headings_use_word_heading_styles_with_computed_numbers(
    example: Document, word: WordDocument
) -> None:
    found = [
        (int(p.style.name.removeprefix("Heading ")), p.text)
        for p in word.paragraphs
        if p.style.name.startswith("Heading")
    ]
    expected = [(i.level, i.text) for i in plan(example).items if isinstance(i, Heading) and i.toc]
    assert found == expected
    assert [text for _, text in found[:5]] == [
        "1\u3000范围", "2\u3000规范性引用文件", "3\u3000术语和定义", "4\u3000技术章节4",
        "4.1\u3000要求1",
    ]  # fmt: skip
    assert "3.1" in texts(word)  # a term's number is printed, but not as a heading


def test_front_and_back_matter_titles_reach_the_toc(example: Document, word: WordDocument) -> None:
    outlined = [
        p.text.replace("\n", "")
        for p in word.paragraphs
        if p._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None
    ]
    titles = [i for i in plan(example).items if isinstance(i, SectionTitle) and i.toc_text]
    assert outlined == ["".join(t.lines) for t in titles]
    assert outlined == ["前言", "附录A（规范性）断条率的测定", "参考文献"]


def toc_result(word: WordDocument) -> list[WordParagraph]:
    """The paragraphs of the TOC field's shown result: from its begin to its end."""
    found: list[WordParagraph] = []
    for paragraph in word.paragraphs:
        xml = paragraph._p.xml
        if not found and "TOC \\o" not in xml:
            continue
        found.append(paragraph)
        if 'w:fldCharType="end"' in xml:
            break
    return found


def test_toc_field_is_updated_when_word_opens_the_file(rendered: Path) -> None:
    with zipfile.ZipFile(rendered) as package:
        body = package.read("word/document.xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
    escaped = TOC_FIELD.replace('"', "&quot;")
    assert f" {TOC_FIELD} " in body or f" {escaped} " in body
    for kind in ("begin", "separate", "end"):
        assert f'w:fldCharType="{kind}"' in body
    assert '<w:updateFields w:val="true"/>' in settings


def test_the_toc_is_filled_in_with_the_pages_of_the_pdf(
    example: Document, word: WordDocument, folder: Path
) -> None:
    entries = toc_result(word)
    pdf = render_pdf(example, folder.parent / "同一文件.pdf")
    expected = [f"{text}\t{page}" for (text, _), page in zip(pdf.toc, pdf.toc_pages(), strict=True)]
    assert [p.text for p in entries] == expected
    assert expected[:3] == ["前言\tII", "1\u3000范围\t1", "2\u3000规范性引用文件\t1"]
    assert expected[-2].startswith("附录A（规范性）\u3000断条率的测定\t")
    assert expected[-1].startswith("参考文献\t")
    assert [p.style.name for p in entries[:6]] == ["toc 1"] * 5 + ["toc 2"]  # 4.1 under 4
    assert TOC_PLACEHOLDER not in "".join(p.text for p in word.paragraphs)
    # GB/T 1.1's 目次: chapters, first-level clauses, annexes, the unnumbered elements; no deeper.
    assert [e.text.split("\t")[0] for e in entries] == [text for _level, text in plan(example).toc]


def test_without_fonts_for_the_pdf_the_toc_has_no_page_numbers(
    example: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jxdeclare.drafting import pdf
    from jxdeclare.drafting.fonts import FontNotFound

    def no_fonts(*_args: object, **_kwargs: object) -> None:
        raise FontNotFound([], [])

    monkeypatch.setattr(pdf, "find_fonts", no_fonts)
    out = tmp_path / "无字体.docx"
    render_docx(example, out)
    entries = [p.text for p in toc_result(docx.Document(str(out)))]
    assert entries == [text for _level, text in plan(example).toc]  # headings, no invented page


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_prints_the_toc_without_updating_it(rendered: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    # A profile of its own: soffice hands the work to any instance already running on the
    # shared profile (another test run, a desktop session) and may fail instead of converting.
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(rendered)], check=True, capture_output=True,
                   timeout=180)  # fmt: skip
    (pdf,) = tmp_path.glob("*.pdf")
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    # LibreOffice spaces Latin letters from Chinese ("附录 A"): compare without spaces
    toc_page = "".join(next(text for text in pages if "目次" in text).split())
    for heading in ("前言", "范围", "规范性引用文件", "附录A", "参考文献"):
        assert heading in toc_page


def test_tables_with_captions_and_repeating_header(example: Document, word: WordDocument) -> None:
    items = [i for i in plan(example).items if isinstance(i, TableItem)]
    assert len(word.tables) == len(items)
    captions = [p.text for p in word.paragraphs if p.style.name == "表题"]
    assert captions == [i.title for i in items]
    assert captions[:2] == ["表1\u3000第4章指标1", "表2\u3000第4章指标2"]
    first = word.tables[0]
    assert [c.text for c in first.rows[0].cells] == INDICATOR_HEADER
    assert first.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert first.rows[1]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    assert [c.text for c in first.rows[1].cells] == list(items[0].rows[0])
    assert first.style.name == "Table Grid"
    annex = word.tables[-1]
    assert [c.text for c in annex.rows[0].cells] == ["条件", "要求"]


def test_number_in_the_body_header_not_on_the_cover(word: WordDocument) -> None:
    cover, front, body = word.sections
    assert "Q/JXSL 0002—2026" in front.header.paragraphs[0].text
    assert "Q/JXSL 0002—2026" in front.even_page_header.paragraphs[0].text
    assert body.header.is_linked_to_previous
    assert "Q/JXSL" not in "".join(p.text for p in cover.header.paragraphs)
    assert "草稿" in cover.header.paragraphs[0].text  # a draft says so on every page
    assert "草稿" in front.header.paragraphs[0].text
    footer = front.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer


def test_a_final_output_carries_no_draft_mark(example: Document, folder: Path) -> None:
    assert final_blockers(example) == []
    out = folder.parent / "final.docx"
    render_docx(example, out, final=True)
    word = docx.Document(str(out))
    assert not any("草稿" in p.text for s in word.sections for p in s.header.paragraphs)
    assert word.sections[1].header.paragraphs[0].text == "Q/JXSL 0002—2026"


def test_a_draft_with_a_gap_is_not_final(tmp_path: Path) -> None:
    document = example_document()
    document.cover.title = placeholder("产品名称")
    out = tmp_path / "未完成.docx"
    with pytest.raises(NotFinal):
        render_docx(document, out, final=True)
    assert list(tmp_path.iterdir()) == []
    render_docx(document, out)  # as a draft it renders, the gap visible and highlighted
    assert "{{产品名称}}" in texts(docx.Document(str(out)))


def test_replaces_an_existing_file(example: Document, tmp_path: Path) -> None:
    out = tmp_path / "标准.docx"
    out.write_bytes(b"old")
    render_docx(example, out)
    assert zipfile.is_zipfile(out)
    assert list(tmp_path.iterdir()) == [out]


def test_figures_from_base64_png(tmp_path: Path) -> None:
    document = example_document(chapters=1, tables=1)
    scope = document.chapters[0]
    truncated = PNG[:24]  # base64 of the first 18 bytes: a PNG signature, then nothing
    scope.blocks += [Figure("工艺流程", PNG), Figure("设备布置", "not base64!"),
                     Figure("截断", truncated), Paragraph("完")]  # fmt: skip
    out = tmp_path / "图.docx"
    render_docx(document, out)
    word = docx.Document(str(out))
    assert len(word.inline_shapes) == 1
    lines = texts(word)
    assert [line for line in lines if line.startswith("图")] == [
        "图1\u3000工艺流程", "图2\u3000设备布置", "图3\u3000截断",
    ]  # fmt: skip
    assert lines.count("〔此处插入图片〕") == 2  # a broken image leaves a visible gap, not a crash


def test_control_characters_do_not_break_the_file(tmp_path: Path) -> None:
    document = example_document(chapters=1, tables=1)
    document.chapters[0].blocks.append(Paragraph("含\x07控制\x1b字符"))
    document.indicator_rows()[0].item = "水\x0b分"
    out = tmp_path / "x.docx"
    render_docx(document, out)
    word = docx.Document(str(out))
    assert "含控制字符" in texts(word)
    assert word.tables[0].rows[1].cells[1].text == "水分"


def test_a_long_standard_renders(tmp_path: Path) -> None:
    document = example_document(chapters=20, tables=2, rows_per_table=8, paragraphs=6)
    out = tmp_path / "长.docx"
    render_docx(document, out)
    word = docx.Document(str(out))
    assert len(word.tables) == 41
    assert word.tables[-2].rows[0].cells[0].text == "序号"


def test_the_module_name_does_not_shadow_python_docx() -> None:
    assert renderer.docx is docx
    assert renderer.docx.Document is docx.Document
