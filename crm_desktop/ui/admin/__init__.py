"""«Администрирование»: users and rights, constants, company structure, directions,
dictionaries, custom classifiers, auto-substitution, active users. Each screen is a modal
dialog behind one permission, the one its services require: the main window enables the
command by `session.can`, and `Screen.open` refuses with the reason when called without it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.permissions import Permission
from crm_desktop.services.session import AccessDenied, Session
from crm_desktop.ui.ops import show_error


@dataclass(frozen=True)
class Screen:
    permission: Permission
    dialog: Callable[[Session, QWidget | None], QDialog]   # imports its module when first opened

    def open(self, parent: QWidget | None, session: Session) -> None:
        try:
            session.require(self.permission)
        except AccessDenied as exc:
            show_error(parent, exc)
            return
        self.dialog(session, parent).exec()


def _users(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.users_dialog import UsersDialog
    return UsersDialog(session, parent)


def _constants(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.constants_dialog import ConstantsDialog
    return ConstantsDialog(session, parent)


def _structure(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.structure_dialog import StructureDialog
    return StructureDialog(session, parent)


def _directions(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.single_dictionary_dialog import SingleDictionaryDialog
    return SingleDictionaryDialog(session, "directions", "Направления деятельности", parent)


def _dictionaries(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.dictionaries_dialog import DictionariesDialog
    return DictionariesDialog(session, parent)


def _custom_classifiers(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.classifiers_dialog import ClassifiersDialog
    return ClassifiersDialog(session, parent)


def _autosubstitution(session: Session, parent: QWidget | None) -> QDialog:
    from crm_desktop.ui.admin.autosubstitution_dialog import AutoSubstitutionDialog
    return AutoSubstitutionDialog(session, parent)


def _active_users(session: Session, parent: QWidget | None) -> QDialog:
    """Активные пользователи (ADM-5): user, login time, computer, terminal session."""
    from crm_desktop.ui.admin.active_users_dialog import ActiveUsersDialog
    return ActiveUsersDialog(session, parent)


USERS = Screen(Permission.MANAGE_USERS, _users)
CONSTANTS = Screen(Permission.EDIT_DICTIONARIES, _constants)
COMPANY_STRUCTURE = Screen(Permission.EDIT_DICTIONARIES, _structure)
DIRECTIONS = Screen(Permission.EDIT_DICTIONARIES, _directions)
DICTIONARIES = Screen(Permission.EDIT_DICTIONARIES, _dictionaries)
CUSTOM_CLASSIFIERS = Screen(Permission.EDIT_DICTIONARIES, _custom_classifiers)
AUTOSUBSTITUTION = Screen(Permission.EDIT_DICTIONARIES, _autosubstitution)
ACTIVE_USERS = Screen(Permission.MANAGE_USERS, _active_users)
