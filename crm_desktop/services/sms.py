"""SMS to chosen clients (GRP-3, manual 001 «Рассылка SMS сообщений с помощью групповой
обработки»).

Each user has an SMS account («Настройка — Параметры — SMS»): the provider's address, login
and sender name, kept with the user's settings; the password in the OS keyring (where there is
none, in memory until the program ends — never in a file). `send` sends one message per
subscribed number of the chosen clients (never to a client with «Исключить из SMS-рассылки»),
macros [ОБРАЩЕНИЕ] [ИМЯ] … filled from the number's contact person as in mail; a refused
message is reported and the run goes on; every message sent becomes an event «Отправлено SMS»
in the client's history. Clients are read through the session's scope and must be ones the
user may open (the rule of mailing). A cancelled run says who got the message.

The one provider, `HttpSmsProvider`, speaks this protocol (documented for the dealer's
gateway): an HTTP(S) POST of a JSON object, UTF-8, ``Content-Type: application/json``, to the
account's URL —
  send:    {"action": "send", "login", "password", "sender", "phone": "+79161234567", "text"}
  balance: {"action": "balance", "login", "password"}
answered with a JSON object: success is a 2xx status with no "error" key ({"id": "…"} for a
message, {"balance": 12.5} for the balance); a failure is any other status or an "error" key
whose text is shown to the user."""
from __future__ import annotations

import json
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, ClassVar
from urllib.parse import urlsplit

from crm_desktop.data import sms as data
from crm_desktop.data.mailing_lists import ListRow
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.domain.mail_merge import Addressee, fill, unknown_macros
from crm_desktop.domain.sms import SmsError, SmsProvider, length, sender_problem, sms_number, text_problem
from crm_desktop.services.mailing import (MailingResult, Skipped, _record_event,  # the mailing's selection and record,
                                          _select_recipients, announce)          # shared by the two channels
from crm_desktop.services.session import Session

SETTING_KEY = "sms_account"
TIMEOUT = 30.0
_PASSWORDS: dict[str, str] = {}     # where no keyring exists: this program run only


@dataclass(frozen=True)
class SmsSettings:
    url: str = ""
    login: str = ""
    sender: str = ""

    @classmethod
    def from_stored(cls, stored: Any) -> SmsSettings:
        if not isinstance(stored, dict):
            return cls()
        return cls(**{k: str(stored[k]) for k in asdict(cls()) if k in stored})

    def stored(self) -> dict[str, Any]:
        return asdict(self)


def settings_problem(settings: SmsSettings) -> str:
    """"" for an account messages can be sent from, else one Russian sentence."""
    where = urlsplit(settings.url.strip())
    if not settings.url.strip():
        return "Укажите адрес SMS-сервиса («Настройка — Параметры — SMS»)."
    if where.scheme not in ("http", "https") or not where.hostname:
        return "Адрес SMS-сервиса должен начинаться с http:// или https://, например https://sms.example.ru/api."
    if not settings.login.strip():
        return "Укажите логин SMS-аккаунта («Настройка — Параметры — SMS»)."
    return sender_problem(settings.sender.strip())


def validate_settings(settings: SmsSettings) -> None:
    """ValueError with one Russian sentence for an account nothing could be sent from."""
    problem = settings_problem(settings)
    if problem:
        raise ValueError(problem)


def sms_settings(session: Session) -> SmsSettings:
    return SmsSettings.from_stored(session.setting(SETTING_KEY))


def save_sms_settings(session: Session, settings: SmsSettings, password: str | None = None) -> bool:
    """Saves the account; a password given goes to the keyring. False when the keyring could
    not keep it (it is then kept until the program ends and asked for after a restart). An
    account with every field empty removes the user's account."""
    settings = SmsSettings(settings.url.strip(), settings.login.strip(), settings.sender.strip())
    if settings == SmsSettings():
        session.reset_setting(SETTING_KEY)
        return True
    validate_settings(settings)
    session.set_setting(SETTING_KEY, settings.stored())
    if password is None:
        return True
    _PASSWORDS[_memory_key(session, settings)] = password
    return data.store_account_password(session.user.id, settings.url, settings.login, password)


