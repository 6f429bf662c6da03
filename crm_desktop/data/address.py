"""Database addresses: a file path (embedded engine) or `host[/port]:path` (server)."""
from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_PORT = 3050
# host must be at least two characters, so "C:\base.fdb" stays a Windows file path
_SERVER = re.compile(r"^(?P<host>[^:/\\\s]{2,}|\[[0-9a-fA-F:]+\])(?:/(?P<port>\d{1,5}))?:(?P<path>.+)$")


@dataclass(frozen=True)
class DbAddress:
    path: str
    host: str | None = None
    port: int = DEFAULT_PORT

    @property
    def embedded(self) -> bool:
        return self.host is None

    @property
    def dsn(self) -> str:
        """The connection string fdb expects."""
        if self.embedded:
            return self.path
        return f"{self.host}/{self.port}:{self.path}"

    @property
    def service_host(self) -> str:
        """Host for the services API: '' attaches the embedded engine."""
        return "" if self.embedded else f"{self.host}/{self.port}"

    def __str__(self) -> str:
        if self.embedded:
            return self.path
        port = "" if self.port == DEFAULT_PORT else f"/{self.port}"
        return f"{self.host}{port}:{self.path}"


def parse_address(text: str) -> DbAddress:
    text = text.strip()
    if not text:
        raise ValueError("Не указан адрес базы данных.")
    match = _SERVER.match(text)
    if match is None:
        return DbAddress(path=text)
    port = int(match["port"]) if match["port"] else DEFAULT_PORT
    if not 0 < port < 65536:
        raise ValueError(f"Неверный порт в адресе базы данных: {port}.")
    return DbAddress(path=match["path"], host=match["host"], port=port)
