"""SQLAlchemy Core tables: the schema the migrations build, as the code sees it.

tests/migrations/test_models_match.py compares these with a database made by the migrations,
so a migration and this file change together. Lower-case names map to Firebird's upper case.
"""
from __future__ import annotations

from sqlalchemy import (CHAR, Column, Date, DateTime, FetchedValue, ForeignKey, Integer, LargeBinary, MetaData,
                        Numeric, SmallInteger, String, Table, Text)

metadata = MetaData()


def _audit() -> list[Column]:
    """The common columns of every business table (filled by the audit triggers)."""
    return [Column("created_at", DateTime), Column("created_by", Integer),
            Column("changed_at", DateTime), Column("changed_by", Integer),
            Column("row_version", Integer, nullable=False, server_default="1")]


def _id() -> Column:
    # filled by the table's BEFORE INSERT trigger from its generator
    return Column("id", Integer, primary_key=True, autoincrement=False, server_default=FetchedValue())


def _flag(name: str, default: int = 0) -> Column:
    return Column(name, SmallInteger, nullable=False, server_default=str(default))


def _ref(name: str, target: str, nullable: bool = True) -> Column:
    return Column(name, Integer, ForeignKey(target), nullable=nullable)


def _name(length: int, name: str = "name", nullable: bool = False, collation: str = "UNICODE_CI_AI") -> Column:
    """A name column: the collation lives in `info`, since the dialect would otherwise put
    COLLATE into the CASTs of bound parameters, which Firebird rejects."""
    return Column(name, String(length), nullable=nullable, info={"collation": collation})


def _order() -> Column:
    return Column("sort_order", Integer, nullable=False, server_default="0")


db_version = Table("db_version", metadata,
                   Column("version_no", Integer, primary_key=True, autoincrement=False),
                   Column("name", String(100), nullable=False),
                   Column("applied_at", DateTime, nullable=False))

settings = Table("settings", metadata,
                 Column("setting_key", String(60), primary_key=True),
                 Column("setting_val", String(1000)))

roles = Table("roles", metadata, _id(),
              Column("code", String(20), nullable=False, unique=True),
              Column("name", String(60), nullable=False))

permissions = Table("permissions", metadata,
                    Column("code", String(40), primary_key=True),
                    Column("name", String(200), nullable=False), _order())

role_permissions = Table("role_permissions", metadata,
                         Column("role_id", Integer, ForeignKey("roles.id"), primary_key=True),
                         Column("perm_code", String(40), ForeignKey("permissions.code"), primary_key=True))

departments = Table("departments", metadata, _id(), _name(150), _order(), *_audit())

positions = Table("positions", metadata, _id(), _ref("department_id", "departments.id", False),
                  _name(150), _order(), *_audit())

users = Table("users", metadata, _id(),
              _name(40, "login", collation="UNICODE_CI"),
              # the program's own check in embedded mode; on a server Firebird checks passwords
              Column("password_hash", String(200), nullable=False, server_default=""),
              _name(150, "full_name"),
              _ref("role_id", "roles.id", False),
              _ref("department_id", "departments.id"), _ref("position_id", "positions.id"),
              Column("invoice_prefix", String(10)), Column("mobile_phone", String(40)),
              Column("work_email", String(120)),
              _flag("is_disabled"), _flag("is_dismissed"), _flag("client_access", 1),
              *_audit(), _flag("must_change_password"))

user_permissions = Table("user_permissions", metadata,
                         Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
                         Column("perm_code", String(40), ForeignKey("permissions.code"), primary_key=True))

directions = Table("directions", metadata, _id(), _name(150), _order(), _flag("is_active", 1), *_audit())

legal_entities = Table("legal_entities", metadata, _id(), _name(150, "short_name"),
                       Column("full_name", String(300)), Column("inn", String(12)),
                       Column("kpp", String(9)), Column("ogrn", String(15)), Column("okpo", String(10)),
                       Column("legal_address", String(300)), Column("postal_address", String(300)),
                       Column("phone", String(40)), Column("email", String(120)),
                       Column("director", String(150)), Column("chief_accountant", String(150)),
                       _flag("vat_payer", 1), _flag("is_default"), *_audit())

