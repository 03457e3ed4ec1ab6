"""What the map stresses and what it plays down: filter, highlight, named fades and heat.

One :class:`Emphasis` holds every reason an item may be faded or hidden, so the canvas,
an export and ``actormap render`` decide the same way (plain Python, no Qt object):

- the *filter* (actor kinds, factions, tie kinds, confidences) fades or hides what it
  leaves out;
- the *highlight* (a neighbourhood, an analysis row, a saved view's focus) lights a set of
  actors and ties and fades or hides the rest;
- *fades* are named sets of items played down by a feature (e.g. the timeline fades what
  is not in force on the slider's date: ``set_fade("timeline", actors, ties)``);
- *heat* colours and sizes actors by a measure (normalised to 0..1).

An item is hidden if any part that leaves it out says "hide", faded if any part leaves
it out. :meth:`Emphasis.notice` says in words why the map is faded, for the banner on
the canvas and the caption of an export, in the interface's language; the reasons callers
give (``"MS-13 and its ties"``) come translated already.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from ..i18n import translate

FADE, HIDE = "fade", "hide"


@dataclass(frozen=True)
class Filter:
    kinds: frozenset | None = None
    factions: frozenset | None = None
    tie_kinds: frozenset | None = None
    confidences: frozenset | None = None
    mode: str = FADE

    def is_empty(self) -> bool:
        return all(v is None for v in (self.kinds, self.factions, self.tie_kinds, self.confidences))

    def actor_passes(self, actor) -> bool:
        return _allows(self.kinds, actor.kind) and _allows(self.factions, actor.faction)

    def tie_passes(self, tie, actors: Mapping) -> bool:
        a, b = actors.get(tie.source), actors.get(tie.target)
        return (a is not None and b is not None and _allows(self.tie_kinds, tie.kind)
                and _allows(self.confidences, tie.confidence)
                and self.actor_passes(a) and self.actor_passes(b))


@dataclass(frozen=True)
class Spotlight:
    """A set of lit items (highlight) or of played-down items (a named fade)."""

    actors: frozenset
    ties: frozenset
    mode: str = FADE
    reason: str = ""


@dataclass(frozen=True)
class Heat:
    values: Mapping[str, float]  # normalised to 0..1
    label: str = ""
    low: float = 0.0
    high: float = 0.0

    @classmethod
    def of(cls, values: Mapping[str, float], label: str = "", keep: Iterable[str] | None = None) -> Heat:
        """Normalise raw ``values`` (non-finite and unknown ids dropped) to 0..1."""
        allowed = None if keep is None else set(keep)
        clean = {}
        for k, v in values.items():
            if v is None or (allowed is not None and k not in allowed):
                continue
            try:
                f = float(v)
            except (TypeError, ValueError):
                continue
            if math.isfinite(f):
                clean[k] = f
        lo, hi = min(clean.values(), default=0.0), max(clean.values(), default=0.0)
        span = hi - lo
        return cls({k: ((v - lo) / span if span > 0 else 0.5) for k, v in clean.items()}, label, lo, hi)


@dataclass(frozen=True)
class Emphasis:
    filter: Filter | None = None
    highlight: Spotlight | None = None
    fades: Mapping[str, Spotlight] = field(default_factory=dict)
    heat: Heat | None = None

    # ---- building (every method returns a new Emphasis) -----------------------------------
    def with_filter(self, kinds=None, factions=None, tie_kinds=None, confidences=None, mode: str = FADE) -> Emphasis:
        f = Filter(*(None if v is None else frozenset(v) for v in (kinds, factions, tie_kinds, confidences)),
                   mode=HIDE if mode == HIDE else FADE)
        return replace(self, filter=None if f.is_empty() else f)

    def with_highlight(self, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (), mode: str = FADE,
                       reason: str = "") -> Emphasis:
        if actor_ids is None:
            return replace(self, highlight=None)
        return replace(self, highlight=Spotlight(frozenset(actor_ids), frozenset(tie_ids),
                                                 HIDE if mode == HIDE else FADE, reason))

    def with_fade(self, key: str, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (), mode: str = FADE,
                  reason: str = "") -> Emphasis:
        fades = dict(self.fades)
        if actor_ids is None:
            fades.pop(key, None)
        else:
            fades[key] = Spotlight(frozenset(actor_ids), frozenset(tie_ids), HIDE if mode == HIDE else FADE, reason)
        return replace(self, fades=fades)

    def with_heat(self, heat: Heat | None) -> Emphasis:
        return replace(self, heat=heat)

    # ---- reading ------------------------------------------------------------------------
    @property
    def is_plain(self) -> bool:
        """Nothing faded or hidden (heat may be on)."""
        return self.filter is None and self.highlight is None and not self.fades

    def actor_state(self, actor) -> tuple[bool, bool]:
        """``(visible, faded)`` of ``actor``."""
        return self._state(self.filter.actor_passes(actor) if self.filter else True,
                           actor.id, 0)

    def tie_state(self, tie, actors: Mapping) -> tuple[bool, bool]:
        """``(visible, faded)`` of ``tie`` (``actors``: id -> actor, for the filter)."""
        return self._state(self.filter.tie_passes(tie, actors) if self.filter else True, tie.id, 1)

    def _state(self, passes: bool, item_id: str, which: int) -> tuple[bool, bool]:
        hidden = faded = False
        if not passes:
            faded = True
            hidden = self.filter.mode == HIDE
        h = self.highlight
        if h is not None and item_id not in (h.actors, h.ties)[which]:
            faded = True
            hidden = hidden or h.mode == HIDE
        for f in self.fades.values():
            if item_id in (f.actors, f.ties)[which]:
                faded = True
                hidden = hidden or f.mode == HIDE
        return not hidden, faded

    def heat_of(self, actor_id: str) -> float | None:
        return None if self.heat is None else self.heat.values.get(actor_id)

    def notice(self) -> str:
        """Why the map is faded, in words ("" when nothing is)."""
        parts = []
        h = self.highlight
        if h is not None:
            parts.append(_highlight_words(h))
        if self.filter is not None:
            parts.append(translate("Emphasis", "a filter: what it leaves out is hidden") if self.filter.mode == HIDE
                         else translate("Emphasis", "a filter: what it leaves out is faded"))
        for f in self.fades.values():
            if f.actors or f.ties:
                parts.append(f.reason or translate("Emphasis", "some actors and ties faded"))
        if not parts:
            return ""
        text = parts[0]
        for more in parts[1:]:
            text = translate("Emphasis", "{notice}; {more}").format(notice=text, more=more)
        return text[:1].upper() + text[1:]


def _highlight_words(h: Spotlight) -> str:
    if not h.reason:
        return (translate("Emphasis", "the highlighted actors and ties at full strength, the rest hidden")
                if h.mode == HIDE else
                translate("Emphasis", "the highlighted actors and ties at full strength, the rest faded"))
    text = (translate("Emphasis", "{what} at full strength, the rest hidden") if h.mode == HIDE
            else translate("Emphasis", "{what} at full strength, the rest faded"))
    return text.format(what=h.reason)


def _allows(chosen, value) -> bool:
    return chosen is None or value in chosen