def _memory_key(session: Session, settings: SmsSettings) -> str:
    return f"{session.user.id}|{settings.url}|{settings.login}"


def account_password(session: Session, settings: SmsSettings | None = None) -> str | None:
    """The account's password from the keyring (or this run's memory); None when not kept."""
    settings = settings or sms_settings(session)
    found = data.account_password(session.user.id, settings.url, settings.login)
    return found if found is not None else _PASSWORDS.get(_memory_key(session, settings))


class HttpSmsProvider:
    """The HTTP(S) JSON gateway of the module docstring; one request per message."""

    def __init__(self, settings: SmsSettings, password: str, timeout: float = TIMEOUT,
                 context: ssl.SSLContext | None = None) -> None:
        """`context`: the TLS context of an https URL; the system's trusted certificates by default."""
        self.settings, self._password, self.timeout, self._context = settings, password, timeout, context

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps({"login": self.settings.login, "password": self._password, **payload},
                          ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.settings.url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context) as reply:   # noqa: S310 (http/https only)
                status, raw = reply.status, reply.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        except (TimeoutError, socket.timeout):
            raise SmsError(f"SMS-сервис не ответил за {self.timeout:g} с.") from None
        except (urllib.error.URLError, OSError) as exc:
            raise SmsError(f"Не удалось подключиться к SMS-сервису {self.settings.url}: {_why(exc)}.") from None
        try:
            answer = json.loads(raw.decode("utf-8")) if raw.strip() else {}
        except (UnicodeDecodeError, ValueError):
            answer = None
        if not isinstance(answer, dict):
            if 200 <= status < 300:
                raise SmsError("SMS-сервис вернул непонятный ответ (ожидался JSON).")
            answer = {}
        if not 200 <= status < 300 or answer.get("error"):
            error = str(answer.get("error") or "").strip().rstrip(".")
            raise SmsError(f"SMS-сервис ответил ошибкой {status}" + (f": {error}." if error else "."))
        return answer

    def send(self, phone: str, text: str) -> str:
        answer = self._post({"action": "send", "sender": self.settings.sender, "phone": phone, "text": text})
        return str(answer.get("id") or "")

    def balance(self) -> str:
        answer = self._post({"action": "balance"})
        return str(answer.get("balance", ""))


