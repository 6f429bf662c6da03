"""A generated report apart from any format: the spec it was made from (reports/specs), the
header lines, and its blocks — text, tables and charts — with every table row spooled to a
file as it arrives. Renderers (pages, PDF, images, XLSX, DOCX, ODF, HTML, XML) read the spool
in order, so a report of a million rows is never held as a million Python objects, and the
same spool saved with the header is the «Сохранить» file that reopens without the database.

No Qt and no database here: a report is plain data."""
from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.domain.money import format_money, format_qty

FORMAT_VERSION = 1
SUFFIX = ".crmrep"     # «Сохранить отчёт»: a zip of report.json and the spooled rows


class Kind(StrEnum):
    """How a column's values are stored, aligned, summed and formatted."""
    TEXT = "text"
    INT = "int"
    MONEY = "money"       # Decimal, two places
    QTY = "qty"           # Decimal, up to three places
    PERCENT = "percent"   # Decimal, shown with «%»
    DATE = "date"
    DATETIME = "datetime"

    @property
    def numeric(self) -> bool:
        return self in (Kind.INT, Kind.MONEY, Kind.QTY, Kind.PERCENT)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT
    width: float = 1.0          # share of the table's width
    total: bool = False         # summed in group subtotals and the table's total

    def text(self, value: Any) -> str:
        """The value as every renderer shows it (the spreadsheets keep numbers as numbers)."""
        return format_value(self.kind, value)


def format_value(kind: Kind, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value                      # a heading, an edited cell
    if kind is Kind.MONEY:
        return format_money(Decimal(value))
    if kind is Kind.QTY:
        return format_qty(Decimal(value))
    if kind is Kind.PERCENT:
        return format_qty(Decimal(value).quantize(Decimal("0.1"))) + "\u00a0%"
    if kind is Kind.INT:
        return format_qty(Decimal(value))
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "да" if value else "нет"
    return str(value)


@dataclass(frozen=True)
class TableSpec:
    """One table of a report: its columns and how rows are grouped (rows must arrive sorted by
    the group key) and totalled."""
    id: str
    columns: tuple[Column, ...]
    title: str = ""
    group_by: str | None = None          # column key; a header row starts each group
    total_label: str = "Итого"

    def index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)


@dataclass(frozen=True)
class ChartSpec:
    id: str
    kind: str                  # pie | bar | hbar | line | funnel
    title: str = ""
    height_mm: float = 80.0


# ------------------------------------------------------------------ blocks

@dataclass
class Text:
    """Lines of text: the report's own wording (an act's preamble, a client's requisites)."""
    lines: list[str]
    bold: bool = False
    kind: str = field(default="text", init=False)


@dataclass
class Chart:
    """A chart's figures: `labels` along the axis or round the pie, one list per series."""
    spec: ChartSpec
    labels: list[str]
    series: list[list[float]]
    series_names: list[str] = field(default_factory=list)
    kind: str = field(default="chart", init=False)


@dataclass
class Table:
    """A table's place in the spool: the rows are items [first, first + count)."""
    spec: TableSpec
    first: int = 0
    count: int = 0
    kind: str = field(default="table", init=False)


Block = Text | Chart | Table

# spooled items of a table
ROW, GROUP, SUBTOTAL, TOTAL = "r", "g", "s", "t"


@dataclass(frozen=True)
class Item:
    """One line of a table as spooled: a data row, a group's heading, its subtotal or the
    table's total. `values` are in column order (None where empty); a GROUP has one text."""
    type: str
    values: tuple[Any, ...]


def encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, datetime):
        return {"t": value.isoformat(timespec="seconds")}
    if isinstance(value, date):
        return {"a": value.isoformat()}
    return value


def decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "d" in value:
            return Decimal(value["d"])
        if "t" in value:
            return datetime.fromisoformat(value["t"])
        if "a" in value:
            return date.fromisoformat(value["a"])
    return value


