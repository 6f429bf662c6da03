"""«Администрирование»: users and rights, constants, company structure, directions,
dictionaries, custom classifiers, auto-substitution. Each entry opens a modal dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.services.session import AccessDenied, Session
from crm_desktop.ui.ops import show_error


def _admin_only(parent: QWidget | None, session: Session) -> bool:
    """The menu is shown to administrators only; this guards a call from anywhere else."""
    try:
        session.require_admin("Администрирование")
    except AccessDenied as exc:
        show_error(parent, exc)
        return False
    return True


def open_users(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.users_dialog import UsersDialog
    UsersDialog(session, parent).exec()


def open_constants(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.constants_dialog import ConstantsDialog
    ConstantsDialog(session, parent).exec()


def open_company_structure(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.structure_dialog import StructureDialog
    StructureDialog(session, parent).exec()


def open_directions(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.single_dictionary_dialog import SingleDictionaryDialog
    SingleDictionaryDialog(session, "directions", "Направления деятельности", parent).exec()


def open_dictionaries(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.dictionaries_dialog import DictionariesDialog
    DictionariesDialog(session, parent).exec()


def open_custom_classifiers(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.classifiers_dialog import ClassifiersDialog
    ClassifiersDialog(session, parent).exec()


def open_autosubstitution(parent: QWidget | None, session: Session) -> None:
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.autosubstitution_dialog import AutoSubstitutionDialog
    AutoSubstitutionDialog(session, parent).exec()


def open_active_users(parent: QWidget | None, session: Session) -> None:
    """Активные пользователи (ADM-5): user, login time, computer, terminal session."""
    if not _admin_only(parent, session):
        return
    from crm_desktop.ui.admin.active_users_dialog import ActiveUsersDialog
    ActiveUsersDialog(session, parent).exec()
