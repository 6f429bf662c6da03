"""Records of a card tab (contact persons on "Персонал", accounts on "Банк", addresses and
phones on "Рассылка E-Mail & SMS"): a list and a dialog with every field of the record."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from crm_desktop.domain.client_fields import Field, FieldKind, Record, validate_fields
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.card.field_editors import FieldForm, russian_buttons
from crm_desktop.ui.card.journal import Journal, confirm_delete
from crm_desktop.ui.forms.card.record_dialog_ui import Ui_RecordDialog
from crm_desktop.ui.unsaved_changes import may_close

_MAX_COLUMNS = 7


class RecordDialog(QDialog):
    """Every field of one record; OK checks the record's rules and keeps the input on error."""

    def __init__(self, record: Record, row: dict[str, Any], session: Session, parent: QWidget | None = None,
                 read_only: bool = False, items: dict[str, Sequence[Item]] | None = None,
                 on_call: Callable[[str, dict[str, Any], QWidget], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(record.label)
        self._record, self._row = record, dict(row)
        columns = 2 if len(record.fields) > 8 else 1
        self.form = FieldForm(record.fields, session, self.ui.fieldsHost, columns=columns, items=items)
        QVBoxLayout(self.ui.fieldsHost).addWidget(self.form)
        self.form.set_values(row)
        self.form.set_read_only(read_only)
        if on_call is not None:
            self.form.on_call(lambda number: on_call(number, self._row, self))
        if columns == 2:
            self.resize(900, 560)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not read_only)
        russian_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._opened = None if read_only else self.row()

    def row(self) -> dict[str, Any]:
        return {**self._row, **self.form.values()}

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self._opened is not None and self.row() != self._opened):
            super().reject()

    def accept(self) -> None:
        errors = validate_fields(self._record.fields, self.row())
        marked = self.form.show_errors(errors)
        if marked:
            self.form.editors[marked[0]].setFocus()
            return
        super().accept()


def _cell(field: Field, value: Any, items: Sequence[Item]) -> str:
    if value is None:
        return ""
    if field.kind is FieldKind.FLAG:
        return "да" if value else ""
    if field.kind is FieldKind.DICTIONARY:
        return next((i.name for i in items if i.id == value), "")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value).replace("\n", " ")


class RecordList(Journal):
    """The rows of one record kind; edits stay in the form until the card is saved."""

    def __init__(self, record: Record, session: Session, parent: QWidget | None = None,
                 items: Callable[[], dict[str, Sequence[Item]]] | None = None) -> None:
        self._columns = [f for f in record.fields if f.kind is not FieldKind.MULTILINE][:_MAX_COLUMNS]
        super().__init__([f.label for f in self._columns], parent, self.add_row, self.edit_row, self.delete_row)
        self.record, self._session = record, session
        self._items = items or (lambda: {})
        self._rows: list[dict[str, Any]] = []
        self._editable = True
        # hook(number, row, dialog) after a call started from a phone of a record (GRP-5)
        self.on_call: Callable[[str, dict[str, Any], QWidget], None] | None = None

    def value(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def set_value(self, rows: Sequence[dict[str, Any]]) -> None:
        self._rows = [dict(r) for r in rows]
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._editable = not read_only
        self.set_editable(not read_only)

    def _show(self) -> None:
        items = self._items()
        self.set_rows([[_cell(f, r.get(f.name), items.get(f.name, ())) for f in self._columns]
                       for r in self._rows])

    def _dialog(self, row: dict[str, Any]) -> RecordDialog:
        return RecordDialog(self.record, row, self._session, self, not self._editable, self._items(), self.on_call)

    def add_row(self) -> None:
        defaults = {f.name: (f.name == "subscribed") for f in self.record.fields if f.kind is FieldKind.FLAG}
        dialog = self._dialog({"id": None, **defaults})
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._rows.append(dialog.row())
            self._show()
            self.ui.table.selectRow(len(self._rows) - 1)

    def edit_row(self, index: int) -> None:
        dialog = self._dialog(self._rows[index])
        if dialog.exec() == QDialog.DialogCode.Accepted and self._editable:
            self._rows[index] = dialog.row()
            self._show()

    def delete_row(self, index: int) -> None:
        title = " ".join(_cell(f, self._rows[index].get(f.name), ()) for f in self._columns[:2]).strip()
        if confirm_delete(self, self.tr(f"Удалить запись «{title}» ({self.record.label.lower()})?")):
            del self._rows[index]
            self._show()