bank_accounts = Table("bank_accounts", metadata, _id(),
                      _ref("legal_entity_id", "legal_entities.id", False),
                      Column("bank_name", String(200), nullable=False),
                      Column("bik", String(9), nullable=False), Column("corr_account", String(20)),
                      Column("account_no", String(20), nullable=False), _flag("is_default"), *_audit())

regions = Table("regions", metadata, _id(), _name(100), Column("region_type", String(20)),
                Column("kladr_code", CHAR(2)), Column("federal_district", String(40)),
                Column("timezone", String(10)), *_audit())

cities = Table("cities", metadata, _id(), _ref("region_id", "regions.id", False), _name(100),
               Column("city_type", String(20)), Column("area", String(100)),
               Column("postal_code", String(6)), Column("kladr_id", String(19)),
               Column("fias_id", String(36)), Column("okato", String(11)), Column("oktmo", String(11)),
               Column("timezone", String(10)), Column("population", Integer), _flag("is_capital"),
               *_audit())

event_types = Table("event_types", metadata, _id(), _name(100), _flag("call_kind"), _order(),
                    _flag("is_active", 1), *_audit())

classifiers = Table("classifiers", metadata, _id(),
                    Column("code", String(30), nullable=False, unique=True),
                    Column("scope", SmallInteger, nullable=False), _name(100),
                    Column("hint", String(300)), Column("label", String(60)),
                    _flag("value_kind", 1), _flag("is_active", 1), _order(), *_audit())

classifier_values = Table("classifier_values", metadata, _id(),
                          _ref("classifier_id", "classifiers.id", False), _name(150), _order(),
                          _flag("is_active", 1), *_audit())

sales_stages = Table("sales_stages", metadata, _id(), _name(100), _order(), _flag("is_active", 1),
                     *_audit())

cash_desks = Table("cash_desks", metadata, _id(), _name(100),
                   _ref("legal_entity_id", "legal_entities.id"), _flag("is_active", 1), *_audit())

clients = Table(
    "clients", metadata, _id(),
    Column("code", Integer, nullable=False, unique=True),
    _flag("client_kind", 1), _name(250), Column("full_name", String(500)),
    _ref("region_id", "regions.id"), _ref("city_id", "cities.id"), _name(100, "city", True),
    Column("district", String(100)), Column("postcode", String(6)), Column("address", String(300)),
    *[Column(c, String(40)) for c in ("phone", "phone2", "mobile_phone", "fax")],
    Column("email", String(120)), Column("website", String(200)), Column("main_contact", String(150)),
    _flag("needs_attention"),
    _ref("curator_id", "users.id"), _ref("specialist_id", "users.id"),
    *[_ref(f"{c}_id", "classifier_values.id")
      for c in ("client_type", "company_size", "info_source", "priority", "activity_type", "status")],
    Column("notes", Text),
    _ref("stage_id", "sales_stages.id"),
    _ref("penetration_id", "classifier_values.id"), _ref("last_reaction_id", "classifier_values.id"),
    _ref("loyalty_id", "classifier_values.id"),
    _flag("has_competitors"), Column("competitors", String(1000)),
    _ref("next_stage_id", "sales_stages.id"), _ref("prospects_id", "classifier_values.id"),
    Column("next_contact_date", Date),
    _name(60, "surname", True), _name(60, "first_name", True), _name(60, "patronymic", True),
    Column("birthday", Date),
    Column("passport_series", String(10)), Column("passport_number", String(20)),
    Column("passport_issuer", String(300)), Column("passport_date", Date),
    Column("inn", String(12)), Column("kpp", String(9)), Column("ogrn", String(15)),
    Column("okpo", String(10)), Column("okved", String(100)), Column("registration_body", String(300)),
    Column("registration_date", Date), Column("tax_office", String(300)),
    Column("charter_capital", Numeric(18, 2)),
    Column("legal_address", String(300)), Column("actual_address", String(300)),
    Column("director", String(150)), Column("sign_person", String(150)), Column("sign_basis", String(150)),
    Column("document_changes", Text),
    _flag("is_private"), _flag("no_email_mailing"), _flag("no_sms_mailing"),
    *[Column(f"sec_{c}", Text) for c in ("finance", "property", "reputation", "links", "conclusion")],
    Column("credit_limit", Numeric(18, 2)), _ref("work_mode_id", "classifier_values.id"),
    Column("conclusion_date", Date), _ref("inspector_id", "users.id"),
    Column("ship_buyers", Text), Column("ship_products", Text), Column("consignee", String(300)),
    Column("consignee_inn", String(12)), Column("consignee_kpp", String(9)),
    Column("consignee_address", String(300)), Column("consignee_phone", String(40)),
    Column("transport", Text),
    Column("files_count", Integer, nullable=False, server_default="0"),
    *_audit())

