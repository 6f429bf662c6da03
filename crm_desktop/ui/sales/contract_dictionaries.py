"""«Справочники – Типы договоров» and «Справочники – Тарифы» (manual "Управление договорами",
"Создание шаблонов договоров"): a type carries the template a contract is printed by, as rich
text for PDF and as a Word file for DOCX; a tariff may carry the price that fills a contract's
sum. Both are edited with Permission.EDIT_DICTIONARIES; others see them read-only."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMenu, QMessageBox,
                               QTableWidgetItem, QWidget)

from crm_desktop.domain.money import format_money, parse_money
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import contracts
from crm_desktop.services.contracts import ContractType, Tariff
from crm_desktop.services.session import Session
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.forms.sales.contract_type_dialog_ui import Ui_ContractTypeDialog
from crm_desktop.ui.forms.sales.contract_types_dialog_ui import Ui_ContractTypesDialog
from crm_desktop.ui.forms.sales.tariff_dialog_ui import Ui_TariffDialog
from crm_desktop.ui.sales.record_dialogs import attempt, show_problem
from crm_desktop.ui.unsaved_changes import may_close

READ_ONLY_TIP = "Изменять справочник может пользователь с правом «Редактировать справочники»."
DOCX_FILTER = "Документ Word (*.docx)"


class DictionaryCard(QDialog):
    """An entry's card: `_state()` (what the user typed, for «Сохранить изменения?») and
    `_store()` (the service call; errors shown, input kept) are given by the card; read-only
    for users without the right to edit dictionaries."""

    title_not_saved = "Не сохранено"

    def __init__(self, session: Session, parent: QWidget | None, read_only: bool) -> None:
        super().__init__(parent)
        self._session, self._read_only = session, read_only
        self._opened: object = None

    def _finish_setup(self, box: QDialogButtonBox) -> None:
        russian_buttons(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.accept)
        box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self._read_only)
        self._opened = self._state()

    def _state(self) -> object:
        raise NotImplementedError

    def _store(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        if self._read_only:
            return
        try:
            self._store()
        except Exception as exc:  # noqa: BLE001 - unknown variables, a wrong price … are named; input stays
            show_problem(self, exc, self.tr(self.title_not_saved))
            return
        super().accept()

    def reject(self) -> None:
        if self._read_only or may_close(self, self.windowTitle(), self._state() != self._opened):
            super().reject()


class ContractTypeDialog(DictionaryCard):
    """The type card: name, the template text and the Word template."""

    title_not_saved = "Тип договора не сохранён"

    def __init__(self, session: Session, ctype: ContractType, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(session, parent, read_only)
        self.ui = Ui_ContractTypeDialog()
        self.ui.setupUi(self)
        self._type = ctype
        self.saved_id: int | None = None
        self.editor = self.ui.editor            # the designer's editor (rich_editor.RichTextEditor)
        self.setWindowTitle(self.tr("Тип договора") if ctype.id is None else self.tr(f"Тип договора: {ctype.name}"))
        self.ui.nameEdit.setText(ctype.name)
        self.editor.set_html(ctype.template_html)
        self._docx = ctype.template_docx
        self._show_docx()
        self.ui.loadDocxButton.clicked.connect(self.load_docx)
        self.ui.saveDocxButton.clicked.connect(self.save_docx)
        if read_only:
            self.ui.nameEdit.setReadOnly(True)
            self.editor.set_read_only(True)
            self.ui.loadDocxButton.setEnabled(False)
            for w in (self.ui.loadDocxButton, self.ui.nameEdit):
                w.setToolTip(self.tr(READ_ONLY_TIP))
        self._finish_setup(self.ui.buttonBox)

    def _show_docx(self) -> None:
        self.ui.docxLabel.setText(self.tr("Шаблон DOCX загружен") if self._docx else self.tr("Шаблона DOCX нет"))
        self.ui.saveDocxButton.setEnabled(bool(self._docx))

    def _state(self) -> ContractType:
        return replace(self._type, name=self.ui.nameEdit.text(), template_html=self.editor.html(),
                       template_docx=self._docx)

    def load_docx(self) -> None:
        """«Загрузить шаблон DOCX…»: variables are checked when the type is saved."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Шаблон договора"), "", self.tr(DOCX_FILTER))
        if name:
            data = attempt(self, Path(name).read_bytes, self.tr("Файл не прочитан"))
            if data is not None:
                self._docx = data
                self._show_docx()

    def save_docx(self) -> None:
        """«Сохранить шаблон DOCX…»: to edit it in Word and load it back."""
        default = f"{self.ui.nameEdit.text().strip() or 'Шаблон'}.docx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить шаблон договора"), default,
                                              self.tr(DOCX_FILTER))
        if name and self._docx:
            attempt(self, lambda: Path(name).write_bytes(self._docx), self.tr("Файл не записан"))

    def _store(self) -> None:
        self.saved_id = contracts.save_type(self._session, self._state())


