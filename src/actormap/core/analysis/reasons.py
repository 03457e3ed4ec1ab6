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
    ``gate_self``, ``gate_external``, ``gate_no_channel_outside_camp``,
    ``gate_coercion_untrusted_camp``, ``gate_designated``.
Reasons (``mediators[].reasons``, in this order when present)
    ``sole_channel``, ``joint_channel``, ``designated``, ``trusted_by_camps``, ``access_only``,
    ``bridges_hostile_pairs``, ``reaches_both_sides``, ``brokers_paths``,
    ``collusion``, ``racket_not_trust``, ``rests_on_rumour``, ``no_hostile_ties``,
    ``parasitic_warning``, ``coercion_also_trusted``, ``open_conflict``,
    ``under_pressure``, ``autonomy_high``,
    ``legitimacy_not_assessed`` / ``legitimacy_assessed``.
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
    "gate_no_channel_outside_camp": ReasonSpec(
        "no non-hostile channel (trust, dialogue, symbiotic or protective tie) to an actor of another camp",
        {"camp": "the actor's own camp"}, gate=True),
    "gate_designated": ReasonSpec(
        "a legal designation in force (terrorist listing, sanctions, criminal-organisation designation) "
        "and the analysis set to leave designated actors out",
        {"designations": "[source, jurisdiction, label] of each, sorted"}, gate=True),
    "gate_coercion_untrusted_camp": ReasonSpec(
        "coerces members of a camp that does not accept it (no trust tie with it, no protection from it)",
        {"camp": "the coerced camp", "actors": "names of the coerced actors",
         "actor_ids": "their ids"}, gate=True),
    # --- reasons: why a candidate is on the shortlist, and what weakens it -------------------
    "designated": ReasonSpec(
        "a legal designation in force: engaging may be restricted (material support can be a crime "
        "in that jurisdiction)", {"designations": "[source, jurisdiction, label] of each, sorted"}),
    "sole_channel": ReasonSpec(
        "without this actor these camp pairs (never its own camp) have no channel between them on the map",
        {"pairs": "camp pairs [x, y], sorted"}),
    "joint_channel": ReasonSpec(
        "these camp pairs have no channel on the map without this actor, nor without each of the others "
        "named: none of them is the only one",
        {"pairs": "camp pairs [x, y], sorted", "actors": "the other actors on every channel",
         "actor_ids": "their ids"}),
    "trusted_by_camps": ReasonSpec(
        "other camps that accept it: a trust tie with a member, or its protection of a member",
        {"camps": "their names, sorted"}),
    "access_only": ReasonSpec(
        "other camps it reaches only by channels that are not acceptability (dialogue, symbiotic, "
        "being protected)", {"pairs": "[camp, channel kinds joined by '/'], by camp"}),
    "bridges_hostile_pairs": ReasonSpec(
        "pairs of mutually hostile camps (its own camp included) that both accept it",
        {"pairs": "camp pairs [x, y], sorted"}),
    "reaches_both_sides": ReasonSpec(
        "pairs of mutually hostile camps it reaches on both sides, at least one side without acceptability",
        {"pairs": "camp pairs [x, y], sorted"}),
    "brokers_paths": ReasonSpec(
        "cross-camp Gould-Fernandez two-paths on the acceptability digraph (trust both ways, "
        "protective protector -> protected)",
        {"paths": "their number", "roles": "role -> count (itinerant, representative, gatekeeper, liaison)"}),
    "collusion": ReasonSpec(
        "symbiotic ties with armed groups whose agenda is criminal or mixed: collusion or sponsorship, "
        "access and not acceptability",
        {"actors": "names of those armed groups", "actor_ids": "their ids", "camps": "their camps"}),
    "racket_not_trust": ReasonSpec(
        "protective ties toward actors it also coerces or extorts: a racket, counted as neither access "
        "nor acceptability", {"actors": "names of the 'protected' actors", "actor_ids": "their ids"}),
    "rests_on_rumour": ReasonSpec(
        "camps it reaches only through rumoured ties", {"camps": "those camps", "actors": "the partners",
                                                        "actor_ids": "their ids", "tie_ids": "the ties"}),
    "no_hostile_ties": ReasonSpec("it coerces and extorts no one and is in no open conflict on the map"),
    "parasitic_warning": ReasonSpec(
        "parasitic ties from the actor into a camp it does not reach by trust (lowers trust share)",
        {"camp": "that camp", "actors": "names of the exploited actors", "actor_ids": "their ids",
         "tie_ids": "the parasitic ties", "confidence": "the ties' confidence levels, sorted"}),
    "coercion_also_trusted": ReasonSpec(
        "the actor coerces or extorts members of camps that also accept it (not counted as sides it bridges)",
        {"camps": "those camps"}),
    "open_conflict": ReasonSpec("conflict ties with other camps (not counted as sides it bridges)",
                                {"camps": "those camps"}),
    "under_pressure": ReasonSpec(
        "others coerce or extort it: pressure on the candidate (never counted for or against it)",
        {"actors": "who", "actor_ids": "their ids", "camps": "their camps", "kinds": "coercive / parasitic"}),
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