client_directions = Table("client_directions", metadata,
                          Column("client_id", Integer, ForeignKey("clients.id"), primary_key=True),
                          Column("direction_id", Integer, ForeignKey("directions.id"), primary_key=True))

client_access = Table("client_access", metadata,
                      Column("client_id", Integer, ForeignKey("clients.id"), primary_key=True),
                      Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
                      _flag("can_edit", 1))

client_classifiers = Table("client_classifiers", metadata, _id(),
                           _ref("client_id", "clients.id", False),
                           _ref("classifier_id", "classifiers.id", False),
                           _ref("value_id", "classifier_values.id"),
                           Column("value_text", String(500)), *_audit())

client_banks = Table("client_banks", metadata, _id(), _ref("client_id", "clients.id", False),
                     Column("bank_name", String(200)), Column("bank_city", String(100)),
                     Column("bik", String(9)), Column("corr_account", String(20)),
                     Column("account", String(20)), _flag("is_default"), *_audit())

contacts = Table("contacts", metadata, _id(), _ref("client_id", "clients.id", False),
                 _name(60, "surname", True), _name(60, "first_name", True), _name(60, "patronymic", True),
                 Column("job_title", String(150)), Column("department", String(150)),
                 *[Column(f"phone_{k}", String(40)) for k in ("office", "mobile", "home")],
                 Column("fax", String(40)), Column("email", String(120)),
                 Column("messengers", String(200)), Column("salutation", String(100)),
                 Column("birthday", Date), Column("gender", CHAR(1)),
                 Column("competence", Text), Column("traits", Text), Column("relatives", Text),
                 Column("biography", Text),
                 _flag("email_subscribed"), _flag("sms_subscribed"), _flag("is_main"), *_audit())

def _mailing(name: str, column: str, length: int) -> Table:
    return Table(name, metadata, _id(), _ref("client_id", "clients.id", False),
                 Column(column, String(length), nullable=False),
                 _ref("contact_person_id", "contacts.id"), _flag("subscribed", 1), *_audit())


client_emails = _mailing("client_emails", "email", 120)
client_sms_phones = _mailing("client_sms_phones", "phone", 40)

phone_index = Table("phone_index", metadata,
                    _ref("client_id", "clients.id", False), _ref("contact_id", "contacts.id"),
                    Column("digits_rev", String(20), nullable=False))

events = Table("events", metadata, _id(), _ref("client_id", "clients.id", False),
               _ref("event_type_id", "event_types.id", False),
               Column("event_at", DateTime, nullable=False), _ref("user_id", "users.id"),
               _ref("contact_id", "contacts.id"), Column("description", Text),
               Column("result", String(500)), _ref("reaction_id", "classifier_values.id"),
               _ref("stage_id", "sales_stages.id"), Column("next_contact_date", Date), *_audit())

