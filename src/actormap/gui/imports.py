"""Reading maps from other tools in the app: unknown kinds are asked for, never guessed.

:func:`import_file` reads any supported format (:mod:`actormap.core.io.convert`). When
the file holds kinds actormap does not know, :func:`ask_kind_mapping` shows the
:class:`KindMappingDialog` -- each unknown value with the kind to read it as, and a kind
for ties that have none -- and the import is tried again with the user's choices. The
dialog function is module-level so tests can replace it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.io import MapFileError, MapStore
from ..core.io.convert import FORMATS, ImportResult, format_of, import_map
from ..core.io.kinds import ImportReport, KindMap, UnknownKindsError, norm
from ..core.model import ActorKind, TieKind
from . import dialogs
from .i18n import COUNT, translate
from .panels.fields import enum_label

FOREIGN_SUFFIXES = tuple(s for s, f in FORMATS.items() if f != "actormap")
ALL_SUFFIXES = tuple(FORMATS)


def is_foreign(path: str | Path) -> bool:
    """Whether ``path`` names a format that is imported (not an actormap file)."""
    return Path(path).suffix.lower() in FOREIGN_SUFFIXES


class KindMappingDialog(QDialog):
    """One row per unknown kind: read it as which of actormap's kinds?"""

    def __init__(self, error: UnknownKindsError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kindMappingDialog")
        self.setWindowTitle(translate("Imports", "Map the kinds of this file"))
        self.tie_combos: dict[str, QComboBox] = {}
        self.actor_combos: dict[str, QComboBox] = {}
        self.missing_combo: QComboBox | None = None
        box = QVBoxLayout(self)
        intro = QLabel(translate("Imports", "This file uses kinds actormap does not know. Choose how to read each one; "
                                            "a tie kind says whether the tie is trust, conflict, coercion, …, so none "
                                            "is guessed."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        if error.ties or error.missing_ties:
            group, form = QGroupBox(translate("Imports", "Tie kinds")), QFormLayout()
            for value, n in sorted(error.ties.items()):
                self.tie_combos[value] = combo = _combo(TieKind)
                ties = translate("Imports", "%n tie(s)", "", COUNT, n)
                form.addRow(f"“{value}” ({ties})", combo)
            if error.missing_ties:
                self.missing_combo = _combo(TieKind)
                n = error.missing_ties
                form.addRow(translate("Imports", "no kind (%n tie(s))", "", COUNT, n), self.missing_combo)
            group.setLayout(form)
            box.addWidget(group)
        if error.actors:
            group, form = QGroupBox(translate("Imports", "Actor kinds")), QFormLayout()
            for value, n in sorted(error.actors.items()):
                self.actor_combos[value] = combo = _combo(ActorKind)
                actors = translate("Imports", "%n actor(s)", "", COUNT, n)
                form.addRow(f"“{value}” ({actors})", combo)
            group.setLayout(form)
            box.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Imports", "Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def kind_map(self) -> KindMap:
        """The choices as a :class:`KindMap` (unknown values by name; no kind -> the default)."""
        return KindMap(
            ties={norm(v): TieKind(c.currentData()) for v, c in self.tie_combos.items()},
            actors={norm(v): ActorKind(c.currentData()) for v, c in self.actor_combos.items()},
            default_tie=TieKind(self.missing_combo.currentData()) if self.missing_combo is not None else None,
        )


def _combo(enum) -> QComboBox:
    combo = QComboBox()
    for k in enum:
        combo.addItem(enum_label(k), k.value)
    return combo


def ask_kind_mapping(parent: QWidget | None, error: UnknownKindsError) -> KindMap | None:
    """Ask how to read the unknown kinds; ``None`` if the user cancels."""
    dlg = KindMappingDialog(error, parent)
    return dlg.kind_map() if dlg.exec() == QDialog.DialogCode.Accepted else None


def import_file(parent: QWidget | None, path: str | Path, store: MapStore | None = None,
                title: str = "") -> ImportResult | None:
    """Read ``path`` in any format, asking how to read unknown kinds; ``None`` (after showing
    why) if it cannot be read or the user cancels."""
    kinds = KindMap()
    while True:
        try:
            if format_of(path) == "actormap":
                return ImportResult((store or MapStore()).read(path), ImportReport())
            return import_map(path, kinds, store)
        except UnknownKindsError as err:
            chosen = ask_kind_mapping(parent, err)
            if chosen is None:
                return None
            kinds = kinds.merged(chosen)
        except MapFileError as err:
            dialogs.show_error(parent, title or translate("Imports", "Cannot import"), str(err))
            return None
