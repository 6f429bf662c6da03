"""«Печать ценников» of the nomenclature (WH-5; manual «Печать ценников из справочника
номенклатуры»: "Клавишей “Пробел” отметьте несколько позиций. В контекстном меню выберите
пункт “Печать ценников”"): the marked items' tags in one PDF, read back."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDesktopServices

from crm_desktop.ui.sales.nomenclature_dialog import NomenclatureDialog
from tests.db.sales_setup import make_shop
from tests.ui.test_nomenclature_ui import shown


def _text(path: str) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_space_marks_items_and_the_menu_prints_their_price_tags(qtbot, db, users, session_of, boxes, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    shop = make_shop(db, session_of, users)
    dialog = NomenclatureDialog(session_of("manager"))      # printing needs no right to edit the nomenclature
    shown(qtbot, dialog)
    browser = dialog.browser
    table = browser.table
    table.setFocus()
    for key in ("paper", "stapler"):
        index = browser.model.index(browser.model.row_of(shop.items[key]), 0)
        table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert set(dialog.marked_ids()) == {shop.items["paper"], shop.items["stapler"]}
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == sorted(
        browser.model.row_of(shop.items[k]) for k in ("paper", "stapler"))        # marked rows highlighted
    assert dialog.ui.priceTagsButton.text() == "Печать ценников" and dialog.price_tags.isEnabled()
    qtbot.mouseClick(dialog.ui.priceTagsButton, Qt.MouseButton.LeftButton)
    assert opened and opened[-1] == str(dialog.printed)
    text = _text(opened[-1])
    assert "Снегурочка" in text and "Степлер №24" in text and "1 234,56" in text.replace("\xa0", " ")
    assert "Настройка CRM" not in text
    assert boxes.texts("warning") == []
