"""Which products of the pack a standard may be about, from its title, else its scope.

Inference proposes, it never decides: it returns the candidate products with the words of the
text that named them, and the checks use a product only when exactly one is proposed.

The words come from the pack's categories table, not from this module:

* the product's own name: "绿茶"; "米粉/米线" gives 米粉 and 米线, and "方便米粉/米线" gives
  方便米粉 and 方便米线 (a shorter part after "/" takes the first part's leading characters);
* a variant in brackets is a *qualifier*: "白酒(米香型)" is named by "米香型白酒" or by the full
  name, and by "米香型" only where the text also names 白酒;
* the `aliases` column ("庐山云雾", "四特酒", "干米粉"), and the `negative` column, words that
  must not count although they contain a word of the product ("鱿鱼" for 淡水鱼).

Matching respects word boundaries as far as the data knows them:

1. a word that overlaps one of the product's negative words does not count (鱿鱼丝 is not 鱼);
2. a word inside a longer matched word does not count, whichever product that word belongs to
   (方便米粉 is not 米粉; 米香型白酒 is not just 白酒; 灯芯糕 is not 灯);
3. of two matched words that overlap in part, the one that ends later wins, since a Chinese
   compound ends with its head (糯米酒: 米酒, not 糯米);
4. a product whose matches are a strict subset of another's yields to it (白酒 + 米香型 is
   白酒(米香型), not every 白酒);
5. a product yields to a narrower one, one whose own word contains its word (宁红茶 contains
   红茶, so "宁红工夫红茶" is 宁红茶; 婺源绿茶 contains 绿茶).

Latin words match only whole ("LED" not inside "JXLED"). Width, case and spaces do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jxdeclare.domain.document.model import ChapterRole, Document, Paragraph

_BRACKET = re.compile(r"\((.*?)\)")


@dataclass(frozen=True)
class Candidate:
    """A product the text may be about, with the words of the text that name it."""

    product: str
    words: tuple[str, ...]  # the words of the text that matched, in text order
    where: str  # "title" or "scope"


@dataclass(frozen=True)
class _Word:
    text: str  # folded
    product: str
    qualifier: bool  # counts only beside a plain word of the same product


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    word: _Word

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def inside(self, other: _Hit) -> bool:
        return other.start <= self.start and self.end <= other.end

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class _Lexicon:
    words: tuple[_Word, ...]
    negative: dict[str, tuple[str, ...]]  # product → folded negative words
    own: dict[str, frozenset[str]]  # product → its plain folded words
    order: dict[str, int]  # product → row number, for a stable ranking


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).upper()
    return "".join(c for c in folded if not c.isspace())


def _fold(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            chars.append(folded)
            origin.append(index)
    return "".join(chars), origin


def _name_words(product: str) -> tuple[list[str], list[str]]:
    """(plain words, qualifiers) that the product's own name gives."""
    variants = [v.strip() for v in _BRACKET.findall(product) if v.strip()]
    base = _BRACKET.sub("", product).strip()
    parts = [p.strip() for p in base.split("/") if p.strip()]
    if parts:
        first = parts[0]
        parts = [first] + [
            first[: len(first) - len(p)] + p if len(p) < len(first) else p for p in parts[1:]
        ]
    plain = list(parts)
    if variants:
        plain = [product] + [v + p for v in variants for p in parts]
        plain += parts  # "白酒" names every variant; the qualifier picks one
    return plain, variants


