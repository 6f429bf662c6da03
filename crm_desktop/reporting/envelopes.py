"""Envelopes as PDF (GRP-4): one envelope per page, the page exactly the envelope's size, the
blocks where domain/envelopes.layout puts them."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.domain.envelopes import Box, Party, Size, layout
from crm_desktop.reporting.pdf_forms import FONT, FONT_BOLD, register_fonts

LABEL_SIZE = 7.5
TEXT_SIZE = 10.0
LEADING = 1.25


def _block(canvas: Canvas, box: Box, rows: Sequence[tuple[str, str]], index: str, size: float) -> None:
    """Labelled rows («Кому», «Куда») from the box's top down: the label small, its text
    after it wrapped to the box, each line underlined like the printed envelope's rules; the
    index on its own last row."""
    label_w = 12 * mm
    width = box.width * mm - label_w
    y = box.top * mm - size
    for label, text in rows:
        canvas.setFont(FONT, LABEL_SIZE)
        canvas.setFillColor(colors.grey)
        canvas.drawString(box.x * mm, y, label)
        canvas.setFillColor(colors.black)
        for line in simpleSplit(text, FONT, size, width) or [""]:
            canvas.setFont(FONT, size)
            canvas.drawString(box.x * mm + label_w, y, line)
            canvas.setStrokeColor(colors.lightgrey)
            canvas.line(box.x * mm + label_w, y - 2, (box.x + box.width) * mm, y - 2)
            y -= size * LEADING
    canvas.setFont(FONT, LABEL_SIZE)
    canvas.setFillColor(colors.grey)
    canvas.drawString(box.x * mm, y, "Индекс")
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT_BOLD, size + 1)
    canvas.drawString(box.x * mm + label_w, y, index or "—")


def _index_field(canvas: Canvas, box: Box, index: str) -> None:
    """The recipient's index in the field at the bottom left: six digits in cells."""
    canvas.setFont(FONT, LABEL_SIZE - 1)
    canvas.setFillColor(colors.grey)
    canvas.drawString(box.x * mm, box.top * mm + 2, "Индекс места назначения")
    canvas.setFillColor(colors.black)
    cell = min(box.width / 6, box.height * 0.6)
    canvas.setStrokeColor(colors.black)
    canvas.setFont(FONT_BOLD, cell * mm * 0.8)
    for n, digit in enumerate(index[:6]):
        x = (box.x + n * cell) * mm
        canvas.rect(x, box.y * mm, cell * mm, box.height * mm, stroke=1, fill=0)
        canvas.drawCentredString(x + cell * mm / 2, box.y * mm + box.height * mm * 0.25, digit)


def render(out: Path, size: Size, sender: Party, recipients: Sequence[Party]) -> Path:
    """Write one page per recipient to `out`; returns `out`."""
    register_fonts()
    places = layout(size)
    canvas = Canvas(str(out), pagesize=(size.width_mm * mm, size.height_mm * mm))
    canvas.setTitle(f"Конверты {size.code}")
    for party in recipients:
        _block(canvas, places.sender, (("От кого", sender.name), ("Откуда", ", ".join(sender.lines))),
               sender.index, TEXT_SIZE - 1)
        _block(canvas, places.recipient, (("Кому", party.name), ("Куда", ", ".join(party.lines))),
               party.index, TEXT_SIZE + 1)
        _index_field(canvas, places.index, party.index)
        canvas.showPage()
    canvas.save()
    return out
