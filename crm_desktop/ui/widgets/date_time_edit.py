"""The date-and-time field for Designer forms: DateEdit with its time part on (a warehouse
document takes effect at a moment, not on a day — the FIFO order and the stock check use it).
A .ui file names this class; uic cannot pass DateEdit's `with_time` argument itself."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.widgets.date_edit import DateEdit


class DateTimeEdit(DateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, with_time=True)
