"""Copy and paste of actors (with the ties among them) as JSON on the system clipboard.

The payload carries its own MIME type, and the same JSON as plain text so it can be
mailed or kept in notes. Reading it validates every object with the pydantic models,
so a hand-edited or foreign clipboard gives one clear message, never a crash.
"""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from ...core.errors import EditError, describe_validation_error
from ...core.model import Actor, Tie
from ..i18n import translate

MIME = "application/x-actormap-items+json"
FORMAT = "actormap-clipboard"
MAX_BYTES = 20_000_000


def _no_actors() -> str:
    return translate("Clipboard", "the clipboard holds no actors (copy some on a map first)")


def to_mime(actors: list[Actor], ties: list[Tie]) -> QMimeData:
    data = json.dumps({
        "format": FORMAT,
        "actors": [a.model_dump(mode="json") for a in actors],
        "ties": [t.model_dump(mode="json") for t in ties],
    }, ensure_ascii=False, indent=1)
    md = QMimeData()
    md.setData(MIME, data.encode("utf-8"))
    md.setText(data)
    return md


def from_mime(md: QMimeData | None) -> tuple[list[Actor], list[Tie]]:
    """Actors and ties on the clipboard; raises :class:`EditError` if there are none."""
    if md is None:
        raise EditError(translate("Clipboard", "the clipboard is empty"))
    if md.hasFormat(MIME):
        raw = bytes(md.data(MIME)).decode("utf-8", errors="replace")
    elif md.hasText():
        raw = md.text()
    else:
        raise EditError(translate("Clipboard", "the clipboard holds no actors"))
    if len(raw) > MAX_BYTES:
        raise EditError(translate("Clipboard", "the clipboard content is too large to paste"))
    try:
        obj = json.loads(raw)
    except ValueError:
        raise EditError(_no_actors()) from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise EditError(_no_actors())
    try:
        actors = [Actor.model_validate(a) for a in obj.get("actors", [])]
        ties = [Tie.model_validate(t) for t in obj.get("ties", [])]
    except ValidationError as err:
        raise EditError(translate("Clipboard", "the copied items are invalid: {problem}").format(
            problem=describe_validation_error(err))) from None
    if not actors:
        raise EditError(translate("Clipboard", "the clipboard holds no actors"))
    return actors, ties
