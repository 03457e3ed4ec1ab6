"""Build the sample maps in ``sample_maps/`` from the data in ``tools/sample_data/``.

Run ``.venv/bin/python tools/build_samples.py`` from the repository root. Ids are
``uuid5`` of a fixed namespace and a slug, so re-running gives identical bytes.
The maps are built with :mod:`actormap.core.model` and written with
:func:`actormap.core.io.save_map`, so they are canonical ``.actormap`` files.
``--check`` rebuilds in memory and fails if a file on disk differs.
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from actormap.core.io import dumps_map, save_map
from actormap.core.model import Actor, ActorMap, Label, Tie

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_maps"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://actormap.invalid/sample_maps")
MAPS = ["el_salvador_2012_truce", "mexico_kingpin_strategy", "libya_post_2011_militias", "rio_favelas"]
MIN_GAP = 110.0


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
    """A tie row between two actor slugs."""

    source: str
    target: str
    kind: str
    strength: int = 2
    confidence: str = "reported"
    notes: str = ""
    sources: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None


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


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def build(spec: MapSpec) -> ActorMap:
    """Turn a :class:`MapSpec` into a validated :class:`ActorMap`."""
    ids: dict[str, str] = {}
    actors = []
    for a in spec.actors:
        if a.slug in ids:
            raise ValueError(f"{spec.slug}: actor slug {a.slug!r} used twice")
        ids[a.slug] = _id(spec.slug, "actor", a.slug)
        actors.append(
            Actor(
                id=ids[a.slug], name=a.name, kind=a.kind, faction=a.faction, power=a.power,
                legitimacy=a.legitimacy, agenda=a.agenda,
                labels=[Label(source=s, label=lab) for s, lab in a.labels],
                external=a.external, is_self=a.is_self, notes=a.notes, sources=list(a.sources),
                x=float(a.x), y=float(a.y),
            )
        )
    ties = []
    seen: set[str] = set()
    for t in spec.ties:
        key = f"{t.source}>{t.kind}>{t.target}"
        if key in seen:
            raise ValueError(f"{spec.slug}: tie {key} listed twice")
        seen.add(key)
        for end in (t.source, t.target):
            if end not in ids:
                raise ValueError(f"{spec.slug}: tie {key} names unknown actor {end!r}")
        ties.append(
            Tie(
                id=_id(spec.slug, "tie", key), source=ids[t.source], target=ids[t.target],
                kind=t.kind, strength=t.strength, confidence=t.confidence, notes=t.notes,
                sources=list(t.sources), start=t.start, end=t.end,
            )
        )
    amap = ActorMap(
        title=spec.title, description=spec.description, viewpoint=spec.viewpoint,
        as_of=spec.as_of, authors=spec.authors, sensitivity=spec.sensitivity,
        actors=actors, ties=ties,
    )
    _check_layout(spec)
    return amap


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