tasks = Table("tasks", metadata, _id(), _flag("task_kind", 1), _ref("client_id", "clients.id"),
              _ref("setter_id", "users.id"), _ref("executor_id", "users.id"),
              Column("set_at", DateTime, nullable=False), _flag("importance", 2),
              Column("start_at", DateTime, nullable=False), Column("due_at", DateTime),
              Column("duration_min", Integer, nullable=False, server_default="30"),
              Column("body", Text), _flag("requires_report"), _flag("status", 1),
              Column("report", Text), Column("remind_min", Integer), Column("closed_at", DateTime),
              *_audit(),
              Column("accepted_at", DateTime), Column("completed_at", DateTime),
              _flag("seen_by_executor"), _flag("reminded"), _ref("planner_case_id", "planner_cases.id"))

task_history = Table("task_history", metadata, _id(), _ref("task_id", "tasks.id", False),
                     Column("changed_at", DateTime, nullable=False), _ref("user_id", "users.id"),
                     Column("old_status", SmallInteger), Column("new_status", SmallInteger, nullable=False),
                     Column("note", Text))

planner_topics = Table("planner_topics", metadata, _id(), _name(250), _ref("responsible_id", "users.id"),
                       Column("start_date", Date), Column("due_date", Date), Column("notes", Text),
                       _order(), _flag("is_closed"), *_audit())

planner_cases = Table("planner_cases", metadata, _id(), _ref("topic_id", "planner_topics.id", False),
                      _ref("parent_id", "planner_cases.id"), Column("name", String(250), nullable=False),
                      _ref("responsible_id", "users.id"), Column("start_date", Date), Column("due_date", Date),
                      _flag("percent_done"), Column("report", Text), _flag("delegation_allowed"), _order(),
                      *_audit())

todos = Table("todos", metadata, _id(), _ref("owner_id", "users.id", False),
              Column("body", String(1000), nullable=False), _flag("is_important"), _flag("progress"),
              _order(), Column("completed_at", DateTime), *_audit())

active_sessions = Table("active_sessions", metadata, _id(), _ref("user_id", "users.id", False),
                        Column("host_name", String(100)), Column("ip_address", String(45)),
                        Column("terminal", String(100)), _flag("is_demo"),
                        Column("started_at", DateTime, nullable=False), Column("seen_at", DateTime, nullable=False))

user_settings = Table("user_settings", metadata,
                      Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
                      Column("setting_key", String(60), primary_key=True),
                      Column("setting_val", Text))


# the sales documents (0005_sales.sql)
def _money(name: str, nullable: bool = False) -> Column:
    return Column(name, Numeric(18, 2, asdecimal=True), nullable=nullable,
                  server_default=None if nullable else "0")


def _qty(name: str, nullable: bool = True) -> Column:
    return Column(name, Numeric(18, 3, asdecimal=True), nullable=nullable)


def _percent(name: str, nullable: bool = False, precision: int = 7) -> Column:
    return Column(name, Numeric(precision, 2, asdecimal=True), nullable=nullable,
                  server_default=None if nullable else "0")


units = Table("units", metadata, _id(), Column("okei_code", String(4)), Column("name", String(20), nullable=False),
              Column("full_name", String(100)), _order(), *_audit())

vat_rates = Table("vat_rates", metadata, _id(), Column("kind", String(10), nullable=False),
                  Column("name", String(30), nullable=False), _percent("rate", True, 5),
                  Column("valid_from", Date), Column("valid_to", Date), *_audit())

nomenclature_groups = Table("nomenclature_groups", metadata, _id(), _ref("parent_id", "nomenclature_groups.id"),
                            _name(150), _order(), *_audit())

