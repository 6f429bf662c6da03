"""Contract text kept as rich text (the HTML of the built-in editor, QTextEdit.toHtml()):
filled with the contract's values, printed to PDF with ReportLab and read as plain text.

The HTML is first read into a small model (``TextBlock``, ``TableBlock``) of what a contract
uses: paragraphs and headings with alignment, bold, italic, underline, line breaks, lists and
simple tables. The PDF, the plain text and the DOCX built from the shipped templates
(reports/contracts/make_docx.py) are all made from that model. Any other tag is read as its
text, so a pasted page never stops a contract from printing.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crm_desktop.domain import contract_vars

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# A family name of its own: ReportLab's registry is global, and the print forms register a
# "DejaVuSans" family whose italic is the upright face.
FONT = "RichText"
_FONT_FILES = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
               f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}

_SKIPPED = {"head", "style", "script", "title"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "li", "blockquote", "center", "pre"} | _HEADINGS
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"}
# Tags that end the visible text of a block: a placeholder never spans two paragraphs or cells.
_BREAKING = _BLOCKS | {"br", "td", "th", "tr", "table", "ul", "ol", "body", "hr"}


@dataclass(frozen=True)
class Run:
    """Text in one formatting; "\\n" is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class TextBlock:
    """A paragraph, heading (kind "h1".."h3") or list item (bullet "•" or "1."); no runs is an
    empty line."""

    runs: list[Run] = field(default_factory=list)
    kind: str = "p"
    align: str = "left"
    bullet: str = ""
    level: int = 0

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class TableBlock:
    """Rows of cells, each cell a list of blocks."""

    rows: list[list[list[TextBlock | TableBlock]]] = field(default_factory=list)
    border: bool = False


Block = TextBlock | TableBlock


def fill_html(html: str, values: Mapping[str, str]) -> str:
    """The HTML with every placeholder replaced by its value, escaped, line breaks as <br />.
    A placeholder split by formatting tags ("<b>[Dog</b>No]") is found as in Word documents;
    raises ``UnknownVariables`` before anything is replaced."""
    tokens = re.split(r"(<!--.*?-->|<[^>]*>)", html, flags=re.S)   # text, tag, text, tag, …
    texts: list[str] = []          # what the reader sees: a tag is nothing or a line break
    hidden: list[bool] = []        # tags and the inside of <style>, <title>… are never filled
    depth = 0
    for i, token in enumerate(tokens):
        if i % 2:
            tag = _tag_name(token)
            if tag in _SKIPPED and not token.endswith("/>"):
                depth += -1 if token.startswith("</") else 1
            texts.append("\n" if tag in _BREAKING else "")
            hidden.append(True)
        else:
            texts.append("" if depth > 0 else token)
            hidden.append(depth > 0)
    escaped = {k: htmllib.escape(v or "", quote=False).replace("\n", "<br />") for k, v in values.items()}
    filled = contract_vars.fill_runs(texts, escaped)
    return "".join(old if hid else new for old, new, hid in zip(tokens, filled, hidden))


def _tag_name(token: str) -> str:
    name = re.match(r"</?\s*([A-Za-z0-9]*)", token)
    return name.group(1).lower() if name else ""


