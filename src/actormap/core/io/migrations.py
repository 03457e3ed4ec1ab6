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


V0_ACTOR_KINDS = {"rebel": "rebel_group", "state": "state_agent", "ngo": "civil_society", "church": "religious"}
"""Prototype actor types renamed in version 1 (others kept as they were)."""
V0_TIE_KINDS = {"alliance": "symbiotic", "hostile": "conflict", "talks": "dialogue"}
"""Prototype link types renamed in version 1."""


V1_KEYS = ("actors", "ties", "views")
"""Lists of version 1 and later; a document holding any of them is never read as version 0."""


def _check_v0_layout(doc: Doc) -> None:
    """Refuse to read a document as a prototype file unless it has the prototype's layout.

    A current map that lost its ``schema_version`` (or says 0) would otherwise
    migrate to an *empty* map, and saving it would destroy the real contents.
    """
    if "nodes" in doc and not any(k in doc for k in V1_KEYS):
        return
    if "schema_version" in doc:
        said, fix = "says schema_version 0 (the prototype format)", f'set "schema_version" to {SCHEMA_VERSION}'
    else:
        said, fix = "has no schema_version", f'add "schema_version": {SCHEMA_VERSION} after "format"'
    found = [k for k in V1_KEYS if k in doc]
    if found:
        why = f"it has {' and '.join(repr(k) for k in found)} like a current map, not the prototype's 'nodes'"
    else:
        why = "it has no prototype 'nodes' list either"
    raise MigrationError(
        f"it {said}, but {why}; it is refused rather than read as an empty map. If it is a current map, {fix}"
    )


def _v0_to_v1(doc: Doc) -> Doc:
    """Version 0 (prototype files) to version 1.

    Version 0 called the title ``name`` and the as-of date ``date``; actors were
    ``nodes`` with ``label``, ``type``, ``size`` (power), ``shadow`` (external),
    ``pos`` ``[x, y]`` and ``legitimacy`` as a percentage 0-100 (null = not
    assessed); ties were ``links`` with ``from``, ``to``, ``type`` and ``weight``.
    Some type names changed (:data:`V0_ACTOR_KINDS`, :data:`V0_TIE_KINDS`).
    A document without ``nodes``, or with version-1 lists, is refused.
    """
    _check_v0_layout(doc)
    out: Doc = {"format": "actormap", "schema_version": 1}
    out["title"] = doc.get("name") or doc.get("title") or "Untitled map"
    for key in ("description", "viewpoint", "authors", "sensitivity"):
        if key in doc:
            out[key] = doc[key]
    if "date" in doc:
        out["as_of"] = doc["date"]
    actors = []
    for i, n in enumerate(_list(doc, "nodes")):
        a = {k: v for k, v in n.items() if k not in ("label", "type", "size", "pos", "shadow", "legitimacy")}
        a["name"] = n.get("label", n.get("name"))
        if "type" in n:
            a["kind"] = V0_ACTOR_KINDS.get(n["type"], n["type"]) if isinstance(n["type"], str) else n["type"]
        if "size" in n:
            a["power"] = n["size"]
        if "shadow" in n:
            a["external"] = n["shadow"]
        if n.get("legitimacy") is not None:
            pct = n["legitimacy"]
            if isinstance(pct, bool) or not isinstance(pct, int | float):
                raise MigrationError(f"nodes.{i}.legitimacy should be a percentage from 0 to 100, not {pct!r}")
            a["legitimacy"] = pct / 100
        pos = n.get("pos")
        if pos is not None:
            if not (isinstance(pos, list) and len(pos) == 2):
                raise MigrationError(f"nodes.{i}.pos should be a pair [x, y], not {pos!r}")
            a["x"], a["y"] = pos
        actors.append(a)
    ties = []
    for e in _list(doc, "links"):
        t = {k: v for k, v in e.items() if k not in ("from", "to", "type", "weight")}
        t["source"], t["target"] = e.get("from"), e.get("to")
        if "type" in e:
            t["kind"] = V0_TIE_KINDS.get(e["type"], e["type"]) if isinstance(e["type"], str) else e["type"]
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


V1_REFERENCE_VIEWPORT = (1280.0, 800.0)
"""Version 1 stored a saved view's zoom in pixels per map unit of a 1280x800 window."""


def _v1_to_v2(doc: Doc) -> Doc:
    """Version 1 to version 2: a saved view stores the region it shows, not a zoom.

    A v1 view's ``zoom`` was pixels per map unit in a 1280x800 reference window,
    so the region it showed was ``1280 / zoom`` by ``800 / zoom`` map units around
    its centre. Version 2 also adds the trust tie kind, dates and short names on
    actors, label designations, provenance, agreements, events, scenarios,
    perspectives and merge conflicts: all optional, so nothing else changes
    (in particular no tie is re-typed).
    """
    out = dict(doc)
    views = []
    for i, v in enumerate(_list(doc, "views")):
        v = dict(v)
        if "zoom" in v:
            zoom = v.pop("zoom")
            if isinstance(zoom, bool) or not isinstance(zoom, int | float) or not zoom > 0:
                raise MigrationError(f"views.{i}.zoom should be a number above 0, not {zoom!r}")
            v["width"] = V1_REFERENCE_VIEWPORT[0] / zoom
            v["height"] = V1_REFERENCE_VIEWPORT[1] / zoom
        views.append(v)
    if "views" in doc:
        out["views"] = views
    return out


MIGRATIONS: dict[int, Callable[[Doc], Doc]] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(doc: Doc) -> Doc:
    """Upgrade ``doc`` to the current schema version; refuse newer versions.

    A missing ``schema_version`` means version 0, which only a document with the
    prototype's layout passes (:func:`_check_v0_layout`).
    """
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