nomenclature = Table("nomenclature", metadata, _id(), _ref("group_id", "nomenclature_groups.id"),
                     Column("code", String(30)), Column("article", String(50)), _name(250),
                     Column("manufacturer", String(150)), _ref("unit_id", "units.id"),
                     _money("purchase_price"), Column("markup", Numeric(9, 2, asdecimal=True), nullable=False,
                                                      server_default="0"),
                     _money("sale_price"),
                     Column("vat_kind", String(10), nullable=False, server_default="'general'"),
                     _flag("no_discount"), _flag("not_in_price"), _flag("is_service"),
                     _qty("weight"), _qty("volume"), _qty("per_package"), Column("notes", String(1000)), *_audit(),
                     Column("certificate_no", String(100)), Column("certificate_issuer", String(250)),
                     Column("certificate_valid_to", Date))

discount_tiers = Table("discount_tiers", metadata, _id(), _money("min_sum"), _percent("discount"), *_audit())

special_offers = Table("special_offers", metadata, _id(), _ref("client_id", "clients.id", False),
                       _ref("group_id", "nomenclature_groups.id"), _percent("discount"), *_audit())

doc_counters = Table("doc_counters", metadata,
                     Column("doc_kind", String(12), primary_key=True),
                     Column("legal_entity_id", Integer, ForeignKey("legal_entities.id"), primary_key=True),
                     Column("doc_year", SmallInteger, primary_key=True, autoincrement=False),
                     Column("last_no", Integer, nullable=False, server_default="0"))


def _numbered(*, number_required: bool = True) -> list[Column]:
    """The number of a document: unique per legal entity and year, printed with a prefix."""
    return [_ref("legal_entity_id", "legal_entities.id", False),
            Column("doc_year", SmallInteger, nullable=False),
            Column("number_no", Integer, nullable=number_required is False),
            Column("doc_no", String(30), nullable=False)]


def _sums() -> list[Column]:
    return [_flag("vat_mode", 1), _money("amount"), _money("vat_amount"), _money("total")]


def _lines(name: str, parent: str) -> Table:
    """The lines of a document; the same shape for invoices, acts and VAT invoices, so that
    one made from another copies its lines as they are."""
    return Table(name, metadata, _id(), _ref(f"{parent[:-1]}_id", f"{parent}.id", False),
                 Column("line_no", SmallInteger, nullable=False), _ref("item_id", "nomenclature.id"),
                 Column("name", String(250), nullable=False), Column("unit_name", String(20)),
                 Column("unit_code", String(4)), _qty("quantity", False), _money("base_price"),
                 _percent("discount"), _money("price"), _money("amount"), _percent("vat_rate", True, 5),
                 _money("vat_amount"), _money("total"), _flag("no_discount"))


invoices = Table("invoices", metadata, _id(), _ref("client_id", "clients.id", False),
                 *_numbered()[:1], _ref("bank_account_id", "bank_accounts.id"), *_numbered()[1:],
                 Column("doc_date", Date, nullable=False), Column("due_date", Date),
                 _ref("manager_id", "users.id"), Column("attention", String(150)),
                 _flag("vat_mode", 1), _percent("discount", True), _flag("special_offer"),
                 _money("amount"), _money("vat_amount"), _money("total"),
                 Column("notes", String(1000)), *_audit(), Column("order_id", Integer, ForeignKey("orders.id")))
invoice_lines = _lines("invoice_lines", "invoices")

payments = Table("payments", metadata, _id(), _ref("client_id", "clients.id", False),
                 _ref("invoice_id", "invoices.id"), _ref("legal_entity_id", "legal_entities.id", False),
                 _flag("pay_kind", 2), Column("pay_date", Date, nullable=False), _money("amount"),
                 Column("doc_no", String(30)), Column("payer", String(250)), _ref("manager_id", "users.id"),
                 Column("notes", String(1000)), *_audit())

acts = Table("acts", metadata, _id(), _ref("client_id", "clients.id", False), _ref("invoice_id", "invoices.id"),
             *_numbered(), Column("doc_date", Date, nullable=False), _ref("manager_id", "users.id"),
             *_sums(), Column("notes", String(1000)), *_audit())

