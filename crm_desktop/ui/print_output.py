"""How a printed form reaches the user: a service renders it into a file (a PDF in a fresh
temporary folder, or the file the user chose), the system viewer opens it. One mechanism for
the sales documents, the warehouse forms, price tags and the price list."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.ui.ops import error_text


def safe_name(text: str) -> str:
    """A document number as a part of a file name («АМ-422/1» → «АМ-422_1»)."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


def temp_file(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="crm-print-")) / name


def render_and_open(parent: QWidget | None, title: str, out: Path, render: Callable[[Path], Path],
                    describe: Callable[[BaseException], str] = error_text) -> Path | None:
    """`render(out)`, then the file it wrote opened by the system viewer; a refusal is shown
    under `title` in the service's own words (`describe`) and None returned."""
    try:
        printed = render(out)
    except Exception as exc:  # noqa: BLE001 - every failure must reach the user
        QMessageBox.warning(parent, title, describe(exc))
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed)))
    return printed


def print_to_pdf(parent: QWidget | None, title: str, name: str, render: Callable[[Path], Path],
                 describe: Callable[[BaseException], str] = error_text) -> Path | None:
    """A form for the screen and the printer: `name` in a temporary folder, opened."""
    return render_and_open(parent, title, temp_file(name), render, describe)
