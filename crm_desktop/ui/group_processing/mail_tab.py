"""The «E-Mail» tab of group processing (GRP-2; manual 001 «Рассылка E-Mail с помощью групповой
обработки», 000 «Персонифицированная рассылка E-Mail», «Отправка E-Mail в формате HTML»).

«Отправить E-Mail», the subject and the text with macros ([ОБРАЩЕНИЕ] [ИМЯ] …, from the menu
«Макрос»), «HTML-формат» with a template loaded from a file and a preview for a sample contact
person; images on disk go inside the letter (CID), images by http:// stay links; files to
attach; the mailbox the letters leave from («Настройка — Параметры — Настройки почты»).
The group processing window asks problem() before the run and runs job()'s function in its
worker (the channel interface of the window: notes channel_iface)."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidgetItem, QPlainTextEdit, QWidget

from crm_desktop.domain.mail_merge import Addressee, fill, unknown_macros
from crm_desktop.services import mailing
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.group_processing.mail_tab_ui import Ui_MailTab
from crm_desktop.ui.group_processing.channel_tab import ChannelTab, Job, channel_job
# whom the preview shows the letter to
SAMPLE = Addressee("ivanov@example.ru", "ООО «Пример»", "Иванов", "Владимир", "Сергеевич", has_person=True)
SETTINGS_PLACE = "«Настройка — Параметры — Настройки почты»"


class MailTab(ChannelTab):
    title = "E-Mail"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MailTab()
        self.ui.setupUi(self)
        self._session = session
        self._base_dir: Path | None = None        # the loaded template's folder: its relative images
        self._editor: QLineEdit | QPlainTextEdit = self.ui.bodyEdit     # where a macro goes
        self._settings = mailing.MailboxSettings()
        self.setup_macros()
        self.ui.sendCheck.toggled.connect(self.ui.letterBox.setEnabled)
        self.ui.letterBox.setEnabled(False)
        self.ui.templateButton.clicked.connect(self._choose_template)
        self.ui.imageButton.clicked.connect(self._choose_image)
        self.ui.addAttachmentButton.clicked.connect(self._choose_attachments)
        self.ui.removeAttachmentButton.clicked.connect(self.remove_selected_attachments)
        self.ui.attachmentsList.itemSelectionChanged.connect(self._attachments_changed)
        for signal in (self.ui.subjectEdit.textChanged, self.ui.bodyEdit.textChanged, self.ui.htmlCheck.toggled):
            signal.connect(self._letter_changed)
        self.ui.bodyTabs.currentChanged.connect(self._letter_changed)
        for editor in (self.ui.subjectEdit, self.ui.bodyEdit):      # the macro goes where the user is
            editor.installEventFilter(self)
        self.ui.subjectEdit.cursorPositionChanged.connect(lambda *_: self._edit_in(self.ui.subjectEdit))
        self.ui.bodyEdit.cursorPositionChanged.connect(lambda: self._edit_in(self.ui.bodyEdit))
        self.refresh_account()
        self._attachments_changed()
        self._letter_changed()

    # -- the channel interface -------------------------------------------------------------
    def problem(self) -> str:
        """What mailing.send would refuse before sending anything, as one sentence; "" if none."""
        self.refresh_account()
        if not self._settings.host.strip() and not self._settings.address.strip():
            return self.tr("Почтовый ящик не настроен: укажите его в %1.").replace("%1", SETTINGS_PLACE)
        try:
            mailing.validate_settings(self._settings)
            mailing.check_letter(self.letter())
        except ValueError as exc:
            return str(exc)
        if self._needs_password and not self.ui.passwordEdit.text():
            return self.tr("Введите пароль почтового ящика: на этом компьютере он не сохранён.")
        return ""

    def job(self) -> Job:
        """The mailing as the widgets stand now, for the window's worker: it touches no widget."""
        session, letter, password = self._session, self.letter(), self.password()
        return channel_job(self.tr("Рассылка E-Mail:"),    # the mailbox or a file may fail before the first letter
                           lambda ids, progress: mailing.send(session, ids, letter, progress=progress,
                                                              password=password))

    # -- the letter ------------------------------------------------------------------------
    def letter(self) -> mailing.Letter:
        return mailing.Letter(self.ui.subjectEdit.text().strip(), self.ui.bodyEdit.toPlainText(),
                              self.ui.htmlCheck.isChecked(), tuple(self.attachments()), self._base_dir)

    def attachments(self) -> list[Path]:
        return [Path(self.ui.attachmentsList.item(i).toolTip()) for i in range(self.ui.attachmentsList.count())]

    def add_attachments(self, paths: list[str | Path]) -> None:
        have = set(self.attachments())
        for path in map(Path, paths):
            if path not in have:
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                self.ui.attachmentsList.addItem(item)
                have.add(path)
        self._attachments_changed()

    def remove_selected_attachments(self) -> None:
        for item in self.ui.attachmentsList.selectedItems():
            self.ui.attachmentsList.takeItem(self.ui.attachmentsList.row(item))
        self._attachments_changed()

    def insert_macro(self, name: str) -> None:
        """[NAME] at the cursor of the subject or the text, whichever was edited last."""
        self._editor.insert(f"[{name}]") if isinstance(self._editor, QLineEdit) \
            else self._editor.insertPlainText(f"[{name}]")
        self._editor.setFocus()

    def insert_image(self, path: str | Path) -> None:
        """An <img> of a file on disk at the text's cursor; the letter becomes HTML and the
        picture goes inside it (CID)."""
        self.ui.htmlCheck.setChecked(True)
        self.ui.bodyEdit.insertPlainText(f'<img src="{html.escape(str(path))}" alt="">')
        self.ui.bodyEdit.setFocus()

    def load_template(self, path: str | Path) -> bool:
        """The text of the letter from a file: an .html/.htm file or one starting with a tag
        switches «HTML-формат» on; relative images are looked up beside the file."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.ui.infoLabel.setText(self.tr("Не удаётся прочитать шаблон «%1»: %2.")
                                      .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1251", "replace")
        self._base_dir = path.parent
        self.ui.htmlCheck.setChecked(path.suffix.lower() in (".html", ".htm") or text.lstrip().startswith("<"))
        self.ui.bodyEdit.setPlainText(text)
        return True

    # -- the mailbox -----------------------------------------------------------------------
    def refresh_account(self) -> None:
        """The mailbox line, read again (the user may have set it up meanwhile)."""
        self._settings = s = mailing.mailbox_settings(self._session)
        if not s.host.strip() or not s.address.strip():
            self.show_account(self.ui.mailboxLabel,
                              self.tr("Почтовый ящик не настроен — %1.").replace("%1", SETTINGS_PLACE), False)
        else:
            sender = f"{s.display_name} <{s.address}>" if s.display_name else s.address
            self.show_account(self.ui.mailboxLabel, self.tr("Письма уйдут с ящика %1 через %2:%3.")
                              .replace("%1", sender).replace("%2", s.host).replace("%3", str(s.port)),
                              mailing.password_missing(s, self._session.user.id))

    # -- reactions -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.ui.subjectEdit, self.ui.bodyEdit):
            self._edit_in(watched)
        return super().eventFilter(watched, event)

    def _edit_in(self, editor: QLineEdit | QPlainTextEdit) -> None:
        self._editor = editor

    def _attachments_changed(self) -> None:
        self.ui.removeAttachmentButton.setEnabled(bool(self.ui.attachmentsList.selectedItems()))

    def _letter_changed(self, *_: Any) -> None:
        letter = self.letter()
        notes = []
        images = mailing.embedded_images(letter)
        if images:
            notes.append(self.tr("Картинки внутри письма (CID): %1.")
                         .replace("%1", ", ".join(path.name for path in images.values())))
        unknown = tuple(dict.fromkeys(unknown_macros(letter.subject) + unknown_macros(letter.body)))
        if unknown:
            notes.append(self.tr("Неизвестные макросы останутся как есть: %1.").replace("%1", ", ".join(unknown)))
        if not letter.as_html and "</" in letter.body:
            notes.append(self.tr("Текст похож на HTML: отметьте «HTML-формат», чтобы письмо ушло как HTML."))
        self.ui.infoLabel.setText(" ".join(notes))
        self.ui.infoLabel.setVisible(bool(notes))
        if self.ui.bodyTabs.currentWidget() is self.ui.previewTab:
            self._preview(letter)

    def _preview(self, letter: mailing.Letter) -> None:
        self.ui.previewHint.setText(self.tr("Так письмо увидит %1 из %2. Тема: %3")
                                    .replace("%1", SAMPLE.person).replace("%2", SAMPLE.company)
                                    .replace("%3", fill(letter.subject, SAMPLE).text))
        browser = self.ui.previewBrowser
        # images on disk shown as send finds them: relative to the template, else to the program
        browser.setSearchPaths([str(self._base_dir or Path.cwd())])
        body = fill(letter.body, SAMPLE, as_html=letter.as_html).text
        browser.setHtml(body) if letter.as_html else browser.setPlainText(body)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Шаблон письма"), str(self._base_dir or ""),
                                              self.tr("HTML-шаблоны (*.html *.htm);;Текст (*.txt);;Все файлы (*)"))
        if path:
            self.load_template(path)

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Картинка в письмо"), str(self._base_dir or ""),
                                              self.tr("Картинки (*.png *.jpg *.jpeg *.gif *.bmp);;Все файлы (*)"))
        if path:
            self.insert_image(path)

    def _choose_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Вложения"), "", self.tr("Все файлы (*)"))
        self.add_attachments(paths)
