"""Kinds of imported actors and ties: kept when they name one of ours, mapped when the user
says how, never silently defaulted.

Other tools type their nodes and edges freely ("funds", "Allies", "Directed"). A value
that names one of actormap's kinds (ignoring case, spaces and hyphens: ``Rebel group``
= ``rebel_group``) is taken; any other value is *unknown*, and the import stops with one
:class:`UnknownKindsError` listing every unknown value and how often it occurs, unless a
:class:`KindMap` maps it (``--map-kind "funds=symbiotic"``) or names a default
(``--default-kind KIND``). A tie without any kind is treated the same way (a tie kind
carries a sign and a direction: none can be guessed); an actor without a kind is
``other`` (actormap's "not specified"), and the import report says how many.
:class:`ImportReport` tells what was mapped, defaulted or left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ActorMapError
from ..model import ActorKind, TieKind
from .errors import MapFileError

DIRECTION_WORDS = frozenset({"directed", "undirected", "mutual", "bidirected", "bidirectional"})
"""Values of a Gephi or Kumu "Type"/"Direction" column that say a direction, not a kind."""


def norm(value: Any) -> str:
    """The comparable form of a kind: lower case, spaces and hyphens as underscores."""
    return "_".join(str(value).strip().lower().replace("-", " ").split())


TIE_KINDS = {k.value for k in TieKind}
ACTOR_KINDS = {k.value for k in ActorKind}


@dataclass(frozen=True)
class KindMap:
    """How the user maps foreign kinds: ``ties``/``actors`` (normalised value -> kind) and defaults."""

    ties: Mapping[str, TieKind] = field(default_factory=dict)
    actors: Mapping[str, ActorKind] = field(default_factory=dict)
    default_tie: TieKind | None = None
    default_actor: ActorKind | None = None

    @classmethod
    def parse(cls, specs: Iterable[str] = (), defaults: Iterable[str] = ()) -> KindMap:
        """From ``--map-kind VALUE=KIND`` (repeatable, comma-separated) and ``--default-kind KIND`` texts.

        A KIND that is a tie kind maps ties, an actor kind maps actors (the names differ).
        """
        ties: dict[str, TieKind] = {}
        actors: dict[str, ActorKind] = {}
        for spec in specs:
            for part in (p for p in str(spec).split(",") if p.strip()):
                if "=" not in part:
                    raise ActorMapError(f"--map-kind {part.strip()!r}: write VALUE=KIND, e.g. \"funds=symbiotic\"")
                value, kind = part.rsplit("=", 1)
                if not norm(value):
                    raise ActorMapError(f"--map-kind {part.strip()!r}: the value to map is empty")
                target = _kind(kind, "--map-kind")
                (ties if isinstance(target, TieKind) else actors)[norm(value)] = target
        default_tie = default_actor = None
        for d in defaults:
            target = _kind(d, "--default-kind")
            if isinstance(target, TieKind):
                default_tie = target
            else:
                default_actor = target
        return cls(ties, actors, default_tie, default_actor)

    def merged(self, other: KindMap) -> KindMap:
        """This map with ``other``'s choices added (``other`` wins)."""
        return KindMap({**self.ties, **other.ties}, {**self.actors, **other.actors},
                       other.default_tie or self.default_tie, other.default_actor or self.default_actor)


def _kind(text: str, option: str) -> TieKind | ActorKind:
    key = norm(text)
    if key in TIE_KINDS:
        return TieKind(key)
    if key in ACTOR_KINDS:
        return ActorKind(key)
    raise ActorMapError(f"{option}: {text.strip()!r} is not a kind; tie kinds: {', '.join(sorted(TIE_KINDS))}; "
                        f"actor kinds: {', '.join(k.value for k in ActorKind)}")


class UnknownKindsError(MapFileError):
    """An import met kinds it cannot place; lists them (value -> count) so they can be mapped."""

    def __init__(self, path, ties: Mapping[str, int], actors: Mapping[str, int], missing_ties: int,
                 example_missing: str = ""):
        self.ties, self.actors = dict(ties), dict(actors)
        self.missing_ties = missing_ties
        parts = []
        if ties:
            parts.append("unknown tie kinds: " + _listing(ties))
        if actors:
            parts.append("unknown actor kinds: " + _listing(actors))
        if missing_ties:
            parts.append(f"{missing_ties} tie{'s have' if missing_ties != 1 else ' has'} no kind"
                         + (f" (e.g. {example_missing})" if example_missing else ""))
        hint = ("; map them, e.g. --map-kind \"funds=symbiotic\", or give --default-kind KIND "
                f"(tie kinds: {', '.join(k.value for k in TieKind)}; actor kinds: "
                f"{', '.join(k.value for k in ActorKind)})")
        super().__init__(path, "; ".join(parts) + hint)


