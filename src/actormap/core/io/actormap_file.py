"""The ``.actormap`` JSON format: parse plain JSON into a map, and a map's canonical text.

Canonical form: keys in model order, actor and tie lists sorted by id, 2-space
indent, trailing newline, no UI state, so teammates' files diff and merge
cleanly. Parsing never executes anything, limits nesting depth, and turns every
problem into one :class:`MapFileError`. Files are read and written only by
:class:`~actormap.core.io.store.MapStore` (size limit, codecs, atomic writes).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import describe_validation_error
from ..messages.validation import validation_parts
from ..model import ActorMap
from .errors import MapFileError
from .migrations import MigrationError, migrate

MAX_DEPTH = 32
"""JSON nested deeper than this is refused (a map needs about 5 levels)."""


def _too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True if parsed JSON nests containers more than ``limit`` deep (iterative, no recursion).

    The C JSON parser itself stops at Python's recursion limit with a
    ``RecursionError`` (caught in :func:`parse_map`); this check keeps anything
    deeper than a map needs away from validation and migration code.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


_MARKERS = (re.compile(r"^<{7}(?: |$)", re.M), re.compile(r"^={7}$", re.M), re.compile(r"^>{7}(?: |$)", re.M))
GIT_CONFLICT_MESSAGE = (
    "it holds git conflict markers (<<<<<<<, =======, >>>>>>>): git merged it as text and left both "
    "versions in the file. Merge the map itself: run 'actormap merge BASE OURS THEIRS -o FILE' on the three "
    "versions (git show :1:FILE, :2:FILE and :3:FILE), or run 'actormap git-setup' once and redo the merge"
)


def has_conflict_markers(text: str) -> bool:
    """Whether ``text`` holds the three kinds of git conflict-marker lines (JSON never starts a line so)."""
    return all(m.search(text) for m in _MARKERS)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid number here")


def parse_map(data: bytes | str, path: str | Path | None = None, model: type[ActorMap] = ActorMap) -> ActorMap:
    """Parse, migrate and validate a map from plain JSON bytes or text (no codec, no size limit)."""
    if isinstance(data, bytes):
        if not data.strip():
            raise MapFileError(path, "the file is empty")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise MapFileError(path, "it is not a text file (not valid UTF-8); is it a map file?") from None
    else:
        text = data
        if not text.strip():
            raise MapFileError(path, "the file is empty")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise MapFileError(path, "it holds text that is not valid Unicode") from None
    if "\x00" in text:
        raise MapFileError(path, "it contains binary data; is it a map file?")
    if has_conflict_markers(text):
        raise MapFileError(path, GIT_CONFLICT_MESSAGE)
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise MapFileError(path, f"the JSON is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as err:
        line = getattr(err, "lineno", None)
        where = f" (line {line}, column {err.colno})" if line else ""
        msg = getattr(err, "msg", str(err))
        raise MapFileError(path, f"it is not valid JSON{where}: {msg}; the file may be truncated or damaged") from None
    if isinstance(doc, dict | list) and _too_deep(doc):
        raise MapFileError(path, f"the JSON is nested more than {MAX_DEPTH} levels deep")
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(doc):
        raise MapFileError(path, "it holds a broken \\u escape (a lone UTF-16 surrogate), which cannot be saved")
    return map_from_data(doc, path, model)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(value: Any) -> bool:
    """True if a string anywhere in parsed JSON cannot be encoded as UTF-8."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def map_from_data(doc: Any, path: str | Path | None = None, model: type[ActorMap] = ActorMap) -> ActorMap:
    """Validate already-parsed JSON data as a map (after migration)."""
    if not isinstance(doc, dict) or doc.get("format") != "actormap":
        raise MapFileError(path, "it is JSON but not an actormap file (no \"format\": \"actormap\")")
    try:
        doc = migrate(dict(doc))
        return model.model_validate(doc)
    except MigrationError as err:
        raise MapFileError(path, str(err)) from None
    except ValidationError as err:
        raise MapFileError(path, describe_validation_error(err), validation_parts(err)) from None
    except (TypeError, ValueError, KeyError, AttributeError) as err:
        raise MapFileError(path, f"unexpected content ({err})") from None


def dumps_map(amap: ActorMap) -> str:
    """The canonical text of a map (what a save writes, as UTF-8)."""
    canonical = amap.model_copy(
        update={c.name: sorted(getattr(amap, c.name), key=lambda item: item.id)
                for c in amap.COLLECTIONS if not c.ordered}
    )
    data = canonical.model_dump(mode="json")
    head = {"format": data.pop("format"), "schema_version": data.pop("schema_version")}
    return json.dumps({**head, **data}, indent=2, ensure_ascii=False) + "\n"
