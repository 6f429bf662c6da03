"""What one card save costs the server (issue 9): a save writes only what changed against the
stored card, so twenty workstations saving cards do not queue on statements nobody needed.
The bound is a guard: a save of one changed field that starts rewriting unchanged parts
again fails here instead of slowing every workstation."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, insert, select

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.database import Database
from crm_desktop.data.schema import classifiers, clients, phone_index
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients as svc

# the stored card (client row, two sets, four records, classifiers) and one UPDATE … RETURNING
SAVE_OF_ONE_FIELD = 10


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """SQL sent through either engine of `db` while the block runs."""
    sent: list[str] = []

    def listener(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    for engine in (db.engine, db.reader):
        event.listen(engine, "before_cursor_execute", listener)
    try:
        yield sent
    finally:
        for engine in (db.engine, db.reader):
            event.remove(engine, "before_cursor_execute", listener)


def _full_card(db: Database, session) -> svc.ClientCard:
    """A card with something on every tab: records of each kind, both sets, classifiers."""
    with db.begin() as conn:
        one = conn.execute(insert(classifiers).values(code="c_rank", scope=3, name="Ранг", value_kind=1)
                           .returning(classifiers.c.id)).scalar_one()
        conn.execute(insert(classifiers).values(code="c_note", scope=3, name="Пометка", value_kind=3))
        rank = dict_data.add(conn, "c_rank", "Первый")
        direction = dict_data.add(conn, "directions", "Опт")
    card = svc.new_card(session, ClientKind.COMPANY)
    card.values.update(name="ООО «Счёт»", phone="+7 495 233-13-03", website="https://a.example",
                       directions={direction}, allowed_users={session.user.id})
    card.classifiers[one] = rank
    card.classifiers[next(d.id for d in card.classifier_defs if d.id != one)] = "важный"
    card.records["contact_person"] = [{"surname": "Иванов", "phone_mobile": "+7 916 000-11-22"},
                                      {"surname": "Петров", "birthday": date(1980, 3, 8)}]
    card.records["bank_account"] = [{"bank_name": "ПАО Сбербанк", "bik": "044525225",
                                     "corr_account": "30101810400000000225", "account": "40702810938000000001"}]
    card.records["mailing_email"] = [{"email": "news@a.example", "subscribed": True}]
    card.records["mailing_phone"] = [{"phone": "+7 916 555-44-33", "subscribed": False}]
    return svc.save_card(session, card)


def _same(saved: svc.ClientCard, reloaded: svc.ClientCard) -> None:
    assert saved.values == reloaded.values
    assert saved.records == reloaded.records
    assert saved.classifiers == reloaded.classifiers
    assert saved.version == reloaded.version
    assert (saved.editable_main, saved.editable) == (reloaded.editable_main, reloaded.editable)


def test_save_of_one_changed_field_sends_few_statements(db, session_of) -> None:
    admin = session_of("admin")
    card = svc.load_card(admin, _full_card(db, admin).id)
    card.values["website"] = "https://b.example"
    with statements(db) as sent:
        saved = svc.save_card(admin, card)
    print(f"\n{len(sent)} statements:\n" + "\n".join(s.split("\n")[0][:100] for s in sent))
    assert len(sent) <= SAVE_OF_ONE_FIELD, sent
    assert saved.values["website"] == "https://b.example" and saved.version == card.version + 1
    _same(saved, svc.load_card(admin, card.id))


def test_saved_card_is_the_stored_one_after_changes_on_every_tab(db, session_of, users) -> None:
    admin = session_of("admin")
    card = svc.load_card(admin, _full_card(db, admin).id)
    kept_contact = card.records["contact_person"][0]["id"]
    card.values.update(phone=" +7 812 111-22-33 ", notes="  ", allowed_users={users["manager"]})
    card.records["contact_person"][0]["phone_mobile"] = "+7 903 777-66-55"
    del card.records["contact_person"][1]
    card.records["mailing_email"].append({"email": "second@a.example", "subscribed": False})
    card.classifiers = {cid: None for cid in card.classifiers}
    saved = svc.save_card(admin, card)
    _same(saved, svc.load_card(admin, card.id))
    assert saved.values["phone"] == "+7 812 111-22-33" and saved.values["notes"] is None
    assert [r["id"] for r in saved.records["contact_person"]] == [kept_contact]
    with db.read() as conn:
        digits = set(conn.execute(select(phone_index.c.digits_rev)
                                  .where(phone_index.c.client_id == card.id)).scalars())
    assert digits == {"33221112187", "55667773097"}


def test_audit_columns_follow_the_user_on_pooled_connections(db, session_of, users) -> None:
    """The attachment's CRM_USER_ID is set once per pooled connection, and set again when
    another user works through the same pool (another login in the same process)."""
    admin = session_of("admin")
    card = _full_card(db, admin)
    for who in ("admin", "supervisor", "supervisor", "admin"):
        admin.db.base.set_app_user(users[who])     # the session's own pool (on a server, its attachment)
        card.values["notes"] = f"by {who}"
        card = svc.save_card(admin, card)
        with db.read() as conn:
            changed_by = conn.execute(select(clients.c.changed_by).where(clients.c.id == card.id)).scalar_one()
        assert changed_by == users[who], who
