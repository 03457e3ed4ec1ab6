"""The sample maps shipped with actormap (File ▸ Open sample), wherever the program runs from.

They are looked for, in this order: inside the package (``actormap/samples``: the
stand-alone bundle), in ``<prefix>/share/actormap/sample_maps`` (a wheel installs
them there), and in the source checkout's ``sample_maps/`` (``pip install -e``,
``make run``). No Qt here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from .core.errors import ActorMapError
from .core.io import MapStore


def sample_dirs() -> list[Path]:
    """Where sample maps may be, most specific first."""
    return [Path(str(files("actormap") / "samples")), Path(sys.prefix) / "share" / "actormap" / "sample_maps",
            Path(__file__).resolve().parents[2] / "sample_maps"]


def sample_dir() -> Path | None:
    """The first folder that holds sample maps (None when the installation has none)."""
    for d in sample_dirs():
        if d.is_dir() and any(d.glob("*.actormap")):
            return d
    return None


@dataclass(frozen=True)
class Sample:
    path: Path
    title: str
    actors: int
    ties: int


def samples(store: MapStore | None = None) -> list[Sample]:
    """The sample maps with their titles and sizes (a file that does not read is left out)."""
    folder = sample_dir()
    if folder is None:
        return []
    store = store or MapStore()
    out = []
    for path in sorted(folder.glob("*.actormap")):
        try:
            amap = store.read(path)
        except ActorMapError:
            continue
        out.append(Sample(path, amap.title or path.stem, len(amap.actors), len(amap.ties)))
    return out
