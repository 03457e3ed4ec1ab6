"""Build the sample maps in ``sample_maps/`` from the data in ``tools/sample_data/``.

Run ``.venv/bin/python tools/build_samples.py`` from the repository root. Ids are
``uuid5`` of a fixed namespace and a slug, so re-running gives identical bytes.
The maps are built with :mod:`actormap.core.model` and written with
:func:`actormap.core.io.save_map`, so they are canonical ``.actormap`` files.
Dates (for the time slider) live in blocks of their own: ``actor_dates`` and
``tie_dates`` (slug or ``(source, kind, target)`` -> ``(start, end)``; start
inclusive, end exclusive) and ``events``. Where a source gives only the month, the
date is the first of that month.
``--check`` rebuilds in memory and fails if a file on disk differs.
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from actormap.core.document import MapDocument
from actormap.core.edits import Compound, Edit
from actormap.core.io import dumps_map, save_map
from actormap.core.model import (
    Actor,
    ActorMap,
    Agreement,
    Event,
    Label,
    Perspective,
    SavedView,
    Scenario,
    Tie,
    ViewFocus,
)
from actormap.core.perspective import perspective_patch
from actormap.core.scenario import scenario_patch

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_maps"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://actormap.invalid/sample_maps")
MAPS = ["el_salvador_2012_truce", "mexico_kingpin_strategy", "libya_post_2011_militias", "rio_favelas"]
MIN_GAP = 110.0
VIEW_WINDOW = (1280.0, 800.0)
"""Reference window in which a view's region is framed (a view stores the region shown)."""
VIEW_CLEAR = (20.0, 20.0, 1260.0, 705.0)
"""Part of the reference window above presentation mode's caption (left, top, right, bottom)."""
VIEW_LEGEND = (0.0, 0.0, 455.0, 320.0)
"""Presentation mode's legend over the top-left corner of the reference window."""
VIEW_PAD = (110.0, 50.0, 110.0, 160.0)
"""Room around the framed nodes for node size and labels (left, top, right, bottom; pixels)."""
VIEW_MAX_ZOOM = 1.4


@dataclass
class A:
    """An actor row: slug plus the model fields (positions in canvas pixels)."""

    slug: str
    name: str
    kind: str
    faction: str
    power: int
    x: float
    y: float
    agenda: str | None = None
    legitimacy: float | None = None
    labels: tuple[tuple[str, str], ...] = ()
    external: bool = False
    is_self: bool = False
    notes: str = ""
    sources: tuple[str, ...] = ()


@dataclass
class T:
    """A tie row between two actor slugs.

    ``retyped_from``: the kind the tie was first published with. A tie's id is made from
    ``source>kind>target``; a re-typed tie keeps the id of its first kind, as an edit of the
    kind in the program keeps the tie's id.
    """

    source: str
    target: str
    kind: str
    strength: int = 2
    confidence: str = "reported"
    notes: str = ""
    sources: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    retyped_from: str | None = None


@dataclass
class V:
    """A saved view: slug, name and focus (actor slugs, factions, tie kinds).

    The camera is computed: it frames the actors in focus (see :func:`view_camera`).
    """

    slug: str
    name: str
    actors: tuple[str, ...] = ()
    factions: tuple[str, ...] = ()
    tie_kinds: tuple[str, ...] = ()
    hide_others: bool = False
    notes: str = ""


@dataclass
class Ag:
    """An agreement between actor slugs (truce, covenant, peace zone, pact)."""

    slug: str
    name: str
    kind: str
    status: str
    parties: tuple[str, ...]
    facilitators: tuple[str, ...] = ()
    guarantors: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    notes: str = ""
    sources: tuple[str, ...] = ()


