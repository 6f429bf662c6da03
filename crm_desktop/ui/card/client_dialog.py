"""The client card (manual: "Карточка клиента", CLI-1..CLI-4): the main requisites, the tabs of
domain/client_fields.py (plus "Признаки" when custom classifiers exist), and the journals at
the bottom. OK / Ctrl+Enter saves, Esc asks to save or drop changes; errors are shown next
to each field and in one message, and the input always stays in the form.

«Параметры – Функционал» (domain/functionality.py) hides the «Безопасность» and «Отгрузочные
реквизиты» tabs and the journals of sales or works, read when the card opens; a hidden tab's
fields are still built and bound, so saving the card keeps what they hold. A call started
from a phone of the card or of a contact person asks whether it took place (ui/call_dialog.py)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QScrollArea, QVBoxLayout,
                               QWidget)

from crm_desktop.domain.access import can_make_private
from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.client_fields import (MAIN_DATA_TABS, NEEDS_ATTENTION, ClientKind, FieldKind, Tab,
                                              card_tabs, main_fields)
from crm_desktop.domain.client_names import person_name, register_name
from crm_desktop.domain.functionality import Module, Switches
from crm_desktop.domain.validation import FieldError
from crm_desktop.services import clients, events, functionality
from crm_desktop.services.clients import CardInvalid, ClientCard, ConcurrentEdit
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.card.client_tasks import ClientTasks
from crm_desktop.ui.card.event_dialog import EventDialog
from crm_desktop.ui.card.field_editors import FieldForm, russian_buttons
from crm_desktop.ui.card.journal import Journal, confirm_delete
from crm_desktop.ui.card.records import RecordList
from crm_desktop.ui.changes import CLIENT, EVENT, announce, follow
from crm_desktop.ui.forms.card.client_dialog_ui import Ui_ClientDialog
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.unsaved_changes import may_close

CLASSIFIERS_TAB = "Признаки"
LATER = "Появится в следующих версиях программы."
LATER_JOURNALS = ("Файлы",)
DOCUMENT_JOURNALS = (("invoice", "Счета"), ("act", "Акты"), ("vat-invoice", "Счета-фактуры"),
                     ("sale", "Продажи"), ("work", "Работы"), ("contract", "Договоры"), ("order", "Заказы"))
# the part of the program («Параметры – Функционал») each document journal of the card belongs to
JOURNAL_MODULES = {kind: Module.WORKS if kind == "work" else Module.SALES for kind, _title in DOCUMENT_JOURNALS}
SUMMARY_REPORT, SUMMARY_KEY = "client-summary", "Ctrl+R"     # manual: "вызывается только из карточки клиента"
HISTORY_HEADERS = ("Дата", "Тип события", "Описание", "Контактное лицо", "Результат", "Реакция",
                   "Этап", "Сотрудник")
def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ClientDialog(QDialog):
    def __init__(self, session: Session, card: ClientCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        self._session, self._card = session, card
        self.switches = call(self, lambda: functionality.switches(session)) or Switches()
        self.forms: dict[str, FieldForm] = {}       # "" = the main block, else the tab name
        self.records: dict[str, RecordList] = {}
        self._tab_pages: dict[str, QWidget] = {}
        self.last_call = None                       # the «состоялся?» window of the last call
        self._build_main()
        self._build_tabs()
        self._build_journals()
        self._connect_calls()
        self._bind(card)
        russian_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.ui.summaryButton.clicked.connect(self.open_summary)
        self.ui.processButton.clicked.connect(self.start_process)
        QShortcut(QKeySequence(SUMMARY_KEY), self, self.open_summary)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self._snapshot = self._state()
        follow(self, (EVENT,), lambda _kind, _ids: self._after_event())

    # -- building ----------------------------------------------------------------------------
    def _build_main(self) -> None:
        fields = [f for f in main_fields(self._card.kind) if f is not NEEDS_ATTENTION]
        form = FieldForm(fields, self._session, self.ui.mainBox, columns=2)
        QVBoxLayout(self.ui.mainBox).addWidget(form)
        self.forms[""] = form
        region, city = form.editors["region_id"], form.editors["city_id"]
        region.changed.connect(lambda: city.set_region(region.value()))

    def _contact_items(self) -> dict[str, list[Item]]:
        rows = self.records["contact_person"].value() if "contact_person" in self.records else \
            self._card.records.get("contact_person", [])
        return {"contact_person_id": [Item(r["id"], person_name(r.get("surname"), r.get("first_name"),
                                                                r.get("patronymic")))
                                      for r in rows if r.get("id")]}

    def _tab_page(self, tab: Tab) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if tab.fields:
            columns = 2 if sum(f.kind is not FieldKind.MULTILINE for f in tab.fields) > 6 else 1
            form = FieldForm(tab.fields, self._session, page, columns=columns)
            self.forms[tab.name] = form
            layout.addWidget(form)
        for record in tab.records:
            records = RecordList(record, self._session, page, self._contact_items)
            records.setObjectName(f"records_{record.name}")
            self.records[record.name] = records
            layout.addWidget(records, 1)
        if not tab.records:
            layout.addStretch(1)
        return page

    def _build_tabs(self) -> None:
        for tab in card_tabs(self._card.kind):
            page = self._tab_page(tab)
            self._tab_pages[tab.name] = page if tab.records else _scrolled(page)
            index = self.ui.tabs.addTab(self._tab_pages[tab.name], self.tr(tab.label).replace("&", "&&"))
            if tab.name in self.switches.hidden_card_tabs():
                self.ui.tabs.setTabVisible(index, False)      # built and bound all the same: saved as loaded
            elif tab.name == "security":
                gate = check(Capability.SECURITY_TAB, self._session.edition)
                self.ui.tabs.setTabEnabled(index, gate.allowed)
                self.ui.tabs.setTabToolTip(index, gate.reason or "")
            if tab.name == "general" and self._card.classifier_defs:
                self._build_classifiers()
        if not can_make_private(self._session.rights):
            self.forms["access"].editors["is_private"].setToolTip(
                self.tr("Назначать приватных клиентов может пользователь с правом «Вести приватных клиентов»"))

    def _build_classifiers(self) -> None:
        defs = self._card.classifier_defs
        page = QWidget()
        form = FieldForm([d.as_field() for d in defs], self._session, page,
                         keys=[clients.classifier_field(d.id) for d in defs])
        layout = QVBoxLayout(page)
        layout.addWidget(form)
        layout.addStretch(1)
        self.forms[CLASSIFIERS_TAB] = form
        self._tab_pages[CLASSIFIERS_TAB] = _scrolled(page)
        self.ui.tabs.addTab(self._tab_pages[CLASSIFIERS_TAB], self.tr(CLASSIFIERS_TAB))

    def _build_journals(self) -> None:
        self.history = Journal([self.tr(h) for h in HISTORY_HEADERS], self, self.add_event,
                               self.open_event, self.delete_event)
        self.ui.journals.addTab(self.history, self.tr("История взаимоотношений"))
        self.tasks = ClientTasks(self._session, self)
        self.ui.journals.addTab(self.tasks, self.tr("Задачи"))
        # imported here: the journals use ui/card helpers, so a top-level import would be circular
        from crm_desktop.ui.sales.journals import DocumentJournal
        # read when their tab is first shown (ui/sales/journals.py): the card opens fast
        self.documents = {kind: DocumentJournal(self._session, kind, self._card.id, self, in_card=True)
                          for kind, _title in DOCUMENT_JOURNALS}
        for kind, title in DOCUMENT_JOURNALS:
            index = self.ui.journals.addTab(self.documents[kind], self.tr(title))
            self.ui.journals.setTabVisible(index, self.switches.is_on(JOURNAL_MODULES[kind]))
        for title in LATER_JOURNALS:
            self.ui.journals.addTab(Journal([self.tr("Дата"), self.tr("Номер"), self.tr("Сумма")], self,
                                            note=self.tr(LATER)), self.tr(title))
        self._events: list[events.EventRow] = []

    def _connect_calls(self) -> None:
        for form in self.forms.values():
            form.on_call(lambda number: self.call_placed(number, None, self))
        for name, records in self.records.items():
            key = "id" if name == "contact_person" else "contact_person_id"
            records.on_call = lambda number, row, source, key=key: self.call_placed(number, row.get(key), source)

    def call_placed(self, number: str, contact_id: int | None, source: QWidget) -> None:
        """A call to `number` started from this card (or a contact person `contact_id`): ask
        whether it took place, beside the window it was started from."""
        from crm_desktop.ui.call_dialog import confirm_call
        self.last_call = confirm_call(source.window(), self._session, self._card.id, number, contact_id)

    # -- data <-> widgets -----------------------------------------------------------------------
    def _bind(self, card: ClientCard) -> None:
        self._card = card
        self.ui.codeLabel.setText(self.tr(f"Код: {card.code}") if card.code else self.tr("Новый клиент"))
        name = register_name(card.values, card.kind)
        kind = self.tr("Предприятие") if card.kind is ClientKind.COMPANY else self.tr("Физическое лицо")
        self.ui.nameLabel.setText(name or kind)
        self.setWindowTitle(f"{kind}: {name}" if name else kind)
        self.ui.attentionCheck.setChecked(bool(card.values.get("needs_attention")))
        self.forms[""].editors["city_id"].set_region(card.values.get("region_id"))
        for key, form in self.forms.items():
            if key == CLASSIFIERS_TAB:
                form.set_values({clients.classifier_field(i): v for i, v in card.classifiers.items()})
            else:
                form.set_values(card.values)
        for name_, records in self.records.items():
            records.set_value(card.records.get(name_, []))
        self._apply_rights()
        self._load_journals()

    def _apply_rights(self) -> None:
        card = self._card
        self.ui.summaryButton.setEnabled(bool(card.code))
        self.ui.summaryButton.setToolTip(self.tr("Отчёт «Сводная информация по клиенту» (Ctrl+R)") if card.code
                                         else self.tr("Сводная информация появится, когда клиент будет сохранён"))
        self.ui.processButton.setEnabled(card.id is not None)
        self.ui.processButton.setToolTip(self.tr("Запустить бизнес-процесс по этому клиенту") if card.id is not None
                                         else self.tr("Процесс можно запустить, когда клиент будет сохранён"))
        for key, form in self.forms.items():
            main = key == "" or key in MAIN_DATA_TABS
            form.set_read_only(not (card.editable_main if main else card.editable))
        self.ui.attentionCheck.setEnabled(card.editable_main)
        for records in self.records.values():
            records.set_read_only(not card.editable)
        private = self.forms["access"].editors["is_private"]
        if not (can_make_private(self._session.rights) or private.value()):
            private.set_read_only(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(card.editable)

    def card_value(self) -> ClientCard:
        """The card as the form shows it now."""
        values: dict[str, Any] = dict(self._card.values)
        for key, form in self.forms.items():
            if key != CLASSIFIERS_TAB:
                values.update(form.values())
        values["needs_attention"] = self.ui.attentionCheck.isChecked()
        classifier_values = dict(self._card.classifiers)
        if CLASSIFIERS_TAB in self.forms:
            typed = self.forms[CLASSIFIERS_TAB].values()
            classifier_values.update({d.id: typed[clients.classifier_field(d.id)]
                                      for d in self._card.classifier_defs})
        records = {name: r.value() for name, r in self.records.items()}
        return replace(self._card, values=values, records={**self._card.records, **records},
                       classifiers=classifier_values)

    @staticmethod
    def _state_of(card: ClientCard) -> tuple:
        return (sorted((k, repr(v)) for k, v in card.values.items()), repr(card.records),
                repr(card.classifiers))

    def _state(self) -> tuple:
        return self._state_of(self.card_value())

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    # -- saving ------------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        """Every error under its field and all of them in one message; focus the first."""
        order = [e.field for e in errors]
        located = [(key, name) for key, form in self.forms.items() for name in form.show_errors(errors)]
        text = "\n".join(f"• {e.message}" for e in errors)
        QMessageBox.warning(self, self.tr("Карточка не сохранена"),
                            self.tr("Исправьте ошибки в карточке:") + "\n" + text)
        located = [(key, name) for key, name in located             # a tab switched off is not shown
                   if not key or self.ui.tabs.isTabVisible(self.ui.tabs.indexOf(self._tab_pages[key]))]
        if located:
            key, name = min(located, key=lambda kn: order.index(kn[1]))
            if key:
                self.ui.tabs.setCurrentWidget(self._tab_pages[key])
            self.forms[key].editors[name].setFocus()

    def accept(self) -> None:
        if not self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        try:
            saved = clients.save_card(self._session, self.card_value())
        except CardInvalid as exc:
            self.show_errors(list(exc.errors))
            return
        except ConcurrentEdit as exc:
            QMessageBox.warning(self, self.tr("Карточка изменена другим пользователем"), str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user, input stays
            show_error(self, exc, self.tr("Карточка не сохранена"))
            return
        for form in self.forms.values():
            form.show_errors([])
        self._card = saved
        announce(CLIENT, [saved.id])
        super().accept()

    def reject(self) -> None:
        """Esc, «Отмена» or the window's close button: unsaved changes are saved (the card
        closes as saved, or stays with the errors shown), dropped, or kept on the screen."""
        if may_close(self, self.tr("Закрыть карточку"), self.is_dirty(),
                     self.tr("В карточке есть несохранённые изменения. Сохранить их?")):
            super().reject()

    @property
    def client_id(self) -> int | None:
        return self._card.id

    # -- journals ----------------------------------------------------------------------------
    def open_summary(self) -> None:
        """«Сводная информация по клиенту» (manual «Отчеты»): the report of this client, opened
        only from the card; its window stays open beside the card."""
        if self._card.code:
            from crm_desktop.ui.reports import open_report
            open_report(self, self._session, SUMMARY_REPORT, {"client": str(self._card.code)})

    def start_process(self) -> None:
        """«Запустить процесс» (BP-2): the process and a note for this client, then «Ход процесса»."""
        if self._card.id is not None:
            from crm_desktop.ui.processes import start_for_client
            start_for_client(self, self._session, self._card.id, str(self._card.values.get("name") or ""))

    def _load_journals(self) -> None:
        self.tasks.show_client(self._card.id)
        for journal in self.documents.values():
            if journal.client_id != self._card.id:
                journal.set_client(self._card.id)
        saved = self._card.id is not None
        self.history.set_editable(saved and self._card.editable)
        self.history.ui.openButton.setEnabled(saved)
        self.history.ui.noteLabel.setText("" if saved else self.tr("Сохраните клиента, чтобы вести историю."))
        self.history.ui.noteLabel.setVisible(not saved)
        if not saved:
            return
        self._events = call(self, lambda: events.list_events(self._session, self._card.id)) or []
        self.history.set_rows([[e.event_at.strftime("%d.%m.%Y %H:%M"), e.type_name, (e.description or "")
                                .replace("\n", " "), e.contact, e.result or "", e.reaction or "",
                                e.stage or "", e.user or ""] for e in self._events])

    def _event_dialog(self, event: events.Event, read_only: bool = False) -> EventDialog:
        context = call(self, lambda: events.event_context(self._session, self._card.id))
        name = register_name(self._card.values, self._card.kind)
        return EventDialog(self._session, event, context or events.EventContext([], None), name, self, read_only)

    def _after_event(self) -> None:
        """An event was saved or deleted (change bus): it may have moved stage, reaction and
        next contact; show them and take the card's new version so that saving the card is
        not a conflict with oneself."""
        if self._card.id is None:
            return
        state = call(self, lambda: clients.operative_state(self._session, self._card.id))
        if state is not None:
            version, operative = state
            before = self.card_value()
            self._card = replace(self._card, version=version, values={**self._card.values, **operative})
            self.forms["operative"].set_values(operative)
            self._snapshot = self._state() if self._snapshot == self._state_of(before) else self._snapshot
        self._load_journals()

    def add_event(self) -> None:
        if self._card.id is None:
            return
        self._event_dialog(events.new_event(self._session, self._card.id)).exec()

    def open_event(self, row: int) -> None:
        event = call(self, lambda: events.load_event(self._session, self._events[row].id))
        if event is None:
            return
        mine = event.user_id == self._session.user.id or self._session.rights.is_admin
        self._event_dialog(event, read_only=not mine).exec()

    def delete_event(self, row: int) -> None:
        event = self._events[row]
        if confirm_delete(self, self.tr(f"Удалить событие «{event.type_name}» от "
                                        f"{event.event_at:%d.%m.%Y %H:%M}?")):
            if call(self, lambda: events.delete_event(self._session, event.id) or True):
                announce(EVENT, [event.id])
