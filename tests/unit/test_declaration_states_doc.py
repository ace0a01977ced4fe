"""docs/declaration-states.md: its table covers every state with a way on in the app and on the
command line, its diagram is the transition table, and the commands it names exist."""

from __future__ import annotations

import re
from pathlib import Path

from jxdeclare.domain.declaration import (
    STATE_NAMES_EN,
    TERMINAL,
    TRANSITIONS,
    DeclarationState,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "declaration-states.md"
S = DeclarationState


def table_rows() -> dict[DeclarationState, list[str]]:
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] in {s.value for s in S}:
            rows[S(cells[0])] = cells
    return rows


def test_the_table_has_one_row_per_state_in_chinese_and_english() -> None:
    rows = table_rows()
    assert set(rows) == set(S)
    for state, cells in rows.items():
        assert len(cells) == 5, cells
        assert cells[1] == STATE_NAMES_EN[state]
        assert all(cells[2:]), f"{state.value}: every column is filled"


def test_every_state_but_the_final_ones_has_a_way_on_in_the_app_and_the_cli() -> None:
    for state, (_zh, _en, _how, app, cli) in table_rows().items():
        final = app.startswith("Final") and cli.startswith("Final")
        assert final == (state in TERMINAL), state.value
        if not final:
            assert "`" in cli, f"{state.value}: a command to run"


def test_the_diagram_is_the_transition_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(stateDiagram-v2\n.*?)```", text, re.S)
    assert block is not None
    edges = set(re.findall(r"^\s*(\w+) --> (\w+)", block.group(1), re.M))
    expected = {(a.name, b.name) for a, targets in TRANSITIONS.items() for b in targets}
    assert edges == expected  # the start and end markers ([*]) are not states
    named = dict(re.findall(r'^\s*state "(\S+) [^"]*" as (\w+)', block.group(1), re.M))
    assert {S[name].value for name in named.values()} == {s.value for s in S}
    assert all(S[name].value == zh for zh, name in named.items())


def test_the_commands_it_names_exist() -> None:
    from jxdeclare.cli.main import build_parser

    parser = build_parser()
    top = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    declare = top["declare"]._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`declare ([a-z-]+)", text))
    assert named and named <= set(declare), named - set(declare)
    assert "submit" in top and "`submit" in text
