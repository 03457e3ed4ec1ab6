"""Ordered schema migrations for ``.actormap`` files (napari-style).

``MIGRATIONS[n]`` turns a version-``n`` document (plain JSON data) into a
version-``n+1`` one. :func:`migrate` applies the chain up to
:data:`~actormap.core.model.SCHEMA_VERSION`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import SCHEMA_VERSION

Doc = dict[str, Any]


class MigrationError(ValueError):
    pass


def _v0_to_v1(doc: Doc) -> Doc:
    """Version 0 (prototype files): ``name``/``nodes``/``links``, ``type``, ``size``, ``pos``."""
    out: Doc = {"format": "actormap", "schema_version": 1}
    out["title"] = doc.get("name") or doc.get("title") or "Untitled map"
    for key in ("description", "viewpoint", "authors", "sensitivity"):
        if key in doc:
            out[key] = doc[key]
    if "date" in doc:
        out["as_of"] = doc["date"]
    actors = []
    for n in _list(doc, "nodes"):
        a = {k: v for k, v in n.items() if k not in ("label", "type", "size", "pos", "shadow")}
        a["name"] = n.get("label", n.get("name"))
        if "type" in n:
            a["kind"] = n["type"]
        if "size" in n:
            a["power"] = n["size"]
        if "shadow" in n:
            a["external"] = n["shadow"]
        pos = n.get("pos")
        if isinstance(pos, list) and len(pos) == 2:
            a["x"], a["y"] = pos
        actors.append(a)
    ties = []
    for e in _list(doc, "links"):
        t = {k: v for k, v in e.items() if k not in ("from", "to", "type", "weight")}
        t["source"], t["target"] = e.get("from"), e.get("to")
        if "type" in e:
            t["kind"] = e["type"]
        if "weight" in e:
            t["strength"] = e["weight"]
        ties.append(t)
    out["actors"], out["ties"] = actors, ties
    return out


def _list(doc: Doc, key: str) -> list[dict]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise MigrationError(f"'{key}' should be a list of objects")
    return value


MIGRATIONS: dict[int, Callable[[Doc], Doc]] = {0: _v0_to_v1}


def migrate(doc: Doc) -> Doc:
    """Upgrade ``doc`` to the current schema version; refuse newer versions."""
    version = doc.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise MigrationError(f"schema_version should be a whole number, not {version!r}")
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"it was written by a newer version of actormap (schema version {version}; "
            f"this program reads up to {SCHEMA_VERSION}). Please update actormap to open it."
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return doc
