"""The report pipeline without a database: templates, parameters, the spooled model with its
groups and totals, saving and reopening, pagination (streaming too) and the PDF it draws."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from crm_desktop.domain.report_params import ParamError, check_period, date_word, parse_bool, parse_date
from crm_desktop.reporting.report_model import (GROUP, ROW, SUBTOTAL, TOTAL, Chart, Header, Kind, Report,
                                                TableWriter, Text)
from crm_desktop.reporting.report_pages import Layout, PageSetup, chart_png, page_image, write_pdf
from crm_desktop.reporting.report_specs import SpecError, load_spec, parse_spec

SPEC = parse_spec("demo", '''
title = "Продажи по менеджерам"
menu = "Продажи"
orientation = "portrait"
[[params]]
name = "date_from"
label = "Период с"
kind = "date"
default = "month_start"
[[tables]]
id = "main"
title = "Строки"
group_by = "who"
[[tables.columns]]
key = "who"
title = "Менеджер"
width = 2
[[tables.columns]]
key = "text"
title = "Комментарий"
width = 4
[[tables.columns]]
key = "qty"
title = "Кол-во"
kind = "qty"
total = true
[[tables.columns]]
key = "sum"
title = "Сумма"
kind = "money"
total = true
[[charts]]
id = "pie"
kind = "pie"
title = "Доли менеджеров"
''')
NOW = datetime(2026, 12, 1, 9, 30)


def _report(rows: int, complete: bool = True, text: str = "строка") -> Report:
    report = Report(Header("demo", SPEC.title, ["Период с: 01.11.2026"], "Иванов Иван", NOW))
    report.add(Text(["Вступление отчёта"]))
    writer = TableWriter(report, SPEC.tables[0])
    for i in range(rows):
        writer.add({"who": f"М{i // 100}", "text": f"{text} {i}", "qty": Decimal("1.5"), "sum": Decimal("10.10")})
    if complete:
        writer.close()
        report.add(Chart(SPEC.charts[0], ["А", "Б"], [[3, 1]]))
        report.finish()
    else:
        report.flush()
    return report


def test_template_is_read_and_faults_are_named() -> None:
    assert [c.key for c in SPEC.tables[0].columns] == ["who", "text", "qty", "sum"]
    assert SPEC.tables[0].columns[3].kind is Kind.MONEY and SPEC.tables[0].columns[3].total
    with pytest.raises(SpecError, match="bad.toml.*неизвестной колонке"):
        parse_spec("bad", 'title = "x"\n[[tables]]\nid = "t"\ngroup_by = "nope"\n'
                          '[[tables.columns]]\nkey = "a"\ntitle = "A"\n')
    with pytest.raises(SpecError, match="неизвестный вид"):
        parse_spec("bad", 'title = "x"\n[[params]]\nname = "a"\nlabel = "A"\nkind = "colour"\n')
    with pytest.raises(SpecError, match="Нет шаблона"):
        load_spec("no-such-report")


def test_groups_subtotals_and_total_are_spooled_in_order() -> None:
    report = _report(250)
    table = report.tables()[0]
    items = list(report.table_items(table))
    assert [i.type for i in items[:2]] == [GROUP, ROW]
    assert items[0].values == ("М0",)
    subtotals = [i for i in items if i.type == SUBTOTAL]
    assert [s.values[3] for s in subtotals] == [Decimal("1010.00"), Decimal("1010.00"), Decimal("505.00")]
    assert items[-1].type == TOTAL and items[-1].values[2:] == (Decimal("375.0"), Decimal("2525.00"))
    assert sum(1 for i in items if i.type == ROW) == 250
    report.close()


def test_saved_report_reopens_identically_with_its_page_edits(tmp_path: Path) -> None:
    report = _report(3000)
    report.edits[5] = {1: "исправлено вручную"}
    saved = report.save(tmp_path / "отчёт.crmrep")
    again = Report.open(saved)
    assert again.header == report.header
    assert again.item_count == report.item_count
    assert list(again.items(0, again.item_count)) == list(report.items(0, report.item_count))
    assert list(again.items(5, 1))[0].values[1] == "исправлено вручную"
    assert Layout(again).page_pdf(0) and page_image(Layout(again), 0, 40).tobytes() == \
        page_image(Layout(report), 0, 40).tobytes()
    bad = tmp_path / "не отчёт.crmrep"
    bad.write_text("мусор")
    with pytest.raises(ValueError, match="не является сохранённым отчётом"):
        Report.open(bad)


def _pdf_text(pdf: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "\n".join(p.extract_text() for p in reader.pages)


def test_every_row_is_on_exactly_one_page_and_titles_repeat(tmp_path: Path) -> None:
    report = _report(400)
    layout = Layout(report, PageSetup(orientation="landscape"))
    layout.extend(None)
    assert layout.final and len(layout) > 3
    placed = [n for page in layout.pages for seg in page if seg.kind == "table" for n in range(seg.start, seg.end)]
    assert placed == list(range(report.tables()[0].count))
    out = write_pdf(report, tmp_path / "r.pdf")
    text = _pdf_text(out)
    pages = PdfReader(out).pages
    assert all("Комментарий" in p.extract_text() for p in pages[:-1])         # column titles on each page
    assert "строка 399" in text and "4 040,00" in text.replace("\u00a0", " ")
    assert f"Стр. 1 из {len(pages)}" in pages[0].extract_text()
    assert "Сформировал: Иванов Иван, 01.12.2026 09:30" in pages[-1].extract_text()


def test_long_cells_wrap_instead_of_being_lost() -> None:
    report = _report(5, text="очень длинный комментарий " * 6)
    text = _pdf_text(Layout(report).page_pdf(0))
    assert "комментарий 4" in text.replace("\n", " ")


def test_page_one_is_drawn_while_the_report_still_streams() -> None:
    report = _report(120, complete=False)
    layout = Layout(report)
    layout.extend(0)
    assert len(layout) == 1 and not layout.final
    first = layout.pages[0][-1].end
    writer_rows = report.tables()[0]
    assert first < writer_rows.count               # the rest waits for the next page
    assert "строка 0" in _pdf_text(layout.page_pdf(0))


def test_chart_renders_to_png_and_on_the_page() -> None:
    report = _report(3)
    png = chart_png(report.blocks[-1], width_mm=100, dpi=72)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Доли менеджеров" in _pdf_text(Layout(report).page_pdf(0))


def test_parameter_words_and_errors() -> None:
    today = date(2026, 12, 15)
    assert date_word("month_start", today) == date(2026, 12, 1)
    assert date_word("month_end", today) == date(2026, 12, 31)
    assert date_word("prev_month_start", today) == date(2026, 11, 1)
    assert parse_date("01.11.2026", today, "С") == date(2026, 11, 1)
    assert parse_bool("да", "x") and not parse_bool("нет", "x")
    with pytest.raises(ParamError, match="«Период с»: «32.13.2026» не дата"):
        parse_date("32.13.2026", today, "Период с")
    with pytest.raises(ParamError, match="Конец периода раньше"):
        check_period(date(2026, 12, 2), date(2026, 12, 1))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="абв где ёжз\n", max_size=120), min_size=1, max_size=30),
       st.sampled_from(["portrait", "landscape"]))
def test_any_texts_paginate_without_loss(texts: list[str], orientation: str) -> None:
    report = Report(Header("demo", "Т", [], "И", NOW))
    writer = TableWriter(report, SPEC.tables[0])
    for i, t in enumerate(texts):
        writer.add({"who": "М", "text": t, "qty": Decimal(i), "sum": Decimal(i)})
    writer.close()
    report.finish()
    layout = Layout(report, PageSetup(orientation=orientation))
    layout.extend(None)
    placed = [n for page in layout.pages for seg in page if seg.kind == "table" for n in range(seg.start, seg.end)]
    assert placed == list(range(report.tables()[0].count))
    report.close()
