"""The settings window of a report (manual «Отчет о событиях»: "Будет открыто окно настройки
отчета … Когда все параметры выбраны, нажмите кнопку “Сформировать отчет”"): one field per
parameter of the template (reports/specs/<slug>.toml), filled with the values used last time
for this report, else the template's defaults. «Сформировать отчёт» (Enter) checks them with
the engine (services/reports.resolve); a refusal is shown in the window, which stays open."""
from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton,
                               QWidget)

from crm_desktop.domain.report_params import DATE_WORDS, ParamError, date_word, parse_bool, parse_date
from crm_desktop.reporting.report_specs import ParamSpec, ReportSpec
from crm_desktop.services import reports
from crm_desktop.services.reports import Params
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import ClientChoice, find_clients
from crm_desktop.ui.forms.reports.params_dialog_ui import Ui_ReportParamsDialog
from crm_desktop.ui.ops import error_text
from crm_desktop.ui.widgets.date_edit import DateEdit

ALL = "все"
NONE = "(нет значений)"
OWN_DATA_ONLY = ("Отчёты по другим сотрудникам доступны только с правом «Видеть журналы и отчёты по всем "
                 "сотрудникам»")


def params_key(slug: str) -> str:
    """The per-user setting holding the values last used for a report."""
    return f"report.{slug}.params"


class Field(Protocol):
    widget: QWidget

    def text(self) -> str: ...

    def set_text(self, text: str) -> None: ...


class DateField:
    """A date with its calendar (the program's date field: typed «25.12», «+3», or picked)."""

    def __init__(self, today: date) -> None:
        self.widget = DateEdit()
        self._today = today

    def text(self) -> str:
        value = self.widget.value()
        return f"{value:%d.%m.%Y}" if value else ""

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text in DATE_WORDS:
            self.widget.set_value(date_word(text, self._today))
            return
        try:
            self.widget.set_value(parse_date(text, self._today, "") if text else None)
        except ParamError:
            self.widget.set_value(None)


class BoolField:
    def __init__(self, label: str) -> None:
        self.widget = QCheckBox(label)

    def text(self) -> str:
        return "да" if self.widget.isChecked() else "нет"

    def set_text(self, text: str) -> None:
        try:
            self.widget.setChecked(parse_bool(text, ""))
        except ParamError:
            self.widget.setChecked(False)


class LineField:
    """Text and whole numbers (the engine says what is wrong with a number)."""

    def __init__(self, numeric: bool) -> None:
        self.widget = QLineEdit()
        if numeric:
            self.widget.setPlaceholderText("число")
            self.widget.setMaximumWidth(self.widget.fontMetrics().averageCharWidth() * 14)

    def text(self) -> str:
        return self.widget.text().strip()

    def set_text(self, text: str) -> None:
        self.widget.setText(text)


