"""The nomenclature browser, the item chooser, the item card and the pricing set-up (SAL-1,
SAL-3), driven as a user drives them; what they save is read back through the services."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from crm_desktop.domain.pricing import DiscountTier, SpecialOffer
from crm_desktop.services import nomenclature
from crm_desktop.ui.sales.item_dialog import ItemDialog
from crm_desktop.ui.sales.item_picker import ItemPicker, NomenclatureBrowser
from crm_desktop.ui.sales.nomenclature_dialog import NomenclatureDialog
from crm_desktop.ui.sales.pricing_setup import DiscountTiersDialog, SpecialOffersDialog
from tests.db.sales_setup import make_shop

D = Decimal


def shown(qtbot, widget) -> None:
    """On screen and active, so that its window's keys (Ctrl+S, Ctrl+Enter) reach it."""
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def test_picker_finds_item_by_the_beginning_of_its_name_and_enter_chooses_it(qtbot, db, users, session_of):
    shop = make_shop(db, session_of, users)
    picker = ItemPicker(session_of("manager"))
    shown(qtbot, picker)
    picker.browser.search.setText("Степ")         # QTest types ASCII only
    qtbot.waitUntil(lambda: picker.browser.model.rowCount() == 1)
    qtbot.keyClick(picker.browser.search, Qt.Key.Key_Return)
    assert picker.chosen_id() == shop.items["stapler"]


def test_group_of_450_items_shows_200_first_and_fetches_more_on_scroll(qtbot, db, users, session_of):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    group = nomenclature.save_group(admin, nomenclature.Group(None, None, "Много", 3))
    for n in range(450):
        card = nomenclature.new_item(group)
        card.values.update(name=f"Позиция {n:03}", sale_price=D("10.00"))
        nomenclature.save_item(admin, card)
    browser = NomenclatureBrowser(session_of("manager"))
    shown(qtbot, browser)
    browser.reload_groups(select=group)
    model = browser.model
    assert browser.current_group().name == "Много"
    assert model.rowCount() == 200 and model.canFetchMore()
    browser.table.scrollToBottom()                      # the view asks the model for the next window
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    names = [model.item_at(i).values["name"] for i in range(450)]
    assert names == [f"Позиция {n:03}" for n in range(450)]
    assert shop.items["paper"] not in {model.item_at(i).id for i in range(450)}


