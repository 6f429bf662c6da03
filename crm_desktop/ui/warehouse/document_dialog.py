"""The card of a warehouse document — receipt, expense, return, production (WH-2; manual
"Оприходование товара, реализация", "Возврат товара", "Выпуск продукции"). One dialog for the
four kinds: the header names the legal entity, the warehouse, the supplier or buyer, the moment
and how VAT is counted; the lines come from the nomenclature (Ins). «OK» saves and then asks
«Провести документ?», as the manual has it. A posted document is shown read-only: the service
refuses to change it, so the card says so before anyone types. Typed input is never dropped
without the question «Сохранить / Не сохранять / Отмена»."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QInputDialog, QMenu, QMessageBox, QTableView,
                               QWidget)

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import VatMode, format_money
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.stock_docs import WITH_CLIENT, StockDraft, document_totals
from crm_desktop.services import specifications, stock_entry, tasks, warehouse
from crm_desktop.services.specifications import Specification
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.warehouse.document_dialog_ui import Ui_StockDocumentDialog
from crm_desktop.ui.sales.payment_dialog import fill_entities, set_combo_data
from crm_desktop.ui.unsaved_changes import UNSAVED, ask_to_save
from crm_desktop.ui.warehouse import commands, print_forms
from crm_desktop.ui.warehouse import lines_model as lm
from crm_desktop.ui.warehouse.line_book import components_of, products, remove_line, replace_components
from crm_desktop.ui.warehouse.lines_model import LineBook, StockLinesModel, StoreDelegate
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED, problem_text

Button = QMessageBox.StandardButton
NEW_TITLES = {Kind.RECEIPT: "Новая приходная накладная", Kind.EXPENSE: "Новая расходная накладная",
              Kind.RETURN: "Новая возвратная накладная", Kind.PRODUCTION: "Новый выпуск продукции"}
POSTED_NOTE = "Проведён. Проведённый документ не изменяется: чтобы изменить его, отмените проведение."
WIDTHS = {lm.NO: 32, lm.UNIT: 45, lm.QTY: 70, lm.PRICE: 95, lm.AMOUNT: 100, lm.VAT_RATE: 60, lm.VAT: 85,
          lm.MARKUP: 85, lm.SALE: 100, lm.STORE: 180, lm.PRODUCT: 200, lm.COST: 110, lm.HELD: 70}
STATE_STYLE = "padding: 3px 6px; font-weight: bold; "
STATE_STYLES = {"posted": "background: #e8f5e9; color: #1b5e20;", "reserved": "background: #fff3e0; color: #e65100;",
                "draft": "background: #eeeeee; color: #424242;"}


def pick_item(parent: QWidget, session: Session) -> int | None:
    """The nomenclature chooser of the sales module (Ins), imported when first needed."""
    from crm_desktop.ui.sales.item_picker import pick_item as picker
    return picker(parent, session)


class StockDocumentDialog(QDialog):
    """`saved_any` turns True once the document was stored, posted or unposted from the card."""

    def __init__(self, session: Session, draft: StockDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockDocumentDialog()
        self.ui.setupUi(self)
        self._session = session
        self.saved_any = False
        self.printed: Path | None = None          # the last PDF printed from the card
        self._draft = draft
        self._client: tuple[int, str] | None = None
        self._base_titles: dict[int, str] = {}
        self._showing = True
        self.book = LineBook(draft.kind, draft.lines, draft.vat_mode, self)
        self.book.store_names = dict(warehouse.warehouses(session, active_only=False))
        self.lines_model = StockLinesModel(self.book, lm.PRODUCTS if draft.kind is Kind.PRODUCTION else lm.ALL, self)
        self.components_model = StockLinesModel(self.book, lm.COMPONENTS, self)
        self.book.changed.connect(self._show_totals)
        for model in (self.lines_model, self.components_model):
            model.refused.connect(lambda reason: QMessageBox.warning(self, self.tr("Значение не принято"), reason))
        self._setup_header(draft.kind)
        self._setup_view(self.ui.linesView, self.lines_model)
        self._setup_view(self.ui.componentsView, self.components_model)
        self.ui.componentsView.setItemDelegateForColumn(
            self.components_model.column(lm.STORE),
            StoreDelegate(lambda: warehouse.warehouses(self._session), self.ui.componentsView))
        self._setup_buttons(draft.kind)
        self._show(draft)
        typing = draft.kind in WITH_CLIENT and draft.client_id is None and not draft.posted
        (self.ui.clientEdit if typing else self.ui.linesView).setFocus()

    # -- setup ------------------------------------------------------------------------------------
    @property
    def draft(self) -> StockDraft:
        return self._draft

    @property
    def kind(self) -> Kind:
        return self._draft.kind

    def _setup_header(self, kind: Kind) -> None:
        ui = self.ui
        for mode in VatMode:
            ui.vatModeCombo.addItem(self.tr(mode.label), mode)
        ui.vatModeCombo.currentIndexChanged.connect(
            lambda: self.book.set_vat_mode(ui.vatModeCombo.currentData() or self.book.vat_mode))
        ui.warehouseCombo.currentIndexChanged.connect(self.read_stock)
        ui.entityCombo.currentIndexChanged.connect(self.read_stock)
        for store_id, name in warehouse.warehouses(self._session):
            ui.warehouseCombo.addItem(name, store_id)
        with_client = kind in WITH_CLIENT
        ui.clientLabel.setText(self.tr(f"&{WITH_CLIENT[kind]}:") if with_client else "")
        for widget in (ui.clientLabel, ui.clientEdit, ui.clientFindButton):
            widget.setVisible(with_client)
        ui.clientEdit.returnPressed.connect(self.find_client)
        ui.clientEdit.textEdited.connect(self._client_typed)
        ui.clientFindButton.clicked.connect(self.find_client)
        ui.storePricesCheck.setVisible(kind is Kind.RECEIPT)
        if not self._session.can(Permission.EDIT_NOMENCLATURE):
            ui.storePricesCheck.setEnabled(False)
            ui.storePricesCheck.setToolTip(self.tr("Нет права «Редактировать номенклатуру»: цены в справочнике "
                                                   "меняет администратор."))
        production = kind is Kind.PRODUCTION
        for widget in (ui.vatModeLabel, ui.vatModeCombo):
            widget.setVisible(not production)            # products and components carry no price
        if production:
            ui.warehouseLabel.setText(self.tr("&Склад продукции:"))
            ui.warehouseLabel.setToolTip(self.tr("Склад, на который поступает готовая продукция; склад каждого "
                                                 "комплектующего — на вкладке «Комплектующие»"))
        ui.tabs.setTabText(ui.tabs.indexOf(ui.linesTab), self.tr("Продукция") if production else self.tr("Позиции"))
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.componentsTab), production)
        ui.specButton.setVisible(production)
        if kind is Kind.RETURN:
            ui.addLineButton.setEnabled(False)
            ui.addLineButton.setToolTip(self.tr("Возврат заполняется по расходной накладной, на основании которой "
                                                "он введён"))

    def _setup_view(self, view: QTableView, model: StockLinesModel) -> None:
        view.setModel(model)
        view.setWordWrap(False)                  # a long warehouse name is elided, not wrapped onto two lines
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(model.column(lm.NAME), QHeaderView.ResizeMode.Stretch)
        for key, width in WIDTHS.items():
            if key in model.columns:
                view.setColumnWidth(model.column(key), width)
        view.verticalHeader().hide()
        view.installEventFilter(self)
        for caption, keys, slot in ((self.tr("Добавить позицию…"), "Ins", lambda v=view: self.add_line(v)),
                                    (self.tr("Удалить позицию"), "Del", lambda v=view: self.delete_line(v)),
                                    (self.tr("Справка о движениях"), "", lambda v=view: self.show_history(v))):
            action = QAction(caption, view)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)     # the keys go through eventFilter
            action.triggered.connect(slot)
            view.addAction(action)

    def _setup_buttons(self, kind: Kind) -> None:
        ui = self.ui
        ui.addLineButton.clicked.connect(lambda: self.add_line(ui.linesView))
        ui.deleteLineButton.clicked.connect(lambda: self.delete_line(ui.linesView))
        ui.addComponentButton.clicked.connect(lambda: self.add_line(ui.componentsView))
        ui.deleteComponentButton.clicked.connect(lambda: self.delete_line(ui.componentsView))
        ui.specButton.clicked.connect(self.fill_from_spec)
        ui.saveButton.clicked.connect(self.save)
        ui.okButton.clicked.connect(self.accept)
        ui.closeButton.clicked.connect(self.reject)
        ui.postButton.clicked.connect(self.post)
        ui.unpostButton.clicked.connect(self.unpost)
        ui.printButton.clicked.connect(self.print_document)
        ui.selectionButton.clicked.connect(self.print_selection)
        ui.tagsButton.clicked.connect(self.print_tags)
        ui.printButton.setVisible(print_forms.printable(kind))
        ui.selectionButton.setVisible(kind is Kind.EXPENSE)
        ui.tagsButton.setVisible(kind is Kind.RECEIPT)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.accept), ("Ctrl+Enter", self.accept),
                           ("F9", self.read_stock), ("Ctrl+P", self.print_document)):
            QShortcut(QKeySequence(keys), self, slot)

    # -- showing ----------------------------------------------------------------------------------
    def _show(self, draft: StockDraft) -> None:
        """Put a (loaded or just saved) draft into the card; it becomes the unchanged state."""
        ui = self.ui
        self._showing = True                      # the combos' signals while filled read no stock
        self._draft = draft
        self.book.kind, self.book.vat_mode = draft.kind, draft.vat_mode
        self.book.read_only = draft.posted
        self.book.set_lines(draft.lines)
        fill_entities(ui.entityCombo, self._session, draft.legal_entity_id)
        if draft.warehouse_id is not None and ui.warehouseCombo.findData(draft.warehouse_id) < 0:
            ui.warehouseCombo.addItem(self.book.store_names.get(draft.warehouse_id, self.tr("склад")),
                                      draft.warehouse_id)
        ui.warehouseCombo.setCurrentIndex(ui.warehouseCombo.findData(draft.warehouse_id)
                                          if draft.warehouse_id is not None else -1)
        self._client = (draft.client_id, draft.client_name) if draft.client_id is not None else None
        ui.clientEdit.setText(draft.client_name if draft.client_id is not None else "")
        ui.numberEdit.setText(draft.doc_no)
        ui.numberEdit.setPlaceholderText(self.tr("будет присвоен при сохранении"))
        ui.dateEdit.set_value(draft.doc_time)
        set_combo_data(ui.vatModeCombo, draft.vat_mode)
        ui.notesEdit.setText(draft.notes)
        self._show_state()
        self._showing = False
        self.read_stock()
        self.setWindowTitle(self.tr(draft.title) if draft.id is not None else self.tr(NEW_TITLES[draft.kind]))
        self._show_totals()
        self._opened = self._snapshot()

    def _show_state(self) -> None:
        ui, draft = self.ui, self._draft
        read_only = draft.posted
        if draft.posted:
            text, style = POSTED_NOTE, "posted"
        elif draft.reserved_until is not None:
            text, style = f"Не проведён, в резерве до {draft.reserved_until:%d.%m.%Y %H:%M}", "reserved"
        else:
            text, style = "Не проведён", "draft"
        if draft.base_doc_id is not None:
            text += self.tr(" · основание: %1").replace("%1", self._base_title(draft.base_doc_id))
        ui.stateLabel.setText(self.tr(text))
        ui.stateLabel.setStyleSheet(STATE_STYLE + STATE_STYLES[style])
        for widget in (ui.entityCombo, ui.warehouseCombo, ui.vatModeCombo, ui.clientFindButton):
            widget.setEnabled(not read_only)
        for edit in (ui.clientEdit, ui.notesEdit):
            edit.setReadOnly(read_only)
        ui.dateEdit.set_read_only(read_only)
        ui.addLineButton.setEnabled(not read_only and self.kind is not Kind.RETURN)
        for widget in (ui.deleteLineButton, ui.addComponentButton, ui.deleteComponentButton, ui.saveButton,
                       ui.specButton):
            widget.setEnabled(not read_only)
        ui.storePricesCheck.setEnabled(not read_only and self._session.can(Permission.EDIT_NOMENCLATURE))
        ui.postButton.setVisible(not draft.posted)
        ui.unpostButton.setVisible(draft.posted)

    def _base_title(self, doc_id: int) -> str:
        """The document a return was entered on («Расходная накладная № 3 от 04.03.2026»)."""
        if doc_id not in self._base_titles:
            try:
                self._base_titles[doc_id] = warehouse.load(self._session, doc_id).title
            except Exception:  # noqa: BLE001 - deleted or hidden meanwhile: the return stands on its own
                self._base_titles[doc_id] = self.tr("документ удалён")
        return self._base_titles[doc_id]

    def read_stock(self) -> None:
        """«Остаток» of the lines: what the chosen warehouse holds now for the chosen legal entity
        (F9 reads it again); an expense line it cannot cover is shaded."""
        if self._showing or self.kind not in (Kind.RECEIPT, Kind.EXPENSE):
            return
        items = {ln.item_id for ln in self.book.lines}
        try:
            held = stock_entry.on_hand(self._session, self.ui.warehouseCombo.currentData(),
                                       self.ui.entityCombo.currentData(), items)
        except Exception:  # noqa: BLE001 - a hint only: the posting checks the stock itself
            held = {}
        self.book.set_held(held)

    def _current(self) -> StockDraft:
        return replace(self._draft, lines=list(self.book.lines), vat_mode=self.book.vat_mode)

    def _show_totals(self) -> None:
        if self.kind is Kind.PRODUCTION:
            costs = [ln.cost for ln in self.book.lines if ln.incoming]
            if costs and all(c is not None for c in costs):
                total = sum((c for c in costs if c is not None), Decimal(0))
                text = f"Себестоимость продукции: {format_money(total)} руб."
            else:
                text = "Себестоимость продукции рассчитывается при проведении"
        else:
            sums = document_totals(self._current())
            text = f"Итого: {format_money(sums.amount)}    НДС: {format_money(sums.vat)}    " \
                   f"Всего: {format_money(sums.total)} руб."
        self.ui.totalsLabel.setText(self.tr(text))

    # -- the counterparty -------------------------------------------------------------------------
    def _client_typed(self, _text: str) -> None:
        self._client = None

    def find_client(self) -> bool:
        """Enter in «Поставщик» / «Покупатель»: by code or a part of the name; one match is
        taken, several are offered in a menu. True when a client is chosen now."""
        text = self.ui.clientEdit.text().strip()
        if self._client is not None:
            return True
        if not text:
            return False
        try:
            found = tasks.find_clients(self._session, text)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.windowTitle(), problem_text(exc))
            return False
        if not found:
            QMessageBox.information(self, self.windowTitle(), self.tr("Контрагент «%1» не найден среди доступных "
                                                                      "вам клиентов.").replace("%1", text))
            return False
        if len(found) == 1:
            choice = found[0]
        else:
            menu = QMenu(self)
            for option in found:
                menu.addAction(f"{option.code} — {option.name}").setData(option)
            picked = menu.exec(self.ui.clientEdit.mapToGlobal(QPoint(0, self.ui.clientEdit.height())))
            if picked is None:
                return False
            choice = picked.data()
        self._client = (choice.id, choice.name)
        self.ui.clientEdit.setText(choice.name)
        return True

    # -- reading the form -------------------------------------------------------------------------
    def collect(self) -> StockDraft:
        """The document as the form shows it; ValueError for a moment that cannot be read. Lines
        other than components take the header's warehouse (None: the service puts it in)."""
        ui = self.ui
        moment = ui.dateEdit.value()
        if moment is None:
            raise ValueError(self.tr("Укажите дату и время документа."))
        lines = [ln if (self.kind is Kind.PRODUCTION and not ln.incoming) else replace(ln, warehouse_id=None)
                 for ln in self.book.lines]
        client = self._client
        return replace(self._draft, legal_entity_id=ui.entityCombo.currentData(),
                       warehouse_id=ui.warehouseCombo.currentData(), doc_time=moment,
                       client_id=client[0] if client else None, client_name=client[1] if client else "",
                       vat_mode=self.book.vat_mode, notes=ui.notesEdit.text(), lines=lines)

    def _snapshot(self) -> tuple[StockDraft | None, str]:
        try:
            return self.collect(), self.ui.clientEdit.text()
        except ValueError:
            return None, self.ui.clientEdit.text()

    def is_dirty(self) -> bool:
        return not self._draft.posted and self._snapshot() != self._opened

    # -- lines ------------------------------------------------------------------------------------
    def _view_model(self, view: QTableView) -> StockLinesModel:
        return self.components_model if view is self.ui.componentsView else self.lines_model

    def add_line(self, view: QTableView | None = None) -> None:
        """Ins: an item from the nomenclature, priced for the kind (a receipt: purchase price,
        mark-up and sale price; an expense: the sale price). A component goes into the product
        current on «Продукция» and is taken from the document's warehouse until changed."""
        view = view or self.ui.linesView
        model = self._view_model(view)
        if self._draft.posted or self.kind is Kind.RETURN and model is self.lines_model:
            return
        component = model is self.components_model
        product = self._current_product() if component else None
        if component and product is None:
            QMessageBox.information(self, self.tr("Комплектующие"), self.tr(
                "Сначала добавьте выпускаемую продукцию на вкладке «Продукция»."))
            return
        item_id = pick_item(self, self._session)
        if item_id is None:
            return
        try:
            line = stock_entry.line_for_item(self._session, self.kind, item_id,
                                             self.ui.dateEdit.value() or self._draft.doc_time,
                                             incoming=False if component else None)
        except Exception as exc:  # noqa: BLE001 - shown, the lines stay as they were
            QMessageBox.warning(self, self.tr("Позиция не добавлена"), problem_text(exc))
            return
        if component:
            line = replace(line, base_index=product, warehouse_id=self.ui.warehouseCombo.currentData())
        self.book.lines.append(line)
        self.book.changed.emit()
        if line.item_id not in self.book.held:
            self.read_stock()
        row = model.row_of(len(self.book.lines) - 1)
        if row is not None:
            view.setCurrentIndex(model.index(row, model.column(lm.QTY)))
        view.setFocus()

    def _current_product(self) -> int | None:
        """The product line chosen on «Продукция», else the only (first) one."""
        chosen = self.lines_model.line_index(self.ui.linesView.currentIndex().row())
        if chosen is not None:
            return chosen
        made = products(self.book.lines)
        return made[0] if made else None

    def fill_from_spec(self) -> None:
        """«Заполнить по спецификации…»: the components of the product current on «Продукция» for
        its quantity, each from the specification's warehouse (manual: "Выпуск продукции ...
        осуществляется на основе производственных спецификаций")."""
        product = self._current_product()
        if product is None or self._draft.posted:
            QMessageBox.information(self, self.tr("Заполнить по спецификации"), self.tr(
                "Сначала добавьте выпускаемую продукцию на вкладке «Продукция»."))
            return
        line = self.book.lines[product]
        try:
            found = specifications.specifications(self._session, line.item_id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Заполнить по спецификации"), problem_text(exc))
            return
        if not found:
            QMessageBox.information(self, self.tr("Заполнить по спецификации"), self.tr(
                "Для «%1» нет производственной спецификации: создайте её в «Складской учёт – Производственные "
                "спецификации».").replace("%1", line.name))
            return
        spec = found[0] if len(found) == 1 else choose_spec(self, found)
        if spec is None:
            return
        if components_of(self.book.lines, product) and QMessageBox.question(
                self, self.tr("Заполнить по спецификации"),
                self.tr("Заменить комплектующие «%1» комплектующими спецификации «%2»?").replace(
                    "%1", line.name).replace("%2", spec.name)) != Button.Yes:
            return
        try:
            parts = specifications.component_lines(self._session, spec.id, line.quantity, product)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Заполнить по спецификации"), problem_text(exc))
            return
        self.book.set_lines(replace_components(self.book.lines, product, parts))
        self.ui.tabs.setCurrentWidget(self.ui.componentsTab)

    def delete_line(self, view: QTableView | None = None) -> None:
        view = view or self.ui.linesView
        model = self._view_model(view)
        position = model.line_index(view.currentIndex().row())
        if position is None or self._draft.posted:
            return
        line = self.book.lines[position]
        parts = components_of(self.book.lines, position) if self.kind is Kind.PRODUCTION and line.incoming else []
        question = self.tr("Удалить позицию «%1»?").replace("%1", line.name) if not parts else self.tr(
            "Удалить продукт «%1» вместе с его комплектующими (%2)?").replace("%1", line.name).replace(
            "%2", str(len(parts)))
        if QMessageBox.question(self, self.tr("Удаление позиции"), question) == Button.Yes:
            row = view.currentIndex().row()
            self.book.set_lines(remove_line(self.book.lines, position))
            if model.rowCount():
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), model.column(lm.QTY)))

    def show_history(self, view: QTableView | None = None) -> None:
        """«Справка о движениях» of the current line's item."""
        view = view or self.ui.linesView
        position = self._view_model(view).line_index(view.currentIndex().row())
        if position is not None:
            from crm_desktop.ui.warehouse.moves_window import open_item_moves
            line = self.book.lines[position]
            open_item_moves(self, self._session, [(line.item_id, line.name)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Ins and Del of the lines tables (not while a cell is edited)."""
        if (event.type() == QEvent.Type.KeyPress and watched in (self.ui.linesView, self.ui.componentsView)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                and watched.state() != QAbstractItemView.State.EditingState):
            slot = {Qt.Key.Key_Insert: self.add_line, Qt.Key.Key_Delete: self.delete_line}.get(event.key())
            if slot is not None:
                slot(watched)
                return True
        return super().eventFilter(watched, event)

    # -- saving and posting -----------------------------------------------------------------------
    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"legal_entity_id": ui.entityCombo, "warehouse_id": ui.warehouseCombo, "client_id": ui.clientEdit,
                "lines": ui.linesView}

    def save(self) -> bool:
        """Ctrl+S: store the document and stay; on any refusal the input stays as typed."""
        if self._draft.posted:
            return False
        if self.ui.clientEdit.isVisible() and self.ui.clientEdit.text().strip() and self._client is None \
                and not self.find_client():
            return False
        try:
            draft = self.collect()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Документ не сохранён"), str(exc))
            return False
        store = self.kind is Kind.RECEIPT and self.ui.storePricesCheck.isChecked()
        saved = field_marks.save(self, self._fields(), lambda: warehouse.save(self._session, draft, store),
                                 self.tr("Документ не сохранён"))
        if saved is None:
            return False
        self.saved_any = True
        announce(STOCK_CHANGED, (saved.id,))
        self._show(saved)
        return True

    def _saved_id(self) -> int | None:
        if (self._draft.id is None or self.is_dirty()) and not self.save():
            return None
        return self._draft.id

    def _reload(self) -> None:
        try:
            self._show(warehouse.load(self._session, self._draft.id))
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.windowTitle(), problem_text(exc))

    def post(self) -> bool:
        """«Провести»: saved first when new or changed; a refusal keeps the card open."""
        doc_id = self._saved_id()
        if doc_id is None:
            return False
        posted = commands.post(self, self._session, doc_id)
        self.saved_any = self.saved_any or posted
        self._reload()
        return posted

    def unpost(self) -> None:
        if self._draft.id is not None and commands.unpost(self, self._session, self._draft.id):
            self.saved_any = True
            self._reload()

    # -- printing -------------------------------------------------------------------------------
    def print_document(self) -> None:
        """«Печать» (Ctrl+P): the document's own form, saved first when new or changed."""
        if not print_forms.printable(self.kind):
            return
        doc_id = self._saved_id()
        if doc_id is not None:
            self.printed = print_forms.print_own_form(self, self._session, doc_id, self.kind, self._draft.doc_no)

    def print_selection(self) -> None:
        """«Подбор…» of an expense: the primary documents ticked, in one PDF."""
        doc_id = self._saved_id() if self.kind is Kind.EXPENSE else None
        if doc_id is not None:
            self.printed = print_forms.print_selection(self, self._session, doc_id, self._draft.doc_no)

    def print_tags(self) -> None:
        """«Ценники…» of a receipt (manual «Печать ценников из приходной накладной»)."""
        doc_id = self._saved_id() if self.kind is Kind.RECEIPT else None
        if doc_id is not None:
            self.printed = print_forms.print_tags(self, self._session, doc_id, self._draft.doc_no)

    def accept(self) -> None:
        """«OK»: save, then «Провести документ?» — «Да» posts; a refusal (not enough stock at the
        document's moment) is shown and the card stays open, the document saved unposted."""
        if self._draft.posted:
            super().accept()
            return
        if self._saved_id() is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("Провести документ?"))
        if answer == Button.Yes and not self.post():
            return
        super().accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = ask_to_save(self, self.windowTitle(), self.tr(UNSAVED))
            if answer == Button.Cancel or (answer == Button.Save and not self.save()):
                return
        super().reject()


def choose_spec(parent: QWidget, found: list[Specification]) -> Specification | None:
    """One of a product's several specifications, chosen by name; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("specChoiceDialog")
    dialog.setWindowTitle(dialog.tr("Заполнить по спецификации"))
    dialog.setLabelText(dialog.tr("Спецификация:"))
    dialog.setComboBoxItems([spec.name for spec in found])
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(dialog.tr("OK"))
    dialog.setCancelButtonText(dialog.tr("Отмена"))
    if not dialog.exec():
        return None
    return next((spec for spec in found if spec.name == dialog.textValue()), None)


def open_stock_document(parent: QWidget | None, session: Session, doc_id: int | None = None,
                        kind: Kind | None = None, draft: StockDraft | None = None) -> int | None:
    """Open a stored document (`doc_id`), a prepared `draft` (a return), or a new one of `kind`;
    the document's id when something was saved or posted from the card, else None."""
    try:
        if draft is None:
            draft = warehouse.load(session, doc_id) if doc_id is not None else \
                warehouse.new_draft(session, kind or Kind.EXPENSE)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(parent, "Складской документ", problem_text(exc))
        return None
    dialog = StockDocumentDialog(session, draft, parent)
    dialog.exec()
    return dialog.draft.id if dialog.saved_any else None

