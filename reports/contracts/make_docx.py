"""Build supply.docx and services.docx from the HTML templates next to this script.

The HTML templates are the source: the DOCX ones are made from the same text, so the two
never drift. Run after editing an HTML template and commit both:

    .venv/bin/python reports/contracts/make_docx.py

Word splits typed text into runs whenever formatting changes inside it; the title's [DogNo]
and the footer's [DateSign] are split the same way on purpose ("[Dog" bold + "No]" plain), so
the filler is exercised on real files.
"""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from crm_desktop.reporting.contract_templates import DEFAULT_TEMPLATES
from crm_desktop.reporting.rich_text import Block, TableBlock, parse_html

HERE = Path(__file__).resolve().parent
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_SIZES = {"h1": Pt(14), "h2": Pt(12), "h3": Pt(11)}


def build(html: str) -> Document:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(3)
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(25), Mm(15)
    section.top_margin = section.bottom_margin = Mm(20)
    _add_blocks(document, parse_html(html))

    title = next(p for p in document.paragraphs if "[DogNo]" in p.text)
    _split_run(title, "[DogNo]", "[Dog")
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("[ReceiverName]").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Договор № [DogNo] от [DateSign]").font.size = Pt(8)
    _split_run(footer, "[DateSign]", "[Date")
    return document


def _add_blocks(container: Document | _Cell, blocks: list[Block]) -> None:
    for block in blocks:
        if isinstance(block, TableBlock):
            _add_table(container, block)
            continue
        style = ("List Number" if block.bullet[:-1].isdigit() else "List Bullet") if block.bullet else None
        reuse = isinstance(container, _Cell) and len(container.paragraphs) == 1 and not container.paragraphs[0].text
        paragraph = container.paragraphs[0] if reuse else container.add_paragraph()
        if style:
            paragraph.style = container.part.document.styles[style]
        paragraph.alignment = _ALIGN[block.align]
        if block.kind != "p":
            paragraph.paragraph_format.space_before = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
        for run in block.runs:
            r = paragraph.add_run(run.text)
            r.bold = run.bold or None
            r.italic = run.italic or None
            r.underline = run.underline or None
            if block.kind in _SIZES:
                r.font.size = _SIZES[block.kind]


def _add_table(container: Document | _Cell, block: TableBlock) -> None:
    columns = max(len(row) for row in block.rows)
    table = container.add_table(rows=len(block.rows), cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if block.border:
        table.style = container.part.document.styles["Table Grid"]
    for row, cells in zip(table.rows, block.rows):
        for cell, content in zip(row.cells, cells):
            _add_blocks(cell, content)


def _split_run(paragraph: Paragraph, placeholder: str, head: str) -> None:
    """Cut the run holding placeholder after head; the tail run is plain, not bold."""
    run = next(r for r in paragraph.runs if placeholder in r.text)
    before, after = run.text.split(placeholder, 1)
    run._r.addnext(copy.deepcopy(run._r))
    run.text = before + head
    rest = Run(run._r.getnext(), paragraph)
    rest.text = placeholder[len(head):] + after
    rest.bold = False
    rest.italic = True


def main() -> None:
    for _name, html_file, docx_file in DEFAULT_TEMPLATES:
        build((HERE / html_file).read_text(encoding="utf-8")).save(HERE / docx_file)
        print(HERE / docx_file)


if __name__ == "__main__":
    main()
