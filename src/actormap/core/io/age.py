"""Encrypted maps: standard age files with a passphrase (scrypt) recipient.

An encrypted ``.actormap`` file is an age v1 file [1]_, so the ``age`` tool
opens it without actormap (``age -d map.actormap``) and actormap opens a file
``age -p`` made. :class:`AgeCodec` plugs into :class:`~.store.MapStore`; it is
chosen by the header line ``age-encryption.org/v1`` (ASCII-armored files are
read too). Only passphrase files are supported: a file encrypted to age keys is
refused with a message saying so.

The format (from the specification):

- header: the version line, one ``-> scrypt SALT LOG2N`` stanza whose body is
  the 16-byte *file key* sealed with ChaCha20-Poly1305 under
  ``scrypt(passphrase, "age-encryption.org/v1/scrypt" + SALT, N, r=8, p=1)``,
  then ``--- MAC`` (HMAC-SHA-256 of the header under ``HKDF(file key, "header")``);
- payload: a 16-byte nonce, then the map in 64 KiB chunks, each sealed with
  ChaCha20-Poly1305 under ``HKDF(file key, salt=nonce, "payload")`` with the
  nonce ``counter (11 bytes) || last-chunk flag`` (the STREAM construction [2]_).

Every file gets a fresh salt, file key and nonce. Any failure to open (wrong
passphrase, a changed or cut-off byte anywhere) is one message,
:data:`WRONG`: the authenticated encryption cannot tell them apart, and the
message does not pretend to.

The primitives come from the ``cryptography`` package rather than ``pyrage``:
pyrage holds the GIL for the whole scrypt derivation (the editor would freeze
for seconds on every autosave of an encrypted map, which runs on a thread) and
fixes the work factor (seconds per test). Interoperability with the ``age``
tool is checked by the tests in both directions.

References
----------
.. [1] Valsorda, F. & Cartwright-Cox, B. age v1 file format specification,
   https://age-encryption.org/v1 (C2SP age.md).
.. [2] Hoang, V. T., Reyhanitabar, R., Rogaway, P. & Vizár, D. (2015). Online
   authenticated-encryption and its nonce-reuse misuse-resistance. CRYPTO 2015.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .codecs import CodecError, Secret

VERSION_LINE = b"age-encryption.org/v1"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
WORK_FACTOR = 18
"""log2 of scrypt's N for new files: the ``age`` tool's default (about a second, 256 MiB)."""
MAX_WORK_FACTOR = 22
"""Files asking for more work than 2^22 are refused (the ``age`` tool's own limit)."""
CHUNK = 64 * 1024
TAG = 16
WRONG = "wrong passphrase, or the file was changed"
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")


class PassphraseError(CodecError):
    """The passphrase does not open the file (or the file was changed): worth asking again."""


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    """Canonical unpadded base64 (as the spec requires), else ``ValueError``."""
    if not _B64.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    if _b64(data) != text:
        raise ValueError("not canonical base64")
    return data


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None, info=info).derive(key)


def _scrypt_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    return Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1).derive(
        passphrase.encode("utf-8"))


def _stream(key: bytes, data: bytes, seal: bool) -> bytes:
    """STREAM over 64 KiB chunks with ChaCha20-Poly1305 (``seal``: encrypt, else open)."""
    aead = ChaCha20Poly1305(key)
    size = CHUNK if seal else CHUNK + TAG
    if seal:
        pieces = [data[i:i + size] for i in range(0, len(data), size)] or [b""]
    else:
        if not data:
            raise InvalidTag
        pieces = [data[i:i + size] for i in range(0, len(data), size)]
    out = []
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        nonce = i.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        if seal:
            out.append(aead.encrypt(nonce, piece, None))
        else:
            if last and i > 0 and len(piece) == TAG:  # an empty last chunk only for an empty file
                raise InvalidTag
            out.append(aead.decrypt(nonce, piece, None))
    return b"".join(out)


def encrypt(plain: bytes, passphrase: str, work_factor: int | None = None) -> bytes:
    """An age file holding ``plain``, for ``passphrase`` (scrypt recipient)."""
    if not passphrase:
        raise CodecError("the passphrase is empty")
    log_n = WORK_FACTOR if work_factor is None else work_factor
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    wrap = _scrypt_key(passphrase, salt, log_n)
    body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
    header = b"%s\n-> scrypt %s %d\n%s\n---" % (VERSION_LINE, _b64(salt), log_n, _b64(body))
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    payload = _stream(_hkdf(file_key, nonce, b"payload"), plain, seal=True)
    return header + b" " + _b64(mac) + b"\n" + nonce + payload


