"""The register's keyset windows, positions and searches against Firebird (REG-1, REG-2, REG-5)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text

from crm_desktop.services import admin
from crm_desktop.services.register import Register, RegisterView, extended_search, saved_layout, save_layout

SORTS = ["name", "code", "city", "phone", "curator", "status", "changed"]


@pytest.fixture
def filled(db, users):
    """650 generated clients plus a few with NULLs and ties in sortable columns."""
    admin.generate(db, 650, seed=7)
    with db.begin() as conn:
        conn.execute(text("UPDATE CLIENTS SET CITY = NULL, PHONE = NULL WHERE MOD(ID, 17) = 0"))
        conn.execute(text("UPDATE CLIENTS SET NAME = 'ООО «Дубль»' WHERE MOD(ID, 53) = 0"))
    return db


def _full_order(session, view: RegisterView) -> list[int]:
    """Every id in order, walked window by window through the public API."""
    register = Register(session, view)
    rows = register.first(37)
    ids = [r.id for r in rows]
    while len(rows) == 37:
        last = rows[-1]
        rows = register.after((last.sort_value, last.id), 37)
        ids += [r.id for r in rows]
    return ids


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_walk_visits_every_client_once_in_order(filled, session_of, sort, descending) -> None:
    session = session_of("admin")
    view = RegisterView(sort, descending)
    ids = _full_order(session, view)
    register = Register(session, view)
    assert len(ids) == len(set(ids)) == register.count() == 650
    column = {"changed": "CHANGED_AT", "curator": "CURATOR_ID", "status": "STATUS_ID"}.get(sort, sort.upper())
    direction = "DESC" if descending else "ASC"
    with filled.read() as conn:     # plain ORDER BY over the whole table is the truth
        truth = list(conn.execute(text(f"SELECT ID FROM CLIENTS ORDER BY {column} {direction}, ID {direction}")).scalars())
    assert ids == truth
    # the same order read backwards window by window from the end
    rows = register.before(None, 41)
    back = [r.id for r in rows]
    while len(rows) == 41:
        first = rows[0]
        rows = register.before((first.sort_value, first.id), 41)
        back = [r.id for r in rows] + back
    assert back == ids
    assert [r.id for r in register.at(300, 25)] == ids[300:325]
    for probe in (0, 1, 333, 649):
        assert register.position_of(ids[probe]) == probe


@contextmanager
def _statements(session) -> Iterator[list[str]]:
    """The SQL statements the session sends while the block runs."""
    sent: list[str] = []

    def record(conn, cursor, statement, *rest) -> None:
        sent.append(statement)
    engines = (session.db.reader, session.db.engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


def test_incremental_search_lands_on_best_match(filled, session_of) -> None:
    session = session_of("admin")
    register = Register(session, RegisterView("name"))
    ids = _full_order(session, RegisterView("name"))
    with _statements(session) as sent:      # a keystroke never waits for the measure
        client_id, row = register.name_search("ооо «ду")       # case-insensitive
    assert row is None and len(sent) == 1 and ids.index(client_id) > 0
    register.measure()
    assert register.name_search("ооо «ду") == (client_id, ids.index(client_id))
    assert register.first(650)[ids.index(client_id)].name == "ООО «Дубль»"
    with pytest.raises(ValueError):
        Register(session, RegisterView("city")).name_search("а")


def test_extended_search_by_name_fragment_and_phone_end(filled, session_of) -> None:
    session = session_of("admin")
    register = Register(session, RegisterView("name"))
    seen, after = [], None
    while (found := extended_search(register, "дубль", "", after)) is not None:
        client_id, name, row = found
        assert name == "ООО «Дубль»"
        seen.append(client_id)
        after = client_id
    with filled.read() as conn:
        expected = conn.execute(text("SELECT COUNT(*) FROM CLIENTS WHERE NAME = 'ООО «Дубль»'")).scalar_one()
    assert len(seen) == expected > 3
    with filled.read() as conn:
        cid, phone = conn.execute(text("SELECT FIRST 1 C.CLIENT_ID, C.PHONE_MOBILE FROM CONTACTS C")).one()
    found = extended_search(register, "", phone[-9:], None)
    ids = []
    while found is not None:
        ids.append(found[0])
        found = extended_search(register, "", phone[-9:], found[0])
    assert cid in ids
    with pytest.raises(ValueError, match="трёх"):
        extended_search(register, "", "12", None)


def test_manager_sees_own_and_not_others_private(filled, session_of, users) -> None:
    manager = session_of("manager")
    with filled.begin() as conn:
        conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :a, SPECIALIST_ID = NULL"), {"a": users["admin"]})
        conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :m WHERE MOD(ID, 10) = 1"), {"m": users["manager"]})
        conn.execute(text("UPDATE CLIENTS SET IS_PRIVATE = 1 WHERE MOD(ID, 10) IN (1, 2)"))
        conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :m WHERE MOD(ID, 10) = 2"), {"m": users["manager2"]})
        conn.execute(text("INSERT INTO CLIENT_ACCESS (CLIENT_ID, USER_ID) SELECT ID, :m FROM CLIENTS "
                          "WHERE MOD(ID, 10) = 3"), {"m": users["manager"]})
        mine = set(conn.execute(text("SELECT ID FROM CLIENTS WHERE MOD(ID, 10) IN (1, 3)")).scalars())
        others_private = set(conn.execute(text("SELECT ID FROM CLIENTS WHERE MOD(ID, 10) = 2")).scalars())
    assert set(_full_order(manager, RegisterView())) == mine             # mode 1: own only
    admin_ids = set(_full_order(session_of("admin"), RegisterView()))
    assert not admin_ids & others_private                                  # private: curator only
    assert mine - {i for i in mine if i % 10 == 1} <= admin_ids


def _phone_chain(session, view: RegisterView, fragment: str) -> list[int]:
    """Every client Shift+F finds by the end of a number, "Далее >>" after "Далее >>"."""
    register, found, after = Register(session, view), [], None
    while (match := extended_search(register, "", fragment, after)) is not None:
        found.append(match[0])
        after = match[0]
    return found


def test_phone_search_is_scoped_and_keeps_the_filter_on_all_phones(filled, session_of, users) -> None:
    """Shift+F joins the phone index to the clients in one statement: each is scoped (a
    colleague's private client is not found by its number), and a flexi-filter on the phones
    still looks at every phone of the client, not only the one found."""
    from crm_desktop.domain.contacts import reversed_digits
    from crm_desktop.domain.flexi_filter import Condition, FlexiFilter, Op
    with filled.begin() as conn:
        ids = list(conn.execute(text("SELECT FIRST 3 ID FROM CLIENTS ORDER BY ID")).scalars())
        conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :a, SPECIALIST_ID = NULL, IS_PRIVATE = 0"),
                     {"a": users["admin"]})
        conn.execute(text("DELETE FROM CLIENT_ACCESS"))
        for client_id, curator, private in [(ids[0], "manager", 0), (ids[1], "manager2", 1), (ids[2], "manager", 0)]:
            conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :c, IS_PRIVATE = :p WHERE ID = :id"),
                         {"c": users[curator], "p": private, "id": client_id})
        phones = [(ids[0], "+7 (912) 345-67-89"), (ids[1], "+7 (922) 345-67-89"), (ids[2], "+7 (932) 345-67-89"),
                  (ids[2], "8 800 000-11-22")]
        for client_id, phone in phones:
            conn.execute(text("INSERT INTO PHONE_INDEX (CLIENT_ID, DIGITS_REV) VALUES (:c, :d)"),
                         {"c": client_id, "d": reversed_digits(phone)})
    assert sorted(_phone_chain(session_of("manager"), RegisterView(), "2 345-67-89")) == [ids[0], ids[2]]
    assert _phone_chain(session_of("manager2"), RegisterView(), "2 345-67-89") == [ids[1]]
    assert sorted(_phone_chain(session_of("admin"), RegisterView("code"), "2 345-67-89")) == [ids[0], ids[2]]
    other_phone = FlexiFilter(conditions=(Condition("phone", Op.ENDS_WITH, "000-11-22"),))
    assert _phone_chain(session_of("admin"), RegisterView(flexi=other_phone), "2 345-67-89") == [ids[2]]


def test_layout_is_saved_per_user(db, session_of) -> None:
    manager = session_of("manager")
    assert saved_layout(manager)["columns"][:2] == ["code", "flag"]
    save_layout(manager, ["name", "code"], {"name": 300}, ("changed", True))
    again = saved_layout(session_of("manager"))
    assert again == {"columns": ["name", "code"], "widths": {"name": 300}, "sort": ["changed", True]}
    assert saved_layout(session_of("manager2"))["sort"] == ["name", False]
    with pytest.raises(ValueError):
        save_layout(manager, ["nonsense"], {}, ("name", False))


@pytest.mark.parametrize("sort, descending", [("name", False), ("city", True), ("changed", False), ("code", True)])
def test_small_view_positions_and_jumps_are_exact(filled, session_of, monkeypatch, sort, descending) -> None:
    from crm_desktop.services import register as register_module
    monkeypatch.setattr(register_module, "SKELETON_STEP", 47)
    session = session_of("admin")
    view = RegisterView(sort, descending)
    ids = _full_order(session, view)
    register = Register(session, view)
    assert register.measure() == 650 and register.exact
    for probe in (0, 46, 47, 48, 300, 649):
        assert register.position_of(ids[probe]) == probe
        assert [r.id for r in register.at(probe, 10)] == ids[probe:probe + 10]
    by_name = Register(session, RegisterView("name"))
    by_name.measure()
    client_id, row = by_name.name_search("ООО «Дубль»")
    assert _full_order(session, RegisterView("name"))[row] == client_id


@pytest.mark.parametrize("sort, descending", [("name", False), ("city", True), ("code", False)])
def test_big_view_is_estimated_from_a_sample_and_shows_exact_rows(filled, session_of, monkeypatch,
                                                                   sort, descending) -> None:
    """With a sample smaller than the view (1000 of a million in real life), the length and
    positions are estimates, but the rows read at a position and around a key are exact."""
    from crm_desktop.services import register as register_module
    monkeypatch.setattr(register_module, "SAMPLE_SIZE", 200)
    monkeypatch.setattr(register_module, "MIN_HITS", 20)
    session = session_of("admin")
    view = RegisterView(sort, descending)
    ids = _full_order(session, view)
    register = Register(session, view)
    total = register.measure()
    assert not register.exact and 650 * 0.6 < total < 650 * 1.4
    for probe in (0, 120, 333, 600, 649):
        row = register.position_of(ids[probe])
        assert abs(row - probe) < 650 * 0.25, (probe, row)
        page = register.at(row, 30)
        start = ids.index(page[0].id)
        assert [r.id for r in page] == ids[start:start + 30]
        around = register.around(register.key_of(ids[probe]), 7, 20)
        assert [r.id for r in around] == ids[max(probe - 7, 0):max(probe - 7, 0) + 20]


@pytest.mark.parametrize("sort, descending", [("name", False), ("city", True), ("phone", False), ("changed", True)])
def test_big_view_places_a_found_row_without_a_statement_per_quantile(filled, session_of, monkeypatch,
                                                                      sort, descending) -> None:
    """Shift+F and Ctrl+F place the row found among the sampled keys in Python: no statement
    (a comparison by Firebird per step of a binary search took 10 lookups, 11 ms at 1M), and
    the estimate stays as good as the sample."""
    from crm_desktop.services import register as register_module
    monkeypatch.setattr(register_module, "SAMPLE_SIZE", 200)
    monkeypatch.setattr(register_module, "MIN_HITS", 20)
    session = session_of("admin")
    view = RegisterView(sort, descending)
    register = Register(session, view)
    rows = register.first(650)
    register.measure()
    assert not register.exact
    with _statements(session) as sent, session.db.read() as conn:
        placed = {probe: register.locate(conn, (rows[probe].sort_value, rows[probe].id))
                  for probe in (0, 1, 120, 333, 600, 649)}
    assert sent == []
    for probe, row in placed.items():
        assert abs(row - probe) < 650 * 0.25, (probe, row)
    assert placed[0] <= placed[120] <= placed[333] <= placed[600] <= placed[649]
    with filled.read() as conn:
        phone = conn.execute(text("SELECT FIRST 1 PHONE_MOBILE FROM CONTACTS WHERE PHONE_MOBILE IS NOT NULL")).scalar_one()
    with _statements(session) as sent:
        found = extended_search(register, "", phone[-9:], None)
    assert found is not None and found[2] is not None
    assert len(sent) == 1, sent                # from the phone index to its clients, the first in order


def test_small_view_places_a_found_row_exactly_with_one_count(filled, session_of, monkeypatch) -> None:
    from crm_desktop.services import register as register_module
    monkeypatch.setattr(register_module, "SKELETON_STEP", 47)
    session = session_of("admin")
    register = Register(session, RegisterView("name"))
    rows = register.first(650)
    register.measure()
    for probe in (0, 46, 47, 48, 300, 649):
        with _statements(session) as sent:
            assert register.estimate((rows[probe].sort_value, rows[probe].id)) == probe
        assert len(sent) == 1, sent


def test_refresh_keeps_the_measure_until_it_is_taken_again(filled, session_of, monkeypatch) -> None:
    from crm_desktop.services import register as register_module
    monkeypatch.setattr(register_module, "SKELETON_STEP", 50)
    session = session_of("admin")
    register = Register(session, RegisterView("name"))
    register.measure()
    again = register.refreshed()
    assert again.exact and again.view == register.view
    ids = _full_order(session, RegisterView("name"))
    assert again.position_of(ids[420]) == 420


def test_phone_search_walks_the_phone_index(db) -> None:
    """Shift+F by the end of a number: STARTING WITH on PHONE_INDEX uses its index (a LIKE with
    a parameter made Firebird read all phones: PLAN SORT (PHONE_INDEX NATURAL))."""
    from crm_desktop.data.register import phone_matches, plan
    with db.read() as conn:
        found = plan(conn, phone_matches("3031332"))
    assert "PHONE_INDEX INDEX" in found and "NATURAL" not in found, found
