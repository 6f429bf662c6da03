"""The licence server's state and request handling, independent of sockets and Qt.

It scans the key folder, decides which licence serves each product (one active licence per
product, none that another server on the network already serves), and answers workstation
requests. It never trusts what a workstation claims beyond the protocol: fields are checked
for type and size, the address comes from the socket, seats are identified by random tokens.
"""
from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from crm_desktop.domain.editions import TRA_OPTION, is_private_host
from crm_desktop.licensing.wire import PROTOCOL_VERSION, SERVER_NAME
from licsrv.activation import LicenceEntry, Status, activate_manually, evaluate
from licsrv.fingerprint import Fingerprint, FingerprintProvider
from licsrv.keyfile import KEY_SUFFIX
from licsrv.manual_codes import request_code
from licsrv.online_activation import ActivationError, activate_online
from licsrv.seats import Seat, SeatTable
from licsrv.vendor_keys import vendor_public_key

MAX_FIELD = 128
PeerLookup = Callable[[], dict[str, str]]


@dataclass(frozen=True)
class LicenceView:
    """A key file as the manager window and `status` show it."""
    entry: LicenceEntry
    served: bool
    note: str

    def info(self) -> dict[str, Any]:
        key = self.entry.key
        info: dict[str, Any] = {"file": self.entry.path.name, "status": self.entry.status.value,
                                "status_title": self.entry.status.title, "served": self.served,
                                "reason": self.note or self.entry.reason}
        if key is not None:
            info.update(licensee=key.licensee, serial=key.serial, product=key.product,
                        edition=key.edition.value, seats=key.seats, options=sorted(key.options),
                        issued=key.issued.isoformat(),
                        expires=key.expires.isoformat() if key.expires else None)
        return info


