"""Strategy edits: what confrontation, accommodation and transformation do to a map.

Each builder is an ordinary core :class:`~.edits.Edit` (one transaction, one changeset,
undoable), so a strategy is tried on a scenario document exactly like any other edit and
a scenario stores the changeset of its strategy edits as a patch (:mod:`.scenario`).

Confrontation
    :class:`RemoveActors` -- arrest, kill or otherwise take actors off the map (the
    kingpin strategy); their ties go with them, agreements drop them.
Accommodation
    :class:`ToDialogue` -- conflict and coercive ties become dialogue ties (a channel).
    :class:`Truce` -- parties sign a truce or a non-aggression pact: an agreement, and the
    conflict and coercive ties among them become one dialogue tie per pair.
    :class:`AddTie` -- a facilitator engages a party (any tie kind).
    :class:`DropTies` -- the ties from one actor to another end.
Transformation
    :class:`Transform` -- an actor's kind, agenda, legitimacy (or another field) changes:
    a gang becomes a community group, a rebel group a party.
    :class:`SignAgreement` -- a covenant, peace zone or pact is signed.

Parasitic ties (extortion) are left alone by truces: the El Salvador truce cut killings,
not extortion (International Crisis Group, *Mafia of the Poor*, 2017).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from .document import MapDocument, Transaction, validated
from .edits import Edit
from .errors import EditError
from .model import Agreement, AgreementKind, AgreementStatus, Tie, TieKind
from .semantics import is_directed

TRUCE_KINDS = frozenset({TieKind.CONFLICT, TieKind.COERCIVE})
"""Tie kinds a truce turns into dialogue (fighting and forcing; not extortion)."""
FIXED_ACTOR_FIELDS = frozenset({"id", "x", "y", "pinned"})
"""Actor fields a strategy does not change (identity and layout)."""

_STRATEGY_NS = uuid.UUID("0b6f1e52-3b8e-4f0e-8f4a-0b9a3f5c7d21")


def strategy_id(*parts: str) -> str:
    """A stable id for an item a strategy creates (the same inputs give the same id)."""
    return str(uuid.uuid5(_STRATEGY_NS, "\x1f".join(parts)))


def _actor_name(doc: MapDocument, actor_id: str) -> str:
    a = doc.actors.get(actor_id)
    return a.name if a is not None else actor_id


def _need_actors(doc: MapDocument, ids: Iterable[str], what: str) -> None:
    for i in ids:
        if i not in doc.actors:
            raise EditError.coded("edit_error.no_actor_on_map", edit=what, id=i)


def _free_id(doc: MapDocument, wanted: str | None, *seed: str) -> str:
    item_id = wanted or strategy_id(*seed)
    n = 1
    while doc.collection_of(item_id) is not None:
        if wanted:
            raise EditError.coded("edit_error.id_in_use", id=item_id)
        n += 1
        item_id = strategy_id(*seed, str(n))
    return item_id


class RemoveActors(Edit):
    """Confrontation: take actors off the map (arrest, killing, kingpin removal).

    Their ties go with them; agreements, saved views and events drop them (the
    collection table's cascade).
    """

    def __init__(self, actor_ids: Iterable[str], label: str = "", verb: str = "Remove"):
        self.actor_ids = list(dict.fromkeys(actor_ids))
        if not self.actor_ids:
            raise EditError.coded("edit_error.remove_none")
        if verb == "Remove":
            self._name(label, "edit.remove_actors", count=len(self.actor_ids))
        else:
            n = len(self.actor_ids)
            self.label = label or f"{verb} {n} actor{'s' * (n != 1)}"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        _need_actors(doc, self.actor_ids, self.label)
        for aid in self.actor_ids:
            tx.remove("actors", aid)


class ToDialogue(Edit):
    """Accommodation: conflict and coercive ties become dialogue ties (same ends and strength)."""

    def __init__(self, tie_ids: Iterable[str], label: str = ""):
        self.tie_ids = list(dict.fromkeys(tie_ids))
        if not self.tie_ids:
            raise EditError.coded("edit_error.dialogue_none")
        self._name(label, "edit.to_dialogue", count=len(self.tie_ids))

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        for tid in self.tie_ids:
            tie = doc.ties.get(tid)
            if tie is None:
                raise EditError.coded("edit_error.no_tie_on_map", id=tid)
            if tie.kind not in TRUCE_KINDS:
                raise EditError.coded("edit_error.not_hostile", kind=str(tie.kind),
                                      source=_actor_name(doc, tie.source), target=_actor_name(doc, tie.target))
            tx.update("ties", tid, {"kind": TieKind.DIALOGUE})


def _pair_ties(doc: MapDocument, a: str, b: str) -> list[Tie]:
    return [t for t in doc.ties_of(a) if {t.source, t.target} == {a, b}]


class Truce(Edit):
    """Accommodation: parties sign a truce (or, with ``kind=PACT``, a non-aggression pact).

    Adds an agreement in force with the parties, facilitators and guarantors, and for
    each pair of parties turns their conflict and coercive ties into dialogue: a pair
    that already has a dialogue tie loses them; otherwise the strongest (then lowest id)
    becomes one dialogue tie and the others end. Parasitic ties stay.
    """

    def __init__(self, parties: Sequence[str], name: str = "", kind: AgreementKind | str = AgreementKind.TRUCE,
                 facilitators: Sequence[str] = (), guarantors: Sequence[str] = (), terms: Sequence[str] = (),
                 start: date | None = None, agreement_id: str | None = None, notes: str = "",
                 label: str = ""):
        self.parties = list(dict.fromkeys(parties))
        if len(self.parties) < 2:
            raise EditError.coded("edit_error.truce_parties")
        self.kind = AgreementKind(kind)
        self.name = name or ("Non-aggression pact" if self.kind == AgreementKind.PACT else "Truce")
        self.facilitators = list(dict.fromkeys(facilitators))
        self.guarantors = list(dict.fromkeys(guarantors))
        self.terms = list(terms)
        self.start = start
        self.agreement_id = agreement_id
        self.notes = notes
        self._name(label, "edit.sign", name=self.name)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        _need_actors(doc, self.parties + self.facilitators + self.guarantors, self.label)
        ag_id = _free_id(doc, self.agreement_id, "agreement", self.name, *sorted(self.parties))
        tx.add("agreements", validated(Agreement, None, {
            "id": ag_id, "name": self.name, "kind": self.kind, "status": AgreementStatus.IN_FORCE,
            "parties": self.parties, "facilitators": self.facilitators, "guarantors": self.guarantors,
            "terms": self.terms, "start": self.start, "notes": self.notes}))
        for i, a in enumerate(self.parties):
            for b in self.parties[i + 1:]:
                ties = _pair_ties(doc, a, b)
                hostile = sorted((t for t in ties if t.kind in TRUCE_KINDS), key=lambda t: (-t.strength, t.id))
                if not hostile:
                    continue
                keep = None if any(t.kind == TieKind.DIALOGUE for t in ties) else hostile[0]
                for t in hostile:
                    if t is keep:
                        tx.update("ties", t.id, {"kind": TieKind.DIALOGUE})
                    else:
                        tx.remove("ties", t.id)


class AddTie(Edit):
    """Add a tie (a facilitator engages a party, a municipality opens a channel, ...)."""

    def __init__(self, source: str, target: str, kind: TieKind | str, strength: int = 2,
                 tie_id: str | None = None, notes: str = "", label: str = "", **fields: Any):
        self.fields = {"source": source, "target": target, "kind": TieKind(kind), "strength": strength,
                       "notes": notes, **fields}
        self.tie_id = tie_id
        self._name(label, "edit.add_tie_kind", kind=TieKind(kind).value)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        f = self.fields
        _need_actors(doc, (f["source"], f["target"]), self.label)
        tid = _free_id(doc, self.tie_id, "tie", f["source"], f["target"], str(f["kind"]))
        tx.add("ties", validated(Tie, None, {"id": tid, **f}))


class DropTies(Edit):
    """End the ties from ``source`` to ``target`` (of ``kinds``, default all).

    Mutual kinds (conflict, dialogue, trust, symbiotic) have no direction, so a mutual
    tie stored from ``target`` to ``source`` counts too. Nothing to drop is an error.
    """

    def __init__(self, source: str, target: str, kinds: Iterable[TieKind | str] | None = None, label: str = ""):
        self.source, self.target = source, target
        self.kinds = None if kinds is None else frozenset(TieKind(k) for k in kinds)
        self._name(label, "edit.drop_ties")

    def matching(self, doc: MapDocument) -> list[Tie]:
        out = []
        for t in _pair_ties(doc, self.source, self.target):
            forward = t.source == self.source
            if (forward or not is_directed(t.kind)) and (self.kinds is None or t.kind in self.kinds):
                out.append(t)
        return out

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        _need_actors(doc, (self.source, self.target), self.label)
        ties = self.matching(doc)
        if not ties:
            raise EditError.coded("edit_error.nothing_to_drop", source=_actor_name(doc, self.source),
                                  target=_actor_name(doc, self.target))
        for t in ties:
            tx.remove("ties", t.id)


class Transform(Edit):
    """Transformation: change who an actor is -- kind, agenda, legitimacy, faction, ...

    Identity and layout fields (``id``, ``x``, ``y``, ``pinned``) are not a strategy.
    """

    def __init__(self, actor_id: str, changes: Mapping[str, Any], label: str = ""):
        bad = sorted(set(changes) & FIXED_ACTOR_FIELDS)
        if bad:
            raise EditError.coded("edit_error.transform_fixed", fields=bad)
        if not changes:
            raise EditError.coded("edit_error.transform_empty")
        self.actor_id = actor_id
        self.changes = dict(changes)
        self._name(label, "edit.transform", fields=list(self.changes))

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        _need_actors(doc, (self.actor_id,), self.label)
        tx.update("actors", self.actor_id, self.changes)


class SignAgreement(Edit):
    """Sign an agreement (a covenant, peace zone or pact): add it, checking its actors."""

    def __init__(self, agreement: Agreement, label: str = ""):
        self.agreement = agreement
        self._name(label, "edit.sign", name=agreement.name)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        ag = self.agreement
        _need_actors(doc, [*ag.parties, *ag.facilitators, *ag.guarantors], self.label)
        tx.add("agreements", ag)


__all__ = ["FIXED_ACTOR_FIELDS", "TRUCE_KINDS", "AddTie", "DropTies", "RemoveActors", "SignAgreement",
           "ToDialogue", "Transform", "Truce", "strategy_id"]
