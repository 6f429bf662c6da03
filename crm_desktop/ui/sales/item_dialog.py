"""The nomenclature item card (manual: «Свойства номенклатуры»): general data with the price
recalculated from the purchase price and the mark-up, and the additional tab (weight, volume,
package, the certificate of conformity «Сведения о сертификатах» print — number, issuer, valid
to — and notes). Problems are marked on the fields and the input stays in the form."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.money import format_money, format_qty, parse_money, q2
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.domain.vat import KIND_LABELS
from crm_desktop.services import nomenclature
from crm_desktop.services.nomenclature import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.forms.sales.item_dialog_ui import Ui_ItemDialog
from crm_desktop.ui.sales.item_picker import group_choices
from crm_desktop.ui.unsaved_changes import may_close

NO_RIGHT = "Нет права «Редактировать номенклатуру»: изменения может внести администратор."


def parse_number(text: str, label: str) -> Decimal | None:
    """A non-money number typed the Russian way ("12,5", "1 000"); None for an empty field,
    ValueError naming the field otherwise."""
    compact = "".join(text.split()).replace(",", ".")
    if not compact:
        return None
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise ValueError(f"{label}: «{text.strip()}» не число; введите, например, 12,5.") from None
    if not value.is_finite():
        raise ValueError(f"{label}: «{text.strip()}» не число; введите, например, 12,5.")
    return value


def markup_of(purchase: Decimal, sale: Decimal) -> Decimal:
    """The mark-up, in per cent to two places, that turns `purchase` into `sale`: the inverse of
    nomenclature.sale_price_from_markup for a positive purchase price."""
    return q2((sale - purchase) * 100 / purchase)


def _shown(value: Decimal | None, money: bool = False) -> str:
    if value is None:
        return ""
    return format_money(value) if money else format_qty(value)


class ItemDialog(QDialog):
    """One item: OK (Ctrl+Enter) saves and closes, «Сохранить» (Ctrl+S) saves and stays."""

    def __init__(self, session: Session, card: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self._session, self._card = session, card
        self._saved = False
        ui = self.ui
        self.fields: dict[str, QWidget] = {
            "group_id": ui.groupCombo, "code": ui.codeEdit, "article": ui.articleEdit, "name": ui.nameEdit, "manufacturer": ui.manufacturerEdit,
            "unit_id": ui.unitCombo, "purchase_price": ui.purchaseEdit, "markup": ui.markupEdit,
            "sale_price": ui.saleEdit, "vat_kind": ui.vatCombo, "weight": ui.weightEdit, "volume": ui.volumeEdit,
            "per_package": ui.perPackageEdit, "certificate_no": ui.certificateNoEdit,
            "certificate_issuer": ui.certificateIssuerEdit, "certificate_valid_to": ui.certificateValidToEdit,
            "notes": ui.notesEdit}
        ui.groupCombo.addItem(self.tr("(без группы)"), None)
        for group_id, path in group_choices(session):
            ui.groupCombo.addItem(path, group_id)
        ui.unitCombo.addItem(self.tr("(не указана)"), None)
        for unit_id, name, okei in nomenclature.units(session):
            ui.unitCombo.addItem(f"{name} ({okei})" if okei else name, unit_id)
        for kind, label in KIND_LABELS.items():
            ui.vatCombo.addItem(self.tr(label), kind)
        self._bind(card)
        self._opened = self._snapshot()
        ui.purchaseEdit.textEdited.connect(self._recalculate_sale_price)
        ui.markupEdit.textEdited.connect(self._recalculate_sale_price)
        ui.saleEdit.textEdited.connect(self._recalculate_markup)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.saveButton.clicked.connect(self.save)
        ui.movesButton.clicked.connect(self.show_moves)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        if not session.can(Permission.EDIT_NOMENCLATURE):
            for button in (ui.saveButton, ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)):
                button.setEnabled(False)
                button.setToolTip(self.tr(NO_RIGHT))
        self._title()

    def _show_moves_button(self) -> None:
        """«Справка о движениях» (manual: "кнопкой “Справка о движениях” карточки информации о
        товаре"): for a stored item, where the edition has a warehouse."""
        gate = check(Capability.WAREHOUSE, self._session.edition)
        self.ui.movesButton.setVisible(gate.allowed)
        self.ui.movesButton.setEnabled(self._card.id is not None)
        if self._card.id is None:
            self.ui.movesButton.setToolTip(self.tr("Движения есть только у сохранённой позиции"))

    def show_moves(self) -> None:
        if self._card.id is not None:
            from crm_desktop.ui.warehouse.moves_window import open_item_moves
            open_item_moves(self, self._session, [(self._card.id, self._card.values.get("name") or "")])

    def _title(self) -> None:
        self._show_moves_button()
        name = self._card.values.get("name") or ""
        self.setWindowTitle(self.tr("Позиция номенклатуры – %1").replace("%1", name) if self._card.id
                            else self.tr("Новая позиция номенклатуры"))

    def _bind(self, card: Item) -> None:
        ui, v = self.ui, card.values
        ui.groupCombo.setCurrentIndex(max(ui.groupCombo.findData(v.get("group_id")), 0))
        for name, edit in (("code", ui.codeEdit), ("article", ui.articleEdit), ("name", ui.nameEdit),
                           ("manufacturer", ui.manufacturerEdit)):
            edit.setText(v.get(name) or "")
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(v.get("unit_id")), 0))
        ui.purchaseEdit.setText(_shown(v.get("purchase_price"), money=True))
        ui.markupEdit.setText(_shown(v.get("markup")))
        ui.saleEdit.setText(_shown(v.get("sale_price"), money=True))
        ui.vatCombo.setCurrentIndex(max(ui.vatCombo.findData(v.get("vat_kind") or "general"), 0))
        ui.noDiscountCheck.setChecked(bool(v.get("no_discount")))
        ui.notInPriceCheck.setChecked(bool(v.get("not_in_price")))
        ui.serviceCheck.setChecked(bool(v.get("is_service")))
        ui.weightEdit.setText(_shown(v.get("weight")))
        ui.volumeEdit.setText(_shown(v.get("volume")))
        ui.perPackageEdit.setText(_shown(v.get("per_package")))
        ui.certificateNoEdit.setText(v.get("certificate_no") or "")
        ui.certificateIssuerEdit.setText(v.get("certificate_issuer") or "")
        ui.certificateValidToEdit.set_value(v.get("certificate_valid_to"))
        ui.notesEdit.setPlainText(v.get("notes") or "")

    def _snapshot(self) -> tuple[Any, ...]:
        """What the user sees, to tell whether anything was changed since the last save."""
        ui = self.ui
        return (*(w.text() for w in self.fields.values() if isinstance(w, QLineEdit)),
                ui.groupCombo.currentData(), ui.unitCombo.currentData(), ui.vatCombo.currentData(), ui.noDiscountCheck.isChecked(),
                ui.notInPriceCheck.isChecked(), ui.serviceCheck.isChecked(), ui.notesEdit.toPlainText(),
                ui.certificateValidToEdit.line.text())

    def dirty(self) -> bool:
        return self._snapshot() != self._opened

    def _recalculate_sale_price(self) -> None:
        """A new purchase price or mark-up gives the sale price; unreadable input leaves it."""
        try:
            purchase = parse_money(self.ui.purchaseEdit.text())
            markup = parse_number(self.ui.markupEdit.text(), "") or Decimal(0)
        except ValueError:
            return
        self.ui.saleEdit.setText(format_money(nomenclature.sale_price_from_markup(purchase, markup)))

    def _recalculate_markup(self) -> None:
        """A sale price typed by hand gives the mark-up over the purchase price; without a
        purchase price (or with unreadable input) the mark-up stays as it is."""
        try:
            purchase = parse_money(self.ui.purchaseEdit.text())
            sale = parse_money(self.ui.saleEdit.text())
        except ValueError:
            return
        if purchase > 0:
            self.ui.markupEdit.setText(format_qty(markup_of(purchase, sale)))

    def _collect(self) -> Item:
        """The card as typed; ValidationError lists every field that cannot be read."""
        ui = self.ui
        errors: list[FieldError] = []
        values: dict[str, Any] = dict(self._card.values)
        values.update(group_id=ui.groupCombo.currentData(), code=ui.codeEdit.text(), article=ui.articleEdit.text(), name=ui.nameEdit.text(),
                      manufacturer=ui.manufacturerEdit.text(), unit_id=ui.unitCombo.currentData(),
                      vat_kind=ui.vatCombo.currentData(), no_discount=int(ui.noDiscountCheck.isChecked()),
                      not_in_price=int(ui.notInPriceCheck.isChecked()), is_service=int(ui.serviceCheck.isChecked()),
                      notes=ui.notesEdit.toPlainText(), certificate_no=ui.certificateNoEdit.text(),
                      certificate_issuer=ui.certificateIssuerEdit.text(),
                      certificate_valid_to=ui.certificateValidToEdit.value())
        for name, label, edit in (("purchase_price", "Закупочная цена", ui.purchaseEdit),
                                  ("sale_price", "Цена продажи", ui.saleEdit)):
            try:
                values[name] = parse_money(edit.text() or "0")
            except ValueError as exc:
                errors.append(FieldError(name, f"{label}: {exc}"))
        for name, label, edit in (("markup", "Наценка", ui.markupEdit), ("weight", "Вес", ui.weightEdit),
                                  ("volume", "Объём", ui.volumeEdit),
                                  ("per_package", "Количество в упаковке", ui.perPackageEdit)):
            try:
                values[name] = parse_number(edit.text(), label)
            except ValueError as exc:
                errors.append(FieldError(name, str(exc)))
        if values["markup"] is None:
            values["markup"] = Decimal(0)
        if errors:
            raise ValidationError(errors)
        return replace(self._card, values=values)

    def _store(self) -> bool:
        saved = field_marks.save(self, self.fields, lambda: nomenclature.save_item(self._session, self._collect()),
                                 self.tr("Позиция не сохранена"))
        if saved is None:
            return False
        self._card, self._saved = saved, True
        self._opened = self._snapshot()
        self._title()
        return True

    def save(self) -> None:
        if self.ui.saveButton.isEnabled():
            self._store()

    def accept(self) -> None:
        if not self.ui.saveButton.isEnabled() or self._store():
            super().accept()

    def reject(self) -> None:
        if not self.ui.saveButton.isEnabled() or may_close(self, self.windowTitle(), self.dirty()):
            super().reject()

    def saved_id(self) -> int | None:
        """The item's id once it was saved in this dialog, else None."""
        return self._card.id if self._saved else None


def open_item(parent: QWidget | None, session: Session, item_id: int | None = None,
              group_id: int | None = None) -> int | None:
    """Open an item's card (a new one in `group_id` when `item_id` is None); the saved id,
    None when nothing was saved."""
    card = nomenclature.item(session, item_id) if item_id is not None else nomenclature.new_item(group_id)
    if card is None:
        return None
    dialog = ItemDialog(session, card, parent)
    dialog.exec()
    return dialog.saved_id()
