"""Automatic layout of a process diagram (BP-1, "Настройка процессов"): stages as boxes,
results as arrows, in abstract units (think of pixels at 100 %), no Qt; the designer scales
and draws it. The same definition always gives the same picture.

Layout rules:
- a depth-first walk from the start stage (then from any stage it does not reach, in the
  definition's order) splits the results into forward ones and back ones (to a stage on the
  current path: loops, rework, a result leading to its own stage);
- layers are rows, top to bottom: a stage's row is the longest chain of forward results from
  a root, so the start stage is on top and every forward arrow points down;
- within a row stages are ordered by the mean position of their parents (two downward sweeps,
  ties by the walk's order) and the row is centred;
- a box is as wide as its name (CHAR_W per character plus padding, between MIN_W and MAX_W;
  longer names wrap by words and the box grows in height);
- an arrow from one row to the next runs from a port on the bottom of the source to a port on
  the top of the target, slanted only inside the gap between the rows; any other arrow (skipping rows, back, or within
  a row) leaves the source downward, runs along a horizontal track in the gap below its row to
  a lane left of all boxes (forward) or right of them (back), along the lane, and along a track
  in the gap above the target's row to the target's top: so no arrow crosses a box;
- a gap between rows holds, top to bottom, the tracks leaving the row above, a band for the
  labels of straight arrows, and the tracks entering the row below;
- a routed arrow's label sits on its first track, half-way from the port to the lane (tracks
  are a label's height apart); a straight arrow's label sits where the arrow crosses the band,
  the labels of one gap alternating between the band's two heights from left to right.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from fractions import Fraction

from crm_desktop.domain.processes import ProcessDefinition

CHAR_W = 7              # the width of an average character of the box font
LINE_H = 16
PAD_X = 12
PAD_Y = 10
MIN_W = 110
MAX_W = 230
COL_GAP = 40            # between boxes of a row
ROW_GAP = 70            # the least gap between rows
TRACK_GAP = 18          # between horizontal tracks of a gap: a label's height apart
LANE_GAP = 14           # between vertical lanes left and right of the boxes
BAND = 25               # from the label band's middle to the nearest track
MARGIN = 20

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    stage_id: int
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]          # the name, wrapped
    layer: int
    is_start: bool
    is_end: bool

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Arrow:
    result_id: int
    source_id: int
    target_id: int
    points: tuple[Point, ...]       # a polyline; the arrow head is at the last point
    label: str
    label_at: Point                 # the centre of the label
    back: bool                      # leads to an earlier stage of the walk, or to itself


@dataclass(frozen=True)
class Diagram:
    boxes: tuple[Box, ...]
    arrows: tuple[Arrow, ...]
    width: float
    height: float

    def box(self, stage_id: int) -> Box:
        for box in self.boxes:
            if box.stage_id == stage_id:
                return box
        raise KeyError(stage_id)


def box_size(name: str) -> tuple[float, float, tuple[str, ...]]:
    """Width, height and wrapped lines of a stage's box."""
    per_line = (MAX_W - 2 * PAD_X) // CHAR_W
    lines = tuple(textwrap.wrap(" ".join(name.split()), per_line)) or ("",)
    width = min(max(max(len(line) for line in lines) * CHAR_W + 2 * PAD_X, MIN_W), MAX_W)
    return float(width), float(len(lines) * LINE_H + 2 * PAD_Y), lines


