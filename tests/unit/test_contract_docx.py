"""Contract templates as DOCX: the shipped ones and documents built here, filled and read back."""
from __future__ import annotations

from io import BytesIO

import docx
import pytest
from docx.document import Document

from crm_desktop.domain.contract_vars import VARIABLES, UnknownVariables
from crm_desktop.reporting.contract_docx import docx_variables, fill_docx
from crm_desktop.reporting.contract_templates import DEFAULT_TEMPLATES, load_default

VALUES = {name: f"«{name.lower()} & <{i}>»" for i, name in enumerate(VARIABLES)}
VALUES["CustSignRekv"] = "ИНН 6661234567\nр/с 40702810116540001234"


def _open(data: bytes) -> Document:
    return docx.Document(BytesIO(data))


def _cell_texts(tables) -> list[str]:
    out = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                out.append(cell.text)
                out += _cell_texts(cell.tables)
    return out


def _all_text(document: Document) -> tuple[str, str, str]:
    section = document.sections[0]
    return ("\n".join(p.text for p in document.paragraphs), "\n".join(_cell_texts(document.tables)),
            "\n".join(p.text for part in (section.header, section.footer) for p in part.paragraphs))


@pytest.mark.parametrize(("name", "docx_file"), [(t[0], t[2]) for t in DEFAULT_TEMPLATES])
def test_shipped_template_filled_everywhere(name: str, docx_file: str) -> None:
    _, data = load_default(name)
    assert {"DogNo", "Summa", "SummaStr", "INN", "CustSignRekv", "Param1"} <= set(docx_variables(data))

    filled = _open(fill_docx(data, VALUES))

    body, tables, header_footer = _all_text(filled)
    everything = "\n".join((body, tables, header_footer))
    assert [n for n in VARIABLES if f"[{n}]" in everything] == []
    assert VALUES["Summa"] in body and VALUES["SummaStr"] in body
    assert VALUES["INN"] in tables and VALUES["KS"] in tables
    assert "ИНН 6661234567\nр/с 40702810116540001234" in tables          # line break kept as a Word break
    assert VALUES["ReceiverName"] in header_footer
    assert VALUES["DogNo"] in header_footer and VALUES["DateSign"] in header_footer


@pytest.mark.parametrize("name", [t[0] for t in DEFAULT_TEMPLATES])
def test_split_placeholder_takes_formatting_of_its_first_run(name: str) -> None:
    _, data = load_default(name)
    title = _open(data).paragraphs[0]
    assert [(r.text[-4:], r.bold) for r in title.runs] == [("[Dog", True), ("No]", False)]   # as shipped

    title = _open(fill_docx(data, VALUES)).paragraphs[0]

    assert title.runs[0].text.endswith("№ " + VALUES["DogNo"]) and title.runs[0].bold
    assert title.runs[1].text == ""
    footer = _open(fill_docx(data, VALUES)).sections[0].footer.paragraphs[0]
    assert footer.text.endswith(VALUES["DateSign"])
    assert next(r for r in footer.runs if VALUES["DateSign"] in r.text).italic is None


def _built(*texts: str, footer: str = "", split: tuple[str, str] = ("", "")) -> bytes:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    outer = document.add_table(rows=1, cols=2).rows[0].cells[1]
    inner = outer.add_table(rows=1, cols=1).rows[0].cells[0].paragraphs[0]
    inner.add_run(split[0]).bold = True
    inner.add_run(split[1]).italic = True
    document.sections[0].footer.paragraphs[0].text = footer
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_nested_table_split_run_and_keeps_other_brackets() -> None:
    data = _built("Счёт [1], [см. приложение], [Summa]", split=("Сумма: [Sum", "maStr] итого"))
    assert docx_variables(data) == ["Summa", "SummaStr"]

    filled = _open(fill_docx(data, {"Summa": "100,00", "SummaStr": "сто рублей"}))

    assert filled.paragraphs[0].text == "Счёт [1], [см. приложение], 100,00"
    inner = filled.tables[0].rows[0].cells[1].tables[0].rows[0].cells[0].paragraphs[0]
    assert [(r.text, r.bold, r.italic) for r in inner.runs] == [("Сумма: сто рублей", True, None),
                                                                (" итого", None, True)]


def test_unknown_variable_anywhere_refuses_before_filling() -> None:
    data = _built("Договор [DogNo]", footer="[DogNo] [Foo]", split=("[Param", "9]"))

    with pytest.raises(UnknownVariables) as err:
        fill_docx(data, {"DogNo": "7"})

    assert err.value.names == ["Foo", "Param9"]
    assert "[Foo]" in str(err.value)
    assert _open(data).paragraphs[0].text == "Договор [DogNo]"


def test_missing_value_prints_empty() -> None:
    filled = _open(fill_docx(_built("Факс: [Fax]."), {}))
    assert filled.paragraphs[0].text == "Факс: ."
