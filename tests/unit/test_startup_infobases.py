"""The info-base list (PLAT-2): stored per OS user as JSON, never with a password."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.data.address import parse_address
from crm_desktop.services.infobases import FILE_NAME, InfoBase, InfoBaseList, config_dir


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CRM_CONFIG_DIR", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


def test_list_round_trips_through_the_users_config_file(config: Path) -> None:
    assert config_dir() == config
    bases = InfoBaseList()
    assert len(bases) == 0
    bases.add(InfoBase("База отдела продаж (локальная)", "localhost", r"c:\bases\crm-18-work.fdb"))
    bases.add(InfoBase(" Филиал ", " 10.0.0.5/3051 ", "/srv/crm.fdb", user="CRM", licence_server="10.0.0.9"))
    bases.remember_login("Филиал", "director")
    bases.remember_login("Филиал", "manager")

    again = InfoBaseList()
    assert [b.name for b in again.bases] == ["База отдела продаж (локальная)", "Филиал"]
    branch = again.find("Филиал")
    assert branch == InfoBase("Филиал", "10.0.0.5/3051", "/srv/crm.fdb", "CRM", "10.0.0.9", "manager",
                              "manager,director")
    assert branch.logins == ["manager", "director"]     # the login dialog's list for a server base
    assert (config / FILE_NAME).exists()


def test_edit_keeps_the_last_login_and_remove_deletes(config: Path) -> None:
    bases = InfoBaseList()
    bases.add(InfoBase("A", "", "/a.fdb"))
    bases.remember_login("A", "admin")
    bases.edit("A", InfoBase("Б", "", "/b.fdb", last_login="admin"))
    bases.add(InfoBase("C", "", "/c.fdb"))
    bases.remove("C")
    assert InfoBaseList().bases == [InfoBase("Б", "", "/b.fdb", last_login="admin", recent_logins="admin")]


def test_names_must_be_unique_and_path_given(config: Path) -> None:
    bases = InfoBaseList()
    bases.add(InfoBase("Основная", "", "/a.fdb"))
    errors = bases.errors(InfoBase("основная", "", ""))
    assert errors == {"name": "Информационная база «основная» уже есть в списке.",
                      "path": "Укажите путь к файлу базы данных."}
    with pytest.raises(ValueError, match="уже есть"):
        bases.add(InfoBase("ОСНОВНАЯ", "", "/b.fdb"))
    assert bases.errors(InfoBase("Основная", "", "/a2.fdb"), old_name="Основная") == {}
    assert "server" in bases.errors(InfoBase("X", "host/99999", "/x.fdb"))
    assert len(InfoBaseList()) == 1


@pytest.mark.parametrize(("server", "path", "address", "licence_host"), [
    ("", "/data/crm.fdb", "/data/crm.fdb", "127.0.0.1"),
    ("localhost", r"c:\bases\crm.fdb", r"localhost:c:\bases\crm.fdb", "localhost"),
    ("db.office/3051", "/srv/crm.fdb", "db.office/3051:/srv/crm.fdb", "db.office"),
    ("db.office/3050", "/srv/crm.fdb", "db.office:/srv/crm.fdb", "db.office"),
])
def test_address_and_licence_host(server: str, path: str, address: str, licence_host: str) -> None:
    base = InfoBase("x", server, path)
    assert base.address == address
    assert base.licence_host == licence_host
    parsed = parse_address(base.address)
    assert parsed.path == path and parsed.embedded == (not server)


def test_licence_server_overrides_the_database_host() -> None:
    assert InfoBase("x", "db", "/a.fdb", licence_server="lic.office").licence_host == "lic.office"


def test_no_password_in_the_file(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: dict[str, str] = {}
    monkeypatch.setattr("crm_desktop.services.infobases.store_password",
                        lambda address, user, password: saved.setdefault(f"{address}|{user}", password) and True)
    bases = InfoBaseList()
    bases.add(InfoBase("Основная", "srv", "/a.fdb", user="SYSDBA"))
    assert bases.find("Основная").save_password("TopSecret-42")
    text = (config / FILE_NAME).read_text(encoding="utf-8")
    assert "TopSecret-42" not in text
    assert set(json.loads(text)["infobases"][0]) == {"name", "server", "path", "user",
                                                      "licence_server", "last_login", "recent_logins"}
    assert saved == {"srv:/a.fdb|SYSDBA": "TopSecret-42"}


def test_unreadable_file_gives_an_empty_list(config: Path) -> None:
    config.mkdir()
    (config / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert len(InfoBaseList()) == 0


def test_database_given_on_the_command_line_becomes_an_info_base(tmp_path, monkeypatch) -> None:
    from crm_desktop.services.infobases import InfoBaseList, ensure_for_address
    monkeypatch.setenv("CRM_CONFIG_DIR", str(tmp_path))
    bases = InfoBaseList()
    demo = ensure_for_address(bases, str(tmp_path / "crm-demo.fdb"))
    assert (demo.name, demo.server, demo.path) == ("crm-demo", "", str(tmp_path / "crm-demo.fdb"))
    assert ensure_for_address(InfoBaseList(), str(tmp_path / "crm-demo.fdb")).name == "crm-demo"
    server = ensure_for_address(InfoBaseList(), "srv/3051:/data/crm.fdb")
    assert (server.name, server.server, server.path, server.address) == (
        "crm", "srv/3051", "/data/crm.fdb", "srv/3051:/data/crm.fdb")
    assert len(InfoBaseList()) == 2


def test_same_file_keeps_its_line_another_file_of_that_name_gets_a_number(tmp_path, monkeypatch) -> None:
    from crm_desktop.services.infobases import InfoBaseList, ensure_for_address
    monkeypatch.setenv("CRM_CONFIG_DIR", str(tmp_path / "cfg"))
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    first = ensure_for_address(InfoBaseList(), "crm-demo.fdb")
    assert first.path == str(tmp_path / "a" / "crm-demo.fdb")           # stored absolute
    assert ensure_for_address(InfoBaseList(), str(tmp_path / "a" / "crm-demo.fdb")) == first
    assert ensure_for_address(InfoBaseList(), "../a/./crm-demo.fdb") == first
    second = ensure_for_address(InfoBaseList(), str(tmp_path / "b" / "crm-demo.fdb"))
    third = ensure_for_address(InfoBaseList(), str(tmp_path / "c" / "CRM-demo.fdb"))
    assert (second.name, third.name) == ("crm-demo (2)", "CRM-demo (3)")
    assert [b.path for b in InfoBaseList().bases] == [str(tmp_path / d / f) for d, f in (
        ("a", "crm-demo.fdb"), ("b", "crm-demo.fdb"), ("c", "CRM-demo.fdb"))]
