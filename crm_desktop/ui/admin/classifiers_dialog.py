"""«Администрирование – Управление данными – Признаки-классификаторы»: the list (Ins adds,
Enter opens the card, Ctrl+↑/↓ changes the order) (DIC-3)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.domain.custom_classifiers import KIND_TITLES
from crm_desktop.services import classifiers
from crm_desktop.services.classifiers import ClassifierCard
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.classifier_card_dialog import ClassifierCardDialog
from crm_desktop.ui.forms.admin.classifiers_ui import Ui_ClassifiersDialog
from crm_desktop.ui.ops import call

COLUMNS = ["Название", "Лейбл", "Тип", "Активен"]


class ClassifiersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClassifiersDialog()
        self.ui.setupUi(self)
        self._session = session
        self._cards: list[ClassifierCard] = []
        table = self.ui.classifiersTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setStretchLastSection(False)
        table.doubleClicked.connect(lambda _: self.open_current())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.upButton.clicked.connect(lambda: self.move(-1))
        self.ui.downButton.clicked.connect(lambda: self.move(1))
        self.ui.closeButton.clicked.connect(self.reject)
        for keys, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_Return, self.open_current),
                           (Qt.Key.Key_Enter, self.open_current), (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1))):
            QShortcut(QKeySequence(keys), self, slot)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._cards = call(self, lambda: classifiers.all_classifiers(self._session)) or []
        table = self.ui.classifiersTable
        table.setRowCount(len(self._cards))
        for i, card in enumerate(self._cards):
            for j, text in enumerate([card.name, card.label, KIND_TITLES[card.value_kind],
                                      "да" if card.is_active else "нет"]):
                table.setItem(i, j, QTableWidgetItem(text))
            if card.id == select_id:
                table.selectRow(i)
        if table.currentRow() < 0 and self._cards:
            table.selectRow(0)

    def _current(self) -> ClassifierCard | None:
        row = self.ui.classifiersTable.currentRow()
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def _edit(self, card: ClassifierCard) -> None:
        dialog = ClassifierCardDialog(self._session, card, self)
        dialog.exec()
        if dialog.saved:
            self.reload(dialog.card.id)

    def add(self) -> None:
        self._edit(ClassifierCard())

    def open_current(self) -> None:
        card = self._current()
        if card is not None:
            self._edit(card)

    def move(self, step: int) -> None:
        card = self._current()
        if card is not None:
            call(self, lambda: classifiers.move(self._session, card.id, step))
            self.reload(card.id)