vat_invoices = Table("vat_invoices", metadata, _id(), _ref("client_id", "clients.id", False),
                     _ref("invoice_id", "invoices.id"), _ref("act_id", "acts.id"), *_numbered(),
                     Column("doc_date", Date, nullable=False), _ref("manager_id", "users.id"),
                     _flag("vat_mode", 1), Column("payment_doc", String(100)), *_sums()[1:],
                     Column("notes", String(1000)), *_audit())

act_lines = _lines("act_lines", "acts")
vat_invoice_lines = _lines("vat_invoice_lines", "vat_invoices")

sales = Table("sales", metadata, _id(), _ref("client_id", "clients.id", False),
              Column("sale_date", Date, nullable=False), _ref("item_id", "nomenclature.id"),
              Column("product", String(250), nullable=False),
              Column("quantity", Numeric(18, 3, asdecimal=True), nullable=False, server_default="1"),
              _money("amount"), _money("paid"), Column("pay_date", Date), _ref("manager_id", "users.id"),
              Column("notes", String(1000)), *_audit())

works = Table("works", metadata, _id(), _ref("client_id", "clients.id", False),
              Column("work_date", Date, nullable=False), Column("description", String(1000), nullable=False),
              Column("norm_hours", Numeric(9, 2, asdecimal=True), nullable=False, server_default="0"),
              _money("amount"), _money("paid"), Column("pay_date", Date),
              _ref("legal_entity_id", "legal_entities.id"), _ref("manager_id", "users.id"),
              Column("notes", String(1000)), *_audit())

contract_types = Table("contract_types", metadata, _id(), _name(150), Column("template_html", Text),
                       Column("template_docx", LargeBinary), _order(), *_audit())

tariffs = Table("tariffs", metadata, _id(), _name(150), _money("price", True),
                Column("description", String(1000)), *_audit())

contracts = Table("contracts", metadata, _id(), _ref("client_id", "clients.id", False),
                  _ref("type_id", "contract_types.id", False), *_numbered()[:1],
                  _ref("bank_account_id", "bank_accounts.id"), *_numbered(number_required=False)[1:],
                  Column("sign_date", Date, nullable=False), Column("exp_date", Date),
                  _ref("manager_id", "users.id"), _ref("tariff_id", "tariffs.id"),
                  _money("amount"), _money("vat_amount"), Column("note", String(1000)),
                  *[Column(f"param{i}", String(250)) for i in range(1, 6)],
                  Column("sign_person", String(150)), Column("sign_basis", String(150)),
                  Column("cust_sign_person", String(150)), Column("cust_sign_basis", String(150)),
                  Column("cust_requisites", String(2000)), Column("body_html", Text),
                  Column("body_docx", LargeBinary), *_audit())

# the warehouse (0006): documents are client data; the registers carry no key to them
warehouses = Table("warehouses", metadata, _id(), _name(100), _flag("is_active", 1), _order(), *_audit())

specifications = Table("specifications", metadata, _id(), _name(150), _ref("item_id", "nomenclature.id", False),
                       *_audit())
spec_lines = Table("spec_lines", metadata, _id(), _ref("spec_id", "specifications.id", False),
                   _ref("item_id", "nomenclature.id", False), _qty("quantity", False),
                   _ref("warehouse_id", "warehouses.id", False))

wh_docs = Table("wh_docs", metadata, _id(), Column("doc_kind", String(12), nullable=False),
                _ref("legal_entity_id", "legal_entities.id", False), _ref("warehouse_id", "warehouses.id", False),
                _ref("client_id", "clients.id"), *_numbered()[1:], Column("doc_time", DateTime, nullable=False),
                _ref("manager_id", "users.id"), Column("base_doc_id", Integer), *_sums(),
                Column("notes", String(1000)), *_audit(), Column("order_id", Integer, ForeignKey("orders.id")))
