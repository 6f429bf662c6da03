"""The rich-text editor of contract templates and of a contract's own text («Дизайнер»,
manual "Создание шаблонов договоров"): formatting a clerk needs for a contract, and the
template variables inserted from a list, so that a name is never mistyped."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from crm_desktop.domain.contract_vars import VARIABLES


class RichTextEditor(QWidget):
    """QTextEdit with a formatting toolbar and «Переменная…»; html() / set_html();
    `changed` when the text changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit(self)
        self.edit.setAcceptRichText(True)
        self.edit.textChanged.connect(self.changed)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot, checkable in (
                ("bold", "Ж", self.tr("Полужирный (Ctrl+B)"), self._bold, True),
                ("italic", "К", self.tr("Курсив (Ctrl+I)"), self._italic, True),
                ("underline", "Ч", self.tr("Подчёркнутый (Ctrl+U)"), self._underline, True),
                ("left", "⇤", self.tr("По левому краю"), lambda: self._align(Qt.AlignmentFlag.AlignLeft), False),
                ("center", "⇔", self.tr("По центру"), lambda: self._align(Qt.AlignmentFlag.AlignHCenter), False),
                ("right", "⇥", self.tr("По правому краю"), lambda: self._align(Qt.AlignmentFlag.AlignRight), False),
                ("justify", "▤", self.tr("По ширине"), lambda: self._align(Qt.AlignmentFlag.AlignJustify), False),
                ("bullets", "•", self.tr("Маркированный список"), self._bullets, False),
                ("undo", "↶", self.tr("Отменить (Ctrl+Z)"), self.edit.undo, False),
                ("redo", "↷", self.tr("Повторить (Ctrl+Y)"), self.edit.redo, False)):
            bar.addWidget(self._tool(key, text, tip, slot, checkable))
        self._style_buttons()
        self.variables = QComboBox(self)
        self.variables.addItem(self.tr("Переменная…"))
        for name, description in VARIABLES.items():
            self.variables.addItem(f"[{name}] — {description}", name)
            self.variables.setItemData(self.variables.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.variables.setToolTip(self.tr("Вставить переменную шаблона в текст"))
        self.variables.setMaxVisibleItems(20)
        self.variables.activated.connect(self._insert_variable)
        bar.addWidget(self.variables, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.edit.currentCharFormatChanged.connect(self._show_format)
        self.edit.undoAvailable.connect(self.buttons["undo"].setEnabled)
        self.edit.redoAvailable.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)

    def _tool(self, key: str, text: str, tip: str, slot: Callable[[], None], checkable: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _style_buttons(self) -> None:
        for key, apply in (("bold", lambda f: f.setBold(True)), ("italic", lambda f: f.setItalic(True)),
                           ("underline", lambda f: f.setUnderline(True))):
            font = self.buttons[key].font()
            apply(font)
            self.buttons[key].setFont(font)
        for key, keys in (("bold", QKeySequence.StandardKey.Bold), ("italic", QKeySequence.StandardKey.Italic),
                          ("underline", QKeySequence.StandardKey.Underline)):
            self.buttons[key].setShortcut(QKeySequence(keys))

    # -- text ------------------------------------------------------------------------------------
    def html(self) -> str:
        """The text as HTML; an empty editor gives "" (no template), not Qt's empty document."""
        return self.edit.toHtml() if self.edit.toPlainText().strip() else ""

    def set_html(self, html: str) -> None:
        self.edit.setHtml(html)
        self.edit.document().clearUndoRedoStacks()
        self.edit.document().setModified(False)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        for button in self.buttons.values():
            button.setVisible(not read_only)
        self.variables.setVisible(not read_only)

    # -- formatting ------------------------------------------------------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        self.edit.mergeCurrentCharFormat(fmt)
        self.edit.setFocus()

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.buttons["bold"].isChecked() else QFont.Weight.Normal)
        self._merge(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.buttons["italic"].isChecked())
        self._merge(fmt)

    def _underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(self.buttons["underline"].isChecked())
        self._merge(fmt)

    def _align(self, alignment: Qt.AlignmentFlag) -> None:
        self.edit.setAlignment(alignment)
        self.edit.setFocus()

    def _bullets(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None:                 # a second press ends the list
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.edit.setFocus()

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.buttons["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.buttons["italic"].setChecked(fmt.fontItalic())
        self.buttons["underline"].setChecked(fmt.fontUnderline())

    def _insert_variable(self, index: int) -> None:
        name = self.variables.itemData(index)
        self.variables.setCurrentIndex(0)
        if name:
            self.edit.textCursor().insertText(f"[{name}]")
            self.edit.setFocus()
