"""A uniform grid of rectangles: which keys may lie in a region (hit tests, label placement).

Buckets of ``cell`` x ``cell`` scene units, each holding the keys whose rectangle
touches it; a query returns the keys of the buckets a region touches (a superset, to be
checked exactly by the caller). Insert, move and remove cost the cells a rectangle
spans, so the grid suits small things (actor circles, labels), not long lines.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
BIG_CELLS = 4096


def _cells_of(r: Rect, c: float) -> int:
    return (math.floor(r[2] / c) - math.floor(r[0] / c) + 1) * (math.floor(r[3] / c) - math.floor(r[1] / c) + 1)


class Grid:
    def __init__(self, cell: float = 128.0):
        self.cell = float(cell)
        self._cells: dict[tuple[int, int], set[Hashable]] = {}
        self._rects: dict[Hashable, Rect] = {}
        self._big: set[Hashable] = set()  # rectangles over too many cells: always candidates

    def __len__(self) -> int:
        return len(self._rects)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._rects

    def rect(self, key: Hashable) -> Rect | None:
        return self._rects.get(key)

    def _span(self, r: Rect) -> Iterator[tuple[int, int]]:
        c = self.cell
        i0, i1 = math.floor(r[0] / c), math.floor(r[2] / c)
        j0, j1 = math.floor(r[1] / c), math.floor(r[3] / c)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > BIG_CELLS:
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                yield i, j

    def insert(self, key: Hashable, r: Rect) -> None:
        if key in self._rects:
            self.remove(key)
        self._rects[key] = r
        if _cells_of(r, self.cell) > BIG_CELLS:
            self._big.add(key)
            return
        cells = self._cells
        for ij in self._span(r):
            s = cells.get(ij)
            if s is None:
                cells[ij] = {key}
            else:
                s.add(key)

    def remove(self, key: Hashable) -> None:
        r = self._rects.pop(key, None)
        if r is None:
            return
        self._big.discard(key)
        for ij in self._span(r):
            s = self._cells.get(ij)
            if s is not None:
                s.discard(key)
                if not s:
                    del self._cells[ij]

    def query(self, r: Rect) -> set[Hashable]:
        """Keys whose rectangle may intersect ``r`` (exactly: those that do)."""
        out: set[Hashable] = set(self._big)
        cells = self._cells
        c = self.cell
        i0, i1 = math.floor(r[0] / c), math.floor(r[2] / c)
        j0, j1 = math.floor(r[1] / c), math.floor(r[3] / c)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > len(cells):  # a big region: scan the rectangles
            return {k for k, q in self._rects.items() if intersects(q, r)}
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                s = cells.get((i, j))
                if s:
                    out |= s
        rects = self._rects
        return {k for k in out if intersects(rects[k], r)}

    def clear(self) -> None:
        self._cells.clear()
        self._rects.clear()
        self._big.clear()


def intersects(a: Rect, b: Rect) -> bool:
    """Open intersection: rectangles that only touch along an edge do not intersect."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
