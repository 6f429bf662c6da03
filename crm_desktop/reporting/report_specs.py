"""Report templates: one TOML file per report in reports/specs/<slug>.toml holds its wording
and layout — title, menu group, parameters with labels and defaults, the tables' columns
(titles, kinds, widths, which are totalled, how rows group), the charts and the page's
orientation. The data comes from the report's builder in services/reports; a column or a
caption changes here without touching code."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crm_desktop.reporting.report_model import ChartSpec, Column, Kind, TableSpec

SPECS_DIR = Path(__file__).resolve().parents[2] / "reports" / "specs"

PARAM_KINDS = ("date", "bool", "text", "int", "user", "client", "choice")


@dataclass(frozen=True)
class ParamSpec:
    """A parameter of the settings window and of `crm --report … --param NAME=VALUE`.
    `default`: a date word (today, month_start, …), «me» for a user, or a literal; `source`
    names the list a choice is made from (services/reports.choices); `blank` is how a choice
    that is not required names leaving it empty («все», or what the report does then)."""
    name: str
    label: str
    kind: str
    default: str = ""
    required: bool = False
    source: str = ""
    blank: str = "все"


@dataclass(frozen=True)
class ReportSpec:
    slug: str
    title: str
    menu: str                       # the «Отчёты» submenu; "" — opened from a card only
    description: str
    orientation: str
    params: tuple[ParamSpec, ...]
    tables: tuple[TableSpec, ...]
    charts: tuple[ChartSpec, ...]

    def table(self, table_id: str) -> TableSpec:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(f"{self.slug}: нет таблицы {table_id}")

    def chart(self, chart_id: str) -> ChartSpec:
        for c in self.charts:
            if c.id == chart_id:
                return c
        raise KeyError(f"{self.slug}: нет диаграммы {chart_id}")

    def param(self, name: str) -> ParamSpec:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


class SpecError(ValueError):
    """A template that cannot be used; the message names the file and the fault."""


def parse_spec(slug: str, text: str) -> ReportSpec:
    try:
        raw = tomllib.loads(text)
        params = tuple(ParamSpec(p["name"], p["label"], p["kind"], str(p.get("default", "")),
                                 bool(p.get("required", False)), p.get("source", ""), p.get("blank", "все"))
                       for p in raw.get("params", []))
        for p in params:
            if p.kind not in PARAM_KINDS:
                raise SpecError(f"параметр {p.name}: неизвестный вид {p.kind}")
            if p.kind == "choice" and not p.source:
                raise SpecError(f"параметр {p.name}: у выбора нет списка (source)")
        tables = tuple(
            TableSpec(t["id"], tuple(Column(c["key"], c["title"], Kind(c.get("kind", "text")),
                                            float(c.get("width", 1)), bool(c.get("total", False)))
                                     for c in t["columns"]),
                      t.get("title", ""), t.get("group_by"), t.get("total_label", "Итого"))
            for t in raw.get("tables", []))
        for t in tables:
            if t.group_by and t.group_by not in [c.key for c in t.columns]:
                raise SpecError(f"таблица {t.id}: группировка по неизвестной колонке {t.group_by}")
        charts = tuple(ChartSpec(c["id"], c["kind"], c.get("title", ""), float(c.get("height_mm", 80)))
                       for c in raw.get("charts", []))
        return ReportSpec(slug, raw["title"], raw.get("menu", ""), raw.get("description", ""),
                          raw.get("orientation", "portrait"), params, tables, charts)
    except SpecError as exc:
        raise SpecError(f"Шаблон отчёта {slug}.toml: {exc}") from None
    except (KeyError, ValueError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(f"Шаблон отчёта {slug}.toml испорчен: {exc}") from exc


@cache
def load_spec(slug: str) -> ReportSpec:
    path = SPECS_DIR / f"{slug}.toml"
    if not path.is_file():
        raise SpecError(f"Нет шаблона отчёта {path}: папка reports/specs должна лежать рядом с программой.")
    return parse_spec(slug, path.read_text(encoding="utf-8"))
