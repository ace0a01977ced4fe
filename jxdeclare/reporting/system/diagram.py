"""The 标准体系结构图 as SVG, PNG and a PDF flowable, all drawn from one layout.

The geometry comes from :mod:`layout`; here it is only painted: boxes, orthogonal lines and
texts centred on their baselines. The PNG and the PDF use the Chinese TrueType fonts of
:func:`find_fonts` (宋体 for branches, 黑体 for the enterprise and the sub-systems).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.platypus import Flowable

from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.drafting.fonts import FontFace, FontSet, find_fonts
from jxdeclare.drafting.pdf_styles import register
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.system.layout import LEGIBLE, Diagram, fit_scale, layout_snapshot

LINE_WIDTH, BOX_WIDTH, ROOT_WIDTH = 0.7, 0.8, 1.4
MAX_ENLARGE = 1.25  # a small diagram fills more of the page, but its text stays around 五号
SERIF = "SimSun, 宋体, 'AR PL UMing CN', 'Songti SC', serif"
SANS = "SimHei, 黑体, 'WenQuanYi Zen Hei', 'Microsoft YaHei', sans-serif"


def diagram_svg(snapshot: SystemSnapshot, counts: bool = True) -> str:
    d = layout_snapshot(snapshot, counts)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{d.width:.1f}pt" '
        f'height="{d.height:.1f}pt" viewBox="0 0 {d.width:.1f} {d.height:.1f}">',
        f"<title>{escape(snapshot.enterprise_name)}标准体系结构图</title>",
        '<rect width="100%" height="100%" fill="white"/>',
        f'<g stroke="black" stroke-width="{LINE_WIDTH}" fill="none">',
    ]
    out += [f'<path d="M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}"/>' for x1, y1, x2, y2 in d.lines]
    out.append("</g>")
    for box in d.boxes:  # one group a box, titled with its text: a tooltip and for search
        width = ROOT_WIDTH if box.root else BOX_WIDTH
        out.append(f"<g><title>{escape(box.label)}</title>")
        out.append(
            f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" '
            f'height="{box.h:.1f}" fill="white" stroke="black" stroke-width="{width}"/>'
        )
        for text in box.texts:
            family = quoteattr(SANS if text.heading else SERIF)
            out.append(
                f'<text x="{text.x:.1f}" y="{text.y:.1f}" font-size="{text.size}" '
                f'font-family={family} text-anchor="middle">{escape(text.text)}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def diagram_png(
    snapshot: SystemSnapshot, out: Path, fonts: FontSet | None = None, scale: float = 2
) -> None:
    """``scale`` pixels per point: 2 gives about 144 dpi, sharp enough for a Word document."""
    d = layout_snapshot(snapshot)
    fonts = fonts or find_fonts()
    image = Image.new("RGB", (round(d.width * scale), round(d.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    for x1, y1, x2, y2 in d.lines:
        points = [(x1 * scale, y1 * scale), (x2 * scale, y2 * scale)]
        draw.line(points, fill="black", width=max(1, round(LINE_WIDTH * scale)))
    for box in d.boxes:
        width = max(1, round((ROOT_WIDTH if box.root else BOX_WIDTH) * scale))
        corners = (box.x * scale, box.y * scale, (box.x + box.w) * scale, (box.y + box.h) * scale)
        draw.rectangle(corners, fill="white", outline="black", width=width)
        for text in box.texts:
            face = fonts.heading if text.heading else fonts.body
            font = _pil_font(face, round(text.size * scale * 4) / 4)
            draw.text((text.x * scale, text.y * scale), text.text, "black", font, anchor="ms")
    atomic_write(Path(out), lambda tmp: image.save(tmp, format="PNG"))


@cache
def _pil_font(face: FontFace, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face.path), size, index=face.subfont_index)


def diagram_drawing(d: Diagram, fonts: FontSet) -> Drawing:
    """The layout as a reportlab Drawing at its natural size, y flipped to PDF's upwards axis."""
    body, heading = register(fonts.body), register(fonts.heading)
    group = Group()
    for x1, y1, x2, y2 in d.lines:
        group.add(Line(x1, d.height - y1, x2, d.height - y2, strokeWidth=LINE_WIDTH))
    for box in d.boxes:
        group.add(Rect(box.x, d.height - box.y - box.h, box.w, box.h, fillColor="white",
                       strokeWidth=ROOT_WIDTH if box.root else BOX_WIDTH))  # fmt: skip
        for t in box.texts:
            group.add(String(t.x, d.height - t.y, t.text, fontName=heading if t.heading else body,
                             fontSize=t.size, textAnchor="middle"))  # fmt: skip
    drawing = Drawing(d.width, d.height)
    drawing.initialFontName = body  # else the drawing's state names Helvetica, never embedded
    drawing.add(group)
    return drawing


class FittedDrawing(Flowable):
    """A drawing scaled to the room left in the frame, centred; enlarged a little at most.

    Meant for the top of a page (the report puts a page break before each diagram): lower down
    it would shrink to the little room left rather than move to the next page."""

    def __init__(self, drawing: Drawing, max_width: float) -> None:
        super().__init__()
        self.drawing, self.max_width, self.hAlign = drawing, max_width, "CENTER"
        self.scale = 1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        d = self.drawing
        self.scale = min(MAX_ENLARGE, self.max_width / d.width, avail_width / d.width,
                         avail_height / d.height)  # fmt: skip
        return d.width * self.scale, d.height * self.scale

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.drawing.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def diagram_flowable(
    snapshot: SystemSnapshot,
    available_width: float,
    fonts: FontSet | None = None,
    branch: int | None = None,
    levels: int | None = None,
) -> Flowable:
    """The whole system's diagram, or one ``branch``'s (a node id), ``levels`` deep."""
    d = layout_snapshot(snapshot, branch=branch, levels=levels)
    drawing = diagram_drawing(d, fonts or find_fonts())
    return FittedDrawing(drawing, available_width)


def branch_diagrams_needed(snapshot: SystemSnapshot) -> bool:
    """Whether the whole diagram shrinks so much on the page that each sub-system needs its own."""
    return fit_scale(layout_snapshot(snapshot)) < LEGIBLE
