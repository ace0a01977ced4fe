"""The declaration package as a person gets it: data sheet, text, products, receipt, summary."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from jxdeclare.domain.declaration_record import DeclarationRecord, DeclaredProduct, IndicatorLine
from jxdeclare.reporting.declarations.fields import entry_steps
from jxdeclare.reporting.declarations.package import MEMBERS, package_name, write_package
from jxdeclare.reporting.declarations.sheet import (
    SummaryRow,
    write_batch_summary_xlsx,
    write_data_sheet,
    write_products_xlsx,
    write_receipt_pdf,
)

PDF = b"%PDF-1.4\n% a stand-in for the standard's text\n%%EOF\n"
STATEMENT = "水分指标低于 GB/T 23587—2009 的要求，特此明示。"


def record(**changes: object) -> DeclarationRecord:
    base = DeclarationRecord(
        enterprise_name="江西示例米业有限公司", credit_code="91360100158300003X",
        standard_kind="Q", standard_number="Q/JXSL 0001—2026", standard_name="干米粉",
        region_code="360100", disclosure="indicators", pdf_name="干米粉 文本.pdf",
        pdf_sha256=hashlib.sha256(PDF).hexdigest(), pdf_size=len(PDF),
        indicators=(IndicatorLine("水分", "≤15.0", "%", "GB 5009.3", "5.3",
                                  verdict_recommended="looser"),
                    IndicatorLine("铅（以Pb计）", "≤0.2", "mg/kg", "GB 5009.12", "5.4")),
        explicit_statement=STATEMENT,
        products=(DeclaredProduct("干米粉", "500g袋装", "粮食加工品", "500 g", "6901234567892",
                                  "米粉", "赣香"),
                  DeclaredProduct("干米粉（细）", "1kg袋装", "粮食加工品")),
        commitment_accepted=True,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    """Text without whitespace: wrapped cells come back with line breaks in them."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return flat("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def assert_in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(flat(part), at)
        assert found >= 0, f"{part!r} missing after position {at}"
        at = found + len(flat(part))


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("数据 表") / "01 数据表.pdf"
    write_data_sheet(record(), out)
    return out


def test_the_data_sheet_lists_every_step_in_order(sheet: Path) -> None:
    text = pdf_text(sheet)
    rec = record()
    parts = ["企业标准自我声明数据表", rec.content_hash(), rec.pdf_sha256, "未经核实"]
    for number, step in enumerate(entry_steps(rec), start=1):
        parts += [str(number), step.label, *step.value.split("\n")]
    assert_in_order(text, parts)
    assert "公开功能指标和性能指标" in text and STATEMENT.replace(" ", "") in text
    assert text.count("□") == len(entry_steps(rec))
    assert "品牌※" in text and "该栏的名称、位置或是否存在未经核实" in text
    assert_in_order(text, ["二、产品", "干米粉（细）", "三、指标", "铅（以Pb计）", "GB5009.12"])


def assert_fonts_embedded(path: Path) -> None:
    reader = PdfReader(path)
    fonts: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_the_data_sheet_embeds_its_fonts(sheet: Path) -> None:
    assert_fonts_embedded(sheet)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_the_data_sheet_renders(sheet: Path, tmp_path: Path) -> None:
    from PIL import Image

    prefix = tmp_path / "页"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(sheet), str(prefix)], check=True)
    pages = sorted(tmp_path.glob("页*.png"))
    assert len(pages) == len(PdfReader(sheet).pages) >= 2
    with Image.open(pages[0]) as image:
        assert image.size[0] < image.size[1]  # A4 portrait
        assert image.convert("L").getextrema()[0] < 100  # something was drawn


