"""The client register for the logged-in user: access scope and flexi-filter applied in SQL,
windows of rows, positions for the search (REG-1 … REG-5)."""
from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Any

from crm_desktop.data import register as data
from crm_desktop.data.register import RegisterQuery, RegisterRow
from crm_desktop.domain.register_columns import BY_KEY, DEFAULT_LAYOUT
from crm_desktop.services.session import Session

Key = tuple[Any, int]

DEFAULT_SORT = ("name", False)


@dataclass(frozen=True)
class RegisterView:
    """What the user looks at: sort and an optional flexi-filter (domain.flexi_filter.FlexiFilter)."""
    sort: str = "name"
    descending: bool = False
    flexi: Any = None

    def sorted_by(self, sort: str, descending: bool) -> RegisterView:
        column = BY_KEY.get(sort)
        if column is None or not column.sortable:
            raise ValueError(f"По колонке «{column.caption if column else sort}» сортировка невозможна.")
        return replace(self, sort=sort, descending=descending)


SKELETON_STEP = 100        # every 100th key of a small view, for exact positions
SAMPLE_SIZE = 1000         # random IDs probed to estimate a big view (Firebird 2.5: IN ≤ 1500)
MIN_HITS = 50              # fewer hits: the view is small enough to count and walk
EXACT_LIMIT = 20_000       # views up to this size get exact positions from a skeleton


