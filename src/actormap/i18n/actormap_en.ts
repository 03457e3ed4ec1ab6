<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message numerus="yes">
        <source>%n tie(s): {ties}.</source>
        <translation>
            <numerusform>%n tie: {ties}.</numerusform>
            <numerusform>%n ties: {ties}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected: {names}.</source>
        <translation>
            <numerusform>%n actor selected: {names}.</numerusform>
            <numerusform>%n actors selected: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more tie(s)</source>
        <translation>
            <numerusform>and %n more tie</numerusform>
            <numerusform>and %n more ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blocs</name>
    <message numerus="yes">
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{blocs} (as many as the signed ties need; %n actor(s) in a bloc of their own)</source>
        <translation>
            <numerusform>{blocs} (as many as the signed ties need; %n actor in a bloc of their own)</numerusform>
            <numerusform>{blocs} (as many as the signed ties need; %n actors in a bloc of their own)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{index} ({balanced} of %n triangle(s) balanced)</source>
        <translation>
            <numerusform>{index} ({balanced} of %n triangle balanced)</numerusform>
            <numerusform>{index} ({balanced} of %n triangles balanced)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>Nudge %n actor(s)</source>
        <translation>
            <numerusform>Nudge %n actor</numerusform>
            <numerusform>Nudge %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareStrategies</name>
    <message numerus="yes">
        <source>%n scenario(s) compared with the base map.</source>
        <translation>
            <numerusform>%n scenario compared with the base map.</numerusform>
            <numerusform>%n scenarios compared with the base map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>%n merge conflict(s) to settle: choose ours, theirs, or type a value.</source>
        <translation>
            <numerusform>%n merge conflict to settle: choose ours, theirs, or type a value.</numerusform>
            <numerusform>%n merge conflicts to settle: choose ours, theirs, or type a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message numerus="yes">
        <source>%n actor(s) would cut the map apart if removed;</source>
        <translation>
            <numerusform>%n actor would cut the map apart if removed;</numerusform>
            <numerusform>%n actors would cut the map apart if removed;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would split their own camp. Most at risk first.</source>
        <translation>
            <numerusform>%n would split its own camp. Most at risk first.</numerusform>
            <numerusform>%n would split their own camp. Most at risk first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for the %n key player(s) in the background…</source>
        <translation>
            <numerusform>Looking for the %n key player in the background…</numerusform>
            <numerusform>Looking for the %n key players in the background…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing {name} cuts {pairs} pairs and leaves %n group(s) apart (select one to see it on the map).</source>
        <translation>
            <numerusform>Removing {name} cuts {pairs} pairs and leaves %n group apart (select one to see it on the map).</numerusform>
            <numerusform>Removing {name} cuts {pairs} pairs and leaves %n groups apart (select one to see it on the map).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no kind (%n tie(s))</source>
        <translation>
            <numerusform>no kind (%n tie)</numerusform>
            <numerusform>no kind (%n ties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message numerus="yes">
        <source>%n actor(s) labelled by {source}</source>
        <translation>
            <numerusform>%n actor labelled by {source}</numerusform>
            <numerusform>%n actors labelled by {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled</source>
        <translation>
            <numerusform>%n actor labelled</numerusform>
            <numerusform>%n actors labelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message numerus="yes">
        <source>{layout}: computing for %n actor(s)…</source>
        <translation>
            <numerusform>{layout}: computing for %n actor…</numerusform>
            <numerusform>{layout}: computing for %n actors…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) found.</source>
        <translation>
            <numerusform>%n actor found.</numerusform>
            <numerusform>%n actors found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mediators</name>
    <message numerus="yes">
        <source>%n trust tie(s)</source>
        <translation>
            <numerusform>%n trust tie</numerusform>
            <numerusform>%n trust ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenSample</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>%n view(s): press → to step</source>
        <translation>
            <numerusform>%n view: press → to step</numerusform>
            <numerusform>%n views: press → to step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message numerus="yes">
        <source>%n part(s) of the perspective &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n part of the perspective &apos;{name}&apos; no longer fits the map and was left out.</numerusform>
            <numerusform>%n parts of the perspective &apos;{name}&apos; no longer fit the map and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the scenario &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n part of the scenario &apos;{name}&apos; no longer fits the map and was left out.</numerusform>
            <numerusform>%n parts of the scenario &apos;{name}&apos; no longer fit the map and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <source>%n monthly point(s)</source>
        <translation>
            <numerusform>%n monthly point</numerusform>
            <numerusform>%n monthly points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly point(s)</source>
        <translation>
            <numerusform>%n quarterly point</numerusform>
            <numerusform>%n quarterly points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly point(s)</source>
        <translation>
            <numerusform>%n yearly point</numerusform>
            <numerusform>%n yearly points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated actor(s)</source>
        <translation>
            <numerusform>%n undated actor</numerusform>
            <numerusform>%n undated actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated tie(s)</source>
        <translation>
            <numerusform>%n undated tie</numerusform>
            <numerusform>%n undated ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message numerus="yes">
        <source>%n actor(s) in focus</source>
        <translation>
            <numerusform>%n actor in focus</numerusform>
            <numerusform>%n actors in focus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message numerus="yes">
        <source>Analysing for the report (%n actor(s))…</source>
        <translation>
            <numerusform>Analysing for the report (%n actor)…</numerusform>
            <numerusform>Analysing for the report (%n actors)…</numerusform>
        </translation>
    </message>
</context>
</TS>