def test_products_xlsx_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "产品 表.xlsx"
    write_products_xlsx(record(), out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == (
        "产品名称",
        "产品型号",
        "产品分类",
        "产品规格",
        "产品条码",
        "产品通用名",
        "品牌",
    )
    assert rows[1] == ("干米粉", "500g袋装", "粮食加工品", "500 g", "6901234567892", "米粉", "赣香")
    assert rows[2][:3] == ("干米粉（细）", "1kg袋装", "粮食加工品") and len(rows) == 3


def test_the_receipt_carries_the_hashes(tmp_path: Path) -> None:
    out = tmp_path / "回执.pdf"
    rec = record()
    receipt = {"receipt_no": "JX-R-000123", "declaration_id": "8a9f01", "state": "已公开",
               "published_at": "2026-12-01 10:00"}  # fmt: skip
    write_receipt_pdf(rec, receipt, out)
    assert len(PdfReader(out).pages) == 1
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert_in_order(text, ["自我声明公开回执", "Q/JXSL0001—2026", "JX-R-000123", "8a9f01", "已公开",
                           "接收时间—", "2026-12-0110:00", "公开网址—", rec.content_hash(),
                           rec.pdf_sha256])  # fmt: skip
    assert "不一致" not in text
    write_receipt_pdf(rec, {"payload_sha256": "00" * 32}, out)
    assert_in_order(pdf_text(out), ["回执编号—", "回执中的申报内容SHA-256", "不一致"])


def test_the_batch_summary_has_a_row_per_record_and_counts_by_state(tmp_path: Path) -> None:
    def row(i: int, state: str, error: str = "") -> SummaryRow:
        return SummaryRow(i, "江西示例米业有限公司", "91360100158300003X", f"Q/JXSL 000{i}—2026",
                          "干米粉", state, "", "", "", "", "ab" * 32, "", error)  # fmt: skip

    rows = [row(1, "已公开"), row(2, "草稿"), row(3, "已公开"), row(4, "失败-需修改", "编号无效")]
    out = tmp_path / "汇总 表.xlsx"
    write_batch_summary_xlsx(rows, out)
    book = load_workbook(out)
    main = book.worksheets[0]
    values = list(main.iter_rows(values_only=True))
    assert values[0][:6] == (
        "本地编号",
        "企业名称",
        "统一社会信用代码",
        "标准编号",
        "标准名称",
        "状态",
    )
    assert len(values) == 5 and values[4][0] == 4 and values[4][-1] == "编号无效"
    assert main.freeze_panes == "A2"
    counts = list(book["按状态"].iter_rows(values_only=True))
    assert counts == [
        ("状态", "记录数"),
        ("草稿", 1),
        ("已公开", 2),
        ("失败-需修改", 1),
        ("合计", 4),
    ]


@pytest.fixture
def where(tmp_path: Path) -> Path:
    return tmp_path / "代理 机构" / "客户 资料"


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_package_has_the_four_members(where: Path, as_zip: bool) -> None:
    rec = record()
    path = write_package(rec, PDF, where, as_zip=as_zip)
    assert path.parent == where and path.name.startswith("Q_JXSL 0001—2026 干米粉")
    if as_zip:
        with zipfile.ZipFile(path) as archive:
            assert archive.namelist() == list(MEMBERS)
            files = {name: archive.read(name) for name in MEMBERS}
    else:
        assert sorted(p.name for p in path.iterdir()) == sorted(MEMBERS)
        files = {name: (path / name).read_bytes() for name in MEMBERS}
    assert hashlib.sha256(files["02 标准文本.pdf"]).hexdigest() == rec.pdf_sha256
    data = json.loads(files["declaration.json"].decode("utf-8"))
    assert data["content_hash"] == rec.content_hash()
    assert DeclarationRecord.from_json(data) == rec
    assert "干米粉" in PdfReader(BytesIO(files["01 数据表.pdf"])).pages[0].extract_text()
    assert load_workbook(BytesIO(files["03 产品.xlsx"])).active["E2"].value == "6901234567892"
    assert sorted(p.name for p in where.iterdir()) == [path.name]  # no temporary leftovers


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_mismatched_pdf_is_refused_and_the_earlier_package_survives(
    where: Path, as_zip: bool
) -> None:
    path = write_package(record(), PDF, where, as_zip=as_zip)
    before = sorted(p.name for p in where.rglob("*"))
    stamp = path.stat().st_mtime_ns
    with pytest.raises(ValueError, match=r"SHA-256.*不一致.* / "):
        write_package(record(standard_name="干米粉"), PDF + b"tampered", where, as_zip=as_zip)
    assert sorted(p.name for p in where.rglob("*")) == before
    assert path.stat().st_mtime_ns == stamp


def test_a_new_package_replaces_the_old_one(where: Path) -> None:
    first = write_package(record(), PDF, where)
    (first / "旧 笔记.txt").write_text("left from last time", encoding="utf-8")
    changed = record(explicit_statement=STATEMENT + "（修订）")
    again = write_package(changed, PDF, where)
    assert again == first and not (again / "旧 笔记.txt").exists()
    data = json.loads((again / "declaration.json").read_text(encoding="utf-8"))
    assert data["content_hash"] == changed.content_hash()
    assert sorted(p.name for p in where.iterdir()) == [again.name]


def test_without_a_pdf_the_package_has_three_members(where: Path) -> None:
    path = write_package(record(disclosure="full_text"), None, where)
    assert "02 标准文本.pdf" not in {p.name for p in path.iterdir()}
    assert len(list(path.iterdir())) == 3


def test_package_names_are_safe_on_windows() -> None:
    assert package_name(record()) == "Q_JXSL 0001—2026 干米粉"
    odd = record(standard_number="Q/AB:C 1*2?—2026", standard_name='米粉"<细>"|. ')
    assert not set(package_name(odd)) & set('/\\:*?"<>|')
    assert not package_name(odd).endswith((".", " "))
    assert package_name(record(standard_number="", standard_name="CON")) == "_CON"
