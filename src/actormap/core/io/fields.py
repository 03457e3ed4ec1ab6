"""Field coding shared by the GraphML and CSV formats.

Actors and ties travel as flat records: lists (``labels``, ``sources``,
``authors``) become JSON strings, dates ISO strings, ``None`` an absent value.
Reading goes the other way and builds validated models, turning every problem
into one :class:`MapFileError` that names the file and the record.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import describe_validation_error
from ..messages.validation import validation_parts
from ..model import Actor, ActorMap, MapMeta, Tie
from .actormap_file import _has_lone_surrogate
from .errors import MapFileError
from .kinds import DIRECTION_WORDS, KindReader, norm

MAP_COLLECTIONS = [c.name for c in ActorMap.COLLECTIONS if c.name not in ("actors", "ties")]
"""Collections that travel with the map properties (saved views, agreements, events, ...)."""
LIST_FIELDS = frozenset({"labels", "sources", "authors", "provenance", *MAP_COLLECTIONS})
"""Fields that hold lists or objects: JSON text in a flat record."""
ACTOR_FIELDS = list(Actor.model_fields)
TIE_FIELDS = list(Tie.model_fields)
MAP_FIELDS = [f for f in ActorMap.model_fields if f not in ("format", "schema_version", "actors", "ties")]
"""Map-level fields (title, viewpoint, ..., saved views): GraphML graph attributes, CSV sidecar."""

_TIE_NS = uuid.UUID("6f1d3c8e-6a43-4a0e-9a39-2f7e3b6f9d10")
"""Namespace for the ids given to imported ties that have none (stable across runs)."""


def flat_record(item: BaseModel, skip: Iterable[str] = ()) -> dict[str, Any]:
    """A model as flat values: lists as JSON text, ``None`` left out, enums as text."""
    data = item.model_dump(mode="json")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in skip or value is None:
            continue
        if key in LIST_FIELDS:
            value = json.dumps(value, ensure_ascii=False)
        out[key] = value
    return out


def parse_list(value: Any, key: str, what: str, path: Path) -> list:
    """A JSON list; for ``sources``/``authors`` plain text is taken as a one-item list."""
    if isinstance(value, list):
        return value
    text = str(value).strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except (ValueError, RecursionError):
            raise MapFileError(path, f"{what}: {key} is not a valid JSON list") from None
        if not isinstance(parsed, list):
            raise MapFileError(path, f"{what}: {key} should be a JSON list")
        if _has_lone_surrogate(parsed):
            raise MapFileError(path, f"{what}: {key} holds a broken \\u escape (a lone UTF-16 surrogate)")
        return parsed
    if key == "provenance":
        if text.startswith("{"):
            try:
                return json.loads(text)
            except (ValueError, RecursionError):
                raise MapFileError(path, f"{what}: provenance is not a valid JSON object") from None
        raise MapFileError(path, f"{what}: provenance should be a JSON object")
    if key in ("labels", *MAP_COLLECTIONS):
        raise MapFileError(path, f'{what}: labels should be a JSON list like [{{"source": ..., "label": ...}}]')
    return [text]


def weights_to_strengths(weights: Iterable[float]) -> dict[float, int]:
    """Map edge weights to tie strengths 1-3 (documented in the README).

    If every weight is a whole number from 1 to 3 it is kept. Otherwise each
    weight is scaled by the largest one: ``w/max`` up to 1/3 gives 1, up to 2/3
    gives 2, above gives 3.
    """
    ws = set(weights)
    if all(float(w).is_integer() and 1 <= w <= 3 for w in ws):
        return {w: int(w) for w in ws}
    top = max(ws)
    return {w: 1 if w / top <= 1 / 3 else 2 if w / top <= 2 / 3 else 3 for w in ws}


def parse_weight(value: Any, what: str, path: Path) -> float:
    try:
        w = float(value)
    except (TypeError, ValueError):
        raise MapFileError(path, f"{what}: weight {value!r} is not a number") from None
    if not math.isfinite(w) or w <= 0:
        raise MapFileError(path, f"{what}: weight {value!r} should be a positive number")
    return w


def stable_tie_id(source: str, target: str, index: int) -> str:
    """An id for an imported tie that has none; the same file gives the same ids."""
    return str(uuid.uuid5(_TIE_NS, f"{source}\x1f{target}\x1f{index}"))


def build(cls: type[BaseModel], data: Mapping[str, Any], what: str, path: Path):
    """Validate one record, wrapping pydantic's error with the record's name."""
    try:
        return cls.model_validate(dict(data))
    except ValidationError as err:
        raise MapFileError(path, f"{what}: {describe_validation_error(err)}", validation_parts(err), what) from None


def norm_key(name: Any) -> str:
    """A column or attribute name as a field name: ``"Short name "`` -> ``short_name``."""
    return "_".join(str(name).strip().lower().split())


def keyed(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Raw fields by normalised name (``"Kind "`` -> ``kind``, ``"Short name"`` -> ``short_name``)."""
    out: dict[str, Any] = {}
    for k, v in raw.items():
        key = norm_key(k)
        if key not in out or out[key] in (None, ""):
            out[key] = v
    return out


