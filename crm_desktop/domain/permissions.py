"""The permissions a user may hold beyond the client access mode (manual: "Разграничение
доступа, права": a role gives a base set, the user card's «Права» tab adds more). Services
check them with `Session.require`, the UI enables its commands by the same `can`."""
from __future__ import annotations

from enum import Enum


class Permission(Enum):
    """The value is the code stored in PERMISSIONS, ROLE_PERMISSIONS and USER_PERMISSIONS;
    `label` is the caption of its check box; the order is the user card's."""
    label: str

    MANAGE_USERS = "manage_users", "Управлять пользователями и их правами"
    EDIT_DICTIONARIES = "edit_dictionaries", "Редактировать справочники и настраивать систему"
    VIEW_ALL_JOURNALS = "view_all_journals", "Видеть журналы и отчёты по всем сотрудникам"
    EDIT_PAST_DATES = "edit_past_dates", "Изменять основные данные прошедшей датой"
    DELETE_CLIENTS = "delete_clients", "Удалять клиентов"
    GROUP_PROCESSING = "group_processing", "Групповая обработка клиентов"
    EDIT_NOMENCLATURE = "edit_nomenclature", "Редактировать номенклатуру"
    PRIVATE_CLIENTS = "private_clients", "Вести приватных клиентов"
    SECURITY_DECISIONS = "security_decisions", "Сотрудник принимает решения по экономической безопасности"
    CONFIGURATOR = "configurator", "Доступ к конфигуратору"
    EXPORT_DATA = "export_data", "Выгружать данные (экспорт отчётов и списков)"

    def __new__(cls, code: str, label: str) -> Permission:
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member


# A person's own duties rather than powers over the system: the manual has them ticked for
# the person («Вести приватных клиентов», «…решения по экономической безопасности»), so an
# administrator holds them only when ticked too; every other permission comes with the role.
PERSONAL = frozenset({Permission.PRIVATE_CLIENTS, Permission.SECURITY_DECISIONS})


def refusal(permission: Permission) -> str:
    """What a user without `permission` is told, by a service and by a disabled command alike."""
    return (f"Нет прав: «{permission.label}». Это разрешение выдаёт администратор в карточке "
            "пользователя («Администрирование – Пользователи», вкладка «Права»).")
