"""«Клиенты – Печать конвертов…» (GRP-4): the marked clients, or the filtered list when none is
marked, printed as the chosen envelope size; the ones left out are named."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import insert

from crm_desktop.data.company_admin import LegalEntity
from crm_desktop.data.schema import clients
from crm_desktop.services import company_admin
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.ops import runner

MM = 72 / 25.4


@pytest.fixture
def window(qtbot, db, users, session_of, boxes, monkeypatch):
    admin = session_of("admin")
    entity = company_admin.save_entity(admin, LegalEntity(None, {
        "short_name": "ООО «Мы»", "full_name": "ООО «Мы»", "inn": "", "kpp": "", "ogrn": "", "okpo": "",
        "legal_address": "630099, г. Новосибирск, ул. Советская, д. 5", "postal_address": "", "phone": "",
        "email": "", "director": "", "chief_accountant": ""}))
    company_admin.set_default_entity(admin, entity.id)
    with db.begin() as conn:
        for n, (name, postcode) in enumerate((("Альфа", "101000"), ("Бета", "420111"), ("Гамма", ""))):
            conn.execute(insert(clients).values(name=name, curator_id=users["manager"], postcode=postcode,
                                                address=f"ул. Мира, д. {n + 1}", city="г. Москва"))
        conn.execute(insert(clients).values(name="Чужой", curator_id=users["manager2"], is_private=1,
                                            postcode="190000", address="Невский пр., 1"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("C5 (229 × 162 мм)", True)))
    w = MainWindow(session_of("manager"))
    qtbot.addWidget(w)
    w.show()
    w.opened = opened
    yield w
    assert runner().stop()


def _text(path: str) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_marked_clients_only(window, boxes) -> None:
    names = {window.model.index(r, window.model.columns.index("name")).data(): r
             for r in range(window.model.rowCount())}
    window.model.toggle_marker(names["Бета"])
    window.envelopes_action.trigger()
    (pdf,) = window.opened
    pages = _text(pdf)
    assert len(pages) == 1 and "Бета" in pages[0] and "420111" in pages[0] and "ООО «Мы»" in pages[0]
    assert float(PdfReader(pdf).pages[0].mediabox.width) == pytest.approx(229 * MM, abs=0.5)
    assert list(boxes) == []


def test_no_marks_prints_the_list_and_names_the_skipped(window, boxes) -> None:
    window.print_envelopes()
    (pdf,) = window.opened
    pages = _text(pdf)
    assert len(pages) == 2 and "Альфа" in pages[0] + pages[1] and "Невский" not in " ".join(pages)
    ((kind, title, text),) = list(boxes)
    assert kind == "information" and "Напечатано конвертов: 2" in text and "Гамма — не заполнен почтовый индекс" in text


def test_chosen_ids_follow_the_marks_and_stop_past_the_limit(window) -> None:
    """Marked clients alone; none marked — the filtered list; «mark all» less the unmarked;
    never more than limit + 1 (the caller refuses «more than 500» from that)."""
    model = window.model
    by_name = {model.index(r, model.columns.index("name")).data(): r for r in range(model.rowCount())}
    ids = {name: model.row_at(row).id for name, row in by_name.items()}
    assert sorted(model.chosen_ids(500)) == sorted(ids.values())
    assert len(model.chosen_ids(1)) == 2
    model.toggle_marker(by_name["Гамма"])
    assert model.chosen_ids(500) == [ids["Гамма"]]
    model.set_all_marked(True)
    model.toggle_marker(by_name["Альфа"])
    assert sorted(model.chosen_ids(500)) == sorted(v for k, v in ids.items() if k != "Альфа")
