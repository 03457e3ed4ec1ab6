"""MapStore: the one place where map files become maps and maps become files.

Every reader and writer of the program goes through a :class:`MapStore`: the
editor's open/save, autosave and recovery, import/export and convert, picture
and report export, and the command line. It owns

- **reading**: the size is checked before anything is read, the file's
  :mod:`codec <.codecs>` is chosen by its first bytes, then the JSON is parsed,
  migrated and validated (:mod:`.actormap_file`). Every problem is one
  :class:`MapFileError` naming the file; nothing on disk changes.
- **writing**: bytes go to a temp file beside the target (``.NAME.XXXXXXXX.tmp``),
  which is synced, renamed over the target, and the folder synced. A set of files
  (a CSV export) is all-or-nothing: if any file fails, the ones already renamed
  are put back. Errors are one :class:`MapWriteError`.
- **privacy** (POSIX): files the program creates are 0600 and folders 0700; an
  existing file keeps its mode. Saving onto a symlink writes through to its
  target (the link stays a link). Temp files left by an interrupted save of a
  file are removed at its next save.

A codec that needs a passphrase asks the store's ``secret`` hook, and only then
(see :class:`~actormap.core.io.codecs.Secret`); :meth:`MapStore.with_secret`
gives a store bound to one document's hook. Every store knows encrypted maps
(age files, :mod:`.age`) besides plain JSON.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import secrets
import shutil
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import ActorMap
from .actormap_file import dumps_map, parse_map
from .age import AGE, PassphraseError
from .codecs import HEAD_BYTES, PLAIN, Codec, CodecError, Secret, SecretDeclined, SecretHook, SecretRequest
from .errors import MapFileError, MapWriteError


def _codec_failure(error_type: type[MapFileError], path, err: CodecError) -> MapFileError:
    """The store's error for a codec's: marked when asking for the passphrase again makes sense."""
    out = error_type(path, str(err))
    out.wrong_secret = isinstance(err, PassphraseError)
    out.declined = isinstance(err, SecretDeclined)
    return out

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this (50 MiB) are refused before they are read."""
TEMP_SUFFIX = ".tmp"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of the temp files a save of a file called ``name`` creates beside it.

    ``tempfile.mkstemp`` adds 8 characters from ``[a-z0-9_]``; the rollback copies
    of :meth:`MapStore.write_files` use 8 hex digits, which match too.
    """
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}")


@dataclass(frozen=True)
class StoredMap:
    """A map read from a file, with the codec it was stored with (to save it the same way)."""

    amap: ActorMap
    codec: str


@dataclass(frozen=True)
class MapStore:
    """Reads and writes map files; see the module docstring.

    ``codecs`` are tried in order on a file's first bytes (age-encrypted maps by
    default); plain JSON is always the last resort and need not be listed. ``secret`` is asked for a passphrase
    only when a codec needs one.
    """

    codecs: tuple[Codec, ...] = (AGE,)
    secret: SecretHook | None = None
    max_bytes: int = MAX_FILE_BYTES
    model: type[ActorMap] = ActorMap
    """The map class files are read as (a subclass may declare more collections)."""

    def __post_init__(self) -> None:
        names = [c.name for c in self.all_codecs]
        if len(set(names)) != len(names):
            raise ValueError(f"codec names must be unique, not {names}")

    @property
    def all_codecs(self) -> tuple[Codec, ...]:
        return (*self.codecs, PLAIN)

    def with_secret(self, hook: SecretHook | None) -> MapStore:
        """The same store asking ``hook`` for passphrases (e.g. one open document's)."""
        return dataclasses.replace(self, secret=hook)

    def codec(self, name: str) -> Codec:
        for c in self.all_codecs:
            if c.name == name:
                return c
        raise ValueError(f"unknown codec {name!r}; known: {', '.join(c.name for c in self.all_codecs)}")

    def codec_of(self, data: bytes) -> Codec:
        """The codec whose header ``data`` starts with (plain JSON if none claims it)."""
        head = data[:HEAD_BYTES]
        return next(c for c in self.all_codecs if c.detect(head))

    # ---- reading ----------------------------------------------------------------------
    def read_bytes(self, path: str | Path) -> bytes:
        """The raw bytes of a file, refusing folders, devices and files over ``max_bytes``.

        The size is checked with ``stat`` before anything is read, and at most
        ``max_bytes + 1`` bytes are read (a file growing meanwhile is refused too).
        """
        p = Path(path)
        try:
            st = p.stat()
            if stat.S_ISDIR(st.st_mode):
                raise MapFileError(p, "it is a folder, not a file")
            if not stat.S_ISREG(st.st_mode):
                raise MapFileError(p, "it is not a file")
            if st.st_size > self.max_bytes:
                raise MapFileError(p, f"the file is {_size(st.st_size)}, over the {_size(self.max_bytes)} limit")
            with p.open("rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except FileNotFoundError:
            raise MapFileError(p, "no such file") from None
        except PermissionError:
            raise MapFileError(p, "permission denied") from None
        except IsADirectoryError:
            raise MapFileError(p, "it is a folder, not a file") from None
        except OSError as err:
            raise MapFileError(p, err.strerror or str(err)) from None
        if len(data) > self.max_bytes:
            raise MapFileError(p, f"the file grew over the {_size(self.max_bytes)} limit while it was read")
        return data

    def decode(self, data: bytes, path: str | Path | None = None) -> tuple[bytes, Codec]:
        """The plain JSON inside file bytes, and the codec that held it."""
        if len(data) > self.max_bytes:
            raise MapFileError(path, f"the file is larger than the {_size(self.max_bytes)} limit")
        codec = self.codec_of(data)
        request = SecretRequest(Path(path) if path is not None else None, codec.name, "read")
        try:
            plain = codec.decode(data, Secret(self.secret, request))
        except CodecError as err:
            raise _codec_failure(MapFileError, path, err) from None
        if len(plain) > self.max_bytes:
            raise MapFileError(path, f"the map inside is larger than the {_size(self.max_bytes)} limit")
        return plain, codec

    def loads_stored(self, data: bytes | str, path: str | Path | None = None) -> StoredMap:
        """A map and its codec from file bytes (text is taken as plain JSON)."""
        if isinstance(data, str):
            if len(data) > self.max_bytes:
                raise MapFileError(path, f"the text is larger than the {_size(self.max_bytes)} limit")
            return StoredMap(parse_map(data, path, self.model), PLAIN.name)
        plain, codec = self.decode(data, path)
        return StoredMap(parse_map(plain, path, self.model), codec.name)

    def loads(self, data: bytes | str, path: str | Path | None = None) -> ActorMap:
        """A map from file bytes; any problem is one :class:`MapFileError`."""
        return self.loads_stored(data, path).amap

    def read_stored(self, path: str | Path) -> StoredMap:
        """A map file's map and the codec it was stored with (to save it back the same way)."""
        return self.loads_stored(self.read_bytes(path), Path(path))

    def read(self, path: str | Path) -> ActorMap:
        """Read a map file of any codec; any problem is one :class:`MapFileError`."""
        return self.read_stored(path).amap

    # ---- writing ----------------------------------------------------------------------
    def dumps(self, amap: ActorMap) -> bytes:
        """The canonical JSON of a map, UTF-8 (what a plain save writes)."""
        return dumps_map(amap).encode("utf-8")

    def encode(self, amap: ActorMap, codec: str = PLAIN.name, path: str | Path | None = None) -> bytes:
        """The file bytes of a map stored with ``codec``; nothing is written."""
        c = self.codec(codec)
        request = SecretRequest(Path(path) if path is not None else None, c.name, "write")
        try:
            return c.encode(self.dumps(amap), Secret(self.secret, request))
        except CodecError as err:
            raise _codec_failure(MapWriteError, path, err) from None

    def write(self, path: str | Path, amap: ActorMap, codec: str = PLAIN.name) -> None:
        """Save a map atomically (encoded first: a codec failure writes nothing)."""
        self.write_bytes(path, self.encode(amap, codec, path))

    def write_bytes(self, path: str | Path, data: bytes) -> None:
        """Write one file atomically; errors are one :class:`MapWriteError`."""
        self.write_files({Path(path): data})

    def write_files(self, payloads: Mapping[str | Path, bytes]) -> list[Path]:
        """Write several files all-or-nothing; returns their paths.

        Every temp file is written and synced before any target is replaced. If
        replacing one fails, the targets already replaced get their old contents
        back (new ones are removed), so the set is never mixed. (A power cut
        between two renames is the one case that can still mix old and new files;
        none is ever half-written.)
        """
        jobs = [(Path(p), Path(os.path.realpath(p)), data) for p, data in payloads.items()]
        if len({real for _, real, _ in jobs}) != len(jobs):
            raise ValueError("two of the files to write are the same file")
        temps: dict[Path, str] = {}
        backups: dict[Path, str | None] = {}
        replaced: list[Path] = []
        current = jobs[0][0] if jobs else None
        try:
            for shown, real, data in jobs:
                current = shown
                self.remove_stray_temps(real)
                temps[real] = _write_temp(real, data)
            if len(jobs) > 1:
                for shown, real, _ in jobs:
                    current = shown
                    backups[real] = _backup(real) if os.path.lexists(real) else None
            for shown, real, _ in jobs:
                current = shown
                os.replace(temps[real], real)
                del temps[real]
                replaced.append(real)
            for folder in dict.fromkeys(real.parent for _, real, _ in jobs):
                _fsync_dir(folder)
        except BaseException as err:
            _roll_back(replaced, backups)
            for tmp in temps.values():
                _unlink(tmp)
            if isinstance(err, OSError):
                raise MapWriteError(current, err.strerror or str(err)) from None
            raise
        finally:
            for backup in backups.values():
                if backup is not None:
                    _unlink(backup)
        return [shown for shown, _, _ in jobs]

    # ---- folders and leftovers ----------------------------------------------------------
    def private_dir(self, path: str | Path) -> Path:
        """Create a folder only actormap uses (and missing parents) 0700; make an existing one of yours 0700."""
        p = Path(path)
        try:
            _make_folder(p, PRIVATE_DIR_MODE)
            st = p.stat()
            if os.name == "posix" and st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) != PRIVATE_DIR_MODE:
                os.chmod(p, PRIVATE_DIR_MODE)  # (a folder someone else owns is left as it is)
        except OSError as err:
            raise MapWriteError(p, err.strerror or str(err)) from None
        return p

    def shared_dir(self, path: str | Path) -> Path:
        """Create a folder other programs read too (and missing parents) with the usual permissions
        (0777 less the umask); an existing folder is left exactly as it is. For desktop integration
        (``~/.local/share/applications``...), never for maps."""
        p = Path(path)
        try:
            _make_folder(p, 0o777)
        except OSError as err:
            raise MapWriteError(p, err.strerror or str(err)) from None
        return p

    def remove_stray_temps(self, path: str | Path) -> int:
        """Remove the temp files an interrupted save of ``path`` left beside it; return how many."""
        real = Path(os.path.realpath(path))
        pattern = temp_pattern(real.name)
        removed = 0
        try:
            entries = list(os.scandir(real.parent))
        except OSError:
            return 0
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
        return removed


def _make_folder(p: Path, mode: int) -> None:
    """Create folder ``p`` and its missing parents with ``mode`` (less the umask): ``os.makedirs``
    gives the parents the default mode. Raises ``OSError``, or :class:`MapWriteError` when ``p``
    is something else than a folder."""
    missing = []
    q = p
    while not q.exists() and q != q.parent:
        missing.append(q)
        q = q.parent
    for d in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(d, mode)
    if not p.is_dir():
        raise MapWriteError(p, "it is not a folder")


def _write_temp(real: Path, data: bytes) -> str:
    """A synced temp file beside ``real`` holding ``data``, with ``real``'s mode (else 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=TEMP_SUFFIX, dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = stat.S_IMODE(os.stat(real).st_mode)
        except FileNotFoundError:
            mode = PRIVATE_FILE_MODE  # mkstemp's own mode; set again in case the OS differs
        os.chmod(tmp, mode)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _backup(real: Path) -> str:
    """A second name for ``real``'s current contents, to put back if a later file of a set fails.

    A hard link where the file system has them, else a copy.
    """
    for _ in range(100):
        name = real.parent / f".{real.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            os.link(real, name)
            return str(name)
        except FileExistsError:
            continue
        except OSError:
            break
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=TEMP_SUFFIX, dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(real, "rb") as src:
            shutil.copyfileobj(src, out)
        shutil.copymode(real, tmp)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _roll_back(replaced: list[Path], backups: Mapping[Path, str | None]) -> None:
    """Put back what a failed set write replaced (best effort)."""
    for real in reversed(replaced):
        with contextlib.suppress(OSError):
            backup = backups.get(real)
            if backup is None:
                os.unlink(real)
            else:
                os.replace(backup, real)


def _fsync_dir(folder: Path) -> None:
    """Sync a folder so a rename in it survives a power cut (POSIX; best effort)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


def _unlink(path: str | Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# ---- conveniences for scripts and tests: a plain store ---------------------------------------
def load_map(path: str | Path) -> ActorMap:
    """Read a map file with a plain :class:`MapStore`."""
    return MapStore().read(path)


def loads_map(data: bytes | str, path: str | Path | None = None) -> ActorMap:
    """Parse map file bytes (or JSON text) with a plain :class:`MapStore`."""
    return MapStore().loads(data, path)


def save_map(amap: ActorMap, path: str | Path) -> None:
    """Save a map as plain JSON with a plain :class:`MapStore`."""
    MapStore().write(path, amap)
