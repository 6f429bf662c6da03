from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.client_names import person_name, register_name


def test_person_name_joins_parts_and_drops_empty_ones() -> None:
    assert person_name("Иванов", "Пётр", "Сергеевич") == "Иванов Пётр Сергеевич"
    assert person_name("  Иванов ", "Пётр", None) == "Иванов Пётр"
    assert person_name("", "", "") == ""


def test_register_name_of_individual_ignores_typed_name() -> None:
    values = {"name": "что-то", "surname": "Петрова", "first_name": "Анна", "patronymic": ""}
    assert register_name(values, ClientKind.INDIVIDUAL) == "Петрова Анна"


def test_register_name_of_company_is_short_name_squeezed() -> None:
    assert register_name({"name": "  ООО   Ромашка "}, ClientKind.COMPANY) == "ООО Ромашка"


def test_main_data_is_main_block_general_registration_and_access() -> None:
    from crm_desktop.domain.client_fields import main_data_fields
    company = main_data_fields(ClientKind.COMPANY)
    assert {"name", "phone", "curator_id", "directions", "inn", "is_private", "allowed_users"} <= company
    assert not {"stage_id", "competitors", "sec_conclusion", "consignee", "no_email_mailing"} & company
    assert "inn" in main_data_fields(ClientKind.INDIVIDUAL) and "surname" in main_data_fields(ClientKind.INDIVIDUAL)
