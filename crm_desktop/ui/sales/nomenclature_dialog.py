"""«Справочники – Номенклатура» (SAL-1): the browser with the commands that edit groups and
items. Without «Редактировать номенклатуру» the commands stay visible but disabled, and their
tooltip says why, so a manager knows whom to ask. Space marks items (the table selects several
rows), «Печать ценников» prints a tag of each marked item, or of the current one (WH-5, manual
«Печать ценников из справочника номенклатуры»)."""
from __future__ import annotations

from dataclasses import replace

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QWidget

from crm_desktop.domain.permissions import Permission
from crm_desktop.services import nomenclature, stock_printing
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.prompts import ask_text, confirm
from crm_desktop.ui.forms.sales.nomenclature_dialog_ui import Ui_NomenclatureDialog
from crm_desktop.ui.ops import call, error_text
from crm_desktop.ui.print_output import print_to_pdf
from crm_desktop.ui.sales.item_dialog import NO_RIGHT, ItemDialog
from crm_desktop.ui.sales.item_picker import NomenclatureBrowser


class NomenclatureDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NomenclatureDialog()
        self.ui.setupUi(self)
        self._session = session
        self.item_dialog: ItemDialog | None = None      # the card opened last (tests drive it)
        self.browser = NomenclatureBrowser(session, self)
        self.ui.browserLayout.addWidget(self.browser)
        self.ui.buttonBox.rejected.connect(self.reject)
        close = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close)
        close.setText(self.tr("Закрыть"))
        close.setAutoDefault(False)          # Enter opens an item, never closes the window
        may_edit = session.can(Permission.EDIT_NOMENCLATURE)
        tree, table = self.browser.tree, self.browser.table

        def command(text: str, slot, button, keys: str = "", widgets: tuple[QWidget, ...] = (),
                    editing: bool = True) -> QAction:
            """A button's and the context menu's action; the key is in the menu and the tooltip,
            so the button stays short and the toolbar fits a 1000-pixel window."""
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                for widget in widgets:
                    widget.addAction(action)
                action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            if editing and not may_edit:
                action.setEnabled(False)
                action.setToolTip(self.tr(NO_RIGHT))
            button.setDefaultAction(action)
            return action

        ui = self.ui
        self.new_group = command(self.tr("Новая группа"), self._new_group, ui.newGroupButton)
        self.new_subgroup = command(self.tr("Подгруппа"), self._new_subgroup, ui.newSubgroupButton)
        self.rename_group = command(self.tr("Переименовать"), self._rename_group, ui.renameGroupButton, "F2",
                                    (tree,))
        self.delete_group = command(self.tr("Удалить группу"), self._delete_group, ui.deleteGroupButton, "Del",
                                    (tree,))
        self.move_up = command(self.tr("Выше"), lambda: self._move_group(-1), ui.moveUpButton, "Ctrl+Up",
                               (tree,))
        self.move_down = command(self.tr("Ниже"), lambda: self._move_group(1), ui.moveDownButton,
                                 "Ctrl+Down", (tree,))
        self.new_item = command(self.tr("Новая позиция"), self._new_item, ui.newItemButton, "Ins",
                                (table, tree, self.browser.search))
        self.open_item = command(self.tr("Открыть"), self.browser.activate_action.trigger, ui.openItemButton,
                                 editing=False)
        self.open_item.setToolTip(self.tr("Открыть карточку позиции (Enter, двойной щелчок)"))
        self.delete_item = command(self.tr("Удалить позицию"), self._delete_item, ui.deleteItemButton, "Del",
                                   (table,))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mark = QAction(self.tr("Отметить\tПробел"), self)
        self.mark.triggered.connect(self.toggle_mark)
        table.installEventFilter(self)          # Space: the view would otherwise select only the current row
        self.price_tags = command(self.tr("Печать ценников"), self.print_price_tags, ui.priceTagsButton,
                                  editing=False)
        self.price_tags.setToolTip(self.tr("Ценники отмеченных (Пробел) позиций, без отметок — текущей"))
        self.printed: Path | None = None             # the last price tags printed
        self.marks: set[int] = set()                  # items marked with Space
        self.browser.item_activated.connect(self._open_item)
        self.browser.group_changed.connect(self._group_commands)
        self._menu(tree, (self.new_group, self.new_subgroup, self.rename_group, self.delete_group, self.move_up,
                          self.move_down))
        self._menu(table, (self.new_item, self.open_item, self.delete_item, self.mark, self.price_tags))
        ui.readOnlyLabel.setVisible(not may_edit)
        self._group_commands()
        self.browser.search.setFocus()

    def _menu(self, widget: QWidget, actions: tuple[QAction, ...]) -> None:
        """The same commands on the right mouse button."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(at: QPoint) -> None:
            menu = QMenu(widget)
            menu.addActions(list(actions))
            menu.exec(widget.viewport().mapToGlobal(at))
        widget.customContextMenuRequested.connect(show)

    # -- marks and price tags ---------------------------------------------------------------------
    def toggle_mark(self) -> None:
        """Space: mark or unmark the current item and go to the next one."""
        table = self.browser.table
        current = table.currentIndex()
        item = self.browser.model.item_at(current.row()) if current.isValid() else None
        if item is None:
            return
        self.marks.symmetric_difference_update({item.id})
        flags = QItemSelectionModel.SelectionFlag
        selection = table.selectionModel()
        selection.clearSelection()                     # the highlighted rows are the marked ones
        for item_id in self.marks:
            row = self.browser.model.row_of(item_id)
            if row is not None:
                selection.select(self.browser.model.index(row, 0), flags.Select | flags.Rows)
        below = current.siblingAtRow(current.row() + 1)
        selection.setCurrentIndex(below if below.isValid() else current, flags.NoUpdate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.browser.table and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.toggle_mark()
            return True
        return super().eventFilter(watched, event)

    def marked_ids(self) -> list[int]:
        """The items marked with Space, else those selected with the mouse (Ctrl/Shift+click),
        else the current item; in the table's order."""
        model = self.browser.model
        if self.marks:
            return sorted(self.marks, key=lambda i: (r if (r := model.row_of(i)) is not None else 1 << 30, i))
        rows = sorted(i.row() for i in self.browser.table.selectionModel().selectedRows())
        found = [item.id for item in (model.item_at(r) for r in rows) if item is not None]
        if not found and (current := self.browser.current_item_id()) is not None:
            found = [current]
        return found

    def print_price_tags(self) -> None:
        """«Печать ценников»: a tag per marked item, as a PDF opened by the viewer."""
        ids = self.marked_ids()
        if not ids:
            return
        self.printed = print_to_pdf(self, self.tr("Печать ценников"), "price-tags.pdf",
                                    lambda out: stock_printing.price_tags(self._session, out, item_ids=ids),
                                    lambda exc: str(exc) if isinstance(exc, stock_printing.StockPrintRefused)
                                    else error_text(exc))

    def _group_commands(self) -> None:
        """«Все группы» cannot be renamed, deleted or given a subgroup of its own."""
        if self._session.can(Permission.EDIT_NOMENCLATURE):
            chosen = self.browser.current_group() is not None
            for action in (self.new_subgroup, self.rename_group, self.delete_group, self.move_up, self.move_down):
                action.setEnabled(chosen)

    # -- groups --------------------------------------------------------------------------------
    def _add_group(self, parent_id: int | None, title: str) -> None:
        name = ask_text(self, title, self.tr("Название группы:"))
        if name is None:
            return
        siblings = nomenclature.child_groups(self._session, parent_id)
        order = max((g.sort_order for g in siblings), default=0) + 1
        group_id = call(self, lambda: nomenclature.save_group(self._session, nomenclature.Group(None, parent_id,
                                                                                               name, order)),
                        self.tr("Группа не создана"))
        if group_id is not None:
            self.browser.reload_groups(select=group_id)

    def _new_group(self) -> None:
        group = self.browser.current_group()
        self._add_group(group.parent_id if group else None, self.tr("Новая группа"))

    def _new_subgroup(self) -> None:
        group = self.browser.current_group()
        if group is not None:
            self._add_group(group.id, self.tr("Новая подгруппа в «%1»").replace("%1", group.name))

    def _rename_group(self) -> None:
        group = self.browser.current_group()
        if group is None or not self.rename_group.isEnabled():
            return
        name = ask_text(self, self.tr("Переименовать группу"), self.tr("Название группы:"), group.name)
        if name is None or name == group.name:
            return
        if call(self, lambda: nomenclature.save_group(self._session, replace(group, name=name)),
                self.tr("Группа не переименована")) is not None:
            self.browser.reload_groups(select=group.id)

    def _delete_group(self) -> None:
        group = self.browser.current_group()
        if group is None or not self.delete_group.isEnabled():
            return
        if not confirm(self, self.tr("Удаление группы"), self.tr("Удалить группу «%1»?").replace("%1", group.name)):
            return
        if call(self, lambda: nomenclature.delete_group(self._session, group.id) or True,
                self.tr("Группа не удалена")):
            self.browser.reload_groups(select=group.parent_id)

    def _move_group(self, step: int) -> None:
        """Move the chosen group one place up (−1) or down (+1) in the price list."""
        group = self.browser.current_group()
        if group is None or not self.move_up.isEnabled():
            return
        call(self, lambda: nomenclature.move_group(self._session, group.id, step), self.tr("Порядок групп не изменён"))
        self.browser.reload_groups(select=group.id)

    # -- items ---------------------------------------------------------------------------------
    def _edit(self, card: nomenclature.Item) -> None:
        dialog = ItemDialog(self._session, card, self)
        dialog.finished.connect(lambda _code: dialog.saved_id() is not None
                                and self.browser.reload_items(select=dialog.saved_id()))
        dialog.open()
        self.item_dialog = dialog

    def _new_item(self) -> None:
        if self.new_item.isEnabled():
            self._edit(nomenclature.new_item(self.browser.current_group_id()))

    def _open_item(self, item_id: int) -> None:
        card = call(self, lambda: nomenclature.item(self._session, item_id))
        if card is not None:
            self._edit(card)

    def _delete_item(self) -> None:
        item = self.browser.current_item()
        if item is None or not self.delete_item.isEnabled():
            return
        if not confirm(self, self.tr("Удаление позиции"),
                       self.tr("Удалить позицию «%1»?").replace("%1", item.values["name"])):
            return
        row = self.browser.table.currentIndex().row()
        if call(self, lambda: nomenclature.delete_item(self._session, item.id) or True, self.tr("Позиция не удалена")):
            self.browser.reload_items()
            self.browser.select_row(max(row, 0))


def open_nomenclature(parent: QWidget | None, session: Session) -> None:
    """«Справочники – Номенклатура» as a modal window."""
    NomenclatureDialog(session, parent).exec()
