"""How actors look in other tools' files (GEXF ``viz``, SocNetV and Gephi GraphML attributes).

The same Okabe-Ito colours and circle sizes as the canvas (``gui/canvas/palette.py`` and
``notation.actor_radius``; a GUI test checks they agree), so a map opened in Gephi or
SocNetV keeps its colour code. Positions: actormap, yEd and SocNetV draw y downwards;
Gephi and GEXF viewers draw y upwards, so their ``y`` is ours negated.
"""

from __future__ import annotations

from ..model import ActorKind, TieKind
from ..semantics import SEMANTICS

KIND_COLORS: dict[ActorKind, str] = {
    ActorKind.CARTEL: "#D55E00",
    ActorKind.GANG: "#CC79A7",
    ActorKind.MILITIA: "#E69F00",
    ActorKind.REBEL_GROUP: "#F0E442",
    ActorKind.STATE_AGENT: "#0072B2",
    ActorKind.POLITICAL: "#56B4E9",
    ActorKind.COMMUNITY: "#009E73",
    ActorKind.CIVIL_SOCIETY: "#FFAABB",
    ActorKind.RELIGIOUS: "#332288",
    ActorKind.BUSINESS: "#AA3377",
    ActorKind.INTERNATIONAL: "#000000",
    ActorKind.OTHER: "#FFFFFF",
}
SIGN_COLORS = {+1: "#009E73", 0: "#56B4E9", -1: "#D55E00"}
"""Tie colours by sign: positive bluish green, neutral (dialogue) sky blue, hostile vermillion."""


def actor_radius(power: int) -> float:
    """Circle radius for power 1..5 (20 .. 44), as drawn on the canvas."""
    return 14.0 + 6.0 * max(1, min(5, int(power)))


def rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def tie_color(kind: TieKind) -> str:
    return SIGN_COLORS[SEMANTICS[TieKind(kind)].sign]


def flip_y(y: float) -> float:
    """Between y-down (actormap) and y-up (Gephi) coordinates; ``0.0 - y`` never writes ``-0.0``."""
    return 0.0 - y
