"""Lazy table model of the client register: pages of rows fetched on demand by keyset from a
neighbouring page (or from about a position for a scroll-bar jump), a bounded page cache, the
length measured off the GUI thread. Memory stays flat whatever the number of clients (REG-1).

The length of a big view is an estimate (services.register.Register.measure): where walking
page by page finds the real end earlier or later, the row count follows it. A search that
lands before the length is known shows the client found with its neighbours as the rows
there are ("anchored"); the measure then moves them, cursor included, to about their place."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.register_columns import BY_KEY
from crm_desktop.services.register import Register, RegisterRow
from crm_desktop.ui.ops import run_op
from crm_desktop.ui.register.icons import clip_icon, flag_icon, lock_icon

PAGE = 200
MAX_PAGES = 60          # 12,000 rows at most in memory
MARKED = QBrush(QColor("#ffe8a3"))
ClientIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    counted = Signal(int)          # the length is known (estimated for a big view)
    first_rows = Signal()          # the first window is on screen

    def __init__(self, register: Register, columns: list[str], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._rows = 0
        self._total: int | None = None
        self._generation = 0
        self._all_marked = False
        self._toggled: set[int] = set()
        self._anchor: tuple[int, Any, int] | None = None   # (client, key, row) found before the measure
        self.register = register
        self.reload(register)

    # -- loading ------------------------------------------------------------------------------
    def reload(self, register: Register | None = None) -> None:
        """New view (sort, filter) or refresh: first page now, the length in the background."""
        self.beginResetModel()
        self.register = register or self.register
        self._generation += 1
        self._pages.clear()
        self._anchor = None
        first = self.register.first(PAGE)
        self._pages[0] = first
        self._rows = len(first)
        self._total = len(first) if len(first) < PAGE else None
        self.endResetModel()
        self.first_rows.emit()
        generation = self._generation
        if self._total is None:
            register = self.register
            run_op(self, register.measure, lambda total: self._set_total(generation, total),
                   on_error=lambda exc: None)
        else:
            self.counted.emit(self._total)

    def _set_total(self, generation: int, total: int) -> None:
        if generation != self._generation or self._total is not None:
            return                                  # a newer view, or the length is known already
        if self._anchor is not None:
            self._settle_anchor(total)
            total = max(total, self._rows)
        self._resize(total)
        self.counted.emit(total)

    def _settle_anchor(self, total: int) -> None:
        """The length arrived while a search's rows were shown from row 0: rows are inserted
        above them, so the view keeps its cursor on the same client, now at its estimated
        row (exact in a small view), and the page there is read around the client."""
        client_id, key, row = self._anchor
        self._anchor = None
        estimated = self.register.estimate(key)
        target = min(max(row if estimated is None else estimated, row), max(total - self._rows + row, row))
        if target == row:
            return                                  # the rows shown start at the top
        number, offset = divmod(target, PAGE)
        page = self.register.around(key, offset, PAGE)
        found = next((i for i, r in enumerate(page) if r.id == client_id), None)
        if found is not None and found < offset:    # fewer rows before it than estimated
            number, offset = 0, found
        shift = number * PAGE + offset - row
        if shift <= 0:
            return
        self.beginInsertRows(QModelIndex(), 0, shift - 1)
        self._rows += shift
        self._pages.clear()
        if found is not None:
            self._pages[number] = page
        self.endInsertRows()
        self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1))

    def _resize(self, total: int) -> None:
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = self._total = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = self._total = total
            for number in [n for n in self._pages if n * PAGE >= total]:
                del self._pages[number]
            self.endRemoveRows()
        else:
            self._total = total

    def _found_end(self, rows: int) -> None:
        """Walking by keyset met the real end of an estimated view at `rows` rows."""
        generation = self._generation

        def apply() -> None:
            if generation == self._generation and rows != self._rows:
                self._resize(rows)
                self.counted.emit(rows)
        QTimer.singleShot(0, apply)

    def ensure_counted(self) -> None:
        """Measure now (a jump to a row past the first window needs the length), unless the
        measure off the GUI thread is done and only its result is still on its way."""
        if self._total is None:
            self._set_total(self._generation, self.register.ensure_measured())

    @property
    def exact(self) -> bool:
        return self.register.exact

    def place(self, client_id: int, row: int | None, key: Any = None) -> int:
        """Show the client at about `row`: the page there is read around the client's key, so
        the row shows exactly that client whatever the estimate; returns its row. A row of
        None (the view is not measured yet) anchors: the client and its neighbours become the
        rows shown until the measure places them. `key`, when the caller has it, saves a read."""
        cached = self._cached_row(client_id)
        if cached is not None and (row is None or abs(cached - row) < PAGE):
            return cached                           # already on screen: nothing is read
        key = key if key is not None else self.register.key_of(client_id)
        if key is None:
            return row if row is not None else 0
        if row is None:
            return self._anchor_at(client_id, key)
        number, offset = divmod(row, PAGE)
        page = self.register.around(key, offset, PAGE)
        found = next((i for i, r in enumerate(page) if r.id == client_id), None)
        if found is None:
            return row
        if found < offset:                          # fewer rows before it than estimated: the top
            number, offset = 0, found
        self._pages.clear()
        self._pages[number] = page
        self.dataChanged.emit(self.index(0, 0), self.index(max(self._rows - 1, 0), self.columnCount() - 1))
        return number * PAGE + offset

    def _cached_row(self, client_id: int) -> int | None:
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == client_id:
                    return number * PAGE + offset
        return None

    def _anchor_at(self, client_id: int, key: Any) -> int:
        """Show the client with up to half a page before it from row 0 (the view is not
        measured, so its rows past the first page are not on the model yet)."""
        page = self.register.around(key, PAGE // 2, PAGE)
        found = next((i for i, r in enumerate(page) if r.id == client_id), 0)
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = page
        self._rows = len(page)
        self._anchor = (client_id, key, found)
        self.endResetModel()
        return found

    @property
    def total(self) -> int | None:
        return self._total

    def _page(self, number: int) -> list[RegisterRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        prev, nxt = self._pages.get(number - 1), self._pages.get(number + 1)
        last_page = (self._rows - 1) // PAGE
        if prev:
            last = prev[-1]
            page = self.register.after((last.sort_value, last.id), PAGE + 1)
            if len(page) <= PAGE and number * PAGE + len(page) != self._rows:
                self._found_end(number * PAGE + len(page))
            elif len(page) > PAGE and number == last_page and not self.register.exact:
                self._found_end(self._rows + PAGE)  # the estimate was short: more rows follow
            self._mend_seam(number + 1, page[PAGE] if len(page) > PAGE else None, lambda p: p[0])
            page = page[:PAGE]
        elif nxt:
            first = nxt[0]
            page = self.register.before((first.sort_value, first.id), PAGE + 1)
            self._mend_seam(number - 1, page[0] if len(page) > PAGE else None, lambda p: p[-1])
            page = page[-PAGE:]
        elif number == last_page and self._total is not None:
            page = self.register.before(None, self._rows - number * PAGE)
        else:
            page = self.register.at(number * PAGE, PAGE)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _mend_seam(self, beyond: int, expected: RegisterRow | None, edge) -> None:
        """Pages read from about a position (a jump, a search) are placed by estimate; when the
        walk from a neighbour reaches such a page and it does not continue the walk, it and
        every page beyond it on that side are read anew."""
        cached = self._pages.get(beyond)
        if cached is None or (expected is not None and cached and edge(cached).id == expected.id):
            return
        forward = beyond > min(self._pages, default=beyond)
        for number in [n for n in self._pages if (n >= beyond if forward else n <= beyond)]:
            del self._pages[number]

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < self._rows:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- markers (REG-6) ------------------------------------------------------------------------
    def is_marked(self, client_id: int) -> bool:
        return self._all_marked != (client_id in self._toggled)

    def toggle_marker(self, row: int) -> None:
        record = self.row_at(row)
        if record is None:
            return
        self._toggled ^= {record.id}
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_all_marked(self, marked: bool) -> None:
        self._all_marked, self._toggled = marked, set()
        self.dataChanged.emit(self.index(0, 0), self.index(max(self._rows - 1, 0), self.columnCount() - 1))

    @property
    def marked_count(self) -> int:
        if self._all_marked:
            return (self._total or self._rows) - len(self._toggled)
        return len(self._toggled)

    def chosen_ids(self, limit: int) -> list[int]:
        """What a group command works on: the marked clients, or every client of the filtered
        list when none is marked; at most `limit` + 1, so the caller can refuse «more than
        limit» without anything reading the whole register. Only «mark all» walks the list, and
        it stops after `limit` + 1 + the unmarked exceptions rows."""
        if not self._all_marked and self._toggled:
            return sorted(self._toggled)[:limit + 1]
        ids: list[int] = []
        rows = self.register.first(PAGE)
        while rows and len(ids) <= limit:
            ids += [r.id for r in rows if r.id not in self._toggled]
            last = rows[-1]
            rows = self.register.after((last.sort_value, last.id), PAGE) if len(rows) == PAGE else []
        return ids[:limit + 1]

    # -- Qt model ---------------------------------------------------------------------------
    @property
    def columns(self) -> list[str]:
        return self._columns

    def set_columns(self, columns: list[str]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return BY_KEY[self._columns[section]].caption
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.row_at(index.row())
        if record is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "code" and record.is_private:
                return lock_icon()
            if column == "flag" and record.needs_attention:
                return flag_icon()
            if column == "files" and record.files_count:
                return clip_icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(record, column)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_marked(record.id):
            return MARKED
        if role == ClientIdRole:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "code":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(record: RegisterRow, column: str) -> str | None:
    if column == "code":
        return str(record.code)
    if column == "changed":
        return record.changed_at.strftime("%d.%m.%Y %H:%M") if record.changed_at else ""
    if column in ("flag", "access", "files"):
        return "приватный" if column == "access" and record.is_private else None
    return getattr(record, column)


def _tooltip(record: RegisterRow, column: str) -> str | None:
    if column == "code" and record.is_private:
        return "Приватный клиент: виден только куратору"
    if column == "flag" and record.needs_attention:
        return "Требует особого внимания"
    if column == "files" and record.files_count:
        return f"Прикреплено файлов: {record.files_count}"
    return None
