"""The document journals: the card's tabs, the «Журналы» menu windows (windows read on demand,
filters), opening and deleting from a journal, and «Контроль балансов» in the parameters."""
from __future__ import annotations

import sys
import types
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from crm_desktop.domain.documents import PaymentState
from crm_desktop.services import clients, documents, sales_demo
from crm_desktop.services.documents import JournalQuery
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.main.parameters_dialog import ParametersDialog
from crm_desktop.ui.sales import journal_model
from crm_desktop.ui.sales.journals import JournalWindow, open_journal
from tests.db.sales_setup import make_shop

D = Decimal
DAY = date(2026, 3, 10)
AUDIT, SIDOROV = "ООО «Аудит»", "ИП Сидоров"


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def _invoice(session, shop, client=AUDIT, day=DAY, qty="10"):
    draft = documents.new_draft(session, "invoice", shop.clients[client], today=day)
    draft.lines = [documents.line_from_item(session, shop.items["paper"], day, D(qty))]
    return documents.save(session, draft)


def _pay(session, invoice, amount):
    documents.save_payment(session, documents.Payment(None, invoice.client_id, invoice.legal_entity_id, DAY,
                                                      D(amount), invoice_id=invoice.id))


@pytest.fixture
def opened(monkeypatch):
    """Stands in for the document forms' entry points: records the calls, answers "saved"."""
    calls: list[tuple] = []

    def entry(name):
        def open_(parent, session, *args, **kwargs):
            calls.append((name, args, kwargs))
            return True
        return open_
    for module, names in (("document_dialog", ("open_document",)), ("payment_dialog", ("open_payment",)),
                          ("contract_dialog", ("open_contract",)), ("record_dialogs", ("open_sale", "open_work"))):
        full = f"crm_desktop.ui.sales.{module}"
        try:
            target = __import__(full, fromlist=["_"])
        except ImportError:
            target = types.ModuleType(full)
            monkeypatch.setitem(sys.modules, full, target)
        for name in names:
            monkeypatch.setattr(target, name, entry(name), raising=False)
    return calls


