"""The process designer's diagram laid out from a definition (BP-1): boxes in rows from the
start stage, arrows that never cross a box, deterministic positions."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.process_diagram import (CHAR_W, LINE_H, MAX_W, MIN_W, PAD_X, Box, Diagram, box_size,
                                                layout)
from crm_desktop.domain.processes import ProcessDefinition, Result, Stage, sample_reclamation, validate

EPS = 1e-6


def test_reclamation_rows_follow_the_longest_way_from_the_start():
    d = layout(sample_reclamation(7))
    assert [(b.stage_id, b.layer) for b in d.boxes] == [(1, 0), (2, 1), (3, 2), (4, 3)]
    assert d.box(1).is_start and d.box(4).is_end
    assert [b.y for b in d.boxes] == sorted(b.y for b in d.boxes)
    by_result = {a.result_id: a for a in d.arrows}
    assert [len(by_result[r].points) for r in (1, 3, 5)] == [2, 2, 2]          # row to next row: straight
    assert all(len(by_result[r].points) == 6 for r in (2, 4))                  # skipping rows: routed left
    assert by_result[2].points[2][0] < d.box(1).x and by_result[4].points[2][0] < d.box(2).x
    assert not any(a.back for a in d.arrows)
    assert by_result[2].label == "Рекламация неуместна"
    assert layout(sample_reclamation(7)) == d


def test_box_width_grows_with_the_name_and_wraps_long_names():
    assert box_size("Конец")[0] == MIN_W
    w, h, lines = box_size("Докладная руководству")
    assert (w, lines) == (len("Докладная руководству") * CHAR_W + 2 * PAD_X, ("Докладная руководству",))
    w, h2, lines = box_size("Согласование условий поставки с юридическим отделом и службой безопасности")
    assert w <= MAX_W and len(lines) > 1 and h2 == h + (len(lines) - 1) * LINE_H
    assert box_size("  Анализ   рекламации ")[2] == ("Анализ рекламации",)
    assert box_size("")[2] == ("",)


def test_back_edge_and_self_loop_are_routed_right():
    base = sample_reclamation(7)
    d = base.with_result(Result(9, 3, "Вернуть на анализ", 2)).with_result(Result(10, 2, "Уточнить", 2))
    assert validate(d) == []
    diagram = layout(d)
    arrows = {a.result_id: a for a in diagram.arrows}
    right_edge = max(b.right for b in diagram.boxes)
    for rid in (9, 10):
        assert arrows[rid].back and arrows[rid].points[2][0] > right_edge
        assert arrows[rid].points[-1][1] == diagram.box(2).y
    assert arrows[9].points[2][0] != arrows[10].points[2][0]
    assert [b.layer for b in diagram.boxes] == [0, 1, 2, 3]


def test_parallel_branches_share_a_row_side_by_side():
    stages = (Stage(1, "Старт", 1, is_start=True), Stage(2, "Склад", 1), Stage(3, "Бухгалтерия", 1),
              Stage(4, "Готово", None, is_end=True))
    results = (Result(1, 1, "Товар", 2), Result(2, 1, "Деньги", 3), Result(3, 2, "Ок", 4), Result(4, 3, "Ок", 4))
    diagram = layout(ProcessDefinition(1, "Ветви", stages, results))
    assert diagram.box(2).layer == diagram.box(3).layer == 1
    assert diagram.box(2).right < diagram.box(3).x
    assert diagram.box(2).y + diagram.box(2).height / 2 == diagram.box(3).y + diagram.box(3).height / 2
    labels = {a.result_id: a.label_at for a in diagram.arrows}
    assert labels[1][1] != labels[2][1]                      # neighbours in one gap alternate heights


def test_invalid_definitions_still_draw():
    assert layout(ProcessDefinition(None, "")) == Diagram((), (), 2 * 20.0, 2 * 20.0)
    no_start = ProcessDefinition(1, "Без старта", (Stage(1, "А", 1), Stage(2, "Б", 1)),
                                 (Result(1, 1, "→", 2), Result(2, 1, "в никуда", 99)))
    diagram = layout(no_start)
    assert [b.layer for b in diagram.boxes] == [0, 1]
    assert [a.result_id for a in diagram.arrows] == [1]      # a result to a missing stage is not drawn


# -- properties over random graphs ------------------------------------------------------------
WORDS = ["Анализ", "рекламации", "Согласование", "с", "юристами", "Конец", "Оплата", "Докладная",
         "руководству", "Проверка", "склада", "и", "документов"]


@st.composite
def definitions(draw, valid_start: bool = False):
    n = draw(st.integers(1, 9))
    names = [" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))) for _ in range(n)]
    start = 0 if valid_start else draw(st.one_of(st.none(), st.integers(0, n - 1)))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=18))
    if valid_start:                                  # a spanning walk from the start makes all reachable
        order = draw(st.permutations(range(1, n)))
        chain = [0, *order]
        edges += [(chain[draw(st.integers(0, k - 1))], chain[k]) for k in range(1, n)]
    stages = tuple(Stage(i + 1, names[i], 1, is_start=i == start) for i in range(n))
    results = tuple(Result(k + 1, a + 1, f"Результат {k + 1}", b + 1) for k, (a, b) in enumerate(edges))
    return ProcessDefinition(1, "Случайный", stages, results)


def inside(box: Box, x: float, y: float) -> bool:
    return box.x + EPS < x < box.right - EPS and box.y + EPS < y < box.bottom - EPS


def crosses(box: Box, a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether segment a–b passes through the open interior of the box (sampled finely)."""
    return any(inside(box, a[0] + (b[0] - a[0]) * k / 200, a[1] + (b[1] - a[1]) * k / 200) for k in range(201))


