"""Extra layers on the map (agreement hulls, badges, date fades, ...): a small plug-in point.

A layer is anything with a ``z`` and a ``paint(painter, ctx)`` method. The renderer
paints, in this order: layers with ``z < 0`` (behind the ties, e.g. agreement hulls), the
ties, layers with ``0 <= z < LABEL_Z``, the labels, layers with ``LABEL_Z <= z < ACTOR_Z``
(e.g. badges over ties), the actors, then layers with ``z >= ACTOR_Z`` (marks above
actors). ``ctx`` gives the drawing (live positions, radii, emphasis), the theme, the
zoom and the exposed region, so one layer serves the canvas, exports and the CLI.

A feature that should also appear in exports and ``actormap render`` registers a
*factory* ``factory(amap, drawing) -> Layer | None`` with :func:`register_layer`: the
canvas builds its layers from the factories whenever it shows a map (and again after
edits to collections other than actors and ties), and so does every export. A layer
may also give ``bounds(ctx) -> QRectF`` (scene units) so fitting and exports include it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

LABEL_Z = 5.0
ACTOR_Z = 10.0


@dataclass
class LayerContext:
    drawing: Any  # render.drawing.Drawing
    theme: Any  # canvas.theme.Theme
    zoom: float  # device pixels per scene unit
    exposed: QRectF | None  # scene region being painted (None: all)
    detail: bool  # full notation (False: far zoomed out, simplified)


@runtime_checkable
class Layer(Protocol):
    z: float

    def paint(self, painter: QPainter, ctx: LayerContext) -> None: ...


LayerFactory = Callable[[Any, Any], "Layer | None"]
_FACTORIES: list[LayerFactory] = []


def register_layer(factory: LayerFactory) -> LayerFactory:
    """Add a layer factory (usable as a decorator); registering twice is a no-op."""
    if factory not in _FACTORIES:
        _FACTORIES.append(factory)
    return factory


def unregister_layer(factory: LayerFactory) -> None:
    if factory in _FACTORIES:
        _FACTORIES.remove(factory)


def layers_for(amap: Any, drawing: Any) -> list[Layer]:
    """The registered layers of ``amap`` (factories returning None are skipped)."""
    out = []
    for f in list(_FACTORIES):
        layer = f(amap, drawing)
        if layer is not None:
            out.append(layer)
    return out


def layer_bounds(layers, ctx: LayerContext) -> QRectF:
    rect = QRectF()
    for layer in layers:
        fn = getattr(layer, "bounds", None)
        if fn is not None:
            b = fn(ctx)
            if b is not None and not b.isNull():
                rect = rect.united(b)
    return rect
