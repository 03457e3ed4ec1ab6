"""What each measure means, in words a mediator understands, with its reference.

Plain data: the panel shows ``HELP[key]`` under each tab ("What this means"). The
English texts are marked for translation here and translated where they are shown
(context ``AnalysisHelp``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...i18n import translate


def _tr(text: str) -> str:
    return translate("AnalysisHelp", text)


@dataclass(frozen=True)
class Help:
    title: str
    text: str
    reference: str

    def shown_title(self) -> str:
        return _tr(self.title)

    def html(self) -> str:
        source = translate("AnalysisHelp", "Source:")
        return (f"<b>{_tr(self.title)}.</b> {_tr(self.text)}"
                f"<br><span style='color:#555'><i>{source}</i> {_tr(self.reference)}</span>")


HELP: dict[str, Help] = {
    "mediators": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Insider mediators"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "People or groups who belong to one side but are accepted (trusted, not feared) by others. Three "
        "things are kept apart. Access: any open channel to a party (trust, dialogue, a deal, protection). "
        "Acceptability: the party relies on them (a trust tie, or their protection of it). Compromise: "
        "deals with criminal armed groups are collusion or sponsorship (access, not trust); coercing or "
        "extorting a party, or fighting it, means they cannot be counted as bridging it; a pair of camps "
        "made hostile only by their own ties is never 'bridged' by them. Being coerced or extorted by "
        "someone never counts for or against a candidate: the reasons say they are under pressure. "
        "Rumoured ties count less than reported, reported less than confirmed. The score adds up the "
        "visible parts shown as bars; move the sliders to weigh them as your situation needs. The "
        "mapping organisation itself, outside parties, actors with no open channel outside their own "
        "camp, and actors who coerce a camp that does not accept them are listed separately: they may "
        "be powerful, but they are not insider mediators. A shortlist for discussion, not a verdict."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Wehr & Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); "
        "Mason & Siegfried, Insider mediators (2013); Mason (2009); Stedman (1997), Spoiler problems "
        "in peace processes; Gould & Fernandez (1989); Burt (1992)."),
    ),
    "fragmentation": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Fragmentation risk"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "What happens if this actor disappears (arrested, killed, co-opted, or withdraws)? "
        "'Pairs cut off' counts the pairs of actors who could reach each other, directly or through "
        "others, and no longer can. 'F after removal' is the share of pairs that cannot reach each other "
        "(0 = everyone is connected, 1 = everyone isolated). The splinters are the groups left apart. "
        "'Inside its own camp' asks the kingpin question: does its own organisation split into rival "
        "fragments on its trust ties? The key-player finder looks for the K actors whose joint removal "
        "would break the map apart most."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational "
        "and Mathematical Organization Theory 12: 21-34."),
    ),
    "brokerage": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Brokerage"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Betweenness: how often an actor lies on the shortest path between two others (over all ties), "
        "so it can pass on, hold back or shape what flows. Constraint: how much an actor's trust ties "
        "all lead to people who know each other (high = boxed in, low = free to bridge). Effective size: "
        "roughly how many separate circles its trust ties reach. The five roles count the times an "
        "actor stands between two others on trust ties: coordinator (all in one camp), itinerant "
        "(links two members of another camp), representative (speaks for its camp outwards), gatekeeper "
        "(lets others into its camp), liaison (links two camps, belonging to neither)."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould & "
        "Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126."),
    ),
    "blocs": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Blocs and tensions"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Trust, mutual-benefit and protective ties count as positive, coercion, extortion and open "
        "conflict as negative. The map is grouped into as many blocs as the ties need (a three-way war "
        "is three blocs; an actor with no signed tie is left out); the ties listed contradict that "
        "grouping (hostility inside a bloc, or an alliance across blocs) and are where tension or "
        "hidden deals lie. Triangle index: share of closed triangles that are balanced in the strict, "
        "two-camp sense (1 = every triangle follows 'the friend of my friend is my friend, the enemy of "
        "my enemy is my friend'). Frustration index: the fewest pairs that would have to change sign "
        "for the map to fall into clean blocs (0 = no contradiction)."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Heider (1946); Cartwright & Harary (1956), Psychological Review 63: 277-293; Davis (1967), "
        "Human Relations 20: 181-187 (clusterability); Aref, Mason & Wilson (2020), Networks 75: "
        "95-110 (frustration index)."),
    ),
    "summary": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Map summary"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Counts of actors, ties and separate pieces (components) of the map. F is the share of pairs "
        "that cannot reach each other at all; DF also counts how far apart reachable actors are "
        "(0 = everyone directly tied, 1 = nobody reachable). Declared factions are the camps you "
        "entered; detected factions are the groups the trust ties suggest (Louvain community "
        "detection, fixed seed), which may differ from what people say."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain)."),
    ),
    "heat": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "Colour the map by a measure"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Shades each actor by the chosen measure (darker = higher) instead of by kind; a legend shows "
        "the scale. Choose 'Notation' to go back to the conflict-mapping colours."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "See the help of each measure."),
    ),
    "timeline": Help(
        QT_TRANSLATE_NOOP("AnalysisHelp", "The map over time"),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Each point is the map as it stood on that date: the actors, ties and agreements whose dates hold "
        "it (an item is there from its start, inclusive, until its end, exclusive), plus every undated "
        "one, which is on the map at every date. F is the share of pairs of actors that cannot reach each "
        "other; components are the separate pieces of the map; hostile ties are conflict, coercive and "
        "parasitic ties; exposure counts coercive and parasitic ties on communities; the last chart follows "
        "the scores of the best-ranked insider mediators. Dashed lines are the map's events. Click a chart "
        "to show that date on the map."),
        QT_TRANSLATE_NOOP("AnalysisHelp", "Borgatti (2006), CMOT 12: 21-34 (fragmentation); see Insider mediators for the scores."),
    ),
}

COMPONENT_HELP: dict[str, str] = {
    "brokerage": QT_TRANSLATE_NOOP("AnalysisHelp", "brokers between camps along ties of acceptance (trust, protection), relative to the top broker"),
    "reach": QT_TRANSLATE_NOOP("AnalysisHelp", "share of the other camps that accept it: a trust tie, or its protection (not a racket)"),
    "access": QT_TRANSLATE_NOOP("AnalysisHelp", "share of the other camps it reaches by any open channel: trust, dialogue, symbiotic, protective"),
    "adversaries": QT_TRANSLATE_NOOP("AnalysisHelp", "pairs of hostile camps it reaches on both sides (trusted sides count fully, access-only "
                   "sides half); never pairs made hostile by its own ties or camps it coerces"),
    "autonomy": QT_TRANSLATE_NOOP("AnalysisHelp", "free from any single group (1 - Burt constraint on its channel ties)"),
    "trust_share": QT_TRANSLATE_NOOP("AnalysisHelp", "share of its ties that are trust or protection rather than coercion, extortion or conflict"),
    "legitimacy": QT_TRANSLATE_NOOP("AnalysisHelp", "legitimacy as assessed by the analyst (not assessed counts as a neutral 0.5, shown as such)"),
    "independence": QT_TRANSLATE_NOOP("AnalysisHelp", "share of its channels that are not collusion (symbiotic ties with criminal armed groups)"),
    "undesignated": QT_TRANSLATE_NOOP("AnalysisHelp", "1 unless a legal designation is in force (terrorist listing, sanctions); weight 0 unless "
                    "designations are weighed"),
}
"""What each score component of :class:`~actormap.core.analysis.result.MediatorComponents` measures."""


COMPONENT_LABELS: dict[str, str] = {
    "brokerage": QT_TRANSLATE_NOOP("AnalysisHelp", "Cross-camp brokerage"),
    "reach": QT_TRANSLATE_NOOP("AnalysisHelp", "Accepted by camps"),
    "access": QT_TRANSLATE_NOOP("AnalysisHelp", "Channels to camps"),
    "adversaries": QT_TRANSLATE_NOOP("AnalysisHelp", "Reaches both sides"),
    "autonomy": QT_TRANSLATE_NOOP("AnalysisHelp", "Autonomy"),
    "trust_share": QT_TRANSLATE_NOOP("AnalysisHelp", "Trust share"),
    "legitimacy": QT_TRANSLATE_NOOP("AnalysisHelp", "Legitimacy"),
    "independence": QT_TRANSLATE_NOOP("AnalysisHelp", "Independence"),
    "undesignated": QT_TRANSLATE_NOOP("AnalysisHelp", "Not designated"),
}
"""Short column and slider labels of the score components."""


def component_label(key: str) -> str:
    """A short column/slider label for a score component key."""
    return _tr(COMPONENT_LABELS[key]) if key in COMPONENT_LABELS else key.replace("_", " ").capitalize()


def component_help(key: str) -> str:
    """What a score component measures (translated)."""
    return _tr(COMPONENT_HELP[key]) if key in COMPONENT_HELP else ""
