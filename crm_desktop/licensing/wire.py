"""Line-delimited JSON over TCP: the licence protocol's framing, shared by both ends.

One request per line, one answer line back. Lines are capped so garbage or a hostile peer
cannot make either side buffer without limit.
"""
from __future__ import annotations

import json
import socket
from typing import Any, BinaryIO

PROTOCOL_VERSION = 1
SERVER_NAME = "crm-licsrv"
DEFAULT_PORTS: tuple[int, ...] = (3030, 3031, 3032, 3033)
MAX_LINE = 4096


class ProtocolError(ValueError):
    """A line that is not a JSON object within the size cap."""


def encode(message: dict[str, Any]) -> bytes:
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    if len(data) > MAX_LINE * 16:  # answers (status lists) may be longer than requests
        raise ProtocolError("сообщение слишком длинное")
    return data


def decode(line: bytes) -> dict[str, Any]:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError("строка не является JSON") from exc
    if not isinstance(message, dict):
        raise ProtocolError("ожидался JSON-объект")
    return message


def read_line(stream: BinaryIO, limit: int = MAX_LINE) -> bytes | None:
    """The next line, None at end of stream; ProtocolError when it exceeds `limit`."""
    line = stream.readline(limit + 1)
    if not line:
        return None
    if len(line) > limit:
        raise ProtocolError("строка длиннее допустимого")
    return line


def call(host: str, port: int, message: dict[str, Any], timeout: float = 2.0) -> dict[str, Any]:
    """One request on a fresh connection; OSError/ProtocolError when no proper answer."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(encode(message))
        with sock.makefile("rb") as stream:
            line = read_line(stream, MAX_LINE * 16)
    if line is None:
        raise ProtocolError("сервер закрыл соединение без ответа")
    return decode(line)
