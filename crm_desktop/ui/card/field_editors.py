"""Editors for the fields declared in domain/client_fields.py and a form that lays them out
with labels (red asterisk on required ones), hints and the error under each field.

Every editor offers ``value()``, ``set_value(v)`` and ``set_read_only(flag)``. Phones, e-mails
and web sites have a button that opens them (CLI-4): a call as set in «Настройка — Параметры —
Телефония» (domain/telephony.py), ``mailto:``, ``http://``. A call started is told to the
owner of the form (``FieldForm.on_call``), which asks whether it took place (GRP-5)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from crm_desktop.domain import contacts
from crm_desktop.domain.client_fields import Field, FieldKind
from crm_desktop.domain.telephony import call_target
from crm_desktop.domain.validation import FieldError
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.session import Session
from crm_desktop.services.telephony import telephony_setting
from crm_desktop.ui.desktop_links import open_link, place_call
from crm_desktop.ui.widgets.date_edit import DateEdit
from crm_desktop.ui.widgets.dictionary_combo import DictionaryCombo, DictionaryListPicker

_MONEY_MAX = 1e15
ERROR_STYLE = "color: #c62828;"
REQUIRED_MARK = ' <span style="color:#d32f2f">*</span>'


def russian_buttons(box: QDialogButtonBox) -> None:
    """OK / Отмена even where Qt's own translations are not installed."""
    for which, text in ((QDialogButtonBox.StandardButton.Ok, "ОК"),
                        (QDialogButtonBox.StandardButton.Cancel, "Отмена")):
        if box.button(which) is not None:
            box.button(which).setText(text)


def label_text(field: Field) -> str:
    return field.label + (REQUIRED_MARK if field.required else "")