VISUAL_KEYS = frozenset({"color", "colour", "size", "shape", "viz", "x_coordinate", "y_coordinate", "label.color",
                         "label.size", "r", "g", "b", "shape_type", "width", "height", "thickness", "weight",
                         "direction", "networkx_key"})
"""Drawing attributes (and Gephi/Kumu direction words): never map data, not reported as left out."""
ACTOR_ALIASES = {"label": "name", "description": "notes", "tags": "faction"}
TIE_ALIASES = {"description": "notes", "from": "source", "to": "target"}
TIE_KIND_KEYS = ("kind", "type", "relation", "relationship", "label")
"""Where a tie's kind may be: the first present that is not a direction word (Gephi's Type column
says Directed/Undirected; a Label that names a kind sets it, as yEd and Gephi users write it)."""


def _present(v: Any) -> bool:
    return v is not None and v != ""


def _says(v: Any) -> bool:
    return _present(v) and bool(str(v).strip())


def actor_record(raw: Mapping[str, Any], what: str, path: Path, kinds: KindReader) -> dict[str, Any]:
    """The actor fields of a raw record (``label`` stands in for ``name``, ``type`` for ``kind``,
    ``description`` for ``notes``, ``tags`` for ``faction``); other keys are reported as left out."""
    raw = keyed(raw)
    data = {k: v for k, v in raw.items() if k in ACTOR_FIELDS and _present(v)}
    for alias, name in ACTOR_ALIASES.items():
        if name not in data and _present(raw.get(alias)):
            data[name] = raw[alias]
    kind = raw.get("kind") if _says(raw.get("kind")) else raw.get("type")
    data["kind"] = kinds.actor(kind, what)
    for key in ("labels", "sources", "provenance"):
        if key in data:
            data[key] = parse_list(data[key], key, what, path)
    used = set(ACTOR_FIELDS) | set(ACTOR_ALIASES) | {"type", "id"} | VISUAL_KEYS
    kinds.report.drop("actors", (k for k, v in raw.items() if k not in used and _present(v)))
    return data


def tie_record(raw: Mapping[str, Any], what: str, path: Path, kinds: KindReader) -> dict[str, Any]:
    """The tie fields of a raw record; the kind from the first of :data:`TIE_KIND_KEYS` that
    holds one (a direction word is skipped), read by ``kinds`` (mapped, defaulted or refused)."""
    raw = keyed(raw)
    data = {k: v for k, v in raw.items() if k in TIE_FIELDS and _present(v)}
    for alias, name in TIE_ALIASES.items():
        if name not in data and _present(raw.get(alias)):
            data[name] = raw[alias]
    kind_key = next((k for k in TIE_KIND_KEYS if _says(raw.get(k))
                     and norm(raw[k]) not in DIRECTION_WORDS), None)
    data["kind"] = kinds.tie(raw.get(kind_key) if kind_key else None, what)
    for key in ("sources", "provenance"):
        if key in data:
            data[key] = parse_list(data[key], key, what, path)
    used = set(TIE_FIELDS) | set(TIE_ALIASES) | set(TIE_KIND_KEYS) | {"id"} | VISUAL_KEYS
    kinds.report.drop("ties", (k for k, v in raw.items() if k not in used and _present(v)))
    return data


def map_record(amap: ActorMap) -> dict[str, Any]:
    """The map-level fields as flat values (saved views as one JSON text)."""
    return flat_record(amap, skip=("format", "schema_version", "actors", "ties"))


def meta_record(raw: Mapping[str, Any], what: str, path: Path) -> dict[str, Any]:
    """Keep the map-level fields of a raw record, decoding the JSON lists."""
    data = {k: v for k, v in raw.items() if k in MAP_FIELDS and v not in (None, "")}
    for key in ("authors", *MAP_COLLECTIONS):
        if key in data:
            data[key] = parse_list(data[key], key, what, path)
    return data


def meta_from(raw: Mapping[str, Any], path: Path, what: str = "the map properties") -> dict[str, Any]:
    """Validated map properties and small collections (views, agreements, ...) from a flat record."""
    data = meta_record(raw, what, path)
    build(MapMeta, {k: v for k, v in data.items() if k not in MAP_COLLECTIONS}, what, path)
    for name in MAP_COLLECTIONS:
        coll = ActorMap.collection(name)
        data[name] = [build(coll.model, v, f"{coll.label} {i + 1}", path) for i, v in enumerate(data.get(name, []))]
    return data


def assemble(meta: Mapping[str, Any], actors: list[Actor], ties: list[Tie], path: Path) -> ActorMap:
    """The whole map, checked for duplicate ids and dangling ties."""
    try:
        return ActorMap.model_validate({**meta, "actors": actors, "ties": ties})
    except ValidationError as err:
        raise MapFileError(path, describe_validation_error(err), validation_parts(err)) from None


def fill_strengths(records: list[tuple[dict[str, Any], Any, str]], path: Path) -> None:
    """Set ``strength`` from ``weight`` where a tie has a weight but no strength."""
    pending = [
        (data, parse_weight(weight, what, path))
        for data, weight, what in records
        if "strength" not in data and weight not in (None, "")
    ]
    if pending:
        table = weights_to_strengths(w for _, w in pending)
        for data, w in pending:
            data["strength"] = table[w]