def _why(exc: BaseException) -> str:
    """Why the gateway could not be reached, in the user's words where we know them."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, ConnectionRefusedError):
        return "сервис не принимает соединения по этому адресу"
    if isinstance(reason, socket.gaierror):
        return "сервер с таким именем не найден"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "сервис не ответил вовремя"
    if isinstance(reason, ssl.SSLError):
        return f"не удалось установить защищённое соединение ({getattr(reason, 'reason', None) or reason})"
    return str(reason).rstrip(".") or type(reason).__name__


def check_account(settings: SmsSettings, password: str, timeout: float = 15.0) -> str:
    """«Проверить» of the settings: asks the provider for the balance with the unsaved values;
    the balance as the provider gives it, or ValueError with one Russian sentence."""
    validate_settings(settings)
    try:
        return HttpSmsProvider(settings, password, timeout).balance()
    except SmsError as exc:
        raise ValueError(str(exc)) from None


@dataclass(frozen=True)
class Delivery:
    client_id: int
    client_name: str
    phone: str
    error: str = ""          # empty: sent
    parts: int = 0

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def to(self) -> str:
        return self.phone


@dataclass
class SmsResult(MailingResult):
    """What a run did, as a mailing's result (deliveries, skipped, not reached after a cancel,
    unknown macros) with SMS deliveries and the SMS words in the log."""
    SENT: ClassVar[str] = "SMS отправлено"
    NOT_SENT: ClassVar[str] = "SMS не отправлено"
    SKIPPED: ClassVar[str] = "SMS пропущено"

    def sent_total(self) -> str:
        return f"Отправлено SMS: {len(self.sent)} (частей: {sum(d.parts for d in self.sent)})"


@dataclass(frozen=True)
class Recipient:
    client_id: int
    client_name: str
    contact_id: int | None
    phone: str               # E.164, or as stored when `error` says why it cannot be used
    addressee: Addressee
    error: str = ""


def _plan(session: Session, client_ids: list[int]) -> tuple[list[Recipient], list[Skipped]]:
    numbers: set[str] = set()

    def recipient(r: ListRow, name: str) -> Recipient | None:
        try:
            phone, error = sms_number(r.value), ""
        except ValueError as exc:
            phone, error = r.value, str(exc)
        if not error and phone in numbers:
            return None                  # one message per number, even on two cards
        numbers.add(phone)
        addressee = Addressee(phone, name, r.surname, r.first_name, r.patronymic, r.salutation,
                              has_person=bool(r.contact_id))
        return Recipient(r.client_id, name, r.contact_id, phone, addressee, error)
    return _select_recipients(session, client_ids, data.sms_clients, data.phones, recipient,
                              "исключён из SMS-рассылки", "нет номеров, подписанных на SMS-рассылку")


def recipients(session: Session, client_ids: list[int]) -> list[Recipient]:
    """Whom an SMS to these clients would reach: their subscribed numbers, the clients the user
    may open and not excluded from SMS mailings."""
    return _plan(session, list(client_ids))[0]


def event_type_problem(session: Session) -> str:
    """"" when the history has a type to record an SMS under, else one Russian sentence."""
    with session.db.read() as conn:
        if data.sms_event_type(conn) is not None:
            return ""
    return (f"В справочнике «Типы событий» нет типа «{data.SMS_EVENT_TYPE}» для записи в историю: "
            "попросите администратора добавить его.")


def send(session: Session, client_ids: list[int], text: str,
         progress: Callable[[int, int, str], Any] | None = None,
         provider: SmsProvider | None = None, password: str | None = None) -> SmsResult:
    """Sends the message to the chosen clients (at most GROUP_LIMIT). Raises ValueError before
    sending anything when the account or the text is not usable. `provider` defaults to the
    user's HTTP account. `progress(done, total, text)` is called before every message; an
    exception from it (the runner's cancel) stops the run between messages and the result
    says who got the message."""
    ids = list(dict.fromkeys(client_ids))
    if len(ids) > GROUP_LIMIT:
        raise ValueError(f"За один раз можно отправить SMS не более чем {GROUP_LIMIT} клиентам.")
    problem = text_problem(text)
    if problem:
        raise ValueError(problem)
    if provider is None:
        settings = sms_settings(session)
        validate_settings(settings)
        if password is None:
            password = account_password(session, settings)
        if password is None:
            raise ValueError("Пароль SMS-аккаунта не сохранён: введите его в «Настройка — Параметры — SMS».")
        provider = HttpSmsProvider(settings, password)
    with session.db.read() as conn:
        event_type = data.sms_event_type(conn)
    if event_type is None:
        raise ValueError(event_type_problem(session))
    plan, skipped = _plan(session, ids)
    result = SmsResult(skipped=skipped, unknown_macros=unknown_macros(text))
    for i, rcp in enumerate(plan):
        if not announce(progress, i, len(plan), f"{rcp.client_name} <{rcp.phone}>"):
            result.cancelled = True
            result.not_reached = [(r.client_id, r.client_name, r.phone) for r in plan[i:]]
            break
        if rcp.error:
            result.deliveries.append(Delivery(rcp.client_id, rcp.client_name, rcp.phone, rcp.error))
            continue
        message = fill(text, rcp.addressee).text
        try:
            provider.send(rcp.phone, message)
        except Exception as exc:            # SmsError, or whatever a provider's connection raised
            error = str(exc) if isinstance(exc, SmsError) else f"ошибка отправки: {exc}"
            result.deliveries.append(Delivery(rcp.client_id, rcp.client_name, rcp.phone, error))
            continue
        result.deliveries.append(Delivery(rcp.client_id, rcp.client_name, rcp.phone,
                                          parts=length(message).parts))
        _record_event(session, rcp.client_id, rcp.contact_id, event_type, f"SMS на {rcp.phone}: «{message}»")
    else:
        announce(progress, len(plan), len(plan), "Рассылка SMS завершена")
    return result

