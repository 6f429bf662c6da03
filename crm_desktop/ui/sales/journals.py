"""The document journals (manual: «Журнал “Счета”», "Продажи", "Работы", "Управление
договорами", "Центр приема заказов"; CLI-3, SAL-2, SAL-4 … SAL-8, ORD-1): the tabs at the bottom
of a client card and the windows of the «Журналы» menu. Ins enters a new document (in a card: a
document belongs to a client; the order journal enters one for the client of its «Клиент»
field, as the manual's "Журнал заказов. Введите новый заказ"), Enter opens, Del deletes after a
question, F5 reads again; the context menu holds the same and, for invoices and orders, «Ввести
на основании» (ui/sales/based_on.py). The order journal filters by status too. A journal reads
its first window only when it is first shown, so the card opens fast."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCompleter, QHBoxLayout, QLabel, QMenu,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from crm_desktop.domain.orders import OrderStatus
from crm_desktop.services import contracts, documents, sales_works
from crm_desktop.services.documents import JournalQuery
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import find_clients
from crm_desktop.ui.card.journal import confirm_delete
from crm_desktop.ui.changes import follow
from crm_desktop.ui.forms.sales.journal_window_ui import Ui_JournalWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.sales import based_on
from crm_desktop.ui.sales.journal_model import KINDS, JournalModel
from crm_desktop.ui.widgets.windows import apply_column_widths, bring_up, column_widths, journal_table, menu_at_row

TITLES = {"invoice": "Журнал счетов", "act": "Журнал актов", "vat-invoice": "Журнал счетов-фактур",
          "payment": "Журнал платежей", "sale": "Журнал продаж", "work": "Журнал работ",
          "contract": "Журнал договоров", "order": "Журнал заказов"}
WHAT = {"invoice": "счёт", "act": "акт", "vat-invoice": "счёт-фактуру", "payment": "платёж",
        "sale": "продажу", "work": "работу", "contract": "договор", "order": "заказ"}
NEW_IN_CARD = "Новый документ вводится из карточки клиента"
NEW_FOR_CLIENT = "Новый заказ клиента, указанного в поле «Клиент» (Ins)"
NAME_THE_CLIENT = "Новый заказ: укажите клиента в поле «Клиент» над журналом (код или часть названия)."
SAVE_CARD_FIRST = "Сохраните карточку, чтобы вводить документы"
IN_CARD_FORM = ("invoice", "act", "vat-invoice", "order")      # the kinds of ui/sales/document_dialog
# the change-bus kinds a journal follows: an invoice's paid sum moves with its payments
FOLLOWS = {kind: (kind, "payment") if kind == "invoice" else (kind,) for kind in KINDS}


# -- the entry points of the document forms (imported when used: written by other modules) ----
def _open_existing(parent: QWidget, session: Session, kind: str, row: documents.JournalRow) -> bool:
    if kind in IN_CARD_FORM:
        from crm_desktop.ui.sales.document_dialog import open_document
        return open_document(parent, session, kind, doc_id=row.id)
    if kind == "payment":
        return _open_payment(parent, session, row)
    if kind == "contract":
        from crm_desktop.ui.sales.contract_dialog import open_contract
        return open_contract(parent, session, contract_id=row.id)
    from crm_desktop.ui.sales import record_dialogs
    opener = record_dialogs.open_sale if kind == "sale" else record_dialogs.open_work
    return opener(parent, session, row.id)


def _open_payment(parent: QWidget, session: Session, row: documents.JournalRow) -> bool:
    from crm_desktop.ui.sales.payment_dialog import open_payment
    return open_payment(parent, session, documents.load_payment(session, row.id))


def _open_new(parent: QWidget, session: Session, kind: str, client_id: int) -> bool:
    if kind in IN_CARD_FORM:
        from crm_desktop.ui.sales.document_dialog import open_document
        return open_document(parent, session, kind, client_id=client_id)
    if kind == "payment":
        from crm_desktop.ui.sales.payment_dialog import open_payment
        return open_payment(parent, session, documents.Payment(
            None, client_id, documents.default_supplier_id(session), date.today(), Decimal("0.00")))
    if kind == "contract":
        from crm_desktop.ui.sales.contract_dialog import open_contract
        return open_contract(parent, session, client_id=client_id)
    from crm_desktop.ui.sales import record_dialogs
    opener = record_dialogs.open_sale if kind == "sale" else record_dialogs.open_work
    return opener(parent, session, client_id=client_id)


def _delete(session: Session, kind: str, doc_id: int) -> None:
    if kind == "payment":
        documents.delete_payment(session, doc_id)
    elif kind == "contract":
        contracts.delete(session, doc_id)
    elif kind in ("sale", "work"):
        sales_works.delete_record(session, kind, doc_id)
    else:
        documents.delete(session, kind, doc_id)


class DocumentJournal(QWidget):
    """One journal kind as a table with «Добавить / Открыть / Удалить»; with `client_id` the
    journal of that client's card, without it a menu journal whose filters the window sets.
    `client_for_new` (a menu journal that enters documents): the client of a new one, or None
    after telling the user why there is none."""

    def __init__(self, session: Session, kind: str, client_id: int | None = None,
                 parent: QWidget | None = None, in_card: bool | None = None,
                 client_for_new: Callable[[], int | None] | None = None) -> None:
        super().__init__(parent)
        self._session, self.kind = session, kind
        self.in_card = client_id is not None if in_card is None else in_card
        self.client_for_new = client_for_new
        self.model = JournalModel(session, kind, client_id, self, self.in_card)
        self.model.on_error = lambda exc: show_error(self, exc, self.tr(TITLES[kind]))
        self._loaded = False
        self.table = QTableView(self)
        self.table.setObjectName(f"journal_{kind}")
        journal_table(self.table, self.model, self.open_current, self.show_menu)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.add_button = QPushButton(self.tr("Добавить"), self)
        self.open_button = QPushButton(self.tr("Открыть"), self)
        self.delete_button = QPushButton(self.tr("Удалить"), self)
        buttons = QHBoxLayout()
        for button, slot in ((self.add_button, self.add), (self.open_button, self.open_current),
                             (self.delete_button, self.delete_current)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for keys, slot in (((QKeySequence(Qt.Key.Key_Insert),), self.add), (ENTER, self.open_current),
                           ((QKeySequence(Qt.Key.Key_Delete),), self.delete_current)):
            for key in keys:
                QShortcut(key, self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow(self, FOLLOWS[kind], lambda _kind, _ids: self._loaded and self.refresh())
        self.apply_widths({})
        self._update_add()

    # -- state --------------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self.model.client_id

    def set_client(self, client_id: int | None) -> None:
        """The card's client (None: a new card, not saved yet: nothing to show or enter)."""
        self.model.client_id = client_id
        self.model.query = JournalQuery(client_id=client_id)
        self._loaded = False
        self._update_add()
        if self.isVisible():
            self.refresh()

    def _update_add(self) -> None:
        waiting = self.in_card and self.client_id is None
        self.note.setText(self.tr(SAVE_CARD_FIRST) if waiting else "")
        self.note.setVisible(waiting)
        self.table.setEnabled(not waiting)
        self.add_button.setEnabled(self.client_id is not None or self.client_for_new is not None)
        self.add_button.setToolTip("" if self.in_card else
                                   self.tr(NEW_FOR_CLIENT if self.client_for_new else NEW_IN_CARD))
        self.open_button.setEnabled(not waiting)
        self.delete_button.setEnabled(not waiting)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The first window is read when the journal is first shown (a card's tab)."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def set_query(self, query: JournalQuery) -> None:
        self._loaded = True
        self.model.set_query(query)
        self._select_first()

    def refresh(self) -> None:
        """F5: the first window again, the same document current where it is still in it."""
        if self.in_card and self.client_id is None:
            return
        keep = self.current_id()
        self._loaded = True
        self.model.refresh()
        self._select_first(keep)

    def _select_first(self, keep: int | None = None) -> None:
        rows = [r for r in range(self.model.rowCount()) if self.model.row(r).id == keep]
        if self.model.rowCount():
            self.table.selectRow(rows[0] if rows else 0)

    def current_row(self) -> documents.JournalRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    # -- commands -----------------------------------------------------------------------------
    def _after(self, work: Callable[[], Any], always: bool = False) -> None:
        """Run a form or a service call; read the journal again when it changed something, or
        (`always`, a form) once it closes: a form saves payments and based-on documents of its
        own, which move this journal's rows even when the document itself was not saved."""
        result = call(self, work, self.tr(TITLES[self.kind]))
        if result or (always and result is not None):
            self.refresh()

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        client_id = self.client_id
        if client_id is None and self.client_for_new is not None:
            client_id = self.client_for_new()
        if client_id is not None:
            self._after(lambda: _open_new(self, self._session, self.kind, client_id), always=True)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._after(lambda: _open_existing(self, self._session, self.kind, row), always=True)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or not self.delete_button.isEnabled():
            return
        number = row.fields.get("doc_no")
        what = self.tr(WHAT[self.kind]) + (f" № {number}" if number else "")
        question = self.tr("Удалить %1 от %2?").replace("%1", what).replace("%2", f"{row.doc_date:%d.%m.%Y}")
        if confirm_delete(self, question):
            self._after(lambda: _delete(self._session, self.kind, row.id) or True)

    def enter_based_on(self, kind: str) -> None:
        """«Ввести на основании»: an act or VAT invoice filled from the current invoice, an
        invoice, expense or ПКО from the current order."""
        row = self.current_row()
        if row is None or kind not in dict(based_on.BASED_ON.get(self.kind, ())):
            return

        def enter() -> bool:
            draft = based_on.make_draft(self._session, self.kind, row.id, kind)
            return based_on.open_card(self, self._session, kind, draft)
        self._after(enter, always=True)

    def menu(self) -> QMenu:
        """The commands of the buttons with their keys, unavailable ones greyed."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        has_row = self.current_row() is not None
        add = menu.addAction(self.tr("Добавить\tIns"), self.add)
        add.setEnabled(self.add_button.isEnabled())
        add.setToolTip(self.add_button.toolTip())
        menu.addAction(self.tr("Открыть\tEnter"), self.open_current).setEnabled(has_row)
        menu.addAction(self.tr("Удалить\tDel"), self.delete_current).setEnabled(
            has_row and self.delete_button.isEnabled())
        if self.kind in based_on.BASED_ON:
            based = menu.addMenu(self.tr("Ввести на основании"))
            based.setEnabled(has_row)
            based.setToolTipsVisible(True)
            for kind, title in based_on.BASED_ON[self.kind]:
                action = based.addAction(self.tr(title), lambda k=kind: self.enter_based_on(k))
                reason = based_on.refusal(self._session, kind)
                action.setEnabled(not reason)
                action.setToolTip(reason)
        menu.addSeparator()
        menu.addAction(self.tr("Обновить\tF5"), self.refresh)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        menu_at_row(self.table, self.menu(), pos)

    # -- column widths ------------------------------------------------------------------------
    def widths(self) -> dict[str, int]:
        return column_widths(self.table, self.model.column_titles())

    def apply_widths(self, widths: dict[str, int]) -> None:
        """Saved widths where there are any, else wide enough for the title and a typical value."""
        metrics = self.table.fontMetrics()
        defaults = [max(metrics.horizontalAdvance(self.tr(title)) + 24, metrics.averageCharWidth() * chars + 16)
                    for title, chars in zip(self.model.column_titles(), self.model.column_chars())]
        apply_column_widths(self.table, self.model.column_titles(), widths, defaults)


class JournalWindow(QWidget):
    """A journal of the «Журналы» menu: the period (this year at first), a client, a legal
    entity (and an order's status) and «Применить» above the table; column widths are kept
    per user."""

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session, self.kind = session, kind
        self.setObjectName(f"journalWindow_{kind}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_JournalWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLES[kind]))
        year = date.today().year
        self.ui.dateFromEdit.set_value(date(year, 1, 1))
        self.ui.dateToEdit.set_value(date(year, 12, 31))
        self._picked: tuple[str, int] | None = None        # (text shown, client id) chosen
        self._choices: dict[str, int] = {}
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._client_picked)
        self.ui.clientEdit.setCompleter(self._completer)
        self.ui.clientEdit.textEdited.connect(self._client_typed)
        self.ui.clientEdit.returnPressed.connect(self.apply)
        combo = self.ui.entityCombo
        combo.addItem(self.tr("Все"), None)
        for entity_id, name in call(self, lambda: documents.supplier_choices(session), self.tr(TITLES[kind])) or []:
            combo.addItem(name, entity_id)
        combo.setEnabled(combo.count() > 1)
        orders = kind == "order"
        self.ui.statusLabel.setVisible(orders)
        self.ui.statusCombo.setVisible(orders)
        self.ui.statusCombo.addItem(self.tr("Все"), None)
        for status in OrderStatus:
            self.ui.statusCombo.addItem(self.tr(status.label), int(status))
        self.ui.applyButton.clicked.connect(self.apply)
        self.journal = DocumentJournal(session, kind, None, self, in_card=False,
                                       client_for_new=self._client_for_new if orders else None)
        self.ui.journalLayout.addWidget(self.journal)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.journal.apply_widths(session.setting(self._widths_key, {}) or {})
        self.journal.model.query = self.query()

    @property
    def _widths_key(self) -> str:
        return f"journal.{self.kind}.columns"

    def _client_typed(self, text: str) -> None:
        """Typing offers the visible clients matching the text."""
        if len(text.strip()) < 2:
            return
        found = call(self, lambda: find_clients(self._session, text)) or []
        self._choices = {f"{c.name} ({c.code})": c.id for c in found}
        self._completer.model().setStringList(list(self._choices))  # type: ignore[attr-defined]

    def _client_picked(self, text: str) -> None:
        if text in self._choices:
            self._picked = text, self._choices[text]

    def _resolve_client(self) -> tuple[bool, int | None]:
        """(ok, client id) for the text in the client field: empty = all clients; a text that
        names no visible client, or several, is refused with the reason."""
        text = self.ui.clientEdit.text().strip()
        if not text:
            return True, None
        if self._picked is not None and self._picked[0] == text:
            return True, self._picked[1]
        found = call(self, lambda: find_clients(self._session, text)) or []
        exact = [c for c in found if f"{c.name} ({c.code})" == text or c.name == text]
        if len(found) == 1 or len(exact) == 1:
            self._picked = text, (exact or found)[0].id
            return True, self._picked[1]
        reason = self.tr("Клиент «%1» не найден среди доступных вам.") if not found else \
            self.tr("Под «%1» подходят несколько клиентов: выберите одного из списка.")
        QMessageBox.warning(self, self.tr(TITLES[self.kind]), reason.replace("%1", text))
        self.ui.clientEdit.setFocus()
        return False, None

    def _client_for_new(self) -> int | None:
        """The client of the «Клиент» field for a new order; none named: the user is told."""
        ok, client_id = self._resolve_client()
        if ok and client_id is None:
            QMessageBox.information(self, self.tr(TITLES[self.kind]), self.tr(NAME_THE_CLIENT))
            self.ui.clientEdit.setFocus()
        return client_id if ok else None

    def query(self, client_id: int | None = None) -> JournalQuery:
        return JournalQuery(self.ui.dateFromEdit.value(), self.ui.dateToEdit.value(), client_id,
                            self.ui.entityCombo.currentData(), status=self.ui.statusCombo.currentData())

    def apply(self) -> None:
        ok, client_id = self._resolve_client()
        if ok:
            self.journal.set_query(self.query(client_id))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        call(self, lambda: self._session.set_setting(self._widths_key, self.journal.widths()))
        super().closeEvent(event)


def open_journal(parent: QWidget | None, session: Session, kind: str) -> JournalWindow:
    """Show the menu journal of `kind` (non-modal; brought forward when it is open already)."""
    return bring_up(parent, JournalWindow, f"journalWindow_{kind}", lambda: JournalWindow(session, kind, parent))
