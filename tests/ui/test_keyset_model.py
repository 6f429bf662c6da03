"""The one keyset-paged journal model (ui/widgets/keyset_model.py) on a list standing for the
database: windows are read as the table is scrolled, after the key of the last row held, the
reading stops at a short window, and a failed read is reported once with the rows read so far
kept."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from crm_desktop.ui.widgets.keyset_model import MARK, MONEY, Column, KeysetModel

ROWS = [{"id": n, "name": f"row {n}", "sum": n * 10} for n in range(1, 8)]      # keys 1..7, newest last
COLUMNS = (Column("✓", lambda r: "✓", MARK, tip="Проведён"), Column("Название", lambda r: r["name"]),
           Column("Сумма", lambda r: str(r["sum"]), MONEY))


class Source:
    """Windows of ROWS after a key; `fail_after` makes the reads after that key fail."""

    def __init__(self) -> None:
        self.reads: list[tuple[int | None, int]] = []
        self.fail_after: int | None = None

    def __call__(self, after: int | None, size: int) -> list[dict]:
        self.reads.append((after, size))
        if self.fail_after is not None and after == self.fail_after:
            raise ValueError("База данных недоступна")
        start = 0 if after is None else next(i for i, r in enumerate(ROWS) if r["id"] == after) + 1
        return ROWS[start:start + size]


def _model(source: Source, size: int = 3) -> tuple[KeysetModel[dict], list[Exception]]:
    model: KeysetModel[dict] = KeysetModel(COLUMNS, source, lambda row: row["id"], size)
    errors: list[Exception] = []
    model.on_error = errors.append
    return model, errors


def test_reads_the_first_window_then_the_next_after_the_last_key_until_a_short_one(qtbot) -> None:
    source = Source()
    model, errors = _model(source)
    model.refresh()
    assert model.rowCount() == 3 and model.canFetchMore() and source.reads == [(None, 3)]
    model.fetchMore()
    assert model.rowCount() == 6 and model.canFetchMore() and source.reads[-1] == (3, 3)
    model.fetchMore()                                          # 1 row: the last window
    assert model.rowCount() == 7 and not model.canFetchMore()
    model.fetchMore()
    assert len(source.reads) == 3 and errors == []
    assert [model.row(r)["id"] for r in range(7)] == [r["id"] for r in ROWS]
    model.refresh()                                            # F5: from the top again
    assert model.rowCount() == 3 and source.reads[-1] == (None, 3)


def test_scrolling_the_table_reads_the_next_windows(qtbot) -> None:
    source = Source()
    model, _ = _model(source, size=2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 80)
    view.show()
    model.refresh()
    assert model.rowCount() == 2

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()
        return not model.canFetchMore()
    qtbot.waitUntil(scrolled_to_the_end)
    assert model.rowCount() == 7 and [after for after, _ in source.reads] == [None, 2, 4, 6]


def test_a_failed_window_is_reported_once_and_the_rows_read_stay(qtbot) -> None:
    source = Source()
    source.fail_after = 3
    model, errors = _model(source)
    model.refresh()
    model.fetchMore()
    assert [str(e) for e in errors] == ["База данных недоступна"]
    assert model.rowCount() == 3 and not model.canFetchMore()
    model.fetchMore()
    assert len(errors) == 1 and len(source.reads) == 2


def test_without_on_error_a_failed_read_is_raised(qtbot) -> None:
    source = Source()
    source.fail_after = 3
    model: KeysetModel[dict] = KeysetModel(COLUMNS, source, lambda row: row["id"], 3)
    model.refresh()
    try:
        model.fetchMore()
    except ValueError as exc:
        assert str(exc) == "База данных недоступна"
    else:
        raise AssertionError("the failure was swallowed")


def test_columns_declare_header_alignment_and_tooltip(qtbot) -> None:
    model, _ = _model(Source())
    model.refresh()
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    assert [model.headerData(c, horizontal, display) for c in range(3)] == ["✓", "Название", "Сумма"]
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "Проведён"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.index(0, 2).data(align) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 0).data(align) == int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(align) is None
    assert model.index(1, 2).data() == "20" and COLUMNS[2].money and not COLUMNS[1].money