class ComboField:
    """A choice from a list of (value, label); a value not in the list falls to the first."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.widget = QComboBox()
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, label in pairs:
            self.widget.addItem(label or ALL, value)
        if not pairs:
            self.widget.addItem(NONE, "")
            self.widget.setEnabled(False)

    def text(self) -> str:
        return str(self.widget.currentData() or "")

    def set_text(self, text: str) -> None:
        index = self.widget.findData(text)
        if index < 0:
            index = next((i for i in range(self.widget.count())
                          if str(self.widget.itemData(i)).lower() == text.lower()), 0)
        self.widget.setCurrentIndex(index)


class UserField(ComboField):
    """An employee by login: «все» first for a reader who sees all journals; the others see only
    themselves (the engine would refuse anyone else), the field then fixed."""

    def __init__(self, session: Session) -> None:
        sees_all = session.rights.sees_all_journals
        super().__init__(([("", ALL)] if sees_all else []) + reports.choices(session, "users"))
        self._login = session.user.login
        if not sees_all:
            self.widget.setEnabled(False)
            self.widget.setToolTip(OWN_DATA_ONLY)

    def set_text(self, text: str) -> None:
        super().set_text(self._login if text.strip().lower() in ("me", "я") else text)


class ClientField:
    """A client by code: type the code or a part of the name; one match is taken, «…» (or Enter
    in the field) offers the matches; the name found is shown beside."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.widget = QWidget()
        self.edit = QLineEdit(self.widget)
        self.edit.setPlaceholderText("код или название")
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 24)
        self.edit.setToolTip("Код клиента; часть названия найдёт его среди доступных вам клиентов; "
                             "пусто — все клиенты")
        self.button = QToolButton(self.widget)
        self.button.setText("…")
        self.button.setToolTip("Найти клиента по коду или части названия")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name = QLabel(self.widget)
        self.name.setStyleSheet("color: #555555;")
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.name, 2)
        self.widget.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(lambda: self.look_up(offer=False))
        self.edit.textEdited.connect(lambda _text: self.name.clear())
        self.button.clicked.connect(lambda: self.look_up(offer=True))

    def _found(self, text: str) -> list[ClientChoice] | None:
        try:
            return find_clients(self._session, text)
        except Exception as exc:  # noqa: BLE001 - the reason is shown beside the field
            self.name.setText(error_text(exc))
            return None

    def look_up(self, offer: bool) -> None:
        """The text as a client: an exact code or the one match is taken; with `offer`, several
        matches are offered in a menu."""
        text = self.edit.text().strip()
        if not text:
            self.name.clear()
            return
        found = self._found(text)
        if found is None:
            return
        exact = [c for c in found if str(c.code) == text]
        if exact or len(found) == 1:
            self._take((exact or found)[0])
        elif not found:
            self.name.setText(f"«{text}» не найден")
        elif offer:
            menu = QMenu(self.widget)
            for choice in found:
                menu.addAction(f"{choice.code} — {choice.name}").setData(choice)
            picked = menu.exec(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
            if picked is not None:
                self._take(picked.data())
        else:
            self.name.setText(f"подходят несколько ({len(found)}): «…» — выбрать")

    def _take(self, choice: ClientChoice) -> None:
        self.edit.setText(str(choice.code))
        self.name.setText(choice.name)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.look_up(offer=False)


def make_field(session: Session, spec: ParamSpec, today: date) -> Field:
    if spec.kind == "date":
        return DateField(today)
    if spec.kind == "bool":
        return BoolField(spec.label)
    if spec.kind == "user":
        return UserField(session)
    if spec.kind == "client":
        return ClientField(session)
    if spec.kind == "choice":
        pairs = reports.choices(session, spec.source)
        if not spec.required and pairs:
            pairs = [("", spec.blank)] + pairs   # «все»: a list that narrows may also not narrow
        return ComboField(pairs)
    return LineField(spec.kind == "int")


class ReportParamsDialog(QDialog):
    """After «Сформировать отчёт», `params` holds the checked values and `values()` their text."""

    def __init__(self, session: Session, spec: ReportSpec, preset: dict[str, str] | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportParamsDialog()
        self.ui.setupUi(self)
        self._session, self.spec = session, spec
        self._today = today or date.today()
        self.params: Params | None = None
        self.setWindowTitle(self.tr("Параметры отчёта «%1»").replace("%1", spec.title))
        self.ui.titleLabel.setText(spec.title)
        self.ui.descriptionLabel.setText(spec.description)
        self.ui.descriptionLabel.setVisible(bool(spec.description))
        self.fields: dict[str, Field] = {}
        for p in spec.params:
            field = make_field(session, p, self._today)
            self.fields[p.name] = field
            if p.kind == "bool":
                self.ui.paramsLayout.addRow("", field.widget)
            else:
                label = QLabel(self.tr(p.label) + (" *" if p.required else "") + ":")
                label.setBuddy(field.widget)
                self.ui.paramsLayout.addRow(label, field.widget)
        remembered = self._remembered()
        for p in spec.params:
            given = (preset or {}).get(p.name, remembered.get(p.name, p.default))
            self.fields[p.name].set_text(str(given))
        self.ui.buildButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        if spec.params:
            self.fields[spec.params[0].name].widget.setFocus()
        self.adjustSize()

    def _remembered(self) -> dict[str, str]:
        try:
            saved = self._session.setting(params_key(self.spec.slug), {})
        except Exception:  # noqa: BLE001 - without the last values the defaults serve
            return {}
        return {k: str(v) for k, v in saved.items()} if isinstance(saved, dict) else {}

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    def error(self) -> str:
        """The refusal shown in the window ("" when none)."""
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _to_remember(self, values: dict[str, str]) -> dict[str, str]:
        """A date left at its default is kept as the template's word («month_start»), so next
        month the report opens on next month; a date the user chose is kept as chosen."""
        kept = dict(values)
        for p in self.spec.params:
            if p.kind == "date" and p.default in DATE_WORDS and \
                    values[p.name] == f"{date_word(p.default, self._today):%d.%m.%Y}":
                kept[p.name] = p.default
        return kept

    def accept(self) -> None:
        """Check the values with the engine; a refusal stays in the window, the values that
        pass are remembered for next time."""
        for field in self.fields.values():
            if isinstance(field, ClientField) and field.text() and not field.text().isdigit():
                field.look_up(offer=True)
        values = self.values()
        try:
            self.params = reports.resolve(self._session, self.spec, values, self._today)
        except Exception as exc:  # noqa: BLE001 - ParamError and a failed look-up alike stay in the window
            self.show_error(str(exc) if isinstance(exc, ParamError) else error_text(exc))
            return
        self.show_error("")
        try:
            self._session.set_setting(params_key(self.spec.slug), self._to_remember(values))
        except Exception:  # noqa: BLE001 - not remembering the values does not stop the report
            pass
        super().accept()
