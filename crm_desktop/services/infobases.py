"""The workstation's list of info-bases: named connections to CRM databases (PLAT-2, manual:
«Настройка подключения к базе данных»).

Kept per OS user as JSON in the user's config folder (`CRM_CONFIG_DIR` overrides it, for
tests). The file holds no passwords: they go to the OS keyring through data.credentials, and
where no keyring exists nothing is saved and the user is asked at launch.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path, PureWindowsPath

from crm_desktop.data.address import DEFAULT_PORT, parse_address
from crm_desktop.data.credentials import DEFAULT_USER, Credentials, resolve, store_password

FILE_NAME = "infobases.json"
RECENT_LOGINS = 10
EMBEDDED_LICENCE_HOST = "127.0.0.1"


def config_dir() -> Path:
    override = os.environ.get("CRM_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_config_dir("crm-desktop"))


@dataclass(frozen=True)
class InfoBase:
    """One line of the info-base list. `server` is empty for the embedded engine on this
    computer, else "host" or "host/port"; `licence_server` empty means the database host."""
    name: str
    server: str = ""
    path: str = ""
    user: str = DEFAULT_USER
    licence_server: str = ""
    last_login: str = ""
    # logins that signed in here, latest first, comma-separated: a server database lists its
    # users to nobody before login, so the login dialog offers these (and any typed login)
    recent_logins: str = ""

    @property
    def logins(self) -> list[str]:
        return [login for login in self.recent_logins.split(",") if login]

    @property
    def host(self) -> str | None:
        server = self.server.strip()
        return server.split("/", 1)[0] if server else None

    @property
    def address(self) -> str:
        """The Firebird connection string: path (embedded), `server:path` or `host/port:path`."""
        server = self.server.strip()
        if not server:
            return self.path.strip()
        host, _, port = server.partition("/")
        port = "" if port in ("", str(DEFAULT_PORT)) else f"/{port}"
        return f"{host}{port}:{self.path.strip()}"

    @property
    def licence_host(self) -> str:
        """Where the licence server is looked for: configured, else the database server's host."""
        return self.licence_server.strip() or self.host or EMBEDDED_LICENCE_HOST

    @property
    def db_host(self) -> str:
        """The database server's host as the TRA rule sees it (this computer when embedded)."""
        return self.host or EMBEDDED_LICENCE_HOST

    def credentials(self, password: str | None = None) -> Credentials:
        """The Firebird user of this info-base with the given, saved or environment password."""
        return resolve(self.address, self.user.strip() or DEFAULT_USER, password)

    def save_password(self, password: str) -> bool:
        """Into the OS keyring; False when there is none (then the password is asked at launch)."""
        return store_password(self.address, self.user.strip() or DEFAULT_USER, password)


def validate(base: InfoBase, others: list[InfoBase]) -> dict[str, str]:
    """field -> Russian message; `others` are the other lines of the list (name must be unique)."""
    errors: dict[str, str] = {}
    name = base.name.strip()
    if not name:
        errors["name"] = "Укажите название информационной базы."
    elif any(o.name.strip().casefold() == name.casefold() for o in others):
        errors["name"] = f"Информационная база «{name}» уже есть в списке."
    if not base.path.strip():
        errors["path"] = "Укажите путь к файлу базы данных."
    server = base.server.strip()
    if server:
        host, slash, port = server.partition("/")
        if not host or any(c in host for c in " :\\"):
            errors["server"] = "Укажите имя или адрес сервера (например, localhost или 192.168.0.10/3050)."
        elif slash and not (port.isdigit() and 0 < int(port) < 65536):
            errors["server"] = "Порт сервера должен быть числом от 1 до 65535."
    return errors


