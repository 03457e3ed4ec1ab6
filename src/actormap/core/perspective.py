"""Perspectives: the same conflict "as seen by" a party, and where two views disagree.

A :class:`~.model.Perspective` is a named change set (a :class:`~.model.Patch`) over the
shared map -- the ties and kinds that party would draw differently (the police see the
self-defence groups as protective, the residents as coercive). It reuses the scenario
machinery (:mod:`.patch`, :mod:`.scenario`): :func:`perspective_variant` is the map as the
perspective describes it, :func:`perspective_patch` the patch a perspective's tab stores.

:func:`disagreements` compares two views of one base (two perspectives, or a perspective and
the shared map) pair of actors by pair of actors: the ties each draws between them, by actor
names and kinds, and whether the sign flips (positive in one, hostile in the other).
:func:`compare_perspectives` adds the scenario summaries (:func:`.scenario.summarize`) and
which disagreements change the mediator shortlist on their own (the shared map with only
that pair as the perspective draws it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .errors import ActorMapError
from .model import ActorMap, Patch, Perspective, Tie
from .patch import find_named, patch_between, without
from .scenario import SHORTLIST, Delta, PatchIssue, Summary, delta, saved_variant, summarize
from .semantics import is_directed, sign

NOT_PATCHED = frozenset({"scenarios", "perspectives"})
"""Collections a perspective's patch never holds."""
PIVOT_LIMIT = 60
"""At most this many disagreements are tried one by one against the shortlist."""


