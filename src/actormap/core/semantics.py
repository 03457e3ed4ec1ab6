"""What each tie kind means: sign, direction and analysis layer, in one table.

Analysis, drawing and import all read this table, so they cannot disagree.
The four required kinds follow the symbiotic / protective / parasitic /
coercive typology of relations between organised crime and its environment
used in peace-mediation practice; ``conflict`` and ``dialogue`` come from
conflict-mapping notation (Fisher et al., *Working with Conflict*, 2000).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .model import TieKind


class Layer(StrEnum):
    """Analysis layers built from tie kinds."""

    ALL = "all"  # every tie, as an undirected skeleton
    TRUST = "trust"  # symbiotic + protective
    HOSTILE = "hostile"  # coercive + parasitic + conflict


@dataclass(frozen=True)
class TieSemantics:
    kind: TieKind
    sign: int  # +1 positive, -1 negative, 0 neutral (left out of balance)
    directed: bool  # False: mutual (A <-> B); True: A -> B
    layers: frozenset[Layer]
    label: str
    meaning: str


SEMANTICS: dict[TieKind, TieSemantics] = {
    s.kind: s
    for s in (
        TieSemantics(
            TieKind.TRUST, +1, False, frozenset({Layer.ALL, Layer.TRUST}),
            "Trust", "close relationship: respect, confidence, kinship",
        ),
        TieSemantics(
            TieKind.SYMBIOTIC, +1, False, frozenset({Layer.ALL, Layer.TRUST}),
            "Symbiotic", "mutual material benefit (cartel and corrupt officials)",
        ),
        TieSemantics(
            TieKind.PROTECTIVE, +1, True, frozenset({Layer.ALL, Layer.TRUST}),
            "Protective", "A shields B (militia protects a community)",
        ),
        TieSemantics(
            TieKind.PARASITIC, -1, True, frozenset({Layer.ALL, Layer.HOSTILE}),
            "Parasitic", "A extracts from B (extortion, 'taxing' trade)",
        ),
        TieSemantics(
            TieKind.COERCIVE, -1, True, frozenset({Layer.ALL, Layer.HOSTILE}),
            "Coercive", "A forces B by violence or threat",
        ),
        TieSemantics(
            TieKind.CONFLICT, -1, False, frozenset({Layer.ALL, Layer.HOSTILE}),
            "Conflict", "mutual hostility, open discord",
        ),
        TieSemantics(
            TieKind.DIALOGUE, 0, False, frozenset({Layer.ALL}),
            "Dialogue", "an open channel of communication",
        ),
    )
}

TRUST_KINDS = frozenset(k for k, s in SEMANTICS.items() if Layer.TRUST in s.layers)
HOSTILE_KINDS = frozenset(k for k, s in SEMANTICS.items() if Layer.HOSTILE in s.layers)


def sign(kind: TieKind) -> int:
    return SEMANTICS[TieKind(kind)].sign


def is_directed(kind: TieKind) -> bool:
    return SEMANTICS[TieKind(kind)].directed


def in_layer(kind: TieKind, layer: Layer) -> bool:
    return Layer(layer) in SEMANTICS[TieKind(kind)].layers
