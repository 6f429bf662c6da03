"""The one report pipeline (REP-1, REP-2): a report's template (reports/specs/<slug>.toml)
names its parameters, tables and charts; its builder here reads the data through the user's
session and yields the parts; `generate` spools them into a Report that every renderer reads.

Access: every query runs through the session, so private clients stay with their curator
(data/scope.py). A report's `user` parameter is its «own data» rule: without «Видеть журналы и
отчёты по всем сотрудникам» it is always the reader, and asking for someone else is refused.

Builders are registered with `@builder("slug")` in this package's modules, all imported at the
bottom; a
builder is `(session, params) -> Iterable[Rows | ChartData | Text]`, rows being dicts keyed by
the template's column keys (or tuples in column order), sorted by the group key if any."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crm_desktop.data import cash as cash_data
from crm_desktop.data import nomenclature as nomenclature_data
from crm_desktop.data import users as user_data
from crm_desktop.domain import price_list
from crm_desktop.domain.price_list import GroupNode
from crm_desktop.domain.report_params import DATE_WORDS, ParamError, check_period, date_word, parse_value
from crm_desktop.reporting.report_model import Chart, Header, Report, TableWriter, Text
from crm_desktop.reporting.report_specs import ReportSpec, load_spec
from crm_desktop.services.session import Session

__all__ = ["ParamError", "Rows", "ChartData", "Text", "Params", "builder", "choice_source", "specs", "spec",
           "resolve", "generate", "choices", "export", "run_command", "describe", "with_subgroups"]

PROGRESS_EVERY = 500          # rows between two progress reports (and cancellation checks)
FIRST_PAGE_ITEMS = 150        # items after which a waiting preview is told it may draw page one


@dataclass
class Rows:
    """A table's rows, streamed: `rows` may be a generator over a server-side cursor."""
    table: str
    rows: Iterable[dict[str, Any] | tuple[Any, ...]]


@dataclass
class ChartData:
    chart: str
    labels: list[str]
    series: list[list[float]]
    series_names: list[str] = field(default_factory=list)


Part = Rows | ChartData | Text
Builder = Callable[[Session, "Params"], Iterable[Part]]

_BUILDERS: dict[str, Builder] = {}
_CHOICES: dict[str, Callable[[Session], list[tuple[str, str]]]] = {}


def builder(slug: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        assert slug not in _BUILDERS, f"отчёт «{slug}» уже есть"
        _BUILDERS[slug] = fn
        return fn
    return register


def choice_source(name: str) -> Callable[[Callable[[Session], list[tuple[str, str]]]], Any]:
    """A list a `choice` parameter picks from: (value, label) pairs, value "" meaning «все»."""
    def register(fn: Callable[[Session], list[tuple[str, str]]]) -> Any:
        assert name not in _CHOICES, f"список «{name}» уже есть"
        _CHOICES[name] = fn
        return fn
    return register


def choices(session: Session, source: str) -> list[tuple[str, str]]:
    return _CHOICES[source](session)


@choice_source("users")
def _users(session: Session) -> list[tuple[str, str]]:
    """Everyone for a reader who sees all journals, else the reader alone."""
    with session.db.read() as conn:
        pairs = user_data.login_choices(conn)
    if not session.rights.sees_all_journals:
        pairs = [(login, name) for login, name in pairs if login.lower() == session.user.login.lower()]
    return pairs


@choice_source("legal_entities")
def _legal_entities(session: Session) -> list[tuple[str, str]]:
    """Our legal entities by short name: the recipient, the supplier, the cash's owner."""
    with session.db.read() as conn:
        names = cash_data.entity_names(conn)
    return sorted(((str(i), name) for i, name in names.items()), key=lambda p: p[1].lower())


def _groups(session: Session) -> list[GroupNode]:
    with session.db.read() as conn:
        return [GroupNode(g["id"], g["parent_id"], g["name"], g["sort_order"]) for g in nomenclature_data.groups(conn)]


@choice_source("goods_groups")
def _goods_groups(session: Session) -> list[tuple[str, str]]:
    """Every goods group as its path («Бумага / Офисная»), in the tree's order."""
    children: dict[int | None, list[GroupNode]] = {}
    for g in _groups(session):
        children.setdefault(g.parent_id, []).append(g)
    out: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(parent: int | None, prefix: str) -> None:
        for g in children.get(parent, ()):
            if g.id not in seen:
                seen.add(g.id)
                out.append((str(g.id), prefix + g.name))
                walk(g.id, f"{prefix}{g.name} / ")
    walk(None, "")
    return out


def with_subgroups(session: Session, group: str | int | None) -> tuple[int, ...] | None:
    """A chosen goods group with every group below it (what «группа товаров» means in every
    report); None when none is chosen."""
    if group in (None, ""):
        return None
    return tuple(sorted(price_list.with_subgroups(_groups(session), [int(group)])))


def specs() -> list[ReportSpec]:
    """Every report with a builder, in menu order."""
    return sorted((load_spec(slug) for slug in _BUILDERS), key=lambda s: (s.menu, s.title))


def spec(slug: str) -> ReportSpec:
    if slug not in _BUILDERS:
        raise ParamError(f"Нет отчёта «{slug}». Список отчётов: crm --report list.")
    return load_spec(slug)


@dataclass
class Params:
    """Typed parameter values, how they read in the report's heading, and the moment the
    report is made for (what «overdue» and «now» mean in it: the header prints the same)."""
    values: dict[str, Any]
    shown: list[str]
    now: datetime = field(default_factory=datetime.now)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name)
        return default if value in (None, "") else value


