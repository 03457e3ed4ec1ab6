"""Update the interface's translation sources (``make translations``) with pyside6-lupdate.

    python tools/translations.py          # update src/actormap/i18n/actormap_{es,fr,en}.ts
    python tools/translations.py --check  # fail when a text of the code has no finished entry

lupdate reads every ``translate("Context", "text")`` (and ``QT_TRANSLATE_NOOP``) under
``src/actormap/gui``: new texts appear in the ``.ts`` files as unfinished, for a translator
(Qt Linguist, ``pyside6-linguist``, or any editor); texts gone from the code are dropped.
``actormap_en.ts`` holds only the English plural forms of ``%n`` texts (``-pluralonly``).
File locations are not recorded, so moving code does not touch the translations.
The tests run :func:`update` on copies of the files (``tests/gui/translations``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "actormap" / "gui"
I18N = ROOT / "src" / "actormap" / "i18n"
LANGS = ("es", "fr", "en")
"""The languages with a .ts file; English holds only plural forms."""


def lupdate_program() -> str:
    """The lupdate that ships with PySide6 (``pyside6-lupdate`` beside the running Python)."""
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    found = exe if exe.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials in this environment")
    return str(found)


def command(ts: Path, lang: str, sources: Path = SOURCES) -> list[str]:
    cmd = [lupdate_program(), "-extensions", "py", "-locations", "none", "-no-obsolete", "-source-language", "en",
           "-target-language", lang, "-silent"]
    if lang == "en":
        cmd.append("-pluralonly")
    return [*cmd, str(sources), "-ts", str(ts)]


def update(folder: Path = I18N, sources: Path = SOURCES) -> list[Path]:
    """Run lupdate on the ``.ts`` files in ``folder``; returns them."""
    out = []
    for lang in LANGS:
        ts = folder / f"actormap_{lang}.ts"
        subprocess.run(command(ts, lang, sources), check=True, capture_output=True)
        out.append(ts)
    return out


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each entry without a finished translation."""
    found = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text for f in tr.iter("numerusform")] if msg.get("numerus") == "yes" else [tr.text]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
                found.append((ctx.findtext("name"), msg.findtext("source")))
    return found


def main(argv: list[str]) -> int:
    files = update()
    if "--check" in argv:
        missing = {str(ts.name): unfinished(ts) for ts in files if unfinished(ts)}
        for name, entries in missing.items():
            for context, source in entries:
                print(f"{name}: {context}: {source!r} needs a translation", file=sys.stderr)
        return 1 if missing else 0
    for ts in files:
        n = len(unfinished(ts))
        print(f"{ts.relative_to(ROOT)}: {n} entr{'y' if n == 1 else 'ies'} to translate" if n else
              f"{ts.relative_to(ROOT)}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