class TariffDialog(DictionaryCard):
    """A tariff: name, price (may be empty: the sum is then typed in the contract), description."""

    title_not_saved = "Тариф не сохранён"

    def __init__(self, session: Session, tariff: Tariff, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(session, parent, read_only)
        self.ui = Ui_TariffDialog()
        self.ui.setupUi(self)
        self._tariff = tariff
        self.setWindowTitle(self.tr("Тариф") if tariff.id is None else self.tr(f"Тариф: {tariff.name}"))
        self.ui.nameEdit.setText(tariff.name)
        self.ui.priceEdit.setText(format_money(tariff.price) if tariff.price is not None else "")
        self.ui.descriptionEdit.setPlainText(tariff.description)
        if read_only:
            for edit in (self.ui.nameEdit, self.ui.priceEdit, self.ui.descriptionEdit):
                edit.setReadOnly(True)
                edit.setToolTip(self.tr(READ_ONLY_TIP))
        self._finish_setup(self.ui.buttonBox)

    def _state(self) -> tuple[str, str, str]:
        return self.ui.nameEdit.text(), self.ui.priceEdit.text(), self.ui.descriptionEdit.toPlainText()

    def _value(self) -> Tariff:
        price: Decimal | None = None
        if self.ui.priceEdit.text().strip():
            try:
                price = parse_money(self.ui.priceEdit.text())
            except ValueError as exc:
                raise ValidationError([FieldError("price", f"Цена: {exc}")]) from None
        return replace(self._tariff, name=self.ui.nameEdit.text(), price=price,
                       description=self.ui.descriptionEdit.toPlainText())

    def _store(self) -> None:
        contracts.save_tariff(self._session, self._value())


class DictionaryWindow(QDialog):
    """A table of one dictionary (the form of «Типы договоров», shared with «Тарифы») with
    Добавить (Ins), Изменить (Enter), Удалить (Del) in buttons and the context menu; without
    the right the commands are disabled with a tooltip."""

    headers: tuple[str, ...] = ()

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractTypesDialog()
        self.ui.setupUi(self)
        self._session = session
        self.editable = session.can(Permission.EDIT_DICTIONARIES)
        self.setWindowTitle(title)
        self.table = self.ui.table
        self.table.setColumnCount(len(self.headers))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.headers])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_current)
        self.table.customContextMenuRequested.connect(self._menu)
        if not self.editable:
            self.ui.editButton.setText(self.tr("Открыть"))
        self.commands = {"add": self.ui.addButton, "edit": self.ui.editButton, "delete": self.ui.deleteButton}
        for key, keys, slot, needs_right in (("add", "Ins", self.add, True),
                                             ("edit", "Return", self.edit_current, False),
                                             ("delete", "Del", self.delete_current, True)):
            button = self.commands[key]
            button.clicked.connect(slot)
            button.setEnabled(self.editable or not needs_right)
            button.setToolTip(self.tr(READ_ONLY_TIP) if needs_right and not self.editable else "")
            QShortcut(QKeySequence(keys), self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.ui.closeButton.clicked.connect(self.reject)
        self._ids: list[int] = []
        self.refresh()

    # -- given by the dictionary -----------------------------------------------------------------
    def _rows(self) -> list[tuple[int, list[str]]]:
        raise NotImplementedError

    def _open(self, item_id: int | None) -> bool:
        raise NotImplementedError

    def _delete(self, item_id: int) -> None:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        rows = attempt(self, self._rows, self.windowTitle()) or []
        self._ids = [item_id for item_id, _ in rows]
        self.table.setRowCount(len(rows))
        for r, (_, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(self._ids.index(select) if select in self._ids else 0)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def add(self) -> None:
        if self.editable and self._open(None):
            self.refresh()

    def edit_current(self) -> None:
        item_id = self.current_id()
        if item_id is not None and self._open(item_id):
            self.refresh(item_id)

    def delete_current(self) -> None:
        item_id = self.current_id()
        if not self.editable or item_id is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        if QMessageBox.question(self, self.tr("Удаление"), self.tr(f"Удалить «{name}»?")) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete(item_id)
        except Exception as exc:  # noqa: BLE001 - e.g. a type already used by contracts
            show_problem(self, exc, self.tr("Не удалено"))
            return
        self.refresh()

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        for key in ("add", "edit", "delete"):
            button = self.commands[key]
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(pos))


class ContractTypesWindow(DictionaryWindow):
    headers = ("Тип договора", "Шаблон")

    def _rows(self) -> list[tuple[int, list[str]]]:
        rows = []
        for type_id, name in contracts.contract_types(self._session):
            t = contracts.load_type(self._session, type_id)
            kinds = [k for k, present in (("текст", t.template_html.strip()), ("DOCX", t.template_docx)) if present]
            rows.append((type_id, [name, ", ".join(kinds) or "нет"]))
        return rows

    def _open(self, item_id: int | None) -> bool:
        try:
            ctype = contracts.load_type(self._session, item_id) if item_id is not None else ContractType(None, "")
        except Exception as exc:  # noqa: BLE001 - deleted by someone else
            show_problem(self, exc, self.tr("Тип договора"))
            return False
        return ContractTypeDialog(self._session, ctype, self, read_only=not self.editable).exec() \
            == QDialog.DialogCode.Accepted

    def _delete(self, item_id: int) -> None:
        contracts.delete_type(self._session, item_id)


class TariffsWindow(DictionaryWindow):
    headers = ("Наименование", "Цена, руб.", "Описание")

    def _rows(self) -> list[tuple[int, list[str]]]:
        self._tariffs = {t.id: t for t in contracts.tariffs(self._session)}
        return [(t.id, [t.name, format_money(t.price) if t.price is not None else "", t.description])
                for t in self._tariffs.values()]

    def _open(self, item_id: int | None) -> bool:
        tariff = self._tariffs[item_id] if item_id is not None else Tariff(None, "")
        return TariffDialog(self._session, tariff, self, read_only=not self.editable).exec() \
            == QDialog.DialogCode.Accepted

    def _delete(self, item_id: int) -> None:
        contracts.delete_tariff(self._session, item_id)


def open_contract_types(parent: QWidget | None, session: Session) -> None:
    """«Справочники – Типы договоров»."""
    ContractTypesWindow(session, "Справочники – Типы договоров", parent).exec()


def open_tariffs(parent: QWidget | None, session: Session) -> None:
    """«Справочники – Тарифы»."""
    TariffsWindow(session, "Справочники – Тарифы", parent).exec()