def _lexicon(categories: list[dict[str, Any]]) -> _Lexicon:
    words: dict[tuple[str, str], _Word] = {}
    negative: dict[str, tuple[str, ...]] = {}
    own: dict[str, frozenset[str]] = {}
    order: dict[str, int] = {}
    for number, row in enumerate(categories):
        product = str(row.get("product") or "").strip()
        if not product or product in order:
            continue
        order[product] = number
        plain, qualifiers = _name_words(product)
        plain += [str(a) for a in row.get("aliases") or ()]
        folded_plain = {_fold(w) for w in plain} - {""}
        for text in sorted(folded_plain):
            words[(product, text)] = _Word(text, product, False)
        for text in {_fold(q) for q in qualifiers} - folded_plain - {""}:
            words[(product, text)] = _Word(text, product, True)
        own[product] = frozenset(folded_plain)
        negative[product] = tuple({_fold(str(n)) for n in row.get("negative") or ()} - {""})
    return _Lexicon(tuple(words.values()), negative, own, order)


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _find(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Every occurrence of ``word`` in ``text``; a Latin edge must not continue a Latin word."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = start > 0 and _is_latin(word[0]) and _is_latin(text[start - 1])
        after = end < len(text) and _is_latin(word[-1]) and _is_latin(text[end])
        if not (before or after):
            yield start, end
        start = text.find(word, start + 1)


def _boundaries(found: list[_Hit]) -> list[_Hit]:
    # rule 2: a word inside a longer matched word does not count
    found = [
        hit
        for hit in found
        if not any(hit.inside(other) and other.span != hit.span for other in found)
    ]
    # rule 3: of two words overlapping in part, the later-ending one (the head) wins
    return [
        hit
        for hit in found
        if not any(hit.overlaps(o.start, o.end) and o.end > hit.end for o in found)
    ]


def _hits(text: str, lexicon: _Lexicon) -> list[_Hit]:
    negatives: dict[str, list[tuple[int, int]]] = {
        product: [span for word in words for span in _find(text, word)]
        for product, words in lexicon.negative.items()
    }
    # rule 1: a word overlapping a negative word of its product does not count
    found = [
        _Hit(start, end, word)
        for word in lexicon.words
        for start, end in _find(text, word.text)
        if not any(start < n_end and n_start < end for n_start, n_end in negatives[word.product])
    ]
    while True:
        kept = _boundaries(found)
        plain = {hit.word.product for hit in kept if not hit.word.qualifier}
        # a qualifier without its product's plain word names nothing, so it shadows nothing
        orphans = [h for h in found if h.word.qualifier and h.word.product not in plain]
        if not orphans:
            return [hit for hit in kept if hit.word.product in plain]
        found = [h for h in found if h not in orphans]


def _narrower(lexicon: _Lexicon, a: str, b: str) -> bool:
    """``a`` has a word containing a word of ``b`` that ``a`` itself does not have."""
    mine, theirs = lexicon.own[a], lexicon.own[b]
    return any(w in longer for longer in mine for w in theirs - mine if w != longer)


def _candidates(text: str, categories: list[dict[str, Any]], where: str) -> list[Candidate]:
    if not text.strip() or not categories:
        return []
    lexicon = _lexicon(categories)
    folded, origin = _folded_with_origin(text)
    by_product: dict[str, list[_Hit]] = {}
    for hit in _hits(folded, lexicon):
        by_product.setdefault(hit.word.product, []).append(hit)
    spans = {p: {h.span for h in hits} for p, hits in by_product.items()}
    # rule 4: a product whose matches are a strict subset of another's yields
    kept = [p for p in by_product if not any(spans[p] < spans[q] for q in by_product)]
    # rule 5: a product yields to a narrower one
    kept = [
        p
        for p in kept
        if not any(_narrower(lexicon, q, p) and not _narrower(lexicon, p, q) for q in kept)
    ]

    def covered(product: str) -> int:
        return len({i for start, end in spans[product] for i in range(start, end)})

    def longest(product: str) -> int:
        return max(end - start for start, end in spans[product])

    kept.sort(key=lambda p: (-covered(p), -longest(p), lexicon.order[p]))
    out = []
    for product in kept:
        hits = sorted(by_product[product], key=lambda h: h.span)
        words = dict.fromkeys(text[origin[h.start] : origin[h.end - 1] + 1] for h in hits)
        out.append(Candidate(product, tuple(words), where))
    return out


def candidates_for_text(text: str, categories: list[dict[str, Any]]) -> list[Candidate]:
    """The products a title (or any short text) may name, best first."""
    return _candidates(text, categories, "title")


def _scope_text(document: Document) -> str:
    scope = document.chapter(ChapterRole.SCOPE)
    if scope is None:
        return ""
    clauses = scope.walk()
    return "。".join(b.text for c in clauses for b in c.blocks if isinstance(b, Paragraph))


def infer_candidates(document: Document, categories: list[dict[str, Any]]) -> list[Candidate]:
    """The products the standard may be about, best first.

    The title decides; the scope (范围) is read only when the title names no product, and then
    its first sentence ("本文件规定了……的……") before the rest, which also names raw materials.
    """
    found = _candidates(document.cover.title, categories, "title")
    if found:
        return found
    scope = _scope_text(document)
    first = scope.split("。", 1)[0]
    return _candidates(first, categories, "scope") or _candidates(scope, categories, "scope")


def infer_category(document: Document, categories: list[dict[str, Any]]) -> str | None:
    """The product, when inference proposes exactly one; else None (the user must choose)."""
    found = infer_candidates(document, categories)
    return found[0].product if len(found) == 1 else None
