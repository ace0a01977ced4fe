"""Parsed JSON is refused past the nesting limit or with a lone surrogate; the fast check for
large texts (a data pack's tables) answers exactly as the value-by-value one."""

from __future__ import annotations

import json

import pytest

from jxdeclare.domain.limits import MAX_JSON_DEPTH, json_problem, json_text_problem

CASES = [
    '[[["a]]]]]"]]]',  # brackets inside a string are text
    '{"k": "\\ud800"}',  # a lone surrogate, escaped
    '"\\ud83d\\ude00"',  # a pair: an emoji, fine
    "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1),
    "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH,
    '{"a":[' * 40 + "1" + "]}" * 40,  # 80 levels through objects and lists
    '[{"a": 1, "b": [1, 2, {"c": "x"}]}, "\\\\ud800"]',  # an escaped backslash, not an escape
    "3",
]


@pytest.mark.parametrize("text", CASES)
def test_the_fast_check_answers_as_the_full_one(text: str) -> None:
    value = json.loads(text)
    assert json_text_problem(text, value) == json_problem(value)


def test_the_limits_are_named() -> None:
    deep = "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)
    assert "嵌套层数过多" in (json_text_problem(deep, json.loads(deep)) or "")
    lone = '{"k": "\\ud800"}'
    assert "孤立的代理项" in (json_text_problem(lone, json.loads(lone)) or "")
    assert (
        json_text_problem(
            "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH,
            json.loads("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH),
        )
        is None
    )
