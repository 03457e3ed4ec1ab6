"""Codecs: how the bytes of a map file wrap its canonical JSON.

A :class:`Codec` turns file bytes into the plain JSON of a map and back. The
:class:`~actormap.core.io.store.MapStore` picks the codec of a file by its first
bytes (:data:`HEAD_BYTES`), so every reader opens every kind of map file; plain
JSON (:data:`PLAIN`) is the fallback when no other codec claims the header.

A codec that needs a passphrase (the age codec of issue 13) gets a
:class:`Secret`: a callable that asks the store's *secret hook* once, only when
the codec calls it, so opening a plain map never asks for anything. A codec
reports a problem with :class:`CodecError` (a wrong passphrase, a damaged
file); the store turns it into one ``MapFileError`` / ``MapWriteError`` that
names the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

HEAD_BYTES = 64
"""How many leading bytes of a file a codec sees in :meth:`Codec.detect`."""


class CodecError(Exception):
    """A codec cannot decode or encode; ``str()`` is the problem, without the file name."""


class SecretDeclined(CodecError):
    """The user was asked for the passphrase and declined (cancelled the question)."""


@dataclass(frozen=True)
class SecretRequest:
    """What a secret hook is asked for: the file (if any), the codec, and why."""

    path: Path | None
    codec: str
    purpose: Literal["read", "write"]


SecretHook = Callable[[SecretRequest], str | None]
"""Asked for a passphrase; returns it, or ``None`` when the user declines."""


class Secret:
    """The passphrase for one read or write, asked from the hook at most once, on first call."""

    def __init__(self, hook: SecretHook | None, request: SecretRequest):
        self._hook = hook
        self._request = request
        self._value: str | None = None
        self.asked = False

    def __call__(self) -> str:
        if self._value is None:
            if self._hook is None:
                raise CodecError(f"it is encrypted ({self._request.codec}) and needs a passphrase, "
                                 "but none was given")
            self.asked = True
            value = self._hook(self._request)
            if value is None:
                raise SecretDeclined("no passphrase was given")
            self._value = value
        return self._value


@runtime_checkable
class Codec(Protocol):
    """How a kind of map file wraps the map's JSON."""

    name: str

    def detect(self, head: bytes) -> bool:
        """Whether a file starting with ``head`` (up to :data:`HEAD_BYTES` bytes) is of this kind."""
        ...

    def decode(self, data: bytes, secret: Secret) -> bytes:
        """The plain JSON bytes inside ``data``; :class:`CodecError` if they cannot be had."""
        ...

    def encode(self, data: bytes, secret: Secret) -> bytes:
        """The file bytes that wrap the plain JSON ``data``."""
        ...


class JsonCodec:
    """Plain UTF-8 JSON: the file *is* the map's JSON. Claims any header (the fallback)."""

    name = "json"

    def detect(self, head: bytes) -> bool:
        return True

    def decode(self, data: bytes, secret: Secret) -> bytes:
        return data

    def encode(self, data: bytes, secret: Secret) -> bytes:
        return data


PLAIN = JsonCodec()