class Ids:
    """Ids of a map's items by slug, for the strategy edits of a scenario."""

    def __init__(self, spec_slug: str, scenario_slug: str, actors: dict[str, str]):
        self._spec, self._scen, self._actors = spec_slug, scenario_slug, actors

    def actor(self, slug: str) -> str:
        if slug not in self._actors:
            raise ValueError(f"{self._spec}: scenario {self._scen!r} names unknown actor {slug!r}")
        return self._actors[slug]

    def actors(self, *slugs: str) -> list[str]:
        return [self.actor(s) for s in slugs]

    def tie(self, source: str, kind: str, target: str) -> str:
        return _id(self._spec, "tie", f"{source}>{kind}>{target}")

    def agreement(self, slug: str) -> str:
        return _id(self._spec, "agreement", slug)

    def new(self, slug: str) -> str:
        """The id of an item this scenario creates."""
        return _id(self._spec, "scenario", self._scen, slug)


@dataclass
class S:
    """A scenario: a strategy tried on the map, as strategy edits (``actormap.core.strategy``).

    ``edits`` receives an :class:`Ids` and returns the edits; the scenario stores their
    changeset as a patch over the map.
    """

    slug: str
    name: str
    strategy: str
    description: str
    edits: Callable[[Ids], list[Edit]]


@dataclass
class E:
    """An event: slug, name and date (``end``: for events that last, exclusive), and what it
    concerns: actor slugs, ties as ``(source, kind, target)`` slugs, agreement slugs."""

    slug: str
    name: str
    date: date
    end: date | None = None
    actors: tuple[str, ...] = ()
    ties: tuple[tuple[str, str, str], ...] = ()
    agreements: tuple[str, ...] = ()
    notes: str = ""
    sources: tuple[str, ...] = ()


Dates = dict  # slug (actor) or (source, kind, target) (tie) -> (start, end); None: not dated


@dataclass
class L:
    """A sourced label of an actor, possibly a legal designation, possibly dated.

    Listed in a map's ``labels`` block by actor slug. ``was``: the ``(source, label)`` of a
    label in the actor's row that this one replaces (same place in the list); else it is added.
    """

    source: str
    label: str
    designation: bool = False
    jurisdiction: str = ""
    start: date | None = None
    end: date | None = None
    was: tuple[str, str] | None = None


@dataclass
class P:
    """A perspective: the map "as seen by" a party, as edits of the shared map (like :class:`S`)."""

    slug: str
    name: str
    seen_by: str | None
    description: str
    edits: Callable[[Ids], list[Edit]]