class PerspectiveError(ActorMapError, ValueError):
    """A perspective that is not in the map, or that contradicts itself."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def perspective_base(amap: ActorMap) -> ActorMap:
    """The shared map a perspective applies to: the map without its scenarios and perspectives."""
    return without(amap, NOT_PATCHED)


def perspective_patch(base: ActorMap, variant: ActorMap) -> Patch:
    """What ``variant`` draws differently from ``base`` (collections only, never the map
    properties, scenarios or perspectives)."""
    return patch_between(base, variant, NOT_PATCHED)


def perspective_variant(amap: ActorMap, perspective: Perspective):
    """``(variant, changeset, problems)``: the map as ``perspective`` sees it (see
    :func:`.patch.apply_patch`; parts that no longer fit the base are skipped and listed)."""
    return saved_variant(amap, perspective, NOT_PATCHED, PerspectiveError, "perspective")


def find_perspectives(amap: ActorMap, wanted: Iterable[str] | None = None) -> list[Perspective]:
    """The saved perspectives named (by name, then ignoring case, or by id); all when ``wanted`` is None."""
    return find_named(amap.perspectives, wanted, "perspective", PerspectiveError)


# ---- disagreements ---------------------------------------------------------------------------------

class TieLook(_Frozen):
    """A tie as one view draws it, by actor names."""

    id: str
    source: str = Field(description="actor id")
    target: str = Field(description="actor id")
    source_name: str
    target_name: str
    kind: str
    directed: bool
    strength: int

    def text(self) -> str:
        arrow = "→" if self.directed else "—"
        return f"{self.source_name} {arrow} {self.target_name}: {self.kind}"


class Disagreement(_Frozen):
    """Two views draw the ties between one pair of actors differently."""

    actors: tuple[str, str] = Field(description="the pair's actor ids (by name)")
    names: tuple[str, str]
    a: list[TieLook] = Field(description="the ties between them in the first view")
    b: list[TieLook] = Field(description="the ties between them in the second view")
    what: Literal["only_a", "only_b", "kinds_differ", "strength_differs"]
    sign_flip: bool = Field(description="one view draws a positive tie where the other draws a hostile one")

    def text(self, a_name: str = "A", b_name: str = "B") -> str:
        def side(ties: list[TieLook]) -> str:
            return ", ".join(f"{t.kind}{' →' if t.directed else ''}"
                             f"{' ' + t.target_name if t.directed else ''}" for t in ties) or "no tie"
        return f"{self.names[0]} / {self.names[1]}: {a_name}: {side(self.a)}; {b_name}: {side(self.b)}"


def _looks(amap: ActorMap, names: dict[str, str]) -> dict[tuple[str, str], list[TieLook]]:
    out: dict[tuple[str, str], list[TieLook]] = {}
    for t in amap.ties:
        pair = tuple(sorted((t.source, t.target), key=lambda i: (names.get(i, i).casefold(), i)))
        out.setdefault(pair, []).append(TieLook(
            id=t.id, source=t.source, target=t.target, source_name=names.get(t.source, t.source),
            target_name=names.get(t.target, t.target), kind=t.kind.value, directed=is_directed(t.kind),
            strength=t.strength))
    for looks in out.values():
        looks.sort(key=lambda x: (x.kind, x.source_name, x.id))
    return out


def _shape(looks: list[TieLook]) -> list[tuple]:
    return sorted((x.kind, x.source if x.directed else "", x.target if x.directed else "") for x in looks)


def _view(base: ActorMap, view: ActorMap | Perspective | None) -> ActorMap:
    if view is None:
        return perspective_base(base)
    if isinstance(view, Perspective):
        return perspective_variant(base, view)[0]
    return view


def disagreements(base: ActorMap, a: ActorMap | Perspective | None,
                  b: ActorMap | Perspective | None = None) -> list[Disagreement]:
    """Where views ``a`` and ``b`` of ``base`` draw the ties between a pair of actors differently.

    A view is a perspective of ``base``, the map it gives, or None for the shared map itself.
    Ties are compared by pair of actors (a tie one view adds and another removes is one
    disagreement): by kind and, for directed kinds, direction; strength only when the kinds
    agree. Sorted by the pair's names.
    """
    ma, mb = _view(base, a), _view(base, b)
    names = {x.id: x.name for m in (perspective_base(base), mb, ma) for x in m.actors}
    la, lb = _looks(ma, names), _looks(mb, names)
    out = []
    for pair in sorted(la.keys() | lb.keys(), key=lambda p: (names[p[0]].casefold(), names[p[1]].casefold(), p)):
        ta, tb = la.get(pair, []), lb.get(pair, [])
        if _shape(ta) == _shape(tb):
            if sorted((x.kind, x.strength) for x in ta) == sorted((x.kind, x.strength) for x in tb):
                continue
            what = "strength_differs"
        else:
            what = "only_a" if not tb else "only_b" if not ta else "kinds_differ"
        signs_a = {sign(x.kind) for x in ta} - {0}
        signs_b = {sign(x.kind) for x in tb} - {0}
        flip = (1 in signs_a and -1 in signs_b and -1 not in signs_a) or (
            -1 in signs_a and 1 in signs_b and 1 not in signs_a)
        out.append(Disagreement(actors=pair, names=(names[pair[0]], names[pair[1]]), a=ta, b=tb, what=what,
                                sign_flip=flip))
    return out


def _with_pair(base: ActorMap, view: ActorMap, pair: tuple[str, str]) -> ActorMap | None:
    """``base`` with the ties between ``pair`` as ``view`` draws them (None: an actor is not on ``base``)."""
    ids = {x.id for x in base.actors}
    if not set(pair) <= ids:
        return None
    key = set(pair)
    ties: list[Tie] = [t for t in base.ties if {t.source, t.target} != key]
    taken = {t.id for t in ties}
    ties += [t for t in view.ties if {t.source, t.target} == key and t.id not in taken]
    return base.model_copy(update={"ties": sorted(ties, key=lambda t: t.id)})


# ---- comparison with summaries -----------------------------------------------------------------------

class PerspectiveResult(_Frozen):
    id: str
    name: str
    seen_by: str | None
    summary: Summary
    delta: Delta
    disagreements: list[Disagreement] = Field(description="with the shared map (a = the shared map, "
                                                          "b = this perspective)")
    shortlist_changers: list[int] = Field(
        description="indexes into disagreements: each on its own changes the mediator shortlist "
                    f"(top {SHORTLIST}) of the shared map")
    problems: list[PatchIssue] = Field(default_factory=list)


class PerspectiveComparison(_Frozen):
    """``actormap compare --perspective NAME --json``."""

    base: Summary
    perspectives: list[PerspectiveResult]


def shortlist_changers(base: ActorMap, variant: ActorMap, found: list[Disagreement],
                       base_shortlist: list[str] | None = None) -> list[int]:
    """Indexes of the disagreements that, taken alone into ``base``, change who is on its mediator
    shortlist (the top :data:`~.scenario.SHORTLIST`; a new order alone is no change, as in
    :func:`.scenario.delta`).

    Tries at most :data:`PIVOT_LIMIT` disagreements (those with a sign flip first).
    """
    from .analysis.mediators import insider_mediators

    def shortlist(m: ActorMap) -> list[str]:
        return [c.id for c in insider_mediators(m).ranked][:SHORTLIST]

    base = perspective_base(base)
    ref = base_shortlist[:SHORTLIST] if base_shortlist is not None else shortlist(base)
    order = sorted(range(len(found)), key=lambda i: (not found[i].sign_flip, i))[:PIVOT_LIMIT]
    out = []
    for i in order:
        m = _with_pair(base, variant, found[i].actors)
        if m is not None and set(shortlist(m)) != set(ref):
            out.append(i)
    return sorted(out)


def compare_perspectives(amap: ActorMap, wanted: Iterable[str] | None = None) -> PerspectiveComparison:
    """The shared map and each chosen perspective (all by default): summaries, deltas,
    disagreements tie by tie and the ones that change the mediator shortlist."""
    chosen = find_perspectives(amap, wanted)
    base = perspective_base(amap)
    base_s = summarize(base)
    results = []
    for p in chosen:
        variant, _cs, problems = perspective_variant(amap, p)
        s = summarize(variant, base=base)
        found = disagreements(base, None, variant)
        results.append(PerspectiveResult(
            id=p.id, name=p.name, seen_by=p.seen_by, summary=s, delta=delta(base_s, s, base, variant),
            disagreements=found, shortlist_changers=shortlist_changers(base, variant, found, base_s.mediators),
            problems=PatchIssue.all_of(problems)))
    return PerspectiveComparison(base=base_s, perspectives=results)