def parse_html(html: str) -> list[Block]:
    """The blocks of a rich text."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.finish()


def html_to_text(html: str) -> str:
    """Plain text of a rich text: blocks on their own lines, table cells separated by tabs."""
    return "\n".join(_block_lines(parse_html(html)))


def html_to_pdf(html: str, path: Path, title: str = "") -> None:
    """Print a rich text to an A4 PDF with page numbers, in a font with Cyrillic letters."""
    _register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="",
                            leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(_flowables(parse_html(html), doc.width), onFirstPage=_page_number, onLaterPages=_page_number)


def _block_lines(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, TextBlock):
            lines.append(f"{block.bullet} {block.text}" if block.bullet else block.text)
        else:
            for row in block.rows:
                lines.append("\t".join(" ".join(_block_lines(cell)) for cell in row))
    return lines


@dataclass
class _Frame:
    tag: str
    bold: bool
    italic: bool
    underline: bool


@dataclass
class _List:
    ordered: bool
    count: int = 0


@dataclass
class _Table:
    block: TableBlock
    cell_open: bool = False
    align: str = "left"


class _Parser(HTMLParser):
    """Reads the HTML into blocks. Forgiving: missing end tags close what they must, stray ones
    are ignored, unknown tags give their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._skip = 0
        self._frames = [_Frame("", False, False, False)]
        self._containers: list[list[Block]] = [[]]
        self._lists: list[_List] = []
        self._tables: list[_Table] = []
        self._block = TextBlock()
        self._has_break = False

    def finish(self) -> list[Block]:
        while self._tables:
            self._end_table()
        self._flush()
        return self._containers[0]

    # tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self._skip += 1
            return
        if tag == "br":
            self._add("\n")
            self._has_break = True
            return
        if tag in _VOID:
            return
        if tag in _BLOCKS:
            self._start_block(tag, a)
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists.append(_List(ordered=tag == "ol"))
        elif tag == "table":
            self._flush()
            self._tables.append(_Table(TableBlock(border=_has_border(a))))
        elif tag == "tr" and self._tables:
            self._close_cell()
            self._tables[-1].block.rows.append([])
        elif tag in ("td", "th") and self._tables:
            self._open_cell(_align(a, "center" if tag == "th" else "left"))
        self._push(tag, a)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCKS:
            self._flush()
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "table" and self._tables:
            self._end_table()
        self._pop(tag)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._add(re.sub(r"[ \t\n\r\f]+", " ", data))   # a no-break space stays one

    # inline formatting
    def _push(self, tag: str, a: dict[str, str]) -> None:
        top = self._frames[-1]
        style = _css(a.get("style", ""))
        weight = style.get("font-weight", "")
        heavy = weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600)
        light = weight in ("normal", "lighter") or (weight.isdigit() and int(weight) < 600)
        bold = tag in ("b", "strong", "th", *_HEADINGS) or heavy or (top.bold and not light)
        font_style = style.get("font-style", "")
        italic = tag in ("i", "em", "cite") or font_style in ("italic", "oblique") or (
            top.italic and font_style != "normal")
        decoration = style.get("text-decoration", "")
        underline = tag in ("u", "ins") or "underline" in decoration or (top.underline and "none" not in decoration)
        self._frames.append(_Frame(tag, bold, italic, underline))

    def _pop(self, tag: str) -> None:
        for i in range(len(self._frames) - 1, 0, -1):
            if self._frames[i].tag == tag:
                del self._frames[i:]
                return

    # blocks
    def _start_block(self, tag: str, a: dict[str, str]) -> None:
        pending_bullet = self._block.bullet and not self._block.runs
        if tag in ("p", "div") and pending_bullet:          # <li><p>…</p></li>
            self._block.align = _align(a, self._block.align)
            return
        self._close_open(tag)
        self._flush()
        self._block = TextBlock(kind=tag if tag in ("h1", "h2", "h3") else "h3" if tag in _HEADINGS else "p",
                                align=_align(a, "center" if tag == "center" else self._block.align))
        if tag == "li":
            current = self._lists[-1] if self._lists else _List(ordered=False)
            current.count += 1
            self._block.bullet = f"{current.count}." if current.ordered else "•"
            self._block.level = max(0, len(self._lists) - 1)

    def _close_open(self, tag: str) -> None:
        """A <p> or heading left open ends at the next one, an <li> at the next <li>."""
        same, stops = ((("li",), ("ul", "ol", "td", "th", "table")) if tag == "li" else
                       (("p", *_HEADINGS), ("li", "div", "blockquote", "ul", "ol", "td", "th", "table")))
        if tag not in same:
            return
        for i in range(len(self._frames) - 1, 0, -1):
            if self._frames[i].tag in stops:
                return
            if self._frames[i].tag in same:
                del self._frames[i:]
                return

    def _add(self, text: str) -> None:
        if not text:
            return
        runs = self._block.runs
        if not runs or runs[-1].text.endswith((" ", "\n")):
            text = text.lstrip(" ")
            if not text:
                return
        frame = self._frames[-1]
        run = Run(text, frame.bold, frame.italic, frame.underline)
        if runs and (runs[-1].bold, runs[-1].italic, runs[-1].underline) == (run.bold, run.italic, run.underline):
            runs[-1] = Run(runs[-1].text + text, run.bold, run.italic, run.underline)
        else:
            runs.append(run)

    def _flush(self) -> None:
        """End the current block; the next one starts with the alignment of its table cell."""
        block, runs = self._block, self._block.runs
        while runs and not runs[-1].text.rstrip(" "):
            runs.pop()
        if runs:
            last = runs[-1]
            text = last.text.rstrip(" ")
            if text.endswith("\n"):                      # a trailing <br> adds no line
                text = text[:-1]
            runs[-1] = Run(text, last.bold, last.italic, last.underline)
        if any(r.text.strip() for r in runs):
            self._containers[-1].append(block)
        elif self._has_break or block.bullet:
            block.runs = []
            self._containers[-1].append(block)
        in_cell = bool(self._tables) and self._tables[-1].cell_open
        self._block = TextBlock(align=self._tables[-1].align if in_cell else "left")
        self._has_break = False

    # tables
    def _open_cell(self, align: str) -> None:
        table = self._tables[-1]
        self._close_cell()
        table.align = align
        if not table.block.rows:
            table.block.rows.append([])
        cell: list[Block] = []
        table.block.rows[-1].append(cell)
        self._containers.append(cell)
        table.cell_open = True
        self._block = TextBlock(align=align)

    def _close_cell(self) -> None:
        if self._tables and self._tables[-1].cell_open:
            self._flush()
            self._containers.pop()
            self._tables[-1].cell_open = False

    def _end_table(self) -> None:
        self._close_cell()
        table = self._tables.pop().block
        table.rows = [row for row in table.rows if row]
        if table.rows:
            self._containers[-1].append(table)


