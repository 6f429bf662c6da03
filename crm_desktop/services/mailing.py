"""Personalised mail to chosen clients (GRP-2; manual 001 «Рассылка E-Mail с помощью групповой
обработки», 000 «Персонифицированная рассылка E-Mail», «Отправка E-Mail в формате HTML»).

Each user has a mailbox («Настройка — Параметры — Настройки почты»): SMTP server, port,
security, address, display name and login, kept with the user's settings; the password in the
OS keyring. `send` writes one letter per subscribed address of the chosen clients (never to a
client with «Исключить из E-Mail рассылки»), with the macros filled from the address's contact
person; a refused letter is reported and the run goes on; every letter sent becomes an event
«Отправлено письмо» in the client's history. Clients are read through the session's scope
(a private client of someone else is not there) and must be ones the user may open. A
cancelled run returns what was done: who got the letter, who did not."""
from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar

from crm_desktop.data import client_card as card_data
from crm_desktop.data import events as event_data
from crm_desktop.data import mail as data
from crm_desktop.data.mailing_lists import ClientRow, ListRow
from crm_desktop.domain.access import can_open
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.domain.mail_merge import Addressee, fill, unknown_macros
from crm_desktop.domain.mail_message import Part, build, local_images, local_path
from crm_desktop.services.session import Session

SETTING_KEY = "mailbox"
SECURITY = ("none", "starttls", "ssl")
SECURITY_NAMES = {"none": "Нет", "starttls": "STARTTLS", "ssl": "SSL/TLS"}
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True)
class MailboxSettings:
    host: str = ""
    port: int = 25
    security: str = "none"
    address: str = ""
    display_name: str = ""
    login: str = ""

    @classmethod
    def from_stored(cls, stored: Any) -> MailboxSettings:
        if not isinstance(stored, dict):
            return cls()
        known = {k: stored[k] for k in asdict(cls()) if k in stored}
        try:
            known["port"] = int(known.get("port", 25))
        except (TypeError, ValueError):
            known["port"] = 25
        return cls(**known)

    def stored(self) -> dict[str, Any]:
        return asdict(self)


def validate_settings(settings: MailboxSettings) -> None:
    """ValueError with one Russian sentence for a mailbox nothing could be sent from."""
    if not settings.host.strip():
        raise ValueError("Укажите SMTP-сервер почтового ящика («Настройка — Параметры — Настройки почты»).")
    if not 0 < settings.port < 65536:
        raise ValueError("Порт SMTP-сервера должен быть числом от 1 до 65535.")
    if settings.security not in SECURITY:
        raise ValueError("Выберите защиту соединения: нет, STARTTLS или SSL.")
    user, at, domain = settings.address.strip().rpartition("@")
    if not (user and at and "." in domain):
        raise ValueError("Укажите E-Mail почтового ящика, например manager@example.ru.")


def mailbox_settings(session: Session) -> MailboxSettings:
    return MailboxSettings.from_stored(session.setting(SETTING_KEY))


def save_mailbox_settings(session: Session, settings: MailboxSettings, password: str | None = None) -> bool:
    """Saves the settings; a password given goes to the keyring (None keeps the stored one).
    False when the keyring could not keep it (the password is then asked for at each mailing)."""
    validate_settings(settings)
    before = mailbox_settings(session)
    session.set_setting(SETTING_KEY, settings.stored())
    if password is None:         # kept: it follows the mailbox to its new address
        moved = before.address.strip().lower() != settings.address.strip().lower()
        kept = data.mailbox_password(session.user.id, before.address) if moved and before.address else None
        return True if kept is None else data.store_mailbox_password(session.user.id, settings.address, kept)
    return data.store_mailbox_password(session.user.id, settings.address, password)


def password_missing(settings: MailboxSettings, user_id: int) -> bool:
    """The mailbox asks for a login and this computer keeps no password for it (no keyring):
    the password is then typed for each mailing."""
    return bool(settings.login) and data.mailbox_password(user_id, settings.address) is None


class SmtpLike(Protocol):
    def send_message(self, msg: Any, from_addr: str | None = None, to_addrs: Any = None) -> Any: ...
    def quit(self) -> Any: ...


SmtpFactory = Callable[[MailboxSettings, str | None], SmtpLike]