def _texts(model, column: str) -> list[str]:
    c = model.column_titles().index(column)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def _card(qtbot, session, client_id) -> ClientDialog:
    dialog = ClientDialog(session, clients.load_card(session, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_card_invoices_tab_lists_the_clients_invoices_with_their_state(qtbot, db, shop, session_of, boxes) -> None:
    manager = session_of("manager")
    paid, part, unpaid = (_invoice(manager, shop) for _ in range(3))
    _pay(manager, paid, paid.priced()[0].total)
    _pay(manager, part, "100.00")
    other = _invoice(session_of("admin"), shop, client=SIDOROV)
    dialog = _card(qtbot, manager, shop.clients[AUDIT])
    journal = dialog.documents["invoice"]
    assert journal.model.rowCount() == 0                     # read only when the tab is first shown
    dialog.ui.journals.setCurrentWidget(journal)
    model = journal.model
    assert "Клиент" not in model.column_titles()
    assert [model.row(r).id for r in range(model.rowCount())] == [unpaid.id, part.id, paid.id]
    assert _texts(model, "Состояние") == [s.value for s in (PaymentState.UNPAID, PaymentState.PARTLY,
                                                             PaymentState.PAID)]
    assert _texts(model, "Номер") == ["АМ-3", "АМ-2", "АМ-1"]
    assert other.id not in [model.row(r).id for r in range(model.rowCount())]
    money = model.column_titles().index("Сумма")
    assert model.index(0, money).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert journal.add_button.isEnabled()


def test_new_card_journals_ask_to_save_first(qtbot, db, shop, session_of, boxes) -> None:
    from crm_desktop.domain.client_fields import ClientKind
    session = session_of("manager")
    dialog = ClientDialog(session, clients.new_card(session, ClientKind.COMPANY))
    qtbot.addWidget(dialog)
    dialog.show()
    journal = dialog.documents["contract"]
    dialog.ui.journals.setCurrentWidget(journal)
    assert journal.note.isVisible() and "Сохраните карточку" in journal.note.text()
    assert "Клиент" not in journal.model.column_titles()
    assert not journal.add_button.isEnabled()
    assert [dialog.ui.journals.tabText(i) for i in range(dialog.ui.journals.count())][-8:] == [
        "Счета", "Акты", "Счета-фактуры", "Продажи", "Работы", "Договоры", "Заказы", "Файлы"]


def test_menu_journal_reads_windows_on_demand_and_filters(qtbot, db, shop, session_of, boxes) -> None:
    sales_demo.generate_invoices(db, 250, seed=3, today=date(2026, 6, 30))
    admin = session_of("admin")
    window = open_journal(None, admin, "invoice")
    qtbot.addWidget(window)
    window.ui.dateFromEdit.set_value(date(2000, 1, 1))
    window.ui.dateToEdit.set_value(date(2030, 12, 31))
    window.apply()
    model = window.journal.model
    assert model.rowCount() == journal_model.WINDOW
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    keys = [model.row(r).key for r in range(250)]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 250
    assert not window.journal.add_button.isEnabled()
    assert window.journal.add_button.toolTip() == "Новый документ вводится из карточки клиента"

    expected = documents.journal(admin, "invoice", JournalQuery(client_id=shop.clients[SIDOROV]), size=1000)
    window.ui.clientEdit.setText("Сидоров")
    window.apply()
    while model.canFetchMore():
        model.fetchMore()
    assert {model.row(r).id for r in range(model.rowCount())} == {r.id for r in expected}
    assert set(_texts(model, "Клиент")) == {SIDOROV}

    window.ui.clientEdit.clear()
    window.ui.dateFromEdit.set_value(date(2026, 1, 1))
    window.ui.dateToEdit.set_value(date(2026, 1, 31))
    window.apply()
    days = [model.row(r).doc_date for r in range(model.rowCount())]
    assert days and all(date(2026, 1, 1) <= d <= date(2026, 1, 31) for d in days)

    window.ui.clientEdit.setText("нет такого клиента")
    window.apply()
    assert "не найден" in boxes.warnings[-1]


def test_menu_journal_defaults_to_this_year_and_keeps_column_widths(qtbot, db, shop, session_of, boxes) -> None:
    manager = session_of("manager")
    window = JournalWindow(manager, "payment")
    qtbot.addWidget(window)
    window.show()
    assert window.ui.dateFromEdit.value() == date(date.today().year, 1, 1)
    window.journal.table.setColumnWidth(1, 333)
    window.close()
    assert session_of("manager").setting("journal.payment.columns")["Клиент"] == 333
    again = JournalWindow(session_of("manager"), "payment")
    qtbot.addWidget(again)
    assert again.journal.table.columnWidth(1) == 333


def test_manager_does_not_see_a_colleagues_invoice_of_a_client_he_cannot_open(qtbot, db, shop, session_of,
                                                                               boxes) -> None:
    mine = _invoice(session_of("manager"), shop)
    theirs = _invoice(session_of("manager2"), shop, client=SIDOROV)
    window = JournalWindow(session_of("manager"), "invoice")
    qtbot.addWidget(window)
    window.ui.dateFromEdit.set_value(date(2026, 1, 1))
    window.apply()
    ids = [window.journal.model.row(r).id for r in range(window.journal.model.rowCount())]
    assert ids == [mine.id] and theirs.id not in ids
    assert window.ui.entityCombo.count() == 2 and window.ui.entityCombo.isEnabled()     # «Все» + ours
    window.ui.entityCombo.setCurrentIndex(1)
    window.apply()
    assert window.journal.model.rowCount() == 1


def test_enter_opens_the_document_and_del_deletes_it(qtbot, db, shop, session_of, boxes, opened) -> None:
    manager = session_of("manager")
    first, second = _invoice(manager, shop), _invoice(manager, shop)
    dialog = _card(qtbot, manager, shop.clients[AUDIT])
    journal = dialog.documents["invoice"]
    dialog.ui.journals.setCurrentWidget(journal)
    dialog.activateWindow()
    journal.table.setFocus()
    qtbot.waitUntil(journal.table.hasFocus)
    journal.table.selectRow(1)
    qtbot.keyClick(journal.table, Qt.Key.Key_Return)
    assert opened[-1] == ("open_document", ("invoice",), {"doc_id": first.id})
    qtbot.keyClick(journal.table, Qt.Key.Key_Insert)
    assert opened[-1] == ("open_document", ("invoice",), {"client_id": shop.clients[AUDIT]})
    journal.table.selectRow(0)
    journal.enter_based_on("act")
    name, args, kwargs = opened[-1]
    assert args == ("act",) and kwargs["draft"].invoice_id == second.id
    journal.table.selectRow(0)
    qtbot.keyClick(journal.table, Qt.Key.Key_Delete)
    assert any("Удалить счёт № АМ-2" in t for t in boxes.texts("question"))
    assert [r.id for r in documents.journal(manager, "invoice", JournalQuery())] == [first.id]
    assert journal.model.rowCount() == 1

    _pay(manager, first, "10.00")                      # refused: the invoice has a payment
    journal.refresh()
    journal.table.selectRow(0)
    journal.delete_current()
    assert "Оплаты" in boxes.warnings[-1]
    assert journal.model.rowCount() == 1


def test_main_menu_has_the_journals(qtbot, db, users, session_of, boxes, monkeypatch) -> None:
    window = MainWindow(session_of("manager"))
    qtbot.addWidget(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Журналы") == titles.index("Планы и задачи") + 1
    entries = [a.text() for a in menus["Журналы"].actions()]
    assert entries == ["Журнал счетов", "Журнал актов", "Журнал счетов-фактур", "Журнал платежей", "Журнал продаж",
                       "Журнал работ", "Журнал договоров", "Журнал заказов"]
    assert {"Номенклатура", "Типы договоров", "Тарифы"} <= {a.text() for a in menus["Справочники"].actions()}
    menus["Журналы"].actions()[4].trigger()
    journal = window.findChild(JournalWindow, "journalWindow_sale")
    assert journal is not None and journal.windowTitle() == "Журнал продаж"
    menus["Журналы"].actions()[4].trigger()
    assert len(window.findChildren(JournalWindow)) == 1          # brought forward, not opened twice
    journal.close()

    admin_window = MainWindow(session_of("admin"))
    qtbot.addWidget(admin_window)
    admin_menu = next(a.menu() for a in admin_window.menuBar().actions() if "Администрирование" in a.text())
    pricing = {a.text(): a for a in admin_menu.actions() if a.text() in ("Система скидок", "Система спец. предложений")}
    assert set(pricing) == {"Система скидок", "Система спец. предложений"}         # «Система таргетинга» is issue 14's
    assert all(a.isEnabled() for a in pricing.values())


def test_balance_control_is_an_administrators_switch(qtbot, db, users, session_of, boxes) -> None:
    dialog = ParametersDialog(session_of("manager"))
    qtbot.addWidget(dialog)
    assert not dialog.ui.balanceControlCheck.isEnabled()

    admin = session_of("admin")
    dialog = ParametersDialog(admin)
    qtbot.addWidget(dialog)
    check = dialog.ui.balanceControlCheck
    assert check.isEnabled() and check.isChecked() == documents.balance_control(admin)
    check.setChecked(not check.isChecked())
    dialog.accept()
    assert documents.balance_control(admin) is check.isChecked()
    assert boxes == []


def test_payment_journal_opens_the_stored_payment(qtbot, db, shop, session_of, boxes, opened) -> None:
    manager = session_of("manager")
    invoice = _invoice(manager, shop)
    _pay(manager, invoice, "55.00")
    window = JournalWindow(manager, "payment")
    qtbot.addWidget(window)
    window.ui.dateFromEdit.set_value(date(2026, 1, 1))
    window.apply()
    journal = window.journal
    assert _texts(journal.model, "Сумма") == ["55,00"]
    journal.open_current()
    name, (payment,), _ = opened[-1]
    assert name == "open_payment" and payment.invoice_id == invoice.id and payment.amount == D("55.00")
    assert payment.id == journal.model.row(0).id
