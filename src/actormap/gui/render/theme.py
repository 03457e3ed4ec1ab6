"""Canvas themes: light (default), dark and a high-contrast projector theme.

A theme only holds colours and sizes; actor kind colours stay Okabe-Ito in every theme
(see :mod:`.palette`), so all of them remain colour-blind safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...core.model import TieKind


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    grid: str
    text: str  # labels
    halo: str  # label background
    halo_alpha: int  # 0-255
    caption: str  # faction caption under the name
    outline: str  # actor circle outline
    shadow: str  # shadow of external actors
    selection: str
    highlight: str
    tie_colors: dict[TieKind, str] = field(default_factory=dict)
    label_pt: float = 9.0  # label font size in points at zoom 1
    label_min_zoom: float = 0.7  # below this zoom labels stop shrinking (kept legible)
    line_scale: float = 1.0  # multiplies tie widths
    faded_opacity: float = 0.15
    legend_bg: str = "#FFFFFF"
    legend_alpha: int = 235
    legend_border: str = "#888888"

    def tie_color(self, kind: TieKind) -> str:
        return self.tie_colors.get(TieKind(kind), self.text)


_TIES_LIGHT = {
    TieKind.TRUST: "#222222",
    TieKind.SYMBIOTIC: "#1F4E79",
    TieKind.PROTECTIVE: "#0B6E4F",
    TieKind.PARASITIC: "#8A3B00",
    TieKind.COERCIVE: "#B23A00",
    TieKind.CONFLICT: "#A0152E",
    TieKind.DIALOGUE: "#4D4D4D",
}
_TIES_DARK = {
    TieKind.TRUST: "#EEEEEE",
    TieKind.SYMBIOTIC: "#8EC5FF",
    TieKind.PROTECTIVE: "#6FE0B4",
    TieKind.PARASITIC: "#F0B070",
    TieKind.COERCIVE: "#FF9A5C",
    TieKind.CONFLICT: "#FF7A90",
    TieKind.DIALOGUE: "#D0D0D0",
}

LIGHT = Theme(
    name="light", background="#FBFBF8", grid="#EDEDE8", text="#111111", halo="#FFFFFF",
    halo_alpha=215, caption="#444444", outline="#222222", shadow="#9A9A9A",
    selection="#0072B2", highlight="#E69F00", tie_colors=_TIES_LIGHT,
)
DARK = Theme(
    name="dark", background="#1E1F22", grid="#2A2B2F", text="#F2F2F2", halo="#1E1F22",
    halo_alpha=200, caption="#C8C8C8", outline="#E8E8E8", shadow="#5E5E5E",
    selection="#56B4E9", highlight="#F0E442", tie_colors=_TIES_DARK,
    legend_bg="#2A2B2F", legend_border="#777777",
)
PROJECTOR = Theme(
    name="projector", background="#FFFFFF", grid="#FFFFFF", text="#000000", halo="#FFFFFF",
    halo_alpha=240, caption="#000000", outline="#000000", shadow="#707070",
    selection="#0072B2", highlight="#D55E00",
    tie_colors={k: "#000000" for k in TieKind}, label_pt=13.0, label_min_zoom=1.0, line_scale=1.6,
    faded_opacity=0.1, legend_border="#000000",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, PROJECTOR)}
