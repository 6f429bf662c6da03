"""The nomenclature browser, the item chooser, the item card and the pricing set-up (SAL-1,
SAL-3), driven as a user drives them; what they save is read back through the services."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from crm_desktop.services import nomenclature
from crm_desktop.ui.sales.item_picker import ItemPicker, NomenclatureBrowser
from tests.db.sales_setup import make_shop

D = Decimal


def test_picker_finds_item_by_the_beginning_of_its_name_and_enter_chooses_it(qtbot, db, users, session_of):
    shop = make_shop(db, session_of, users)
    picker = ItemPicker(session_of("manager"))
    qtbot.addWidget(picker)
    picker.show()
    picker.browser.search.setText("Степ")         # QTest types ASCII only
    qtbot.waitUntil(lambda: picker.browser.model.rowCount() == 1)
    qtbot.keyClick(picker.browser.search, Qt.Key.Key_Return)
    assert picker.chosen_id() == shop.items["stapler"]


def test_group_of_450_items_shows_a_window_first_and_fetches_more_on_scroll(qtbot, db, users, session_of):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    group = nomenclature.save_group(admin, nomenclature.Group(None, None, "Много", 3))
    for n in range(45):
        card = nomenclature.new_item(group)
        card.values.update(name=f"Позиция {n:03}", sale_price=D("10.00"))
        nomenclature.save_item(admin, card)
    browser = NomenclatureBrowser(session_of("manager"), window=20)
    qtbot.addWidget(browser)
    browser.resize(1000, 700)
    browser.show()
    browser.reload_groups(select=group)
    model = browser.model
    assert model.rowCount() == 20 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 45 and not model.canFetchMore()
    names = [model.item_at(i).values["name"] for i in range(45)]
    assert names == sorted(names) and len(set(names)) == 45
    assert shop.items["paper"] not in {model.item_at(i).id for i in range(45)}
