"""Contract text as rich text (the HTML of QTextEdit): filled, printed to PDF, read back."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.domain.contract_vars import VARIABLES, UnknownVariables, variables_in
from crm_desktop.reporting import rich_text
from crm_desktop.reporting.contract_templates import DEFAULT_TEMPLATES, load_default
from crm_desktop.reporting.rich_text import TableBlock, TextBlock, fill_html, html_to_pdf, html_to_text, parse_html

# What QTextEdit.toHtml() gives for a short contract (PySide6 6.11): styles in <p> and <span>.
QT_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">
<html><head><meta name="qrichtext" content="1" /><meta charset="utf-8" /><style type="text/css">
p, li { white-space: pre-wrap; }
li.unchecked::marker { content: "\\2610"; }
</style></head><body style=" font-family:'Sans Serif'; font-size:9pt; font-weight:400; font-style:normal;">
<h1 style=" margin-top:18px; margin-bottom:12px;"><span style=" font-size:xx-large; font-weight:700;">Договор № [DogNo]</span></h1>
<p align="right" style=" margin-top:0px; margin-bottom:0px;">[DateSign]</p>
<p align="justify" style=" margin-top:12px;"><span style=" font-weight:600;">[ReceiverName]</span> в лице <span style=" font-style:italic;">[SignPerson]</span>, <span style=" text-decoration: underline;">сумма</span> [Summa] <span style=" font-weight:700;">[Sum</span>maStr]</p>
<p style="-qt-paragraph-type:empty; margin-top:0px;"><br /></p>
<ul style="margin-top: 0px; -qt-list-indent: 1;"><li style=" margin-top:12px;">первый</li>
<li style=" margin-top:0px;">второй</li></ul>
<ol style="-qt-list-indent: 1;"><li>один</li><li>два</li></ol>
<table border="1" style=" margin-top:0px;" cellspacing="2" cellpadding="0">
<tr><td><p align="center"><span style=" font-weight:700;">ИНН</span></p></td>
<td><p>[INN]<br />КПП [KPP]</p></td></tr></table></body></html>"""


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_qt_html_read_with_formatting_alignment_lists_and_tables() -> None:
    blocks = parse_html(QT_HTML)

    title, date, body, empty, *rest = blocks
    assert (title.kind, title.text, title.runs[0].bold) == ("h1", "Договор № [DogNo]", True)
    assert (date.align, date.text) == ("right", "[DateSign]")
    assert body.align == "justify"
    assert [(r.text, r.bold, r.italic, r.underline) for r in body.runs[:4]] == [
        ("[ReceiverName]", True, False, False), (" в лице ", False, False, False),
        ("[SignPerson]", False, True, False), (", ", False, False, False)]
    assert isinstance(empty, TextBlock) and empty.runs == []
    assert [(b.bullet, b.text) for b in rest[:4]] == [("•", "первый"), ("•", "второй"), ("1.", "один"), ("2.", "два")]
    table = rest[4]
    assert isinstance(table, TableBlock) and table.border
    assert [[c[0].text for c in row] for row in table.rows] == [["ИНН", "[INN]\nКПП [KPP]"]]
    assert "white-space" not in html_to_text(QT_HTML)


def test_qt_html_filled_to_pdf(tmp_path: Path) -> None:
    values = {"DogNo": "П-7", "DateSign": "1 марта 2024 г.", "ReceiverName": "ООО «Рога & Копыта»",
              "SignPerson": "директора Иванова И. И.", "Summa": "1 200,00 руб.", "SummaStr": "одна тысяча двести рублей",
              "INN": "7701234567", "KPP": "770101001"}
    html = fill_html(QT_HTML, values)
    assert "ООО «Рога &amp; Копыта»" in html and "<span style=\" font-weight:700;\">одна тысяча двести рублей</span>" in html

    html_to_pdf(html, tmp_path / "c.pdf", title="Договор")

    text = _pdf_text(tmp_path / "c.pdf")
    for value in values.values():
        assert value in text
    assert "[" not in text
    assert PdfReader(tmp_path / "c.pdf").metadata.title == "Договор"


