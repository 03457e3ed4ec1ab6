"""One renderer for the canvas, exports and ``actormap render``: drawing + theme + emphasis -> QPainter.

- :mod:`.emphasis`: filter, highlight, named fades and heat, decided the same everywhere;
- :mod:`.drawing`: per actor and tie what to draw and where (routes, label places);
- :mod:`.labels`: label boxes and the placer (no two shown labels overlap);
- :mod:`.routes`: parallel ties fan out, ties bend around actors;
- :mod:`.paint`: one actor, label, tie; :mod:`.renderer`: the whole map, with levels of detail;
- :mod:`.layers`: the plug-in point for extra layers (hulls, badges, fades).
"""

from .drawing import ActorDraw, Drawing, TieDraw
from .emphasis import Emphasis, Heat
from .layers import ACTOR_Z, LABEL_Z, Layer, LayerContext, layers_for, register_layer, unregister_layer
from .renderer import DETAIL_ZOOM, MapRenderer

__all__ = ["ACTOR_Z", "DETAIL_ZOOM", "LABEL_Z", "ActorDraw", "Drawing", "Emphasis", "Heat", "Layer",
           "LayerContext", "MapRenderer", "TieDraw", "layers_for", "register_layer", "unregister_layer"]
