"""«Канбан сделок» (BEY-3, manual 002 2.3.2): one column per stage of the sales ladder (or of a
funnel profile), the clients the user may see as cards coloured by the days since the last
contact, the count of each column in its head; a column shows 50 cards and «ещё…» the next
50 (keyset by name), so the board opens at once over a million clients. Dragging a card to
another column moves the client to that stage (the card's version is checked: a colleague's
change meanwhile is reported, nothing is moved) and records it in the stage history."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from crm_desktop.services import kanban
from crm_desktop.services.kanban import Card, Column, Freshness
from crm_desktop.services.session import Session
from crm_desktop.ui.card import open_client
from crm_desktop.ui.changes import CLIENT, EVENT, announce, follow
from crm_desktop.ui.forms.sales_ops.kanban_window_ui import Ui_KanbanWindow
from crm_desktop.ui.ops import call, run_op, show_error
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Канбан сделок"
CardRole = Qt.ItemDataRole.UserRole
COLOURS = {Freshness.FRESH: "#d8f0d2", Freshness.WEEK: "#fff3c4", Freshness.MONTH: "#ffdcb8",
           Freshness.STALE: "#f7c6c6", Freshness.NEVER: "#e4e4e4"}
MIME = "application/x-crm-kanban-card"
LEGEND = ((Freshness.FRESH, "до 3 дн."), (Freshness.WEEK, "4–7 дн."), (Freshness.MONTH, "8–30 дн."),
          (Freshness.STALE, "больше 30 дн."), (Freshness.NEVER, "не было"))


class CardList(QListWidget):
    """A column's cards; a card dropped here from another column asks the board to move it."""

    def __init__(self, column: ColumnWidget) -> None:
        super().__init__()
        self.column = column
        self.setObjectName(f"kanbanCards{column.column.stage_id}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setMinimumWidth(210)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        card: Card = items[0].data(CardRole)
        data.setData(MIME, f"{card.id}".encode())
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        event.ignore()           # the board reloads both columns; Qt must not move the item itself
        if isinstance(source, CardList) and source is not self and source.currentItem() is not None:
            self.column.board.drop(source.currentItem().data(CardRole), self.column)


class ColumnWidget(QFrame):
    def __init__(self, board: KanbanWindow, column: Column) -> None:
        super().__init__()
        self.board, self.column = board, column
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"kanbanColumn{column.stage_id}")
        self.count: int | None = None
        self.exact = False                  # whether `count` is the exact one or capped
        self.cards: list[Card] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.head.setStyleSheet("font-weight: bold; padding: 2px;")
        self.list = CardList(self)
        self.list.itemDoubleClicked.connect(lambda item: board.open_card(item.data(CardRole)))
        self.more = QPushButton(self.tr("ещё…"))
        self.more.setToolTip(self.tr("Следующие %1 карточек").replace("%1", str(kanban.PAGE)))
        self.more.clicked.connect(lambda: board.load_more(self))
        self.more.setVisible(False)
        layout.addWidget(self.head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self.show_head()

    def show_head(self) -> None:
        if self.count is None:
            count = "…"
        elif self.count > kanban.COUNT_CAP:         # the exact figure is still being counted
            count = self.tr("более %1").replace("%1", f"{kanban.COUNT_CAP:,}".replace(",", " "))
        else:
            count = f"{self.count:,}".replace(",", " ")
        self.head.setText(f"{self.column.title} ({count})")

    def set_cards(self, cards: list[Card], append: bool, today: date) -> None:
        if not append:
            self.list.clear()
            self.cards = []
        self.cards += cards
        for card in cards:
            band, days = kanban.freshness(card.last_contact, today)
            when = self.tr("нет контактов") if days is None else self.tr("%1 дн.").replace("%1", str(days))
            item = QListWidgetItem(f"{card.name}\n{card.curator or self.tr('без куратора')} · {when}")
            item.setData(CardRole, card)
            item.setBackground(QBrush(QColor(COLOURS[band])))
            item.setForeground(QBrush(QColor("#202020")))
            item.setToolTip(self.tr("Код %1. %2.").replace("%1", str(card.code))
                            .replace("%2", Freshness.TITLES[band].capitalize()))
            self.list.addItem(item)
        self.more.setVisible(len(cards) == kanban.PAGE)


class KanbanWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.today = today or date.today()
        self.ui = Ui_KanbanWindow()
        self.ui.setupUi(self)
        self.setObjectName("kanbanWindow")
        self.setWindowTitle(self.tr(TITLE))
        self.columns: list[ColumnWidget] = []
        ui = self.ui
        ui.profileCombo.addItem(self.tr("Лестница продаж"), None)
        for profile_id, name in call(self, lambda: kanban.profiles(session), self.tr(TITLE)) or []:
            ui.profileCombo.addItem(self.tr("Воронка: %1").replace("%1", name), profile_id)
        ui.curatorCombo.addItem(self.tr("Все кураторы"), None)
        for user_id, name in call(self, lambda: kanban.curators(session), self.tr(TITLE)) or []:
            ui.curatorCombo.addItem(name, user_id)
        ui.legendLabel.setText(self.tr("Последний контакт:") + " " + " ".join(
            f'<span style="background:{COLOURS[band]}">&nbsp;{self.tr(text)}&nbsp;</span>' for band, text in LEGEND))
        ui.legendLabel.setToolTip("\n".join(Freshness.TITLES[band].capitalize() for band, _ in LEGEND))
        ui.profileCombo.currentIndexChanged.connect(lambda _i: self.rebuild())
        ui.curatorCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.refreshButton.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        follow(self, (CLIENT, EVENT), lambda _kind, _ids: self.reload())
        self.loading = 0
        self.generation = 0
        self.rebuild()

    # -- reading -----------------------------------------------------------------------------
    def curator(self) -> int | None:
        return self.ui.curatorCombo.currentData()

    def rebuild(self) -> None:
        """The columns of the chosen ladder or profile, then their cards."""
        layout = self.ui.boardLayout
        for widget in self.columns:
            layout.removeWidget(widget)
            widget.deleteLater()
        self.columns = []
        profile_id = self.ui.profileCombo.currentData()
        for column in call(self, lambda: kanban.columns(self.session, profile_id), self.tr(TITLE)) or []:
            widget = ColumnWidget(self, column)
            self.columns.append(widget)
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        """Page one of every column, the counts up to COUNT_CAP, then the exact counts (at a
        million clients they take seconds: the heads say «более 1 000» meanwhile)."""
        stages, curator = [c.column.stage_id for c in self.columns], self.curator()
        self.generation += 1                 # answers of an earlier reading are dropped
        for widget in self.columns:
            widget.exact = False
        self.ui.statusLabel.setText(self.tr("Читаю доску…"))
        self.loading += 3
        run_op(self, lambda: [kanban.page(self.session, s, curator) for s in stages],
               lambda pages, g=self.generation: self._pages(g, pages), self._failed)
        run_op(self, lambda: kanban.counts(self.session, stages, curator, kanban.COUNT_CAP),
               lambda counts, g=self.generation: self._counts(g, counts, exact=False), self._failed)
        run_op(self, lambda: kanban.counts(self.session, stages, curator),
               lambda counts, g=self.generation: self._counts(g, counts, exact=True), self._failed)

    def _current(self, generation: int) -> bool:
        return generation == self.generation

    def _done(self) -> None:
        self.loading -= 1
        if not self.loading:
            self.ui.statusLabel.setText(self.tr("Перетащите карточку в другую колонку, чтобы сменить этап продаж; "
                                                "двойной щелчок открывает карточку клиента."))

    def _pages(self, generation: int, pages: list[list[Card]]) -> None:
        if self._current(generation):
            for widget, cards in zip(self.columns, pages):
                widget.set_cards(cards, False, self.today)
        self._done()

    def _counts(self, generation: int, counts: dict[int, int], exact: bool) -> None:
        if self._current(generation):
            for widget in self.columns:
                if exact or not widget.exact:       # the capped figures never overwrite the exact ones
                    widget.count, widget.exact = counts.get(widget.column.stage_id), exact
                    widget.show_head()
        self._done()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        show_error(self, exc, self.tr(TITLE))

    def load_more(self, widget: ColumnWidget) -> None:
        if not widget.cards:
            return
        last, curator = widget.cards[-1], self.curator()
        cards = call(self, lambda: kanban.page(self.session, widget.column.stage_id, curator, (last.name, last.id)),
                     self.tr(TITLE))
        if cards is not None:
            widget.set_cards(cards, True, self.today)

    # -- commands ----------------------------------------------------------------------------
    def drop(self, card: Card, target: ColumnWidget) -> bool:
        """A card dropped on `target`: the client moves to its stage (refusals and a colleague's
        change are shown; the board reads itself again either way)."""
        if card.stage_id == (None if target.column.stage_id == kanban.NO_STAGE else target.column.stage_id):
            return False
        moved = call(self, lambda: kanban.move(self.session, card.id, card.version, target.column.stage_id),
                     self.tr("Смена этапа продаж"))
        if moved is None:
            self.reload()
            return False
        announce(CLIENT, (card.id,))        # the register, open cards and this board read again
        return True

    def open_card(self, card: Card) -> None:
        open_client(self, self.session, card.id)


def open_kanban(parent: QWidget | None, session: Session) -> KanbanWindow:
    return bring_up(parent, KanbanWindow, "kanbanWindow", lambda: KanbanWindow(session, parent))