def test_markup_characters_and_odd_html_do_not_break_the_pdf(tmp_path: Path) -> None:
    html = ("<p>a &amp; b &lt;c&gt; <b>bold <i>both</b> italic?</i> <font color=red>red</font> <x-tag>x</x-tag>"
            "<sup>2</sup> &nbsp;</p><p>unclosed <u>under<p>next<li>stray item<table><tr><td>cell<td><table><tr>"
            "<td>nested</table></table><script>alert(1)</script><h2>Раздел</h2><h5>мелкий</h5>")
    html_to_pdf(html, tmp_path / "odd.pdf")

    text = _pdf_text(tmp_path / "odd.pdf")
    for piece in ("a & b <c>", "bold both italic?", "red", "x", "unclosed under", "next", "stray item", "cell",
                  "nested", "Раздел", "мелкий"):
        assert piece in text
    assert "alert" not in text


def test_values_are_escaped_and_line_breaks_kept() -> None:
    html = fill_html("<p>[CustomerName]</p><p>[CustSignRekv]</p>",
                     {"CustomerName": "<b>АО</b> & Co", "CustSignRekv": "ИНН 1\nКПП 2"})
    assert html == "<p>&lt;b&gt;АО&lt;/b&gt; &amp; Co</p><p>ИНН 1<br />КПП 2</p>"
    assert html_to_text(html) == "<b>АО</b> & Co\nИНН 1\nКПП 2"


def test_placeholder_never_joins_two_paragraphs_and_style_is_left_alone() -> None:
    html = "<style>a[Href] { }</style><p>[Dog</p><p>No] [1]</p>"
    assert fill_html(html, {"DogNo": "7"}) == html


def test_unknown_variable_refused_before_filling() -> None:
    with pytest.raises(UnknownVariables) as err:
        fill_html("<p>[DogNo] <b>[Fo</b>o]</p>", {"DogNo": "7"})
    assert err.value.names == ["Foo"]


@pytest.mark.parametrize("name", [t[0] for t in DEFAULT_TEMPLATES])
def test_shipped_template_filled_to_pdf(name: str, tmp_path: Path) -> None:
    html, _ = load_default(name)
    used = variables_in(html)
    assert {"DogNo", "DateSign", "SummaNDSStr", "Tarif", "DateExp", "Bik", "CustSignRekv", "Param1"} <= set(used)
    values = {n: f"Z{i:02d}q" for i, n in enumerate(VARIABLES)}

    html_to_pdf(fill_html(html, values), tmp_path / "contract.pdf", title=name)

    text = _pdf_text(tmp_path / "contract.pdf")
    assert [n for n in used if values[n] not in text] == []
    assert [n for n in VARIABLES if f"[{n}]" in text] == []
    assert len(PdfReader(tmp_path / "contract.pdf").pages) <= 3


@pytest.mark.parametrize("name", [t[0] for t in DEFAULT_TEMPLATES])
def test_shipped_template_survives_the_editor(name: str, qapp) -> None:
    """The built-in editor reads and writes the shipped HTML without losing a placeholder."""
    from PySide6.QtGui import QTextDocument

    html, _ = load_default(name)
    document = QTextDocument()
    document.setHtml(html)
    edited = document.toHtml()

    assert variables_in(html_to_text(edited)) == variables_in(html_to_text(html))
    assert html_to_text(fill_html(edited, {"DogNo": "П-7"})).splitlines()[0] == html_to_text(
        fill_html(html, {"DogNo": "П-7"})).splitlines()[0]


def test_bold_and_italic_use_their_own_faces(tmp_path: Path) -> None:
    html_to_pdf("<p>plain <b>bold</b> <i>italic</i> <b><i>both</i></b></p>", tmp_path / "faces.pdf")

    resources = PdfReader(tmp_path / "faces.pdf").pages[0]["/Resources"]["/Font"]
    fonts = {str(font["/BaseFont"]).split("+")[-1] for font in resources.values()}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"} <= fonts


def test_missing_fonts_name_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rich_text, "FONT_DIR", tmp_path)
    rich_text._register_fonts.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="fonts-dejavu-core"):
            html_to_pdf("<p>x</p>", tmp_path / "x.pdf")
    finally:
        rich_text._register_fonts.cache_clear()