@dataclass
class MapSpec:
    slug: str
    title: str
    description: str
    viewpoint: str
    as_of: date
    actors: list[A]
    ties: list[T]
    authors: list[str] = field(default_factory=lambda: ["actormap sample maps"])
    sensitivity: str = "public"
    views: list[V] = field(default_factory=list)
    agreements: list[Ag] = field(default_factory=list)
    scenarios: list[S] = field(default_factory=list)
    actor_dates: Dates = field(default_factory=dict)
    tie_dates: Dates = field(default_factory=dict)
    events: list[E] = field(default_factory=list)
    labels: dict[str, tuple[L, ...]] = field(default_factory=dict)
    perspectives: list[P] = field(default_factory=list)


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def build(spec: MapSpec) -> ActorMap:
    """Turn a :class:`MapSpec` into a validated :class:`ActorMap`."""
    ids: dict[str, str] = {}
    actors = []
    unknown = sorted(set(spec.actor_dates) - {a.slug for a in spec.actors})
    if unknown:
        raise ValueError(f"{spec.slug}: dates for unknown actor {unknown[0]!r}")
    for a in spec.actors:
        if a.slug in ids:
            raise ValueError(f"{spec.slug}: actor slug {a.slug!r} used twice")
        ids[a.slug] = _id(spec.slug, "actor", a.slug)
        start, end = spec.actor_dates.get(a.slug, (None, None))
        actors.append(
            Actor(
                id=ids[a.slug], name=a.name, kind=a.kind, faction=a.faction, power=a.power,
                legitimacy=a.legitimacy, agenda=a.agenda,
                labels=_labels(spec, a),
                external=a.external, is_self=a.is_self, notes=a.notes, sources=list(a.sources),
                start=start, end=end, x=float(a.x), y=float(a.y),
            )
        )
    ties = []
    tie_ids: dict[tuple[str, str, str], str] = {}
    seen: set[str] = set()
    for t in spec.ties:
        key = f"{t.source}>{t.kind}>{t.target}"
        id_key = f"{t.source}>{t.retyped_from or t.kind}>{t.target}"
        if key in seen or id_key in seen:
            raise ValueError(f"{spec.slug}: tie {key} listed twice (or its id is taken)")
        seen |= {key, id_key}
        for end in (t.source, t.target):
            if end not in ids:
                raise ValueError(f"{spec.slug}: tie {key} names unknown actor {end!r}")
        start, end = _tie_dates(spec, t)
        tie_ids[(t.source, t.kind, t.target)] = _id(spec.slug, "tie", id_key)
        ties.append(
            Tie(
                id=tie_ids[(t.source, t.kind, t.target)], source=ids[t.source], target=ids[t.target],
                kind=t.kind, strength=t.strength, confidence=t.confidence, notes=t.notes,
                sources=list(t.sources), start=start, end=end,
            )
        )
    unknown = sorted(set(spec.tie_dates) - set(tie_ids))
    if unknown:
        raise ValueError(f"{spec.slug}: dates for unknown tie {'>'.join(unknown[0])}")
    amap = ActorMap(
        title=spec.title, description=spec.description, viewpoint=spec.viewpoint,
        as_of=spec.as_of, authors=spec.authors, sensitivity=spec.sensitivity,
        actors=actors, ties=ties, views=[_view(spec, v, ids) for v in spec.views],
        agreements=[_agreement(spec, g, ids) for g in spec.agreements],
        events=[_event(spec, e, ids, tie_ids) for e in spec.events],
    )
    _check_layout(spec)
    unknown = sorted(set(spec.labels) - set(ids))
    if unknown:
        raise ValueError(f"{spec.slug}: labels given to unknown actor {unknown[0]!r}")
    scenarios = [_scenario(spec, amap, sc, ids) for sc in spec.scenarios]
    perspectives = [_perspective(spec, amap, p, ids) for p in spec.perspectives]
    update = {k: v for k, v in (("scenarios", scenarios), ("perspectives", perspectives)) if v}
    return amap.model_copy(update=update) if update else amap


def _labels(spec: MapSpec, a: A) -> list[Label]:
    """The actor row's labels, with the map's ``labels`` block applied (replacements, additions)."""
    out = [Label(source=s, label=lab) for s, lab in a.labels]
    for x in spec.labels.get(a.slug, ()):
        new = Label(source=x.source, label=x.label, designation=x.designation, jurisdiction=x.jurisdiction,
                    start=x.start, end=x.end)
        if x.was is None:
            out.append(new)
            continue
        hits = [i for i, lab in enumerate(out) if (lab.source, lab.label) == x.was]
        if not hits:
            raise ValueError(f"{spec.slug}: {a.slug} has no label {x.was!r} to replace")
        out[hits[0]] = new
    return out


def _perspective(spec: MapSpec, amap: ActorMap, p: P, ids: dict[str, str]) -> Perspective:
    """Apply the perspective's edits to the shared map; store what they changed as its patch."""
    doc = MapDocument(amap)
    Compound(p.edits(Ids(spec.slug, p.slug, ids)), p.name).apply(doc)
    seen_by = None
    if p.seen_by is not None:
        if p.seen_by not in ids:
            raise ValueError(f"{spec.slug}: perspective {p.slug!r} seen by unknown actor {p.seen_by!r}")
        seen_by = ids[p.seen_by]
    return Perspective(id=_id(spec.slug, "perspective", p.slug), name=p.name, seen_by=seen_by,
                       description=p.description, changes=perspective_patch(amap, doc.snapshot()))


