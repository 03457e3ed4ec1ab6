"""Installable: `python -m actormap --version`, the MIT licence, the sample maps found wherever the
program runs, and `actormap install-desktop` (entry, icon, MIME type under XDG_DATA_HOME)."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

from actormap import __version__
from actormap.cli import main
from actormap.commands.desktop import MIME_TYPE, desktop_entry, launch_command
from actormap.samples import sample_dir, samples

ROOT = Path(__file__).resolve().parents[2]


def test_python_m_actormap_version():
    r = subprocess.run([sys.executable, "-m", "actormap", "--version"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == f"actormap {__version__}"
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["version"] == __version__


def test_licence_is_mit_as_the_project_says():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["license"] == "MIT" and "LICENSE" in meta["license-files"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text
    ofl = (ROOT / "src" / "actormap" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in ofl and "Version 1.1" in ofl


def test_samples_are_found_with_their_titles():
    assert sample_dir() == ROOT / "sample_maps"  # a source checkout
    found = samples()
    assert [s.path.name for s in found] == sorted(p.name for p in (ROOT / "sample_maps").glob("*.actormap"))
    salvador = next(s for s in found if s.path.name.startswith("el_salvador"))
    assert "El Salvador" in salvador.title and salvador.actors == 26 and salvador.ties > 0


def test_install_desktop_writes_entry_icon_and_mime_type(tmp_path, capsys):
    home = tmp_path / "share"
    assert main(["install-desktop", "--data-home", str(home), "--no-refresh"]) == 0
    out = capsys.readouterr().out
    entry = home / "applications" / "actormap.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "actormap.svg"
    mime = home / "mime" / "packages" / "actormap.xml"
    for path in (entry, icon, mime):
        assert f"wrote {path}" in out
    text = entry.read_text(encoding="utf-8")
    assert f"MimeType={MIME_TYPE};" in text and "Icon=actormap" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f")
    program = launch_command()[0]
    assert Path(program).is_file() and os.access(program, os.X_OK)
    assert icon.read_bytes() == (ROOT / "src" / "actormap" / "gui" / "icons" / "actormap.svg").read_bytes()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.fromstring(mime.read_bytes())
    mt = root.find(f"{ns}mime-type")
    assert mt.get("type") == MIME_TYPE and mt.find(f"{ns}glob").get("pattern") == "*.actormap"
    # a second run updates the same files
    assert main(["install-desktop", "--data-home", str(home), "--no-refresh"]) == 0


def test_exec_line_quotes_paths_with_spaces():
    text = desktop_entry(["/opt/My Apps/actormap", "-m", "100%"])
    assert 'Exec="/opt/My Apps/actormap" -m 100%% %f' in text


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_entry_is_valid(tmp_path):
    main(["install-desktop", "--data-home", str(tmp_path), "--no-refresh"])
    r = subprocess.run(["desktop-file-validate", str(tmp_path / "applications" / "actormap.desktop")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) is not installed")
def test_mime_database_maps_actormap_files_to_the_type(tmp_path, capsys):
    main(["install-desktop", "--data-home", str(tmp_path)])
    assert "ran update-mime-database" in capsys.readouterr().out
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.actormap" in globs