class Register:
    """Register reads for one session and one view; every read is its own short transaction.

    Firebird cannot tell a row's position without reading the rows before it, and a million
    clients cannot be read for every opening, sort or filter. So `measure` probes a random
    sample of IDs (primary-key lookups, milliseconds at any size): a big view gets an
    estimated length and the sampled keys as its quantiles, which place the scroll bar and the
    rows found by a search approximately; the rows themselves always come by keyset from a
    key, so what is shown is exact. A view too small for the sample (a manager's own clients,
    a narrow filter) is counted and walked once: its positions are exact."""

    def __init__(self, session: Session, view: RegisterView = RegisterView()) -> None:
        self.session, self.view = session, view
        self._sample: list[Key] | None = None        # quantiles of a big view
        self._skeleton: list[Key] | None = None      # every SKELETON_STEP-th key of a small one
        self._total: int | None = None
        self._order: list[tuple] = []                # the sample's keys as Python sorts them
        self.query = RegisterQuery(view.flexi, session.user.id, view.sort, view.descending)

    def first(self, size: int) -> list[RegisterRow]:
        with self.session.db.read() as conn:
            return data.window(conn, self.query, size)

    def after(self, key: Key, size: int) -> list[RegisterRow]:
        with self.session.db.read() as conn:
            return data.window(conn, self.query, size, after=key)

    def before(self, key: Key | None, size: int) -> list[RegisterRow]:
        with self.session.db.read() as conn:
            return data.window_before(conn, self.query, size, before=key)

    def around(self, key: Key, ahead: int, size: int) -> list[RegisterRow]:
        """Up to `ahead` rows before the row with `key`, then that row and the rows after it:
        `size` rows in all (fewer at the ends)."""
        with self.session.db.read() as conn:
            earlier = data.window_before(conn, self.query, ahead, before=key) if ahead else []
            return earlier + data.window_from(conn, self.query, key, 0, size - len(earlier))

    def at(self, offset: int, size: int) -> list[RegisterRow]:
        """Rows from about position `offset` (exactly, for a small view)."""
        with self.session.db.read() as conn:
            if self._sample and self._total:       # the i-th sampled key is at about (i+1)·total/n
                anchor = min(offset * len(self._sample) // self._total, len(self._sample)) - 1
                if anchor < 0:
                    return data.window(conn, self.query, size)
                return data.window_from(conn, self.query, self._sample[anchor], 0, size)
            keys = self._skeleton
            if keys:
                anchor = min(offset // SKELETON_STEP, len(keys) - 1)
                return data.window_from(conn, self.query, keys[anchor], offset - anchor * SKELETON_STEP, size)
            return data.window_at(conn, self.query, offset, size)

    def refreshed(self) -> Register:
        """The same view read anew (F5, after a save): the measure is carried over (edits since
        shift positions by a few rows at most) until `measure` runs again."""
        fresh = Register(self.session, self.view)
        fresh._sample, fresh._skeleton, fresh._total = self._sample, self._skeleton, self._total
        fresh._order = self._order
        return fresh

    def measure(self) -> int:
        """The view's length, estimated for a big view and exact for a small one, with what
        positions need; run off the GUI thread (milliseconds for a big view)."""
        with self.session.db.read() as conn:
            span = data.id_span(conn)
            if span is None:
                self._sample, self._skeleton, self._total = None, [], 0
                return 0
            low, high = span
            ids = random.sample(range(low, high + 1), min(SAMPLE_SIZE, high - low + 1))
            hits = data.sample(conn, self.query, ids)
        width = high - low + 1
        if len(hits) >= MIN_HITS and width > len(ids):
            self._order = sorted(data.order_key(self.query, key) for key in hits)
            self._sample, self._skeleton = hits, None
            self._total = max(round(len(hits) * width / len(ids)), len(hits))
            return self._total
        total = self.count()
        keys = None
        if total <= EXACT_LIMIT:
            with self.session.db.read() as conn:
                keys, total = data.skeleton(conn, self.query, SKELETON_STEP)
        self._sample, self._skeleton, self._total = None, keys, total
        return total

    @property
    def exact(self) -> bool:
        """Whether positions and the length are exact (False for an estimated big view)."""
        return not self._sample

    def locate(self, conn, key: Key) -> int | None:
        """Row number of the row with `key` (inside an open read transaction); None before the
        view is measured. In a big view it is approximate and costs no statement: the number
        of sampled keys at or before `key` (compared in Python), scaled to the view's length.
        In a small view it is exact: the skeleton key before `key`, guessed the same way and
        confirmed by counting the rows between them (a binary search by Firebird's comparison
        where the guess was wrong)."""
        if self._total is None:
            return None
        if self._sample:
            at = data.order_key(self.query, key)
            n = len(self._order)
            rank = n - bisect_left(self._order, at) if self.query.descending else bisect_right(self._order, at)
            return min(round(rank * self._total / n), max(self._total - 1, 0))
        keys = self._skeleton
        if not keys:
            return data.count_before(conn, self.query, key)
        at = data.order_key(self.query, key)
        before = sum(1 for k in keys if (data.order_key(self.query, k) >= at if self.query.descending
                                         else data.order_key(self.query, k) <= at))
        lo = min(max(before - 1, 0), len(keys) - 1)
        between = data.count_between(conn, self.query, keys[lo], key)
        last = lo == len(keys) - 1
        if 0 < between < SKELETON_STEP or (between == 0 and tuple(keys[lo]) == tuple(key)) or (last and between):
            return lo * SKELETON_STEP + between
        if data.key_after(conn, self.query, keys[0], key):
            return data.count_before(conn, self.query, key)
        lo, hi = 0, len(keys) - 1          # the last skeleton key at or before `key`
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if data.key_after(conn, self.query, keys[mid], key):
                hi = mid - 1
            else:
                lo = mid
        return lo * SKELETON_STEP + data.count_between(conn, self.query, keys[lo], key)

    def estimate(self, key: Key) -> int | None:
        """Row number of the row with `key`, as `locate` (a statement only for a small view)."""
        if self._sample or self._total is None:
            return self.locate(None, key)
        with self.session.db.read() as conn:
            return self.locate(conn, key)

    def key_of(self, client_id: int) -> Key | None:
        with self.session.db.read() as conn:
            return data.key_of(conn, self.query, client_id)

    def count(self) -> int:
        with self.session.db.read() as conn:
            return data.count(conn, self.query)

    def ensure_measured(self) -> int:
        """The view's length, measured now unless a measure (perhaps on another thread) has
        already given it."""
        total = self._total
        return self.measure() if total is None else total

    def position_of(self, client_id: int) -> int | None:
        """Row number of a client in this view (None when the view does not show it)."""
        self.ensure_measured()
        with self.session.db.read() as conn:
            key = data.key_of(conn, self.query, client_id)
            return None if key is None else self.locate(conn, key)

    def name_search(self, text: str) -> tuple[int, int | None] | None:
        """(client id, row) the incremental search moves to; the view must be sorted by name.
        A keystroke never waits for the measure (seconds at a million clients on a busy
        server): before it the row is None, and the register shows the client with its
        neighbours until the measure places them."""
        if self.view.sort != "name":
            raise ValueError("Поиск по названию работает при сортировке по контрагенту.")
        with self.session.db.read() as conn:
            key = data.first_name_match(conn, self.query, text)
            if key is None:
                return None
            return key[1], self.locate(conn, key)


def saved_layout(session: Session) -> dict:
    """Per-user table appearance (REG-6): visible columns in order, widths, sort."""
    layout = session.setting("register.layout") or {}
    columns = [c for c in layout.get("columns", DEFAULT_LAYOUT) if c in BY_KEY] or DEFAULT_LAYOUT
    sort = layout.get("sort") or list(DEFAULT_SORT)
    if sort[0] not in BY_KEY or not BY_KEY[sort[0]].sortable:
        sort = list(DEFAULT_SORT)
    return {"columns": columns, "widths": layout.get("widths", {}), "sort": sort}


def save_layout(session: Session, columns: list[str], widths: dict[str, int], sort: tuple[str, bool]) -> None:
    unknown = [c for c in columns if c not in BY_KEY]
    if unknown or not columns:
        raise ValueError("Неизвестные или пустые колонки реестра.")
    session.set_setting("register.layout", {"columns": columns, "widths": widths, "sort": list(sort)})


def reset_layout(session: Session) -> None:
    session.reset_setting("register.layout")


def extended_search(register: Register, name_fragment: str, phone_fragment: str,
                    after_client_id: int | None) -> tuple[int, str, int | None] | None:
    """(client id, name, row) of the next match after the given client (REG-5, "Далее >>");
    the row is None before the view is measured, as in `Register.name_search`.

    A phone fragment matches the end of a number: "233-13-03" finds +7 (831) 233-13-03."""
    from crm_desktop.domain.contacts import reversed_digits
    name_fragment = " ".join(name_fragment.split())
    digits = reversed_digits(phone_fragment)
    if not name_fragment and not digits:
        raise ValueError("Введите фрагмент названия или телефона.")
    if phone_fragment.strip() and len(digits) < 3:
        raise ValueError("Для поиска по телефону введите не меньше трёх цифр.")
    with register.session.db.read() as conn:
        after = None if after_client_id is None else data.key_of(conn, register.query, after_client_id)
        row = data.next_match(conn, register.query, name_fragment or None, digits or None, after)
        if row is None:
            return None
        return row.id, row.name, register.locate(conn, (row.sort_value, row.id))
