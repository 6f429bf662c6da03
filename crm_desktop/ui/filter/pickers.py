"""Value pickers of the flexi-filter, one widget per domain Picker (manual: "единичный выбор
из справочников; множественный подбор; выбор дат; диапазона дат; числовых данных; текстовых
данных; индикаторов-переключателей"). Every picker has value() -> None when nothing is set
("не задано"), set_value(), clear() and the `changed` signal."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from crm_desktop.domain.flexi_filter import CountInPeriod, DateRange, NumberRange, Picker
from crm_desktop.ui.widgets.date_edit import DateEdit

Choices = list[tuple[int, str]]
_NUMBER_LIMIT = 1e12
SEARCHABLE_FROM = 15      # a multi-value list this long gets a quick search line


class TextPicker(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("фрагмент текста"))
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")

    def clear(self) -> None:
        self.setText("")


class ValuePicker(QComboBox):
    """One item of a dictionary; the first line "не задано" means no condition. Ids live on
    the Python side and the list is refilled in one call (settlements run to a thousand)."""
    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._ids: list[int | None] = []
        self._fill(choices)
        self.currentIndexChanged.connect(self.changed)

    def _fill(self, shown: Choices) -> None:
        current = self.value() if self._ids else None
        self.blockSignals(True)
        QComboBox.clear(self)           # clear() of this class resets the choice only
        self._ids = [None, *(item_id for item_id, _ in shown)]
        self.addItems([self.tr("— не задано —"), *(name for _, name in shown)])
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        return self._ids[self.currentIndex()] if self.currentIndex() >= 0 else None

    def show_only(self, allowed: set[int] | None) -> None:
        """Offer only the items in `allowed` (None: all), e.g. cities of the chosen regions."""
        self._fill([c for c in self._choices if allowed is None or c[0] in allowed])

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(self._ids.index(value) if value in self._ids else 0)

    def clear(self) -> None:
        self.setCurrentIndex(0)


class CheckListModel(QAbstractListModel):
    """Checkable dictionary items kept in Python: ticking, searching and narrowing touch
    no Qt item objects, which keeps a list of a thousand settlements quick."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.checked: set[int] = set()
        self.rows: Choices = list(choices)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item_id, name = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self.checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.set_checked(self.rows[index.row()][0], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_checked(self, item_id: int, on: bool) -> None:
        (self.checked.add if on else self.checked.discard)(item_id)
        row = next((r for r, (i, _) in enumerate(self.rows) if i == item_id), None)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.CheckStateRole])

    def set_checked_ids(self, ids: set[int]) -> None:
        self.beginResetModel()
        self.checked = set(ids)
        self.endResetModel()

    def show(self, rows: Choices) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class ValuesPicker(QWidget):
    """Several items of a dictionary: a checkable list, with a quick search line for long ones."""
    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("быстрый поиск в списке"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._narrow())
        self.search.setVisible(len(choices) >= SEARCHABLE_FROM)
        self._allowed: set[int] | None = None
        self.model = CheckListModel(choices, self)
        self.changed.connect(self._show_chosen)
        self.model.dataChanged.connect(lambda *_args: self.changed.emit())
        self.model.modelReset.connect(self.changed)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 7)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def _show_chosen(self) -> None:
        """Ticked items may be scrolled away in a long list: the search line names them."""
        chosen = [n for i, n in self.model.choices if i in self.model.checked]
        hint = self.tr("быстрый поиск в списке")
        self.search.setPlaceholderText(hint if not chosen else self.tr("выбрано: %s") % ", ".join(chosen))
        self.search.setToolTip("\n".join(chosen))

    def _narrow(self) -> None:
        needle = self.search.text().strip().casefold()
        self.model.show([(i, n) for i, n in self.model.choices
                         if (self._allowed is None or i in self._allowed)
                         and (not needle or needle in n.casefold())])

    def show_only(self, allowed: set[int] | None) -> None:
        """Offer only the items in `allowed` (None: all), e.g. cities of the chosen regions;
        ticked items stay ticked."""
        self._allowed = allowed
        self._narrow()

    def visible_names(self) -> list[str]:
        return [name for _, name in self.model.rows]

    def value(self) -> tuple[int, ...] | None:
        ids = tuple(i for i, _ in self.model.choices if i in self.model.checked)
        return ids or None

    def set_value(self, value: tuple[int, ...] | None) -> None:
        self.model.set_checked_ids(set(value or ()))

    def set_checked(self, name: str, checked: bool = True) -> None:
        """Tick an item by its text (what a user does; used by tests too)."""
        item_id = next((i for i, n in self.model.choices if n == name), None)
        if item_id is None:
            raise KeyError(name)
        self.model.set_checked(item_id, checked)

    def clear(self) -> None:
        self.set_value(None)
        self.search.clear()


