"""What each measure means, in words a mediator understands, with its reference.

Plain data: the panel shows ``HELP[key]`` under each tab ("What this means").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Help:
    title: str
    text: str
    reference: str

    def html(self) -> str:
        return (f"<b>{self.title}.</b> {self.text}"
                f"<br><span style='color:#555'><i>Source:</i> {self.reference}</span>")


HELP: dict[str, Help] = {
    "mediators": Help(
        "Insider mediators",
        "People or groups who belong to one side but are trusted (not feared) by others. The score adds "
        "up visible parts: brokering trust between camps, how many other camps they reach by trust, "
        "trust from camps that are hostile to each other, open dialogue with camps they do not reach by "
        "trust, how free they are from any one camp (autonomy), how much of their contact is trust "
        "rather than force, and legitimacy as you assessed it. Each part is shown as a bar; move the sliders to "
        "weigh them as your situation needs. Actors with no trust tie outside their own camp, or who "
        "reach some camp only by coercion, are listed separately: they may be powerful, but they are "
        "not mediators. A shortlist for discussion, not a verdict.",
        "Wehr & Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); "
        "Mason & Siegfried, Insider mediators (2013); Gould & Fernandez (1989); Burt (1992).",
    ),
    "fragmentation": Help(
        "Fragmentation risk",
        "What happens if this actor disappears (arrested, killed, co-opted, or withdraws)? "
        "'Pairs cut off' counts the pairs of actors who could reach each other, directly or through "
        "others, and no longer can. 'F after removal' is the share of pairs that cannot reach each other "
        "(0 = everyone is connected, 1 = everyone isolated). The splinters are the groups left apart. "
        "'Inside its own camp' asks the kingpin question: does its own organisation split into rival "
        "fragments on its trust ties? The key-player finder looks for the K actors whose joint removal "
        "would break the map apart most.",
        "Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational "
        "and Mathematical Organization Theory 12: 21-34.",
    ),
    "brokerage": Help(
        "Brokerage",
        "Betweenness: how often an actor lies on the shortest path between two others (over all ties), "
        "so it can pass on, hold back or shape what flows. Constraint: how much an actor's trust ties "
        "all lead to people who know each other (high = boxed in, low = free to bridge). Effective size: "
        "roughly how many separate circles its trust ties reach. The five roles count the times an "
        "actor stands between two others on trust ties: coordinator (all in one camp), itinerant "
        "(links two members of another camp), representative (speaks for its camp outwards), gatekeeper "
        "(lets others into its camp), liaison (links two camps, belonging to neither).",
        "Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould & "
        "Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126.",
    ),
    "blocs": Help(
        "Blocs and tensions",
        "Trust ties count as positive, coercion, extortion and open conflict as negative. The map is "
        "split into the two blocs that fit the ties best; the ties listed contradict that split "
        "(hostility inside a bloc, or an alliance across the line) and are where tension or hidden "
        "deals lie. Triangle index: share of closed triangles that are balanced (1 = every triangle "
        "follows 'the friend of my friend is my friend, the enemy of my enemy is my friend'). "
        "Frustration index: the fewest pairs that would have to change sign for the map to fall into "
        "two clean camps (0 = perfectly polarised).",
        "Heider (1946); Cartwright & Harary (1956), Psychological Review 63: 277-293; Aref, Mason & "
        "Wilson (2020), Networks 75: 95-110 (frustration index).",
    ),
    "summary": Help(
        "Map summary",
        "Counts of actors, ties and separate pieces (components) of the map. F is the share of pairs "
        "that cannot reach each other at all; DF also counts how far apart reachable actors are "
        "(0 = everyone directly tied, 1 = nobody reachable). Declared factions are the camps you "
        "entered; detected factions are the groups the trust ties suggest (Louvain community "
        "detection, fixed seed), which may differ from what people say.",
        "Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).",
    ),
    "heat": Help(
        "Colour the map by a measure",
        "Shades each actor by the chosen measure (darker = higher) instead of by kind; a legend shows "
        "the scale. Choose 'Notation' to go back to the conflict-mapping colours.",
        "See the help of each measure.",
    ),
}

COMPONENT_HELP: dict[str, str] = {
    "brokerage": "brokers trust between camps (Gould-Fernandez roles across camps, relative to the top broker)",
    "reach": "share of the other camps it reaches by a direct trust tie",
    "adversaries": "pairs of hostile camps that both trust it (what sets a mediator apart from an ally)",
    "dialogue": "other camps it reaches only by an open dialogue channel (not trust)",
    "autonomy": "free from any single camp (1 - Burt constraint on trust ties)",
    "trust_share": "share of its ties that are trust rather than coercion or extortion",
    "legitimacy": "legitimacy as assessed by the analyst (not assessed counts as a neutral 0.5, shown as such)",
}
"""What each score component of :class:`~actormap.core.analysis.result.MediatorComponents` measures."""


COMPONENT_LABELS: dict[str, str] = {
    "brokerage": "Cross-camp brokerage",
    "reach": "Camps reached",
    "adversaries": "Trusted by adversaries",
    "dialogue": "Dialogue only",
    "autonomy": "Autonomy",
    "trust_share": "Trust share",
    "legitimacy": "Legitimacy",
}
"""Short column and slider labels of the score components."""


def component_label(key: str) -> str:
    """A short column/slider label for a score component key."""
    return COMPONENT_LABELS.get(key, key.replace("_", " ").capitalize())
