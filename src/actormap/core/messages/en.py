"""English messages: every reason code of :mod:`actormap.core.analysis.reasons`, and report phrases.

Each entry is ``key -> function(params, lang) -> str``; ``lang`` is
:data:`.language.EN` (``plural``, ``names``, ``join``, ``num``). A translation
copies this table and rewrites the sentences; the keys and params stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .language import Language

P = Mapping[str, Any]

ROLES = {"coordinator": "coordinator", "itinerant": "itinerant", "representative": "representative",
         "gatekeeper": "gatekeeper", "liaison": "liaison"}
CONFIDENCE = {"rumoured": "rumoured", "reported": "reported", "confirmed": "confirmed"}
MEASURES = {"betweenness": "betweenness", "balance": "balance", "key_players": "key players"}
KINDS = {"conflict": "conflict", "coercive": "coercive"}


def _pairs(pairs: Sequence[Sequence[str]], sep: str, limit: int = 3) -> str:
    return "; ".join(f"{x} {sep} {y}" for x, y in pairs[:limit])


def _designations(p: P, lang: Language) -> str:
    return lang.join(f"{label} by {source}" + (f" ({where})" if where else "")
                     for source, where, label in p["designations"])


def _more(pairs, lang: Language) -> str:
    rest = len(pairs) - 3
    return f" (and {rest} more {lang.plural(rest, one='pair', other='pairs')})" if rest > 0 else ""


def _sole_channel(p: P, lang: Language) -> str:
    return f"the only channel between {_pairs(p['pairs'], 'and')} on this map{_more(p['pairs'], lang)}"


def _joint_channel(p: P, lang: Language) -> str:
    return (f"on every channel between {_pairs(p['pairs'], 'and')} on this map{_more(p['pairs'], lang)}, "
            f"together with {lang.names(p['actors'])}")


CHANNELS = {"dialogue": "dialogue", "symbiotic": "symbiotic", "protective": "protected by them",
            "trust": "trust", "coercive": "coercion", "parasitic": "extortion"}


def _access_only(p: P, lang: Language) -> str:
    parts = [f"{c} ({' / '.join(CHANNELS.get(k, k) for k in kinds.split('/'))})" for c, kinds in p["pairs"]]
    return f"has open channels, not trust, with {lang.join(parts)}"


def _reaches_both_sides(p: P, lang: Language) -> str:
    n = len(p["pairs"])
    return (f"has channels to both sides of {n} hostile camp {lang.plural(n, one='pair', other='pairs')} "
            f"(not trusted by both): {_pairs(p['pairs'], 'vs')}{_more(p['pairs'], lang)}")


def _under_pressure(p: P, lang: Language) -> str:
    how = lang.join(CHANNELS.get(k, k) for k in p["kinds"])
    return f"under pressure: {how} by {lang.names(p['actors'])} (not counted for or against it)"


def _rests_on_rumour(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    return (f"its link to {lang.names(p['camps'])} rests on {lang.plural(n, one='a rumoured tie', other=f'{n} rumoured ties')} "
            f"(with {lang.names(p['actors'])}): check before relying on it")


def _trusted_by_camps(p: P, lang: Language) -> str:
    n = len(p["camps"])
    return f"trusted by {n} other {lang.plural(n, one='camp', other='camps')}: {lang.names(p['camps'])}"


def _bridges_hostile_pairs(p: P, lang: Language) -> str:
    n = len(p["pairs"])
    return (f"trusted on both sides of {n} hostile camp {lang.plural(n, one='pair', other='pairs')}: "
            f"{_pairs(p['pairs'], 'vs')}{_more(p['pairs'], lang)}")


def _brokers_paths(p: P, lang: Language) -> str:
    n = p["paths"]
    roles = ", ".join(f"{c} as {ROLES.get(r, r)}" for r, c in p["roles"].items() if c)
    return (f"brokers {n} trust {lang.plural(n, one='path', other='paths')} between actors of different "
            f"camps ({roles})")


def _parasitic_warning(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    conf = "/".join(CONFIDENCE.get(c, c) for c in p["confidence"])
    ties = lang.plural(n, one="a parasitic tie", other=f"{n} parasitic ties")
    return (f"warning: {ties} ({conf}) to {p['camp']} ({lang.names(p['actors'])}), "
            "which it does not reach by trust")


def _spoiler_hostile_to_parties(p: P, lang: Language) -> str:
    n = len(p["parties"])
    kinds = lang.join(KINDS.get(k, k) for k in p["kinds"])
    return (f"has {kinds} ties with {n} {lang.plural(n, one='party', other='parties')} to it: "
            f"{lang.names(p['parties'])}")


def _spoiler_hostile_to_party_camps(p: P, lang: Language) -> str:
    return (f"fights or coerces armed members of the parties' camps who did not sign "
            f"({lang.names(p['camps'])}: {lang.names(p['actors'])})")


def _spoiler_holds_channel(p: P, lang: Language) -> str:
    groups = "; ".join(lang.names(g, limit=3) for g in p["groups"][:3])
    return f"the parties' only channels run through it: without it they fall apart ({groups})"


def _left_out(p: P, lang: Language) -> str:
    parts = [f"{n} {lang.plural(n, one=one, other=other)}" for n, one, other in (
        (p["scenarios"], "scenario", "scenarios"), (p["agreements"], "agreement", "agreements"),
        (p["events"], "event", "events"), (p["perspectives"], "perspective", "perspectives")) if n]
    where = "graph attributes" if p["format"] == "graphml" else "the .map.json file"
    return (f"Note: {p['format'].upper()} holds the base map's actors and ties; its {lang.join(parts)} "
            f"travel only as JSON text in {where}: other programs show no scenario applied and no "
            "agreement drawn.")


def _approximate(p: P, lang: Language) -> str:
    return f"Approximate (best found or sampled, not proven): {lang.join(MEASURES.get(m, m) for m in p['measures'])}."


MESSAGES: dict[str, Callable[[P, Language], str]] = {
    # gates
    "gate_self": lambda p, lang: "this is the mapping organisation itself (marked 'self')",
    "gate_external": lambda p, lang: "marked as an external party: an outsider, not an insider mediator",
    "gate_designated": lambda p, lang: (
        f"designated as {_designations(p, lang)}; designated actors are left out in this analysis"),
    "gate_no_channel_outside_camp": lambda p, lang: (
        f"no open channel (trust, dialogue, symbiotic or protective tie) outside its own camp ({p['camp']})"),
    "gate_coercion_untrusted_camp": lambda p, lang: (
        f"uses coercion against {p['camp']} ({lang.names(p['actors'])}), which does not accept it"),
    # reasons
    "designated": lambda p, lang: (
        f"designated as {_designations(p, lang)}: material support may be a crime under that "
        "jurisdiction; check before engaging"),
    "sole_channel": _sole_channel,
    "joint_channel": _joint_channel,
    "trusted_by_camps": _trusted_by_camps,
    "access_only": _access_only,
    "bridges_hostile_pairs": _bridges_hostile_pairs,
    "reaches_both_sides": _reaches_both_sides,
    "brokers_paths": _brokers_paths,
    "collusion": lambda p, lang: (
        f"symbiotic ties with {lang.names(p['actors'])}, armed groups with a criminal or mixed agenda: "
        "collusion or sponsorship, which gives access, not trust"),
    "racket_not_trust": lambda p, lang: (
        f"'protects' {lang.names(p['actors'])} while coercing or extorting them: a racket, not trust"),
    "rests_on_rumour": _rests_on_rumour,
    "no_hostile_ties": lambda p, lang: "coerces or extorts no one and is in no open conflict on this map",
    "parasitic_warning": _parasitic_warning,
    "coercion_also_trusted": lambda p, lang: (
        f"warning: coerces or extorts members of {lang.names(p['camps'])}, which also trust it; "
        "it is not counted as bridging them"),
    "open_conflict": lambda p, lang: (
        f"in open conflict with {lang.names(p['camps'])}: not counted as bridging them"),
    "under_pressure": _under_pressure,
    "autonomy_high": lambda p, lang: (
        f"its trusted contacts are not tied to each other (autonomy {lang.num(p['autonomy'])})"),
    "legitimacy_not_assessed": lambda p, lang: (
        f"legitimacy not assessed (counted as neutral {lang.num(p['neutral'], trim=True)})"),
    "legitimacy_assessed": lambda p, lang: f"legitimacy assessed at {lang.num(p['legitimacy'])}",
    # spoilers of agreements
    "spoiler_hostile_to_parties": _spoiler_hostile_to_parties,
    "spoiler_hostile_to_party_camps": _spoiler_hostile_to_party_camps,
    "spoiler_holds_channel": _spoiler_holds_channel,
    "spoiler_inside_camp": lambda p, lang: (
        f"its own camp ({p['camp']}) is in it through {lang.names(p['parties'])}; it is not: "
        "an inside spoiler risk"),
    # exports
    "export.left_out": _left_out,
    # report phrases (text report, HTML report)
    "report.no_candidates": lambda p, lang: (
        "No actor passes the mediator gates on this map (an open channel outside its own camp, no "
        "coercion of a camp that does not accept it, not the mapping organisation, not external)."),
    "report.no_removal_cuts": lambda p, lang: (
        "Removing any single actor leaves every remaining pair connected."),
    "report.approximate": _approximate,
    "report.balance_how": lambda p, lang: "exact" if p["exact"] else "heuristic, best found",
    "report.mixed_pairs": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='pair', other='pairs')} with both trust and hostile "
        "ties (left out of the count)."),
    "report.contradicting_ties": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='tie contradicts', other='ties contradict')} this split."),
    "report.more_candidates": lambda p, lang: (
        f"{p['count']} more {lang.plural(p['count'], one='candidate is', other='candidates are')} not shown."),
    "report.key_players": lambda p, lang: (
        f"removing them together leaves F = {lang.num(p['F'], 3)}"
        + (" (exact: every set checked)" if p["exact"] else " (best found, not proven optimal)")),
    "report.more_blocs": lambda p, lang: (
        f"... and {p['count']} more {lang.plural(p['count'], one='bloc', other='blocs')}."),
    "report.alone": lambda p, lang: f"In a bloc of their own: {lang.names(p['names'], 12)}",
    "report.balance_intro": lambda p, lang: (
        "the fewest ties whose sign contradicts a grouping into blocs (as many blocs as the ties need)"),
}
