"""«Администрирование – Импорт из MS Excel» (manual: "Импорт данных из Microsoft Excel"; ADM-7):
a wizard of the manual's three steps over one editable table of the rows (A–N, with each row's
reasons; rows with errors red, duplicates yellow). Reading the file, the autocorrection and the
import run on the runner (ui/ops.run_op) with a progress window and «Отмена»: a cancelled import
leaves nothing. Administrators only (services/excel_import.py)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QHeaderView, QTableView, QWidget, QWizard

from crm_desktop.domain.amount_words import plural_form
from crm_desktop.domain.excel_import import COLUMNS, AutoOptions, Checked, SourceRow, check_row
from crm_desktop.services import excel_import
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import CLIENT, announce
from crm_desktop.ui.forms.admin.excel_import_ui import Ui_ExcelImportWizard
from crm_desktop.ui.ops import Cancelled, Job, error_text, run_op

TITLE = "Импорт из MS Excel"
ERROR_COLOUR = QColor("#f6c9c9")
DUPLICATE_COLOUR = QColor("#fbeeb8")
_ROWS = ("строка", "строки", "строк")
_CLIENTS = ("клиент", "клиента", "клиентов")
Index = QModelIndex | QPersistentModelIndex
_CANCELLED = object()


def _count(n: int, forms: tuple[str, str, str]) -> str:
    return f"{n} {plural_form(n, forms)}"


FIRST_CELL = 2                  # «Стр.», «Замечания», then A–N


class RowsModel(QAbstractTableModel):
    """The rows of the file: «Стр.» (its row in Excel), «Замечания» (the reasons of a row that
    cannot be imported, or the duplicate it is) and the columns A–N (editable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SourceRow] = []
        self.checked: list[Checked | None] = []
        self.split_names = True

    def reset(self, rows: Sequence[SourceRow], checked: Sequence[Checked | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = list(checked) if checked is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Стр.")
            if section == 1:
                return self.tr("Замечания")
            column = COLUMNS[section - FIRST_CELL]
            return f"{column.letter}: {column.title}"
        return None

    def _remarks(self, row: int) -> str:
        checked = self.checked[row]
        if checked is None:
            return ""
        return "; ".join(checked.errors) if checked.errors else (checked.duplicate or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return self.rows[row].number
            if column == 1:
                return self._remarks(row)
            return self.rows[row].cells[column - FIRST_CELL]
        checked = self.checked[row]
        if role == Qt.ItemDataRole.BackgroundRole and checked is not None:
            if checked.errors:
                return ERROR_COLOUR
            if checked.duplicate:
                return DUPLICATE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._remarks(row) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() >= FIRST_CELL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A cell edited by hand: the row is checked again at once (its duplicate mark waits
        for step 2 or 3, which ask the database)."""
        if role != Qt.ItemDataRole.EditRole or index.column() < FIRST_CELL:
            return False
        row = index.row()
        self.rows[row] = self.rows[row].with_cell(index.column() - FIRST_CELL, str(value))
        self.checked[row] = check_row(self.rows[row], self.split_names)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def counts(self) -> tuple[int, int, int]:
        """(rows, rows with errors, duplicates) as last checked."""
        bad = sum(1 for c in self.checked if c is not None and c.errors)
        duplicates = sum(1 for c in self.checked if c is not None and not c.errors and c.duplicate)
        return len(self.rows), bad, duplicates


class ExcelImportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExcelImportWizard()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        self.source = ""
        self.checked_now = False          # the table's marks are those of the rows as they are
        self.result: excel_import.Result | None = None
        self.model = RowsModel(self)
        self.model.dataChanged.connect(self._edited)
        ui = self.ui
        for table in (ui.loadTable, ui.autoTable, ui.importTable):
            self._table(table)
        ui.browseButton.clicked.connect(self.browse)
        ui.loadButton.clicked.connect(self.load)
        ui.autoButton.clicked.connect(self.autoprocess)
        ui.importButton.clicked.connect(self.run_import)
        ui.namesCheck.toggled.connect(self._names_toggled)
        self.currentIdChanged.connect(self._page_changed)
        buttons = {QWizard.WizardButton.BackButton: "< &Назад", QWizard.WizardButton.NextButton: "&Далее >",
                   QWizard.WizardButton.FinishButton: "&Закрыть", QWizard.WizardButton.CancelButton: "Отмена"}
        for button, text in buttons.items():
            self.setButtonText(button, self.tr(text))

    def _table(self, table: QTableView) -> None:
        table.setModel(self.model)
        table.setAlternatingRowColors(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 48)
        header.resizeSection(1, 260)
        for section in range(FIRST_CELL, FIRST_CELL + len(COLUMNS)):
            header.resizeSection(section, 150)

    # -- common ----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _start(self, work: Any, on_done: Any, label: Any, title: str, waiting: str,
               cancelled: str = "Отменено: таблица осталась как была.") -> None:
        """`work` on the runner; the tables take no edits meanwhile (its result replaces them).
        «Отмена» in the progress window stops it, and `label` says what that left."""
        label.setText(self.tr(waiting))
        self._editable(False)

        def guarded(progress: Any) -> Any:
            try:
                return work(progress)
            except Cancelled:
                return _CANCELLED       # delivered, so the page says so (the runner drops a Cancelled)

        def done(result: Any) -> None:
            self._editable(True)
            if result is _CANCELLED:
                label.setText(self.tr(cancelled))
            else:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._editable(True)
            label.setText(error_text(exc))

        self.job = run_op(self, guarded, done, failed, progress=self.tr(title))

    def _editable(self, on: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed) if on else QAbstractItemView.EditTrigger.NoEditTriggers
        for table in (self.ui.loadTable, self.ui.autoTable, self.ui.importTable):
            table.setEditTriggers(triggers)

    def _edited(self, *_: Any) -> None:
        self.checked_now = False
        self._summary()

    def _names_toggled(self, on: bool) -> None:
        self.model.split_names = on

    # -- step 1 ----------------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл для импорта"), self.ui.fileEdit.text(),
                                              self.tr("Книги Excel (*.xlsx);;Все файлы (*)"))
        if path:
            self.ui.fileEdit.setText(path)
            self.load()

    def load(self) -> None:
        path = self.ui.fileEdit.text().strip()
        if self.busy():
            return
        if not path:
            self.ui.loadLabel.setText(self.tr("Выберите файл кнопкой «Обзор…»."))
            return
        self._start(lambda progress: excel_import.load(path, progress), self._loaded, self.ui.loadLabel,
                    "Загрузка файла", "Чтение файла…")

    def _loaded(self, loaded: excel_import.Loaded) -> None:
        self.source = loaded.source
        self.model.reset(loaded.rows)
        self.checked_now = False
        self.result = None
        self.ui.importButton.setEnabled(True)
        self.ui.loadLabel.setText(self.tr("Загружено: %1. Нажмите «Далее».").replace(
            "%1", _count(len(loaded.rows), _ROWS)))

    def validateCurrentPage(self) -> bool:
        if self.busy():
            return False
        if self.currentPage() is self.ui.loadPage and not self.model.rows:
            self.ui.loadLabel.setText(self.tr("Сначала загрузите файл: «ШАГ 1 - Загрузка»."))
            return False
        return True

    # -- step 2 ----------------------------------------------------------------------------

    def autoprocess(self) -> None:
        if self.busy() or not self.model.rows:
            return
        options = AutoOptions(self.ui.namesCheck.isChecked(), self.ui.noteCheck.isChecked(), self.source)
        session, rows = self._session, list(self.model.rows)
        self._start(lambda progress: excel_import.prepare(session, rows, options, progress), self._checked,
                    self.ui.autoLabel, "Автообработка", "Автообработка…")

    def _check(self, label: Any) -> None:
        """The rows as they are checked (and compared with the database), unless already so."""
        if self.busy() or self.checked_now or not self.model.rows:
            return
        session, rows = self._session, list(self.model.rows)
        self._start(lambda progress: excel_import.prepare(session, rows, None, progress), self._checked,
                    label, "Проверка данных", "Проверка данных…")

    def _checked(self, checked: list[Checked]) -> None:
        self.model.reset([c.row for c in checked], checked)
        self.checked_now = True
        text = self._summary()
        self.ui.autoLabel.setText(text)
        self.ui.importLabel.setText("")

    def _summary(self) -> str:
        rows, bad, duplicates = self.model.counts()
        text = self.tr("Строк: %1, с ошибками: %2, повторяют имеющихся клиентов или другие строки: %3.").replace(
            "%1", str(rows)).replace("%2", str(bad)).replace("%3", str(duplicates))
        self.ui.summaryLabel.setText(text)
        return text

    # -- step 3 ----------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.ui.importPage:
            if self.ui.statusCombo.count() == 0:
                self._fill_choices()
            self._check(self.ui.importLabel)

    def _fill_choices(self) -> None:
        try:
            choices = excel_import.choices(self._session)
        except Exception as exc:  # noqa: BLE001 - the refusal is shown on the page
            self.ui.importLabel.setText(error_text(exc))
            return
        ui = self.ui
        for combo, items in ((ui.statusCombo, choices.statuses), (ui.priorityCombo, choices.priorities)):
            combo.addItem(self.tr("— не задан —"), None)
            for item_id, name in items:
                combo.addItem(name, item_id)
        for user_id, name in choices.curators:
            ui.curatorCombo.addItem(name, user_id)
        select(ui.curatorCombo, self._session.user.id)

    def settings(self) -> excel_import.Settings:
        ui = self.ui
        return excel_import.Settings(ui.statusCombo.currentData(), ui.priorityCombo.currentData(),
                                     ui.curatorCombo.currentData(), ui.skipErrorsCheck.isChecked(),
                                     ui.duplicatesCheck.isChecked(), ui.namesCheck.isChecked())

    def run_import(self) -> None:
        if self.busy() or not self.model.rows:
            return
        if self.ui.curatorCombo.currentData() is None:
            self.ui.importLabel.setText(self.tr("Выберите куратора."))
            return
        session, rows, settings = self._session, list(self.model.rows), self.settings()
        self._start(lambda progress: excel_import.run(session, rows, settings, progress), self._imported,
                    self.ui.importLabel, "Импорт клиентов", "Импорт клиентов…",
                    "Импорт отменён: в базу данных ничего не записано.")

    def _imported(self, result: excel_import.Result) -> None:
        self.result = result
        announce(CLIENT)            # the register reads itself again
        self.ui.importButton.setEnabled(False)        # the same rows twice would be duplicates
        text = self.tr("Импортировано: %1.").replace("%1", _count(result.imported, _CLIENTS))
        if result.codes is not None:
            text += " " + self.tr("Коды с %1 по %2.").replace("%1", str(result.codes[0])).replace(
                "%2", str(result.codes[1]))
        if result.skipped_errors or result.skipped_duplicates:
            text += " " + self.tr("Пропущено строк с ошибками: %1, повторов: %2.").replace(
                "%1", str(result.skipped_errors)).replace("%2", str(result.skipped_duplicates))
        self.ui.importLabel.setText(text)

    def reject(self) -> None:
        if self.busy():
            return              # the progress window's «Отмена» stops the work first
        super().reject()


def select(combo: QComboBox, value: Any) -> None:
    """Choose the item holding `value` (tests and presets)."""
    found = combo.findData(value)
    if found >= 0:
        combo.setCurrentIndex(found)


def open_excel_import(parent: QWidget | None, session: Session) -> None:
    """«Администрирование – Импорт из MS Excel»: administrators only."""
    if not session.rights.is_admin:
        from crm_desktop.ui.ops import show_error
        show_error(parent, PermissionError(excel_import.REFUSAL), TITLE)
        return
    ExcelImportWizard(session, parent).exec()
