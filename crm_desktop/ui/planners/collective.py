"""Планировщик коллективных задач (PLN-3): topics and multi-level cases with responsible,
dates and percent done, and on the right a time line drawing each case from its start to its
due date with the done part filled. Delegation is offered only for cases that allow it. The
planner reads itself again whenever a topic or case changes (change bus)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QHeaderView, QInputDialog, QMenu, QMessageBox, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTreeWidgetItem, QWidget)

from crm_desktop.services import planners
from crm_desktop.services.planners import Case, CollectivePlan, Topic
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import PLANNER, follow
from crm_desktop.ui.forms.planners.collective_ui import Ui_CollectivePlanner
from crm_desktop.ui.ops import call
from crm_desktop.ui.planners.case_dialog import CaseDialog, announce_plan_change

KIND_ROLE = Qt.ItemDataRole.UserRole           # ("topic" | "case", id)
BAR_ROLE = Qt.ItemDataRole.UserRole + 1         # (start, due, percent) for the time line
NAME, RESPONSIBLE, START, DUE, PERCENT, CHART = range(6)
ROW_HEIGHT = 24


class TimelineDelegate(QStyledItemDelegate):
    """Paints a bar from start to due across the planner's period, the done part filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.last = date.today(), date.today() + timedelta(days=30)

    def set_period(self, first: date, last: date) -> None:
        self.first, self.last = first, max(last, first + timedelta(days=1))

    def _x(self, rect: QRect, day: date) -> float:
        span = (self.last - self.first).days + 1
        return rect.left() + rect.width() * (day - self.first).days / span

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        rect = option.rect.adjusted(2, 4, -2, -4)
        today = date.today()
        if self.first <= today <= self.last:
            painter.setPen(QPen(QColor(220, 60, 60), 1, Qt.PenStyle.DashLine))
            x = int(self._x(rect, today))
            painter.drawLine(x, option.rect.top(), x, option.rect.bottom())
        bar = index.data(BAR_ROLE)
        if not bar:
            return
        start, due, percent = bar
        left, right = self._x(rect, start), self._x(rect, due + timedelta(days=1))
        whole = QRect(int(left), rect.top(), max(3, int(right - left)), rect.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(70, 110, 170)))
        painter.setBrush(QColor(215, 228, 248))
        painter.drawRect(whole)
        done = QRect(whole.left(), whole.top(), int(whole.width() * percent / 100), whole.height())
        painter.setBrush(QColor(80, 170, 90) if percent < 100 else QColor(60, 140, 70))
        painter.drawRect(done)
        painter.setPen(QColor(30, 30, 30))
        label = QRect(whole.right() + 4, option.rect.top(), 60, option.rect.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{percent} %")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(240, ROW_HEIGHT)


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


class CollectivePlanner(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_CollectivePlanner()
        self.ui.setupUi(self)
        self._session = session
        self.plan: CollectivePlan | None = None
        tree = self.ui.tree
        self.timeline = TimelineDelegate(tree)
        tree.setItemDelegateForColumn(CHART, self.timeline)
        header = tree.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 300)
        for col in (RESPONSIBLE, START, DUE, PERCENT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree.itemDoubleClicked.connect(lambda *_: self.edit())
        tree.itemSelectionChanged.connect(self._update_buttons)
        tree.customContextMenuRequested.connect(self._context_menu)
        self.ui.addTopicButton.clicked.connect(self.add_topic)
        self.ui.addCaseButton.clicked.connect(self.add_case)
        self.ui.addSubCaseButton.clicked.connect(self.add_sub_case)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.delegateButton.clicked.connect(self.delegate)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.reload()
        follow(self, (PLANNER,), lambda _kind, _ids: self.reload())

    # -- filling -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the plan again, keeping the selected topic or case selected."""
        plan = call(self, lambda: planners.collective_plan(self._session))
        if plan is None:
            return
        select = self.selected()
        self.plan = plan
        dates = [d for c in plan.cases for d in (c.start_date, c.due_date) if d]
        dates += [d for t in plan.topics for d in (t.start_date, t.due_date) if d]
        first = min(dates, default=date.today()) - timedelta(days=1)
        last = max(dates, default=date.today() + timedelta(days=14)) + timedelta(days=3)   # room for "NN %"
        self.timeline.set_period(first, last)
        self.ui.tree.headerItem().setText(CHART, self.tr(f"График выполнения: {first:%d.%m.%Y} — {last:%d.%m.%Y}"))
        tree = self.ui.tree
        tree.clear()
        children: dict[int | None, list[Case]] = {}
        for case in plan.cases:
            children.setdefault(case.parent_id, []).append(case)
        for topic in plan.topics:
            item = self._item(tree, ("topic", topic.id), topic.name, topic.responsible_id, topic.start_date,
                              topic.due_date, plan.topic_percent.get(topic.id, 0))
            font = item.font(NAME)
            font.setBold(True)
            item.setFont(NAME, font)
            self._add_cases(item, [c for c in children.get(None, []) if c.topic_id == topic.id], children)
        tree.expandAll()
        if select:
            self.select(*select)
        self._update_buttons()

    def _add_cases(self, parent: QTreeWidgetItem, cases: list[Case], children: dict[int | None, list[Case]]) -> None:
        for case in cases:
            item = self._item(parent, ("case", case.id), case.name, case.responsible_id, case.start_date,
                              case.due_date, self.plan.percent[case.id])
            if case.delegation_allowed:
                item.setToolTip(NAME, self.tr("Делегирование разрешено"))
            self._add_cases(item, children.get(case.id, []), children)

    def _item(self, parent, key: tuple[str, int], name: str, responsible: int | None, start: date | None,
              due: date | None, percent: int) -> QTreeWidgetItem:
        who = self.plan.user_names.get(responsible, "") if responsible else ""
        item = QTreeWidgetItem(parent, [name, who, _day(start), _day(due), f"{percent} %", ""])
        item.setData(NAME, KIND_ROLE, key)
        item.setTextAlignment(PERCENT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if start or due:
            item.setData(CHART, BAR_ROLE, (start or due, max(due or start, start or due), percent))
        return item

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> tuple[str, int] | None:
        item = self.ui.tree.currentItem()
        return item.data(NAME, KIND_ROLE) if item else None

    def select(self, kind: str, row_id: int) -> bool:
        for item in self._items():
            if item.data(NAME, KIND_ROLE) == (kind, row_id):
                self.ui.tree.setCurrentItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.ui.tree.topLevelItem(i) for i in range(self.ui.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _case(self, case_id: int) -> Case:
        return next(c for c in self.plan.cases if c.id == case_id)

    def _topic(self, topic_id: int) -> Topic:
        return next(t for t in self.plan.topics if t.id == topic_id)

    def _selected_case(self) -> Case | None:
        key = self.selected()
        return self._case(key[1]) if key and key[0] == "case" else None

    def _selected_topic_id(self) -> int | None:
        key = self.selected()
        if key is None:
            return None
        return key[1] if key[0] == "topic" else self._case(key[1]).topic_id

    def _update_buttons(self) -> None:
        key = self.selected()
        case = self._selected_case()
        self.ui.addCaseButton.setEnabled(key is not None)
        self.ui.addSubCaseButton.setEnabled(case is not None)
        self.ui.editButton.setEnabled(key is not None)
        self.ui.deleteButton.setEnabled(key is not None)
        self.ui.delegateButton.setEnabled(case is not None and case.delegation_allowed)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, record: Topic | Case, place: str = "", rolled_up: bool = False) -> None:
        dialog = CaseDialog(self._session, record, self.plan.assignable, place, rolled_up, self)
        if dialog.exec() and dialog.saved_id is not None:      # the planner has read itself again
            self.select("case" if isinstance(record, Case) else "topic", dialog.saved_id)

    def add_topic(self) -> None:
        self._open(Topic(None, "", self._session.user.id, date.today()))

    def add_case(self) -> None:
        topic_id = self._selected_topic_id()
        if topic_id is not None:
            topic = self._topic(topic_id)
            self._open(Case(None, topic_id, None, "", start_date=date.today()),
                       self.tr(f"Тема: {topic.name}"))

    def add_sub_case(self) -> None:
        """Split the selected case into smaller ones (needs "Делегирование разрешено" unless
        the user plans the topic)."""
        parent = self._selected_case()
        if parent is not None:
            self._open(Case(None, parent.topic_id, parent.id, "", start_date=parent.start_date,
                            due_date=parent.due_date), self.tr(f"Поддело дела: {parent.name}"))

    def edit(self) -> None:
        key = self.selected()
        if key is None:
            return
        if key[0] == "topic":
            self._open(self._topic(key[1]))
        else:
            case = self._case(key[1])
            has_children = any(c.parent_id == case.id for c in self.plan.cases)
            self._open(case, self.tr(f"Тема: {self._topic(case.topic_id).name}"), rolled_up=has_children)

    def delegate(self) -> None:
        case = self._selected_case()
        if case is None:
            return
        others = [u for u in self.plan.assignable if u[0] != case.responsible_id]
        name, ok = QInputDialog.getItem(self, self.tr("Делегирование"),
                                        self.tr(f"Передать дело «{case.name}» сотруднику:"),
                                        [n for _, n in others], 0, False)
        if ok and name:
            user_id = next(u for u, n in others if n == name)
            if call(self, lambda: planners.delegate_case(self._session, case.id, user_id) or True,
                    self.tr("Дело не делегировано")):
                announce_plan_change([case.id])

    def delete(self) -> None:
        key = self.selected()
        if key is None:
            return
        if key[0] == "topic":
            name = self._topic(key[1]).name
            question = self.tr(f"Удалить тему «{name}» со всеми её делами?")
            work = lambda: planners.delete_topic(self._session, key[1])  # noqa: E731
        else:
            name = self._case(key[1]).name
            question = self.tr(f"Удалить дело «{name}» со всеми подделами?")
            work = lambda: planners.delete_case(self._session, key[1])  # noqa: E731
        if QMessageBox.question(self, self.tr("Удаление"), question) != QMessageBox.StandardButton.Yes:
            return
        if call(self, lambda: work() or True, self.tr("Не удалено")):
            announce_plan_change([key[1]])

    def _context_menu(self, pos: QPoint) -> None:
        self._update_buttons()
        menu = QMenu(self)
        ui = self.ui
        for text, button in ((self.tr("Добавить тему"), ui.addTopicButton), (self.tr("Добавить дело"), ui.addCaseButton),
                             (self.tr("Добавить поддело"), ui.addSubCaseButton), (self.tr("Изменить"), ui.editButton),
                             (self.tr("Делегировать…"), ui.delegateButton), (self.tr("Удалить"), ui.deleteButton)):
            menu.addAction(text, button.click).setEnabled(button.isEnabled())
        menu.exec(self.ui.tree.viewport().mapToGlobal(pos))
