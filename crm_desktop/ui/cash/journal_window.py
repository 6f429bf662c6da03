"""«Журнал движения денежных средств» (manual: "Ввод документов осуществляется из журнала
движения денежных средств (пункта “Касса” -> “Журнал движения денежных средств” главного
меню)"): every ПКО and РКО the user may see, newest first, filtered by period, cash desk and
kind. The context menu holds what the manual names — «Ввести приходный кассовый ордер», «Ввести
расходный кассовый ордер» — and open (Enter), post, unpost, delete (Del), refresh (F5); Ins
enters a ПКО. Column widths are kept per user."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.domain.cash import LABELS, CashKind
from crm_desktop.services import cash
from crm_desktop.services.cash import JournalQuery, JournalRow
from crm_desktop.services.session import Session
from crm_desktop.ui.cash import commands
from crm_desktop.ui.cash.journal_model import COLUMNS, CashJournalModel
from crm_desktop.ui.cash.order_dialog import open_existing, open_new
from crm_desktop.ui.changes import follow
from crm_desktop.ui.forms.cash.journal_window_ui import Ui_CashJournalWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.widgets.windows import apply_column_widths, bring_up, column_widths, journal_table, menu_at_row

TITLE = "Журнал движения денежных средств"
WIDTHS_KEY = "journal.cash.columns"
ENTITY_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == LABELS["legal_entity_id"])
LEGEND = "Серым — непроведённые ордера: остаток кассы они не меняют."


class CashJournalWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.setObjectName("cashJournalWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_CashJournalWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.model = CashJournalModel(session, self)
        self.model.on_error = lambda exc: show_error(self, exc, self.tr(TITLE))
        journal_table(self.ui.table, self.model, self.open_current, self.show_menu)
        self.ui.totalsLabel.setText(self.tr(LEGEND))
        self._fill_filters()
        self._setup_commands()
        follow(self, (commands.CASH,), lambda _kind, _ids: self.refresh())
        self.apply_widths(call(self, lambda: session.setting(WIDTHS_KEY, {})) or {})
        entities = call(self, lambda: cash.legal_entities(session), self.tr(TITLE)) or []
        self.ui.table.setColumnHidden(ENTITY_COLUMN, len(entities) < 2)     # one company: no column for it
        self.apply()

    # -- setup --------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        ui = self.ui
        today = date.today()
        ui.dateFromEdit.set_value(date(today.year, 1, 1))
        ui.dateToEdit.set_value(date(today.year, 12, 31))
        ui.deskCombo.addItem(self.tr("Все кассы"), None)
        for desk in call(self, lambda: cash.desks(self._session, active_only=False), self.tr(TITLE)) or []:
            ui.deskCombo.addItem(desk.name, desk.id)
        ui.kindCombo.addItem(self.tr("ПКО и РКО"), None)
        for kind in CashKind:
            ui.kindCombo.addItem(self.tr(kind.title), int(kind))
        ui.applyButton.clicked.connect(self.apply)

    def _setup_commands(self) -> None:
        ui, table = self.ui, self.ui.table
        ui.receiptButton.clicked.connect(lambda: self.enter(CashKind.RECEIPT))
        ui.expenseButton.clicked.connect(lambda: self.enter(CashKind.EXPENSE))
        ui.postButton.clicked.connect(self.post_current)
        ui.unpostButton.clicked.connect(self.unpost_current)
        for button in (ui.receiptButton, ui.expenseButton, ui.postButton, ui.unpostButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keys: list[tuple[QKeySequence, Callable[[], Any]]] = [
            (QKeySequence(Qt.Key.Key_Insert), lambda: self.enter(CashKind.RECEIPT)),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_current),
            *((key, self.open_current) for key in ENTER)]
        for key, slot in keys:
            QShortcut(key, table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.model.modelReset.connect(self._update_buttons)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    # -- reading ------------------------------------------------------------------------------
    def query(self) -> JournalQuery:
        ui = self.ui
        return JournalQuery(ui.dateFromEdit.value(), ui.dateToEdit.value(), ui.deskCombo.currentData(),  # type: ignore[arg-type]
                            ui.kindCombo.currentData())

    def apply(self) -> None:
        self.model.set_query(self.query())
        self._select(None)

    def refresh(self) -> None:
        """F5: the first window again, the same order current where it is still in it."""
        keep = self.current_id()
        self.model.refresh()
        self._select(keep)

    def _select(self, keep: int | None) -> None:
        rows = [r for r in range(self.model.rowCount()) if self.model.row(r).id == keep]
        if self.model.rowCount():
            self.ui.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def current_row(self) -> JournalRow | None:
        index = self.ui.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.ui.postButton.setEnabled(row is not None and not row.posted)
        self.ui.unpostButton.setEnabled(row is not None and row.posted)

    # -- commands -----------------------------------------------------------------------------
    def _after(self, work: Callable[[], Any]) -> None:
        if call(self, work, self.tr(TITLE)):
            self.refresh()

    def enter(self, kind: CashKind) -> None:
        """«Ввести приходный / расходный кассовый ордер»."""
        self._after(lambda: open_new(self, self._session, kind))

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._after(lambda: open_existing(self, self._session, row.id))

    def post_current(self) -> None:
        row = self.current_row()
        if row is not None and not row.posted:
            commands.post(self, self._session, row.id)

    def unpost_current(self) -> None:
        row = self.current_row()
        if row is not None and row.posted:
            commands.unpost(self, self._session, row.id)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.posted:
            commands.warn(self, "Кассовый ордер не удалён", ValueError(self.tr(
                "Проведённый кассовый ордер не удаляется: сначала отмените его проведение.")))
            return
        title = f"{row.kind.title.lower()} № {row.doc_no} от {row.doc_time:%d.%m.%Y}"
        commands.delete(self, self._session, row.id, title)

    def menu(self) -> QMenu:
        """The manual's commands with their keys; unavailable ones greyed."""
        menu = QMenu(self)
        row = self.current_row()
        menu.addAction(self.tr("Ввести приходный кассовый ордер (ПКО)\tIns"), lambda: self.enter(CashKind.RECEIPT))
        menu.addAction(self.tr("Ввести расходный кассовый ордер (РКО)"), lambda: self.enter(CashKind.EXPENSE))
        menu.addSeparator()
        menu.addAction(self.tr("Открыть\tEnter"), self.open_current).setEnabled(row is not None)
        menu.addAction(self.tr("Провести"), self.post_current).setEnabled(row is not None and not row.posted)
        menu.addAction(self.tr("Отменить проведение"), self.unpost_current).setEnabled(
            row is not None and row.posted)
        menu.addAction(self.tr("Удалить\tDel"), self.delete_current).setEnabled(row is not None and not row.posted)
        menu.addSeparator()
        menu.addAction(self.tr("Обновить\tF5"), self.refresh)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        menu_at_row(self.ui.table, self.menu(), pos)

    # -- column widths ------------------------------------------------------------------------
    def widths(self) -> dict[str, int]:
        return column_widths(self.ui.table, [c.title for c in COLUMNS])

    def apply_widths(self, widths: dict[str, int]) -> None:
        """Saved widths where there are any, else wide enough for the title and a typical value."""
        metrics = self.ui.table.fontMetrics()
        defaults = [max(metrics.horizontalAdvance(self.tr(c.title)),
                        metrics.horizontalAdvance(c.sample.replace(" ", "\u00a0"))) + 14 for c in COLUMNS]
        apply_column_widths(self.ui.table, [c.title for c in COLUMNS], widths, defaults)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        call(self, lambda: self._session.set_setting(WIDTHS_KEY, self.widths()))
        super().closeEvent(event)


def open_cash_journal(parent: QWidget | None, session: Session) -> CashJournalWindow:
    """Show the journal (non-modal; brought forward when it is open already)."""
    return bring_up(parent, CashJournalWindow, "cashJournalWindow", lambda: CashJournalWindow(session, parent))
