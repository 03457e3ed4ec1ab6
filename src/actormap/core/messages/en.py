"""English messages: every reason code of :mod:`actormap.core.analysis.reasons`, and report phrases.

Each entry is ``key -> function(params, lang) -> str``; ``lang`` is
:data:`.language.EN` (``plural``, ``names``, ``join``, ``num``). A translation
copies this table and rewrites the sentences; the keys and params stay
(``es.py``, ``fr.py``; a test fails when one of them lacks a key of this table).

Keys: reason codes; ``report.*`` (the text and HTML reports), ``html.*`` (the HTML
report only), ``cli.*`` (what ``actormap analyze`` / ``report`` print);
vocabulary: ``kind.*`` (actor kinds), ``role.*`` (Gould-Fernandez roles),
``component.*`` (mediator score parts), ``measure.*``, ``sensitivity.*``.
Translations also hold ``layer.<measure>``: the ties a measure uses, whose
English text is the engine's own (``analysis.report.LAYERS``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .language import Language

P = Mapping[str, Any]

ROLES = {"coordinator": "coordinator", "itinerant": "itinerant", "representative": "representative",
         "gatekeeper": "gatekeeper", "liaison": "liaison"}
CONFIDENCE = {"rumoured": "rumoured", "reported": "reported", "confirmed": "confirmed"}
MEASURES = {"betweenness": "betweenness", "balance": "balance", "key_players": "key players",
            "splinters": "splinter lists", "fragmentation": "fragmentation", "removal": "removal impact",
            "faction_removal": "removal impact inside a faction", "constraint": "constraint",
            "effective_size": "effective size", "brokerage": "brokerage roles",
            "factions_detected": "detected groups", "mediators": "insider mediators",
            "spoilers": "spoilers of agreements"}
ACTOR_KINDS = {"cartel": "cartel", "gang": "gang", "militia": "militia", "rebel_group": "rebel group",
               "state_agent": "state agent", "political": "political", "community": "community",
               "civil_society": "civil society", "religious": "religious", "business": "business",
               "international": "international", "other": "other"}
COMPONENTS = {"brokerage": "brokerage", "reach": "reach", "access": "access", "adversaries": "adversaries",
              "autonomy": "autonomy", "trust_share": "trust share", "legitimacy": "legitimacy",
              "independence": "independence", "undesignated": "undesignated"}
AGREEMENT_KINDS = {"truce": "truce", "covenant": "covenant", "peace_zone": "peace zone", "pact": "pact",
                   "other": "other"}
AGREEMENT_STATUS = {"proposed": "proposed", "in_force": "in force", "broken": "broken", "ended": "ended"}
KINDS = {"conflict": "conflict", "coercive": "coercive"}
STRATEGY_KINDS = {"confrontation": "confrontation", "accommodation": "accommodation",
                  "transformation": "transformation", "other": "other"}
SENSITIVITY = {"public": "public", "internal": "internal", "confidential": "confidential",
               "strictly_confidential": "strictly confidential"}


def _const(text: str) -> Callable[[P, Language], str]:
    return lambda p, lang: text


def vocabulary(prefix: str, table: Mapping[str, str]) -> dict[str, Callable[[P, Language], str]]:
    """``{prefix.key: text}`` entries of a word table (kinds, roles...)."""
    return {f"{prefix}.{k}": _const(v) for k, v in table.items()}


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
    # the text report (actormap analyze)
    "report.na": lambda p, lang: "n/a",
    "report.plus_more": lambda p, lang: f"(+{p['count']} more)",
    "report.and_more": lambda p, lang: f"and {p['count']} more",
    "report.counts": lambda p, lang: (
        f"{p['actors']} {lang.plural(p['actors'], one='actor', other='actors')}, "
        f"{p['ties']} {lang.plural(p['ties'], one='tie', other='ties')}, "
        f"{p['components']} {lang.plural(p['components'], one='component', other='components')}. "
        f"Fragmentation F = {p['F']}, distance-weighted DF = {p['DF']}."),
    "report.shortlist_top": lambda p, lang: f"Insider-mediator shortlist (top {p['top']})",
    "report.candidate": lambda p, lang: f"{p['rank']}. {p['name']} [{p['camp']}]  score {p['score']}",
    "report.parts": lambda p, lang: f"parts: {p['parts']}",
    "report.gated_out": lambda p, lang: (
        f"Gated out: {p['count']} {lang.plural(p['count'], one='actor', other='actors')}, "
        f"e.g. {p['examples']}"),
    "report.brokers_title": lambda p, lang: (
        "Top brokers (betweenness on all ties; Gould-Fernandez roles on trust ties)"),
    "report.broker": lambda p, lang: (
        f"{p['name']} [{p['camp']}]: betweenness {p['betweenness']}, constraint {p['constraint']}, "
        f"brokerage total {p['total']} ({p['roles']})"),
    "report.removal_title": lambda p, lang: "Removal impact (who holds the map together)",
    "report.removal": lambda p, lang: (
        f"{p['name']}: F after removal {p['F']}, {p['pairs']} "
        f"{lang.plural(p['pairs'], one='pair', other='pairs')} cut off, {p['faction_pairs']} inside its own "
        "faction"),
    "report.splinters": lambda p, lang: f"splinters: {p['splinters']}",
    "report.key_players_title": lambda p, lang: f"Key players (k = {p['k']})",
    "report.blocs_title": lambda p, lang: "Blocs (structural balance on trust + / hostile - ties)",
    "report.balance": lambda p, lang: (
        f"Triangle index {p['triangle_index']} ({p['balanced']} of {p['triangles']} signed "
        f"{lang.plural(p['triangles'], one='triangle', other='triangles')} balanced); frustration index "
        f"{p['frustration']} ({p['how']})."),
    "report.bloc": lambda p, lang: f"Bloc {p['number']} ({p['count']}): {p['names']}",
    "report.against_blocs": lambda p, lang: f"Ties against the blocs: {p['pairs']}",
    "report.factions": lambda p, lang: (
        f"Declared factions: {p['declared']}; groups detected on trust ties (Louvain): {p['detected']} "
        f"(+{p['isolated']} isolated)."),
    "report.agreements_title": lambda p, lang: "Agreements and possible spoilers (Stedman 1997)",
    "report.agreement": lambda p, lang: f"{p['name']} ({p['kind']}, {p['status']}): parties {p['parties']}",
    "report.no_spoiler": lambda p, lang: "no possible spoiler on this map",
    # the HTML / PDF report
    "html.title": lambda p, lang: f"{p['title']} — actor map report",
    "html.untitled": lambda p, lang: "Untitled map",
    "html.picture": lambda p, lang: f"The map: {p['title']}",
    "html.viewpoint": lambda p, lang: "Viewpoint",
    "html.as_of": lambda p, lang: "As of",
    "html.authors": lambda p, lang: "Authors",
    "html.sensitivity": lambda p, lang: "Sensitivity",
    "html.summary": lambda p, lang: "Summary",
    "html.actors": lambda p, lang: "Actors",
    "html.ties": lambda p, lang: "Ties",
    "html.F": lambda p, lang: "Fragmentation F",
    "html.DF": lambda p, lang: "Distance-weighted fragmentation DF",
    "html.components": lambda p, lang: "Connected components",
    "html.F_note": lambda p, lang: (
        "F is the share of ordered actor pairs that cannot reach each other over any tie; "
        "DF = 1 − mean(1/distance) (Borgatti 2006). 0 = fully connected, 1 = all apart."),
    "html.shortlist": lambda p, lang: "Insider-mediator shortlist",
    "html.shortlist_note": lambda p, lang: (
        "Ranked by a score made of visible parts; the reasons say why. A shortlist to discuss, not a verdict."),
    "html.score": lambda p, lang: "score",
    "html.parts": lambda p, lang: f"Parts: {p['parts']}",
    "html.weights": lambda p, lang: f"Weights of the score parts: {p['weights']}.",
    "html.gated": lambda p, lang: "Not suggested, and why",
    "html.actor": lambda p, lang: "Actor",
    "html.faction": lambda p, lang: "Faction",
    "html.gate": lambda p, lang: "Gate",
    "html.risk": lambda p, lang: "Fragmentation risk",
    "html.key_player_set": lambda p, lang: f"Key-player set (k = {p['k']})",
    "html.risk_note": lambda p, lang: (
        "What happens if one actor is removed (arrested, killed, co-opted): F of the rest of the map, the "
        "actor pairs that lose every path, the splinters left apart, and pairs cut inside the actor's own "
        "faction on the trust layer."),
    "html.removed": lambda p, lang: "Actor removed",
    "html.F_after": lambda p, lang: "F after",
    "html.pairs_cut": lambda p, lang: "Pairs cut",
    "html.pairs_cut_faction": lambda p, lang: "Pairs cut in own faction",
    "html.splinters": lambda p, lang: "Splinters",
    "html.brokerage": lambda p, lang: "Brokerage",
    "html.no_actors": lambda p, lang: "The map has no actors.",
    "html.brokerage_note": lambda p, lang: (
        "Betweenness on all ties (normalised); Burt constraint and effective size on the trust layer "
        "(— = no trust ties); Gould–Fernandez brokerage roles on the directed trust layer against the "
        "actors' factions."),
    "html.faction_kind": lambda p, lang: "Faction · kind",
    "html.betweenness": lambda p, lang: "Betweenness",
    "html.constraint": lambda p, lang: "Constraint",
    "html.effective_size": lambda p, lang: "Eff. size",
    "html.roles": lambda p, lang: "Roles",
    "html.top_brokers": lambda p, lang: f"Top {p['shown']} of {p['count']} actors by betweenness.",
    "html.blocs": lambda p, lang: "Blocs and tensions",
    "html.balance": lambda p, lang: (
        f"Structural balance on the signed graph (trust ties +, hostile ties −): triangle index "
        f"{p['triangle_index']}, frustration index {p['frustration']} ({p['how']}) — {p['intro']}."),
    "html.bloc": lambda p, lang: f"Bloc {p['number']}",
    "html.factions": lambda p, lang: "Factions",
    "html.declared": lambda p, lang: "Declared faction",
    "html.members": lambda p, lang: "Members",
    "html.no_faction": lambda p, lang: "(none)",
    "html.detected": lambda p, lang: f"Detected group {p['number']} (Louvain, trust ties)",
    "html.method": lambda p, lang: "Which ties each measure uses",
    "html.measure": lambda p, lang: "Measure",
    "html.ties_used": lambda p, lang: "Ties used",
    "html.footer": lambda p, lang: f"Made with actormap on {p['when']}.",
    "html.yes": lambda p, lang: "yes",
    "html.no": lambda p, lang: "no",
    "html.agreements": lambda p, lang: "Agreements and spoiler risk",
    "html.agreements_note": lambda p, lang: (
        "Possible spoilers (Stedman 1997): armed actors outside an agreement with conflict or coercive ties "
        "to its parties or to the parties' fighters, or through whom the parties' only channels run. A list "
        "to discuss, not a verdict."),
    "html.parties": lambda p, lang: "Parties",
    "html.facilitators": lambda p, lang: "Facilitators",
    "html.guarantors": lambda p, lang: "Guarantors",
    "html.terms": lambda p, lang: "Terms",
    "html.spoilers": lambda p, lang: "Possible spoilers",
    "html.no_spoilers": lambda p, lang: "none on this map.",
    # the command line (actormap analyze / report)
    "cli.as_of": lambda p, lang: (
        f"As of {p['date']}: {p['actors']} of {p['all_actors']} actors, {p['ties']} of {p['all_ties']} ties. "
        "Undated actors, ties and agreements are on the map at every date."),
    "cli.wrote": lambda p, lang: f"wrote {p['path']} ({p['format']})",
    "cli.key_players_few": lambda p, lang: (
        f"key-player search needs at least 3 actors; the map has {p['actors']}"),
    "cli.key_players_range": lambda p, lang: (
        f"the number of key players must be between 1 and {p['most']} (the map has {p['actors']} actors), "
        f"not {p['k']}"),
    "cli.report_name": lambda p, lang: (
        f"cannot write a report to '{p['name']}': use a .html or .pdf file name"),
    # strategies compared (report and compare window)
    "strategy.base": lambda p, lang: "the map as it is",
    "strategy.went_with_removed": lambda p, lang: f"{p['count']} of them went with the removed actors",
    "strategy.splinters_into": lambda p, lang: f"{p['camp']} splinters into {p['count']}: {p['groups']}",
    "strategy.stays_together": lambda p, lang: f"{p['camp']}: stays together",
    "strategy.new": lambda p, lang: f"new: {p['names']}",
    "strategy.gone": lambda p, lang: f"gone: {p['names']}",
    "strategy.not_signed": lambda p, lang: "not signed",
    "strategy.no_spoilers": lambda p, lang: "none",
    "strategy.row.scenario": lambda p, lang: "Scenario",
    "strategy.row.F": lambda p, lang: "Fragmentation F",
    "strategy.row.components": lambda p, lang: "Components",
    "strategy.row.hostile": lambda p, lang: "Hostile ties (conflict, coercive, parasitic)",
    "strategy.row.communities": lambda p, lang: "Coercion & extortion of communities",
    "strategy.row.blocs": lambda p, lang: "Blocs",
    "strategy.row.splinter_groups": lambda p, lang: "Camp splinters (extra groups)",
    "strategy.row.removed": lambda p, lang: "Removed actors",
    "strategy.row.kingpin": lambda p, lang: "Splinters of their camps (kingpin effect)",
    "strategy.row.falls_apart": lambda p, lang: "Falls apart",
    "strategy.row.shortlist": lambda p, lang: "Mediator shortlist",
    "strategy.row.designated": lambda p, lang: "Designated candidates on the shortlist",
    "strategy.row.spoilers_of": lambda p, lang: f"Spoilers of “{p['name']}”",
    "html.strategies": lambda p, lang: "Strategies compared",
    "html.strategies_note": lambda p, lang: (
        "Each scenario is a set of changes to the map (a strategy tried on it), measured as the map is: "
        "fragmentation F and components on every tie (Borgatti 2006), hostile ties, coercion and extortion of "
        "communities, blocs (structural balance), the groups a removed actor's own camp falls into on trust "
        "ties (the kingpin effect), the insider-mediator shortlist and the spoilers of each agreement "
        "(Stedman 1997). In brackets: the change from the base map. Ties of a removed actor vanish with it: "
        "they were not made peaceful."),
    "html.base_map": lambda p, lang: "Base map",
    "html.scenario_skipped": lambda p, lang: (
        f"{p['count']} " + lang.plural(p["count"], one="part no longer fits the map and was skipped.",
                                       other="parts no longer fit the map and were skipped.")),
    # vocabulary
    **vocabulary("kind", ACTOR_KINDS),
    **vocabulary("role", ROLES),
    **vocabulary("component", COMPONENTS),
    **vocabulary("measure", MEASURES),
    **vocabulary("sensitivity", SENSITIVITY),
    **vocabulary("agreement_kind", AGREEMENT_KINDS),
    **vocabulary("agreement_status", AGREEMENT_STATUS),
    **vocabulary("strategy_kind", STRATEGY_KINDS),
}


# ---- edits: the undo history and edit errors (core/edits.py, core/strategy.py, core/document.py) ----
ITEMS = {"actors": "actor", "ties": "tie", "views": "view", "agreements": "agreement", "events": "event",
         "scenarios": "scenario", "perspectives": "perspective", "conflicts": "conflict"}
"""Singular nouns of the collections, as the undo history names them."""
ITEM_LABELS = {**ITEMS, "views": "saved view", "conflicts": "merge conflict"}
"""The same, as edit errors name them (the collection table's labels)."""
TIE_KINDS = {"trust": "trust", "symbiotic": "symbiotic", "protective": "protective", "parasitic": "parasitic",
             "coercive": "coercive", "conflict": "conflict", "dialogue": "dialogue"}
AGENDAS = {"criminal": "criminal", "political": "political", "social": "social", "mixed": "mixed"}
TIE_MEANINGS = {"trust": "close relationship: respect, confidence, kinship",
                "symbiotic": "mutual material benefit (cartel and corrupt officials)",
                "protective": "A shields B (militia protects a community)",
                "parasitic": "A extracts from B (extortion, 'taxing' trade)",
                "coercive": "A forces B by violence or threat",
                "conflict": "mutual hostility, open discord",
                "dialogue": "an open channel of communication"}
"""What each tie kind means (the text of :data:`actormap.core.semantics.SEMANTICS`; a test keeps them equal)."""


def item(coll: str, table: Mapping[str, str] = ITEMS) -> str:
    return table.get(coll, coll.rstrip("s"))


def count(n: int, coll: str, lang: Language) -> str:
    return f"{n} {item(coll)}{'s' * (n != 1)}"


def _delete(p: P, lang: Language) -> str:
    parts = [count(n, c, lang) if c in ("actors", "ties") or n == 1 else f"{n} {c}" for c, n in p["counts"]]
    return "Delete " + " and ".join(parts) if parts else "Delete"


FIELD_WORDS = {"short_name": "short name", "is_self": "own position", "x": "position", "y": "position",
               "start": "start date", "end": "end date"}
"""Fields as the undo history names them (the others: their name, with spaces)."""


def field_words(fields: Sequence[str], lang: Language) -> str:
    return lang.join(dict.fromkeys(FIELD_WORDS.get(f, f.replace("_", " ")) for f in fields))


def tie_words(p: P) -> str:
    return f"{p['source']} → {p['target']} ({TIE_KINDS.get(p['kind'], p['kind'])})"


def _and_its_ties(n: int) -> str:
    return f" and its {n} tie{'s' * (n != 1)}" if n else ""


EDITS: dict[str, Callable[[P, Language], str]] = {
    "edit.apply_changes": lambda p, lang: "Apply changes",
    "edit.add": lambda p, lang: f"Add {item(p['collection'])}",
    "edit.add_named": lambda p, lang: f"Add {item(p['collection'])} '{p['name']}'",
    "edit.update": lambda p, lang: f"Edit {item(p['collection'])} {', '.join(p['fields'])}",
    "edit.add_actors_ties": lambda p, lang: (
        f"Add {count(p['actors'], 'actors', lang)} and {count(p['ties'], 'ties', lang)}"),
    "edit.delete": _delete,
    "edit.move": lambda p, lang: "Move actor" if p["count"] == 1 else f"Move {p['count']} actors",
    "edit.meta": lambda p, lang: "Edit map properties",
    "edit.delete_view": lambda p, lang: "Delete view",
    "edit.rename_view": lambda p, lang: "Rename view",
    "edit.edit_view": lambda p, lang: "Edit view",
    "edit.reorder_views": lambda p, lang: "Reorder views",
    "edit.paste": lambda p, lang: f"Paste {count(p['count'], 'actors', lang)}",
    "edit.remove_actors": lambda p, lang: f"Remove {count(p['count'], 'actors', lang)}",
    "edit.to_dialogue": lambda p, lang: f"Turn {count(p['count'], 'ties', lang)} into dialogue",
    "edit.sign": lambda p, lang: f"Sign {p['name']!r}",
    "edit.add_tie_kind": lambda p, lang: f"Add {p['kind']} tie",
    "edit.drop_ties": lambda p, lang: "Drop ties",
    "edit.transform": lambda p, lang: f"Transform actor ({', '.join(p['fields'])})",
    "edit.resolve_conflict": lambda p, lang: (
        f"Resolve conflict ({'typed value' if p['choice'] == 'value' else p['choice']})"),
    "edit_error.never_applied": lambda p, lang: "this edit was never applied",
    "edit_error.id_fixed": lambda p, lang: "the id of an item cannot be changed",
    "edit_error.new_id_in_use": lambda p, lang: "an id of the new items is already in use",
    "edit_error.tie_end_missing": lambda p, lang: f"the tie {p['id']} points at an actor that is not on the map",
    "edit_error.delete_missing": lambda p, lang: f"cannot delete: no such item {p['id']}",
    "edit_error.move_missing": lambda p, lang: f"cannot move: no actor {p['id']}",
    "edit_error.view_exists": lambda p, lang: f"a view with id {p['id']} exists already",
    "edit_error.view_focus_missing": lambda p, lang: f"the view focuses on a missing actor {p['id']}",
    "edit_error.view_id_fixed": lambda p, lang: "the id of a view cannot be changed",
    "edit_error.view_would_focus_missing": lambda p, lang: f"the view would focus on a missing actor {p['id']}",
    "edit_error.no_view": lambda p, lang: f"no saved view {p['id']}",
    "edit_error.unknown_fields": lambda p, lang: f"unknown field(s): {', '.join(p['fields'])}",
    "edit_error.id_in_use": lambda p, lang: f"the id {p['id']!r} is already in use",
    "edit_error.no_item": lambda p, lang: f"no {item(p['collection'], ITEM_LABELS)} {p['id']!r}",
    "edit_error.delete_no_item": lambda p, lang: (
        f"cannot delete: no {item(p['collection'], ITEM_LABELS)} {p['id']!r}"),
    "edit_error.no_longer_fits": lambda p, lang: (
        f"the change to {item(p['collection'], ITEM_LABELS)} {p['id']!r} no longer fits the map"),
    "edit_error.still_referred": lambda p, lang: (
        f"cannot delete {item(p['collection'], ITEM_LABELS)} {p['id']!r}: "
        f"{item(p['by_collection'], ITEM_LABELS)} {p['by_id']!r} still refers to it"),
    "edit_error.points_at_missing": lambda p, lang: (
        f"the {item(p['collection'], ITEM_LABELS)} {p['name']!r} would point at a missing "
        f"{item(p['target_collection'], ITEM_LABELS)} {p['target']}"),
    "edit_error.no_actor_on_map": lambda p, lang: f"{p['edit']}: no actor {p['id']!r} on the map",
    "edit_error.remove_none": lambda p, lang: "choose at least one actor to remove",
    "edit_error.dialogue_none": lambda p, lang: "choose at least one conflict or coercive tie",
    "edit_error.no_tie_on_map": lambda p, lang: f"no tie {p['id']!r} on the map",
    "edit_error.not_hostile": lambda p, lang: (
        f"the {p['kind']} tie from {p['source']!r} to {p['target']!r} is not a conflict or coercive tie"),
    "edit_error.truce_parties": lambda p, lang: "a truce needs at least two parties",
    "edit_error.nothing_to_drop": lambda p, lang: f"no tie from {p['source']!r} to {p['target']!r} to drop",
    "edit_error.transform_fixed": lambda p, lang: f"a transformation does not change {', '.join(p['fields'])}",
    "edit_error.transform_empty": lambda p, lang: "a transformation needs at least one field to change",
    "edit_error.conflict_gone": lambda p, lang: "this conflict is not in the map any more",
    "edit_error.conflict_item_gone": lambda p, lang: (
        f"the {p['collection']} item {p['id']} is not on the map any more"),
    "undo.add_actor": lambda p, lang: f"Add actor {p['name']}",
    "undo.add_tie": lambda p, lang: f"Add tie: {tie_words(p)}",
    "undo.add_counts": lambda p, lang: "Add " + lang.join(count(n, c, lang) for c, n in p["counts"]),
    "undo.delete_actor": lambda p, lang: f"Delete {p['name']}{_and_its_ties(p['ties'])}",
    "undo.delete_tie": lambda p, lang: f"Delete tie: {tie_words(p)}",
    "undo.move_actor": lambda p, lang: f"Move {p['name']}",
    "undo.rename": lambda p, lang: f"Rename {p['name']} to {p['new']}",
    "undo.change_actor": lambda p, lang: f"Change {field_words(p['fields'], lang)} of {p['name']}",
    "undo.make_kind": lambda p, lang: (
        f"Make {p['source']} → {p['target']} a {TIE_KINDS.get(p['new'], p['new'])} tie"),
    "undo.change_tie": lambda p, lang: f"Change {field_words(p['fields'], lang)} of the tie {tie_words(p)}",
    "undo.the_tie": lambda p, lang: f"the tie {tie_words(p)}",
    "undo.an_item": lambda p, lang: "an item",
    "undo.an_actor": lambda p, lang: "an actor",
    "edit.fields": lambda p, lang: ", ".join(f.replace("_", " ") for f in p["fields"]),
    **vocabulary("tie_kind", TIE_KINDS),
    **vocabulary("tie_meaning", TIE_MEANINGS),
    **vocabulary("agenda", AGENDAS),
    **vocabulary("confidence", CONFIDENCE),
}
"""Undo-history names of edits (``edit.*``), edit errors (``edit_error.*``), and the words
the editor shows for tie kinds, agendas and confidence."""

MESSAGES.update(EDITS)

MESSAGES.update({
    "file.cannot_read": lambda p, lang: f"Cannot read {p['path']}",
    "file.cannot_read_map": lambda p, lang: "Cannot read the map",
    "file.cannot_write": lambda p, lang: f"Cannot write {p['path']}",
    "file.cannot_write_map": lambda p, lang: "Cannot write the map",
})
