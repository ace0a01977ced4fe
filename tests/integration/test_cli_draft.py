"""`jxdeclare-cli draft …` as a script uses it: templates, a new draft, rendering, storing."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.text import placeholders

CODE = "91110000600037341L"


def test_templates_are_listed_for_scripts(tmp_path: Path, cli) -> None:
    listed = json.loads(cli(tmp_path, "draft", "templates", "--json").stdout)
    assert {"rice-noodles", "green-tea", "service"} <= {t["id"] for t in listed}
    assert all({"id", "name", "kind"} <= set(t) for t in listed)
    assert {t["kind"] for t in listed} == {"product", "service"}


def test_new_draft_render_and_store(tmp_path: Path, cli) -> None:
    home = tmp_path / "数据 目录"
    added = cli(home, "enterprise", "add", "--name", "江西示例米业有限公司", "--uscc", CODE,
                "--code", "JXSL")  # fmt: skip
    assert added.returncode == 0, added.stderr
    out = tmp_path / "干米粉 标准.jxstd"
    made = cli(home, "draft", "new", "--template", "rice-noodles", "--enterprise", "JXSL",
               "--product", "干米粉", "--out", str(out), "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["number"].startswith("Q/JXSL 0001—")
    document = jxstd.load(out)
    assert document.cover.enterprise_name == "江西示例米业有限公司"
    assert len(report["to_fill"]) == len(placeholders(document)) > 0

    final = cli(home, "draft", "render", str(out), "--pdf", str(tmp_path / "f.pdf"), "--final")
    assert final.returncode == 1 and "尚未填写" in final.stderr
    assert not (tmp_path / "f.pdf").exists()
    pdf, docx = tmp_path / "草稿.pdf", tmp_path / "草稿.docx"
    drawn = cli(home, "draft", "render", str(out), "--pdf", str(pdf), "--docx", str(docx))
    assert drawn.returncode == 0, drawn.stderr
    assert "干米粉" in PdfReader(pdf).pages[0].extract_text() and docx.stat().st_size > 0

    stored = json.loads(cli(home, "draft", "import", str(out), "--json").stdout)
    listed = json.loads(cli(home, "draft", "list", "--json").stdout)
    assert [(d["id"], d["status"]) for d in listed] == [(stored["id"], "draft")]


def test_a_damaged_file_is_named_with_the_bad_field(tmp_path: Path, cli) -> None:
    bad = tmp_path / "bad.jxstd"
    bad.write_text('{"format": "jxstd", "schema_version": 1, "document": {"cover": 3}}', "utf-8")
    result = cli(tmp_path, "draft", "render", str(bad), "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "document.cover" in result.stderr


def test_outputs_computed_from_an_unsigned_pack_say_so(tmp_path: Path, cli, agency_meta) -> None:
    import docx

    from jxdeclare.catalog.pack import write_pack
    from jxdeclare.drafting.example import example_document

    home, pack = tmp_path / "home", tmp_path / "agency.jxpack"
    standard = {"number": "GB 2762—2025", "kind": "national", "source": "agency snapshot"}
    write_pack(pack, agency_meta, {"standards": [standard]}, None)
    imported = cli(home, "pack", "import", str(pack), "--allow-unsigned", "--json")
    imported = json.loads(imported.stdout)
    assert cli(home, "pack", "activate", imported["file"]).returncode == 0
    draft = tmp_path / "d.jxstd"
    jxstd.save(example_document(), draft)
    pdf, word = tmp_path / "d.pdf", tmp_path / "d.docx"
    result = cli(home, "draft", "render", str(draft), "--pdf", str(pdf), "--docx", str(word),
                 "--json")  # fmt: skip
    assert json.loads(result.stdout)["unsigned_pack"] is True
    assert "未签名数据包" in PdfReader(pdf).pages[3].extract_text()
    footer = docx.Document(str(word)).sections[1].footer.paragraphs[0].text
    assert "未签名数据包" in footer


def test_activation_names_the_stored_standards_it_affects(tmp_path: Path, cli, agency_meta) -> None:
    from jxdeclare.catalog.pack import write_pack
    from jxdeclare.drafting.example import example_document

    home, pack, draft = tmp_path / "home", tmp_path / "agency.jxpack", tmp_path / "d.jxstd"
    cli(home, "enterprise", "add", "--name", "示例米业", "--uscc", CODE, "--code", "JXSL")
    jxstd.save(example_document(), draft)  # cites GB 2762, GB 5009.3, GB 7718 …
    assert cli(home, "draft", "import", str(draft)).returncode == 0
    write_pack(pack, agency_meta, {"standards": [{"number": "GB 2762—2025", "kind": "national",
                                           "source": "agency snapshot"}]}, None)  # fmt: skip
    imported = json.loads(
        cli(home, "pack", "import", str(pack), "--allow-unsigned", "--json").stdout
    )
    result = json.loads(cli(home, "pack", "activate", imported["file"], "--json").stdout)
    (affected,) = result["affected"]
    assert (affected["number"], affected["title"]) == ("Q/JXSL 0002—2026", "干米粉")
    assert any("GB 7718" in reason for reason in affected["reasons"])  # gone from this pack


def test_what_is_left_to_fill_is_named_where_a_reader_finds_it(tmp_path: Path, cli) -> None:
    home = tmp_path / "home"
    cli(home, "enterprise", "add", "--name", "江西示例米业有限公司", "--uscc", CODE,
        "--code", "JXSL")  # fmt: skip
    out = tmp_path / "干米粉.jxstd"
    args = ("draft", "new", "--template", "rice-noodles", "--enterprise", "JXSL",
            "--product", "干米粉", "--out", str(out))  # fmt: skip
    made = cli(home, *args)
    assert made.returncode == 0, made.stderr
    assert "前言 主要起草人：主要起草人姓名" in made.stdout
    assert "第1行 第2列：色泽的描述" in made.stdout
    for raw in ("chapters[", "children[", "foreword.", "填写：填写", "[[ref:"):
        assert raw not in made.stdout
    report = json.loads(cli(home, *args, "--json").stdout)  # scripts keep the model path
    first = report["to_fill"][0]
    assert first["path"] == "foreword.drafters" and first["hint"] == "填写：主要起草人姓名"
    assert first["place"] == "前言 主要起草人" and first["what"] == "主要起草人姓名"
    final = cli(home, "draft", "render", str(out), "--pdf", str(tmp_path / "f.pdf"), "--final")
    assert "前言 主要起草人 尚未填写：主要起草人姓名" in final.stderr
    assert "chapters[" not in final.stderr and "填写：填写" not in final.stderr


def test_without_a_template_the_one_the_product_points_at_is_used(tmp_path: Path, cli) -> None:
    home = tmp_path / "home"
    cli(home, "enterprise", "add", "--name", "婺源县某某茶业有限公司", "--uscc", CODE,
        "--code", "WY")  # fmt: skip
    out = tmp_path / "绿茶.jxstd"
    made = cli(home, "draft", "new", "--enterprise", "WY", "--product", "婺源绿茶",
               "--out", str(out))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "green-tea" in made.stderr and jxstd.load(out).template_id == "green-tea"
    cli(home, "enterprise", "add", "--name", "江西某某食品有限公司", "--uscc", "91360100158300003X",
        "--code", "MM")  # fmt: skip
    vague = cli(home, "draft", "new", "--enterprise", "MM", "--product", "某某", "--out",
                str(tmp_path / "x.jxstd"))  # fmt: skip
    assert vague.returncode == 2 and "--template" in vague.stderr


def test_a_file_with_a_bad_version_or_too_deep_clauses_is_refused_by_name(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    from jxdeclare.domain.document.model import Clause, Cover, Document

    clause = Clause("深")
    for _ in range(19):
        clause = Clause("层", children=[clause])
    cover = Cover("企", "QY", "Q/QY 0001—2026", "题")
    deep = tmp_path / "深 条.jxstd"
    deep.write_text(jxstd.dumps(Document(cover=cover, chapters=[Clause("章", children=[clause])])))
    payload = json.loads(jxstd.dumps(Document(cover=cover)))
    payload["schema_version"] = -3
    negative = tmp_path / "负 版本.jxstd"
    negative.write_text(json.dumps(payload))
    for path, reason in ((deep, "条的层级过深：章或附录以下最多 5 层"),
                         (negative, "schema_version：应为 1 到 1 的整数，实为 -3")):  # fmt: skip
        done = cli(tmp_path / "home", "draft", "import", str(path))
        assert done.returncode == 2, done.stderr
        assert path.name in done.stderr and reason in done.stderr
        assert "Traceback" not in done.stderr
