"""Workstations at work and the demo mode's single workstation (issue 5 part 6, ADM-5)."""
from __future__ import annotations


import pytest
from sqlalchemy import text

from crm_desktop.services import workstations
from crm_desktop.services.session import AccessDenied
from crm_desktop.services.workstations import Place, WorkstationRefused

HERE, THERE = Place("office-1", None), Place("office-2", "RDP-Tcp#3 (laptop)")


def test_demo_mode_allows_one_workstation_per_database(session_of) -> None:
    first = workstations.enter(session_of("manager"), demo=True, place=HERE)
    with pytest.raises(WorkstationRefused, match="Менеджеров Михаил.*office-1"):
        workstations.enter(session_of("manager2"), demo=True, place=THERE)
    workstations.leave(session_of("manager"), first)
    second = workstations.enter(session_of("manager2"), demo=True, place=THERE)
    assert [r.host for r in workstations.active(session_of("admin"))] == ["office-2"]
    workstations.leave(session_of("manager2"), second)


def test_licensed_workstations_work_side_by_side(session_of) -> None:
    a = workstations.enter(session_of("manager"), demo=False, place=HERE)
    b = workstations.enter(session_of("manager2"), demo=False, place=THERE)
    rows = workstations.active(session_of("admin"))
    assert {(r.user, r.host, r.terminal) for r in rows} == {("Менеджеров Михаил", "office-1", None),
                                                            ("Коллегина Ольга", "office-2", "RDP-Tcp#3 (laptop)")}
    assert a != b
    with pytest.raises(WorkstationRefused):        # a demo workstation may not join them
        workstations.enter(session_of("specialist"), demo=True, place=Place("office-3", None))


def test_vanished_workstation_stops_counting(db, session_of) -> None:
    gone = workstations.enter(session_of("manager"), demo=True, place=HERE)
    with db.begin() as conn:      # its heartbeat stopped two minutes ago
        conn.execute(text("UPDATE ACTIVE_SESSIONS SET SEEN_AT = DATEADD(-120 SECOND TO CURRENT_TIMESTAMP)"))
    workstations.enter(session_of("manager2"), demo=True, place=THERE)
    assert workstations.heartbeat(session_of("manager"), gone) is False


def test_heartbeat_keeps_the_row_alive(db, session_of) -> None:
    row = workstations.enter(session_of("manager"), demo=False, place=HERE)
    with db.begin() as conn:
        conn.execute(text("UPDATE ACTIVE_SESSIONS SET SEEN_AT = DATEADD(-80 SECOND TO CURRENT_TIMESTAMP)"))
    assert workstations.heartbeat(session_of("manager"), row)
    with db.read() as conn:
        age = conn.execute(text("SELECT DATEDIFF(SECOND FROM SEEN_AT TO CURRENT_TIMESTAMP) FROM ACTIVE_SESSIONS")).scalar_one()
    assert age < 10


def test_only_administrators_list_active_users(session_of) -> None:
    with pytest.raises(AccessDenied):
        workstations.active(session_of("manager"))


def test_each_workstation_is_listed_with_its_ip_address(db, session_of) -> None:
    """The address comes from MON$ATTACHMENTS: the server's client address (without the port
    Firebird 3 appends), none for an embedded attachment, which is local."""
    workstations.enter(session_of("manager"), demo=False, place=HERE)
    [row] = workstations.active(session_of("admin"))
    assert row.ip == (None if db.address.embedded else "127.0.0.1")
