"""The info-base list and its «Параметры подключения» dialog (PLAT-2, manual: «Настройка
подключения к базе данных»): Добавить (Ins), Изменить (Enter, F2), Удалить (Del), Запуск
(double click)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox,
                               QTreeWidgetItem, QWidget)

from crm_desktop.services.infobases import InfoBase, InfoBaseList
from crm_desktop.ui.forms.startup.infobase_edit_dialog_ui import Ui_InfoBaseEditDialog
from crm_desktop.ui.forms.startup.infobase_list_dialog_ui import Ui_InfoBaseListDialog
from crm_desktop.ui.ops import call


class InfoBaseEditDialog(QDialog):
    """Name, server (empty = embedded on this computer), path, Firebird user and password.

    The password is kept for this run in `password`; with «Сохранить пароль» it also goes to
    the OS keyring, never to the list's file."""

    def __init__(self, bases: InfoBaseList, base: InfoBase | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InfoBaseEditDialog()
        self.ui.setupUi(self)
        self._bases, self._old = bases, base
        self.saved: InfoBase | None = None
        self.password: str | None = None
        if base is not None:
            self.ui.nameEdit.setText(base.name)
            self.ui.serverEdit.setText(base.server)
            self.ui.pathEdit.setText(base.path)
            self.ui.userEdit.setText(base.user)
            self.ui.licenceServerEdit.setText(base.licence_server)
        self._editors: dict[str, QLineEdit] = {"name": self.ui.nameEdit, "server": self.ui.serverEdit,
                                               "path": self.ui.pathEdit}
        self.ui.browseButton.clicked.connect(self._browse)
        self.protection = QLabel()
        self.protection.setWordWrap(True)
        self.protection.setStyleSheet("color: palette(mid)")
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.ui.errorLabel), self.protection)
        self.ui.serverEdit.textChanged.connect(self._explain_protection)
        self._explain_protection()
        buttons = QDialogButtonBox.StandardButton
        self.ui.buttonBox.button(buttons.Ok).setText(self.tr("ОК"))
        self.ui.buttonBox.button(buttons.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _explain_protection(self) -> None:
        """What protects the data in the chosen mode (an embedded file cannot be protected)."""
        if self.ui.serverEdit.text().strip():
            text = self.tr("Сервер Firebird: каждый сотрудник входит своей учётной записью Firebird, "
                           "и сервер сам не показывает ему чужих данных. Пользователь и пароль ниже "
                           "нужны только администратору сервера — для мастера первого запуска.")
        else:
            text = self.tr("Встроенная база: файл открывается на этом компьютере без сервера. Данные "
                           "в нём не защитить от того, кто может прочитать файл; для совместной работы "
                           "сотрудников используйте сервер Firebird.")
        self.protection.setText(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Файл базы данных"), self.ui.pathEdit.text(),
            self.tr("Базы данных Firebird (*.fdb *.gdb);;Все файлы (*)"))
        if path:
            self.ui.pathEdit.setText(path)

    def entered(self) -> InfoBase:
        base = self._old or InfoBase(name="")
        return replace(base, name=self.ui.nameEdit.text(), server=self.ui.serverEdit.text(),
                       path=self.ui.pathEdit.text(), user=self.ui.userEdit.text(),
                       licence_server=self.ui.licenceServerEdit.text())

    def accept(self) -> None:
        base = self.entered()
        errors = self._bases.errors(base, self._old.name if self._old else None)
        if errors:
            field, message = next(iter(errors.items()))
            self.ui.errorLabel.setText(message)
            self._editors[field].setFocus()
            return
        if self._old is None:
            done = call(self, lambda: self._bases.add(base) or True)
        else:
            done = call(self, lambda: self._bases.edit(self._old.name, base) or True)
        if not done:
            return
        self.saved = self._bases.find(base.name.strip())
        self.password = self.ui.passwordEdit.text() or None
        if self.password and self.ui.savePasswordCheck.isChecked() and not self.saved.save_password(self.password):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "В системе нет хранилища паролей, поэтому пароль не сохранён: "
                "он будет запрошен при подключении."))
        super().accept()


class InfoBaseDialog(QDialog):
    """Choose the info-base to launch; `chosen` and the passwords typed in this run after exec()."""

    def __init__(self, bases: InfoBaseList, selected: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InfoBaseListDialog()
        self.ui.setupUi(self)
        self._bases = bases
        self.chosen: InfoBase | None = None
        self.passwords: dict[str, str] = {}
        header = self.ui.baseList.header()
        header.resizeSection(0, 220)
        header.resizeSection(1, 120)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.launchButton.clicked.connect(self.launch)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.baseList.itemDoubleClicked.connect(lambda *_: self.launch())
        self.ui.baseList.currentItemChanged.connect(lambda *_: self._update_buttons())
        list_keys = {Qt.Key.Key_Return: self.edit, Qt.Key.Key_Enter: self.edit,
                     Qt.Key.Key_F2: self.edit, Qt.Key.Key_Delete: self.remove}
        for key, slot in list_keys.items():
            QShortcut(QKeySequence(key), self.ui.baseList, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add)
        self._fill(selected)

    def _fill(self, selected: str | None = None) -> None:
        tree = self.ui.baseList
        tree.clear()
        for base in self._bases.bases:
            item = QTreeWidgetItem([base.name, base.server or self.tr("этот компьютер"), base.path])
            item.setData(0, Qt.ItemDataRole.UserRole, base.name)
            tree.addTopLevelItem(item)
            if base.name == selected:
                tree.setCurrentItem(item)
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self.ui.emptyLabel.setVisible(not self._bases.bases)
        tree.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (self.ui.editButton, self.ui.removeButton, self.ui.launchButton):
            button.setEnabled(has)

    def current(self) -> InfoBase | None:
        item = self.ui.baseList.currentItem()
        return self._bases.find(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _open_editor(self, base: InfoBase | None) -> None:
        dialog = InfoBaseEditDialog(self._bases, base, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            if base is not None:
                self.passwords.pop(base.name, None)
            if dialog.password:
                self.passwords[dialog.saved.name] = dialog.password
            self._fill(dialog.saved.name)

    def add(self) -> None:
        self._open_editor(None)

    def edit(self) -> None:
        base = self.current()
        if base is not None:
            self._open_editor(base)

    def remove(self) -> None:
        base = self.current()
        if base is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Удаление информационной базы"),
            self.tr("Удалить «{0}» из списка? Сама база данных не удаляется.").format(base.name))
        if answer == QMessageBox.StandardButton.Yes and call(self, lambda: self._bases.remove(base.name) or True):
            self.passwords.pop(base.name, None)
            self._fill()

    def launch(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()
