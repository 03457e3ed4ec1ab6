"""Maps from tables of nodes and edges: actormap's CSV, Kumu, Gephi's spreadsheets, Excel.

A nodes table and an edges table (either may be missing) become a map. Headers are read
without regard to case or spaces, with the names other tools use:

=========== ============================================================================
nodes       ``id``; ``name`` or ``label``; ``kind`` or ``type``; ``notes`` or
            ``description``; ``faction`` or ``tags``; any other actor field by its name
edges       ``source`` or ``from``; ``target`` or ``to``; the kind from ``kind``, else
            ``type`` (unless it says Directed/Undirected, as Gephi's does), else
            ``relation``, else ``label``; ``strength``, else ``weight``; ``notes`` or
            ``description``; any other tie field by its name
=========== ============================================================================

Edges refer to nodes by id, else by name (Kumu's From/To name elements). With no nodes
table (an edges-only file), or one without an id column, the actors are made from the
names the edges use; a nodes table with ids must hold every actor an edge names. Kinds
go through :class:`~.kinds.KindReader`: unknown ones stop the import unless mapped.
Columns that mean nothing here are listed in the :class:`~.kinds.ImportReport`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Actor, ActorMap, Tie
from . import fields
from .errors import MapFileError
from .kinds import ImportReport, KindMap, KindReader

_ACTOR_NS = uuid.UUID("2b0c5b7e-0f7e-4c8a-8a53-6a3f4f0d7c21")
_VALID_ID = re.compile(r"^[^\s\x00-\x1f\x7f]{1,100}$")
NAME_KEYS = ("name", "label")
SOURCE_KEYS = ("source", "from")
TARGET_KEYS = ("target", "to")


@dataclass
class Table:
    """Rows of one table as read: ``(line or row number, {header: cell})``, and where from."""

    path: Path
    header: list[str]
    rows: list[tuple[int, dict[str, Any]]]

    def has(self, *names: str) -> bool:
        keys = {fields.norm_key(h) for h in self.header}
        return any(n in keys for n in names)


def is_edges(header: list[str]) -> bool:
    keys = {fields.norm_key(h) for h in header}
    return bool(keys & set(SOURCE_KEYS)) and bool(keys & set(TARGET_KEYS))


def is_nodes(header: list[str]) -> bool:
    keys = {fields.norm_key(h) for h in header}
    return bool(keys & {"id", *NAME_KEYS})


def actor_id_for(ref: str) -> str:
    """Our id for a foreign node id or name: itself when it is a valid id, else a stable UUID."""
    ref = str(ref).strip()
    return ref if _VALID_ID.match(ref) else str(uuid.uuid5(_ACTOR_NS, ref))


def _first(raw: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    for k in keys:
        v = raw.get(k)
        if v is not None and str(v).strip():
            return str(v).strip()
    return ""


def build_map(nodes: Table | None, edges: Table | None, meta: Mapping[str, Any], title: str,
              kinds: KindMap | None, where: Path, report: ImportReport | None = None) -> tuple[ActorMap, ImportReport]:
    """The map the tables describe (validated) and the import report."""
    if nodes is not None and not is_nodes(nodes.header):
        raise MapFileError(nodes.path, "missing column id or name (or label) (the header row has: "
                                       f"{', '.join(nodes.header)})")
    if edges is not None and not is_edges(edges.header):
        raise MapFileError(edges.path, "missing columns source, target (or from, to) (the header row has: "
                                       f"{', '.join(edges.header)})")
    reader = KindReader(kinds, where, report)
    actors: list[tuple[dict, str, Path]] = []
    by_id: dict[str, str] = {}
    by_name: dict[str, str | None] = {}  # None: two actors share the name
    with_ids = nodes is not None and nodes.has("id")
    for line, row in (nodes.rows if nodes is not None else []):
        raw = fields.keyed(row)
        foreign = _first(raw, ("id",)) or _first(raw, NAME_KEYS)
        what = f"line {line} (actor {foreign!r})" if foreign else f"line {line}"
        if not foreign:
            raise MapFileError(nodes.path, f"{what}: an actor needs an id or a name")
        data = fields.actor_record(raw, what, nodes.path, reader)
        data["id"] = raw["id"].strip() if with_ids and _first(raw, ("id",)) else actor_id_for(foreign)
        data.setdefault("name", foreign)
        actors.append((data, what, nodes.path))
        by_id.setdefault(foreign, data["id"])
        name = str(data["name"]).strip()
        by_name[name] = None if name in by_name and by_name[name] != data["id"] else data["id"]
    made = 0

    def resolve(ref: str, what: str) -> str:
        nonlocal made
        if ref in by_id:
            return by_id[ref]
        if ref in by_name:
            if by_name[ref] is None:
                raise MapFileError(edges.path, f"{what}: {ref!r} names two actors; refer to them by id")
            return by_name[ref]
        if with_ids:
            return ref  # not in the nodes table: the map check names the missing actor
        aid = actor_id_for(ref)
        actors.append(({"id": aid, "name": ref, "kind": reader.actor(None, what)}, what, edges.path))
        by_id[ref] = by_name[ref] = aid
        made += 1
        return aid

    records = []
    for line, row in (edges.rows if edges is not None else []):
        raw = fields.keyed(row)
        src, dst = _first(raw, SOURCE_KEYS), _first(raw, TARGET_KEYS)
        tid = _first(raw, ("id",))
        what = f"line {line} (tie {tid or 'without id'}: {src} -> {dst})"
        if not src or not dst:
            raise MapFileError(edges.path, f"{what}: a tie needs both ends")
        data = fields.tie_record(raw, what, edges.path, reader)
        data["source"], data["target"] = resolve(src, what), resolve(dst, what)
        data.setdefault("id", fields.stable_tie_id(src, dst, line))
        records.append((data, raw.get("weight"), what))
    report = reader.finish()
    if made:
        report.notes.append(f"{made} actor{'s' * (made != 1)} made from names found only in the ties")
    built = [fields.build(Actor, data, what, path) for data, what, path in actors]
    ties_path = edges.path if edges is not None else where
    fields.fill_strengths(records, ties_path)
    ties = [fields.build(Tie, data, what, ties_path) for data, _, what in records]
    meta = dict(meta)
    meta.setdefault("title", title or "Untitled map")
    return fields.assemble(meta, built, ties, ties_path), report
