"""One field of the filter panel: an operator selector (when the field has several) and the
picker of the chosen operator; it yields a domain Condition or None when nothing is set."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from crm_desktop.domain.flexi_filter import Condition, FieldSpec, Op, Picker
from crm_desktop.ui.filter.pickers import Choices, make_picker


class FieldEditor(QWidget):
    changed = Signal()

    def __init__(self, spec: FieldSpec, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ops = QComboBox(self)
        for op in spec.ops:
            self.ops.addItem(self.tr(op.title), op.value)
        self.ops.setVisible(len(spec.ops) > 1)
        layout.addWidget(self.ops, 0, Qt.AlignmentFlag.AlignTop)
        self.pickers = {op: make_picker(op.picker, choices, spec.label, len(spec.ops) == 1)
                        for op in spec.ops}
        for picker in self.pickers.values():
            # only the chosen operator's picker is shown: a hidden one takes no room
            layout.addWidget(picker, 1)
            picker.changed.connect(self.changed)
        self.ops.currentIndexChanged.connect(self._show_picker)
        self._show_picker()

    def _show_picker(self) -> None:
        for op, picker in self.pickers.items():
            picker.setVisible(op is self.op)
        self.changed.emit()

    @property
    def op(self) -> Op:
        return Op(self.ops.currentData())

    def set_op(self, op: Op) -> None:
        self.ops.setCurrentIndex(self.ops.findData(op.value))

    @property
    def picker(self) -> QWidget:
        return self.pickers[self.op]

    def condition(self) -> Condition | None:
        """None when not set; ValueError (with the field's name) when set wrongly."""
        op, picker = self.op, self.picker
        try:
            if op.picker is Picker.NONE:
                return Condition(self.spec.key, op) if picker.is_chosen() else None
            value = picker.value()
            return None if value is None else Condition(self.spec.key, op, value)
        except ValueError as exc:
            raise ValueError(f"«{self.spec.label}»: {exc}") from None

    def set_condition(self, cond: Condition | None) -> None:
        self.clear()
        if cond is not None:
            self.set_op(cond.op)
            self.picker.set_value(cond.value)

    def clear(self) -> None:
        self.ops.setCurrentIndex(0)
        for picker in self.pickers.values():
            picker.clear()
