"""The main window (REG-1): menu and toolbar of the manual, the client register in the centre,
the assistant panel on the left, the informator on the right; table appearance and docks are
saved per user in the database at exit and restored at login (REG-6)."""
from __future__ import annotations

import base64
import importlib
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QItemSelectionModel, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMenu, QMessageBox,
                               QToolBar, QWidget)

from crm_desktop.domain.access import ROLE_TITLES
from crm_desktop.domain.editions import demo_mode
from crm_desktop.domain.functionality import Module, Switches, visible
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.domain.register_columns import BY_KEY
from crm_desktop.services import register as register_service
from crm_desktop.services import functionality, workstations
from crm_desktop.services.register import Register, RegisterView
from crm_desktop.services.session import Session
from crm_desktop.ui import admin
from crm_desktop.ui.admin import maintenance_menu
from crm_desktop.ui import cash as cash_ui
from crm_desktop.ui import processes as processes_ui
from crm_desktop.ui import reports as reports_ui
from crm_desktop.ui import sales_ops as sales_ops_ui        # issue 14: funnel, targeting, kanban
from crm_desktop.ui.changes import CLIENT, follow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.main.columns_dialog import ColumnsDialog
from crm_desktop.ui.main.docks import AssistantDock, InformatorDock
from crm_desktop.ui.main.parameters_dialog import ParametersDialog
from crm_desktop.ui.main.search_dialogs import ExtendedSearchDialog, FindDialog
from crm_desktop.ui.ops import call, run_op, runner
from crm_desktop.ui.register.register_model import ClientIdRole, RegisterModel
from crm_desktop.ui.register.register_table import RegisterTable
from crm_desktop.ui.sales.journals import TITLES as JOURNAL_TITLES, open_journal
from crm_desktop.ui.planners import open_collective_planner, open_day_planner, open_two_week_planner
from crm_desktop.ui.tasks import (TaskMonitor, TaskNotifier, at_login, new_task, open_task_journal,
                                  show_pending_at_login)
from crm_desktop.ui.todo import TodoDock, should_open_at_login
from crm_desktop.ui.warehouse import add_repost_action, add_warehouse_menu, stock_toolbar_action


