"""Several documents open at once, one of them active.

A :class:`Workspace` holds the maps a user works on together: a base map, the
scenarios derived from it, a teammate's copy to compare, each a
:class:`~.document.MapDocument` with its own history. Exactly one is active
(the one the canvas and panels show) while any are open. Listeners are told
``("added" | "removed" | "activated", document)``; plain Python, so the GUI
mirrors it without the core knowing Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .document import MapDocument

WorkspaceListener = Callable[[str, MapDocument], None]


@dataclass(eq=False)
class Entry:
    """A document in the workspace and what it is.

    ``role``: ``"map"`` (a file or a new map), ``"scenario"``, ``"perspective"``
    or ``"copy"`` (a teammate's version); ``base``: the document it derives from.
    """

    doc: MapDocument
    role: str = "map"
    base: MapDocument | None = None
    info: dict = field(default_factory=dict)


class Workspace:
    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._active: MapDocument | None = None
        self._listeners: list[WorkspaceListener] = []

    # ---- reading -----------------------------------------------------------------------
    @property
    def documents(self) -> list[MapDocument]:
        return [e.doc for e in self._entries]

    @property
    def active(self) -> MapDocument | None:
        return self._active

    def entry(self, doc: MapDocument) -> Entry:
        for e in self._entries:
            if e.doc is doc:
                return e
        raise KeyError("this document is not in the workspace")

    def derived_from(self, doc: MapDocument) -> list[MapDocument]:
        """Documents whose base is ``doc`` (its scenarios, perspectives, copies)."""
        return [e.doc for e in self._entries if e.base is doc]

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, doc: object) -> bool:
        return any(e.doc is doc for e in self._entries)

    # ---- changing ----------------------------------------------------------------------
    def subscribe(self, listener: WorkspaceListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _tell(self, what: str, doc: MapDocument) -> None:
        for fn in list(self._listeners):
            fn(what, doc)

    def add(self, doc: MapDocument, *, role: str = "map", base: MapDocument | None = None,
            activate: bool = True, index: int | None = None) -> Entry:
        if doc in self:
            raise ValueError("this document is already open")
        if base is not None and base not in self:
            raise ValueError("the base document is not open")
        entry = Entry(doc, role, base)
        self._entries.insert(len(self._entries) if index is None else index, entry)
        self._tell("added", doc)
        if activate or self._active is None:
            self.activate(doc)
        return entry

    def activate(self, doc: MapDocument) -> None:
        if doc not in self:
            raise ValueError("this document is not in the workspace")
        if doc is not self._active:
            self._active = doc
            self._tell("activated", doc)

    def remove(self, doc: MapDocument) -> list[MapDocument]:
        """Close ``doc`` and the documents derived from it; returns what was closed.

        When the active document closes, its neighbour (the one after, else before)
        becomes active.
        """
        closed = [doc] + [d for d in self._all_derived(doc)]
        index = self.documents.index(doc)
        for d in closed:
            self._entries = [e for e in self._entries if e.doc is not d]
            self._tell("removed", d)
        if self._active in closed:
            self._active = None
            if self._entries:
                self.activate(self._entries[min(index, len(self._entries) - 1)].doc)
        return closed

    def _all_derived(self, doc: MapDocument) -> list[MapDocument]:
        out = []
        for d in self.derived_from(doc):
            out.append(d)
            out.extend(self._all_derived(d))
        return out

    def move(self, doc: MapDocument, index: int) -> None:
        entry = self.entry(doc)
        self._entries.remove(entry)
        self._entries.insert(max(0, min(index, len(self._entries))), entry)