wh_doc_lines = Table("wh_doc_lines", metadata, _id(), _ref("doc_id", "wh_docs.id", False),
                     Column("line_no", SmallInteger, nullable=False), _ref("item_id", "nomenclature.id", False),
                     _ref("warehouse_id", "warehouses.id", False), Column("incoming", SmallInteger, nullable=False),
                     _qty("quantity", False), _money("price"), _percent("markup", True, 9),
                     _money("sale_price", True), _money("amount"), _percent("vat_rate", True, 5),
                     _money("vat_amount"), _money("total"), Column("base_line_id", Integer))


def _register_key() -> list[Column]:
    return [Column("item_id", Integer, nullable=False), Column("warehouse_id", Integer, nullable=False),
            Column("legal_entity_id", Integer, nullable=False)]


def _key_part(name: str) -> Column:
    return Column(name, Integer, primary_key=True, autoincrement=False)


wh_postings = Table("wh_postings", metadata, _key_part("doc_id"), Column("doc_kind", String(12), nullable=False),
                    Column("doc_time", DateTime, nullable=False), Column("legal_entity_id", Integer, nullable=False))
wh_posting_lines = Table("wh_posting_lines", metadata, _key_part("line_id"), Column("doc_id", Integer, nullable=False),
                         Column("doc_time", DateTime, nullable=False), *_register_key(),
                         Column("incoming", SmallInteger, nullable=False), _qty("quantity", False),
                         _money("cost", True), Column("base_line_id", Integer), _qty("remaining"),
                         Column("unit_cost", Numeric(18, 4, asdecimal=True)), Column("signature", Integer))
wh_reserves = Table("wh_reserves", metadata, _key_part("line_id"), Column("doc_id", Integer, nullable=False),
                    *_register_key(), _qty("quantity", False), Column("reserved_until", DateTime, nullable=False))
wh_moves = Table("wh_moves", metadata, _id(), Column("doc_id", Integer, nullable=False),
                 Column("line_id", Integer, nullable=False), Column("batch_id", Integer, nullable=False),
                 *_register_key(), Column("doc_time", DateTime, nullable=False), Column("period", Date, nullable=False),
                 _qty("quantity", False), Column("cost", Numeric(18, 2, asdecimal=True), nullable=False))
wh_balances = Table("wh_balances", metadata, *[_key_part(c) for c in ("item_id", "warehouse_id", "legal_entity_id")],
                    Column("quantity", Numeric(18, 3, asdecimal=True), nullable=False, server_default="0"),
                    _money("cost"))
wh_totals = Table("wh_totals", metadata, *[_key_part(c) for c in ("item_id", "warehouse_id", "legal_entity_id")],
                  Column("period", Date, primary_key=True),
                  Column("quantity", Numeric(18, 3, asdecimal=True), nullable=False, server_default="0"),
                  _money("cost"))
wh_state = Table("wh_state", metadata, Column("id", SmallInteger, primary_key=True, autoincrement=False),
                 Column("actual_from", DateTime), Column("repost_from", DateTime), Column("repost_done_to", DateTime),
                 Column("repost_done_id", Integer), Column("repost_by", Integer), Column("repost_started", DateTime))

cash_orders = Table("cash_orders", metadata, _id(), Column("kind", SmallInteger, nullable=False),
                    _ref("desk_id", "cash_desks.id", False), *_numbered()[:1], _ref("client_id", "clients.id"),
                    *_numbered()[1:], Column("doc_time", DateTime, nullable=False), _money("amount"),
                    Column("person", String(250)), Column("basis", String(250)), _ref("manager_id", "users.id"),
                    Column("wh_doc_id", Integer), _flag("posted"), Column("notes", String(1000)), *_audit(),
                    Column("order_id", Integer, ForeignKey("orders.id")))
cash_moves = Table("cash_moves", metadata, _key_part("order_id"), Column("desk_id", Integer, nullable=False),
                   Column("legal_entity_id", Integer, nullable=False), Column("doc_time", DateTime, nullable=False),
                   Column("amount", Numeric(18, 2, asdecimal=True), nullable=False))
