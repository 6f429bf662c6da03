"""Database failures, each with one sentence an administrator can act on (PLAT-7)."""
from __future__ import annotations


class DatabaseError(Exception):
    """Base: str(error) is the whole message shown to the user."""


class ClientLibraryMissing(DatabaseError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"Клиентская библиотека Firebird не загружена ({detail}); переустановите программу "
            "или установите пакеты firebird-embedded и libtommath1.")


class DatabaseFileMissing(DatabaseError):
    def __init__(self, path: str) -> None:
        super().__init__(f"Файл базы данных не найден: {path}.")


class DatabaseInUse(DatabaseError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"Файл базы данных {path} открыт другой программой: без сервера Firebird с файлом "
            "работает одна программа; для нескольких рабочих мест подключитесь через сервер "
            "(адрес вида host:путь).")


class DatabaseBusy(DatabaseError):
    def __init__(self) -> None:
        super().__init__("Эти данные одновременно сохраняет другой пользователь: повторите действие "
                         "через несколько секунд.")


class ConnectionLost(DatabaseError):
    def __init__(self, address: str) -> None:
        super().__init__(f"Связь с базой данных {address} прервалась или база остановлена администратором: "
                         "проверьте сеть и повторите действие; несохранённые данные остались в окне.")


class ServerUnreachable(DatabaseError):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"Сервер Firebird {host}:{port} недоступен: проверьте, что сервер запущен, адрес "
            "указан верно и брандмауэр пропускает порт.")


class WrongCredentials(DatabaseError):
    def __init__(self, user: str) -> None:
        super().__init__(f"Неверное имя пользователя или пароль Firebird (пользователь {user}).")


class WrongDatabaseVersion(DatabaseError):
    def __init__(self, address: str, found: int, expected: int) -> None:
        self.found, self.expected = found, expected
        if found < expected:
            fix = f"обновите её командой: crm-admin upgrade {address}"
        else:
            fix = "установите версию программы, соответствующую базе"
        super().__init__(
            f"База данных {address} имеет версию {found}, а программе нужна версия {expected}; {fix}.")


class NotACrmDatabase(DatabaseError):
    def __init__(self, address: str) -> None:
        super().__init__(
            f"{address} не является базой данных CRM (нет таблицы DB_VERSION); создайте её "
            f"командой: crm-admin create {address}")


class DatabaseExists(DatabaseError):
    def __init__(self, address: str) -> None:
        super().__init__(f"База данных {address} уже существует; выберите другой путь.")


class MigrationFailed(DatabaseError):
    """A step failed; the database stays at `version`."""

    def __init__(self, step: int, version: int, detail: str, backup: str | None) -> None:
        self.step, self.version, self.backup = step, version, backup
        where = f" Резервная копия до обновления: {backup}." if backup else ""
        super().__init__(
            f"Шаг обновления до версии {step} не выполнен ({detail}); база данных осталась "
            f"в версии {version}.{where}")
