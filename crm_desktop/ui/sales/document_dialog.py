"""The card of a sales document — invoice, act, VAT invoice (SAL-2, SAL-3, SAL-6, SAL-8; manual
"Счета", "Механизм скидок в счетах", "Контроль балансов") and order (ORD-1, "Центр приема
заказов") — with the payments of an invoice (SAL-4, "Контроль частичной оплаты счетов"). One
dialog for the four kinds: the header shows the fields of the kind, the lines are priced by
domain/pricing.py through the draft, and everything is stored by services/documents.py, which
reprices again so the card can never store a price the rules forbid. An order's card adds its
warehouse and status, the stock of each line (F9 reads it anew; short lines shaded) — these
three only where the warehouse is switched on and in the edition (domain/functionality.py) —,
its two print forms, «Ввести на основании» → счёт, расходная накладная, ПКО
(ui/sales/based_on.py) and «Документы заказа», what was entered from it."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QMessageBox, QTableWidgetItem, QWidget

from crm_desktop.domain.documents import KIND_TITLES, Draft
from crm_desktop.domain.functionality import Module
from crm_desktop.domain.money import VatMode, format_money
from crm_desktop.domain.orders import OrderDocument, OrderStatus, stock_summary
from crm_desktop.domain.pricing import BANNER, Repricing, check_discount, totals
from crm_desktop.services import clients, documents, functionality, orders, printing, warehouse
from crm_desktop.services.documents import Payment
from crm_desktop.services.session import Session
from crm_desktop.ui.print_output import print_to_pdf
from crm_desktop.ui.forms.sales.document_dialog_ui import Ui_DocumentDialog
from crm_desktop.ui.sales import based_on, lines_model
from crm_desktop.ui.sales.lines_model import LinesModel, parse_number
from crm_desktop.ui.sales.payment_dialog import fill_choices, fill_entities, open_payment, problem_text, set_combo_data
from crm_desktop.ui.unsaved_changes import UNSAVED, ask_to_save

Button = QMessageBox.StandardButton
NEW_TITLES = {"invoice": "Новый счёт", "act": "Новый акт", "vat-invoice": "Новая счёт-фактура", "order": "Новый заказ"}
# the print forms of a kind that has more than one (the first is Ctrl+P's); the others print as their kind
PRINT_FORMS = {"order": (("order", "Заказ-наряд"), ("order-invoice", "Заказ-счёт"))}
WITH_TERM = ("invoice", "order")       # «Срок оплаты» of an invoice, «Срок исполнения» of an order
PAYMENT_COLUMNS = ("Дата", "Сумма", "Вид оплаты", "№ документа", "Плательщик", "Примечание")
ORDER_DOC_COLUMNS = ("Документ", "Номер", "Дата", "Сумма")


def pick_item(parent: QWidget, session: Session) -> int | None:
    """The nomenclature picker of the sales module, imported when first needed (Ins)."""
    from crm_desktop.ui.sales.item_picker import pick_item as picker
    return picker(parent, session)


class DocumentDialog(QDialog):
    """`saved_any` turns True once something was stored from this card (the document, a payment
    of it); `child` is the card of the last document entered from this one."""

    def __init__(self, session: Session, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self._session = session
        self.saved_any = False
        self.child: QDialog | None = None
        self._showing = False
        # an order's warehouse, «В наличии» and F9: only where the warehouse is offered at all
        self._stocked = draft.kind == "order" and functionality.module_gate(session, Module.WAREHOUSE).allowed
        self._order_docs: list[OrderDocument] = []
        self.model = LinesModel(draft, self, with_stock=self._stocked)
        self.ui.linesView.setModel(self.model)
        self.model.edited.connect(self._show_totals)
        self.model.refused.connect(lambda reason: QMessageBox.warning(self, self.tr("Значение не принято"), reason))
        self._setup_header(draft.kind)
        self._setup_lines_view()
        self._setup_payments()
        self._setup_order_docs()
        self._setup_buttons(draft.kind)
        self._show(draft)

    # -- setup ------------------------------------------------------------------------------------
    @property
    def draft(self) -> Draft:
        return self.model.draft

    def _setup_header(self, kind: str) -> None:
        ui = self.ui
        for mode in VatMode:
            ui.vatModeCombo.addItem(self.tr(mode.label), mode)
        ui.entityCombo.currentIndexChanged.connect(self._fill_accounts)
        invoice, order = kind == "invoice", kind == "order"
        for widget in (ui.accountLabel, ui.accountCombo, ui.attentionLabel, ui.attentionEdit, ui.discountLabel,
                       ui.discountEdit):
            widget.setVisible(invoice)
        for widget in (ui.dueDateLabel, ui.dueDateEdit):
            widget.setVisible(kind in WITH_TERM)
        ui.basedOnButton.setVisible(kind in based_on.BASED_ON)
        for widget in (ui.paymentDocLabel, ui.paymentDocEdit):
            widget.setVisible(kind == "vat-invoice")
        for widget in (ui.statusLabel, ui.statusCombo):
            widget.setVisible(order)
        for widget in (ui.warehouseLabel, ui.warehouseCombo, ui.checkStockButton, ui.stockLabel):
            widget.setVisible(self._stocked)
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.paymentsTab), invoice)
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.orderDocsTab), order)
        ui.vatModeCombo.currentIndexChanged.connect(self._vat_mode_changed)
        ui.bannerLabel.setText(self.tr(BANNER))
        if order:
            ui.entityLabel.setText(self.tr("Юр. лицо:"))
            ui.dueDateLabel.setText(self.tr("Срок исполнения:"))
            for status in OrderStatus:
                ui.statusCombo.addItem(self.tr(status.label), int(status))
            ui.entityCombo.currentIndexChanged.connect(self._stock_place_changed)
            ui.warehouseCombo.currentIndexChanged.connect(self._stock_place_changed)

    def _setup_lines_view(self) -> None:
        view = self.ui.linesView
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(lines_model.NAME, QHeaderView.ResizeMode.Stretch)
        widths = {lines_model.NO: 36, lines_model.UNIT: 50, lines_model.QTY: 70, lines_model.PRICE: 95,
                  lines_model.DISCOUNT: 80, lines_model.NET_PRICE: 130, lines_model.AMOUNT: 105,
                  lines_model.VAT_RATE: 65, lines_model.VAT: 90, lines_model.STOCK: 80}
        for column, width in widths.items():
            if column < self.model.columnCount():
                view.setColumnWidth(column, width)
        view.verticalHeader().hide()
        view.installEventFilter(self)
        self._actions(view, ((self.tr("Добавить позицию…"), "Ins", self.add_line),
                             (self.tr("Удалить позицию"), "Del", self.delete_line)))
        refresh = QAction(self.tr("Обновить цены"), self)       # F5 anywhere in the card, one action
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh_prices)
        self.addAction(refresh)
        view.addAction(refresh)
        self.ui.addLineButton.clicked.connect(self.add_line)
        self.ui.deleteLineButton.clicked.connect(self.delete_line)
        self.ui.refreshButton.clicked.connect(self.refresh_prices)
        if self.model.with_stock:
            check = QAction(self.tr("Проверить наличие"), self)
            check.setShortcut(QKeySequence("F9"))
            check.triggered.connect(self.check_stock)
            self.addAction(check)
            view.addAction(check)
            self.ui.checkStockButton.clicked.connect(self.check_stock)

    def _actions(self, view: QWidget, commands: tuple) -> None:
        """The context menu of a table: the same commands as its keys, the keys shown."""
        for caption, keys, slot in commands:
            action = QAction(caption, view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)   # the keys go through eventFilter
            action.triggered.connect(slot)
            view.addAction(action)

    def _setup_payments(self) -> None:
        view = self.ui.paymentsView
        view.setColumnCount(len(PAYMENT_COLUMNS))
        view.setHorizontalHeaderLabels([self.tr(c) for c in PAYMENT_COLUMNS])
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        for column, width in enumerate((90, 110, 110, 110, 200)):
            view.setColumnWidth(column, width)
        view.installEventFilter(self)
        view.doubleClicked.connect(self.edit_payment)
        self._actions(view, ((self.tr("Ввести новую оплату…"), "Ins", self.add_payment),
                             (self.tr("Изменить оплату…"), "Return", self.edit_payment),
                             (self.tr("Удалить оплату"), "Del", self.delete_payment)))
        self.ui.addPaymentButton.clicked.connect(self.add_payment)
        self.ui.editPaymentButton.clicked.connect(self.edit_payment)
        self.ui.deletePaymentButton.clicked.connect(self.delete_payment)

    def _setup_order_docs(self) -> None:
        view = self.ui.orderDocsView
        view.setColumnCount(len(ORDER_DOC_COLUMNS))
        view.setHorizontalHeaderLabels([self.tr(c) for c in ORDER_DOC_COLUMNS])
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        for column, width in enumerate((220, 90, 90)):
            view.setColumnWidth(column, width)
        view.installEventFilter(self)
        view.doubleClicked.connect(self.open_order_doc)
        self._actions(view, ((self.tr("Открыть документ…"), "Return", self.open_order_doc),))

    def _setup_buttons(self, kind: str) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.okButton.clicked.connect(self.accept)
        ui.closeButton.clicked.connect(self.reject)
        if kind in PRINT_FORMS:
            forms = QMenu(ui.printButton)
            for form, caption in PRINT_FORMS[kind]:
                forms.addAction(self.tr(caption), lambda form=form: self.print_document(form))
            ui.printButton.setMenu(forms)
        else:
            ui.printButton.clicked.connect(lambda: self.print_document())
        menu = QMenu(ui.basedOnButton)
        menu.setToolTipsVisible(True)
        for target, caption in based_on.BASED_ON.get(kind, ()):
            action = menu.addAction(self.tr(caption), lambda target=target: self.enter_based_on(target))
            reason = based_on.refusal(self._session, target)
            action.setEnabled(not reason)
            action.setToolTip(reason)
        ui.basedOnButton.setMenu(menu)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.accept), ("Ctrl+Enter", self.accept),
                           ("Ctrl+P", lambda: self.print_document())):
            QShortcut(QKeySequence(keys), self, slot)

    # -- showing ----------------------------------------------------------------------------------
    def _show(self, draft: Draft) -> None:
        """Put a (loaded or just saved) draft into the card; it becomes the unchanged state."""
        ui = self.ui
        if not draft.client_name:          # a new draft knows its client's id only
            draft.client_name = clients.client_title(self._session, draft.client_id)
        self._showing = True
        self.model.set_draft(draft)
        ui.clientEdit.setText(draft.client_name)
        fill_entities(ui.entityCombo, self._session, draft.legal_entity_id)
        self._fill_accounts()
        if draft.kind == "order":
            if self._stocked:
                self._fill_warehouses(draft.warehouse_id)
            set_combo_data(ui.statusCombo, draft.status)
        ui.numberEdit.setText(draft.doc_no)
        ui.numberEdit.setPlaceholderText(self.tr("будет присвоен при сохранении"))
        ui.dateEdit.set_value(draft.doc_date)
        ui.dueDateEdit.set_value(draft.due_date)
        ui.attentionEdit.setText(draft.attention)
        set_combo_data(ui.vatModeCombo, draft.vat_mode)
        ui.discountEdit.setText(lines_model.format_qty(draft.discount) if draft.discount is not None else "")
        ui.paymentDocEdit.setText(draft.payment_doc)
        ui.notesEdit.setText(draft.notes)
        self._set_special_offer(draft.special_offer)
        self.setWindowTitle(self._title())
        self._showing = False
        self.check_stock()
        self._show_totals()
        self._show_payments()
        self._show_order_docs()
        self._opened = self._snapshot()

    def _title(self) -> str:
        draft = self.draft
        if draft.id is None:
            return self.tr(NEW_TITLES[draft.kind])
        return self.tr(f"{KIND_TITLES[draft.kind]} № {draft.doc_no} от {draft.doc_date:%d.%m.%Y}")

    def _set_special_offer(self, on: bool) -> None:
        self.draft.special_offer = on
        self.ui.bannerLabel.setVisible(on)
        self.ui.discountEdit.setReadOnly(on)
        self.model.set_prices_locked(on)

    def _fill_accounts(self) -> None:
        entity_id = self.ui.entityCombo.currentData()
        current = self.draft.bank_account_id if entity_id == self.draft.legal_entity_id else None

        def read() -> list[tuple[int, str]]:
            found = documents.account_choices(self._session, entity_id) if entity_id is not None else []
            nonlocal current
            current = current or next((a_id for a_id, _, default in found if default), None)
            return [(a_id, text) for a_id, text, _ in found]
        fill_choices(self.ui.accountCombo, read, current, self.tr("счёт по умолчанию"))

    def _fill_warehouses(self, current: int | None) -> None:
        """The active warehouses, and the order's own where it was closed since."""
        def read() -> list[tuple[int, str]]:
            active = warehouse.warehouses(self._session)
            if current is not None and all(w_id != current for w_id, _ in active):
                active = [w for w in warehouse.warehouses(self._session, False) if w[0] == current] + active
            return active
        fill_choices(self.ui.warehouseCombo, read, current, self.tr("склад"))

    def _vat_mode_changed(self) -> None:
        mode = self.ui.vatModeCombo.currentData()
        if mode is not None and mode != self.draft.vat_mode:
            self.draft.vat_mode = mode
            self.model.recompute()

    def _show_totals(self) -> None:
        sums = totals(self.model.priced())
        self.ui.totalsLabel.setText(self.tr(f"Итого: {format_money(sums.amount)}    НДС: {format_money(sums.vat)}"
                                            f"    Всего: {format_money(sums.total)} руб."))
        if self.model.with_stock:
            self._show_stock()

    # -- an order's stock ------------------------------------------------------------------------
    def check_stock(self) -> None:
        """F9 «Проверить наличие»: the stock of the order's warehouse for its legal entity read
        anew; the lines are checked against it as quantities are typed (lines_model)."""
        if not self.model.with_stock or self._showing:
            return
        draft = replace(self.draft, warehouse_id=self.ui.warehouseCombo.currentData(),
                        legal_entity_id=self.ui.entityCombo.currentData())
        try:
            on_hand = orders.on_hand(self._session, draft) if draft.warehouse_id is not None else None
        except Exception as exc:  # noqa: BLE001 - the card stays usable, the reason is shown
            self.model.set_on_hand(None)
            self.ui.stockLabel.setText(problem_text(exc))
            return
        self.model.set_on_hand(on_hand)

    def _stock_place_changed(self) -> None:
        if not self._showing:
            self.check_stock()

    def _show_stock(self) -> None:
        label, checks = self.ui.stockLabel, self.model.stock()
        if self.ui.warehouseCombo.currentData() is None:
            label.setText(self.tr("Выберите склад, чтобы проверить наличие товара."))
        elif checks or not self.draft.lines:
            text = stock_summary(self.draft.lines, checks, self.ui.warehouseCombo.currentText())
            label.setText(self.tr(text))
            label.setStyleSheet("color: #a00000;" if any(c.is_short for c in checks) else "")

    def _show_payments(self) -> None:
        ui, invoice_id = self.ui, self.draft.id
        stored = self.draft.kind == "invoice" and invoice_id is not None
        for widget in (ui.addPaymentButton, ui.editPaymentButton, ui.deletePaymentButton, ui.paymentsView):
            widget.setEnabled(stored)
        self._payments: list[Payment] = []
        if not stored:
            ui.settlementLabel.setText(self.tr("Сохраните счёт, чтобы вводить оплаты"))
            ui.paymentsView.setRowCount(0)
            return
        try:
            self._payments = documents.payments(self._session, invoice_id)
            ui.settlementLabel.setText(documents.settlement(self._session, invoice_id).describe())
        except Exception as exc:  # noqa: BLE001 - the card stays usable, the reason is shown
            ui.settlementLabel.setText(problem_text(exc))
        ui.paymentsView.setRowCount(len(self._payments))
        for row, p in enumerate(self._payments):
            cells = (f"{p.pay_date:%d.%m.%Y}", format_money(p.amount), documents.PAY_KINDS.get(p.pay_kind, ""),
                     p.doc_no, p.payer, p.notes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(self.tr(text) if column == 2 else text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                ui.paymentsView.setItem(row, column, item)

    # -- an order's documents ----------------------------------------------------------------------
    def _show_order_docs(self) -> None:
        """«Документы заказа»: what was entered from the stored order, as the user may see it."""
        ui, order_id = self.ui, self.draft.id
        if self.draft.kind != "order":
            return
        self._order_docs = []
        ui.orderDocsView.setEnabled(order_id is not None)
        if order_id is None:
            ui.orderDocsLabel.setText(self.tr("Сохраните заказ и введите на его основании счёт, расходную "
                                              "накладную или приходный кассовый ордер: они появятся здесь."))
        else:
            try:
                self._order_docs = orders.entered_documents(self._session, order_id)
                ui.orderDocsLabel.setText("" if self._order_docs else self.tr(
                    "На основании заказа документы ещё не вводились («Ввести на основании»)."))
            except Exception as exc:  # noqa: BLE001 - the card stays usable, the reason is shown
                ui.orderDocsLabel.setText(problem_text(exc))
        ui.orderDocsLabel.setVisible(bool(ui.orderDocsLabel.text()))
        ui.orderDocsView.setRowCount(len(self._order_docs))
        for row, doc in enumerate(self._order_docs):
            cells = (self.tr(doc.title), doc.doc_no, f"{doc.doc_date:%d.%m.%Y}", format_money(doc.total))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                ui.orderDocsView.setItem(row, column, item)
        title = self.tr("Документы заказа")
        ui.tabs.setTabText(ui.tabs.indexOf(ui.orderDocsTab),
                           f"{title} ({len(self._order_docs)})" if self._order_docs else title)

    def open_order_doc(self) -> None:
        """Enter or double click in «Документы заказа»: the document in its own card; the list
        is read again afterwards (it may have been changed or deleted there)."""
        row = self.ui.orderDocsView.currentRow()
        if not 0 <= row < len(self._order_docs):
            return
        doc = self._order_docs[row]
        try:
            based_on.open_entered(self, self._session, doc)
        except Exception as exc:  # noqa: BLE001 - gone or no longer the user's to open
            QMessageBox.warning(self, self.tr(doc.title), problem_text(exc))
        self._show_order_docs()

    # -- reading the form -------------------------------------------------------------------------
    def _operative(self) -> Decimal | None:
        """The «Скидка, %» field: None when empty; ValueError says what is wrong."""
        text = self.ui.discountEdit.text().strip()
        if not text:
            return None
        value = parse_number(text, self.tr("Скидка"))
        check_discount(value)
        return value

    def collect(self) -> Draft:
        """The draft as the form shows it; ValueError for a date or discount that cannot be read."""
        ui = self.ui
        day = ui.dateEdit.value()
        if day is None:
            raise ValueError(self.tr("Укажите дату документа."))
        invoice, order = self.draft.kind == "invoice", self.draft.kind == "order"
        return replace(self.draft, legal_entity_id=ui.entityCombo.currentData(), doc_date=day,
                       bank_account_id=ui.accountCombo.currentData() if invoice else self.draft.bank_account_id,
                       due_date=ui.dueDateEdit.value() if self.draft.kind in WITH_TERM else None,
                       warehouse_id=ui.warehouseCombo.currentData() if self._stocked else self.draft.warehouse_id,
                       status=ui.statusCombo.currentData() if order else self.draft.status,
                       attention=ui.attentionEdit.text() if invoice else "",
                       vat_mode=ui.vatModeCombo.currentData(),
                       discount=self._operative() if invoice else self.draft.discount,
                       payment_doc=ui.paymentDocEdit.text(), notes=ui.notesEdit.text(),
                       lines=list(self.draft.lines))

    def _snapshot(self) -> Draft | None:
        try:
            return self.collect()
        except ValueError:
            return None

    def is_dirty(self) -> bool:
        return self.draft.id is None or self._snapshot() != self._opened

    # -- lines ------------------------------------------------------------------------------------
    def add_line(self) -> None:
        """Ins: an item from the nomenclature, priced like the others (the special offer, or the
        operative discount typed in the header)."""
        item_id = pick_item(self, self._session)
        if item_id is None:
            return
        try:
            line = documents.line_from_item(self._session, item_id, self.ui.dateEdit.value() or self.draft.doc_date)
            operative = self._operative() if self.draft.kind == "invoice" else None
        except Exception as exc:  # noqa: BLE001 - shown, the lines stay as they were
            QMessageBox.warning(self, self.tr("Позиция не добавлена"), problem_text(exc))
            return
        if operative is not None:
            line = replace(line, discount=operative)
        row = self.model.add_line(line)
        if self.draft.special_offer:
            self._apply(documents.refresh(self._session, self.draft))
        self.check_stock()                  # the new item's stock
        view = self.ui.linesView
        view.setCurrentIndex(self.model.index(row, lines_model.QTY))
        view.setFocus()

    def delete_line(self) -> None:
        row = self.ui.linesView.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            return
        name = self.draft.lines[row].name
        if QMessageBox.question(self, self.tr("Удаление позиции"), self.tr(f"Удалить позицию «{name}»?")) == Button.Yes:
            self.model.remove_line(row)

    def _apply(self, repricing: Repricing) -> None:
        """The repriced lines replace the discounts (and, under an offer, the base prices)."""
        for row, p in enumerate(repricing.lines):
            self.draft.lines[row] = replace(self.draft.lines[row], discount=p.discount, base_price=p.base_price)
        self._set_special_offer(repricing.banner is not None)
        self.model.recompute()

    def refresh_prices(self) -> None:
        """F5 «Обновить»: the special offer, else the tiers' standard discount (asked, the
        manager's own operative discount may stay), else the operative discount."""
        try:
            operative = self._operative() if self.draft.kind == "invoice" else None
            repricing = documents.refresh(self._session, self.draft, operative)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Цены не обновлены"), problem_text(exc))
            return
        suggested = repricing.suggested
        if suggested is not None and suggested != (operative or 0) and self.draft.kind == "invoice":
            answer = QMessageBox.question(self, self.tr("Обновить"), self.tr(
                f"Рекомендуемая стандартная скидка {lines_model.format_qty(suggested)} %. Установить?"))
            if answer == Button.Yes:
                self.ui.discountEdit.setText(lines_model.format_qty(suggested))
                repricing = documents.refresh(self._session, self.draft, suggested)
            elif operative is None:
                return                       # no discount of his own: the lines keep theirs
        self._apply(repricing)

    # -- payments ---------------------------------------------------------------------------------
    def _current_payment(self) -> Payment | None:
        row = self.ui.paymentsView.currentRow()
        return self._payments[row] if 0 <= row < len(self._payments) else None

    def add_payment(self) -> None:
        if self.draft.id is None:
            return
        try:
            payment = documents.new_payment(self._session, self.draft.id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Оплата"), problem_text(exc))
            return
        self._open_payment(payment)

    def edit_payment(self) -> None:
        payment = self._current_payment()
        if payment is not None:
            self._open_payment(payment)

    def _open_payment(self, payment: Payment) -> None:
        if open_payment(self, self._session, payment):
            self.saved_any = True
            self._show_payments()

    def delete_payment(self) -> None:
        payment = self._current_payment()
        if payment is None:
            return
        text = self.tr(f"Удалить оплату от {payment.pay_date:%d.%m.%Y} на {format_money(payment.amount)} руб.?")
        if QMessageBox.question(self, self.tr("Удаление оплаты"), text) != Button.Yes:
            return
        try:
            documents.delete_payment(self._session, payment.id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Оплата не удалена"), problem_text(exc))
            return
        self.saved_any = True
        self._show_payments()

    # -- keys of the tables -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ins, Del and Enter of the lines, payments and order documents tables (not while a cell
        is edited)."""
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                          Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if watched is self.ui.linesView and self.ui.linesView.state() != QAbstractItemView.State.EditingState:
                slot = {Qt.Key.Key_Insert: self.add_line, Qt.Key.Key_Delete: self.delete_line}.get(key)
            elif watched is self.ui.paymentsView:
                slot = {Qt.Key.Key_Insert: self.add_payment, Qt.Key.Key_Delete: self.delete_payment,
                        Qt.Key.Key_Return: self.edit_payment, Qt.Key.Key_Enter: self.edit_payment}.get(key)
            elif watched is self.ui.orderDocsView:
                slot = {Qt.Key.Key_Return: self.open_order_doc, Qt.Key.Key_Enter: self.open_order_doc}.get(key)
            else:
                slot = None
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- saving, printing, based-on ---------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S: store the document and stay; on any refusal the input stays as typed."""
        try:
            saved = documents.save(self._session, self.collect())
        except Exception as exc:  # noqa: BLE001 - ValidationError lists all problems; BalanceExceeded its figures
            QMessageBox.warning(self, self.tr(f"{KIND_TITLES[self.draft.kind]}: не сохранено"), problem_text(exc))
            return False
        self.saved_any = True
        self._show(saved)
        return True

    def _saved_id(self) -> int | None:
        """The document's id, saving it first when it is new or changed."""
        if self.is_dirty() and not self.save():
            return None
        return self.draft.id

    def accept(self) -> None:
        if self._saved_id() is not None:
            super().accept()

    def reject(self) -> None:
        if self.is_dirty() and (self.draft.lines or self.draft.id is not None):
            answer = ask_to_save(self, self.windowTitle(), self.tr(UNSAVED))
            if answer == Button.Cancel or (answer == Button.Save and not self.save()):
                return
        super().reject()

    def print_document(self, form: str | None = None) -> None:
        """Ctrl+P: the printed form (`form`, else the kind's first) as a PDF in a temporary
        folder, opened by the system viewer."""
        doc_id = self._saved_id()
        if doc_id is None:
            return
        kind = self.draft.kind
        form = form or PRINT_FORMS.get(kind, ((kind, ""),))[0][0]
        number = "".join(c if c.isalnum() else "_" for c in self.draft.doc_no) or str(doc_id)
        printed = print_to_pdf(self, self.tr("Печать"), f"{form}-{number}.pdf",
                               lambda out: printing.print_document(self._session, form, doc_id, out) or out,
                               problem_text)
        if printed is not None:
            self.printed = printed

    def enter_based_on(self, kind: str) -> None:
        """«Ввести на основании»: an act or VAT invoice of this invoice, an invoice, expense or
        ПКО of this order, filled from it, in its own card beside this one."""
        source_id = self._saved_id()
        if source_id is None:
            return
        try:
            draft = based_on.make_draft(self._session, self.draft.kind, source_id, kind)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Ввести на основании"), problem_text(exc))
            return
        self.child = based_on.card(self, self._session, kind, draft)
        self.child.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child.finished.connect(self._show_order_docs)      # what was saved there is listed here
        self.child.open()


def open_document(parent: QWidget, session: Session, kind: str, doc_id: int | None = None,
                  client_id: int | None = None, draft: Draft | None = None) -> bool:
    """Open the card of a stored document (`doc_id`), of a prepared `draft`, or of a new one for
    `client_id`; True when something was saved."""
    try:
        if draft is None:
            draft = documents.load(session, kind, doc_id) if doc_id is not None else \
                documents.new_draft(session, kind, client_id)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(parent, KIND_TITLES.get(kind, "Документ"), problem_text(exc))
        return False
    dialog = DocumentDialog(session, draft, parent)
    dialog.exec()
    return dialog.saved_any
