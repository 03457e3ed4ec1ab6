"""Actor colours and marks: a colour-blind-safe colour and a shape per kind.

Colour is never the only cue: every actor kind also gets a small mark drawn inside its
circle (diamond, triangle, star, ...), so a map printed in grey or read by someone with a
colour-vision deficiency still tells the kinds apart. Colours from Okabe & Ito, *Color
Universal Design* (2002), https://jfly.uni-koeln.de/color/. Heat colours use viridis
(van der Walt & Smith, 2015), perceptually uniform and colour-blind safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ...core.model import ActorKind
from ..i18n import message

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


TOL = {  # Paul Tol, "Colour schemes" (SRON, 2021): light pink, muted indigo, bright purple
    "pink": "#FFAABB",
    "indigo": "#332288",
    "purple": "#AA3377",
}


@dataclass(frozen=True)
class KindStyle:
    """How one actor kind looks: fill colour and inner mark (its name: :func:`kind_label`)."""

    color: str
    mark: str  # a name understood by notation.mark_path


# Every kind has its own colour AND its own mark. The seven Okabe-Ito hues go to the armed
# groups (warm), state and politics (blues) and communities (green); five more come from
# Paul Tol's colour-blind-safe schemes (https://personal.sron.nl/~pault/): pale pink, indigo,
# purple, and black and white for the least specific kinds. Chosen so that any two kinds
# differ by at least 15 CIELAB units for normal vision AND under simulated protanopia,
# deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009) -- a test recomputes it;
# where two colours come closest under a deficiency, the marks still differ.
KIND_STYLES: dict[ActorKind, KindStyle] = {
    ActorKind.CARTEL: KindStyle(OKABE_ITO["vermillion"], "diamond"),
    ActorKind.GANG: KindStyle(OKABE_ITO["reddish_purple"], "triangle"),
    ActorKind.MILITIA: KindStyle(OKABE_ITO["orange"], "square"),
    ActorKind.REBEL_GROUP: KindStyle(OKABE_ITO["yellow"], "star"),
    ActorKind.STATE_AGENT: KindStyle(OKABE_ITO["blue"], "shield"),
    ActorKind.POLITICAL: KindStyle(OKABE_ITO["sky_blue"], "triangle_down"),
    ActorKind.COMMUNITY: KindStyle(OKABE_ITO["bluish_green"], "house"),
    ActorKind.CIVIL_SOCIETY: KindStyle(TOL["pink"], "ring"),
    ActorKind.RELIGIOUS: KindStyle(TOL["indigo"], "cross"),
    ActorKind.BUSINESS: KindStyle(TOL["purple"], "bars"),
    ActorKind.INTERNATIONAL: KindStyle("#000000", "globe"),
    ActorKind.OTHER: KindStyle("#FFFFFF", "dot"),
}


def kind_style(kind: ActorKind | str) -> KindStyle:
    return KIND_STYLES.get(ActorKind(kind), KIND_STYLES[ActorKind.OTHER])


def kind_label(kind: ActorKind | str) -> str:
    """The kind's name in the legend and tooltips, in the interface's language ("Rebel group",
    "Grupo rebelde"): the core catalogue's word, capitalised."""
    word = message(f"kind.{ActorKind(kind).value}")
    return word[:1].upper() + word[1:]


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.x) of a colour, 0 (black) .. 1 (white)."""

    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill`` (for marks inside circles)."""
    lum = luminance(fill)
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#FFFFFF")


# viridis, 9 anchors sampled from matplotlib's table (0, 0.125, ..., 1)
_VIRIDIS = [
    (0x44, 0x01, 0x54), (0x47, 0x2C, 0x7A), (0x3B, 0x51, 0x8B), (0x2C, 0x71, 0x8E),
    (0x21, 0x90, 0x8D), (0x27, 0xAD, 0x81), (0x5C, 0xC8, 0x63), (0xAA, 0xDC, 0x32),
    (0xFD, 0xE7, 0x25),
]


def heat_color(t: float) -> QColor:
    """The viridis colour at ``t`` in [0, 1] (clamped), linearly interpolated."""
    t = 0.0 if t != t else min(1.0, max(0.0, t))  # NaN -> 0
    pos = t * (len(_VIRIDIS) - 1)
    i = min(int(pos), len(_VIRIDIS) - 2)
    f = pos - i
    a, b = _VIRIDIS[i], _VIRIDIS[i + 1]
    return QColor(*(round(a[k] + (b[k] - a[k]) * f) for k in range(3)))