class MainWindow(QMainWindow):
    first_rows_shown = Signal()

    def __init__(self, session: Session, licence=None, workstation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        """`licence` is the LicenceStatus from the seat taken at login (None: opened directly);
        `workstation_id` the row in the list of working workstations, kept alive here."""
        super().__init__(parent)
        self.session = session
        self.licence_status = licence
        self.workstation_id = workstation_id
        self._heartbeat = QTimer(self, interval=workstations.HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self._beat)
        if workstation_id is not None:
            self._heartbeat.start()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CRM — %1").replace("%1", session.user.full_name))
        self.resize(1280, 800)
        layout = register_service.saved_layout(session)
        sort, descending = layout["sort"][0], bool(layout["sort"][1])
        self.view_spec = RegisterView(sort=sort, descending=descending)
        self.table = RegisterTable()
        self.table.setObjectName("registerTable")
        self.model = RegisterModel(Register(session, self.view_spec), layout["columns"], self)
        self.model.first_rows.connect(self.first_rows_shown)
        self.model.counted.connect(self._show_count)
        self.model.counted.connect(self._keep_cursor_in_sight)
        self._setup_table(layout["widths"])
        self.setCentralWidget(self.table)
        self.assistant = AssistantDock(TaskMonitor(session), self, processes_ui.process_monitor(session))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.assistant)
        self.targeting_monitor = sales_ops_ui.install_monitor(self.assistant, session)     # issue 14: OPS-3
        self.assistant.calendar.clicked.connect(lambda day: self.assistant.monitor.set_day(day.toPython()))
        self.assistant.calendar.activated.connect(lambda day: open_day_planner(self, self.session, day.toPython()))
        self.task_notifier = TaskNotifier(session, self)
        self.task_notifier.start()
        self.informator = InformatorDock(show_at_start=session.setting("informator.show", True), parent=self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.informator)
        self.todo = TodoDock(session, parent=self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.todo)
        self.tabifyDockWidget(self.informator, self.todo)
        self._filter_dock = None
        self._build_actions()
        self._status = QLabel()
        self.statusBar().addWidget(self._status, 1)
        who = f"{session.user.full_name} ({ROLE_TITLES[session.rights.role]})"
        self.statusBar().addPermanentWidget(QLabel(f"{who} · {session.db.address}"))
        self.licence_label = QLabel(licence.status_bar_text if licence else self.tr("Без сервера лицензий"))
        self.statusBar().addPermanentWidget(self.licence_label)
        self._restore_docks()
        self._show_count(self.model.total)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        follow(self, (CLIENT,), lambda _kind, _ids: self.refresh())

    # -- construction -----------------------------------------------------------------------
    def _setup_table(self, widths: dict[str, int]) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(22)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self._header_clicked)
        header.sectionMoved.connect(lambda *_: None)
        t.doubleClicked.connect(lambda _: self.open_client())
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        t.customContextMenuRequested.connect(self._context_menu)
        self._apply_widths(widths)
        self._show_sort_indicator()

    def _apply_widths(self, widths: dict[str, int]) -> None:
        for i, key in enumerate(self.model.columns):
            self.table.setColumnWidth(i, int(widths.get(key, BY_KEY[key].width)))

    def _action(self, menu: QMenu, text: str, slot, shortcut: str | Sequence[QKeySequence] | None = None,
                enabled: bool = True, tip: str = "", table_only: bool = False) -> QAction:
        """A menu command; `table_only` keys (Ins, Enter, Del, Space) act only in the register.
        Several keys: the menu shows the first."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)] if isinstance(shortcut, str) else list(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if table_only
                                      else Qt.ShortcutContext.WindowShortcut)
            if table_only:
                self.table.addAction(action)
                self.table.bind(action)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        later = self.tr("Появится в следующей версии программы")
        file_menu = bar.addMenu(self.tr("&Файл"))
        self.find_action = self._action(file_menu, self.tr("Поиск…"), self.find_client, "Ctrl+F")
        self.extended_action = self._action(file_menu, self.tr("Расширенный поиск…"), self.extended_search, "Shift+F")
        self.refresh_action = self._action(file_menu, self.tr("Обновить"), self.refresh, "F5")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Выход"), self.close, "Alt+F4")

        clients_menu = bar.addMenu(self.tr("&Клиенты"))
        self.new_action = self._action(clients_menu, self.tr("Ввести нового контрагента"), self.new_client, "Ins", table_only=True)
        self.open_action = self._action(clients_menu, self.tr("Открыть карточку"), self.open_client, ENTER, table_only=True)
        self.delete_action = self._action(clients_menu, self.tr("Удалить клиента"), self.delete_client, "Del", table_only=True)
        clients_menu.addSeparator()
        self.mark_action = self._action(clients_menu, self.tr("Маркер"), self.toggle_marker, "Space", table_only=True)
        self._action(clients_menu, self.tr("Отметить всех"), lambda: self.mark_all(True))
        self._action(clients_menu, self.tr("Снять все отметки"), lambda: self.mark_all(False))
        self.group_action = self._action(clients_menu, self.tr("Групповая обработка…"), self.group_processing, "Ctrl+G")
        self.envelopes_action = self._action(clients_menu, self.tr("Печать конвертов…"), self.print_envelopes)  # GRP-4
        self.kanban_action = sales_ops_ui.add_kanban_action(clients_menu, self, self.session)     # issue 14: BEY-3
        self._action(clients_menu, self.tr("Размер файлов клиента"), lambda: None, "Ctrl+I", enabled=False, tip=later)

        plans = bar.addMenu(self.tr("&Планы и задачи"))
        self._action(plans, self.tr("Список задач"), lambda: open_task_journal(self, self.session))
        self.new_task_action = self._action(plans, self.tr("Новая задача…"), self.new_task, "Ctrl+T")
        plans.addSeparator()
        self._action(plans, self.tr("Двухнедельный планировщик"), lambda: open_two_week_planner(self, self.session))
        self._action(plans, self.tr("Визуальный планировщик дня"), lambda: open_day_planner(self, self.session))
        self._action(plans, self.tr("Планировщик коллективных задач"),
                     lambda: open_collective_planner(self, self.session))
        journals = bar.addMenu(self.tr("&Журналы"))
        for kind, title in JOURNAL_TITLES.items():
            self._action(journals, self.tr(title), lambda _=False, k=kind: open_journal(self, self.session, k))
        sales_menu = bar.addMenu(self.tr("П&родажа"))
        self.price_list_action = self._sales_action(sales_menu, self.tr("Прайс-лист…"), "price_list_dialog",
                                                    "open_price_list")        # ORD-2, manual «Продажа – Прайс-лист»
        self.supplier_order_action = self._sales_action(
            sales_menu, self.tr("Оформить заявку поставщику…"), "supplier_order_window",
            "open_supplier_order")     # WH-6, manual «Продажа»
        self.reports_menu = reports_ui.install_menu(self, bar, self.session)
        self.cash_menu = cash_ui.install_menu(self, bar, self.session)
        self.warehouse_menu = add_warehouse_menu(bar, self, self.session)
        self.processes_menu = processes_ui.install_menu(self, bar, self.session)

        dictionaries = bar.addMenu(self.tr("&Справочники"))
        dictionaries.setToolTipsVisible(True)
        self._screen_action(dictionaries, self.tr("Справочники…"), admin.DICTIONARIES)
        dictionaries.addSeparator()
        for text, module, name in ((self.tr("Номенклатура"), "nomenclature_dialog", "open_nomenclature"),
                                   (self.tr("Типы договоров"), "contract_dictionaries", "open_contract_types"),
                                   (self.tr("Тарифы"), "contract_dictionaries", "open_tariffs")):
            self._sales_action(dictionaries, text, module, name)
        screens = ((self.tr("Пользователи"), admin.USERS),
                   (self.tr("Предприятие — Константы"), admin.CONSTANTS),
                   (self.tr("Предприятие — Структура предприятия"), admin.COMPANY_STRUCTURE),
                   (self.tr("Предприятие — Направления"), admin.DIRECTIONS),
                   (self.tr("Управление данными — Справочники"), admin.DICTIONARIES),
                   (self.tr("Управление данными — Признаки-классификаторы"), admin.CUSTOM_CLASSIFIERS),
                   (self.tr("Автоподстановка"), admin.AUTOSUBSTITUTION),
                   (self.tr("Активные пользователи"), admin.ACTIVE_USERS))
        pricing = ((self.tr("Система скидок"), "open_discount_tiers"),
                   (self.tr("Система спец. предложений"), "open_special_offers"))
        if any(self.session.can(screen.permission) for _, screen in screens):     # pricing's right among them
            admin_menu = bar.addMenu(self.tr("&Администрирование"))
            admin_menu.setToolTipsVisible(True)
            for text, screen in screens:
                self._screen_action(admin_menu, text, screen)
            admin_menu.addSeparator()
            for text, name in pricing:
                self._sales_action(admin_menu, text, "pricing_setup", name, Permission.EDIT_DICTIONARIES)
            self.repost_action = add_repost_action(admin_menu, self, self.session)
            admin_menu.addSeparator()       # issue 14: OPS-2, OPS-3
            self.sales_ops_actions = sales_ops_ui.add_admin_actions(admin_menu, self, self.session)
            self.maintenance_actions = maintenance_menu.add_actions(admin_menu, self, self.session)    # issue 15: ADM-6, ADM-8

        settings = bar.addMenu(self.tr("&Настройка"))
        self.parameters_action = self._action(settings, self.tr("Параметры…"), self.open_parameters)
        self._action(settings, self.tr("Колонки реестра…"), self.choose_columns)
        self._action(settings, self.tr("Вернуть вид таблицы по умолчанию"), self.reset_layout)

        windows = bar.addMenu(self.tr("&Окна"))
        windows.addAction(self.assistant.toggleViewAction())
        windows.addAction(self.informator.toggleViewAction())
        windows.addAction(self.todo.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Помощь"))
        self._action(help_menu, self.tr("Регистрационный ключ…"), self.show_key_info)

        toolbar = QToolBar(self.tr("Панель инструментов"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.filter_action = toolbar.addAction(self.tr("Фильтр"), self.toggle_filter)
        self.filter_action.setCheckable(True)
        self.templates_action = toolbar.addAction(self.tr("Шаблоны"), self.show_templates)
        self.stock_action = stock_toolbar_action(self, self.session, self.tr("Склад"))
        toolbar.addAction(self.stock_action)
        for text in (self.tr("Касса"),):
            action = toolbar.addAction(text)
            action.setEnabled(False)
            action.setToolTip(later)
        cash_ui.install_button(self, toolbar, self.session)
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar
        self.apply_functionality()

    def apply_functionality(self) -> None:
        """«Параметры – Функционал» (domain/functionality.py): the commands of a part shown only
        where it is switched on (and the edition has it). Sales: the «Продажа» menu, the sales
        journals, nomenclature, contract types, tariffs, discounts and special offers, the
        sales reports; works: «Журнал работ» and «Реализация услуг»; the warehouse and the cash
        desk: their menus, toolbar buttons and reports. Read at start, after «Параметры» and on
        every «Обновить» (F5), so other workstations follow a change at their next refresh."""
        if not getattr(self, "_functionality_on_refresh", False):
            self._functionality_on_refresh = True
            self.refresh_action.triggered.connect(self.apply_functionality)
        switched = call(self, lambda: functionality.switches(self.session)) or Switches()
        warehouse_on = visible(Module.WAREHOUSE, switched, self.session.edition)
        cash_on = visible(Module.CASH, switched, self.session.edition)
        sales_on = visible(Module.SALES, switched, self.session.edition)
        works_on = visible(Module.WORKS, switched, self.session.edition)
        for action in (self.warehouse_menu.menuAction() if self.warehouse_menu else None,
                       getattr(self, "repost_action", None)):
            if action is not None:
                action.setVisible(warehouse_on)
        self.supplier_order_action.setVisible(warehouse_on and sales_on)
        self.stock_action.setVisible(switched.warehouse)     # the edition's refusal stays shown, disabled
        self.cash_menu.menuAction().setVisible(cash_on)
        reports_ui.show_menus(self.reports_menu, warehouse_on, cash_on)
        for action in self.toolbar.actions():
            if action.objectName() == "cashAction":
                action.setVisible(cash_on)
        # the sales and works commands, found by their texts in the menus MainWindow built
        menus = {a.text(): a.menu() for a in self.menuBar().actions() if a.menu() is not None}
        by_part = {title: sales_on for title in JOURNAL_TITLES.values()}
        by_part[JOURNAL_TITLES["work"]] = works_on
        by_part.update({self.tr(t): sales_on for t in ("Номенклатура", "Типы договоров", "Тарифы",
                                                       "Система скидок", "Система спец. предложений")})
        for title in ("&Журналы", "&Справочники", "&Администрирование"):
            menu = menus.get(self.tr(title))
            for action in menu.actions() if menu is not None else ():
                if action.text() in by_part:
                    action.setVisible(by_part[action.text()])
        journals = menus.get(self.tr("&Журналы"))
        if journals is not None:
            journals.menuAction().setVisible(any(a.isVisible() for a in journals.actions()))
        sales_menu = menus.get(self.tr("П&родажа"))
        if sales_menu is not None:
            sales_menu.menuAction().setVisible(sales_on)
        reports_by_part = {"report:services-sales": works_on, "report:turnover-by-entity": sales_on}
        sales_reports = self.reports_menu.findChild(QMenu, "reportsMenu:Продажи")
        for menu in (sales_reports, self.reports_menu.findChild(QMenu, "reportsMenu:Статистика")):
            for action in menu.actions() if menu is not None else ():
                on = reports_by_part.get(action.objectName(), sales_on if menu is sales_reports else None)
                if on is not None:
                    action.setVisible(on)
        if sales_reports is not None:
            sales_reports.menuAction().setVisible(any(a.isVisible() for a in sales_reports.actions()))

    # -- register -----------------------------------------------------------------------------
    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ClientIdRole) if index.isValid() else None

    def move_to(self, row: int | None, client_id: int | None = None, key=None) -> None:
        """Make `row` current; with a client, the row is read around that client, so the found
        client is the one shown even where the row number of a big view is estimated. A row
        of None (a search before the view was measured) shows the client with its neighbours
        until the measure places them (RegisterModel.place)."""
        if client_id is None and row is None:
            return
        if row is not None and row >= self.model.rowCount():
            self.model.ensure_counted()
        if client_id is not None:
            row = self.model.place(client_id, None if row is None else min(row, max(self.model.rowCount() - 1, 0)),
                                   key)
        if row >= self.model.rowCount():
            return
        index = self.model.index(row, max(self.table.currentIndex().column(), 0))
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _keep_cursor_in_sight(self) -> None:
        """The measure may insert rows above those a search showed early (RegisterModel.place):
        the cursor's row stays in sight (laid out first, or the scroll bar's old range would
        hold the view near the top, and the rows painted there are read for nothing)."""
        if self.table.currentIndex().isValid():
            self.table.doItemsLayout()
            self.table.scrollTo(self.table.currentIndex())

    def current_row_area(self) -> QRect:
        """The register's current row on the screen (global coordinates), across the table."""
        cell = self.table.visualRect(self.table.currentIndex())
        if cell.isEmpty():
            return QRect()
        viewport = self.table.viewport()
        return QRect(viewport.mapToGlobal(QPoint(0, cell.top())), QSize(viewport.width(), cell.height()))

    def _reload(self, view: RegisterView, keep: int | None = None, fallback_row: int = 0) -> None:
        """Show `view`, on the client `keep` where it shows it, else on `fallback_row`."""
        same = view == self.view_spec
        self.view_spec = view
        self.model.reload(self.model.register.refreshed() if same else Register(self.session, view))
        self._show_sort_indicator()
        if (keep is None or not self._go_to(keep)) and self.model.rowCount():
            self.move_to(min(max(fallback_row, 0), self.model.rowCount() - 1))

    def _go_to(self, client_id: int) -> bool:
        """Make the client current; False when the view does not show it."""
        row = call(self, lambda: self.model.register.position_of(client_id))
        if row is None:
            return False
        self.move_to(row, client_id)
        return True

    def refresh(self) -> None:
        """Read the register again (F5, or a client changed anywhere): the current client stays
        current; where it is gone (deleted), the cursor stays on its row."""
        self._reload(self.view_spec, self.current_client_id(), self.table.currentIndex().row())

    def apply_filter(self, flexi) -> None:
        self._reload(RegisterView(self.view_spec.sort, self.view_spec.descending, flexi), self.current_client_id())

    def _header_clicked(self, section: int) -> None:
        key = self.model.columns[section]
        if not BY_KEY[key].sortable:
            self._show_sort_indicator()
            return
        descending = not self.view_spec.descending if key == self.view_spec.sort else False
        self._reload(self.view_spec.sorted_by(key, descending), self.current_client_id())

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        if self.view_spec.sort in self.model.columns:
            order = Qt.SortOrder.DescendingOrder if self.view_spec.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.columns.index(self.view_spec.sort), order)
            header.setSortIndicatorShown(True)
        else:
            header.setSortIndicatorShown(False)

    def _show_count(self, total: int | None) -> None:
        shown = "…" if total is None else ("" if self.model.exact else "≈ ") + f"{total:,}".replace(",", " ")
        marked = self.model.marked_count
        self._status.setText(self.tr("Клиентов: %1").replace("%1", shown)
                             + (self.tr(" · отмечено: %1").replace("%1", str(marked)) if marked else ""))

    def toggle_marker(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.toggle_marker(row)
        self._show_count(self.model.total)
        if row + 1 < self.model.rowCount():
            self.move_to(row + 1)

    def mark_all(self, marked: bool) -> None:
        """«Отметить всех» / «Снять все отметки»: the status bar counts the marks at once."""
        self.model.set_all_marked(marked)
        self._show_count(self.model.total)

    # -- actions ----------------------------------------------------------------------------
    def find_client(self) -> None:
        if self.view_spec.sort != "name":
            self._reload(self.view_spec.sorted_by("name", False), self.current_client_id())
        FindDialog(self.model.register, self.move_to, self, self.current_row_area).exec()

    def extended_search(self) -> None:
        dialog = ExtendedSearchDialog(self.model.register, self.move_to, self, self.current_row_area)
        dialog.show()
        self._extended = dialog

    def new_client(self) -> None:
        """The register has read itself again when the card was saved; the cursor goes to the
        new client."""
        from crm_desktop.ui.card import new_client
        client_id = new_client(self, self.session)
        if client_id is not None:
            self._go_to(client_id)

    def open_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            from crm_desktop.ui.card import open_client
            open_client(self, self.session, client_id)

    def delete_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            from crm_desktop.ui.card import delete_client
            delete_client(self, self.session, client_id)

    def new_task(self) -> None:
        """A task for the current client (or none), from the register."""
        new_task(self, self.session, client_id=self.current_client_id())

    def show_at_login(self) -> None:
        """Tasks set while the user was away, then the journal or overdue list as chosen (TSK-2, TSK-3)."""
        show_pending_at_login(self, self.session)
        at_login(self, self.session)

    def group_processing(self) -> None:
        """Ctrl+G: the manager of group processing on the marked clients, or the filtered list
        when none is marked (GRP-1); the window refuses more than GROUP_LIMIT."""
        from crm_desktop.ui.group_processing.window import open_group_processing
        open_group_processing(self, self.session, self.model.chosen_ids(GROUP_LIMIT))

    def print_envelopes(self) -> None:
        """Envelopes for the marked clients, or the filtered list when none is marked (GRP-4)."""
        from crm_desktop.ui.envelopes import print_envelopes
        print_envelopes(self, self.session, self.model)

    def _screen_action(self, menu: QMenu, text: str, screen: admin.Screen) -> QAction:
        """A command opening an administration screen, enabled for whoever holds its permission
        (the administrator's role, or a right ticked in the user card); a disabled one's tip
        names the missing permission."""
        allowed = self.session.can(screen.permission)
        return self._action(menu, text, lambda: self._open_screen(screen), enabled=allowed,
                            tip="" if allowed else refusal(screen.permission))

    def _sales_action(self, menu: QMenu, text: str, module: str, name: str,
                      permission: Permission | None = None) -> QAction:
        """A command opening a sales form through `crm_desktop.ui.sales.<module>.<name>(parent,
        session)`, imported when first used (startup stays fast); with `permission`, enabled as
        an administration screen is."""
        allowed = permission is None or self.session.can(permission)

        def open_form() -> None:
            opener = getattr(importlib.import_module(f"crm_desktop.ui.sales.{module}"), name)
            call(self, lambda: opener(self, self.session), text)
        return self._action(menu, text, open_form, enabled=allowed,
                            tip="" if allowed else refusal(permission))

    def _open_screen(self, screen: admin.Screen) -> None:
        screen.open(self, self.session)
        self.refresh()

    def toggle_filter(self) -> None:
        if self._filter_dock is None:
            from PySide6.QtWidgets import QDockWidget

            from crm_desktop.ui.filter import FilterPanel
            panel = FilterPanel(self.session, self)
            panel.set_edition(self._edition())
            panel.applied.connect(self.apply_filter)
            dock = QDockWidget(self.tr("Flexi-фильтр"), self)
            dock.setObjectName("filterDock")
            dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
            dock.visibilityChanged.connect(self.filter_action.setChecked)
            self._filter_dock, self.filter_panel = dock, panel
        self._filter_dock.setVisible(not self._filter_dock.isVisible())

    def show_templates(self) -> None:
        from crm_desktop.ui.filter import TemplatesMenu
        menu = TemplatesMenu(self.session, self)
        menu.set_edition(self._edition())
        menu.current_filter_provider = lambda: self.view_spec.flexi
        menu.template_chosen.connect(self.apply_filter)
        button = self.toolbar.widgetForAction(self.templates_action)
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def _edition(self):
        """Edition that gates features; None (demo or no licence server) allows everything."""
        return self.session.edition

    def show_key_info(self) -> None:
        status = self.licence_status
        if status is None:
            QMessageBox.information(self, self.tr("Регистрационный ключ"),
                                    self.tr("Программа работает в демо-режиме: сервер лицензий не найден."))
            return
        from crm_desktop.ui.licensing.key_info_dialog import KeyInfoDialog
        KeyInfoDialog(status, self).exec()

    def _context_menu(self, pos) -> None:
        self.register_menu().exec(self.table.viewport().mapToGlobal(pos))

    def register_menu(self) -> QMenu:
        """The register's context menu (manual: «Групповые операции» on the marked clients)."""
        menu = QMenu(self)
        for action in (self.new_action, self.open_action, self.delete_action, None, self.mark_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        group = menu.addMenu(self.tr("Групповые операции"))     # the manual's «Групповые операции»
        group.addActions([self.group_action, self.envelopes_action])
        for action in (None, self.find_action, self.extended_action, self.refresh_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu

    # -- appearance per user ------------------------------------------------------------------
    def open_parameters(self) -> None:
        """«Настройка – Параметры»: the dialog's own tabs, then the user's mailbox (GRP-2) and SMS
        account (GRP-3) for the mailings of group processing."""
        def make() -> ParametersDialog:
            from crm_desktop.ui.main.mail_settings_page import MailSettingsPage
            from crm_desktop.ui.main.sms_settings_page import SmsSettingsPage
            dialog = ParametersDialog(self.session, self)
            dialog.add_page(dialog.tr("Настройки почты"), MailSettingsPage(self.session))
            dialog.add_page(dialog.tr("SMS"), SmsSettingsPage(self.session))
            return dialog
        dialog = call(self, make, self.tr("Параметры"))
        if dialog is not None and dialog.exec() and dialog.modules_changed:
            self.apply_functionality()

    def choose_columns(self) -> None:
        dialog = ColumnsDialog(self._visual_columns(), self)
        if dialog.exec():
            self._set_columns(dialog.chosen(), self._widths())

    def reset_layout(self) -> None:
        call(self, lambda: register_service.reset_layout(self.session))
        layout = register_service.saved_layout(self.session)
        self._set_columns(layout["columns"], {})
        self._reload(RegisterView(*layout["sort"], flexi=self.view_spec.flexi), self.current_client_id())

    def _visual_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [self.model.columns[header.logicalIndex(v)] for v in range(header.count())]

    def _widths(self) -> dict[str, int]:
        return {key: self.table.columnWidth(i) for i, key in enumerate(self.model.columns)}

    def _set_columns(self, columns: list[str], widths: dict[str, int]) -> None:
        header = self.table.horizontalHeader()
        for v in range(header.count()):          # back to logical order before the model changes
            header.moveSection(header.visualIndex(v), v)
        self.model.set_columns(columns)
        self._apply_widths(widths)
        self._show_sort_indicator()

    def save_appearance(self) -> None:
        register_service.save_layout(self.session, self._visual_columns(), self._widths(),
                                     (self.view_spec.sort, self.view_spec.descending))
        self.session.set_setting("main.window_state", base64.b64encode(bytes(self.saveState().data())).decode())
        self.session.set_setting("main.geometry", base64.b64encode(bytes(self.saveGeometry().data())).decode())
        self.session.set_setting("informator.show", not self.informator.hide_at_start.isChecked())

    def _restore_docks(self) -> None:
        geometry = self.session.setting("main.geometry")
        if geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        state = self.session.setting("main.window_state")
        if state:
            self.restoreState(QByteArray(base64.b64decode(state)))
        if not self.session.setting("informator.show", True):
            self.informator.hide()
        # TODO-2: the to-do list opens by itself while unfinished items exist
        open_todos = bool(call(self, lambda: should_open_at_login(self.session)))
        self.todo.setVisible(open_todos)
        if open_todos:
            self.todo.raise_()

    def _beat(self) -> None:
        """Keep this workstation in the list; after a sleep that dropped it, enter again."""
        def beat() -> None:
            if not workstations.heartbeat(self.session, self.workstation_id):
                self.workstation_id = workstations.enter(self.session, demo_mode(self.licence_status))
        run_op(self, beat, on_error=lambda exc: self.statusBar().showMessage(str(exc), 10000))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the appearance, then stop the notifier and every job still running (each ends at
        its next step, waited for at most ops.SHUTDOWN_MS), so none outlives the session."""
        call(self, self.save_appearance)
        self.task_notifier.stop()
        runner().stop()
        super().closeEvent(event)