class _Pair(QWidget):
    """Two pickers "с … по …" / "от … до …" on one line."""
    changed = Signal()

    def __init__(self, first: QWidget, second: QWidget, words: tuple[str, str], parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for word, widget in zip(words, (first, second)):
            layout.addWidget(QLabel(word, self))
            layout.addWidget(widget, 1)
            widget.changed.connect(self.changed)
        self.first, self.second = first, second

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class DateRangePicker(_Pair):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DateEdit(), DateEdit(), (self.tr("с"), self.tr("по")), parent)

    def value(self) -> DateRange | None:
        start, end = self.first.value(), self.second.value()
        return None if start is None and end is None else DateRange(start, end)

    def set_value(self, value: DateRange | None) -> None:
        self.first.set_value(value.start if value else None)
        self.second.set_value(value.end if value else None)


class NumberPicker(QDoubleSpinBox):
    """A number with "не задано" (the minimum shows as that text)."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(-_NUMBER_LIMIT, _NUMBER_LIMIT)
        self.setSpecialValueText(self.tr("не задано"))
        self.setValue(self.minimum())
        self.valueChanged.connect(self.changed)

    def value(self) -> Decimal | None:  # type: ignore[override]
        raw = super().value()
        return None if raw == self.minimum() else Decimal(str(round(raw, 2))).normalize()

    def set_value(self, value: Decimal | None) -> None:
        self.setValue(self.minimum() if value is None else float(value))

    def clear(self) -> None:
        self.setValue(self.minimum())


class NumberRangePicker(_Pair):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(NumberPicker(), NumberPicker(), (self.tr("от"), self.tr("до")), parent)

    def value(self) -> NumberRange | None:
        low, high = self.first.value(), self.second.value()
        return None if low is None and high is None else NumberRange(low, high)

    def set_value(self, value: NumberRange | None) -> None:
        self.first.set_value(value.low if value else None)
        self.second.set_value(value.high if value else None)


class SwitchPicker(QCheckBox):
    """Tri-state: ■ not important (no condition), ✓ yes, empty — no."""
    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTristate(True)
        self.setCheckState(Qt.CheckState.PartiallyChecked)
        self.setToolTip(self.tr("■ — не важно, ✓ — да, пусто — нет"))
        self.checkStateChanged.connect(lambda _state: self.changed.emit())

    def value(self) -> bool | None:
        state = self.checkState()
        return None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked

    def set_value(self, value: bool | None) -> None:
        self.setCheckState(Qt.CheckState.PartiallyChecked if value is None
                           else Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)

    def clear(self) -> None:
        self.set_value(None)


class CountPicker(QWidget):
    """"Не менее N событий за период" (tab "Статистика")."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count = QSpinBox(self)
        self.count.setRange(0, 100000)
        self.count.setSpecialValueText(self.tr("не задано"))
        self.period = DateRangePicker(self)
        layout.addWidget(self.count)
        layout.addWidget(QLabel(self.tr("за период"), self))
        layout.addWidget(self.period, 1)
        self.count.valueChanged.connect(self.changed)
        self.period.changed.connect(self.changed)

    def value(self) -> CountInPeriod | None:
        return CountInPeriod(self.count.value(), self.period.value()) if self.count.value() else None

    def set_value(self, value: CountInPeriod | None) -> None:
        self.count.setValue(value.count if value else 0)
        self.period.set_value(value.period if value else None)

    def clear(self) -> None:
        self.set_value(None)


class ChosenPicker(QWidget):
    """An operator that needs no value ("просрочена", "сегодня"): choosing it is the condition."""
    changed = Signal()

    def value(self) -> Any:
        return None

    def is_chosen(self) -> bool:
        return True

    def set_value(self, value: Any) -> None:
        pass

    def clear(self) -> None:
        pass


class CheckPicker(QCheckBox):
    """A field that is only an operator ("Мои клиенты"): ticked means the condition is on."""
    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> Any:
        return None

    def is_chosen(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(True)

    def clear(self) -> None:
        self.setChecked(False)


def make_picker(picker: Picker, choices: Choices, label: str, only_op: bool,
                parent: QWidget | None = None) -> QWidget:
    """`only_op`: the field has this one operator, so a value-less one becomes a check box."""
    match picker:
        case Picker.TEXT:
            return TextPicker(parent)
        case Picker.VALUE:
            return ValuePicker(choices, parent)
        case Picker.VALUES:
            return ValuesPicker(choices, parent)
        case Picker.DATE:
            return DateEdit(parent)
        case Picker.DATE_RANGE:
            return DateRangePicker(parent)
        case Picker.NUMBER_RANGE:
            return NumberRangePicker(parent)
        case Picker.SWITCH:
            return SwitchPicker(label, parent)
        case Picker.COUNT_IN_PERIOD:
            return CountPicker(parent)
        case _:
            return CheckPicker(label, parent) if only_op else ChosenPicker(parent)
