"""The users list and the user card driven like a person would (ADM-1, ADM-2)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from crm_desktop.data import company
from crm_desktop.data.schema import clients, user_permissions, users as users_table
from crm_desktop.domain.passwords import verify_password
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import users_admin
from crm_desktop.services.users_admin import UserCard
from crm_desktop.ui.admin.user_card_dialog import UserCardDialog
from crm_desktop.ui.admin.users_dialog import UsersDialog


def _card_dialog(qtbot, session, card=UserCard()):
    dialog = UserCardDialog(session, card, users_admin.rights_catalog(session))
    qtbot.addWidget(dialog)
    return dialog


def test_new_user_filled_in_card_lands_in_db(qtbot, db, session_of, boxes, tmp_path):
    with db.begin() as conn:
        dept = company.add_department(conn, "Отдел продаж")
        pos = company.add_position(conn, dept, "Менеджер по продажам")
    dialog = _card_dialog(qtbot, session_of("admin"))
    ui = dialog.ui
    qtbot.keyClicks(ui.loginEdit, "sidorov")
    qtbot.keyClicks(ui.passwordEdit, "qwerty")
    qtbot.keyClicks(ui.password2Edit, "qwerty")
    ui.fullNameEdit.setText("Сидоров Алексей")   # keyClicks types ASCII only
    ui.departmentCombo.setCurrentIndex(ui.departmentCombo.findText("Отдел продаж"))
    assert [ui.positionCombo.itemText(i) for i in range(ui.positionCombo.count())][1:] == ["Менеджер по продажам"]
    ui.positionCombo.setCurrentIndex(1)
    ui.prefixEdit.setText("АС")
    qtbot.keyClicks(ui.emailEdit, "sidorov@firma.ru")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Супервизор"))
    assert not dialog.permission_checks[Permission.VIEW_ALL_JOURNALS].isEnabled()
    assert dialog.permission_checks[Permission.VIEW_ALL_JOURNALS].isChecked()
    dialog.permission_checks[Permission.PRIVATE_CLIENTS].setChecked(True)
    ui.accessCombo.setCurrentIndex(3)
    assert dialog.grab().save(str(tmp_path / "admin_user_card.png"))
    ui.tabs.setCurrentIndex(1)
    assert dialog.grab().save(str(tmp_path / "admin_user_rights.png"))
    ui.saveButton.click()
    assert boxes == [] and dialog.result() == QDialog.DialogCode.Accepted
    with db.read() as conn:
        row = conn.execute(select(users_table).where(users_table.c.login == "sidorov")).one()._mapping
        extra = set(conn.execute(select(user_permissions.c.perm_code)
                                 .where(user_permissions.c.user_id == row["id"])).scalars())
    assert (row["full_name"], row["department_id"], row["position_id"], row["client_access"]) == \
        ("Сидоров Алексей", dept, pos, 4)
    assert verify_password(row["password_hash"], "qwerty") and extra == {"private_clients"}


def test_card_keeps_input_and_marks_fields_on_error(qtbot, db, session_of, boxes):
    dialog = _card_dialog(qtbot, session_of("admin"))
    dialog.ui.loginEdit.setText("новый")
    qtbot.keyClicks(dialog.ui.emailEdit, "bad@")
    dialog.show()
    dialog.ui.saveButton.click()
    (shown,) = boxes.texts("warning")
    assert "Задайте пароль" in shown and "ФИО" in shown
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.emailEdit.text() == "bad@" and "c62828" in dialog.ui.emailEdit.styleSheet()
    with db.read() as conn:
        assert conn.execute(select(users_table.c.id).where(users_table.c.login == "новый")).first() is None


def test_demoting_last_admin_is_refused_in_card(qtbot, db, session_of, users, boxes):
    admin = session_of("admin")
    other = users_admin.save(admin, UserCard(login="boss", full_name="Босс", password="boss1", role="admin",
                                             is_disabled=True))
    dialog = _card_dialog(qtbot, admin, users_admin.load(admin, other.id))
    dialog.ui.disabledCheck.setChecked(False)
    dialog.ui.saveButton.click()               # now two active admins
    dialog = _card_dialog(qtbot, admin, users_admin.load(admin, users["admin"]))
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Менеджер"))
    dialog.ui.saveButton.click()
    (shown,) = boxes.texts("warning")
    assert "самого себя" in shown and dialog.result() != QDialog.DialogCode.Accepted


def test_list_shows_users_and_offers_dismiss_for_user_with_clients(qtbot, db, session_of, users, boxes,
                                                                   tmp_path):
    with db.begin() as conn:
        conn.execute(clients.insert().values(code=1, name="ООО Ромашка", curator_id=users["manager2"]))
    dialog = UsersDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    table = dialog.ui.usersTable
    logins = [table.item(i, 0).text() for i in range(table.rowCount())]
    assert set(logins) == set(users) and table.horizontalHeaderItem(2).text() == "Роль"
    assert dialog.grab().save(str(tmp_path / "admin_users.png"))
    table.selectRow(logins.index("manager2"))
    dialog.ui.deleteButton.click()
    asked = boxes.texts("question")
    assert asked[0] == "Удалить пользователя «Коллегина Ольга» (manager2)?"
    assert "Отметить пользователя как уволенного" in asked[1]
    row = logins.index("manager2")
    assert table.item(row, 5).text() == "уволен, отключён"      # dismissing disables the account too (issue 15)
    table.selectRow(logins.index("specialist"))
    dialog.ui.deleteButton.click()
    assert "specialist" not in [table.item(i, 0).text() for i in range(table.rowCount())]
    with db.read() as conn:
        assert conn.execute(select(users_table.c.is_dismissed).where(users_table.c.id == users["manager2"])).scalar() == 1
