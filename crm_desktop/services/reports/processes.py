"""«Протокол бизнес-процесса» (BP-3), opened from «Ход процесса»: the finished stages of one run
with who finished each and the time spent (domain format_spent), then the totals for the run
and per person. The run is read through the reader's session, so a run on a client the reader
may not see is refused like a missing one."""
from __future__ import annotations

from collections.abc import Iterator

from crm_desktop.domain.processes import format_spent, spent_by_user, total_spent
from crm_desktop.domain.report_params import ParamError
from crm_desktop.services import processes
from crm_desktop.services.reports import Params, Rows, Text, builder
from crm_desktop.services.session import AccessDenied, Session


@builder("process-protocol")
def protocol(session: Session, params: Params) -> Iterator[Rows | Text]:
    try:
        view = processes.load_run(session, int(params["run"]))
    except (ValueError, AccessDenied) as exc:
        raise ParamError(str(exc)) from None
    run = view.run
    state = (f"закрыт {run.closed_at:%d.%m.%Y %H:%M}" if run.closed and run.closed_at else
             f"этап «{run.stage_name}», {run.state.title.lower()}")
    yield Text([f"Процесс «{run.process_name}» № {run.id}", f"Клиент: {run.client_name or '—'}",
                f"Запущен {run.started_at:%d.%m.%Y %H:%M}, {run.started_by_name or '—'}; сейчас {state}"]
               + ([f"Примечание: {run.note}"] if run.note else []))
    yield Rows("protocol", [{"stage": e.entry.stage_name, "result": e.entry.result_name, "who": e.who or "—",
                             "started": e.entry.started_at, "finished": e.entry.finished_at,
                             "spent": e.entry.spent_text} for e in view.protocol])
    entries = [e.entry for e in view.protocol]
    if not entries:
        yield Text(["Ни один этап ещё не завершён."])
        return
    names = {e.entry.who: e.who or "—" for e in view.protocol}
    yield Text([f"Итого в пройденных этапах: {format_spent(total_spent(entries))}"], bold=True)
    yield Text([f"{names[who]}: {format_spent(spent)}" for who, spent in spent_by_user(entries).items()])
