#!/usr/bin/env bash
# Smoke test of the stand-alone bundle on Linux: with no Python on the PATH and a clean home,
# under Xvfb, the bundle (1) prints its version, (2) renders a shipped sample map to a PNG from
# the command line, (3) writes an HTML report in Spanish, (4) starts the editor on a sample
# (real X11 window, xcb platform plugin), saves a picture of the window and quits with status 0.
# Usage: tools/bundle_smoke.sh [dist/actormap]    (needs xvfb-run: apt-get install xvfb xauth)
set -euo pipefail

BUNDLE="$(cd "${1:-dist/actormap}" && pwd)"
APP="$BUNDLE/actormap"
[ -x "$APP" ] || { echo "no bundle at $BUNDLE (run 'make bundle' first)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
SAMPLE="$(ls "$BUNDLE"/_internal/actormap/samples/*.actormap | head -n 1)"
[ -f "$SAMPLE" ] || { echo "the bundle has no sample maps" >&2; exit 1; }

# no Python: a PATH without any interpreter, and a home of its own
run() {
  env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" \
      XDG_RUNTIME_DIR="$WORK/run" ACTORMAP_DATA_DIR="$WORK/data" LANG=C.UTF-8 "$@"
}
mkdir -p "$WORK/home" "$WORK/config" "$WORK/run" "$WORK/data" && chmod 700 "$WORK/run"
if run sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  echo "note: a system Python exists in /usr/bin; the bundle must not (and does not) use it"
fi

echo "1. version";   run "$APP" --version
echo "2. render";    run "$APP" render "$SAMPLE" -o "$WORK/sample.png"
echo "3. report";    run "$APP" report "$SAMPLE" -o "$WORK/report.html" --lang es
grep -q '<html lang="es"' "$WORK/report.html"
echo "4. editor";    run xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
                       "$APP" gui "$SAMPLE" --screenshot "$WORK/window.png"
for f in sample.png window.png; do
  [ "$(head -c 8 "$WORK/$f" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || { echo "$f is not a PNG" >&2; exit 1; }
done
cp "$WORK/window.png" "${SMOKE_SCREENSHOT:-/dev/null}" 2>/dev/null || true
echo "bundle smoke test passed ($(du -sh "$BUNDLE" | cut -f1))"
