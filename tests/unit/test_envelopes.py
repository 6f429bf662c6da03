"""Envelope layout rules (GRP-4): sizes, which address is printed, the index, the blocks' places."""
from __future__ import annotations

import pytest

from crm_desktop.domain.envelopes import (C5, DL, NO_ADDRESS, NO_INDEX, ClientAddress, Party, Skipped, layout,
                                          recipient, sender, size_of, split_index)


def test_sizes() -> None:
    assert (DL.width_mm, DL.height_mm) == (220, 110)
    assert (C5.width_mm, C5.height_mm) == (229, 162)
    assert size_of(" c5 ") is C5
    with pytest.raises(ValueError, match="DL или C5"):
        size_of("A4")


def test_card_address_block_is_the_postal_address() -> None:
    a = ClientAddress(1, "ООО «Ромашка»", "630099", "ул. Ленина, д. 1, оф. 5", "Центральный район",
                      "г. Новосибирск", "Новосибирская обл.", actual_address="101000, Москва", legal_address="x")
    assert recipient(a) == Party("ООО «Ромашка»", ("ул. Ленина, д. 1, оф. 5", "Центральный район",
                                                   "г. Новосибирск", "Новосибирская обл."), "630099")


def test_falls_back_to_actual_then_legal_address_and_takes_its_index() -> None:
    actual = ClientAddress(2, "ИП Петров", actual_address="101000, г. Москва, ул. Мясницкая, д. 2",
                           legal_address="190000, Санкт-Петербург")
    got = recipient(actual)
    assert isinstance(got, Party) and got.index == "101000"
    assert "101000" not in " ".join(got.lines) and "ул. Мясницкая" in " ".join(got.lines)
    legal = recipient(ClientAddress(3, "АО «Б»", legal_address="г. Казань, ул. Баумана, 5, 420111"))
    assert isinstance(legal, Party) and legal.index == "420111" and legal.lines[0] == "г. Казань, ул. Баумана, 5"
    # the card's index wins over one in the text
    assert recipient(ClientAddress(4, "В", "300000", actual_address="101000, Москва")).index == "300000"


def test_missing_address_or_index_is_reported() -> None:
    assert recipient(ClientAddress(5, "Без адреса", "630099")) == Skipped(5, "Без адреса", NO_ADDRESS)
    assert recipient(ClientAddress(6, "Без индекса", address="ул. Мира, 1", city="Омск")) == \
        Skipped(6, "Без индекса", NO_INDEX)
    assert recipient(ClientAddress(7, "Короткий", "6300", "ул. Мира, 1")).reason == NO_INDEX


def test_split_index_ignores_longer_numbers() -> None:
    assert split_index("ИНН 7701234567, ул. Мира") == ("", "ИНН 7701234567, ул. Мира")
    assert split_index("  123456 ,  г. Тула ") == ("123456", "г. Тула")


def test_sender_prefers_postal_address() -> None:
    s = sender("ООО «Мы»", "630099, г. Новосибирск, а/я 10", "101000, г. Москва, ул. Тверская, 1")
    assert s.index == "630099" and "а/я 10" in " ".join(s.lines)
    assert sender("ООО «Мы»", "", "101000, г. Москва").index == "101000"


@pytest.mark.parametrize("size", [DL, C5])
def test_layout_sender_top_left_recipient_bottom_right_index_bottom_left(size) -> None:
    p = layout(size)
    for box in (p.sender, p.recipient, p.index):
        assert box.x >= 0 and box.y >= 0
        assert box.x + box.width <= size.width_mm and box.top <= size.height_mm
    assert p.sender.x < p.recipient.x and p.sender.top > p.recipient.top
    assert p.recipient.x + p.recipient.width > size.width_mm * 0.9
    assert p.sender.y >= p.recipient.top            # the blocks do not overlap
    assert p.index.x + p.index.width <= p.recipient.x and p.index.top <= p.sender.y
