"""A declaration's content: payload, content hash, and what blocks queueing."""

from __future__ import annotations

from dataclasses import replace

from jxdeclare.domain.declaration_record import (
    DeclarationRecord,
    DeclaredProduct,
    IndicatorLine,
    blocking,
    kind_of,
    record_problems,
)
from jxdeclare.domain.messages import Severity

PRODUCT = DeclaredProduct("干米粉", "500g袋装", "粮食加工品", gtin="6901234567892")


def record(**changes: object) -> DeclarationRecord:
    base = DeclarationRecord(
        enterprise_name="江西示例米业有限公司", credit_code="91360100158300003X",
        standard_kind="Q", standard_number="Q/JXSL 0001—2026", standard_name="干米粉",
        pdf_name="干米粉.pdf", pdf_sha256="ab" * 32, pdf_size=1000,
        indicators=(IndicatorLine("水分", "≤14.0", "%", "GB 5009.3", "5.3", "", ""),),
        products=(PRODUCT,), commitment_accepted=True,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def fields_of(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.params["field"] for p in problems}


def test_a_complete_record_has_no_problem_and_round_trips() -> None:
    good = record()
    assert record_problems(good) == []
    again = DeclarationRecord.from_json(good.to_json())
    assert again == good and again.content_hash() == good.content_hash()


def test_the_content_hash_follows_the_content_not_the_pdf_bytes() -> None:
    good = record()
    assert good.payload("UERGLQ==")["text_pdf"]["content_base64"] == "UERGLQ=="
    assert good.content_hash() == record().content_hash()
    assert replace(good, standard_name="湿米粉").content_hash() != good.content_hash()


def test_required_fields_and_products_are_named_by_their_payload_path() -> None:
    bad = record(enterprise_name=" ", products=(DeclaredProduct("", "", "", gtin="6901234567890"),))
    assert fields_of(blocking(record_problems(bad))) == {
        "enterprise.name", "products[0].name", "products[0].model", "products[0].category",
        "products[0].gtin",
    }  # fmt: skip
    assert fields_of(record_problems(record(products=()))) == {"products"}


def test_invalid_credit_code_and_commitment_block() -> None:
    problems = blocking(record_problems(record(credit_code="9136010015830000",
                                               commitment_accepted=False)))  # fmt: skip
    assert fields_of(problems) == {"enterprise.credit_code", "commitment_accepted"}
    # A wrong check character only warns: some early codes fail the check yet are legal.
    early = record_problems(record(credit_code="91360100158300003A"))
    assert early and blocking(early) == []


def test_looser_than_mandatory_blocks_and_below_recommended_needs_the_statement() -> None:
    looser = IndicatorLine("铅", "≤0.5", "mg/kg", "GB 5009.12", "5.4", "looser", "")
    assert fields_of(blocking(record_problems(record(indicators=(looser,))))) == {"indicators[0]"}
    lower = IndicatorLine("水浸出物", "≥30", "%", "GB/T 8305", "5.2", "", "looser")
    problems = record_problems(record(indicators=(lower,)))
    assert [p.severity for p in problems] == [Severity.WARNING, Severity.ERROR]
    assert fields_of(blocking(problems)) == {"explicit_statement"}
    stated = record(indicators=(lower,), explicit_statement="水浸出物低于GB/T 14456.1，特此明示。")
    assert blocking(record_problems(stated)) == []


def test_indicator_disclosure_needs_a_method_for_each_row() -> None:
    bare = IndicatorLine("水分", "≤14.0", "%", "", "5.3")
    problems = record_problems(record(disclosure="indicators", indicators=(bare,), pdf_sha256=""))
    assert fields_of(problems) == {"indicators[0].test_method"}
    assert fields_of(record_problems(record(pdf_sha256=""))) == {"text_pdf"}


def test_the_number_must_match_the_kind_and_the_products_label() -> None:
    assert fields_of(record_problems(record(standard_number="Q/JXSL 00A1—2026"))) == {
        "standard.number"
    }
    assert fields_of(record_problems(record(standard_kind="GB/T"))) == {"standard.number"}
    labelled = replace(PRODUCT, label_standard="Q/JXSL 0001-2023")
    problems = record_problems(record(products=(labelled,)))
    assert fields_of(problems) == {"products[0].label_standard"}
    assert "Q/JXSL 0001—2026" in problems[0].text()
    same = replace(PRODUCT, label_standard="Q/JXSL 0001-2026")
    assert record_problems(record(products=(same,))) == []


def test_kind_of_numbers() -> None:
    assert [kind_of(n) for n in ("GB 2762—2025", "GB/T 14456.1—2017", "NY/T 1—2000",
                                  "DB36/T 1—2020", "T/JGE 0001—2024", "Q/JXSL 0001—2026", "x")] == [
        "GB", "GB/T", "industry", "DB", "T", "Q", ""]  # fmt: skip
