"""The vendor's automatic activation service (LIC-4): signs activations over HTTP.

It accepts only genuine key files, allows at most three automatic activations per key per
calendar year (a repeat from an already activated computer is not counted), and keeps the
counts in `activations.json` in its folder.
"""
from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from licsrv.activation import ACTIVATION_FORMAT
from licsrv.keyfile import parse_key
from licsrv.signed_document import SignatureError, sign

MAX_ACTIVATIONS_PER_YEAR = 3
MAX_BODY = 64 * 1024
COUNTS_FILE = "activations.json"


class ActivationLedger:
    """Which fingerprints each serial was activated on, per year; persisted as JSON."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def admit(self, serial: str, fingerprint: str, year: int) -> int | None:
        """Record the activation and return how many this year, or None when over the limit."""
        with self._lock:
            data = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
            used: list[str] = data.setdefault(serial, {}).setdefault(str(year), [])
            if fingerprint not in used:
                if len(used) >= MAX_ACTIVATIONS_PER_YEAR:
                    return None
                used.append(fingerprint)
                self.path.write_text(json.dumps(data, indent=1), encoding="utf-8")
            return len(used)


class VendorService:
    def __init__(self, private_key: Ed25519PrivateKey, folder: Path) -> None:
        self.private_key = private_key
        self.ledger = ActivationLedger(folder / COUNTS_FILE)

    def activate(self, request: Any) -> tuple[int, dict[str, Any]]:
        if not isinstance(request, dict) or not all(
                isinstance(request.get(f), str) for f in ("key", "fingerprint")):
            return 400, {"ok": False, "reason": "Неверный запрос активации."}
        try:
            key = parse_key(request["key"], self.private_key.public_key())
        except SignatureError as exc:
            return 403, {"ok": False, "reason": f"Ключ лицензии не принят: {exc}."}
        now = datetime.now(timezone.utc)
        count = self.ledger.admit(key.serial, request["fingerprint"], now.year)
        if count is None:
            return 403, {"ok": False, "reason": (
                f"Превышено число автоматических активаций ключа {key.serial} "
                f"({MAX_ACTIVATIONS_PER_YEAR} в год). Активируйте лицензию вручную.")}
        components = request.get("components")
        payload = {"serial": key.serial, "fingerprint": request["fingerprint"],
                   "components": components if isinstance(components, dict) else {},
                   "activated_at": now.isoformat(timespec="seconds"), "activations_this_year": count}
        return 200, {"ok": True, "activation": sign(payload, self.private_key, ACTIVATION_FORMAT)}


class _Handler(BaseHTTPRequestHandler):
    server: "VendorHttpServer"

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        length = int(self.headers.get("Content-Length") or 0)
        if self.path.rstrip("/") != "/activate" or not 0 < length <= MAX_BODY:
            self._answer(400, {"ok": False, "reason": "Неверный запрос активации."})
            return
        try:
            request = json.loads(self.rfile.read(length))
        except ValueError:
            request = None
        self._answer(*self.server.service.activate(request))

    def _answer(self, code: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: the service's answers are its log."""


class VendorHttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, service: VendorService, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.service = service

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"
