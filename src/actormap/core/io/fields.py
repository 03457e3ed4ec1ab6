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
from ..model import Actor, ActorKind, ActorMap, Tie, TieKind
from .actormap_file import _has_lone_surrogate
from .errors import MapFileError

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


def _norm_kind(value: Any) -> str:
    return str(value).strip().lower().replace(" ", "_").replace("-", "_")


def parse_kind(value: Any, enum: type, what: str, path: Path) -> str:
    """Map ``"Rebel group"`` to ``rebel_group``; an unknown kind is one clear error."""
    text = _norm_kind(value)
    allowed = [k.value for k in enum]
    if text not in allowed:
        raise MapFileError(path, f"{what} has unknown kind {value!r}; allowed kinds: {', '.join(allowed)}")
    return text


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
        raise MapFileError(path, f"{what}: {describe_validation_error(err)}") from None


def actor_record(raw: Mapping[str, Any], what: str, path: Path) -> dict[str, Any]:
    """Keep the actor fields of a raw record (``label`` stands in for ``name``)."""
    data = {k: v for k, v in raw.items() if k in ACTOR_FIELDS and v not in (None, "")}
    if "name" not in data and raw.get("label") not in (None, ""):
        data["name"] = raw["label"]
    if "kind" in data:
        data["kind"] = parse_kind(data["kind"], ActorKind, what, path)
    for key in ("labels", "sources", "provenance"):
        if key in data:
            data[key] = parse_list(data[key], key, what, path)
    return data


def tie_record(
    raw: Mapping[str, Any], what: str, path: Path, default_kind: TieKind
) -> dict[str, Any]:
    """Keep the tie fields of a raw record; a missing kind becomes ``default_kind``."""
    data = {k: v for k, v in raw.items() if k in TIE_FIELDS and v not in (None, "")}
    data["kind"] = parse_kind(data["kind"], TieKind, what, path) if "kind" in data else default_kind.value
    for key in ("sources", "provenance"):
        if key in data:
            data[key] = parse_list(data[key], key, what, path)
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


def assemble(meta: Mapping[str, Any], actors: list[Actor], ties: list[Tie], path: Path) -> ActorMap:
    """The whole map, checked for duplicate ids and dangling ties."""
    try:
        return ActorMap.model_validate({**meta, "actors": actors, "ties": ties})
    except ValidationError as err:
        raise MapFileError(path, describe_validation_error(err)) from None


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
