"""Graphics items of the map canvas: actors (with their labels) and ties."""

from .actor_item import ActorItem, LabelItem
from .tie_item import TieItem

__all__ = ["ActorItem", "LabelItem", "TieItem"]
