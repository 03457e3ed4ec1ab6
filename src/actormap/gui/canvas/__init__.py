"""The map canvas: conflict-mapping notation on a QGraphicsView that mirrors the document."""

from .scene import MapScene
from .theme import DARK, LIGHT, PROJECTOR, THEMES, Theme
from .view import MapView

__all__ = ["MapScene", "MapView", "Theme", "LIGHT", "DARK", "PROJECTOR", "THEMES"]