class InfoBaseList:
    """The list as stored in infobases.json; every change is saved at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / FILE_NAME
        self.bases: list[InfoBase] = self._read()

    def _read(self) -> list[InfoBase]:
        if not self.path.exists():
            return []
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        known = {f.name for f in fields(InfoBase)}
        return [InfoBase(**{k: str(v) for k, v in item.items() if k in known})
                for item in raw.get("infobases", []) if isinstance(item, dict) and item.get("name")]

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"infobases": [asdict(b) for b in self.bases]}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)

    def __len__(self) -> int:
        return len(self.bases)

    def find(self, name: str) -> InfoBase | None:
        return next((b for b in self.bases if b.name == name), None)

    def _others(self, name: str | None) -> list[InfoBase]:
        return [b for b in self.bases if b.name != name]

    def errors(self, base: InfoBase, old_name: str | None = None) -> dict[str, str]:
        """Validation of `base` as a new line (old_name None) or as the edited line old_name."""
        return validate(base, self._others(old_name))

    def add(self, base: InfoBase) -> None:
        self._save(base, None)

    def edit(self, old_name: str, base: InfoBase) -> None:
        self._save(base, old_name)

    def _save(self, base: InfoBase, old_name: str | None) -> None:
        errors = self.errors(base, old_name)
        if errors:
            raise ValueError(next(iter(errors.values())))
        server = base.server.strip()
        path = base.path.strip() if server else local_path(base.path)
        base = replace(base, name=base.name.strip(), server=server, path=path,
                       user=base.user.strip() or DEFAULT_USER, licence_server=base.licence_server.strip())
        index = next((i for i, b in enumerate(self.bases) if b.name == old_name), None)
        if old_name is None:
            self.bases.append(base)
        elif index is None:
            raise ValueError(f"Информационной базы «{old_name}» уже нет в списке.")
        else:
            self.bases[index] = replace(base, recent_logins=base.recent_logins or self.bases[index].recent_logins)
        self._write()

    def remove(self, name: str) -> None:
        self.bases = self._others(name)
        self._write()

    def remember_login(self, name: str, login: str) -> None:
        """The login dialog offers the last user of this info-base next time."""
        base = self.find(name)
        if base is None:
            return
        recent = ",".join([login] + [x for x in base.logins if x.lower() != login.lower()][:RECENT_LOGINS - 1])
        if (base.last_login, base.recent_logins) != (login, recent):
            self.bases = [replace(b, last_login=login, recent_logins=recent) if b.name == name else b
                          for b in self.bases]
            self._write()


def local_path(path: str) -> str:
    """A file on this computer as stored in the list: absolute, so the line means the same
    file whatever folder the program is started from."""
    return os.path.abspath(os.path.expanduser(path.strip()))


def _same_file(a: str, b: str) -> bool:
    return os.path.realpath(os.path.expanduser(a.strip())) == os.path.realpath(os.path.expanduser(b.strip()))


def unique_name(bases: InfoBaseList, wanted: str) -> str:
    """`wanted`, or "wanted (2)", "wanted (3)" … when the list already has that name."""
    taken = {b.name.strip().casefold() for b in bases.bases}
    name, number = wanted, 1
    while name.casefold() in taken:
        number += 1
        name = f"{wanted} ({number})"
    return name


def ensure_for_address(bases: InfoBaseList, address: str) -> InfoBase:
    """The info-base for `address` (crm --db DB without --user, e.g. the demo database of
    installer/demo.sh). A file already listed, by whatever path it is given now, keeps its
    line; another file is added under its file name, numbered when that name is taken."""
    parsed = parse_address(address)
    if parsed.embedded:
        server = ""
        known = next((b for b in bases.bases if not b.server and _same_file(b.path, parsed.path)), None)
    else:
        server = parsed.host if parsed.port == DEFAULT_PORT else f"{parsed.host}/{parsed.port}"
        known = next((b for b in bases.bases if b.server == server and b.path == parsed.path), None)
    if known is not None:
        return known
    base = InfoBase(name=unique_name(bases, PureWindowsPath(parsed.path).stem or parsed.path),
                    server=server, path=parsed.path)
    bases.add(base)
    return bases.find(base.name) or base
