"""Reading, writing and converting map files."""

from .actormap_file import MAX_FILE_BYTES, dumps_map, load_map, loads_map, save_map
from .errors import MapFileError, MapWriteError

__all__ = ["MAX_FILE_BYTES", "MapFileError", "MapWriteError", "dumps_map", "load_map", "loads_map", "save_map"]
