"""The registry of reason codes: every code the analysis can emit, and the values it carries.

A reason is never a sentence. The engine emits ``{"code": ..., "params": {...}}``
(validated into :class:`.result.Reason`); :mod:`actormap.core.messages` turns it
into text in a language, doing all list joining, plurals and number formatting
there. Params hold raw values only: names, lists of names, ids, counts, floats.

Codes are stable: a translation, a saved result or a test may rely on them.
Change a code's meaning only with a new code. Camp pairs are ``[x, y]`` with
``x < y``; lists of names are sorted; ``*_ids`` lists hold the actor (or tie)
ids in the same order as the names they go with.

Gates (``gated[].reasons``: the actor is left off the shortlist)
    ``gate_self``, ``gate_external``, ``gate_no_trust_outside_camp``,
    ``gate_coercion_untrusted_camp``.
Reasons (``mediators[].reasons``, in this order when present)
    ``sole_channel``, ``trusted_by_camps``, ``bridges_hostile_pairs``,
    ``brokers_paths``, ``dialogue_with``, ``no_hostile_ties``,
    ``parasitic_warning``, ``coercion_also_trusted``, ``open_conflict``,
    ``autonomy_high``, ``legitimacy_not_assessed`` / ``legitimacy_assessed``.
Spoilers (``agreements[].spoiler_reasons[].reasons``, in this order; :mod:`.spoilers`)
    ``spoiler_hostile_to_parties``, ``spoiler_hostile_to_party_camps``,
    ``spoiler_holds_channel``, ``spoiler_inside_camp``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ReasonSpec:
    """What a code means and the params it always carries (name -> meaning)."""

    meaning: str
    params: dict[str, str] = field(default_factory=dict)
    gate: bool = False


REASONS: dict[str, ReasonSpec] = {
    # --- gates: why an actor is not on the shortlist ---------------------------------------
    "gate_self": ReasonSpec("the actor is the mapping organisation itself (is_self)", gate=True),
    "gate_external": ReasonSpec("the actor is marked external: an outsider, not an insider mediator",
                                gate=True),
    "gate_no_trust_outside_camp": ReasonSpec(
        "no trust tie to an actor of another camp", {"camp": "the actor's own camp"}, gate=True),
    "gate_coercion_untrusted_camp": ReasonSpec(
        "coerces members of a camp it does not reach by any trust tie",
        {"camp": "the coerced camp", "actors": "names of the coerced actors",
         "actor_ids": "their ids"}, gate=True),
    # --- reasons: why a candidate is on the shortlist, and what weakens it -------------------
    "sole_channel": ReasonSpec(
        "without this actor these camp pairs share no trust path on the map",
        {"pairs": "camp pairs [x, y], sorted"}),
    "trusted_by_camps": ReasonSpec(
        "other camps reached by a direct trust tie", {"camps": "their names, sorted"}),
    "bridges_hostile_pairs": ReasonSpec(
        "pairs of mutually hostile camps (its own camp included) that both trust it",
        {"pairs": "camp pairs [x, y], sorted"}),
    "brokers_paths": ReasonSpec(
        "cross-camp Gould-Fernandez two-paths on the directed trust layer",
        {"paths": "their number", "roles": "role -> count (itinerant, representative, gatekeeper, liaison)"}),
    "dialogue_with": ReasonSpec(
        "other camps reached only by dialogue ties (an open channel, not trust)",
        {"camps": "their names, sorted"}),
    "no_hostile_ties": ReasonSpec("no coercive, parasitic or conflict tie at all"),
    "parasitic_warning": ReasonSpec(
        "parasitic ties from the actor into a camp it does not reach by trust (lowers trust share)",
        {"camp": "that camp", "actors": "names of the exploited actors", "actor_ids": "their ids",
         "tie_ids": "the parasitic ties", "confidence": "the ties' confidence levels, sorted"}),
    "coercion_also_trusted": ReasonSpec(
        "the actor coerces members of camps it also reaches by trust", {"camps": "those camps"}),
    "open_conflict": ReasonSpec("conflict ties with other camps", {"camps": "those camps"}),
    "autonomy_high": ReasonSpec(
        "its trusted contacts are not tied to each other (autonomy = 1 - Burt constraint >= 0.6)",
        {"autonomy": "the autonomy component, 0-1"}),
    "legitimacy_not_assessed": ReasonSpec(
        "legitimacy not assessed: counted as a neutral value", {"neutral": "the value counted"}),
    "legitimacy_assessed": ReasonSpec(
        "legitimacy as the analyst assessed it", {"legitimacy": "the value, 0-1"}),
    # --- spoilers: why an armed actor outside an agreement could wreck it (Stedman 1997) -----
    "spoiler_hostile_to_parties": ReasonSpec(
        "conflict or coercive ties, either way, with parties to the agreement",
        {"parties": "names of those parties, sorted", "party_ids": "their ids",
         "kinds": "the tie kinds, sorted"}),
    "spoiler_hostile_to_party_camps": ReasonSpec(
        "conflict or coercive ties with armed members of the parties' camps who are not parties",
        {"camps": "those camps, sorted", "actors": "names of those members, sorted", "actor_ids": "their ids"}),
    "spoiler_holds_channel": ReasonSpec(
        "on trust and dialogue ties, removing it leaves the parties in separate pieces",
        {"groups": "the parties' names per piece", "group_ids": "their ids per piece"}),
    "spoiler_inside_camp": ReasonSpec(
        "its own camp is party to the agreement through other actors; it is not (an inside spoiler)",
        {"camp": "its camp", "parties": "names of the parties of its camp, sorted"}),
}


def reason(code: str, **params: Any) -> dict[str, Any]:
    """``{"code": code, "params": params}``, checked against the registry.

    Raises ``ValueError`` for an unregistered code or params other than the
    registered ones: the engine and the message catalogue must never drift.
    """
    spec = REASONS.get(code)
    if spec is None:
        raise ValueError(f"unregistered reason code {code!r}")
    if params.keys() != spec.params.keys():
        raise ValueError(f"reason {code!r} takes params {sorted(spec.params)}, not {sorted(params)}")
    return {"code": code, "params": params}
