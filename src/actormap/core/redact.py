"""Redacted copies of a map, fit for sharing (``actormap redact``, File ▸ Export redacted…).

What a redacted copy keeps and removes:

- **actors**: names become stable codes, the kind and a number ("Gang 3"),
  numbered by the original id order within each kind; factions become codes
  ("Faction 2", numbered by first appearance in id order); short names, notes,
  sources, labels and provenance are removed, except legal designations, which the mediator
  judgment reads: they stay with their dates, the source and the jurisdiction coded ("Source 1",
  "Jurisdiction 1", numbered by first appearance) and the label text "designation". Kind, power, legitimacy,
  agenda, external/self flags and positions stay: the analysis reads them.
  ``keep_names`` keeps chosen actors' real names (the others' codes do not change); ``hide_kinds`` makes every
  kind "other" (codes "Actor N"), which changes the kind-dependent measures
  (insider mediators read armed-group kinds).
- **ties**: source, target, kind, strength, confidence and dates stay; notes,
  sources and provenance go.
- **agreements, events, views, scenarios, perspectives**: their structure stays
  (parties, facilitators, guarantors, the actors/ties/agreements an event
  concerns, a view's focus, a scenario's changes), their names become codes
  ("Truce 1", "Event 4", "View 2", "Scenario 1"), agreement terms "Term 1"...,
  notes, descriptions, sources and provenance go. Scenario and perspective
  changes are redacted by the same rules (a changed name is dropped).
- **merge conflicts** are dropped (they hold both teammates' raw values).
- **ids** are replaced by new ones in the same order (``a00001``, ``t000001``, ...),
  so ties between equal scores break the same way and nothing links the copy's
  ids to the original's files.
- **the map**: title "Redacted map (redacted)", description, viewpoint and
  authors removed, ``redacted`` set. ``coarsen_dates`` keeps only the year of
  every date: starts become 1 January of their year, ends (exclusive) 1 January
  of the next year unless they are a 1 January, so intervals only widen.

The structure and every tie kind are unchanged, so :func:`~.analysis.report.analyze`
gives the same numbers on the copy, ids mapped (tested on every sample map).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ActorMapError
from .model import ActorKind, ActorMap

DROP = frozenset({"notes", "sources", "provenance", "short_name", "description", "viewpoint", "authors"})
"""Fields removed everywhere (they take their defaults)."""
ID_LISTS = frozenset({"parties", "facilitators", "guarantors", "actor_ids", "tie_ids", "agreement_ids"})
ID_FIELDS = frozenset({"id", "source", "target", "seen_by"})
START_DATES = frozenset({"start", "as_of", "date"})
END_DATES = frozenset({"end"})
PREFIX = {"actors": "a", "ties": "t", "views": "v", "agreements": "g", "events": "e", "scenarios": "s",
          "perspectives": "p", "conflicts": "c"}
REDACTED_TITLE = "Redacted map (redacted)"


@dataclass(frozen=True)
class RedactOptions:
    keep_names: Sequence[str] = ()
    """Actors whose real names are kept (exact names; an unknown name is an error)."""
    hide_kinds: bool = False
    coarsen_dates: bool = False


@dataclass
class RedactResult:
    amap: ActorMap
    ids: dict[str, str] = field(default_factory=dict)
    """Original id -> id in the copy (every collection)."""
    factions: dict[str, str] = field(default_factory=dict)
    """Original faction name -> its code."""


def kind_label(kind: str) -> str:
    """``"rebel_group"`` -> ``"Rebel group"``."""
    return str(kind).replace("_", " ").capitalize()


def _year_start(value: str) -> str:
    return f"{value[:4]}-01-01"


def _year_end(value: str) -> str:
    if value[5:] == "01-01":
        return value
    year = int(value[:4])
    return f"{year + 1:04d}-01-01" if year < _dt.MAXYEAR else f"{year:04d}-12-31"


class _Redactor:
    def __init__(self, amap: ActorMap, options: RedactOptions):
        self.amap = amap
        self.opt = options
        self.ids: dict[str, str] = {}
        self.factions: dict[str, str] = {}
        self.counters: dict[str, int] = {}
        self.sources: dict[str, str] = {}
        self.jurisdictions: dict[str, str] = {}
        self.keep = set(options.keep_names)
        known = {a.name for a in amap.actors}
        missing = sorted(self.keep - known)
        if missing:
            raise ActorMapError(f"--keep: no actor is called {missing[0]!r} on this map")
        for coll in amap.COLLECTIONS:  # new ids in the same order as the old ones
            for i, old in enumerate(sorted(item.id for item in getattr(amap, coll.name)), 1):
                self.ids[old] = f"{PREFIX.get(coll.name, 'x')}{i:0{6 if coll.name == 'ties' else 5}d}"
        for a in sorted(amap.actors, key=lambda a: a.id):
            self.faction(a.faction)

    # ---- codes ---------------------------------------------------------------------
    def new_id(self, old: str, collection: str) -> str:
        if old not in self.ids:  # an item only a scenario adds
            self.ids[old] = f"{PREFIX.get(collection, 'x')}n{len(self.ids) + 1:05d}"
        return self.ids[old]

    def faction(self, name: str) -> str:
        if not name:
            return ""
        if name not in self.factions:
            self.factions[name] = f"Faction {len(self.factions) + 1}"
        return self.factions[name]

    def designations(self, labels: list) -> list[dict[str, Any]]:
        """Only the legal designations: source and jurisdiction coded, text "designation", dates
        coarsened if asked."""
        out = []
        for lab in labels:
            if not isinstance(lab, dict) or not lab.get("designation"):
                continue
            source = str(lab.get("source", ""))
            if source not in self.sources:
                self.sources[source] = f"Source {len(self.sources) + 1}"
            where = str(lab.get("jurisdiction", ""))
            if where and where not in self.jurisdictions:
                self.jurisdictions[where] = f"Jurisdiction {len(self.jurisdictions) + 1}"
            d = {"source": self.sources[source], "label": "designation", "designation": True,
                 "jurisdiction": self.jurisdictions.get(where, ""), "start": lab.get("start"), "end": lab.get("end")}
            if self.opt.coarsen_dates:
                d["start"] = _year_start(d["start"]) if isinstance(d["start"], str) else d["start"]
                d["end"] = _year_end(d["end"]) if isinstance(d["end"], str) else d["end"]
            out.append(d)
        return out

    def code(self, label: str) -> str:
        self.counters[label] = self.counters.get(label, 0) + 1
        return f"{label} {self.counters[label]}"

    def name_for(self, collection: str, item: dict) -> str:
        if collection == "actors":  # a kept name still takes its number: codes do not depend on --keep
            code = self.code("Actor" if self.opt.hide_kinds else kind_label(item.get("kind", ActorKind.OTHER)))
            return item["name"] if item.get("name") in self.keep else code
        if collection == "agreements":
            return self.code(kind_label(item.get("kind", "agreement")) if item.get("kind", "other") != "other"
                             else "Agreement")
        return self.code({"views": "View", "events": "Event", "scenarios": "Scenario",
                          "perspectives": "Perspective"}.get(collection, "Item"))

    # ---- dicts (items, and the partial items of a patch) ------------------------------
    def item(self, collection: str, d: dict[str, Any], partial: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in d.items():
            if key in DROP:
                continue
            if key == "name":
                if partial and collection == "actors" and value in self.keep:
                    out[key] = value
                continue  # a full item gets its code below; a changed name is dropped
            if key in ID_FIELDS and isinstance(value, str):
                target = {"source": "actors", "target": "actors", "seen_by": "actors"}.get(key, collection)
                out[key] = self.new_id(value, target)
            elif key in ID_LISTS and isinstance(value, list):
                target = {"tie_ids": "ties", "agreement_ids": "agreements"}.get(key, "actors")
                out[key] = [self.new_id(v, target) for v in value]
            elif key == "focus" and isinstance(value, dict):
                focus = dict(value)
                focus["actor_ids"] = [self.new_id(v, "actors") for v in value.get("actor_ids", [])]
                focus["factions"] = [self.faction(f) for f in value.get("factions", [])]
                out[key] = focus
            elif key == "labels" and isinstance(value, list):
                out[key] = self.designations(value)
            elif key == "faction" and isinstance(value, str):
                out[key] = self.faction(value)
            elif key == "kind" and collection == "actors" and self.opt.hide_kinds:
                out[key] = ActorKind.OTHER.value
            elif key == "terms" and isinstance(value, list):
                out[key] = [f"Term {i}" for i in range(1, len(value) + 1)]
            elif key == "changes" and isinstance(value, dict):
                out[key] = self.patch(value)
            elif self.opt.coarsen_dates and isinstance(value, str) and len(value) == 10 and \
                    key in START_DATES | END_DATES:
                out[key] = _year_end(value) if key in END_DATES else _year_start(value)
            else:
                out[key] = value
        if not partial:
            out["name"] = self.name_for(collection, d) if "name" in d else None
            if out["name"] is None:
                del out["name"]
        return out

    def patch(self, p: dict[str, Any]) -> dict[str, Any]:
        colls = {}
        for name, cp in (p.get("collections") or {}).items():
            if name == "conflicts":
                continue
            colls[name] = {
                "add": [self.item(name, dict(d)) for d in cp.get("add", [])],
                "remove": [self.new_id(i, name) for i in cp.get("remove", [])],
                "update": [{"id": self.new_id(u["id"], name), "set": self.item(name, u.get("set", {}), True)}
                           for u in cp.get("update", [])],
            }
        meta = {k: v for k, v in (p.get("meta") or {}).items() if k not in DROP and k != "title"}
        if self.opt.coarsen_dates and isinstance(meta.get("as_of"), str):
            meta["as_of"] = _year_start(meta["as_of"])
        return {"collections": colls, "meta": meta}

    def run(self) -> ActorMap:
        data = self.amap.model_dump(mode="json")
        out: dict[str, Any] = {k: v for k, v in data.items()
                               if k not in DROP and k not in {c.name for c in self.amap.COLLECTIONS}}
        out["title"] = REDACTED_TITLE
        out["redacted"] = True
        if self.opt.coarsen_dates and out.get("as_of"):
            out["as_of"] = _year_start(out["as_of"])
        for coll in self.amap.COLLECTIONS:
            if coll.name == "conflicts":
                out[coll.name] = []
                continue
            items = sorted(data[coll.name], key=lambda d: d["id"]) if not coll.ordered else data[coll.name]
            if coll.ordered:  # codes follow id order; the list keeps the user's order
                names = {d["id"]: self.item(coll.name, d) for d in sorted(items, key=lambda d: d["id"])}
                out[coll.name] = [names[d["id"]] for d in items]
            else:
                out[coll.name] = [self.item(coll.name, d) for d in items]
        return type(self.amap).model_validate(out)


def redact(amap: ActorMap, options: RedactOptions | None = None) -> RedactResult:
    """A redacted copy of ``amap`` (see the module docstring) and the id and faction codes used."""
    r = _Redactor(amap, options or RedactOptions())
    copy = r.run()
    return RedactResult(copy, {k: v for k, v in r.ids.items()}, dict(r.factions))
