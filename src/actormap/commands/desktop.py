"""``actormap install-desktop``: put actormap in the Linux applications menu, with its icon, and
make ``.actormap`` files open with it by double-click.

Follows the freedesktop.org specifications (Desktop Entry 1.4, Icon Theme, Shared MIME
Info): it writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``), for this user only:

- ``applications/actormap.desktop`` -- the menu entry, running this actormap;
- ``icons/hicolor/scalable/apps/actormap.svg`` -- the icon;
- ``mime/packages/actormap.xml`` -- the ``application/x-actormap`` type (``*.actormap``);

then, when the tools are installed, refreshes the MIME and desktop databases and makes
actormap the default program for the type (``update-mime-database``,
``update-desktop-database``, ``xdg-mime``; local commands, no network). Files are written
through the :class:`~actormap.core.io.MapStore` (atomically). Running it again updates them.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from ..core.errors import ActorMapError
from ..core.io import MapStore

MIME_TYPE = "application/x-actormap"
DESKTOP_ID = "actormap.desktop"

MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-actormap">
    <comment>actormap map</comment>
    <comment xml:lang="es">mapa de actormap</comment>
    <comment xml:lang="fr">carte actormap</comment>
    <icon name="actormap"/>
    <glob pattern="*.actormap"/>
  </mime-type>
</mime-info>
"""


def register(sub) -> None:
    p = sub.add_parser(
        "install-desktop",
        help="Linux: add actormap to the applications menu with its icon, and open .actormap files with it",
        description="Write a desktop entry, the icon and the .actormap file type for this user (under "
                    "$XDG_DATA_HOME, default ~/.local/share), then refresh the desktop databases.")
    p.add_argument("--data-home", metavar="DIR", help="where to install (default: $XDG_DATA_HOME or ~/.local/share)")
    p.add_argument("--no-refresh", action="store_true",
                   help="only write the files; do not run update-mime-database, update-desktop-database, xdg-mime")
    p.set_defaults(func=run)


def data_home(given: str | None = None) -> Path:
    if given:
        return Path(given).expanduser()
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env) if env and os.path.isabs(env) else Path.home() / ".local" / "share"


def _quote(arg: str) -> str:
    """An Exec argument, quoted as the Desktop Entry specification asks when it needs quoting."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def launch_command() -> list[str]:
    """How to start this actormap: the bundle's program, the ``actormap`` script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / ("actormap.exe" if os.name == "nt" else "actormap")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "actormap"]


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_quote(a).replace("%", "%%") for a in command) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=actormap",
        "GenericName=Actor and conflict mapping",
        "GenericName[es]=Mapeo de actores y conflictos",
        "GenericName[fr]=Cartographie des acteurs et des conflits",
        "Comment=Map the actors of violent and fragile settings and the ties between them",
        "Comment[es]=Mapear a los actores de contextos violentos y frágiles y los vínculos entre ellos",
        "Comment[fr]=Cartographier les acteurs des contextes violents et fragiles et leurs liens",
        f"Exec={exec_line}",
        "Icon=actormap",
        "Terminal=false",
        "Categories=Office;Chart;",
        f"MimeType={MIME_TYPE};",
        "StartupWMClass=actormap",
        "",
    ])


def install(home: Path, command: list[str], store: MapStore | None = None) -> list[Path]:
    """Write the entry, the icon and the MIME type under ``home``; returns the files written."""
    store = store or MapStore()
    icon = (files("actormap.gui") / "icons" / "actormap.svg").read_bytes()
    targets = {
        home / "applications" / DESKTOP_ID: desktop_entry(command).encode("utf-8"),
        home / "icons" / "hicolor" / "scalable" / "apps" / "actormap.svg": icon,
        home / "mime" / "packages" / "actormap.xml": MIME_XML.encode("utf-8"),
    }
    for path in targets:
        store.shared_dir(path.parent)
    return store.write_files(targets)


def which(program: str) -> str | None:
    """The path of ``program`` on the ``PATH`` (an executable file), else None."""
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder) / program
        if folder and candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def refresh(home: Path) -> list[str]:
    """Run the desktop's own tools that pick the new files up; what was run."""
    steps = [["update-mime-database", str(home / "mime")],
             ["update-desktop-database", str(home / "applications")],
             ["xdg-mime", "default", DESKTOP_ID, MIME_TYPE]]
    done = []
    for argv in steps:
        if which(argv[0]) is None:
            continue
        try:
            subprocess.run(argv, check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        done.append(shlex.join(argv))
    return done


def run(args) -> int:
    if sys.platform != "linux" and not args.data_home:
        raise ActorMapError("install-desktop is for Linux desktops; on Windows and macOS use the bundle "
                            "(see the README, 'Stand-alone app')")
    home = data_home(args.data_home)
    for path in install(home, launch_command()):
        print(f"wrote {path}")
    if not args.no_refresh:
        for step in refresh(home):
            print(f"ran {step}")
    print("actormap is in the applications menu; .actormap files open with it.")
    return 0