def _walk(definition: ProcessDefinition) -> tuple[list[int], set[tuple[int, int]], list[int]]:
    """Discovery order, back edges (source, target) and a topological order of the rest."""
    ids = [s.id for s in definition.stages]
    succ: dict[int, list[int]] = {i: [] for i in ids}
    for result in definition.results:
        if result.stage_id in succ and result.next_stage_id in succ:
            succ[result.stage_id].append(result.next_stage_id)
    starts = [s.id for s in definition.stages if s.is_start]
    roots = starts[:1] + [i for i in ids if i not in starts[:1]]
    colour: dict[int, int] = {}                     # 1 on the path, 2 finished
    discovered: list[int] = []
    finished: list[int] = []
    back: set[tuple[int, int]] = set()
    for root in roots:
        if root in colour:
            continue
        colour[root] = 1
        discovered.append(root)
        stack = [(root, iter(succ[root]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if colour.get(child) == 1:
                    back.add((node, child))
                elif child not in colour:
                    colour[child] = 1
                    discovered.append(child)
                    stack.append((child, iter(succ[child])))
                    break
            else:
                colour[node] = 2
                finished.append(node)
                stack.pop()
    return discovered, back, finished[::-1]


def layout(definition: ProcessDefinition) -> Diagram:
    """The diagram of any definition, valid or not (the designer draws while it is edited)."""
    stages = {s.id: s for s in definition.stages}
    discovered, back, topo = _walk(definition)
    forward = [(r.stage_id, r.next_stage_id) for r in definition.results
               if r.stage_id in stages and r.next_stage_id in stages and (r.stage_id, r.next_stage_id) not in back]
    layer = {i: 0 for i in discovered}
    for node in topo:
        for source, target in forward:
            if source == node:
                layer[target] = max(layer[target], layer[node] + 1)
    rows_count = max(layer.values(), default=-1) + 1
    seen_at = {sid: n for n, sid in enumerate(discovered)}
    rows: list[list[int]] = [[] for _ in range(rows_count)]
    for sid in discovered:
        rows[layer[sid]].append(sid)
    parents: dict[int, list[int]] = {sid: [] for sid in discovered}
    for source, target in forward:
        parents[target].append(source)
    for _ in range(2):
        place = {sid: Fraction(n, max(len(row) - 1, 1)) for row in rows for n, sid in enumerate(row)}
        for row in rows[1:]:
            keys = {sid: (sum((place[p] for p in parents[sid]), Fraction(0)) / len(parents[sid])
                          if parents[sid] else place[sid]) for sid in row}
            row.sort(key=lambda sid: (keys[sid], seen_at[sid]))
            place.update({sid: Fraction(n, max(len(row) - 1, 1)) for n, sid in enumerate(row)})

    sizes = {sid: box_size(stages[sid].name) for sid in discovered}
    results = [r for r in definition.results if r.stage_id in stages and r.next_stage_id in stages]
    routed = [r for r in results if layer[r.next_stage_id] != layer[r.stage_id] + 1]
    left = [r for r in routed
            if (r.stage_id, r.next_stage_id) not in back and layer[r.next_stage_id] > layer[r.stage_id]]
    right = [r for r in routed if r not in left]
    # gap g lies above row g (gap rows_count is below the last row): tracks out of row g-1, into row g
    outs: dict[int, list[int]] = {g: [] for g in range(rows_count + 1)}
    ins: dict[int, list[int]] = {g: [] for g in range(rows_count + 1)}
    for result in routed:
        outs[layer[result.stage_id] + 1].append(result.id)
        ins[layer[result.next_stage_id]].append(result.id)

    def gap_height(g: int) -> float:
        tracks = len(outs[g]) + len(ins[g])
        if g in (0, rows_count):
            return float((tracks + 1) * TRACK_GAP if tracks else 0)
        return float(max(ROW_GAP, tracks * TRACK_GAP + 2 * BAND))

    row_h = [max(sizes[sid][1] for sid in row) for row in rows]
    row_w = [sum(sizes[sid][0] for sid in row) + COL_GAP * (len(row) - 1) for row in rows]
    content_w = max(row_w, default=0.0)
    content_x = MARGIN + ((len(left) + 1) * LANE_GAP if left else 0)
    gap_top: dict[int, float] = {}
    row_top: list[float] = []
    y = float(MARGIN)
    for g in range(rows_count + 1):
        gap_top[g] = y
        y += gap_height(g)
        if g < rows_count:
            row_top.append(y)
            y += row_h[g]
    height = y + MARGIN
    width = content_x + content_w + ((len(right) + 1) * LANE_GAP if right else 0) + MARGIN

    boxes: dict[int, Box] = {}
    for r, row in enumerate(rows):
        x = content_x + (content_w - row_w[r]) / 2
        for sid in row:
            w, h, lines = sizes[sid]
            boxes[sid] = Box(sid, x, row_top[r] + (row_h[r] - h) / 2, w, h, lines, r,
                             stages[sid].is_start, stages[sid].is_end)
            x += w + COL_GAP

    def out_y(g: int, result_id: int) -> float:
        return gap_top[g] + TRACK_GAP * (outs[g].index(result_id) + 1)

    def in_y(g: int, result_id: int) -> float:
        return gap_top[g] + gap_height(g) - TRACK_GAP * (len(ins[g]) - ins[g].index(result_id))

    def band_middle(g: int) -> float:
        return (gap_top[g] + TRACK_GAP * len(outs[g]) + gap_top[g] + gap_height(g) - TRACK_GAP * len(ins[g])) / 2

    out_port: dict[int, float] = {}
    for sid in discovered:
        own = [r for r in results if r.stage_id == sid]
        box = boxes[sid]
        out_port.update({r.id: box.x + box.width * (n + 1) / (len(own) + 1) for n, r in enumerate(own)})
    in_port: dict[int, float] = {}
    for sid in discovered:
        incoming = [r for r in results if r.next_stage_id == sid]
        incoming.sort(key=lambda r: (r in right, 0.0 if r in right else out_port[r.id], results.index(r)))
        box = boxes[sid]
        in_port.update({r.id: box.x + box.width * (n + 1) / (len(incoming) + 1) for n, r in enumerate(incoming)})

    straight_labels: dict[int, float] = {}           # result id → the height of its label
    for g in range(1, rows_count):
        crossing = sorted((r for r in results if r not in routed and layer[r.next_stage_id] == g),
                          key=lambda r: ((out_port[r.id] + in_port[r.id]) / 2, results.index(r)))
        for n, result in enumerate(crossing):
            straight_labels[result.id] = band_middle(g) + (LINE_H / 2 + 1) * (1 if n % 2 else -1)

    arrows = []
    for result in results:
        source, target = boxes[result.stage_id], boxes[result.next_stage_id]
        start, end = (out_port[result.id], source.bottom), (in_port[result.id], target.y)
        if result not in routed:
            # a shorter box than its row's tallest drops to the row's edge first: the slanted
            # part stays inside the gap, clear of the neighbours
            low, high = (start[0], row_top[source.layer] + row_h[source.layer]), (end[0], row_top[target.layer])
            points: tuple[Point, ...] = tuple(dict.fromkeys((start, low, high, end)))
            label_y = straight_labels[result.id]
            share = (label_y - low[1]) / (high[1] - low[1])
            label_at = (low[0] + (high[0] - low[0]) * share, label_y)
        else:
            lane = (MARGIN + LANE_GAP * (left.index(result) + 1) if result in left
                    else content_x + content_w + LANE_GAP * (right.index(result) + 1))
            leave = out_y(source.layer + 1, result.id)
            enter = in_y(target.layer, result.id)
            points = (start, (start[0], leave), (lane, leave), (lane, enter), (end[0], enter), end)
            label_at = ((start[0] + lane) / 2, leave)
        arrows.append(Arrow(result.id, result.stage_id, result.next_stage_id, points, result.name.strip(),
                            label_at, (result.stage_id, result.next_stage_id) in back))
    return Diagram(tuple(boxes[sid] for sid in discovered), tuple(arrows), width, height)