def open_smtp(settings: MailboxSettings, password: str | None, timeout: float = 60) -> smtplib.SMTP:
    """A connected, logged-in SMTP session; ValueError with a Russian sentence otherwise."""
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                                  context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            if settings.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if settings.login:
            smtp.login(settings.login, password or "")
    except smtplib.SMTPAuthenticationError as exc:
        raise ValueError(f"Почтовый сервер {where} не принял имя пользователя или пароль.") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise ValueError(f"Не удалось подключиться к почтовому серверу {where}: {_why(exc)}.") from exc
    return smtp


def _why(exc: BaseException) -> str:
    """Why a connection failed, in the user's words where we know them."""
    if isinstance(exc, ConnectionRefusedError):
        return "сервер не принимает соединения на этом порту"
    if isinstance(exc, socket.gaierror):
        return "сервер с таким именем не найден"
    if isinstance(exc, TimeoutError):
        return "сервер не ответил вовремя"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return "сервер не поддерживает STARTTLS, выберите другую защиту соединения"
    if isinstance(exc, ssl.SSLError):
        return f"не удалось установить защищённое соединение ({exc.reason or exc}), проверьте защиту и порт"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "сервер разорвал соединение, проверьте защиту соединения и порт"
    return str(exc).rstrip(".") or type(exc).__name__


def check_mailbox(settings: MailboxSettings, password: str | None = None,
                  smtp_factory: SmtpFactory | None = None, user_id: int | None = None) -> None:
    """«Проверить» of the mailbox settings: connects and logs in with the unsaved values (no
    password given: the one the keyring keeps for `user_id`'s mailbox); ValueError with one
    Russian sentence when that fails."""
    validate_settings(settings)
    if password is None and settings.login and user_id is not None:
        password = data.mailbox_password(user_id, settings.address)
    smtp = (smtp_factory or open_smtp)(settings, password)
    try:
        smtp.quit()
    except Exception:
        pass


@dataclass(frozen=True)
class Letter:
    """What the user wrote: subject and body with macros, text or HTML, files to attach; local
    images of an HTML body are looked up relative to `base_dir` (the template's folder)."""
    subject: str
    body: str
    as_html: bool = False
    attachments: tuple[Path, ...] = ()
    base_dir: Path | None = None


@dataclass(frozen=True)
class Delivery:
    client_id: int
    client_name: str
    email: str
    error: str = ""          # empty: sent

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def to(self) -> str:
        return self.email


@dataclass(frozen=True)
class Skipped:
    client_id: int
    client_name: str          # empty for a client the user may not see
    reason: str


@dataclass
class MailingResult:
    """What a run did; the SMS result is one too, with its own words in the log."""
    deliveries: list[Delivery] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    not_reached: list[tuple[int, str, str]] = field(default_factory=list)   # (client, name, email) after a cancel
    unknown_macros: tuple[str, ...] = ()
    cancelled: bool = False
    SENT: ClassVar[str] = "отправлено"
    NOT_SENT: ClassVar[str] = "не отправлено"
    SKIPPED: ClassVar[str] = "пропущен"

    @property
    def sent(self) -> list[Delivery]:
        return [d for d in self.deliveries if d.ok]

    @property
    def failed(self) -> list[Delivery]:
        return [d for d in self.deliveries if not d.ok]

    def sent_total(self) -> str:
        return f"Отправлено писем: {len(self.sent)}"

    def log(self) -> list[str]:
        """The result log the group processing window shows, one line each."""
        lines = [f"{d.client_name} <{d.to}>: " + (self.SENT if d.ok else f"{self.NOT_SENT} — {d.error}")
                 for d in self.deliveries]
        lines += [f"{s.client_name or f'Клиент {s.client_id}'}: {self.SKIPPED} — {s.reason}" for s in self.skipped]
        lines += [f"{name} <{to}>: {self.NOT_SENT} — рассылка отменена" for _, name, to in self.not_reached]
        if self.unknown_macros:
            lines.append("Неизвестные макросы оставлены как есть: " + ", ".join(self.unknown_macros))
        lines.append(f"{self.sent_total()}, ошибок: {len(self.failed)}, пропущено клиентов: {len(self.skipped)}"
                     + (" (рассылка отменена)" if self.cancelled else ""))
        return lines


