"""Envelopes (GRP-4) on a real database: only clients the user may see are printed (a private
client of another curator never is), one page per envelope at the envelope's size, with the
recipient's name, address and index and the default legal entity as the sender."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from crm_desktop.data.company_admin import LegalEntity
from crm_desktop.data.schema import clients
from crm_desktop.domain.envelopes import NO_ADDRESS, NO_INDEX, NOT_VISIBLE
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.services import company_admin
from crm_desktop.services.envelopes import EnvelopesRefused, envelopes

MM = 72 / 25.4


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


@pytest.fixture
def base(db, users, session_of):
    admin = session_of("admin")
    entity = company_admin.save_entity(admin, LegalEntity(None, {
        "short_name": "ООО «Отправитель»", "full_name": "ООО «Отправитель»", "inn": "7707083893", "kpp": "",
        "ogrn": "", "okpo": "", "legal_address": "125009, г. Москва, ул. Тверская, д. 1",
        "postal_address": "630099, г. Новосибирск, ул. Советская, д. 5", "phone": "", "email": "",
        "director": "", "chief_accountant": ""}))
    company_admin.set_default_entity(admin, entity.id)
    ids = {
        "card": add_client(db, "ООО «Ромашка»", curator_id=users["manager"], postcode="101000",
                           address="ул. Мясницкая, д. 24", city="г. Москва"),
        "actual": add_client(db, "ИП Петров", curator_id=users["manager"],
                             actual_address="420111, г. Казань, ул. Баумана, д. 5"),
        "no_index": add_client(db, "АО «Без индекса»", curator_id=users["manager"], address="ул. Мира, 1",
                               city="г. Омск"),
        "no_address": add_client(db, "АО «Без адреса»", curator_id=users["manager"]),
        "private": add_client(db, "ООО «Чужая тайна»", curator_id=users["manager2"], is_private=1,
                              postcode="190000", address="Невский пр., д. 1", city="г. Санкт-Петербург"),
    }
    return ids


@pytest.mark.parametrize("size,width,height", [("DL", 220, 110), ("C5", 229, 162)])
def test_envelopes_of_visible_clients(base, session_of, tmp_path, size, width, height) -> None:
    out = tmp_path / "envelopes.pdf"
    result = envelopes(session_of("manager"), list(base.values()), size, out)
    assert result.path == out and result.printed == 2
    assert {(s.client_id, s.reason) for s in result.skipped} == {
        (base["no_index"], NO_INDEX), (base["no_address"], NO_ADDRESS), (base["private"], NOT_VISIBLE)}
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(width * MM, abs=0.5)
        assert float(box.height) == pytest.approx(height * MM, abs=0.5)
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)
    assert "ООО «Ромашка»" in first and "ул. Мясницкая, д. 24" in first and "101000" in first
    assert "ИП Петров" in second and "ул. Баумана" in second and "420111" in second
    for text in (first, second):
        assert "ООО «Отправитель»" in text and "630099" in text and "ул. Советская" in text
        assert "Чужая тайна" not in text and "Невский" not in text


def test_the_curator_of_the_private_client_prints_it(base, session_of, tmp_path) -> None:
    result = envelopes(session_of("manager2"), [base["private"]], "C5", tmp_path / "e.pdf")
    assert result.printed == 1 and not result.skipped
    assert "Невский пр., д. 1" in " ".join(PdfReader(result.path).pages[0].extract_text().split())


def test_refusals(base, session_of, tmp_path) -> None:
    manager = session_of("manager")
    with pytest.raises(EnvelopesRefused, match="не больше 500"):
        envelopes(manager, range(1, GROUP_LIMIT + 2), "DL", tmp_path / "e.pdf")
    with pytest.raises(EnvelopesRefused, match="ни одного клиента"):
        envelopes(manager, [], "DL", tmp_path / "e.pdf")
    with pytest.raises(ValueError, match="DL или C5"):
        envelopes(manager, [base["card"]], "A4", tmp_path / "e.pdf")
    nothing = envelopes(manager, [base["no_address"]], "DL", tmp_path / "none.pdf")
    assert nothing.path is None and nothing.printed == 0 and not (tmp_path / "none.pdf").exists()
