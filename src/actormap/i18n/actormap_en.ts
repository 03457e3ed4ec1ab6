<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <numerusform>%n would split their own camp. Most at risk first.</numerusform>
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
</TS>