@dataclass(frozen=True)
class Recipient:
    client_id: int
    client_name: str
    contact_id: int | None
    addressee: Addressee


R = TypeVar("R")
ClientReader = Callable[[Any, Iterable[int]], dict[int, ClientRow]]
RowReader = Callable[[Any, Iterable[int]], list[ListRow]]


def _select_recipients(session: Session, client_ids: list[int], read_clients: ClientReader, read_rows: RowReader,
                       recipient: Callable[[ListRow, str], R | None], excluded: str,
                       nothing: str) -> tuple[list[R], list[Skipped]]:
    """The recipients of a mailing of either channel, in the order of the chosen clients, and
    the clients skipped with why: not found or not one the user may open, excluded from the
    channel (`excluded`), or no subscribed address/number (`nothing`, also when `recipient`
    made none of the client's rows: it gets each subscribed row with the client's name)."""
    with session.db.read() as conn:
        found = read_clients(conn, client_ids)
        allowed = {cid for cid in found if (f := card_data.client_facts(conn, cid)) and can_open(session.rights, f)}
        rows = read_rows(conn, [cid for cid in allowed if not found[cid].excluded])
    by_client: dict[int, list[R]] = {}
    for r in rows:
        if r.subscribed and r.value:
            rcp = recipient(r, found[r.client_id].name)
            if rcp is not None:
                by_client.setdefault(r.client_id, []).append(rcp)
    recipients: list[R] = []
    skipped: list[Skipped] = []
    for cid in dict.fromkeys(client_ids):
        if cid not in allowed:
            skipped.append(Skipped(cid, "", "клиент не найден или нет доступа"))
        elif found[cid].excluded:
            skipped.append(Skipped(cid, found[cid].name, excluded))
        elif cid not in by_client:
            skipped.append(Skipped(cid, found[cid].name, nothing))
        else:
            recipients += by_client[cid]
    return recipients, skipped


def announce(progress: Callable[[int, int, str], Any] | None, done: int, total: int, text: str) -> bool:
    """Tells the runner how far the run is; False when it answers with an exception (its cancel)."""
    if progress is not None:
        try:
            progress(done, total, text)
        except Exception:
            return False
    return True


def _record_event(session: Session, client_id: int, contact_id: int | None, event_type: int,
                  description: str) -> None:
    """A message sent, as an event of the client's history (of the contact person it went to)."""
    event = event_data.Event(None, client_id, event_type, datetime.now().replace(microsecond=0),
                             description=description[:4000], contact_id=contact_id, user_id=session.user.id)
    with session.db.begin() as conn:
        event_data.insert_event(conn, event)


def _plan(session: Session, client_ids: list[int]) -> tuple[list[Recipient], list[Skipped]]:
    def recipient(r: ListRow, name: str) -> Recipient:
        addressee = Addressee(r.value, name, r.surname, r.first_name, r.patronymic, r.salutation,
                              has_person=bool(r.contact_id))
        return Recipient(r.client_id, name, r.contact_id, addressee)
    return _select_recipients(session, client_ids, data.mail_clients, data.addresses, recipient,
                              "исключён из E-Mail рассылки", "нет адресов, подписанных на рассылку")


def recipients(session: Session, client_ids: list[int]) -> list[Recipient]:
    """Who a mailing to these clients would reach: their subscribed addresses, the clients the
    user may open and not excluded from mailings."""
    return _plan(session, list(client_ids))[0]


def _read(path: Path, what: str) -> Part:
    try:
        return Part(path.name, path.read_bytes())
    except OSError as exc:
        raise ValueError(f"Не удаётся прочитать {what} «{path}»: {exc.strerror or exc}.") from exc


def embedded_images(letter: Letter) -> dict[str, Path]:
    """The files of the local images of an HTML letter by their src (they travel as CID
    parts); relative paths are taken from the template's folder."""
    images: dict[str, Path] = {}
    if letter.as_html:
        for src in local_images(letter.body):
            path = Path(local_path(src))
            if not path.is_absolute() and letter.base_dir is not None:
                path = letter.base_dir / path
            images[src] = path
    return images