def test_item_card_creates_an_item_and_recalculates_the_sale_price(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = ItemDialog(admin, nomenclature.new_item(shop.groups["Бумага"]))
    shown(qtbot, dialog)
    ui = dialog.ui
    ui.nameEdit.setText("Папка-регистратор")
    qtbot.keyClicks(ui.codeEdit, "F-75")
    for edit, text in ((ui.purchaseEdit, "100,50"), (ui.markupEdit, "20")):
        edit.selectAll()                        # as Tab into the field does
        qtbot.keyClicks(edit, text)
    assert ui.saleEdit.text() == "120,60"
    ui.vatCombo.setCurrentIndex(ui.vatCombo.findData("usn5"))
    ui.noDiscountCheck.setChecked(True)
    qtbot.keyClicks(ui.weightEdit, "0,35")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert boxes == [] and dialog.result() == dialog.DialogCode.Accepted
    found = nomenclature.items(admin, shop.groups["Бумага"], text="F-75")
    assert [i.values["name"] for i in found] == ["Папка-регистратор"]
    v = found[0].values
    assert (v["purchase_price"], v["markup"], v["sale_price"], v["vat_kind"], v["no_discount"], v["weight"]) == (
        D("100.50"), D("20"), D("120.60"), "usn5", 1, D("0.35"))


def test_item_card_keeps_the_input_and_marks_a_bad_price(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = ItemDialog(admin, nomenclature.item(admin, shop.items["stapler"]))
    shown(qtbot, dialog)
    dialog.ui.saleEdit.setText("дорого")
    dialog.accept()
    assert dialog.isVisible() and "Цена продажи" in boxes.warnings[0]
    assert dialog.ui.saleEdit.text() == "дорого"
    boxes.answer = boxes.answer.Discard
    dialog.reject()
    assert not dialog.isVisible() and "Сохранить" in boxes.texts("question")[0]
    assert nomenclature.item(admin, shop.items["stapler"]).values["sale_price"] == D("1234.56")


def test_item_card_keeps_the_certificate_on_the_additional_tab(qtbot, db, users, session_of, boxes):
    """«Дополнительно»: the certificate of conformity «Сведения о сертификатах» print — number,
    issuer, valid-to date (optional); an issuer or a date without a number is refused and the
    input stays."""
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = ItemDialog(admin, nomenclature.item(admin, shop.items["stapler"]))
    shown(qtbot, dialog)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.extraTab)
    ui.certificateIssuerEdit.setText("ОС «Тест-С.-Петербург»")
    qtbot.keyClicks(ui.certificateValidToEdit.line, "31.12.2027")
    qtbot.keyClick(ui.certificateIssuerEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "номер сертификата" in boxes.warnings[0]
    assert ui.certificateNoEdit.styleSheet() and ui.certificateIssuerEdit.text() == "ОС «Тест-С.-Петербург»"
    assert nomenclature.item(admin, shop.items["stapler"]).values["certificate_issuer"] is None
    qtbot.keyClicks(ui.certificateNoEdit, " ROSS RU.AYa46.N12345 ")
    qtbot.keyClick(ui.certificateNoEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes.warnings) == 1
    v = nomenclature.item(admin, shop.items["stapler"]).values
    assert (v["certificate_no"], v["certificate_issuer"], v["certificate_valid_to"]) == (
        "ROSS RU.AYa46.N12345", "ОС «Тест-С.-Петербург»", date(2027, 12, 31))
    assert not dialog.dirty()
    qtbot.keyClick(ui.certificateValidToEdit.line, Qt.Key.Key_Delete)         # the term is optional
    assert dialog.dirty()
    qtbot.keyClick(ui.certificateNoEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted and len(boxes.warnings) == 1
    again = ItemDialog(admin, nomenclature.item(admin, shop.items["stapler"]))
    assert again.ui.certificateNoEdit.text() == "ROSS RU.AYa46.N12345"
    assert again.ui.certificateValidToEdit.value() is None and again.ui.certificateValidToEdit.line.text() == ""
    again.deleteLater()

def test_manager_without_the_right_sees_edit_commands_disabled_and_why(qtbot, db, users, session_of):
    make_shop(db, session_of, users)
    dialog = NomenclatureDialog(session_of("manager"))
    shown(qtbot, dialog)
    for action in (dialog.new_group, dialog.new_subgroup, dialog.rename_group, dialog.delete_group,
                   dialog.move_up, dialog.move_down, dialog.new_item, dialog.delete_item):
        assert not action.isEnabled() and "Редактировать номенклатуру" in action.toolTip()
    assert dialog.open_item.isEnabled() and dialog.browser.model.rowCount() == 4
    assert dialog.ui.readOnlyLabel.isVisible()


def test_nomenclature_window_adds_a_group_and_refuses_to_delete_a_full_one(qtbot, db, users, session_of, boxes,
                                                                             monkeypatch):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = NomenclatureDialog(admin)
    shown(qtbot, dialog)
    monkeypatch.setattr("crm_desktop.ui.sales.nomenclature_dialog.ask_text", lambda *a, **k: "Канцтовары")
    dialog.new_group.trigger()
    assert "Канцтовары" in [g.name for g in nomenclature.child_groups(admin, None)]
    assert dialog.browser.current_group().name == "Канцтовары"
    dialog.browser.reload_groups(select=shop.groups["Бумага"])
    dialog.delete_group.trigger()
    assert "подгруппы или позиции" in boxes.warnings[-1]
    assert shop.groups["Бумага"] in [g.id for g in nomenclature.child_groups(admin, None)]


def test_discount_tiers_saved_through_the_dialog(qtbot, db, users, session_of, boxes):
    make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = DiscountTiersDialog(admin)
    shown(qtbot, dialog)
    for min_sum, discount in (("10 000", "3"), ("50000,00", "5,5")):
        dialog.add_row()
        row = dialog.ui.tiersTable.rowCount() - 1
        dialog.ui.tiersTable.item(row, 0).setText(min_sum)
        dialog.ui.tiersTable.item(row, 1).setText(discount)
    qtbot.keyClick(dialog.ui.tiersTable, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    assert nomenclature.discount_tiers(admin) == [DiscountTier(D("10000.00"), D("3")),
                                                  DiscountTier(D("50000.00"), D("5.5"))]


def test_special_offer_saved_through_the_dialog(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = SpecialOffersDialog(admin)
    shown(qtbot, dialog)
    dialog.ui.findEdit.setText("Аудит")
    qtbot.keyClick(dialog.ui.findEdit, Qt.Key.Key_Return)
    assert dialog.ui.foundList.count() == 1
    qtbot.keyClick(dialog.ui.foundList, Qt.Key.Key_Return)
    assert dialog.ui.clientsList.currentItem().text() == "ООО «Аудит»"
    table = dialog.ui.offerTable
    dialog.add_row()
    table.cellWidget(0, 0).setCurrentIndex(table.cellWidget(0, 0).findData(shop.groups["Офисная"]))
    table.item(0, 1).setText("10")
    dialog.add_row()
    table.cellWidget(1, 0).setCurrentIndex(table.cellWidget(1, 0).findData(None))
    table.item(1, 1).setText("2,5")
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    client = shop.clients["ООО «Аудит»"]
    assert nomenclature.special_offer(admin, client) == SpecialOffer({shop.groups["Офисная"]: D("10")}, D("2.5"))
    assert nomenclature.offer_clients(admin) == [(client, "ООО «Аудит»")]


def test_item_saved_meanwhile_elsewhere_is_reported_and_the_input_stays(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = ItemDialog(admin, nomenclature.item(admin, shop.items["stapler"]))
    shown(qtbot, dialog)
    other = nomenclature.item(admin, shop.items["stapler"])           # another workstation
    other.values["sale_price"] = D("1500.00")
    nomenclature.save_item(session_of("admin"), other)
    dialog.ui.nameEdit.setText("Степлер №24 (синий)")
    dialog.accept()
    assert dialog.isVisible() and "изменен" in boxes.warnings[0].lower()
    assert dialog.ui.nameEdit.text() == "Степлер №24 (синий)"
    assert nomenclature.item(admin, shop.items["stapler"]).values["name"] == "Степлер №24"


def test_del_deletes_the_item_after_confirmation(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = NomenclatureDialog(admin)
    shown(qtbot, dialog)
    browser = dialog.browser
    browser.select_row(browser.model.row_of(shop.items["stapler"]))
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_Delete)
    assert "Степлер №24" in boxes.texts("question")[0]
    assert nomenclature.item(admin, shop.items["stapler"]) is None
    assert browser.model.row_of(shop.items["stapler"]) is None and browser.model.rowCount() == 3


def test_del_in_a_tier_cell_editor_edits_the_text_and_on_the_table_deletes_the_row(qtbot, db, users, session_of,
                                                                                   boxes):
    make_shop(db, session_of, users)
    dialog = DiscountTiersDialog(session_of("admin"))
    shown(qtbot, dialog)
    table = dialog.ui.tiersTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert table.rowCount() == 1 and table.state() == table.State.EditingState
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, "100")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)       # the delegate commits queued
    assert table.rowCount() == 1 and table.item(0, 0).text() == "00"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 0



def test_sale_price_typed_by_hand_gives_the_markup_and_the_card_moves_the_item_to_another_group(
        qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = ItemDialog(admin, nomenclature.item(admin, shop.items["stapler"]))
    shown(qtbot, dialog)
    ui = dialog.ui
    assert ui.groupCombo.currentData() == shop.groups["Бумага"]
    for edit, text in ((ui.purchaseEdit, "1000"), (ui.saleEdit, "1 250,00")):
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    assert ui.markupEdit.text() == "25"
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findText("Бумага / Офисная"))
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == [] and dialog.isVisible() and not dialog.dirty()
    v = nomenclature.item(admin, shop.items["stapler"]).values
    assert (v["group_id"], v["purchase_price"], v["markup"], v["sale_price"]) == (
        shop.groups["Офисная"], D("1000.00"), D("25.00"), D("1250.00"))


def test_ctrl_arrows_move_a_group_in_the_price_list(qtbot, db, users, session_of, boxes):
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    dialog = NomenclatureDialog(admin)
    shown(qtbot, dialog)
    tree = dialog.browser.tree
    dialog.browser.reload_groups(select=shop.groups["Бумага"])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [g.name for g in nomenclature.child_groups(admin, None)] == ["Услуги", "Бумага"]
    assert dialog.browser.current_group().id == shop.groups["Бумага"]
    assert [tree.topLevelItem(0).child(i).text(0) for i in range(2)] == ["Услуги", "Бумага"]
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)      # already the last
    dialog.move_up.trigger()
    assert [g.name for g in nomenclature.child_groups(admin, None)] == ["Бумага", "Услуги"]
    assert boxes == []
