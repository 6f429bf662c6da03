"""The flexi-filter panel of the client register (manual: "Flexi-фильтр", REG-3).

Tabs and fields come from domain.flexi_filter (plus the active custom classifiers); the
panel only turns ticked pickers into a FlexiFilter. "Применить" (Enter) emits it,
"Сбросить" clears everything and emits None; "Найдено: N" is counted off the GUI thread
a moment after the last change.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.domain.editions import Capability, Edition, check
from crm_desktop.domain.flexi_filter import (FIELDS, Combine, FieldSpec, FlexiFilter, MappingLabels, Op, Tab,
                                             describe)
from crm_desktop.services import dictionaries, filters
from crm_desktop.services.session import Session
from crm_desktop.ui.filter.field_editor import FieldEditor
from crm_desktop.ui.filter.pickers import Choices
from crm_desktop.ui.filter.templates_menu import save_as_template
from crm_desktop.ui.forms.filter.filter_panel_ui import Ui_FilterPanel
from crm_desktop.ui.ops import call, run_op

PREVIEW_DELAY_MS = 400


class FilterPanel(QWidget):
    applied = Signal(object)          # FlexiFilter, or None for "no filter"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FilterPanel()
        self.ui.setupUi(self)
        self._session = session
        self._choices: dict[str, Choices] = {}
        self.editors: dict[str, FieldEditor] = {}
        self._preview_generation = 0
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview)
        customs = call(self, lambda: filters.custom_fields(session)) or []
        self._custom_labels = {f.key: f.label for f in customs}
        for tab in Tab:
            self._build_tab(tab, [f for f in FIELDS if f.tab is tab], customs if tab is Tab.CLASSIFIERS else [])
        self._region_cities: dict[int, set[int]] = {}
        self.editors["region_id"].changed.connect(self._narrow_cities)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.saveTemplateButton.clicked.connect(self._save_template)
        self.ui.orRadio.toggled.connect(lambda _on: self._schedule_preview())
        self._schedule_preview()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter applies: line edits, spin boxes, lists and combos pass it up to the panel, so
        it never competes with the register's own Enter (open the card)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
        else:
            super().keyPressEvent(event)

    def set_edition(self, edition: Edition | None) -> None:
        """"Сохранить как шаблон" is not in the "Standard" edition; the reason shows as a tooltip."""
        gate = check(Capability.USER_FILTER_TEMPLATES, edition)
        self.ui.saveTemplateButton.setEnabled(gate.allowed)
        if not gate.allowed:
            self.ui.saveTemplateButton.setToolTip(gate.reason)

    # -- building --------------------------------------------------------------------------
    def _choices_of(self, spec: FieldSpec) -> Choices:
        if spec.choices:
            return list(spec.choices)
        if spec.dictionary is None:
            return []
        if spec.dictionary not in self._choices:
            loaded = call(self, lambda: dictionaries.items(self._session, spec.dictionary)) or []
            self._choices[spec.dictionary] = [(i.id, i.name) for i in loaded]
        return self._choices[spec.dictionary]

    def _build_tab(self, tab: Tab, specs: list[FieldSpec], customs: list[FieldSpec]) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)            # spare height below the fields, not between them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if tab is Tab.FLAGS:
            form.addRow(self._note(self.tr("Флажок: ■ — не важно, ✓ — да, пусто — нет.")))
        for spec in specs:
            self._add_editor(form, spec)
        if customs:
            form.addRow(self._note(self.tr("<b>Дополнительные признаки-классификаторы</b>")))
            for spec in customs:
                self._add_editor(form, spec)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.ui.tabs.addTab(scroll, self.tr(tab.title))

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _add_editor(self, form: QFormLayout, spec: FieldSpec) -> None:
        editor = FieldEditor(spec, self._choices_of(spec))
        editor.changed.connect(self._schedule_preview)
        self.editors[spec.key] = editor
        box_itself = spec.ops in ((Op.SWITCH,), (Op.MINE,))      # the check box carries the label
        if box_itself:
            form.addRow(editor)
        else:
            form.addRow(self.tr(spec.label) + ":", editor)

    def _narrow_cities(self) -> None:
        """The settlement pickers offer only the settlements of the chosen regions."""
        try:
            cond = self.editors["region_id"].condition()
        except ValueError:
            return
        allowed = None
        if cond is not None:
            allowed = set()
            for region_id in (cond.value,) if cond.op is Op.IS else cond.value:
                if region_id not in self._region_cities:
                    found = call(self, lambda: dictionaries.items(self._session, "settlements", region_id=region_id))
                    self._region_cities[region_id] = {i.id for i in found or []}
                allowed |= self._region_cities[region_id]
        for picker in self.editors["city_id"].pickers.values():
            picker.show_only(allowed)

    # -- the filter --------------------------------------------------------------------------
    def current_filter(self) -> FlexiFilter | None:
        """The filter the pickers describe, None when nothing is set; ValueError names the field."""
        conditions = tuple(c for c in (e.condition() for e in self.editors.values()) if c is not None)
        if not conditions:
            return None
        return FlexiFilter(Combine.OR if self.ui.orRadio.isChecked() else Combine.AND, conditions)

    def set_filter(self, flt: FlexiFilter | None) -> None:
        """Show a filter (e.g. a template chosen from the menu); fields it does not know are skipped."""
        for editor in self.editors.values():
            editor.clear()
        flt = flt or FlexiFilter()
        (self.ui.orRadio if flt.combine is Combine.OR else self.ui.andRadio).setChecked(True)
        for cond in flt.conditions:
            if cond.field in self.editors:
                self.editors[cond.field].set_condition(cond)
        self._schedule_preview()

    def description(self, flt: FlexiFilter | None) -> str:
        items = {key: dict(self._choices_of(e.spec)) for key, e in self.editors.items() if e.spec.dictionary}
        return describe(flt, MappingLabels(self._custom_labels, items))

    def apply(self) -> None:
        try:
            flt = self.current_filter()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Фильтр"), str(exc))
            return
        self.ui.foundLabel.setToolTip(self.description(flt))
        self.applied.emit(flt)

    def reset(self) -> None:
        self.set_filter(None)
        self.applied.emit(None)

    def _save_template(self) -> None:
        try:
            flt = self.current_filter()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Фильтр"), str(exc))
            return
        save_as_template(self, self._session, flt)

    # -- "Найдено: N" ------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        self._preview_generation += 1
        self._preview_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_preview()

    def _preview(self) -> None:
        if not self.isVisible():
            return              # a hidden panel counts nothing; showing it again recounts
        generation = self._preview_generation
        label = self.ui.foundLabel
        try:
            flt = self.current_filter()
        except ValueError as exc:
            label.setText(self.tr("Найдено: —"))
            label.setToolTip(str(exc))
            return
        label.setToolTip(self.description(flt))
        session = self._session

        def current() -> bool:
            return shiboken6.isValid(label) and generation == self._preview_generation

        def done(count: int) -> None:
            if current():
                label.setText(self.tr("Найдено: %s") % count)

        def failed(exc: BaseException) -> None:
            if current():
                label.setText(self.tr("Найдено: —"))
                label.setToolTip(str(exc))

        run_op(self, lambda: filters.count_matching(session, flt), done, failed)