def _user(session: Session, text: str, label: str) -> tuple[int | None, str]:
    """A `user` parameter: a login, «me», or empty for everyone — empty and others' logins
    become the reader unless they see all journals."""
    sees_all = session.rights.sees_all_journals
    login = text.strip()
    if login.lower() in ("me", "я"):
        login = session.user.login
    if not login:
        if sees_all:
            return None, "все"
        return session.user.id, session.user.full_name
    with session.db.read() as conn:
        found = user_data.by_login(conn, login)
    if found is None:
        raise ParamError(f"«{label}»: нет пользователя с логином «{login}».")
    if found.id != session.user.id and not sees_all:
        raise ParamError("Отчёты по другим сотрудникам доступны только с правом «Видеть журналы и отчёты "
                         "по всем сотрудникам»; укажите себя или оставьте поле пустым.")
    return found.id, found.full_name


def _client(session: Session, text: str, label: str) -> tuple[int | None, str]:
    from crm_desktop.services import clients
    code = text.strip()
    if not code:
        return None, "все"
    if not code.isdigit():
        raise ParamError(f"«{label}»: код клиента — число, а не «{code}».")
    client_id = clients.client_id_by_code(session, int(code))
    if client_id is None:
        raise ParamError(f"«{label}»: клиента с кодом {code} нет или он вам недоступен.")
    return client_id, clients.client_title(session, client_id)


def resolve(session: Session, report: ReportSpec, given: dict[str, str], now: datetime | date | None = None) -> Params:
    """Text values (from the window or the command line) → typed values, defaults filled,
    users and clients looked up with the reader's rights. Unknown names and missing required
    values are refused. `now` (or a day: that day at the current time) is the report's moment."""
    if now is None or not isinstance(now, datetime):
        current = datetime.now()
        now = current if now is None else datetime.combine(now, current.time())
    today = now.date()
    known = {p.name for p in report.params}
    unknown = sorted(set(given) - known)
    if unknown:
        names = ", ".join(sorted(known)) or "нет"
        raise ParamError(f"У отчёта «{report.title}» нет параметра {unknown[0]}; его параметры: {names}.")
    values: dict[str, Any] = {}
    shown: list[str] = []
    for p in report.params:
        text = given.get(p.name)
        if text is None:
            text = "me" if p.default == "me" else p.default
        if p.kind in ("user", "client"):
            if p.required and not text.strip():
                raise ParamError(f"Укажите «{p.label}».")
            values[p.name], name = (_user if p.kind == "user" else _client)(session, text, p.label)
            shown.append(f"{p.label}: {name}")
            continue
        if p.kind == "date" and text in DATE_WORDS:
            value: Any = date_word(text, today)
        elif p.required and not text.strip():
            raise ParamError(f"Укажите «{p.label}».")
        else:
            value = parse_value(p.kind, text, today, p.label) if (text.strip() or p.kind == "bool") else None
        if p.kind == "choice" and value:
            offered = dict(choices(session, p.source))
            if value not in offered:
                raise ParamError(f"«{p.label}»: нет значения «{value}»; можно: {', '.join(offered) or 'нет'}.")
            shown.append(f"{p.label}: {offered[value]}")
        elif p.kind == "date" and value:
            shown.append(f"{p.label}: {value:%d.%m.%Y}")
        elif p.kind == "bool":
            if value:
                shown.append(p.label)
        elif value not in (None, ""):
            shown.append(f"{p.label}: {value}")
        values[p.name] = value
    check_period(values.get("date_from"), values.get("date_to"))
    return Params(values, shown, now)


