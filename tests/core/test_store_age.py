"""Encrypted maps: age files with a passphrase, read and written through the MapStore.

Checked: round trip, wrong passphrase, one flipped byte at many positions, every cut
length class, no plaintext in the encrypted bytes, private modes, the chunked payload
(reordered/dropped chunks refused), and interoperability with the ``age`` tool in both
directions (skipped only when the tool is absent).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actormap.core.io import AGE, MapFileError, MapStore, MapWriteError, load_map
from actormap.core.io import age as agemod
from actormap.core.io.age import CHUNK, TAG, WRONG, decrypt, encrypt

sys.path.insert(0, str(Path(__file__).parent.parent))
from age_tool import AGE as AGE_TOOL  # noqa: E402
from age_tool import SKIP_REASON, run_age  # noqa: E402

SAMPLE = Path(__file__).parent.parent / "fixtures" / "sample_like.actormap"
PW = "correct horse battery staple"


def store(passphrase: str | None = PW) -> MapStore:
    return MapStore(secret=(lambda _req: passphrase) if passphrase is not None else None)


@pytest.fixture
def sample():
    return load_map(SAMPLE)


@pytest.fixture
def encrypted(tmp_path, sample) -> Path:
    p = tmp_path / "secret.actormap"
    store().write(p, sample, codec="age")
    return p


def test_round_trip_through_the_store(encrypted, sample):
    stored = store().read_stored(encrypted)
    assert stored.codec == "age"
    assert stored.amap == sample
    assert encrypted.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")


def test_encrypted_bytes_hold_no_name_note_or_title(encrypted, sample):
    data = encrypted.read_bytes()
    words = [a.name for a in sample.actors] + [a.notes for a in sample.actors if a.notes]
    words += [t.notes for t in sample.ties if t.notes] + [sample.title]
    assert words and all(w.encode() not in data for w in words if len(w) >= 4)
    assert b'"actors"' not in data and b"actormap" not in data


def test_two_encryptions_of_one_map_differ(sample):
    a, b = store().encode(sample, "age"), store().encode(sample, "age")
    assert a != b  # fresh salt, file key and nonce every time


def test_wrong_passphrase_is_one_line_and_marked(encrypted):
    with pytest.raises(MapFileError) as info:
        store("not it").read(encrypted)
    assert str(info.value) == f"Cannot read '{encrypted}': {WRONG}"
    assert info.value.wrong_secret and not info.value.declined


def test_no_hook_and_declined_hook(encrypted):
    with pytest.raises(MapFileError, match="needs a passphrase, but none was given"):
        MapStore().read(encrypted)
    with pytest.raises(MapFileError) as info:
        store(None).with_secret(lambda _r: None).read(encrypted)
    assert info.value.declined and not info.value.wrong_secret


def _flip_positions(n: int) -> list[int]:
    rng = random.Random(13)
    header_end = n - 1
    return sorted({22, 25, 30, 40, 60, 70, 80, 90, 100, 110, header_end, n - 17, n - 1,
                   *rng.sample(range(22, n), 25)})


def test_one_flipped_byte_anywhere_is_refused(encrypted):
    data = encrypted.read_bytes()
    for pos in _flip_positions(len(data)):
        for bit in (0x01, 0x80):
            bad = bytearray(data)
            bad[pos] ^= bit
            with pytest.raises(MapFileError) as info:
                store().loads(bytes(bad), "f")
            assert info.value.problem == WRONG, (pos, bit, info.value.problem)


def test_a_flip_in_the_version_line_is_still_one_readable_error(encrypted):
    data = encrypted.read_bytes()
    for pos in range(0, 22):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        with pytest.raises(MapFileError) as info:
            store().loads(bytes(bad), "f")
        assert "\n" not in str(info.value)


def test_truncated_files_are_refused(encrypted):
    data = encrypted.read_bytes()
    mac_line = data.index(b"\n---") + 4
    for cut in (0, 10, 22, 40, mac_line, mac_line + 20, mac_line + 60, len(data) - TAG - 1,
                len(data) - 1):
        with pytest.raises(MapFileError):
            store().loads(data[:cut], "f")
    with pytest.raises(MapFileError, match=WRONG):
        store().loads(data[:len(data) - 1], "f")


def test_long_payload_chunks_cannot_be_dropped_or_reordered():
    plain = os.urandom(3 * CHUNK + 1000)
    data = encrypt(plain, PW, 10)
    assert decrypt(data, PW) == plain
    body_start = data.index(b"\n---")
    body_start = data.index(b"\n", body_start + 1) + 1 + 16
    header, body = data[:body_start], data[body_start:]
    size = CHUNK + TAG
    chunks = [body[i:i + size] for i in range(0, len(body), size)]
    assert len(chunks) == 4
    for bad in (header + b"".join(chunks[:3]),  # last chunk dropped: chunk 3 lacks the last flag
                header + b"".join([chunks[1], chunks[0], *chunks[2:]]),
                header + b"".join(chunks[:3]) + chunks[2]):
        with pytest.raises(agemod.PassphraseError):
            decrypt(bad, PW)


def test_exact_chunk_multiple_and_empty_plaintext_round_trip():
    for plain in (b"", os.urandom(CHUNK), os.urandom(2 * CHUNK)):
        assert decrypt(encrypt(plain, PW, 10), PW) == plain


def test_empty_passphrase_is_refused(tmp_path, sample):
    with pytest.raises(MapWriteError, match="the passphrase is empty"):
        store("").write(tmp_path / "x.actormap", sample, codec="age")
    assert not (tmp_path / "x.actormap").exists()


def test_too_much_scrypt_work_is_refused(encrypted):
    data = encrypted.read_bytes().replace(b" 10\n", b" 23\n", 1)
    with pytest.raises(MapFileError, match=r"scrypt work 2\^23, over the limit of 2\^22"):
        store().loads(data, "f")


def test_new_encrypted_file_is_private(encrypted):
    if os.name == "posix":
        assert (encrypted.stat().st_mode & 0o777) == 0o600


def test_non_ascii_passphrase_round_trips(tmp_path, sample):
    p = tmp_path / "u.actormap"
    store("pässwörd ✓").write(p, sample, codec="age")
    assert store("pässwörd ✓").read(p) == sample
    with pytest.raises(MapFileError, match=WRONG):
        store("passwort ✓").read(p)


def test_the_default_work_factor_is_the_age_tools(monkeypatch):
    monkeypatch.setattr(agemod, "WORK_FACTOR", 18)
    data = AGE.encode(b"{}", lambda: PW)  # a Secret is any callable giving the passphrase
    assert data.split(b"\n")[1].endswith(b" 18")


# ---- the age tool ------------------------------------------------------------------
needs_age = pytest.mark.skipif(AGE_TOOL is None, reason=SKIP_REASON)


@needs_age
def test_the_age_tool_decrypts_a_map_actormap_wrote(tmp_path, sample, monkeypatch):
    monkeypatch.setattr(agemod, "WORK_FACTOR", 18)  # a file as users get it
    enc = tmp_path / "m.actormap"
    store().write(enc, sample, codec="age")
    out = tmp_path / "plain.json"
    code, screen = run_age(["-d", "-o", str(out), str(enc)], PW)
    assert code == 0, screen
    assert out.read_bytes() == MapStore().dumps(sample)


@needs_age
def test_the_age_tool_refuses_a_wrong_passphrase_too(tmp_path, sample):
    enc = tmp_path / "m.actormap"
    store().write(enc, sample, codec="age")
    code, _ = run_age(["-d", "-o", str(tmp_path / "out"), str(enc)], "wrong")
    assert code != 0


@needs_age
@pytest.mark.parametrize("armor", [False, True])
def test_actormap_opens_a_map_the_age_tool_encrypted(tmp_path, sample, armor):
    plain = tmp_path / "plain.actormap"
    MapStore().write(plain, sample)
    enc = tmp_path / "by_age.actormap"
    code, screen = run_age(["-p", *(["-a"] if armor else []), "-o", str(enc), str(plain)], PW)
    assert code == 0, screen
    assert enc.read_bytes().startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n")
    stored = store().read_stored(enc)
    assert stored.amap == sample and stored.codec == "age"
    with pytest.raises(MapFileError, match=WRONG):
        store("wrong").read(enc)


@pytest.mark.skipif(shutil.which("age-keygen") is None or AGE_TOOL is None, reason=SKIP_REASON)
def test_a_file_encrypted_to_age_keys_is_refused_with_a_reason(tmp_path):
    key = subprocess.run(["age-keygen"], capture_output=True, text=True, check=True)
    recipient = next(line.split(": ")[1] for line in key.stderr.splitlines() + key.stdout.splitlines()
                     if "public key" in line)
    src = tmp_path / "p.json"
    src.write_bytes(b"{}")
    out = tmp_path / "k.actormap"
    subprocess.run([AGE_TOOL, "-r", recipient, "-o", str(out), str(src)], check=True)
    with pytest.raises(MapFileError, match="encrypted to age keys .X25519., not with a passphrase"):
        store().read(out)
