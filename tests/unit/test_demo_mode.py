"""The demo-mode rule and the group-processing limit are declared once in domain/."""
from __future__ import annotations

from crm_desktop.domain.editions import Edition, demo_mode
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.licensing.status import LicenceStatus, Mode


def test_no_licence_or_a_demo_licence_is_demo_mode() -> None:
    assert demo_mode(None)
    assert demo_mode(LicenceStatus.demo("сервер лицензий не найден"))
    assert not demo_mode(LicenceStatus(Mode.LICENSED, "", licensee="ООО Ромашка", edition=Edition.STANDARD))


def test_group_limit_is_the_manuals() -> None:
    assert GROUP_LIMIT == 500