def check_letter(letter: Letter) -> None:
    """ValueError with one Russian sentence for a letter that cannot be sent as it is: no
    subject, no text, an attachment or an image file that is not there."""
    if not letter.subject.strip():
        raise ValueError("Укажите тему письма.")
    if not letter.body.strip():
        raise ValueError("Введите текст письма.")
    for path in letter.attachments:
        if not Path(path).is_file():
            raise ValueError(f"Файл-вложение «{path}» не найден.")
    for src, path in embedded_images(letter).items():
        if not path.is_file():
            raise ValueError(f"Картинка письма «{src}» не найдена ({path}).")


def _parts(letter: Letter) -> tuple[tuple[Part, ...], dict[str, Part]]:
    attachments = tuple(_read(Path(p), "вложение") for p in letter.attachments)
    return attachments, {src: _read(path, "картинку письма") for src, path in embedded_images(letter).items()}


def _error_text(exc: BaseException, email: str) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, msg = next(iter(exc.recipients.values()), (0, b""))
        text = msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg)
        return f"сервер отклонил адрес {email}: {code} {text}".strip()
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"ошибка почтового сервера: {exc.smtp_code} {text}"
    return f"ошибка отправки: {exc}"


def send(session: Session, client_ids: list[int], letter: Letter,
         progress: Callable[[int, int, str], Any] | None = None,
         smtp_factory: SmtpFactory | None = None, password: str | None = None) -> MailingResult:
    """Mails the chosen clients (at most GROUP_LIMIT). Raises ValueError before sending anything
    when the mailbox, the letter or its files are not usable. `progress(done, total, text)` is
    called before every letter; an exception from it (the runner's cancel) stops the run
    between letters and the result says who got the letter."""
    ids = list(dict.fromkeys(client_ids))
    if len(ids) > GROUP_LIMIT:
        raise ValueError(f"За один раз можно разослать письма не более чем {GROUP_LIMIT} клиентам.")
    check_letter(letter)
    settings = mailbox_settings(session)
    validate_settings(settings)
    attachments, images = _parts(letter)
    with session.db.read() as conn:
        event_type = data.mail_event_type(conn)
    if event_type is None:
        raise ValueError("В справочнике «Типы событий» нет типа «Отправлено письмо» для записи в историю.")
    plan, skipped = _plan(session, ids)
    result = MailingResult(skipped=skipped,
                           unknown_macros=tuple(dict.fromkeys(unknown_macros(letter.subject)
                                                              + unknown_macros(letter.body))))
    if not plan:
        return result
    if password is None and settings.login:
        password = data.mailbox_password(session.user.id, settings.address)
    factory = smtp_factory or open_smtp
    smtp: SmtpLike | None = factory(settings, password)
    try:
        for i, rcp in enumerate(plan):
            if not announce(progress, i, len(plan), f"{rcp.client_name} <{rcp.addressee.email}>"):
                result.cancelled = True
                result.not_reached = [(r.client_id, r.client_name, r.addressee.email) for r in plan[i:]]
                break
            subject = fill(letter.subject, rcp.addressee).text
            msg = build(settings.display_name, settings.address, rcp.addressee.email, subject,
                        fill(letter.body, rcp.addressee, as_html=letter.as_html).text, letter.as_html,
                        attachments, images, recipient_name=rcp.addressee.person)
            try:
                if smtp is None:
                    smtp = factory(settings, password)
                smtp.send_message(msg, from_addr=settings.address, to_addrs=[rcp.addressee.email])
            except (smtplib.SMTPException, OSError, ValueError) as exc:   # SMTPException is an OSError
                if isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(exc, smtplib.SMTPException):
                    smtp = None          # the connection is gone: the next letter connects again
                result.deliveries.append(Delivery(rcp.client_id, rcp.client_name, rcp.addressee.email,
                                                  _error_text(exc, rcp.addressee.email)))
                continue
            result.deliveries.append(Delivery(rcp.client_id, rcp.client_name, rcp.addressee.email))
            _record_event(session, rcp.client_id, rcp.contact_id, event_type,
                         f"Письмо «{subject}» на {rcp.addressee.email}")
        else:
            announce(progress, len(plan), len(plan), "Рассылка завершена")
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except Exception:
                pass
    return result

