"""Reading and writing ``.actormap`` files (UTF-8 JSON, canonical, atomic).

Canonical form: keys in model order, actor and tie lists sorted by id, 2-space
indent, trailing newline, no UI state, so teammates' files diff and merge
cleanly. Reading never executes anything, checks the size before parsing,
limits nesting depth, and turns every problem into one :class:`MapFileError`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import describe_validation_error
from ..model import ActorMap
from .errors import MapFileError, MapWriteError
from .migrations import MigrationError, migrate

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this (50 MiB) are refused before they are read."""
MAX_DEPTH = 32
"""JSON nested deeper than this is refused (a map needs about 5 levels)."""


def _too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True if parsed JSON nests containers more than ``limit`` deep (iterative, no recursion).

    The C JSON parser itself stops at Python's recursion limit with a
    ``RecursionError`` (caught in :func:`loads_map`); this check keeps anything
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


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid number here")


def loads_map(data: bytes | str, path: str | Path | None = None) -> ActorMap:
    """Parse, migrate and validate a map from bytes or text."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise MapFileError(path, f"the file is larger than the {MAX_FILE_BYTES // 2**20} MB limit")
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
    return map_from_data(doc, path)


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


def map_from_data(doc: Any, path: str | Path | None = None) -> ActorMap:
    """Validate already-parsed JSON data as a map (after migration)."""
    if not isinstance(doc, dict) or doc.get("format") != "actormap":
        raise MapFileError(path, "it is JSON but not an actormap file (no \"format\": \"actormap\")")
    try:
        doc = migrate(dict(doc))
        return ActorMap.model_validate(doc)
    except MigrationError as err:
        raise MapFileError(path, str(err)) from None
    except ValidationError as err:
        raise MapFileError(path, describe_validation_error(err)) from None
    except (TypeError, ValueError, KeyError, AttributeError) as err:
        raise MapFileError(path, f"unexpected content ({err})") from None


def read_limited(path: str | Path) -> bytes:
    """The bytes of a file, refusing folders and files over :data:`MAX_FILE_BYTES`.

    The size is checked with ``stat`` before anything is read.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise MapFileError(p, "it is not a file")
        if size > MAX_FILE_BYTES:
            raise MapFileError(p, f"the file is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit")
        data = p.read_bytes()
    except FileNotFoundError:
        raise MapFileError(p, "no such file") from None
    except PermissionError:
        raise MapFileError(p, "permission denied") from None
    except IsADirectoryError:
        raise MapFileError(p, "it is a folder, not a file") from None
    except OSError as err:
        raise MapFileError(p, err.strerror or str(err)) from None
    return data


def load_map(path: str | Path) -> ActorMap:
    """Read a ``.actormap`` file; any problem raises one :class:`MapFileError`."""
    return loads_map(read_limited(path), Path(path))


def dumps_map(amap: ActorMap) -> str:
    """The canonical text of a map (what :func:`save_map` writes)."""
    canonical = amap.model_copy(
        update={c.name: sorted(getattr(amap, c.name), key=lambda item: item.id)
                for c in amap.COLLECTIONS if not c.ordered}
    )
    data = canonical.model_dump(mode="json")
    head = {"format": data.pop("format"), "schema_version": data.pop("schema_version")}
    return json.dumps({**head, **data}, indent=2, ensure_ascii=False) + "\n"


def _umask() -> int:
    """The process umask, read without changing it where the OS allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _match_mode(tmp: str, target: Path) -> None:
    """Give the temp file the target's permissions, or the usual ones for a new file.

    ``mkstemp`` creates files readable by their owner only; a saved map or an
    export should get the same permissions as any file the user creates.
    """
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass


def atomic_write_bytes(path: str | Path, payload: bytes) -> None:
    """Write ``payload`` to a temp file beside ``path``, fsync, then rename over it.

    A crash or error at any point leaves the old file as it was.
    """
    atomic_write_many({Path(path): payload})


def atomic_write_many(payloads: dict[Path, bytes]) -> None:
    """Write several files: every temp file is written and synced before any is renamed.

    If writing any temp file fails, no target is touched. (The renames
    themselves are atomic one by one; a crash between two renames can leave
    a mix of old and new files, but never a half-written file.)
    """
    temps: list[tuple[str, Path]] = []
    try:
        for p, payload in payloads.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent or ".")
            temps.append((tmp, p))
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            _match_mode(tmp, p)
        while temps:
            tmp, p = temps[0]
            os.replace(tmp, p)
            temps.pop(0)
    except BaseException:
        for tmp, _ in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def save_map(amap: ActorMap, path: str | Path) -> None:
    """Save atomically in canonical form; errors raise :class:`MapWriteError`."""
    try:
        atomic_write_bytes(path, dumps_map(amap).encode("utf-8"))
    except OSError as err:
        raise MapWriteError(path, err.strerror or str(err)) from None
