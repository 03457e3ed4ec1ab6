"""The one error type for files that cannot be read or written."""

from __future__ import annotations

from pathlib import Path

from ..errors import ActorMapError


class MapFileError(ActorMapError):
    """A file could not be read or written. ``str()`` names the file and the problem."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        where = f"Cannot read '{self.path}'" if self.path else "Cannot read the map"
        super().__init__(f"{where}: {problem}")


class MapWriteError(MapFileError):
    def __init__(self, path: str | Path | None, problem: str):
        super().__init__(path, problem)
        where = f"Cannot write '{self.path}'" if self.path else "Cannot write the map"
        self.args = (f"{where}: {problem}",)
