"""What an open document knows about its file: how it is stored, its passphrase, its stamp.

:class:`DocumentFile` lives on the :class:`~.undo.QtDocument` (``qdoc.storage``)
for as long as the document is open:

- ``codec``: how the file is stored ("json", or "age" for an encrypted map); a save
  writes the document the same way;
- ``passphrase``: held in memory only, never written anywhere (no settings, no lock
  file, no log); the document's secret hook answers with it;
- ``stamp``: the file's identity, modification time and size when it was read or
  last saved here, so a save notices that another window or program changed the
  file meanwhile (every save replaces the file by rename, so even a save within the
  same clock tick changes the inode).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..core.io import SecretRequest

Stamp = tuple[int, int, int, int]


def file_stamp(path: str | None) -> Stamp | None:
    """(device, inode, mtime ns, size) of the file at ``path`` (following links); None if absent."""
    if not path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


@dataclass(eq=False)
class DocumentFile:
    codec: str = "json"
    passphrase: str | None = field(default=None, repr=False)
    stamp: Stamp | None = None

    @property
    def encrypted(self) -> bool:
        return self.codec != "json"

    def secret(self, _request: SecretRequest) -> str | None:
        """The secret hook of this document's store: its passphrase, never a question."""
        return self.passphrase

    def encrypt(self, passphrase: str) -> None:
        self.codec, self.passphrase = "age", passphrase

    def decrypt(self) -> None:
        self.codec, self.passphrase = "json", None
