"""«Журнал движения материалов» (WH-1 … WH-3; manual: "В RegionSoft CRM все складские операции
сведены в единый журнал движения материалов"): every receipt, expense, return and production,
newest first, filtered by period, kind and warehouse. The context menu holds what the manual
names — enter a receipt or an expense, a return on the basis of an expense, production, open,
post, unpost, reserve for a term, release, delete, the moves of an item — with the keys Ins
(a new expense), Enter, Del and F5. The first column shows whether a document is posted, posted
after the actuality point (yellow) or reserved (an orange lock)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.fifo import Kind
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import JournalQuery
from crm_desktop.ui.changes import follow
from crm_desktop.ui.forms.warehouse.journal_window_ui import Ui_StockJournalWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.warehouse import commands, print_forms
from crm_desktop.ui.warehouse.document_dialog import open_stock_document
from crm_desktop.ui.warehouse.indicators import Indicator
from crm_desktop.ui.warehouse.journal_model import COLUMNS, StockJournalModel
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED, warn
from crm_desktop.ui.warehouse.shortcuts import Context, bind
from crm_desktop.ui.widgets.windows import apply_column_widths, bring_up, column_widths, journal_table, menu_at_row

TITLE = "Журнал движения материалов"
WIDTHS_KEY = "journal.warehouse.columns"
ACTUALITY = ("Точка актуальности: %1. Документы, проведённые после неё (жёлтый индикатор), могли списать "
             "партии, проведение которых отменено: администратор выполнит «Администрирование – "
             "Перепроведение документов…».")


class StockJournalWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.printed = None                        # the last PDF printed from the journal
        self.setObjectName("stockJournalWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_StockJournalWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.production = check(Capability.PRODUCTION, session.edition).allowed
        self.model = StockJournalModel(session, self)
        self.model.on_error = lambda exc: show_error(self, exc, self.tr(TITLE))
        self.model.modelReset.connect(self._show_actuality)
        journal_table(self.ui.table, self.model, self.open_current, self.show_menu)
        self._fill_filters()
        self._setup_commands()
        follow(self, (STOCK_CHANGED,), lambda _kind, _ids: self.refresh())
        self.apply_widths(call(self, lambda: session.setting(WIDTHS_KEY, {})) or {})
        self.apply()

    # -- setup --------------------------------------------------------------------------------
    def _kinds(self) -> list[Kind]:
        return [k for k in Kind if k is not Kind.PRODUCTION or self.production]

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.kindCombo.addItem(self.tr("Все виды"), None)
        for kind in self._kinds():
            ui.kindCombo.addItem(self.tr(kind.label), kind.value)
        ui.warehouseCombo.addItem(self.tr("Все склады"), None)
        for store_id, name in call(self, lambda: warehouse.warehouses(self._session, active_only=False),
                                   self.tr(TITLE)) or []:
            ui.warehouseCombo.addItem(name, store_id)
        ui.applyButton.clicked.connect(self.apply)

    def _setup_commands(self) -> None:
        ui = self.ui
        menu = QMenu(ui.newButton)
        for kind, caption in self._new_commands():
            menu.addAction(caption, lambda k=kind: self.new_document(k))
        ui.newButton.setMenu(menu)
        ui.openButton.clicked.connect(self.open_current)
        ui.postButton.clicked.connect(self.post_current)
        ui.unpostButton.clicked.connect(self.unpost_current)
        ui.deleteButton.clicked.connect(self.delete_current)
        for button in (ui.openButton, ui.postButton, ui.unpostButton, ui.deleteButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table = ui.table
        keys: tuple[tuple[tuple[QKeySequence, ...], Callable[[], Any]], ...] = (
            ((QKeySequence(Qt.Key.Key_Insert),), lambda: self.new_document(Kind.EXPENSE)),
            (ENTER, self.open_current), ((QKeySequence(Qt.Key.Key_Delete),), self.delete_current))
        for sequences, slot in keys:
            bind(table, sequences, slot)
        bind(table, QKeySequence("Ctrl+P"), self.print_current)
        bind(self, QKeySequence(Qt.Key.Key_F5), self.refresh, Context.WidgetWithChildrenShortcut)
        bind(self, QKeySequence(Qt.Key.Key_Escape), self.close, Context.WindowShortcut)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def _new_commands(self) -> list[tuple[Kind, str]]:
        found = [(Kind.RECEIPT, self.tr("Ввести приходную накладную")),
                 (Kind.EXPENSE, self.tr("Ввести расходную накладную\tIns"))]
        if self.production:
            found.append((Kind.PRODUCTION, self.tr("Производство")))
        return found

    # -- reading ------------------------------------------------------------------------------
    def query(self) -> JournalQuery:
        ui = self.ui
        return JournalQuery(ui.dateFromEdit.value(), ui.dateToEdit.value(), ui.kindCombo.currentData(),
                            ui.warehouseCombo.currentData())

    def apply(self) -> None:
        """«Применить»: the filters as set, from the newest document."""
        self.model.set_query(self.query())
        self._select(None)

    def refresh(self, select: int | None = None) -> None:
        """F5 (and any change announced): the first window again, the same document current."""
        keep = select if select is not None else self.current_id()
        self.model.refresh()
        self._select(keep)

    def _select(self, doc_id: int | None) -> None:
        row = self.model.row_of(doc_id)
        if self.model.rowCount():
            self.ui.table.selectRow(row if row is not None else 0)
        self._update_buttons()

    def _show_actuality(self) -> None:
        point = self.model.actual_from
        self.ui.actualityLabel.setVisible(point is not None)
        if point is not None:
            self.ui.actualityLabel.setText(self.tr(ACTUALITY).replace("%1", f"{point:%d.%m.%Y %H:%M}"))

    def current_row(self) -> dict[str, Any] | None:
        index = self.ui.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row["id"] if row is not None else None

    def _state(self) -> tuple[dict[str, Any] | None, Indicator]:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None, Indicator.NONE
        return self.model.row(index.row()), self.model.indicator(index.row())

    def _update_buttons(self) -> None:
        row, state = self._state()
        posted = bool(row and row["posted"])
        self.ui.openButton.setEnabled(row is not None)
        self.ui.postButton.setEnabled(row is not None and not posted)
        self.ui.unpostButton.setEnabled(posted)
        self.ui.deleteButton.setEnabled(row is not None and not posted)

    # -- commands -----------------------------------------------------------------------------
    def new_document(self, kind: Kind) -> None:
        if kind is Kind.PRODUCTION and not self.production:
            return
        saved = open_stock_document(self, self._session, kind=kind)
        if saved is not None:
            self.refresh(saved)

    def enter_return(self) -> None:
        """«Возврат от покупателя (на основании)» of the current posted expense."""
        row = self.current_row()
        if row is None:
            return
        try:
            draft = warehouse.enter_return(self._session, row["id"])
        except Exception as exc:  # noqa: BLE001
            warn(self, self.tr("Возврат от покупателя"), exc)
            return
        saved = open_stock_document(self, self._session, draft=draft)
        if saved is not None:
            self.refresh(saved)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            open_stock_document(self, self._session, doc_id=row["id"])

    def _on_current(self, work: Callable[[int], bool]) -> None:
        """A command on the current document; what it changed the change bus brings back."""
        row = self.current_row()
        if row is not None:
            work(row["id"])

    def post_current(self) -> None:
        self._on_current(lambda doc_id: commands.post(self, self._session, doc_id))

    def unpost_current(self) -> None:
        self._on_current(lambda doc_id: commands.unpost(self, self._session, doc_id))

    def reserve_current(self) -> None:
        self._on_current(lambda doc_id: commands.reserve(self, self._session, doc_id))

    def release_current(self) -> None:
        self._on_current(lambda doc_id: commands.release(self, self._session, doc_id))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or row["posted"]:
            return
        what = commands.describe(Kind(row["doc_kind"]), row["doc_no"], row["doc_time"])
        commands.delete(self, self._session, what, row["id"])

    def show_moves(self) -> None:
        """«Справка о движениях» of the current document's items (the first one shown)."""
        row = self.current_row()
        if row is None:
            return
        try:
            lines = warehouse.load(self._session, row["id"]).lines
        except Exception as exc:  # noqa: BLE001
            warn(self, self.tr("Справка о движениях"), exc)
            return
        from crm_desktop.ui.warehouse.moves_window import open_item_moves
        open_item_moves(self, self._session, [(ln.item_id, ln.name) for ln in lines])

    def _print(self, kinds: tuple[Kind, ...], work) -> None:
        row = self.current_row()
        if row is not None and Kind(row["doc_kind"]) in kinds:
            self.printed = work(self, self._session, row["id"], row["doc_no"])

    def print_current(self) -> None:
        """«Печать» (Ctrl+P): the current document's own form."""
        row = self.current_row()
        if row is not None:
            self.printed = print_forms.print_own_form(self, self._session, row["id"], Kind(row["doc_kind"]),
                                                      row["doc_no"])

    def print_selection(self) -> None:
        """«Подбор…» of the current expense."""
        self._print((Kind.EXPENSE,), print_forms.print_selection)

    def print_tags(self) -> None:
        """«Ценники…» of the current receipt."""
        self._print((Kind.RECEIPT,), print_forms.print_tags)

    def menu(self) -> QMenu:
        """The context menu of the manual, commands that do not apply to the current document greyed."""
        row, state = self._state()
        has_row = row is not None
        posted = bool(row and row["posted"])
        expense = bool(row and row["doc_kind"] == Kind.EXPENSE.value)
        menu = QMenu(self)
        for kind, caption in self._new_commands():
            menu.addAction(caption, lambda k=kind: self.new_document(k))
        menu.addAction(self.tr("Возврат от покупателя (на основании)"), self.enter_return).setEnabled(
            expense and posted)
        menu.addSeparator()
        menu.addAction(self.tr("Открыть\tEnter"), self.open_current).setEnabled(has_row)
        menu.addSeparator()
        menu.addAction(self.tr("Провести"), self.post_current).setEnabled(has_row and not posted)
        menu.addAction(self.tr("Отменить проведение"), self.unpost_current).setEnabled(posted)
        menu.addSeparator()
        menu.addAction(self.tr("Поставить в резерв…"), self.reserve_current).setEnabled(expense and not posted)
        menu.addAction(self.tr("Снять с резерва"), self.release_current).setEnabled(state is Indicator.RESERVED)
        menu.addSeparator()
        menu.addAction(self.tr("Удалить\tDel"), self.delete_current).setEnabled(has_row and not posted)
        menu.addSeparator()
        menu.addAction(self.tr("Справка о движениях"), self.show_moves).setEnabled(has_row)
        menu.addSeparator()
        kind = Kind(row["doc_kind"]) if row else None
        menu.addAction(self.tr("Печать\tCtrl+P"), self.print_current).setEnabled(
            kind is not None and print_forms.printable(kind))
        menu.addAction(self.tr("Подбор…"), self.print_selection).setEnabled(expense)
        menu.addAction(self.tr("Ценники…"), self.print_tags).setEnabled(kind is Kind.RECEIPT)
        menu.addSeparator()
        menu.addAction(self.tr("Обновить\tF5"), self.refresh)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        menu_at_row(self.ui.table, self.menu(), pos)

    # -- column widths ------------------------------------------------------------------------
    def widths(self) -> dict[str, int]:
        return column_widths(self.ui.table, [c.title or "indicator" for c in COLUMNS])

    def apply_widths(self, widths: dict[str, int]) -> None:
        """Saved widths where there are any, else wide enough for the title and a typical value."""
        metrics = self.ui.table.fontMetrics()
        defaults = [max(metrics.horizontalAdvance(self.tr(c.title)) + 24, metrics.horizontalAdvance(c.sample) + 18)
                    if c.title else 28 for c in COLUMNS]            # 28: the indicator's icon
        apply_column_widths(self.ui.table, [c.title or "indicator" for c in COLUMNS], widths, defaults)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        call(self, lambda: self._session.set_setting(WIDTHS_KEY, self.widths()))
        super().closeEvent(event)


def open_stock_journal(parent: QWidget | None, session: Session) -> StockJournalWindow:
    """Show the journal (non-modal; brought forward when it is open already)."""
    return bring_up(parent, StockJournalWindow, "stockJournalWindow", lambda: StockJournalWindow(session, parent))
