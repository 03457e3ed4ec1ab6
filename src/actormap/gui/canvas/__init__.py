"""The map canvas: conflict-mapping notation on a QGraphicsView that mirrors the document."""

from ..render.theme import DARK, LIGHT, PROJECTOR, THEMES, Theme
from .scene import MapScene
from .view import MapView

__all__ = ["MapScene", "MapView", "Theme", "LIGHT", "DARK", "PROJECTOR", "THEMES"]