def _agreement(spec: MapSpec, g: Ag, ids: dict[str, str]) -> Agreement:
    for slug in (*g.parties, *g.facilitators, *g.guarantors):
        if slug not in ids:
            raise ValueError(f"{spec.slug}: agreement {g.slug!r} names unknown actor {slug!r}")
    return Agreement(
        id=_id(spec.slug, "agreement", g.slug), name=g.name, kind=g.kind, status=g.status,
        parties=[ids[s] for s in g.parties], facilitators=[ids[s] for s in g.facilitators],
        guarantors=[ids[s] for s in g.guarantors], terms=list(g.terms), start=g.start, end=g.end,
        notes=g.notes, sources=list(g.sources),
    )


def _scenario(spec: MapSpec, amap: ActorMap, sc: S, ids: dict[str, str]) -> Scenario:
    """Apply the scenario's strategy edits to the map; store what they changed as its patch."""
    doc = MapDocument(amap)
    Compound(sc.edits(Ids(spec.slug, sc.slug, ids)), sc.name).apply(doc)
    return Scenario(id=_id(spec.slug, "scenario", sc.slug), name=sc.name, strategy=sc.strategy,
                    description=sc.description, changes=scenario_patch(amap, doc.snapshot()))


def _tie_dates(spec: MapSpec, t: T) -> tuple[date | None, date | None]:
    """A tie's dates: its row's, completed by ``tie_dates`` (which may not contradict the row)."""
    start, end = spec.tie_dates.get((t.source, t.kind, t.target), (None, None))
    for mine, theirs, what in ((t.start, start, "start"), (t.end, end, "end")):
        if mine is not None and theirs is not None and mine != theirs:
            raise ValueError(f"{spec.slug}: tie {t.source}>{t.kind}>{t.target}: {what} {mine} in its row, "
                             f"{theirs} in tie_dates")
    return t.start or start, t.end or end


def _event(spec: MapSpec, e: E, ids: dict[str, str], tie_ids: dict) -> Event:
    for slug in e.actors:
        if slug not in ids:
            raise ValueError(f"{spec.slug}: event {e.slug!r} names unknown actor {slug!r}")
    for key in e.ties:
        if tuple(key) not in tie_ids:
            raise ValueError(f"{spec.slug}: event {e.slug!r} names unknown tie {'>'.join(key)}")
    known = {g.slug for g in spec.agreements}
    for slug in e.agreements:
        if slug not in known:
            raise ValueError(f"{spec.slug}: event {e.slug!r} names unknown agreement {slug!r}")
    return Event(id=_id(spec.slug, "event", e.slug), name=e.name, date=e.date, end=e.end,
                 actor_ids=[ids[s] for s in e.actors], tie_ids=[tie_ids[tuple(k)] for k in e.ties],
                 agreement_ids=[_id(spec.slug, "agreement", s) for s in e.agreements],
                 notes=e.notes, sources=list(e.sources))


def _under_legend(px: float, py: float) -> bool:
    """Whether a node at window point ``(px, py)``, padded by :data:`VIEW_PAD`, meets the legend."""
    pl, pt, pr, pb = VIEW_PAD
    ll, lt, lr, lb = VIEW_LEGEND
    return px - pl < lr and py - pt < lb and px + pr > ll and py + pb > lt


