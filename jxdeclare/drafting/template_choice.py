"""Which template fits an enterprise: the one its products, standards and name point at.

A template names its product (a row of the pack's categories table) and its name; the pack adds
the product's category and the other names it goes by (aliases), and words that only look alike
(negatives: 灯芯糕 is not a lamp). An enterprise is described by texts with a weight: what it
drafted before, its products and standards, and its name, whose trade word ("茶业", "米业")
counts too. The best-scoring template is proposed; nothing is proposed when nothing matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class TemplateLike(Protocol):
    id: str
    name: str
    product: str
    kind: str


@dataclass(frozen=True)
class Clue:
    """A text about the enterprise and how much it says about its products."""

    text: str
    weight: int


# Weights of the clues a service gathers: a clue scores its weight times the length of the
# longest product word it contains (twice that when it names the product itself rather than
# through the pack); each earlier draft from a template adds USED_BEFORE to that template.
USED_BEFORE, PRODUCT, STANDARD, NAME = 8, 4, 2, 1
_SPLIT = re.compile(r"[（）()/、，,\s]+")
_FORMS = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|专业合作社|合作社|公司|集团|总厂|厂|商行|经营部)$"
)
_SERVICE_WORDS = ("服务",)


def keywords(
    template: TemplateLike, categories: Iterable[dict[str, Any]]
) -> tuple[set[str], set[str]]:
    """(words naming the template's product, words that must not be read as it)."""
    words = {w for w in _SPLIT.split(f"{template.name}/{template.product}") if w}
    negatives: set[str] = set()
    if template.kind == "service":
        words |= set(_SERVICE_WORDS)
    for row in categories:
        if template.product and row.get("product") == template.product:
            words |= {w for w in _SPLIT.split(str(row.get("category") or "")) if w}
            words |= {str(a) for a in row.get("aliases") or ()}
            negatives |= {str(n) for n in row.get("negatives") or row.get("negative") or ()}
    return {w for w in words if len(w) >= 2}, negatives


def trade_word(name: str) -> str:
    """The character a company name's trade word is about: "婺源县某某茶业有限公司" → "茶".

    Chinese company names end in 行业 + 组织形式; a trade word of the form "X业" (茶业, 米业,
    酒业) names its goods by X. Other trade words (食品, 科技) say too little and give "".
    """
    core = _FORMS.sub("", name.strip())
    return core[-2] if len(core) >= 2 and core.endswith("业") else ""


def score(template: TemplateLike, clues: Sequence[Clue], categories: list[dict[str, Any]]) -> int:
    words, negatives = keywords(template, categories)
    total = 0
    for clue in clues:
        raw = _without(clue.text, negatives)
        text = _without(_expanded(clue.text, categories), negatives)
        if named := [w for w in words if w in raw]:  # the text names the product itself
            total += 2 * clue.weight * max(len(w) for w in named)
        elif matched := [w for w in words if w in text]:  # through the pack: 庐山云雾茶 → 茶叶
            total += clue.weight * max(len(w) for w in matched)
        elif clue.weight == NAME and (stem := trade_word(clue.text)):
            total += clue.weight if any(stem in w for w in words) else 0
    return total


def _without(text: str, words: set[str]) -> str:
    for word in words:
        text = text.replace(word, "")
    return text


def _expanded(text: str, categories: list[dict[str, Any]]) -> str:
    """The text with the category of every product it names: "庐山云雾茶" also says 茶叶."""
    found = [text]
    for row in categories:
        names = [str(row.get("product") or ""), *(str(a) for a in row.get("aliases") or ())]
        if any(len(n) >= 2 and n in text for n in names):
            found.append(str(row.get("category") or ""))
    return " ".join(found)


def best_template(
    templates: Sequence[TemplateLike], clues: Sequence[Clue], categories: list[dict[str, Any]],
    used: Sequence[str] = (), prefer: str = "",
) -> str:  # fmt: skip
    """The id of the best-fitting template, "" when nothing matches.

    ``used`` are templates the enterprise's drafts came from; ``prefer`` (the user's last
    choice) settles a tie.
    """
    scores = {t.id: score(t, clues, categories) + USED_BEFORE * used.count(t.id) for t in templates}
    top = max(scores.values(), default=0)
    if top <= 0:
        return ""
    tied = [t.id for t in templates if scores[t.id] == top]
    return prefer if prefer in tied else tied[0]