class TextEditor(QLineEdit):
    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class LinkEditor(QWidget):
    """A phone, e-mail or site with a button that calls, writes or opens it."""

    ICONS = {FieldKind.PHONE: "☎", FieldKind.EMAIL: "✉", FieldKind.URL: "↗"}
    TIPS = {FieldKind.PHONE: "Позвонить", FieldKind.EMAIL: "Написать письмо", FieldKind.URL: "Открыть сайт"}

    def __init__(self, kind: FieldKind, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind, self._session = kind, session
        self.on_call: Callable[[str], None] | None = None     # told the number once a call started
        self.edit = TextEditor(self)
        self.button = QToolButton(self)
        self.button.setText(self.ICONS[kind])
        self.button.setToolTip(self.tr(self.TIPS[kind]))
        self.button.clicked.connect(self.open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    @property
    def kind(self) -> FieldKind:
        return self._kind

    def value(self) -> str | None:
        return self.edit.value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)     # the link keeps working on a read-only card

    def open(self) -> None:
        text = self.value()
        if not text:
            return
        try:
            if self._kind is FieldKind.PHONE:
                if place_call(self, call_target(text, telephony_setting(self._session)), text) and self.on_call:
                    self.on_call(text)
            elif self._kind is FieldKind.EMAIL:
                open_link(self, contacts.mailto_uri(text), "mailto")
            else:
                open_link(self, text if "://" in text else "http://" + text, "http")
        except ValueError as exc:        # not a phone / e-mail, or a setting that cannot call
            QMessageBox.warning(self, self.tr("Нельзя открыть"), str(exc))


class MemoEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(48)
        self.setMaximumHeight(90)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class MoneyEditor(QDoubleSpinBox):
    """Roubles and kopecks; below zero shows blank (no value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(-0.01, _MONEY_MAX)
        self.setSpecialValueText(" ")
        self.setGroupSeparatorShown(True)
        self.setSuffix(" ₽")

    def value(self) -> Decimal | None:          # type: ignore[override]
        number = super().value()
        return None if number < 0 else Decimal(f"{number:.2f}")

    def set_value(self, value: Any) -> None:
        self.setValue(-0.01 if value is None else float(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class FlagEditor(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ShownValue(QLineEdit):
    """A value the program fills (code, who and when): shown, never typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value
        text = (value.strftime("%d.%m.%Y %H:%M") if isinstance(value, datetime) else
                value.strftime("%d.%m.%Y") if isinstance(value, date) else "" if value is None else str(value))
        self.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        pass


def make_editor(field: Field, session: Session, parent: QWidget | None = None,
                items: Sequence[Item] | None = None) -> QWidget:
    """The editor widget of a field by its kind; ``items`` fills a dictionary that is not a
    stored one (contact persons of the open card)."""
    kind = field.kind
    if kind is FieldKind.DICTIONARY:
        editor: QWidget = DictionaryCombo(session, field.dictionary, parent, items=items)
    elif kind is FieldKind.DICTIONARY_SET:
        editor = DictionaryListPicker(session, field.dictionary, parent)
    elif kind in LinkEditor.ICONS:
        editor = LinkEditor(kind, session, parent)
    elif kind is FieldKind.MULTILINE:
        editor = MemoEditor(parent)
    elif kind in (FieldKind.DATE, FieldKind.DATETIME) and not field.read_only:
        editor = DateEdit(parent, with_time=kind is FieldKind.DATETIME)
    elif kind is FieldKind.MONEY:
        editor = MoneyEditor(parent)
    elif kind is FieldKind.FLAG:
        editor = FlagEditor(field.label, parent)
    elif field.read_only and kind is not FieldKind.DICTIONARY:
        editor = ShownValue(parent)
    else:
        editor = TextEditor(parent)
    if field.read_only:
        editor.set_read_only(True)
    editor.setToolTip(field.hint)
    editor.setObjectName(f"field_{field.name}")
    return editor


_TALL = (FieldKind.MULTILINE, FieldKind.DICTIONARY_SET)


def _split(fields: list[tuple[str, Field]], columns: int) -> list[list[tuple[str, Field]]]:
    """Columns of about equal height, in field order (a memo is as tall as three lines)."""
    weights = [3 if f.kind in _TALL else 1 for _, f in fields]
    share = sum(weights) / columns
    chunks: list[list[tuple[str, Field]]] = [[]]
    filled = 0
    for pair, weight in zip(fields, weights):
        if filled >= share * len(chunks) and len(chunks) < columns:
            chunks.append([])
        chunks[-1].append(pair)
        filled += weight
    return chunks


class FieldForm(QWidget):
    """Labels and editors of a group of fields in one or more columns, with an error line
    under each field. Keyed by field name (or by the key given in ``keys``)."""

    def __init__(self, fields: Sequence[Field], session: Session, parent: QWidget | None = None,
                 columns: int = 1, items: Mapping[str, Sequence[Item]] | None = None,
                 keys: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.fields = dict(zip(keys or [f.name for f in fields], fields))
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for chunk in _split(list(self.fields.items()), columns):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, field in chunk:
                self._add(form, key, field, session, (items or {}).get(field.name))
            row.addLayout(form, 1)

    def _add(self, form: QFormLayout, key: str, field: Field, session: Session,
             items: Sequence[Item] | None) -> None:
        editor = make_editor(field, session, self, items)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(editor)
        box.addWidget(error)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if field.kind is FieldKind.FLAG:
            form.addRow("", holder)
        else:
            label = QLabel(label_text(field), self)
            label.setToolTip(field.hint)
            label.setBuddy(editor)
            form.addRow(label, holder)
        self.editors[key] = editor
        self.errors[key] = error

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def on_call(self, hook: Callable[[str], None] | None) -> None:
        """`hook(number)` runs after a call started from a phone of this form."""
        for editor in self.editors.values():
            if isinstance(editor, LinkEditor) and editor.kind is FieldKind.PHONE:
                editor.on_call = hook

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, editor in self.editors.items():
            if key in values:
                editor.set_value(values[key])

    def set_read_only(self, read_only: bool) -> None:
        for key, editor in self.editors.items():
            editor.set_read_only(read_only or self.fields[key].read_only)

    def show_errors(self, errors: Iterable[FieldError]) -> list[str]:
        """Mark the errors of this form's fields; returns the keys marked, in form order."""
        by_key = {}
        for e in errors:
            by_key.setdefault(e.field, e.message)
        for key, label in self.errors.items():
            label.setText(by_key.get(key, ""))
            label.setVisible(key in by_key)
        return [k for k in self.editors if k in by_key]