def _listing(values: Mapping[str, int]) -> str:
    return ", ".join(f"{v!r} ({n})" for v, n in sorted(values.items(), key=lambda p: (-p[1], p[0])))


@dataclass
class ImportReport:
    """What an import did with the meaning of the file: mapped, defaulted, left out."""

    mapped: Counter = field(default_factory=Counter)  # (what, value, kind) -> count
    defaulted: Counter = field(default_factory=Counter)  # (what, kind) -> count
    dropped: dict[str, set[str]] = field(default_factory=dict)  # where -> column / attribute names
    notes: list[str] = field(default_factory=list)

    def drop(self, where: str, names: Iterable[str]) -> None:
        names = {n for n in names if n}
        if names:
            self.dropped.setdefault(where, set()).update(names)

    def lines(self) -> list[str]:
        """One sentence per fact, for the CLI and the app's status message."""
        out = []
        for (what, value, kind), n in sorted(self.mapped.items()):
            out.append(f"{n} {what}{'s' * (n != 1)} of kind {value!r} mapped to {kind}")
        for (what, kind), n in sorted(self.defaulted.items()):
            out.append(f"{n} {what}{'s' * (n != 1)} without a known kind set to {kind}")
        for where, names in sorted(self.dropped.items()):
            out.append(f"not imported ({where}): {', '.join(sorted(names))}")
        out.extend(self.notes)
        return out


class KindReader:
    """Reads the kinds of one import: takes, maps or records each value; :meth:`finish` reports."""

    def __init__(self, kinds: KindMap | None, path: str | Path | None, report: ImportReport | None = None):
        self.map = kinds or KindMap()
        self.path = path
        self.report = report if report is not None else ImportReport()
        self.unknown_ties: Counter = Counter()
        self.unknown_actors: Counter = Counter()
        self.missing_ties = 0
        self.example_missing = ""

    def tie(self, value: Any, what: str) -> str:
        """The tie kind for ``value`` (``None``/empty: no kind). Unknowns are recorded."""
        if value is None or not str(value).strip():
            if self.map.default_tie is not None:
                self.report.defaulted["tie", self.map.default_tie.value] += 1
                return self.map.default_tie.value
            self.missing_ties += 1
            self.example_missing = self.example_missing or what
            return TieKind.SYMBIOTIC.value  # placeholder: finish() refuses the import
        key = norm(value)
        if key in TIE_KINDS:
            return key
        if key in self.map.ties:
            self.report.mapped["tie", str(value).strip(), self.map.ties[key].value] += 1
            return self.map.ties[key].value
        if self.map.default_tie is not None:
            self.report.defaulted["tie", self.map.default_tie.value] += 1
            return self.map.default_tie.value
        self.unknown_ties[str(value).strip()] += 1
        return TieKind.SYMBIOTIC.value

    def actor(self, value: Any, what: str) -> str:
        """The actor kind for ``value`` (empty: ``other``, counted in the report)."""
        if value is None or not str(value).strip():
            kind = (self.map.default_actor or ActorKind.OTHER).value
            self.report.defaulted["actor", kind] += 1
            return kind
        key = norm(value)
        if key in ACTOR_KINDS:
            return key
        if key in self.map.actors:
            self.report.mapped["actor", str(value).strip(), self.map.actors[key].value] += 1
            return self.map.actors[key].value
        if self.map.default_actor is not None:
            self.report.defaulted["actor", self.map.default_actor.value] += 1
            return self.map.default_actor.value
        self.unknown_actors[str(value).strip()] += 1
        return ActorKind.OTHER.value

    @staticmethod
    def names_tie_kind(value: Any) -> bool:
        return value is not None and norm(value) in TIE_KINDS

    def finish(self) -> ImportReport:
        """Raise :class:`UnknownKindsError` if anything could not be placed; else the report."""
        if self.unknown_ties or self.unknown_actors or self.missing_ties:
            raise UnknownKindsError(self.path, self.unknown_ties, self.unknown_actors, self.missing_ties,
                                    self.example_missing)
        return self.report