cash_balances = Table("cash_balances", metadata, _key_part("desk_id"), _key_part("legal_entity_id"), _money("amount"))

orders = Table("orders", metadata, _id(), _ref("client_id", "clients.id", False), *_numbered(),
               Column("doc_date", Date, nullable=False), Column("due_date", Date), _flag("status", 1),
               _ref("warehouse_id", "warehouses.id"), _ref("manager_id", "users.id"), *_sums(),
               Column("notes", String(1000)), *_audit())
order_lines = _lines("order_lines", "orders")

# -- issue 14 (0008): business processes, the sales funnel and targeting — every table of the
# migration, added together with it by the processes backend
processes = Table("processes", metadata, _id(), _name(100), Column("description", String(1000)),
                  _flag("is_active", 1), *_audit())
process_stages = Table("process_stages", metadata, _id(), _ref("process_id", "processes.id", False), _name(100),
                       _ref("responsible_id", "users.id"), _flag("is_start"), _flag("is_end"), _flag("task_kind"),
                       Column("task_text", String(500)),
                       Column("task_due_days", Integer, nullable=False, server_default="0"), _order(), *_audit())
process_results = Table("process_results", metadata, _id(), _ref("stage_id", "process_stages.id", False),
                        _name(100), _ref("next_stage_id", "process_stages.id", False), _order(), *_audit())
process_runs = Table("process_runs", metadata, _id(), _ref("process_id", "processes.id", False),
                     _ref("client_id", "clients.id"), Column("note", String(1000)),
                     _ref("stage_id", "process_stages.id"), _flag("state", 1),
                     Column("stage_started_at", DateTime, nullable=False),
                     Column("started_at", DateTime, nullable=False), _ref("started_by", "users.id"),
                     _ref("waiting_task_id", "tasks.id"), _flag("closed"), Column("closed_at", DateTime),
                     _ref("manager_id", "users.id"), *_audit())
process_protocol = Table("process_protocol", metadata, _id(), _ref("run_id", "process_runs.id", False),
                         Column("stage_id", Integer), Column("stage_name", String(100), nullable=False),
                         Column("result_id", Integer), Column("result_name", String(100), nullable=False),
                         Column("next_stage_id", Integer), Column("next_stage_name", String(100), nullable=False),
                         _ref("who_id", "users.id"), Column("started_at", DateTime, nullable=False),
                         Column("finished_at", DateTime, nullable=False))
# tasks ↔ process_runs refer to each other (a run waits on a task, a task belongs to a run)
tasks.append_column(Column("process_run_id", Integer, ForeignKey("process_runs.id", use_alter=True)))

funnel_profiles = Table("funnel_profiles", metadata, _id(), _name(100), _flag("is_active", 1), *_audit())
funnel_stages = Table("funnel_stages", metadata, _id(), _ref("profile_id", "funnel_profiles.id", False), _name(100),
                      _ref("sales_stage_id", "sales_stages.id"), _order(), *_audit())
client_stage_history = Table("client_stage_history", metadata, _id(), _ref("client_id", "clients.id", False),
                             _ref("stage_id", "sales_stages.id"), Column("changed_at", DateTime, nullable=False),
                             _ref("user_id", "users.id"))

targets = Table("targets", metadata, _id(), Column("kind", SmallInteger, nullable=False),
                _ref("event_type_id", "event_types.id"), Column("result", String(100)), _name(100),
                Column("weight", Numeric(9, 3, asdecimal=True), nullable=False, server_default="0"),
                _flag("is_active", 1), *_audit())
target_plans = Table("target_plans", metadata, Column("user_id", Integer, ForeignKey("users.id"), primary_key=True,
                                                      autoincrement=False),
                     *[Column(f"{p}_plan", Numeric(9, 3, asdecimal=True)) for p in ("day", "week", "month")],
                     *_audit())