def view_camera(actors: list[A]) -> tuple[float, float, float]:
    """Centre and zoom that show ``actors`` with their labels clear of the legend and caption.

    The largest zoom (at most :data:`VIEW_MAX_ZOOM`, in steps of 0.01) at which every node,
    padded by :data:`VIEW_PAD`, lies in :data:`VIEW_CLEAR` outside :data:`VIEW_LEGEND`; of the
    placements that fit, the one nearest the centre of the clear area.
    """
    x0, x1 = min(a.x for a in actors), max(a.x for a in actors)
    y0, y1 = min(a.y for a in actors), max(a.y for a in actors)
    pl, pt, pr, pb = VIEW_PAD
    cl, ct, cr, cb = VIEW_CLEAR
    wx, wy = VIEW_WINDOW[0] / 2, VIEW_WINDOW[1] / 2
    for step in range(round(VIEW_MAX_ZOOM * 100), 0, -1):
        zoom = step / 100
        # window x of the bbox's left edge may range so the padded bbox stays in the clear area
        lo_x, hi_x = cl + pl, cr - pr - (x1 - x0) * zoom
        lo_y, hi_y = ct + pt, cb - pb - (y1 - y0) * zoom
        if lo_x > hi_x or lo_y > hi_y:
            continue
        mid_x, mid_y = (lo_x + hi_x) / 2, (lo_y + hi_y) / 2
        offsets = sorted(
            ((lo_x + (hi_x - lo_x) * i / 20, lo_y + (hi_y - lo_y) * j / 20) for i in range(21) for j in range(21)),
            key=lambda o: (o[0] - mid_x) ** 2 + (o[1] - mid_y) ** 2,
        )
        for left, top in offsets:
            points = [(left + (a.x - x0) * zoom, top + (a.y - y0) * zoom) for a in actors]
            if not any(_under_legend(px, py) for px, py in points):
                cx = x0 + (wx - left) / zoom
                cy = y0 + (wy - top) / zoom
                return round(cx, 1), round(cy, 1), zoom
    raise ValueError("saved view: no camera frames its actors")


def _view(spec: MapSpec, v: V, ids: dict[str, str]) -> SavedView:
    unknown = [s for s in v.actors if s not in ids]
    if unknown:
        raise ValueError(f"{spec.slug}: view {v.slug!r} names unknown actor {unknown[0]!r}")
    factions = {a.faction for a in spec.actors}
    unknown = [f for f in v.factions if f not in factions]
    if unknown:
        raise ValueError(f"{spec.slug}: view {v.slug!r} names unknown faction {unknown[0]!r}")
    framed = [a for a in spec.actors if a.slug in v.actors or a.faction in v.factions]
    if not framed:
        ends = {e for t in spec.ties if t.kind in v.tie_kinds for e in (t.source, t.target)}
        framed = [a for a in spec.actors if a.slug in ends] or spec.actors
    cx, cy, zoom = view_camera(framed)
    return SavedView(
        id=_id(spec.slug, "view", v.slug), name=v.name, center_x=cx, center_y=cy,
        width=VIEW_WINDOW[0] / zoom, height=VIEW_WINDOW[1] / zoom,
        focus=ViewFocus(actor_ids=[ids[s] for s in v.actors], factions=list(v.factions),
                        tie_kinds=list(v.tie_kinds), hide_others=v.hide_others),
        notes=v.notes,
    )


def _check_layout(spec: MapSpec) -> None:
    tied = {t.source for t in spec.ties} | {t.target for t in spec.ties}
    lonely = [a.slug for a in spec.actors if a.slug not in tied]
    if lonely:
        raise ValueError(f"{spec.slug}: actors without ties: {lonely}")
    for i, a in enumerate(spec.actors):
        if not (-620 <= a.x <= 620 and -420 <= a.y <= 420):
            raise ValueError(f"{spec.slug}: {a.slug} at ({a.x}, {a.y}) is off the canvas area")
        for b in spec.actors[i + 1:]:
            d = math.hypot(a.x - b.x, a.y - b.y)
            if d < MIN_GAP:
                raise ValueError(f"{spec.slug}: {a.slug} and {b.slug} are only {d:.0f} px apart")


def load_spec(name: str) -> MapSpec:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    return importlib.import_module(f"sample_data.{name}").SPEC


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="maps to build (default: all that exist)")
    ap.add_argument("--check", action="store_true", help="compare with the files, write nothing")
    args = ap.parse_args(argv)
    names = args.names or [n for n in MAPS if (Path(__file__).parent / "sample_data" / f"{n}.py").exists()]
    status = 0
    for name in names:
        spec = load_spec(name)
        amap = build(spec)
        path = OUT / f"{spec.slug}.actormap"
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == dumps_map(amap)
            print(f"{path.name}: {'up to date' if same else 'DIFFERS'}")
            status |= not same
        else:
            save_map(amap, path)
            print(f"{path.name}: {len(amap.actors)} actors, {len(amap.ties)} ties")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