@settings(max_examples=150, deadline=None)
@given(definitions())
def test_random_graphs_lay_out_without_overlaps(definition):
    diagram = layout(definition)
    assert layout(definition) == diagram
    assert sorted(b.stage_id for b in diagram.boxes) == sorted(s.id for s in definition.stages)
    boxes = diagram.boxes
    for box in boxes:
        assert 0 <= box.x and box.right <= diagram.width and 0 <= box.y and box.bottom <= diagram.height
        assert MIN_W <= box.width <= MAX_W
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y, (a, b)
    for arrow in diagram.arrows:
        source, target = diagram.box(arrow.source_id), diagram.box(arrow.target_id)
        first, last = arrow.points[0], arrow.points[-1]
        assert first[1] == source.bottom and source.x < first[0] < source.right
        assert last[1] == target.y and target.x < last[0] < target.right
        assert not arrow.back or target.layer <= source.layer
        assert arrow.back or target.layer > source.layer or len(arrow.points) == 6
        for a, b in zip(arrow.points, arrow.points[1:]):
            assert not any(crosses(box, a, b) for box in boxes), (arrow, a, b)
        for x, y in arrow.points:
            assert 0 <= x <= diagram.width and 0 <= y <= diagram.height


@settings(max_examples=150, deadline=None)
@given(definitions())
def test_labels_keep_a_line_clear_of_other_tracks_and_routed_labels(definition):
    diagram = layout(definition)
    routed = [a for a in diagram.arrows if len(a.points) == 6]
    tracks = [(a.result_id, a.points[k][1]) for a in routed for k in (1, 3)]
    for arrow in diagram.arrows:
        assert all(abs(y - arrow.label_at[1]) >= LINE_H - EPS for owner, y in tracks if owner != arrow.result_id)
    heights = sorted(a.label_at[1] for a in routed)
    assert all(b - a >= LINE_H for a, b in zip(heights, heights[1:]))


@settings(max_examples=100, deadline=None)
@given(definitions(valid_start=True))
def test_start_stage_alone_on_top_when_every_stage_is_reachable(definition):
    diagram = layout(definition)
    assert [b.stage_id for b in diagram.boxes if b.layer == 0] == [1]
    assert min(b.y for b in diagram.boxes) == diagram.box(1).y


def test_renaming_a_stage_moves_nothing_but_its_row():
    base = sample_reclamation(7)
    renamed = base.with_stage(replace(base.stage(3), name="Докладная записка генеральному директору компании"))
    a, b = layout(base), layout(renamed)
    assert [x.layer for x in a.boxes] == [x.layer for x in b.boxes]
    assert b.box(3).width > a.box(3).width
