from datetime import date, datetime

from crm_desktop.domain.event_fields import client_updates, validate_event


def test_type_and_description_are_required() -> None:
    errors = validate_event({"event_at": datetime(2026, 1, 1, 10, 0), "description": "  "})
    assert [e.field for e in errors] == ["event_type_id", "description"]
    assert errors[0].message == "Заполните поле «Тип события»"


def test_client_updates_only_given_values() -> None:
    assert client_updates({"stage_id": 3, "reaction_id": None, "next_contact_date": date(2026, 2, 1)}) == {
        "stage_id": 3, "next_contact_date": date(2026, 2, 1)}
    assert client_updates({}) == {}