@dataclass
class Header:
    slug: str
    title: str
    subtitle: list[str]               # the parameters as the user chose them
    generated_by: str
    generated_at: datetime
    orientation: str = "portrait"     # portrait | landscape

    @property
    def signature(self) -> str:
        """The line every report ends with (REP-2)."""
        return f"Сформировал: {self.generated_by}, {self.generated_at:%d.%m.%Y %H:%M}"


class Report:
    """A report being generated or reopened. Items are appended to a spool file; `items()`
    reads a table's range back. `edits` are «Редактировать страницу» changes: item number →
    column → text, applied by every renderer."""

    def __init__(self, header: Header, folder: Path | None = None) -> None:
        self.header = header
        self.blocks: list[Block] = []
        self.edits: dict[int, dict[int, str]] = {}
        self._dir = folder or Path(tempfile.mkdtemp(prefix="crm-report-"))
        self._spool_path = self._dir / "rows.jsonl"
        self._spool = open(self._spool_path, "a+", encoding="utf-8")
        self._offsets: list[int] = []      # byte offset of every 1024th item
        self._count = 0
        self.available = 0                 # items flushed: what another thread may read
        self.complete = False

    # ------------------------------------------------------------ writing
    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def append(self, item: Item) -> int:
        """Spool one table item; returns its number."""
        if self._count % 1024 == 0:
            self._spool.seek(0, 2)
            self._offsets.append(self._spool.tell())
        self._spool.write(json.dumps([item.type, *map(encode, item.values)], ensure_ascii=False) + "\n")
        self._count += 1
        if self._count % 256 == 0:
            self.flush()
        return self._count - 1

    def flush(self) -> None:
        """Make everything spooled so far readable by another thread."""
        self._spool.flush()
        self.available = self._count

    def finish(self) -> None:
        self.flush()
        self.complete = True

    @property
    def item_count(self) -> int:
        return self._count

    # ------------------------------------------------------------ reading
    def items(self, first: int, count: int) -> Iterator[Item]:
        """Items [first, first + count) with the page edits applied. Another thread may read
        while the report is being written: it sees the items flushed so far (`available`)."""
        count = min(count, self.available - first)
        if count <= 0:
            return
        with open(self._spool_path, encoding="utf-8") as f:
            f.seek(self._offsets[first // 1024])
            for _ in range(first % 1024):
                f.readline()
            for n in range(first, first + count):
                line = f.readline()
                if not line:
                    return
                raw = json.loads(line)
                values = tuple(decode(v) for v in raw[1:])
                edit = self.edits.get(n)
                if edit:
                    values = tuple(edit.get(i, v) for i, v in enumerate(values))
                yield Item(raw[0], values)

    def table_items(self, table: Table) -> Iterator[Item]:
        return self.items(table.first, table.count)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    # ------------------------------------------------------------ saving
    def save(self, path: Path) -> Path:
        """The «Сохранить» file: header, blocks and edits as JSON, the rows as they were spooled."""
        self._spool.flush()
        meta = {"format": FORMAT_VERSION, "header": _header_json(self.header),
                "blocks": [_block_json(b) for b in self.blocks],
                "edits": {str(k): {str(c): t for c, t in v.items()} for k, v in self.edits.items()}}
        tmp = path.with_name(path.name + ".part")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("report.json", json.dumps(meta, ensure_ascii=False, indent=1))
            z.write(self._spool_path, "rows.jsonl")
        tmp.replace(path)
        return path

    @classmethod
    def open(cls, path: Path) -> Report:
        """A saved report, whole, without the database. A file that is not one is refused in
        one sentence."""
        try:
            with zipfile.ZipFile(path) as z:
                meta = json.loads(z.read("report.json"))
                folder = Path(tempfile.mkdtemp(prefix="crm-report-"))
                with z.open("rows.jsonl") as src, open(folder / "rows.jsonl", "wb") as dst:
                    shutil.copyfileobj(src, dst)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ValueError(f"Файл {path.name} не является сохранённым отчётом CRM.") from exc
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"Отчёт {path.name} сохранён другой версией программы, открыть его нельзя.")
        h = meta["header"]
        report = cls(Header(h["slug"], h["title"], list(h["subtitle"]), h["generated_by"],
                            datetime.fromisoformat(h["generated_at"]), h.get("orientation", "portrait")),
                     folder)
        with open(folder / "rows.jsonl", "rb") as f:
            pos = 0
            for n, line in enumerate(f):
                if n % 1024 == 0:
                    report._offsets.append(pos)
                pos += len(line)
                report._count += 1
        report.available = report._count
        report.blocks = [_block_from(b) for b in meta["blocks"]]
        report.edits = {int(k): {int(c): t for c, t in v.items()} for k, v in meta["edits"].items()}
        report.complete = True
        return report

    def close(self) -> None:
        self._spool.close()
        shutil.rmtree(self._dir, ignore_errors=True)


def _header_json(h: Header) -> dict[str, Any]:
    d = asdict(h)
    d["generated_at"] = h.generated_at.isoformat(timespec="seconds")
    return d


def _block_json(b: Block) -> dict[str, Any]:
    d = asdict(b)
    d["kind"] = b.kind
    return d


def _table_spec(d: dict[str, Any]) -> TableSpec:
    cols = tuple(Column(c["key"], c["title"], Kind(c["kind"]), c["width"], c["total"]) for c in d["columns"])
    return TableSpec(d["id"], cols, d["title"], d["group_by"], d["total_label"])


def _block_from(d: dict[str, Any]) -> Block:
    if d["kind"] == "text":
        return Text(d["lines"], d["bold"])
    if d["kind"] == "chart":
        return Chart(ChartSpec(**d["spec"]), d["labels"], d["series"], d["series_names"])
    return Table(_table_spec(d["spec"]), d["first"], d["count"])


# ------------------------------------------------------------------ tables from rows

class TableWriter:
    """Spools a table's rows as they stream in, inserting group headings and subtotals and the
    total at the end, and sums the columns marked `total` without holding the rows."""

    def __init__(self, report: Report, spec: TableSpec) -> None:
        self.report, self.spec = report, spec
        self.table = Table(spec, report.item_count, 0)
        report.add(self.table)
        self._keys = [c.key for c in spec.columns]
        self._summed = [i for i, c in enumerate(spec.columns) if c.total]
        self._group = self._group_index = None
        if spec.group_by:
            self._group_index = self._keys.index(spec.group_by)
        self._sub = self._zero()
        self._all = self._zero()
        self._started = False
        self.rows = 0

    def _zero(self) -> dict[int, Any]:
        return {i: 0 for i in self._summed}

    def _put(self, type_: str, values: Sequence[Any]) -> None:
        self.report.append(Item(type_, tuple(values)))
        self.table.count += 1

    def _sum_row(self, sums: dict[int, Any], label: str) -> list[Any]:
        values: list[Any] = [None] * len(self._keys)
        values[0] = label
        for i, v in sums.items():
            values[i] = v
        return values

    def add(self, row: dict[str, Any] | Sequence[Any]) -> None:
        values = [row.get(k) for k in self._keys] if isinstance(row, dict) else list(row)
        if self._group_index is not None:
            key = values[self._group_index]
            if not self._started or key != self._group:
                if self._started:
                    self._put(SUBTOTAL, self._sum_row(self._sub, f"Итого по «{self._group}»"))
                self._group, self._sub = key, self._zero()
                self._put(GROUP, [key if key not in (None, "") else "(не указано)"])
        self._started = True
        for i in self._summed:
            v = values[i]
            if v is not None:
                self._sub[i] += v
                self._all[i] += v
        self._put(ROW, values)
        self.rows += 1

    def extend(self, rows: Iterable[dict[str, Any] | Sequence[Any]]) -> None:
        for row in rows:
            self.add(row)

    def close(self) -> Table:
        if self._group_index is not None and self._started:
            self._put(SUBTOTAL, self._sum_row(self._sub, f"Итого по «{self._group}»"))
        if self._summed:
            self._put(TOTAL, self._sum_row(self._all, self.spec.total_label))
        return self.table