class LicenceService:
    def __init__(self, keys_dir: Path, provider: FingerprintProvider, *,
                 public_key: Ed25519PublicKey | None = None, seat_timeout: float = 90.0,
                 heartbeat_interval: float = 30.0, clock: Callable[[], float] = time.monotonic,
                 today: Callable[[], date] = date.today, activation_url: str | None = None) -> None:
        self.keys_dir = keys_dir
        self.provider = provider
        self.public_key = public_key or vendor_public_key()
        self.heartbeat_interval = heartbeat_interval
        self.seats = SeatTable(seat_timeout, clock)
        self.today = today
        self.activation_url = activation_url
        self.instance = secrets.token_hex(8)
        self.peer_lookup: PeerLookup = dict
        self._views: list[LicenceView] = []
        self._fingerprint: Fingerprint | None = None
        self._auto_tried: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()

    # --- state -------------------------------------------------------------------------

    def refresh(self) -> list[LicenceView]:
        """Re-read fingerprint and key folder; free the seats of licences no longer served."""
        with self._refresh_lock:
            fingerprint = self.provider.read()
            entries = self._evaluate_all(fingerprint)
            if self._auto_activate_temporary(entries, fingerprint):
                entries = self._evaluate_all(fingerprint)
            views = self._choose_served(entries, self.peer_lookup())
            with self._lock:
                before = {v.entry.key.serial for v in self._views if v.served and v.entry.key}
                self._views, self._fingerprint = views, fingerprint
            for serial in before - {v.entry.key.serial for v in views if v.served and v.entry.key}:
                self.seats.drop_serial(serial)
            return views

    def _evaluate_all(self, fingerprint: Fingerprint) -> list[LicenceEntry]:
        paths = sorted(self.keys_dir.glob(f"*{KEY_SUFFIX}"))
        return [evaluate(p, self.public_key, fingerprint, self.today()) for p in paths]

    def _auto_activate_temporary(self, entries: list[LicenceEntry], fingerprint: Fingerprint) -> bool:
        """Temporary licences activate online without asking (manual: «Дополнительные
        сведения»); each key is tried once per fingerprint so a failing service is not hammered."""
        if not self.activation_url:
            return False
        done = False
        for e in entries:
            attempt = (e.key.serial, fingerprint.digest) if e.key else None
            if e.status is Status.PASSIVE and e.key and e.key.temporary and attempt not in self._auto_tried:
                self._auto_tried.add(attempt)
                try:
                    activate_online(self.activation_url, e.path, e.key, fingerprint, self.public_key)
                    done = True
                except ActivationError:
                    pass  # stays passive; the manager window shows why
        return done

    @staticmethod
    def _choose_served(entries: list[LicenceEntry], elsewhere: dict[str, str]) -> list[LicenceView]:
        served_products: dict[str, str] = {}
        views = []
        for e in entries:
            note, served = "", False
            if e.status is Status.ACTIVE and e.key:
                if e.key.serial in elsewhere:
                    note = (f"Эта лицензия уже обслуживается сервером лицензий {elsewhere[e.key.serial]}; "
                            "в сети может работать только один сервер лицензий.")
                elif e.key.product in served_products:
                    note = (f"Для продукта уже действует лицензия {served_products[e.key.product]}: "
                            "сервер работает с одной активной лицензией на продукт.")
                else:
                    served_products[e.key.product] = e.path.name
                    served = True
            views.append(LicenceView(e, served, note))
        return views

    def views(self) -> list[LicenceView]:
        with self._lock:
            return list(self._views)

    def _find(self, path: Path) -> LicenceEntry:
        for v in self.views():
            if v.entry.path == path:
                return v.entry
        raise KeyError(path)

    def fingerprint(self) -> Fingerprint:
        with self._lock:
            fp = self._fingerprint
        return fp or self.provider.read()

    # --- activation (manager window and CLI) -------------------------------------------

    def request_code(self, path: Path) -> str:
        entry = self._find(path)
        if entry.key is None:
            raise ValueError(entry.reason)
        return request_code(entry.key.serial, self.fingerprint().digest)

    def activate_manually(self, path: Path, code: str) -> None:
        entry = self._find(path)
        if entry.key is None:
            raise ValueError(entry.reason)
        activate_manually(path, entry.key, self.fingerprint(), code)
        self.refresh()

    def activate_online(self, path: Path, url: str | None = None) -> None:
        url = url or self.activation_url
        if not url:
            raise ActivationError("Адрес сервиса активации не настроен (параметр --activation-url).")
        entry = self._find(path)
        if entry.key is None:
            raise ActivationError(entry.reason)
        activate_online(url, path, entry.key, self.fingerprint(), self.public_key)
        self.refresh()

    # --- protocol ----------------------------------------------------------------------

    def served_view(self, product: str) -> LicenceView | None:
        return next((v for v in self.views() if v.served and v.entry.key
                     and v.entry.key.product == product), None)

    def handle(self, request: dict[str, Any], peer: str) -> dict[str, Any]:
        op = request.get("op")
        handlers = {"hello": self._hello, "status": self._status, "acquire": self._acquire,
                    "heartbeat": self._heartbeat, "release": self._release}
        handler = handlers.get(op) if isinstance(op, str) else None
        if handler is None:
            return _refuse("bad-request", "Неизвестная операция.")
        try:
            return handler(request, peer)
        except _BadField as exc:
            return _refuse("bad-request", f"Неверное поле «{exc}».")

    def _hello(self, _request: dict[str, Any], _peer: str) -> dict[str, Any]:
        served = [v.entry.key for v in self.views() if v.served and v.entry.key]
        return {"ok": True, "server": SERVER_NAME, "protocol": PROTOCOL_VERSION,
                "instance": self.instance, "serving": [k.serial for k in served],
                "products": sorted({k.product for k in served})}

    def _status(self, _request: dict[str, Any], _peer: str) -> dict[str, Any]:
        licences = []
        for v in self.views():
            info = v.info()
            if v.entry.key is not None:
                info["holders"] = [s.public() for s in self.seats.holders(v.entry.key.serial)]
            licences.append(info)
        return {"ok": True, "licences": licences}

    def _acquire(self, request: dict[str, Any], peer: str) -> dict[str, Any]:
        product, user = _field(request, "product"), _field(request, "user")
        host, workstation = _field(request, "host"), _field(request, "workstation")
        terminal = request.get("terminal")
        if not isinstance(terminal, bool):
            raise _BadField("terminal")
        view = self.served_view(product)
        if view is None or view.entry.key is None:
            return self._no_licence(product)
        key = view.entry.key
        remote = not is_private_host(peer)
        if (terminal or remote) and TRA_OPTION not in key.options:
            where = "из терминальной сессии" if terminal else f"с адреса вне локальной сети ({peer})"
            return _refuse("tra", f"Вход {where} требует опции лицензии TRA; "
                                  f"у лицензии {key.serial} её нет.")
        seat = self.seats.acquire(key.serial, key.seats, user=user, host=host,
                                  workstation=workstation, terminal=terminal, peer=peer)
        if isinstance(seat, Seat):
            return {"ok": True, "session": seat.token, "heartbeat": self.heartbeat_interval,
                    "licence": view.info()}
        names = ", ".join(f"{s.user} ({s.host})" for s in seat)
        answer = _refuse("no-seats", f"Все рабочие места лицензии заняты ({key.seats}): {names}.")
        answer["holders"] = [s.public() for s in seat]
        return answer

    def _no_licence(self, product: str) -> dict[str, Any]:
        candidates = [v for v in self.views() if v.entry.key and v.entry.key.product == product]
        reason = ((candidates[0].note or candidates[0].entry.reason) if candidates
                  else "На сервере лицензий нет ключа для этого продукта.")
        answer = _refuse("no-licence", reason)
        if candidates:
            answer["licence"] = candidates[0].info()
        return answer

    def _heartbeat(self, request: dict[str, Any], _peer: str) -> dict[str, Any]:
        if self.seats.heartbeat(_field(request, "session")):
            return {"ok": True}
        return _refuse("unknown-session", "Рабочее место не занято: сеанс истёк или сервер перезапущен.")

    def _release(self, request: dict[str, Any], _peer: str) -> dict[str, Any]:
        self.seats.release(_field(request, "session"))
        return {"ok": True}


class _BadField(ValueError):
    pass


def _field(request: dict[str, Any], name: str) -> str:
    value = request.get(name)
    if not isinstance(value, str) or not 0 < len(value) <= MAX_FIELD or not value.isprintable():
        raise _BadField(name)
    return value


def _refuse(code: str, reason: str) -> dict[str, Any]:
    return {"ok": False, "code": code, "reason": reason}

