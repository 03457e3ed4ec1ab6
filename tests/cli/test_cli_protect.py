"""``actormap encrypt / decrypt / redact`` and the passphrase sources every command shares.

Passphrases come from --passphrase-file, ACTORMAP_PASSPHRASE or a prompt on a real
terminal (a pseudo-terminal here); with none of them and no terminal, one line and exit 2.
A wrong passphrase or a changed file: one line, exit 2, nothing written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from cli_run import run

from actormap.core.io import MapStore, load_map
from actormap.core.io.age import WRONG

sys.path.insert(0, str(Path(__file__).parent.parent))
from age_tool import run_on_terminal  # noqa: E402

ROOT = Path(__file__).parent.parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample_like.actormap"
ACTORMAP = Path(sys.executable).parent / "actormap"
PW = "s3cret passphrase"



@pytest.fixture
def env_pw(monkeypatch):
    monkeypatch.setenv("ACTORMAP_PASSPHRASE", PW)


@pytest.fixture
def no_pw(monkeypatch):
    monkeypatch.delenv("ACTORMAP_PASSPHRASE", raising=False)


@pytest.fixture
def enc(tmp_path, env_pw, capsys) -> Path:
    out = tmp_path / "enc.actormap"
    code, _, err = run(capsys, "encrypt", SAMPLE, "-o", out)
    assert code == 0, err
    return out


def test_encrypt_then_decrypt_gives_the_map_back(tmp_path, enc, capsys):
    assert enc.read_bytes().startswith(b"age-encryption.org/v1\n")
    plain = tmp_path / "plain.actormap"
    code, out, _ = run(capsys, "decrypt", enc, "-o", plain)
    assert code == 0 and "plain" in out
    assert load_map(plain) == load_map(SAMPLE)


def test_encrypt_in_place_replaces_the_plain_file(tmp_path, env_pw, capsys):
    p = tmp_path / "m.actormap"
    p.write_bytes(SAMPLE.read_bytes())
    assert run(capsys, "encrypt", p)[0] == 0
    assert p.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert [q.name for q in tmp_path.iterdir()] == ["m.actormap"]  # no plain copy or temp left
    code, _, err = run(capsys, "encrypt", p)
    assert code == 2 and "is encrypted already" in err


def test_every_command_reads_encrypted_maps(tmp_path, enc, capsys):
    code, out, _ = run(capsys, "validate", enc)
    assert code == 0 and out == f"{enc}: ok (8 actors, 9 ties)\n"
    code, out, _ = run(capsys, "analyze", enc, "--json")
    assert code == 0 and '"fragmentation"' in out
    code, _, _ = run(capsys, "convert", enc, tmp_path / "out.graphml")
    assert code == 0 and (tmp_path / "out.graphml").exists()


def test_passphrase_file_first_line(tmp_path, enc, no_pw, capsys):
    pw = tmp_path / "pw.txt"
    pw.write_text(PW + "\nignored second line\n")
    assert run(capsys, "validate", enc, "--passphrase-file", pw)[0] == 0
    pw.write_text("\n")
    code, _, err = run(capsys, "validate", enc, "--passphrase-file", pw)
    assert code == 2 and "has an empty first line" in err and err.count("\n") == 1
    code, _, err = run(capsys, "validate", enc, "--passphrase-file", tmp_path / "missing")
    assert code == 2 and "cannot read the passphrase file" in err and err.count("\n") == 1


def test_the_file_option_wins_over_the_environment(tmp_path, enc, monkeypatch, capsys):
    monkeypatch.setenv("ACTORMAP_PASSPHRASE", "wrong")
    pw = tmp_path / "pw.txt"
    pw.write_text(PW)
    assert run(capsys, "validate", enc, "--passphrase-file", pw)[0] == 0


def test_no_passphrase_and_no_terminal_is_one_clear_line(enc, no_pw, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # not a terminal
    code, out, err = run(capsys, "validate", enc)
    assert code == 2 and out == ""
    assert err == (f"actormap: '{enc}' is encrypted: give the passphrase in $ACTORMAP_PASSPHRASE or with "
                   "--passphrase-file (there is no terminal to ask on)\n")


@pytest.mark.parametrize("damage", ["wrong", "flip", "cut"])
def test_wrong_passphrase_or_changed_file_writes_nothing(tmp_path, enc, monkeypatch, capsys, damage):
    if damage == "wrong":
        monkeypatch.setenv("ACTORMAP_PASSPHRASE", "not the passphrase")
    else:
        data = bytearray(enc.read_bytes())
        if damage == "flip":
            data[len(data) // 2] ^= 0x10
        else:
            del data[-5:]
        enc.write_bytes(bytes(data))
    before = sorted(p.name for p in tmp_path.iterdir())
    for argv in (("decrypt", enc, "-o", tmp_path / "out.actormap"),
                 ("convert", enc, tmp_path / "out.graphml"),
                 ("redact", enc, "-o", tmp_path / "red.actormap"),
                 ("analyze", enc)):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", argv
        assert err == f"actormap: Cannot read '{enc}': {WRONG}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(not ACTORMAP.exists() or os.name != "posix", reason="needs the installed entry point")
def test_a_terminal_prompt_asks_for_the_passphrase(enc, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "ACTORMAP_PASSPHRASE"}
    code, screen = run_on_terminal([str(ACTORMAP), "validate", str(enc)], PW, env=env)
    assert code == 0 and f"Passphrase for '{enc}':" in screen and "ok (8 actors" in screen
    assert PW not in screen  # not echoed
    code, screen = run_on_terminal([str(ACTORMAP), "validate", str(enc)], "nope", env=env)
    assert code == 2 and WRONG in screen


@pytest.mark.skipif(not ACTORMAP.exists() or os.name != "posix", reason="needs the installed entry point")
def test_encrypting_at_a_terminal_asks_twice(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "ACTORMAP_PASSPHRASE"}
    out = tmp_path / "t.actormap"
    code, screen = run_on_terminal([str(ACTORMAP), "encrypt", str(SAMPLE), "-o", str(out)], PW, env=env)
    assert code == 0, screen
    assert "New passphrase for" in screen and "Type the passphrase again" in screen
    assert MapStore(secret=lambda _r: PW).read(out) == load_map(SAMPLE)


# ---- redact --------------------------------------------------------------------------
def test_redact_writes_a_coded_copy(tmp_path, capsys):
    out = tmp_path / "red.actormap"
    original = load_map(SAMPLE)
    keep = original.actors[0].name
    code, msg, err = run(capsys, "redact", SAMPLE, "-o", out, "--keep", keep, "--coarsen-dates")
    assert code == 0, err
    red = load_map(out)
    assert red.redacted and "(redacted)" in red.title
    names = sorted(a.name for a in red.actors)
    assert keep in names
    others = {a.name for a in original.actors} - {keep}
    text = out.read_text()
    assert not any(n in text for n in others)
    assert len(red.actors) == len(original.actors) and len(red.ties) == len(original.ties)


def test_redact_refuses_unknown_keep_and_its_own_input(tmp_path, capsys):
    code, _, err = run(capsys, "redact", SAMPLE, "-o", tmp_path / "r.actormap", "--keep", "Nobody at all")
    assert code == 2 and err == "actormap: --keep: no actor is called 'Nobody at all' on this map\n"
    assert not (tmp_path / "r.actormap").exists()
    p = tmp_path / "m.actormap"
    p.write_bytes(SAMPLE.read_bytes())
    code, _, err = run(capsys, "redact", p, "-o", p)
    assert code == 2 and "is the input file" in err
    assert p.read_bytes() == SAMPLE.read_bytes()


def test_redact_hide_kinds(tmp_path, capsys):
    out = tmp_path / "r.actormap"
    assert run(capsys, "redact", SAMPLE, "-o", out, "--hide-kinds")[0] == 0
    red = load_map(out)
    assert {a.kind.value for a in red.actors} == {"other"}
    assert sorted(a.name for a in red.actors) == sorted(f"Actor {i}" for i in range(1, len(red.actors) + 1))
    code, _, err = run(capsys, "redact", SAMPLE, "-o", out, "--hide-kinds", "--keep-kinds")
    assert code == 2 and "contradict" in err


# ---- file names with a newline ------------------------------------------------------------------
def test_file_names_with_a_newline_stay_on_one_line(tmp_path, capsys, env_pw):
    odd = tmp_path / "two\nlines.actormap"
    odd.write_bytes(SAMPLE.read_bytes())
    code, out, _ = run(capsys, "validate", odd)
    assert code == 0 and out.count("\n") == 1 and "two\\nlines" in out
    code, out, _ = run(capsys, "encrypt", odd, "-o", tmp_path / "enc\nout.actormap")
    assert code == 0 and out.count("\n") == 1 and "enc\\nout" in out
    bad = tmp_path / "bad\nname.actormap"
    bad.write_bytes(b"{not json")
    code, out, err = run(capsys, "validate", bad)
    assert code == 2 and err.count("\n") == 1 and "bad\\nname" in err
    code, out, err = run(capsys, "redact", SAMPLE, "-o", tmp_path / "r\ned.actormap")
    assert code == 0 and out.count("\n") == 1