def _css(style: str) -> dict[str, str]:
    pairs = (item.split(":", 1) for item in style.split(";") if ":" in item)
    return {k.strip().lower(): v.strip().lower() for k, v in pairs}


def _align(a: dict[str, str], default: str) -> str:
    value = (_css(a.get("style", "")).get("text-align") or a.get("align", "")).lower()
    return value if value in ("left", "center", "right", "justify") else default


def _has_border(a: dict[str, str]) -> bool:
    border = a.get("border", "0").strip()
    style = _css(a.get("style", ""))
    return (border not in ("", "0")) or any(k.startswith("border") and "none" not in v and v not in ("0", "0px")
                                            for k, v in style.items())


# PDF
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_SIZES = {"p": (10, 13.5, 4), "h1": (15, 19, 8), "h2": (13, 16.5, 6), "h3": (11, 14, 4)}


@cache
def _register_fonts() -> None:
    missing = [name for name in _FONT_FILES.values() if not (FONT_DIR / name).is_file()]
    if missing:
        raise RuntimeError(f"Нет шрифтов DejaVu ({', '.join(missing)}) в {FONT_DIR}: установите пакет "
                           "fonts-dejavu-core (apt-get install fonts-dejavu-core).")
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold",
                                  italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")


@cache
def _style(kind: str, align: str, level: int, bullet: bool) -> ParagraphStyle:
    size, leading, after = _SIZES[kind]
    indent = (6 + 6 * level) * mm if bullet else 0
    return ParagraphStyle(f"{kind}-{align}-{level}-{bullet}", fontName=FONT, fontSize=size, leading=leading,
                          alignment=_ALIGN[align], spaceBefore=after if kind != "p" else 0, spaceAfter=after,
                          leftIndent=indent, bulletIndent=indent - 5 * mm if bullet else 0, bulletFontName=FONT,
                          keepWithNext=kind != "p")


def _markup(runs: list[Run]) -> str:
    """ReportLab mini-markup of runs, each run closed on its own so tags always nest."""
    parts = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br/>")
        for flag, tag in ((run.underline, "u"), (run.italic, "i"), (run.bold, "b")):
            if flag:
                text = f"<{tag}>{text}</{tag}>"
        parts.append(text)
    return "".join(parts)


def _flowables(blocks: list[Block], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, TableBlock):
            out.append(_table(block, width))
        elif not block.runs and not block.bullet:
            out.append(Spacer(1, _SIZES["p"][1]))
        else:
            style = _style(block.kind, block.align, block.level, bool(block.bullet))
            out.append(Paragraph(_markup(block.runs), style, bulletText=block.bullet or None))
    return out


def _table(block: TableBlock, width: float) -> Table:
    columns = max(len(row) for row in block.rows)
    pad = 2 * mm
    cell_width = width / columns
    data = [[_flowables(cell, cell_width - 2 * pad) for cell in row] + [[]] * (columns - len(row))
            for row in block.rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm)]
    if block.border:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    return Table(data, colWidths=[cell_width] * columns, style=TableStyle(commands), hAlign="LEFT")


def _page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(doc.leftMargin + doc.width / 2, 10 * mm, f"Страница {doc.page}")
    canvas.restoreState()
