"""Whether a draft may be rendered as final: no placeholder left, no link to a deleted element."""

from __future__ import annotations

from ..domain.document.model import Document
from ..domain.document.numbering import Numbering
from ..domain.document.text import broken_refs, placeholders
from ..domain.messages import Problem, register

UNFILLED = register(
    "draft.unfilled", "尚未填写：{hint}（位置 {path}）", "Not filled in yet: {hint} (at {path})"
)
BROKEN_LINK = register(
    "draft.broken_link",
    "引用的对象已被删除（位置 {path}）",
    "A cross-reference points at something that was deleted (at {path})",
)


def final_blockers(document: Document) -> list[Problem]:
    """Everything that keeps the draft from being final; empty when it can be published."""
    numbering = Numbering(document)
    found = [
        Problem(UNFILLED, params={"hint": p.hint, "path": p.path}) for p in placeholders(document)
    ]
    found += [
        Problem(BROKEN_LINK, params={"path": b.path}) for b in broken_refs(document, numbering)
    ]
    return found


class NotFinal(ValueError):
    """Raised by a renderer asked for a final output of a draft that is not ready."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(p.text() for p in problems[:10])
        more = f"\n……另有 {len(problems) - 10} 处" if len(problems) > 10 else ""
        super().__init__(f"草稿尚不能输出为正式文本：\n{lines}{more}")
