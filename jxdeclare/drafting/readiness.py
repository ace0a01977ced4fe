"""Whether a draft may be rendered as final: no placeholder left, no link to a deleted element."""

from __future__ import annotations

from ..domain.document.model import Document
from ..domain.document.numbering import Numbering
from ..domain.document.places import place_of
from ..domain.document.text import broken_refs, placeholders
from ..domain.messages import Problem, register

# {place} is where a reader finds it ("表3 第1行 第2列"); {path} stays in params for scripts.
UNFILLED = register(
    "draft.unfilled", "{place} 尚未填写：{what}", "{place}: not filled in yet: {what}"
)
BROKEN_LINK = register(
    "draft.broken_link",
    "{place}：引用的对象已被删除",
    "{place}: a cross-reference points at something that was deleted",
)


def final_blockers(document: Document) -> list[Problem]:
    """Everything that keeps the draft from being final; empty when it can be published."""
    numbering = Numbering(document)
    found = [
        Problem(UNFILLED, params={"hint": p.hint, "what": p.what, "path": p.path,
                                  "place": place_of(document, p.path, numbering)})
        for p in placeholders(document)
    ]  # fmt: skip
    found += [
        Problem(BROKEN_LINK, params={"path": b.path,
                                     "place": place_of(document, b.path, numbering)})
        for b in broken_refs(document, numbering)
    ]  # fmt: skip
    return found


class NotFinal(ValueError):
    """Raised by a renderer asked for a final output of a draft that is not ready."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(p.text() for p in problems[:10])
        more = f"\n……另有 {len(problems) - 10} 处" if len(problems) > 10 else ""
        super().__init__(f"草稿尚不能输出为正式文本：\n{lines}{more}")