def generate(session: Session, slug: str, given: dict[str, str] | Params, progress: Callable[..., None] | None = None,
             now: datetime | None = None, started: Callable[[Report], None] | None = None) -> Report:
    """Build a report. `progress(done, 0, text)` hears every PROGRESS_EVERY rows and may raise
    to cancel (the runner's Progress); `started(report)` is called once page one is spooled,
    so the preview shows it while the rest streams."""
    report_spec = spec(slug)
    params = given if isinstance(given, Params) else resolve(session, report_spec, given, now)
    header = Header(slug, report_spec.title, params.shown, session.user.full_name, params.now,
                    report_spec.orientation)
    report = Report(header)
    announced = False
    try:
        for part in _BUILDERS[slug](session, params):
            if isinstance(part, Text):
                report.add(part)
            elif isinstance(part, ChartData):
                report.add(Chart(report_spec.chart(part.chart), part.labels, part.series, part.series_names))
            else:
                writer = TableWriter(report, report_spec.table(part.table))
                for row in part.rows:
                    writer.add(row)
                    if writer.rows % PROGRESS_EVERY == 0 and progress:
                        progress(writer.rows, 0, f"Строк: {writer.rows:,}".replace(",", "\u00a0"))
                    if not announced and started and report.item_count >= FIRST_PAGE_ITEMS:
                        report.flush()
                        started(report)
                        announced = True
                writer.close()
        report.finish()
    except BaseException:
        report.close()
        raise
    if started and not announced:
        started(report)
    return report


def export(session: Session, report: Report, out: Path, setup: Any = None,
           progress: Callable[..., None] | None = None) -> list[Path]:
    """«Экспорт»: the report written in the format of `out`'s suffix — a data export, so it
    needs EXPORT_DATA; printing does not."""
    from crm_desktop.domain.permissions import Permission
    from crm_desktop.reporting import report_export
    session.require(Permission.EXPORT_DATA)
    return report_export.export(report, out, setup, progress)


def run_command(session: Session, slug: str, assignments: list[str], out: Path,
                now: datetime | None = None) -> list[Path]:
    """`crm --report SLUG --param NAME=VALUE … --out FILE`: generated with the user's rights
    and exported by the suffix of FILE."""
    given: dict[str, str] = {}
    for a in assignments:
        name, sep, value = a.partition("=")
        if not sep or not name.strip():
            raise ParamError(f"--param ждёт ИМЯ=ЗНАЧЕНИЕ, а не «{a}».")
        given[name.strip()] = value
    from crm_desktop.reporting import report_export
    if out.suffix.lower() not in report_export.FORMATS:
        raise ParamError(f"Формат «{out.suffix or out.name}» не поддерживается; можно: "
                         f"{', '.join(report_export.FORMATS)}.")
    report = generate(session, slug, given, now=now)
    try:
        return export(session, report, out)
    finally:
        report.close()


def describe() -> list[str]:
    """`crm --report list`: each report's slug, title and parameters."""
    lines = []
    for s in specs():
        lines.append(f"{s.slug}\t{s.title}" + (f" [{s.menu}]" if s.menu else " [из карточки]"))
        for p in s.params:
            default = f", по умолчанию {p.default}" if p.default else ""
            need = ", обязательный" if p.required else ""
            lines.append(f"    {p.name}: {p.label} ({p.kind}{default}{need})")
    return lines


def _register() -> None:
    """Import every builder module of this package: each registers its reports."""
    import importlib
    import pkgutil
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


_register()
