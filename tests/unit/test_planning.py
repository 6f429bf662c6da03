"""Planner rules: weeks, the 15-minute grid, load colours, rollup, case rights."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from crm_desktop.domain import planning as p


def test_two_weeks_start_on_monday_of_anchor_week():
    days = p.two_weeks(date(2026, 11, 26))          # a Thursday
    assert days[0] == date(2026, 11, 23) and days[-1] == date(2026, 12, 6) and len(days) == 14
    assert [p.is_weekend(d) for d in days[:7]] == [False] * 5 + [True] * 2
    assert p.shift_weeks(date(2026, 11, 26), 1) == date(2026, 11, 30)
    assert p.shift_weeks(date(2026, 11, 23), -1) == date(2026, 11, 16)
    assert p.week_start(date(2027, 1, 3)) == date(2026, 12, 28)     # across the new year


@pytest.mark.parametrize("minutes, snapped", [(0, 0), (7, 0), (7.5, 15), (8, 15), (22, 15), (23, 30), (-8, -15)])
def test_snap_to_quarter_hours(minutes, snapped):
    assert p.snap_minutes(minutes) == snapped


def test_duration_is_at_least_one_slot():
    assert p.snap_duration(3) == 15 and p.snap_duration(52) == 45 and p.snap_duration(53) == 60


def test_load_colour_grows_with_tasks_and_saturates():
    assert p.load_rgb(0) == (255, 255, 255)
    shades = [p.load_rgb(n) for n in range(1, 10)]
    greens = [g for _, g, _ in shades]
    assert greens == sorted(greens, reverse=True) and greens[0] < 255
    assert p.load_rgb(8) == p.load_rgb(20) == (230, 110, 20)
    assert p.load_intensity(4) == 0.5


def test_visible_range_widens_to_hours_for_early_and_late_tasks():
    day = date(2026, 11, 24)
    assert p.visible_range(day, []) == (8 * 60, 20 * 60)
    assert p.visible_range(day, [(datetime(2026, 11, 24, 7, 30), 15), (datetime(2026, 11, 24, 20, 10), 30)]) \
        == (7 * 60, 21 * 60)
    assert p.at_minutes(day, 9 * 60 + 15) == datetime(2026, 11, 24, 9, 15)
    assert p.minutes_of_day(time(9, 45)) == 585


def test_overlapping_blocks_share_the_width():
    columns, widths = p.assign_columns([(540, 600), (570, 630), (600, 660), (700, 720)])
    assert columns == [0, 1, 0, 0]
    assert widths == [2, 2, 2, 1]


def test_rollup_climbs_every_level():
    cases = [p.CaseNode(1, None, 0), p.CaseNode(2, 1, 0), p.CaseNode(3, 1, 100),
             p.CaseNode(4, 2, 50), p.CaseNode(5, 2, 0), p.CaseNode(6, None, 40)]
    rolled = p.rollup_percent(cases)
    assert rolled == {1: 62, 2: 25, 3: 100, 4: 50, 5: 0, 6: 40}
    assert p.topic_percent([rolled[1], rolled[6]]) == 51 and p.topic_percent([]) == 0
    assert p.ancestors(4, {4: 2, 2: 1, 1: None}) == [2, 1]
    assert p.ancestors(1, {1: 2, 2: 1}) == [2]                     # a cycle does not hang


def test_case_task_starts_at_nine_and_validation():
    assert p.case_task_start(date(2026, 12, 1)) == datetime(2026, 12, 1, 9, 0)
    assert p.validate_case("Дело", date(2026, 12, 2), date(2026, 12, 1), 10) == [
        "Срок исполнения не может быть раньше даты начала."]
    assert len(p.validate_case(" ", None, None, 101)) == 2
    assert p.validate_case("Дело", None, None, 0) == []


def test_case_rights():
    r = p.case_rights(5, False, topic_responsible_id=1, case_created_by=1, case_responsible_id=5,
                      delegation_allowed=False)
    assert (r.manage, r.report, r.delegate, r.split) == (False, True, False, False)
    r = p.case_rights(5, False, 1, 1, 5, delegation_allowed=True)
    assert (r.delegate, r.split) == (True, True)
    r = p.case_rights(7, False, 1, 1, 5, True)
    assert (r.manage, r.report, r.delegate) == (False, False, False)
    r = p.case_rights(7, True, 1, 1, 5, False)
    assert (r.manage, r.delegate, r.split) == (True, False, True)
