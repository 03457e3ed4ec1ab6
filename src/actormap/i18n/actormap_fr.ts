<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{panel} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, in the {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} with {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} toward {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} from {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected actor: {name}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faction {faction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s): {ties}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} toward {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} with {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No selection. The map has {actors} and {ties}; press N or P to select the next or previous actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no actors yet: press A to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;next actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next actor by name and show it (then arrows move it, Ctrl+T ties it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;previous actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous actor by name and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel (the map, then each open panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pa&amp;nel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-5, drawn as circle size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-1, empty = not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside party, drawn as a shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping organisation itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors (name, kind, faction…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTieDialog</name>
    <message>
        <source>Add tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie needs two actors; add actors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different actors: a tie cannot go from an actor to itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agreement (proposed) with the selected actors as its parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change agreement kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change agreement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (first day no longer in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One term per line, e.g. the unwritten rules: no deaths in the street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the actors selected on the map the parties of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the actors selected on the map the facilitators of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the actors selected on the map the guarantors of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the parties on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set agreement {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this means: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide a short explanation of these measures and where they come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structural holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running analysis (the panels keep the last results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the analysis again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insider mediators: the ranked shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation risk: what each removal does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers, constraint and brokerage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocs and tensions (structural balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the analysis of this map now ({time}); it is not run automatically on maps this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map changed: the results are from an earlier version. Analyse again ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has {actors} actors and {ties} ties: it is analysed only on request ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: {counts} as of {date} (undated ones always count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map changed — analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing: {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled; the results shown are from an earlier version of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the analysis of the map again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;mediator shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour the map by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisHelp</name>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insider mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or groups who belong to one side but are accepted (trusted, not feared) by others. Three things are kept apart. Access: any open channel to a party (trust, dialogue, a deal, protection). Acceptability: the party relies on them (a trust tie, or their protection of it). Compromise: deals with criminal armed groups are collusion or sponsorship (access, not trust); coercing or extorting a party, or fighting it, means they cannot be counted as bridging it; a pair of camps made hostile only by their own ties is never &apos;bridged&apos; by them. Being coerced or extorted by someone never counts for or against a candidate: the reasons say they are under pressure. Rumoured ties count less than reported, reported less than confirmed. The score adds up the visible parts shown as bars; move the sliders to weigh them as your situation needs. The mapping organisation itself, outside parties, actors with no open channel outside their own camp, and actors who coerce a camp that does not accept them are listed separately: they may be powerful, but they are not insider mediators. A shortlist for discussion, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wehr &amp; Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); Mason &amp; Siegfried, Insider mediators (2013); Mason (2009); Stedman (1997), Spoiler problems in peace processes; Gould &amp; Fernandez (1989); Burt (1992).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if this actor disappears (arrested, killed, co-opted, or withdraws)? &apos;Pairs cut off&apos; counts the pairs of actors who could reach each other, directly or through others, and no longer can. &apos;F after removal&apos; is the share of pairs that cannot reach each other (0 = everyone is connected, 1 = everyone isolated). The splinters are the groups left apart. &apos;Inside its own camp&apos; asks the kingpin question: does its own organisation split into rival fragments on its trust ties? The key-player finder looks for the K actors whose joint removal would break the map apart most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12: 21-34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness: how often an actor lies on the shortest path between two others (over all ties), so it can pass on, hold back or shape what flows. Constraint: how much an actor&apos;s trust ties all lead to people who know each other (high = boxed in, low = free to bridge). Effective size: roughly how many separate circles its trust ties reach. The five roles count the times an actor stands between two others on trust ties: coordinator (all in one camp), itinerant (links two members of another camp), representative (speaks for its camp outwards), gatekeeper (lets others into its camp), liaison (links two camps, belonging to neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould &amp; Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocs and tensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust, mutual-benefit and protective ties count as positive, coercion, extortion and open conflict as negative. The map is grouped into as many blocs as the ties need (a three-way war is three blocs; an actor with no signed tie is left out); the ties listed contradict that grouping (hostility inside a bloc, or an alliance across blocs) and are where tension or hidden deals lie. Triangle index: share of closed triangles that are balanced in the strict, two-camp sense (1 = every triangle follows &apos;the friend of my friend is my friend, the enemy of my enemy is my friend&apos;). Frustration index: the fewest pairs that would have to change sign for the map to fall into clean blocs (0 = no contradiction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heider (1946); Cartwright &amp; Harary (1956), Psychological Review 63: 277-293; Davis (1967), Human Relations 20: 181-187 (clusterability); Aref, Mason &amp; Wilson (2020), Networks 75: 95-110 (frustration index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of actors, ties and separate pieces (components) of the map. F is the share of pairs that cannot reach each other at all; DF also counts how far apart reachable actors are (0 = everyone directly tied, 1 = nobody reachable). Declared factions are the camps you entered; detected factions are the groups the trust ties suggest (Louvain community detection, fixed seed), which may differ from what people say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the map by a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shades each actor by the chosen measure (darker = higher) instead of by kind; a legend shows the scale. Choose &apos;Notation&apos; to go back to the conflict-mapping colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the help of each measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the map as it stood on that date: the actors, ties and agreements whose dates hold it (an item is there from its start, inclusive, until its end, exclusive), plus every undated one, which is on the map at every date. F is the share of pairs of actors that cannot reach each other; components are the separate pieces of the map; hostile ties are conflict, coercive and parasitic ties; exposure counts coercive and parasitic ties on communities; the last chart follows the scores of the best-ranked insider mediators. Dashed lines are the map&apos;s events. Click a chart to show that date on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34 (fragmentation); see Insider mediators for the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brokers between camps along ties of acceptance (trust, protection), relative to the top broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the other camps that accept it: a trust tie, or its protection (not a racket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the other camps it reaches by any open channel: trust, dialogue, symbiotic, protective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of hostile camps it reaches on both sides (trusted sides count fully, access-only sides half); never pairs made hostile by its own ties or camps it coerces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free from any single group (1 - Burt constraint on its channel ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of its ties that are trust or protection rather than coercion, extortion or conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimacy as assessed by the analyst (not assessed counts as a neutral 0.5, shown as such)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of its channels that are not collusion (symbiotic ties with criminal armed groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unless a legal designation is in force (terrorist listing, sanctions); weight 0 unless designations are weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-camp brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels to camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials, recorded on the actors, ties, agreements and events you add or change
(so teammates see who did what; leave empty to record nothing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is one line of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Blocs</name>
    <message>
        <source>Bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties that contradict the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all contradicting ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed ties: no blocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{blocs} (as many as the signed ties need; %n actor(s) in a bloc of their own)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{blocs} (as many as the signed ties need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heuristic: the best split found, the true minimum may be lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (no triangle of signed ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{index} ({balanced} of %n triangle(s) balanced)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Frustration index: {value} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle index: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties that contradict the blocs ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tie contradicts the blocs: the map falls into clean camps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts the blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostility inside one bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust across the blocs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Brokerage</name>
    <message>
        <source>Gould-Fernandez “{role}” count on the directed trust layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised betweenness on all ties (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burt constraint on trust ties (low = free to bridge); – = no trust ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burt effective size on trust ties; – = no trust ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top brokers by betweenness (all ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gould-Fernandez roles on trust ties, top actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles per actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness is estimated from a sample of actors on this large map (approximate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this map is a read-only copy opened to compare; edit the map in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File ▸ Compare with… to see how another file of this map differs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{copy}” compared with “{base}”: {differences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareStrategies</name>
    <message>
        <source>Fragmentation F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile ties (actors left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities coerced/extorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp splinters (kingpin effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow highlight: added or changed in the scenario (hover for what changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded: removed by the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlined areas: agreements around their parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) compared with the base map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parts that no longer fit were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was {old}, now {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Settle the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {subject}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to settle: choose ours, theirs, or type a value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Actor maps (*.actormap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables: actormap, Kumu, Gephi, edge lists (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps and files to import (*.actormap *.graphml *.gexf *.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor maps (*.actormap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actormap did not close properly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the unsaved map? If you choose Discard it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All importable files (*.graphml *.gexf *.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About actormap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another window or program since you opened or saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes. Reload it (your unsaved changes here are lost), save your version under another name, or overwrite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <source>removed: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed tie ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <source>Scenario: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new event at the date the time slider shows (else the map&apos;s as-of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the time slider to the event&apos;s date and light what it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a day); YYYY-MM-DD, exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For events that last: the first day after it (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event &apos;{name}&apos;: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2012-03-08) or leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimacy &apos;{text}&apos; is not a number; give a value from 0 to 1 (e.g. 0.6) or leave it empty for “not assessed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimacy must be between 0 and 1 (got {value}); leave it empty for “not assessed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>{name} is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name}: {counts} (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed on disk: choose another name to keep both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in another tab; close it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save {file}: {problem}.

The file on disk was not changed and your map is still open; try Save As to choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name} from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: new passphrase set; save to write it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: encrypted; save to write it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “{name}” without encryption from now on? Anyone who gets the file can then read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will be saved without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}; save it as a map file to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the format cannot hold {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Fade the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected actor, its ties and its neighbours; fade the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no faction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of actors who could reach each other and no longer can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own camp cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside its own camp, on trust ties: does its organisation split?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F after removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the remaining pairs that cannot reach each other (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splinters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups left apart when the actor is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an actor to see the splinters its removal would leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many actors to remove together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find key players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the K actors whose joint removal breaks the map apart most (KPP-Neg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key players: not computed. Choose K and press Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) would cut the map apart if removed;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would split their own camp. Most at risk first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an actor to see the groups its removal leaves apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact: every set checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best found by greedy swaps and a tabu search, not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key players (K = {k}): {names} — removing them together leaves F = {F} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for the %n key player(s) in the background…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties — the camp splinters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {name} leaves no group apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removing {name} cuts {pairs} pairs and leaves %n group(s) apart (select one to see it on the map).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group {number}: {actors} — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(first {count} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own camp fragment {number}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heat</name>
    <message>
        <source>Notation (kind colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokerage roles (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint (boxed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs cut off if removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade the actors on the map by a measure (darker = higher), or show the usual conflict-mapping colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the map by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (Shift: larger steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space + drag, or middle-drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection or a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ / ←, Page Down / Page Up, Space / Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide at the page of the panel you are in (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Map the kinds of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses kinds actormap does not know. Choose how to read each one; a tie kind says whether the tie is trust, conflict, coercion, …, so none is guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no kind (%n tie(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select an actor or a tie to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (weak) to 5 (dominant); drawn as circle size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1 (e.g. 0.6), or empty for “not assessed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside party, drawn as a shadow circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping organisation itself (its own position on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic layouts leave a pinned actor in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day on the map (inclusive); empty: since always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day no longer on the map (exclusive): e.g. the day a leader was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legitimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;map from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels given by different sources, e.g. “terrorist group” per agency X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Reverse direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap From and To (for directed kinds: who protects, extracts or coerces whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;rength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {actors} and {ties}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single actor or tie to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds {character} at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invisible characters: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &apos;{name}&apos;: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tie {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each label needs both a source and a label (e.g. “US Treasury” — “transnational criminal organisation”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &apos;{name}&apos;: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tie: {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelLens</name>
    <message>
        <source>labels per actor
all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label given by
{source}
§ = legal designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All sources (count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels as seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;perspectives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the map as seen by each party disagrees with the shared map, tie by tie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Export the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels table, CSV (*.csv);;Labels workbook, Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: actors by sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source (e.g. UN Security Council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ Legal designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is a legal designation: a terrorist listing, sanctions, a criminal-organisation designation (engaging the actor may be a crime there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark label as designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it has force, e.g. United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set label jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day the label held (empty: always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day the label no longer held (empty: still holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label contains… (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light the actors this column&apos;s source labels (with this text) on the map; fade the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the labels table (one row per label) as CSV, or an Excel workbook with the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal designation in force: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell: an actor and a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives {actor} no label on the map&apos;s date; type one into the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} calls {actor} “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label {actor} as seen by {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set label start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set label end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled by {source}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}-labels.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels not exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the labels to {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface (from the next start), of the user guide and of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}. The user guide and reports use it now; the menus and panels change when actormap starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import GraphML, GEXF, Excel or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a map from another tool (Gephi, yEd, SocNetV, Kumu, a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as GraphML, GEXF, Excel or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the map for another tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this map (asks to save changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit actormap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie two chosen actors with a kind (keyboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an actor by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About actormap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;map opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one actor to highlight its neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie needs two actors: add actors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the unsaved map; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the actors of violent and fragile settings and the ties between them. Works offline; makes no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapProperties</name>
    <message>
        <source>mapped from the perspective of …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit map {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mediators</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted mean of the parts (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each part as a bar; hover for the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see why it is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations: say so in the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations: weigh them (part &apos;Not designated&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations: leave designated actors out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a legal designation in force (terrorist listing, sanctions, a criminal-organisation designation) does to a candidacy; re-runs the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed (counted as {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by the gates: they may be powerful or central, but they are not trusted across camps (or are outsiders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor was left out by the gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a slider re-ranks the list at once; hover a name for what it measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× weight {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges by trust to: {camps} ({ties}, highlighted on the map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trust tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSample</name>
    <message>
        <source>Opened the sample “{title}” as a new map: save it under a name of your own to keep changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of the maps that come with actormap, as a new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no sample maps in this installation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for “{name}”. Without it the map cannot be opened: nobody can recover it for you. A few unrelated words make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two fields differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {label} (about {bits} bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perspectives</name>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new perspective over this map, opened in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this perspective on the canvas, in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who sees the perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit perspective description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody on the map —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One view draws a positive tie where the other draws a hostile one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreement: both draw every tie alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As seen by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}-redacted.actormap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: the redacted copy would replace the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a redacted copy to {file} ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closed; its recovery file is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files and the last folder are forgotten and no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this map with a passphrase (saved as an age file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this map without encryption from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redacted copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy with coded names and no notes or sources, for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of recently used maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and &amp;wipe recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this map and delete its autosaved recovery file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a list of recently used maps and the last folder (off: nothing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved changes to an encrypted map (its passphrase is needed to recover it), autosaved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to the map {file}, autosaved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to an unsaved new map, autosaved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave is off: cannot create {folder} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave is off: cannot write {file} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovered map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redact</name>
    <message>
        <source>Export redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy replaces actor names by codes (kind and number, e.g. “Gang 3”) and removes notes, sources, labels, short names and who-changed-what; ties and kinds stay, so the analysis gives the same numbers. Tick actors whose real names may stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide actor kinds too (mediator suggestions then differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the year of every date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <source>New scenario &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New perspective &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete perspective &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit perspective {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no perspective {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario&apos;s changes are edited in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perspective&apos;s changes are edited in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message numerus="yes">
        <source>%n part(s) of the perspective &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the scenario &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The perspective was deleted; its tab was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was deleted; its tab was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS SEEN BY {who}: {name} — not the shared map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCENARIO ({strategy}): {name} — not the base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base map changed since this tab opened: reopen the tab to include that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party&apos;s view of “{title}”: edits here change this perspective only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A what-if over “{title}”: edits here change this scenario only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>removes {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario over this map, opened in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this scenario on the canvas, in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this scenario (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this scenario with its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier in comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later in comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the base map with its scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scenario strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario over this map, edited in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare strategies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base map and its scenarios side by side: deltas, chart and a diff overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected actors (arrest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confrontation: take the selected actors off the map in a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Truce among selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation: the selected actors sign a truce; their conflict and coercive ties become dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn selected hostile ties into &amp;dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation: the selected conflict and coercive ties become dialogue ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;agreement from selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement (proposed) with the selected actors as its parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the actors to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two actors for a truce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truce: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select conflict or coercive ties first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue instead of conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies compared — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camps declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups detected by trust ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components: groups with no tie between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of pairs that cannot reach each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance-weighted: also counts how far apart reachable actors are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (set the Faction field of actors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximated on this map (flagged by the engine): {measures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure on this map is exact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the analysis process ended (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file of this map (a teammate&apos;s copy) and see what differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name for edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded on the actors, ties, agreements and events you add or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are recorded as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is recorded on your edits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieTable</name>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-3, drawn as line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ties (actor, kind…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>&amp;Time slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the time slider under the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures over time, with the events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map as it stood on the date chosen; off: every actor and tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date shown (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the dates, one step every {seconds} s, to the last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ◀ ▶ and Play move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors and ties not on the map at the date shown fade, or are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated actors and ties are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is on the map from its start date (inclusive) until its end date (exclusive); an item without dates is on the map at every date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points every month, quarter or year (Auto: by the span of the map&apos;s dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the timeline now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated actors, ties and agreements are on the map at every date. Click a chart to show that date on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile ties and community exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top mediator scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has {actors} actors: press Compute for its timeline (it may take minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map changed — computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no dates: give actors, ties or agreements a start or end date, or add events, to follow it over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostile ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coercion or extortion of communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n monthly point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{points} from {start} to {end}; {actors} and {ties} count at every date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undated actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated tie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current camera (and the selected actors as focus) as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the map to this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the current camera in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected actors; fade the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this view earlier in the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this view later in the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this view at the date the time slider shows (a presentation steps through time too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what is out of focus (instead of fading it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add view: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update view camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set view focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide out-of-focus items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade out-of-focus items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin the view&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on “As of” on the time slider and choose the date to pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the view to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre ({x}, {y}), showing {width} x {height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) in focus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>factions: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch (300 or more for print):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for workshops; arrow keys step through saved views, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as &amp;picture (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;view as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis &amp;report (HTML, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the analysis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysing for the report (%n actor(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the map was closed before its report was ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
