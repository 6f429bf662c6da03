"""Мастер первого запуска (PLAT-5) driven like a user: Next stays disabled with a message next
to the wrong field; Finish writes the organisation, its bank account and the administrator."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from crm_desktop.services import auth
from crm_desktop.ui.startup.first_run_wizard import FirstRunWizard

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def _type(qtbot, wizard: FirstRunWizard, **values: str) -> None:
    """Replace a field's text as typing does (QTest.keyClicks knows only ASCII)."""
    for name, value in values.items():
        edit = wizard.edits[name]
        edit.setFocus()
        edit.selectAll()
        edit.insert(value)


def test_wizard_validates_each_page_and_creates_organisation_and_admin(qtbot, db) -> None:
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.ui.orgPage
    assert not wizard.button(NEXT).isEnabled()          # nothing typed yet, no message either
    assert not wizard.ui.orgShortNameError.isVisible()

    _type(qtbot, wizard, org_short_name="ООО «Ромашка»", inn="7707083890")
    assert "контрольн" in wizard.ui.innError.text() and wizard.ui.innError.isVisible()
    assert not wizard.button(NEXT).isEnabled()
    _type(qtbot, wizard, inn="7707083893", kpp="773601001", legal_address="Москва, ул. Ленина, 1",
          phone="+7 495 123-45-67")
    assert wizard.ui.innError.text() == "" and wizard.button(NEXT).isEnabled()
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.ui.bankPage
    assert wizard.button(NEXT).isEnabled()              # the bank page is optional
    _type(qtbot, wizard, bank_name="ПАО Сбербанк", bik="044525225", corr_account="30101810400000000225",
          account="40702810938000000002")
    assert "не соответствует БИК" in wizard.ui.accountError.text()
    assert not wizard.button(NEXT).isEnabled()
    _type(qtbot, wizard, account="40702810938000000001")
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.ui.adminPage
    _type(qtbot, wizard, admin_login="boss", admin_full_name="Начальников Борис",
          admin_password="s3cret!", admin_password_again="s3cret?")
    assert wizard.ui.adminPasswordAgainError.text() == "Пароли не совпадают."
    assert not wizard.button(FINISH).isEnabled()
    _type(qtbot, wizard, admin_password_again="s3cret!")
    assert wizard.button(FINISH).isEnabled()
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not auth.needs_first_run(db)
    with db.read() as conn:
        row = conn.execute(text(
            "SELECT L.SHORT_NAME, L.INN, L.KPP, L.LEGAL_ADDRESS, B.BANK_NAME, B.ACCOUNT_NO "
            "FROM LEGAL_ENTITIES L JOIN BANK_ACCOUNTS B ON B.LEGAL_ENTITY_ID = L.ID")).one()
    assert tuple(row) == ("ООО «Ромашка»", "7707083893", "773601001", "Москва, ул. Ленина, 1",
                          "ПАО Сбербанк", "40702810938000000001")
    session = auth.login(db, "boss", "s3cret!")
    assert session.rights.is_admin and session.user.full_name == "Начальников Борис"


def test_wizard_without_bank_creates_no_account(qtbot, db) -> None:
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _type(qtbot, wizard, org_short_name="ИП Иванов")
    wizard.next()
    wizard.next()
    _type(qtbot, wizard, admin_login="admin", admin_full_name="Иванов Иван",
          admin_password="123456", admin_password_again="123456")
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM BANK_ACCOUNTS")).scalar_one() == 0
        assert conn.execute(text("SELECT SHORT_NAME FROM LEGAL_ENTITIES")).scalar_one() == "ИП Иванов"
    assert auth.login(db, "admin", "123456").user.login == "admin"
