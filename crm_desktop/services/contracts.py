"""Contracts (SAL-7, manual "Управление договорами"): contract types with their templates, the
tariffs dictionary, the contract card with automatic numbers, and its print form: the
template's `[Variable]`s filled from the contract, our legal entity and the client card, as
PDF (from the rich text) or DOCX (from the DOCX template). «Дизайнер» edits the contract's own
copy of the text; the template stays as it was."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.data import company_admin, contracts as data, documents as doc_data
from crm_desktop.data.documents import NumberBusy
from crm_desktop.data.users import by_id as user_by_id
from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.domain.contract_vars import UnknownVariables, check
from crm_desktop.domain.money import format_money, q2
from crm_desktop.domain.name_cases import genitive
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError, clean_name
from crm_desktop.services.clients import require_client
from crm_desktop.services.documents import NUMBER_ATTEMPTS, DocumentNotFound
from crm_desktop.services.session import Session

PARAMS = 5


@dataclass
class ContractType:
    id: int | None
    name: str
    template_html: str = ""
    template_docx: bytes | None = None
    row_version: int = 0


@dataclass(frozen=True)
class Tariff:
    id: int | None
    name: str
    price: Decimal | None = None
    description: str = ""
    row_version: int = 0


@dataclass
class Contract:
    """The contract card: «Общие сведения» and «Подписание»; empty `doc_no` is numbered on save."""
    id: int | None
    client_id: int
    type_id: int | None
    legal_entity_id: int | None
    sign_date: date
    doc_no: str = ""
    bank_account_id: int | None = None
    exp_date: date | None = None
    manager_id: int | None = None
    tariff_id: int | None = None
    amount: Decimal = Decimal("0.00")
    vat_amount: Decimal = Decimal("0.00")
    note: str = ""
    params: list[str] = field(default_factory=lambda: [""] * PARAMS)
    sign_person: str = ""
    sign_basis: str = ""
    cust_sign_person: str = ""
    cust_sign_basis: str = ""
    cust_requisites: str = ""
    has_own_text: bool = False
    row_version: int = 0
    client_name: str = ""


# -- types and tariffs ---------------------------------------------------------------------------
def contract_types(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return [(r["id"], r["name"]) for r in data.types(conn)]


def load_type(session: Session, type_id: int) -> ContractType:
    with session.db.read() as conn:
        r = data.type_row(conn, type_id)
    if r is None:
        raise DocumentNotFound("Тип договора удалён другим пользователем.")
    return ContractType(r["id"], r["name"], r["template_html"] or "", r["template_docx"], r["row_version"])


def _template_errors(html: str, docx: bytes | None) -> list[FieldError]:
    from crm_desktop.reporting.contract_docx import docx_variables
    errors = []
    try:
        check(html)
    except UnknownVariables as exc:
        errors.append(FieldError("template_html", str(exc)))
    if docx:
        try:
            check(docx_variables(docx))
        except UnknownVariables as exc:
            errors.append(FieldError("template_docx", f"Шаблон DOCX: {exc}"))
        except Exception:                       # not a Word file at all
            errors.append(FieldError("template_docx", "Файл шаблона не читается как документ Word (.docx)."))
    return errors


def save_type(session: Session, t: ContractType) -> int:
    """«Справочники – Типы договоров»: a template with an unknown variable is refused, naming it."""
    session.require(Permission.EDIT_DICTIONARIES)
    errors = []
    try:
        name = clean_name(t.name)
    except ValueError as exc:
        errors.append(FieldError("name", f"Тип договора: {exc}"))
        name = t.name
    errors += _template_errors(t.template_html, t.template_docx)
    if errors:
        raise ValidationError(errors)
    values = {"name": name, "template_html": t.template_html or None, "template_docx": t.template_docx}
    with session.db.begin() as conn:
        if t.id is None:
            return data.insert_row(conn, "type", values)
        data.update_row(conn, "type", t.id, values, t.row_version or None)
        return t.id


def delete_type(session: Session, type_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        if data.type_used(conn, type_id):
            raise ValidationError([FieldError("type", "По этому типу уже заключены договоры: его нельзя удалить.")])
        data.delete_row(conn, "type", type_id)


def tariffs(session: Session) -> list[Tariff]:
    with session.db.read() as conn:
        return [Tariff(r["id"], r["name"], r["price"], r["description"] or "", r["row_version"])
                for r in data.tariffs(conn)]


def save_tariff(session: Session, t: Tariff) -> int:
    session.require(Permission.EDIT_DICTIONARIES)
    try:
        name = clean_name(t.name)
    except ValueError as exc:
        raise ValidationError([FieldError("name", f"Тариф: {exc}")]) from None
    if t.price is not None and t.price < 0:
        raise ValidationError([FieldError("price", "Цена тарифа не может быть отрицательной.")])
    values = {"name": name, "price": t.price, "description": t.description.strip() or None}
    with session.db.begin() as conn:
        if t.id is None:
            return data.insert_row(conn, "tariff", values)
        data.update_row(conn, "tariff", t.id, values, t.row_version or None)
        return t.id


def delete_tariff(session: Session, tariff_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.delete_row(conn, "tariff", tariff_id)


# -- the contract card ---------------------------------------------------------------------------
def requisites_from_card(session: Session, client_id: int) -> tuple[str, str, str]:
    """«Подписание» filled from the client card: who signs (in the genitive case the
    templates' «в лице …» needs), on what basis, the requisites."""
    with session.db.read() as conn:
        c = doc_data.client_requisites(conn, client_id)
    if c is None:
        raise DocumentNotFound("Клиент вам недоступен.")
    parts = [c["full_name"] or c["name"]]
    if c["inn"]:
        parts.append(f"ИНН {c['inn']}" + (f", КПП {c['kpp']}" if c["kpp"] else ""))
    if c["legal_address"] or c["address"]:
        parts.append(f"Адрес: {c['legal_address'] or c['address']}")
    if c["account"]:
        parts.append(f"Р/с {c['account']} в {c['bank_name'] or ''}".rstrip())
        parts.append(f"БИК {c['bik'] or ''}, к/с {c['corr_account'] or ''}")
    if c["client_kind"] == 2 and c["passport_number"]:
        parts.append(f"Паспорт {c['passport_series'] or ''} {c['passport_number']}, выдан {c['passport_issuer'] or ''}")
    person = c["sign_person"] or c["director"] or c["main_contact"] or ""
    # "… в лице [CustSignPerson], действующего на основании [CustSignOsnovanie]": the genitive
    return genitive(person) if person else "", c["sign_basis"] or ("Устава" if person else ""), "\n".join(parts)


def new_contract(session: Session, client_id: int, today: date | None = None) -> Contract:
    require_client(session, client_id)
    with session.db.read() as conn:
        default, account = company_admin.default_supplier(conn)
        types = data.types(conn)
    person, basis, requisites = requisites_from_card(session, client_id)
    return Contract(None, client_id, types[0]["id"] if types else None, default.id if default else None,
                    today or date.today(), bank_account_id=account.id if account else None,
                    manager_id=session.user.id,
                    sign_person=genitive(default.values["director"]) if default and default.values["director"] else "",
                    sign_basis="Устава" if default else "", cust_sign_person=person, cust_sign_basis=basis,
                    cust_requisites=requisites)


def _contract(r: Any) -> Contract:
    return Contract(r["id"], r["client_id"], r["type_id"], r["legal_entity_id"], r["sign_date"], r["doc_no"],
                    r["bank_account_id"], r["exp_date"], r["manager_id"], r["tariff_id"], r["amount"],
                    r["vat_amount"], r["note"] or "", [r[f"param{i}"] or "" for i in range(1, PARAMS + 1)],
                    r["sign_person"] or "", r["sign_basis"] or "", r["cust_sign_person"] or "",
                    r["cust_sign_basis"] or "", r["cust_requisites"] or "", r["body_html"] is not None,
                    r["row_version"], r["client_name"] or "")


def load(session: Session, contract_id: int) -> Contract:
    with session.db.read() as conn:
        r = doc_data.header(conn, "contract", contract_id)
    if r is None:
        raise DocumentNotFound("Договор не найден: он удалён или относится к клиенту, который вам недоступен.")
    return _contract(r)


def contract_errors(c: Contract) -> list[FieldError]:
    errors = []
    if c.type_id is None:
        errors.append(FieldError("type_id", "Выберите тип договора: по его шаблону печатается договор."))
    if c.legal_entity_id is None:
        errors.append(FieldError("legal_entity_id", "Укажите юридическое лицо (Настройки – Константы)."))
    if c.exp_date is not None and c.exp_date < c.sign_date:
        errors.append(FieldError("exp_date", "Дата окончания не может быть раньше даты подписания."))
    if c.amount < 0 or c.vat_amount < 0:
        errors.append(FieldError("amount", "Сумма договора и НДС не могут быть отрицательными."))
    if c.vat_amount > c.amount:
        errors.append(FieldError("vat_amount", "НДС не может быть больше суммы договора."))
    if len(c.doc_no.strip()) > 30:
        errors.append(FieldError("doc_no", "Номер договора — не длиннее 30 символов."))
    return errors


def save(session: Session, c: Contract) -> Contract:
    """Store the card; an empty number becomes the next of the legal entity's year."""
    errors = contract_errors(c)
    if errors:
        raise ValidationError(errors)
    if c.id is not None:
        load(session, c.id)
    require_client(session, c.client_id)
    values = {"client_id": c.client_id, "type_id": c.type_id, "legal_entity_id": c.legal_entity_id,
              "bank_account_id": c.bank_account_id, "doc_year": c.sign_date.year, "sign_date": c.sign_date,
              "exp_date": c.exp_date, "manager_id": c.manager_id, "tariff_id": c.tariff_id,
              "amount": q2(c.amount), "vat_amount": q2(c.vat_amount), "note": c.note.strip() or None,
              **{f"param{i}": (c.params[i - 1] if i <= len(c.params) else "").strip() or None
                 for i in range(1, PARAMS + 1)},
              "sign_person": c.sign_person.strip() or None, "sign_basis": c.sign_basis.strip() or None,
              "cust_sign_person": c.cust_sign_person.strip() or None,
              "cust_sign_basis": c.cust_sign_basis.strip() or None,
              "cust_requisites": c.cust_requisites.strip() or None}
    for attempt in range(NUMBER_ATTEMPTS):
        try:
            with session.db.begin() as conn:
                if c.doc_no.strip():
                    values.update(doc_no=c.doc_no.strip())
                elif c.id is None or not c.doc_no.strip():
                    number = doc_data.next_number(conn, "contract", c.legal_entity_id, c.sign_date.year)
                    values.update(number_no=number, doc_no=str(number))
                if c.id is None:
                    contract_id = doc_data.insert_document(conn, "contract", values)
                else:
                    doc_data.update_document(conn, "contract", c.id, values, c.row_version or None)
                    contract_id = c.id
            break
        except NumberBusy:
            if attempt == NUMBER_ATTEMPTS - 1:
                raise ValidationError([FieldError("doc_no", "Номер договора сейчас занимает другой "
                                                            "пользователь: сохраните ещё раз.")]) from None
    return load(session, contract_id)


def delete(session: Session, contract_id: int) -> None:
    load(session, contract_id)
    with session.db.begin() as conn:
        doc_data.delete_document(conn, "contract", contract_id)


# -- text, variables and the print form ----------------------------------------------------------
def text_of(session: Session, contract_id: int) -> str:
    """What «Дизайнер» opens: the contract's own copy, else its type's template."""
    c = load(session, contract_id)
    with session.db.read() as conn:
        own = data.own_text(conn, contract_id)
    return own if own is not None else load_type(session, c.type_id).template_html


def save_own_text(session: Session, contract_id: int, html: str | None) -> Contract:
    """Store the contract's own copy (None returns it to the template); unknown variables are
    refused by name."""
    c = load(session, contract_id)
    if html is not None:
        try:
            check(html)
        except UnknownVariables as exc:
            raise ValidationError([FieldError("body_html", str(exc))]) from None
    with session.db.begin() as conn:
        doc_data.update_document(conn, "contract", contract_id, {"body_html": html}, c.row_version or None)
    return load(session, contract_id)


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


_CITY = re.compile(r"\bг\.\s*([А-ЯЁ][А-Яа-яЁё\- ]+?)(?:,|$)")


def variables(session: Session, contract_id: int) -> dict[str, str]:
    """The manual's variables of one contract, every one of them (empty where unknown)."""
    c = load(session, contract_id)
    with session.db.read() as conn:
        entity = company_admin.entity(conn, c.legal_entity_id)
        account = doc_data.bank_account(conn, c.bank_account_id) or {}
        client = doc_data.client_requisites(conn, c.client_id)
        manager = user_by_id(conn, c.manager_id)
        tariff = data.tariff_row(conn, c.tariff_id) if c.tariff_id else None
    if client is None:
        raise DocumentNotFound("Клиент договора вам недоступен.")
    e = entity.values if entity else {}
    city = _CITY.search(e.get("legal_address", ""))
    # keywords, not string keys: the manual's names INN, KPP … are also column names
    values = dict(
        DogID=str(c.id), DogNo=c.doc_no, Manager=manager.full_name if manager else "",
        ManID=str(manager.id) if manager else "", ManMobile=(manager.mobile_phone or "") if manager else "",
        ManWorkEmail=(manager.work_email or "") if manager else "",
        DateSign=_day(c.sign_date), DateExp=_day(c.exp_date),
        ReceiverName=e.get("full_name") or e.get("short_name", ""), SignPerson=c.sign_person,
        SignOsnovanie=c.sign_basis, CustomerName=client["full_name"] or client["name"],
        Address=client["address"] or client["legal_address"] or "", PostIndex=client["postcode"] or "",
        City=client["city"] or "", PassNo=client["passport_number"] or "",
        PassSeria=client["passport_series"] or "", PassOrgan=client["passport_issuer"] or "",
        PassDate=_day(client["passport_date"]), CustSignPerson=c.cust_sign_person,
        CustSignOsnovanie=c.cust_sign_basis, Summa=format_money(c.amount),
        SummaStr=rubles_in_words(c.amount), SummaNDS=format_money(c.vat_amount),
        SummaNDSStr=rubles_in_words(c.vat_amount),
        Tarif=(tariff["name"] + (f" ({format_money(tariff['price'])} руб.)" if tariff["price"] is not None else ""))
        if tariff else "",
        Note=c.note, INN=e.get("inn", ""), KPP=e.get("kpp", ""), RS=account.get("account_no") or "",
        Bank=account.get("bank_name") or "", BankCity=city.group(1).strip() if city else "",
        Bik=account.get("bik") or "", KS=account.get("corr_account") or "",
        UrAddress=e.get("legal_address", ""), FactAddress=e.get("postal_address") or e.get("legal_address", ""),
        Phone=e.get("phone", ""), Fax="", WebSite="", CustSignRekv=c.cust_requisites,
        **{f"Param{i}": c.params[i - 1] if i <= len(c.params) else "" for i in range(1, PARAMS + 1)},
    )
    return values


def render(session: Session, contract_id: int, out: Path) -> Path:
    """«Печатная форма»: PDF from the contract's text, DOCX from its type's Word template."""
    from crm_desktop.reporting.contract_docx import fill_docx
    from crm_desktop.reporting.rich_text import fill_html, html_to_pdf
    c = load(session, contract_id)
    values = variables(session, contract_id)
    suffix = out.suffix.lower()
    try:
        if suffix == ".docx":
            with session.db.read() as conn:
                docx = data.own_docx(conn, contract_id)
            template = docx or load_type(session, c.type_id).template_docx
            if not template:
                raise ValidationError([FieldError("template_docx", "У типа договора нет шаблона DOCX: загрузите "
                                                                   "его в справочнике «Типы договоров».")])
            out.write_bytes(fill_docx(template, values))
        elif suffix == ".pdf":
            html = text_of(session, contract_id)
            if not html.strip():
                raise ValidationError([FieldError("template_html", "У типа договора нет текста шаблона: "
                                                                   "заполните его в справочнике «Типы договоров».")])
            html_to_pdf(fill_html(html, values), out, title=f"Договор № {c.doc_no}")
        else:
            raise ValidationError([FieldError("out", "Договор печатается в PDF или DOCX: укажите файл .pdf или .docx.")])
    except UnknownVariables as exc:
        raise ValidationError([FieldError("template", str(exc))]) from None
    return out
