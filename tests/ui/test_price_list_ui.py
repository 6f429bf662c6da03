"""«Продажа – Прайс-лист» (ORD-2; manual «Формирование прайс-листа»): the options set with
clicks and keys — stock as +/++/+++, code instead of article, a group ticked in the tree, the
picker's columns — go into the PDF or XLSX saved where the user says, read back."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update

from crm_desktop.data.schema import nomenclature as items_table
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.sales.price_list_dialog import GroupIdRole, PriceListDialog
from tests.db.sales_setup import make_shop
from tests.ui.test_nomenclature_ui import shown


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """The file "the user" types into the save dialog, and the files the viewer opened."""
    state = {"name": str(tmp_path / "Прайс.pdf"), "opened": []}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state["name"], "")))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: state["opened"].append(url.toLocalFile()) or True))
    return state


def _stock(session, shop, qty: str) -> None:
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=datetime(2026, 3, 2, 10))
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(shop.items["paper"], "paper", "шт", Decimal(qty), Decimal("100"))]
    warehouse.post(session, warehouse.save(session, draft).id, now=datetime(2026, 3, 2, 10))


def _tick_group(dialog: PriceListDialog, name: str) -> None:
    tree = dialog.ui.groupsTree
    node = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == name)
    tree.setCurrentItem(node)
    tree.setFocus()
    from PySide6.QtTest import QTest
    QTest.keyClick(tree, Qt.Key.Key_Space)                   # Space ticks the current item's box
    assert node.checkState(0) == Qt.CheckState.Checked and node.data(0, GroupIdRole) is not None


def test_stock_price_list_to_pdf_with_signs_and_codes(db, users, session_of, boxes, saving, qtbot) -> None:
    shop = make_shop(db, session_of, users)
    manager = session_of("manager")
    _stock(manager, shop, "25")
    dialog = PriceListDialog(manager)
    shown(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.stockRadio, Qt.MouseButton.LeftButton)
    dialog.ui.stockCombo.setFocus()
    qtbot.keyClick(dialog.ui.stockCombo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.stockCombo, Qt.Key.Key_Down)     # «знаками +/++/+++»
    for box in (dialog.ui.codeCheck, dialog.ui.pickerCheck):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    assert saving["opened"] == [saving["name"]] and str(dialog.made) == saving["name"]
    text = "\n".join(p.extract_text() for p in PdfReader(saving["name"]).pages)
    assert "Снегурочка" in text and "P-001" in text and "SN-A4" not in text
    assert "++" in text and "\n25\n" not in text                # 25 in stock: «++»
    assert "Степлер" not in text                                # not in stock
    assert boxes.texts("warning") == []


def test_nomenclature_price_list_of_a_group_to_xlsx_without_excluded_items(db, users, session_of, boxes, saving,
                                                                         qtbot) -> None:
    shop = make_shop(db, session_of, users)
    with db.begin() as conn:
        conn.execute(update(items_table).where(items_table.c.id == shop.items["fixed"]).values(not_in_price=1))
    saving["name"] = saving["name"].replace(".pdf", ".xlsx")
    dialog = PriceListDialog(session_of("manager"))
    shown(qtbot, dialog)
    _tick_group(dialog, "Услуги")
    qtbot.mouseClick(dialog.ui.perPackageCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    sheet = load_workbook(saving["opened"][-1]).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any("Настройка CRM" in c for c in cells)
    assert not any("Лицензия CRM" in c for c in cells)          # «Не включать в прайс-лист»
    assert not any("Снегурочка" in c for c in cells)            # another group
    assert any("Кол-во в месте" in c or "Количество в месте" in c for c in cells)


def test_sales_menu_opens_the_price_list(db, users, session_of, boxes, monkeypatch, qtbot) -> None:
    opened: list[PriceListDialog] = []
    monkeypatch.setattr(PriceListDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(session_of("manager"))
    qtbot.addWidget(window)
    sales = next(a.menu() for a in window.menuBar().actions() if a.text() == "П&родажа")
    assert [a.text() for a in sales.actions()][0] == "Прайс-лист…"
    window.price_list_action.trigger()
    assert opened and opened[0].windowTitle() == "Прайс-лист"
