"""Reading, writing and converting map files; every file goes through :class:`MapStore`."""

from .actormap_file import dumps_map
from .age import AGE, AgeCodec, PassphraseError
from .codecs import Codec, CodecError, Secret, SecretDeclined, SecretHook, SecretRequest
from .errors import MapFileError, MapWriteError
from .store import MAX_FILE_BYTES, MapStore, StoredMap, load_map, loads_map, save_map

__all__ = [
    "AGE", "AgeCodec", "PassphraseError", "SecretDeclined", "MAX_FILE_BYTES", "Codec", "CodecError", "MapFileError", "MapStore", "MapWriteError", "Secret",
    "SecretHook", "SecretRequest", "StoredMap", "dumps_map", "load_map", "loads_map", "save_map",
]
