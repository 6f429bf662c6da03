"""Postal envelopes (GRP-4; manual 000: «Печать почтовых конвертов»): sizes, address blocks and
the Russian postal layout, without any drawing.

The layout: the sender («От кого», «Откуда» and the sender's index) in the top left corner,
the recipient («Кому», «Куда» and the index) in the bottom right, and the recipient's six-digit
index once more, large, in the index field at the bottom left.

Which address is printed (the rule): the recipient's postal address is the card's «Адрес»
block — «Адрес» (street, house, office), «Район», the city, the region, and «Почтовый индекс».
When the card's «Адрес» is empty, the requisites' actual address («Фактический адрес») is used,
else the legal one («Юридический адрес»); a six-digit index written in that text is taken as the
index when the card's «Почтовый индекс» is empty. A client without any address, or without an
index, is not printed and is reported with the reason.

The sender is the default legal entity («Юридические лица», the one marked «по умолчанию»):
its «Почтовый адрес» (the address mail actually reaches), else its «Юридический адрес»; the
index is the six digits written in that address."""
from __future__ import annotations

import re
from dataclasses import dataclass

INDEX_RE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


@dataclass(frozen=True)
class Size:
    code: str
    title: str
    width_mm: float
    height_mm: float


DL = Size("DL", "DL (220 × 110 мм)", 220, 110)
C5 = Size("C5", "C5 (229 × 162 мм)", 229, 162)
SIZES = {s.code: s for s in (DL, C5)}


def size_of(code: str) -> Size:
    """"DL" / "c5" → the size; ValueError in one sentence otherwise."""
    try:
        return SIZES[code.strip().upper()]
    except KeyError:
        raise ValueError(f"Неизвестный формат конверта «{code}»: выберите DL или C5.") from None


@dataclass(frozen=True)
class ClientAddress:
    """The address fields of one client as the card stores them."""
    client_id: int
    name: str
    postcode: str = ""
    address: str = ""            # street, house, office
    district: str = ""
    city: str = ""
    region: str = ""
    actual_address: str = ""
    legal_address: str = ""


@dataclass(frozen=True)
class Party:
    """One side of an envelope: the name, the address lines (street first, region last) and
    the six-digit index."""
    name: str
    lines: tuple[str, ...]
    index: str


@dataclass(frozen=True)
class Skipped:
    client_id: int
    name: str
    reason: str


NO_ADDRESS = "не заполнен почтовый адрес"
NO_INDEX = "не заполнен почтовый индекс"
NOT_VISIBLE = "клиент вам недоступен"


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def split_index(text: str) -> tuple[str, str]:
    """"123456, г. Москва, ул. Ленина, 1" → ("123456", "г. Москва, ул. Ленина, 1"): the first
    six-digit number standing alone is the index, the rest of the text the address."""
    text = _clean(text)
    found = INDEX_RE.search(text)
    if found is None:
        return "", text
    rest = (text[:found.start()] + text[found.end():]).strip()
    rest = re.sub(r"\s*,\s*,\s*", ", ", rest).strip(" ,;")
    return found.group(1), rest


def _text_lines(text: str) -> tuple[str, ...]:
    """A free-text address as lines: split at commas into pieces of a sensible length (the
    drawing wraps a long piece further)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    lines: list[str] = []
    for part in parts:
        if lines and len(lines[-1]) + len(part) + 2 <= 40:
            lines[-1] = f"{lines[-1]}, {part}"
        else:
            lines.append(part)
    return tuple(lines)


def recipient(a: ClientAddress) -> Party | Skipped:
    """The recipient side of a client's envelope, or why it cannot be printed (module doc)."""
    name = _clean(a.name)
    postcode = _clean(a.postcode)
    street = _clean(a.address)
    if street:
        city, region = _clean(a.city), _clean(a.region)
        if region and region.casefold() in city.casefold():     # «г. Москва», «Москва»: once
            region = ""
        lines = tuple(x for x in (street, _clean(a.district), city, region) if x)
        index = postcode if re.fullmatch(r"\d{6}", postcode) else split_index(street)[0]
    else:
        free = _clean(a.actual_address) or _clean(a.legal_address)
        if not free:
            return Skipped(a.client_id, name, NO_ADDRESS)
        found, rest = split_index(free)
        index = postcode if re.fullmatch(r"\d{6}", postcode) else found
        lines = _text_lines(rest)
        if not lines:
            return Skipped(a.client_id, name, NO_ADDRESS)
    if not index:
        return Skipped(a.client_id, name, NO_INDEX)
    return Party(name, lines, index)


def sender(name: str, postal_address: str, legal_address: str) -> Party:
    """Our side: the default legal entity's postal (actual) address, else its legal one."""
    index, rest = split_index(_clean(postal_address) or _clean(legal_address))
    return Party(_clean(name), _text_lines(rest), index)


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres, from the envelope's bottom left corner."""
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Layout:
    sender: Box
    recipient: Box
    index: Box


MARGIN = 10.0


def layout(size: Size) -> Layout:
    """Where each block goes on an envelope of `size`: the sender in the top left, the
    recipient in the bottom right, the index field in the bottom left — clear of each other."""
    w, h = size.width_mm, size.height_mm
    sender_box = Box(MARGIN, h - MARGIN - h * 0.34, w * 0.46, h * 0.34)
    recipient_w = w * 0.50
    recipient_h = h * 0.44
    recipient_box = Box(w - MARGIN - recipient_w, MARGIN + 2, recipient_w, recipient_h)
    index_box = Box(MARGIN, MARGIN, min(60.0, recipient_box.x - 2 * MARGIN), 18.0)
    return Layout(sender_box, recipient_box, index_box)
