"""«Звонок на …: состоялся?» (GRP-5, manual «Интеграция со Skype»: "После завершения разговора
… генерирует событие “Исход. звонок” и фиксирует в нем номер … и его длительность"): shown
beside the card when a call was started from it. The call starts when the window opens; the
duration runs on until «Стоп» or until the user types one (minutes:seconds). «Состоялся»
records the event (services/telephony.record_call), «Не состоялся» or Esc records nothing.
The window does not block the card: the user may write notes while talking."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from crm_desktop.domain.telephony import InvalidDuration, format_duration, parse_duration, shown_number
from crm_desktop.services import telephony
from crm_desktop.services.session import Session
from crm_desktop.services.telephony import CallRecord
from crm_desktop.ui import changes
from crm_desktop.ui.forms.call_dialog_ui import Ui_CallDialog
from crm_desktop.ui.ops import call

Clock = Callable[[], datetime]
TITLE = "Звонок"
now: Clock = datetime.now             # the clock of windows opened without one (tests replace it)
_KEEP: set[CallDialog] = set()        # dialogs whose owner closed: kept alive until answered


class CallDialog(QDialog):
    def __init__(self, session: Session, client_id: int, number: str, contact_id: int | None = None,
                 parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._session, self._client_id, self._number, self._contact_id = session, client_id, number, contact_id
        self._clock = clock or (lambda: now())
        self.started = self._clock().replace(microsecond=0)
        self.record: CallRecord | None = None
        self._running = True
        setting = telephony.telephony_setting(session)
        self.ui.questionLabel.setText(self.tr("Звонок на %1: состоялся?").replace("%1", shown_number(number)))
        self.ui.startLabel.setText(self.started.strftime("%d.%m.%Y %H:%M:%S"))
        self.ui.noteLabel.setText(self.tr("Состоявшийся звонок записывается в историю клиента с номером и "
                                          "длительностью, если разговор длился не меньше %1.")
                                  .replace("%1", format_duration(setting.min_duration)))
        self.ui.errorLabel.hide()
        self.ui.durationEdit.setText(format_duration(0))
        self.ui.durationEdit.textEdited.connect(self._typed)
        self.ui.stopButton.clicked.connect(self.stop)
        box = self.ui.buttonBox
        self.confirm_button = box.addButton(self.tr("Состоялся"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(self.tr("Не состоялся"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.setWindowTitle(self.tr(TITLE))
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._follow_owner(parent)

    # -- the duration ------------------------------------------------------------------------
    def elapsed(self) -> int:
        return max(int((self._clock() - self.started).total_seconds()), 0)

    def tick(self) -> None:
        if self._running:
            self.ui.durationEdit.setText(format_duration(self.elapsed()))

    def stop(self) -> None:
        """The talk is over: the duration stays as shown (and may still be corrected)."""
        self.tick()
        self._running = False
        self._timer.stop()
        self.ui.stopButton.setEnabled(False)

    def _typed(self, _text: str) -> None:
        self._running = False
        self._timer.stop()
        self.ui.stopButton.setEnabled(False)
        self.ui.errorLabel.hide()

    def duration(self) -> int:
        """Seconds: counted while the timer runs, else as typed (InvalidDuration)."""
        if self._running:
            self.tick()
            return self.elapsed()
        return parse_duration(self.ui.durationEdit.text())

    # -- the answer ----------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            duration = self.duration()
        except InvalidDuration as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            self.ui.durationEdit.setFocus()
            return
        self.stop()
        record = call(self, lambda: telephony.record_call(self._session, self._client_id, self._number,
                                                          self.started, duration, self._contact_id),
                      self.tr("Звонок не записан"))
        if record is None:
            return
        self.record = record
        if record.event is None:
            QMessageBox.information(self, self.tr(TITLE), record.message)
        else:
            changes.announce(changes.EVENT, [record.event.id])
            changes.announce(changes.CLIENT, [self._client_id])
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
        _KEEP.discard(self)

    def _follow_owner(self, owner: QWidget | None) -> None:
        """A window the call was started from may close before the user answers (a contact
        person's dialog, the card): the question moves to the window under it."""
        if isinstance(owner, QDialog):
            owner.finished.connect(lambda _result, o=owner: self._owner_closed(o))

    def _owner_closed(self, owner: QDialog) -> None:
        if self.result() or not self.isVisible():
            return
        below = owner.parentWidget().window() if owner.parentWidget() is not None else None
        self.setParent(below, self.windowFlags())
        if below is None:
            _KEEP.add(self)
        self._follow_owner(below)
        self.show()


def confirm_call(parent: QWidget | None, session: Session, client_id: int | None, number: str,
                 contact_id: int | None = None, clock: Clock | None = None) -> CallDialog | None:
    """After a call was started from a saved client's card: ask whether it took place, unless
    the user switched recording of calls off."""
    if client_id is None:
        return None
    setting = call(parent, lambda: telephony.telephony_setting(session), TITLE)
    if setting is None or not setting.record_calls:
        return None
    dialog = CallDialog(session, client_id, number, contact_id, parent, clock)
    dialog.show()
    return dialog
