"""Pure rules behind the warehouse print forms and the price list: the price without VAT of
ТОРГ-12/УПД, counts in words, КО-1's rubles and kopecks, stock signs, group filter and order."""
from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.domain.price_list import NO_GROUP, GroupNode, section_order, sections, stock_sign, with_subgroups
from crm_desktop.domain.stock_print import count_in_words, net_price, rubles_and_kopecks

D = Decimal


def test_net_price_is_the_stored_price_unless_vat_is_inside() -> None:
    assert net_price(D("350.00"), D(3), D("1260.00"), D("210.00"), vat_on_top=True, has_vat=True) == D("350.00")
    assert net_price(D("350.00"), D(3), D("1050.00"), D("0"), vat_on_top=False, has_vat=False) == D("350.00")
    assert net_price(D("350.00"), D(3), D("1050.00"), D("175.00"), vat_on_top=False, has_vat=True) == D("291.67")
    assert net_price(D("1.00"), D(0), D("0"), D("0"), vat_on_top=False, has_vat=True) == D("0.00")


def test_counts_and_sums_in_words() -> None:
    assert count_in_words(2) == "два" and count_in_words(21) == "двадцать один"
    with pytest.raises(ValueError):
        count_in_words(-1)
    assert rubles_and_kopecks(D("3519.12")) == ("3519", "12") and rubles_and_kopecks(D("5")) == ("5", "00")


@pytest.mark.parametrize(("quantity", "sign"), [("0", ""), ("-1", ""), ("0.5", "+"), ("9.999", "+"), ("10", "++"),
                                                ("99", "++"), ("100", "+++"), ("5000", "+++")])
def test_stock_signs(quantity: str, sign: str) -> None:
    assert stock_sign(D(quantity)) == sign


GROUPS = [GroupNode(1, None, "Бумага", 2), GroupNode(2, None, "Услуги", 1), GroupNode(3, 1, "Офисная", 1),
          GroupNode(4, 1, "Дизайнерская", 1), GroupNode(5, 3, "А4", 0), GroupNode(6, 99, "Сирота", 0)]


def test_a_chosen_group_brings_its_subgroups() -> None:
    assert with_subgroups(GROUPS, [1]) == {1, 3, 4, 5}
    assert with_subgroups(GROUPS, [2, 5]) == {2, 5}
    assert with_subgroups(GROUPS, []) == set()


def test_sections_follow_the_tree_by_sort_order_then_name() -> None:
    order = [path for _, path in section_order(GROUPS)]
    assert order == ["Сирота", "Услуги", "Бумага", "Бумага / Дизайнерская", "Бумага / Офисная",
                     "Бумага / Офисная / А4"]
    made = sections(GROUPS, {3: ["paper"], 2: ["setup"], None: ["loose"], 77: ["lost"]})
    assert [(s.title, s.rows) for s in made] == [("Услуги", ("setup",)), ("Бумага / Офисная", ("paper",)),
                                                  (NO_GROUP, ("loose", "lost"))]


def test_items_of_groups_in_a_cycle_still_print_under_no_group() -> None:
    cyclic = [GroupNode(1, 2, "A", 0), GroupNode(2, 1, "B", 0), GroupNode(3, None, "C", 0)]
    assert [g.id for g, _ in section_order(cyclic)] == [3]
    assert [(s.title, s.rows) for s in sections(cyclic, {1: ["x"], 3: ["y"]})] == [("C", ("y",)), (NO_GROUP, ("x",))]
