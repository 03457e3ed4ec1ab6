"""MapStore reading and writing through codecs: the header picks the codec, the secret hook is
asked only when a codec needs it, and every problem is one message naming the file.

``MaskCodec`` is a real implementation of the :class:`Codec` protocol (not a stub): a
header, a passphrase check and a reversible keystream, so the plug-in point the age codec
will use is exercised end to end. It is no encryption and is not meant as one.
"""

from __future__ import annotations

import hashlib
from itertools import cycle
from pathlib import Path

import pytest

from actormap.core.io import (
    Codec,
    CodecError,
    MapFileError,
    MapStore,
    MapWriteError,
    Secret,
    SecretRequest,
    dumps_map,
    load_map,
)
from actormap.core.io.convert import convert, read_any

SAMPLE = Path(__file__).parent.parent / "fixtures" / "sample_like.actormap"


class MaskCodec:
    name = "mask"
    HEADER = b"MASK-TEST-CODEC/1\n"

    def detect(self, head: bytes) -> bool:
        return head.startswith(self.HEADER)

    @staticmethod
    def _key(passphrase: str) -> bytes:
        return hashlib.sha256(passphrase.encode()).digest()

    def _mask(self, data: bytes, key: bytes) -> bytes:
        return bytes(b ^ k for b, k in zip(data, cycle(key), strict=False))

    def decode(self, data: bytes, secret: Secret) -> bytes:
        key = self._key(secret())
        tag, body = data[len(self.HEADER):len(self.HEADER) + 8], data[len(self.HEADER) + 8:]
        plain = self._mask(body, key)
        if tag != hashlib.sha256(key + plain).digest()[:8]:
            raise CodecError("wrong passphrase, or the file was changed")
        return plain

    def encode(self, data: bytes, secret: Secret) -> bytes:
        key = self._key(secret())
        return self.HEADER + hashlib.sha256(key + data).digest()[:8] + self._mask(data, key)


class Hook:
    """A secret hook that records what it was asked."""

    def __init__(self, *answers: str | None):
        self.answers = list(answers)
        self.asked: list[SecretRequest] = []

    def __call__(self, request: SecretRequest) -> str | None:
        self.asked.append(request)
        return self.answers.pop(0)


@pytest.fixture
def sample():
    return load_map(SAMPLE)


def test_the_mask_codec_satisfies_the_protocol():
    assert isinstance(MaskCodec(), Codec)


def test_a_plain_map_never_asks_for_a_secret(tmp_path, sample):
    hook = Hook()
    store = MapStore(codecs=(MaskCodec(),), secret=hook)
    store.write(tmp_path / "m.actormap", sample)
    stored = store.read_stored(tmp_path / "m.actormap")
    assert stored.amap == sample and stored.codec == "json"
    assert hook.asked == []


def test_a_coded_map_round_trips_and_the_hook_is_asked_once_per_read_and_write(tmp_path, sample):
    p = tmp_path / "m.actormap"
    hook = Hook("open sesame", "open sesame")
    store = MapStore(codecs=(MaskCodec(),), secret=hook)
    store.write(p, sample, codec="mask")
    raw = p.read_bytes()
    assert raw.startswith(MaskCodec.HEADER)
    assert sample.actors[0].name.encode() not in raw and b'"actors"' not in raw
    stored = store.read_stored(p)
    assert stored.amap == sample and stored.codec == "mask"
    assert [(r.path, r.codec, r.purpose) for r in hook.asked] == [(p, "mask", "write"), (p, "mask", "read")]


def test_every_reader_detects_the_codec_by_the_header(tmp_path, sample):
    """convert and read_any go through the same store: a coded map converts like a plain one."""
    p = tmp_path / "m.actormap"
    store = MapStore(codecs=(MaskCodec(),), secret=lambda request: "pw")
    store.write(p, sample, codec="mask")
    assert read_any(p, store=store) == sample
    convert(p, tmp_path / "m.graphml", store=store)
    assert dumps_map(read_any(tmp_path / "m.graphml")) == dumps_map(sample)
    with pytest.raises(MapFileError, match="not valid JSON|not a text file|binary"):
        load_map(p)  # a store without the codec sees only bytes


@pytest.mark.parametrize(
    "hook, problem",
    [
        (Hook("wrong"), "wrong passphrase, or the file was changed"),
        (Hook(None), "no passphrase was given"),
        (None, "it is encrypted (mask) and needs a passphrase, but none was given"),
    ],
    ids=["wrong", "declined", "no-hook"],
)
def test_a_coded_map_that_cannot_be_decoded_is_one_message_naming_the_file(tmp_path, sample, hook, problem):
    p = tmp_path / "m.actormap"
    MapStore(codecs=(MaskCodec(),), secret=lambda request: "right").write(p, sample, codec="mask")
    before = p.read_bytes()
    with pytest.raises(MapFileError) as info:
        MapStore(codecs=(MaskCodec(),), secret=hook).read(p)
    assert type(info.value) is MapFileError
    assert str(info.value) == f"Cannot read '{p}': {problem}"
    assert p.read_bytes() == before


def test_one_flipped_byte_is_caught_by_the_codec(tmp_path, sample):
    p = tmp_path / "m.actormap"
    store = MapStore(codecs=(MaskCodec(),), secret=lambda request: "pw")
    store.write(p, sample, codec="mask")
    raw = bytearray(p.read_bytes())
    raw[len(raw) // 2] ^= 1
    with pytest.raises(MapFileError, match="wrong passphrase, or the file was changed"):
        store.loads(bytes(raw), p)


@pytest.mark.parametrize("hook", [Hook(None), None], ids=["declined", "no-hook"])
def test_a_failed_encode_writes_nothing(tmp_path, sample, hook):
    p = tmp_path / "m.actormap"
    p.write_bytes(b"the old map")
    with pytest.raises(MapWriteError, match=rf"^Cannot write '{p}': "):
        MapStore(codecs=(MaskCodec(),), secret=hook).write(p, sample, codec="mask")
    assert p.read_bytes() == b"the old map"
    assert [x.name for x in tmp_path.iterdir()] == ["m.actormap"]


def test_with_secret_binds_a_hook_to_a_copy_of_the_store(tmp_path, sample):
    base = MapStore(codecs=(MaskCodec(),))
    doc_store = base.with_secret(lambda request: "pw")
    assert base.secret is None and doc_store.codecs == base.codecs
    doc_store.write(tmp_path / "m.actormap", sample, codec="mask")
    assert doc_store.read(tmp_path / "m.actormap") == sample


def test_the_secret_is_asked_lazily_and_once():
    hook = Hook("pw")
    secret = Secret(hook, SecretRequest(None, "mask", "read"))
    assert hook.asked == [] and not secret.asked
    assert secret() == "pw" and secret() == "pw"
    assert len(hook.asked) == 1 and secret.asked


def test_plain_json_is_always_the_fallback_and_codec_names_are_unique():
    store = MapStore(codecs=(MaskCodec(),))
    assert [c.name for c in store.all_codecs] == ["mask", "json"]
    assert store.codec_of(b'{"format": "actormap"}').name == "json"
    assert store.codec_of(MaskCodec.HEADER + b"...").name == "mask"
    assert store.codec_of(b"").name == "json"
    with pytest.raises(ValueError, match="unique"):
        MapStore(codecs=(MaskCodec(), MaskCodec()))
    with pytest.raises(ValueError, match="unknown codec 'age'"):
        store.codec("age")


def test_dumps_is_the_canonical_text(sample):
    assert MapStore().dumps(sample) == dumps_map(sample).encode("utf-8")