def _dearmor(data: bytes) -> bytes:
    text = data.strip()
    lines = text.replace(b"\r\n", b"\n").split(b"\n")
    if lines[0] != ARMOR_BEGIN or lines[-1] != ARMOR_END:
        raise PassphraseError(WRONG)
    try:
        return base64.b64decode(b"".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise PassphraseError(WRONG) from None


def _parse_header(data: bytes) -> tuple[list[tuple[list[bytes], bytes]], bytes, bytes, bytes]:
    """Stanzas ``(args, body)``, the MAC'd header text, the MAC and the payload."""
    lines_end = data.find(b"\n---")
    if not data.startswith(VERSION_LINE + b"\n") or lines_end < 0:
        raise ValueError("no header")
    mac_end = data.find(b"\n", lines_end + 4)
    if mac_end < 0 or data[lines_end + 4:lines_end + 5] != b" ":
        raise ValueError("no MAC line")
    header = data[:lines_end + 4]
    mac = _unb64(data[lines_end + 5:mac_end])
    stanzas: list[tuple[list[bytes], bytes]] = []
    lines = data[len(VERSION_LINE) + 1:lines_end + 1].split(b"\n")[:-1]
    i = 0
    while i < len(lines):
        if not lines[i].startswith(b"-> "):
            raise ValueError("bad stanza")
        args = lines[i][3:].split(b" ")
        if not args or any(not a for a in args):
            raise ValueError("bad stanza arguments")
        i += 1
        body = b""
        while True:
            if i >= len(lines):
                raise ValueError("stanza body not ended")
            line = lines[i]
            i += 1
            if len(line) > 64:
                raise ValueError("long body line")
            body += line
            if len(line) < 64:
                break
        stanzas.append((args, _unb64(body)))
    return stanzas, header, mac, data[mac_end + 1:]


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The plain bytes of a passphrase age file; :class:`PassphraseError` if it cannot be opened."""
    if data.lstrip().startswith(ARMOR_BEGIN):
        data = _dearmor(data)
    try:
        stanzas, header, mac, payload = _parse_header(data)
    except (ValueError, binascii.Error):
        raise PassphraseError(WRONG) from None
    scrypt = [s for s in stanzas if s[0][0] == b"scrypt"]
    if not scrypt:
        kinds = sorted({s[0][0].decode("ascii", "replace") for s in stanzas})
        if kinds and all(k in ("X25519", "ssh-rsa", "ssh-ed25519", "piv-p256") or k.startswith("age-plugin")
                         for k in kinds):
            raise CodecError(f"it is encrypted to age keys ({', '.join(kinds)}), not with a passphrase; "
                             "actormap opens passphrase-encrypted maps only")
        raise PassphraseError(WRONG)
    args, body = scrypt[0]
    if len(stanzas) != 1 or len(args) != 3 or len(body) != 32:
        raise PassphraseError(WRONG)
    try:
        salt = _unb64(args[1])
        if len(salt) != 16 or not re.fullmatch(rb"[1-9][0-9]?", args[2]):
            raise ValueError
        log_n = int(args[2])
    except ValueError:
        raise PassphraseError(WRONG) from None
    if log_n > MAX_WORK_FACTOR:
        raise CodecError(f"the file asks for scrypt work 2^{log_n}, over the limit of 2^{MAX_WORK_FACTOR}")
    if len(payload) < 16 + TAG:
        raise PassphraseError(WRONG)
    try:
        file_key = ChaCha20Poly1305(_scrypt_key(passphrase, salt, log_n)).decrypt(b"\x00" * 12, body, None)
        expected = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, mac):
            raise InvalidTag
        return _stream(_hkdf(file_key, payload[:16], b"payload"), payload[16:], seal=False)
    except InvalidTag:
        raise PassphraseError(WRONG) from None


class AgeCodec:
    """age v1 files with a passphrase: see the module docstring.

    ``work_factor`` is log2 of scrypt's N for files this codec writes
    (default :data:`WORK_FACTOR`, read when writing so tests may lower it).
    """

    name = "age"

    def __init__(self, work_factor: int | None = None):
        self.work_factor = work_factor

    def detect(self, head: bytes) -> bool:
        return head.startswith(VERSION_LINE + b"\n") or head.lstrip().startswith(ARMOR_BEGIN)

    def decode(self, data: bytes, secret: Secret) -> bytes:
        return decrypt(data, secret())

    def encode(self, data: bytes, secret: Secret) -> bytes:
        return encrypt(data, secret(), self.work_factor if self.work_factor is not None else WORK_FACTOR)


AGE = AgeCodec()
