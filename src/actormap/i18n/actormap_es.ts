<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Encabezados de fila</translation>
    </message>
    <message>
        <source>{name} tabs</source>
        <translation>Pestañas de {name}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>Pestañas de paneles</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation>Lienzo del mapa</translation>
    </message>
    <message>
        <source>{panel} table</source>
        <translation>Tabla de {panel}</translation>
    </message>
    <message>
        <source>{name}, in the {panel} panel</source>
        <translation>{name}, en el panel {panel}</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>El panel {panel}</translation>
    </message>
    <message>
        <source>{kind} with {actor}</source>
        <translation>{kind} con {actor}</translation>
    </message>
    <message>
        <source>{kind} toward {actor}</source>
        <translation>{kind} hacia {actor}</translation>
    </message>
    <message>
        <source>{kind} from {actor}</source>
        <translation>{kind} desde {actor}</translation>
    </message>
    <message>
        <source>Selected actor: {name}, {kind}</source>
        <translation>Actor seleccionado: {name}, {kind}</translation>
    </message>
    <message>
        <source>faction {faction}</source>
        <translation>facción {faction}</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>No ties.</source>
        <translation>Sin vínculos.</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s): {ties}.</source>
        <translation>
            <numerusform>%n vínculo: {ties}.</numerusform>
            <numerusform>%n vínculos: {ties}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected: {names}.</source>
        <translation>
            <numerusform>%n actor seleccionado: {names}.</numerusform>
            <numerusform>%n actores seleccionados: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} toward {target}</source>
        <translation>Vínculo seleccionado: {source}, {kind} hacia {target}</translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} with {target}</source>
        <translation>Vínculo seleccionado: {source}, {kind} con {target}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more tie(s)</source>
        <translation>
            <numerusform>y %n vínculo más</numerusform>
            <numerusform>y %n vínculos más</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection. The map has {actors} and {ties}; press N or P to select the next or previous actor.</source>
        <translation>Nada seleccionado. El mapa tiene {actors} y {ties}; pulse N o P para seleccionar el actor siguiente o el anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no actors yet: press A to add one.</source>
        <translation>El mapa todavía no tiene actores: pulse A para añadir uno.</translation>
    </message>
    <message>
        <source>{name} panel</source>
        <translation>Panel {name}</translation>
    </message>
    <message>
        <source>Focus indicator</source>
        <translation>Indicador de foco</translation>
    </message>
    <message>
        <source>Select &amp;next actor</source>
        <translation>Seleccionar el actor &amp;siguiente</translation>
    </message>
    <message>
        <source>Select the next actor by name and show it (then arrows move it, Ctrl+T ties it)</source>
        <translation>Selecciona el actor siguiente por nombre y lo muestra (luego las flechas lo mueven y Ctrl+T le añade un vínculo)</translation>
    </message>
    <message>
        <source>Select &amp;previous actor</source>
        <translation>Seleccionar el actor &amp;anterior</translation>
    </message>
    <message>
        <source>Select the previous actor by name and show it</source>
        <translation>Selecciona el actor anterior por nombre y lo muestra</translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel (the map, then each open panel)</source>
        <translation>Lleva el foco del teclado al panel siguiente (el mapa y luego cada panel abierto)</translation>
    </message>
    <message>
        <source>Previous pa&amp;nel</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Lleva el foco del teclado al panel anterior</translation>
    </message>
</context>
<context>
    <name>ActorItem</name>
    <message>
        <source>faction: {faction}</source>
        <translation>facción: {faction}</translation>
    </message>
    <message>
        <source>power {power}/5</source>
        <translation>poder {power}/5</translation>
    </message>
    <message>
        <source>external actor</source>
        <translation>actor externo</translation>
    </message>
    <message>
        <source>our own position</source>
        <translation>nuestra propia posición</translation>
    </message>
    <message>
        <source>pinned (layouts leave it in place)</source>
        <translation>fijado (las disposiciones automáticas lo dejan en su sitio)</translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Facción</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>1-5, drawn as circle size</source>
        <translation>1-5, se dibuja como el tamaño del círculo</translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation>Legitimidad</translation>
    </message>
    <message>
        <source>0-1, empty = not assessed</source>
        <translation>0-1, vacío = no evaluada</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>outside party, drawn as a shadow</source>
        <translation>actor externo, se dibuja con sombra</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>the mapping organisation itself</source>
        <translation>la propia organización que hace el mapa</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Filter actors (name, kind, faction…)</source>
        <translation>Filtrar actores (nombre, tipo, facción…)</translation>
    </message>
</context>
<context>
    <name>AddTieDialog</name>
    <message>
        <source>Add tie</source>
        <translation>Añadir vínculo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Certeza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>mutual, between {a} and {b}</source>
        <translation>mutuo, entre {a} y {b}</translation>
    </message>
    <message>
        <source>A tie needs two actors; add actors first.</source>
        <translation>Un vínculo necesita dos actores; primero añada actores.</translation>
    </message>
    <message>
        <source>Choose two different actors: a tie cannot go from an actor to itself.</source>
        <translation>Elija dos actores distintos: un vínculo no puede ir de un actor a sí mismo.</translation>
    </message>
</context>
<context>
    <name>AgreementItem</name>
    <message>
        <source>Terms: {terms}</source>
        <translation>Términos: {terms}</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>Garantes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From selection</source>
        <translation>Desde la selección</translation>
    </message>
    <message>
        <source>A new agreement (proposed) with the selected actors as its parties</source>
        <translation>Un acuerdo nuevo (propuesto) con los actores seleccionados como partes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Eliminar este acuerdo</translation>
    </message>
    <message>
        <source>Rename agreement</source>
        <translation>Renombrar acuerdo</translation>
    </message>
    <message>
        <source>Change agreement kind</source>
        <translation>Cambiar el tipo de acuerdo</translation>
    </message>
    <message>
        <source>Change agreement status</source>
        <translation>Cambiar el estado del acuerdo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (first day no longer in force)</source>
        <translation>AAAA-MM-DD (primer día en que ya no está vigente)</translation>
    </message>
    <message>
        <source>One term per line, e.g. the unwritten rules: no deaths in the street</source>
        <translation>Un término por línea, p. ej. las reglas no escritas: ningún muerto en la calle</translation>
    </message>
    <message>
        <source>Edit agreement terms</source>
        <translation>Editar los términos del acuerdo</translation>
    </message>
    <message>
        <source>One source per line</source>
        <translation>Una fuente por línea</translation>
    </message>
    <message>
        <source>Edit agreement sources</source>
        <translation>Editar las fuentes del acuerdo</translation>
    </message>
    <message>
        <source>Edit agreement notes</source>
        <translation>Editar las notas del acuerdo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the parties of this agreement</source>
        <translation>Convierte a los actores seleccionados en el mapa en las partes de este acuerdo</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the facilitators of this agreement</source>
        <translation>Convierte a los actores seleccionados en el mapa en los facilitadores de este acuerdo</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the guarantors of this agreement</source>
        <translation>Convierte a los actores seleccionados en el mapa en los garantes de este acuerdo</translation>
    </message>
    <message>
        <source>Use selected actors</source>
        <translation>Usar los actores seleccionados</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>Tér&amp;minos</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Edit agreement start date</source>
        <translation>Editar la fecha de inicio del acuerdo</translation>
    </message>
    <message>
        <source>Edit agreement end date</source>
        <translation>Editar la fecha de fin del acuerdo</translation>
    </message>
    <message>
        <source>Select the parties on the map first.</source>
        <translation>Primero seleccione las partes en el mapa.</translation>
    </message>
    <message>
        <source>Set agreement {role}</source>
        <translation>Definir {role} del acuerdo</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>Acuerdo {number}</translation>
    </message>
    <message>
        <source>New agreement: {error}</source>
        <translation>Acuerdo nuevo: {error}</translation>
    </message>
    <message>
        <source>New agreement &apos;{name}&apos;</source>
        <translation>Acuerdo nuevo «{name}»</translation>
    </message>
    <message>
        <source>Delete agreement &apos;{name}&apos;</source>
        <translation>Eliminar el acuerdo «{name}»</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>What this means: {topic}</source>
        <translation>Qué significa: {topic}</translation>
    </message>
    <message>
        <source>Show or hide a short explanation of these measures and where they come from</source>
        <translation>Muestra u oculta una breve explicación de estas medidas y de dónde vienen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>capas</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>intermediación</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>fragmentación</translation>
    </message>
    <message>
        <source>structural holes</source>
        <translation>huecos estructurales</translation>
    </message>
    <message>
        <source>brokerage</source>
        <translation>roles de intermediación</translation>
    </message>
    <message>
        <source>factions</source>
        <translation>facciones</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>mediadores</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <source>key players</source>
        <translation>actores clave</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Todavía sin analizar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running analysis (the panels keep the last results)</source>
        <translation>Detiene el análisis en curso (los paneles conservan los últimos resultados)</translation>
    </message>
    <message>
        <source>Analyse now</source>
        <translation>Analizar ya</translation>
    </message>
    <message>
        <source>Run the analysis again now</source>
        <translation>Vuelve a ejecutar el análisis ahora</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Quitar el resaltado</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediadores</translation>
    </message>
    <message>
        <source>Insider mediators: the ranked shortlist</source>
        <translation>Mediadores internos: la lista corta ordenada</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentación</translation>
    </message>
    <message>
        <source>Fragmentation risk: what each removal does</source>
        <translation>Riesgo de fragmentación: qué provoca cada retiro</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Brokers, constraint and brokerage roles</source>
        <translation>Intermediarios, restricción y roles de intermediación</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Blocs and tensions (structural balance)</source>
        <translation>Bloques y tensiones (equilibrio estructural)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation>Resumen del mapa</translation>
    </message>
    <message>
        <source>Analyse ({time})</source>
        <translation>Analizar ({time})</translation>
    </message>
    <message>
        <source>Run the analysis of this map now ({time}); it is not run automatically on maps this large</source>
        <translation>Ejecuta ahora el análisis de este mapa ({time}); en mapas tan grandes no se ejecuta solo</translation>
    </message>
    <message>
        <source>Map changed: the results are from an earlier version. Analyse again ({time}).</source>
        <translation>El mapa cambió: los resultados son de una versión anterior. Vuelva a analizar ({time}).</translation>
    </message>
    <message>
        <source>This map has {actors} actors and {ties} ties: it is analysed only on request ({time}).</source>
        <translation>Este mapa tiene {actors} actores y {ties} vínculos: solo se analiza cuando usted lo pide ({time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: {counts} as of {date} (undated ones always count).</source>
        <translation>Actualizado: {counts} al {date} (los que no tienen fecha siempre cuentan).</translation>
    </message>
    <message>
        <source>Up to date: {counts}.</source>
        <translation>Actualizado: {counts}.</translation>
    </message>
    <message>
        <source>Map changed — analysing…</source>
        <translation>El mapa cambió: analizando…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Analysing: {stage}…</source>
        <translation>Analizando: {stage}…</translation>
    </message>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>El análisis falló: {error}</translation>
    </message>
    <message>
        <source>Analysis cancelled; the results shown are from an earlier version of the map.</source>
        <translation>Análisis cancelado; los resultados que se ven son de una versión anterior del mapa.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Analyse now</source>
        <translation>&amp;Analizar ya</translation>
    </message>
    <message>
        <source>Run the analysis of the map again now</source>
        <translation>Vuelve a ejecutar ahora el análisis del mapa</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Cancelar el análisis</translation>
    </message>
    <message>
        <source>Stop the running analysis</source>
        <translation>Detiene el análisis en curso</translation>
    </message>
    <message>
        <source>Show &amp;mediator shortlist</source>
        <translation>Mostrar la lista corta de &amp;mediadores</translation>
    </message>
    <message>
        <source>C&amp;olour the map by</source>
        <translation>C&amp;olorear el mapa por</translation>
    </message>
</context>
<context>
    <name>AnalysisHelp</name>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Insider mediators</source>
        <translation>Mediadores internos</translation>
    </message>
    <message>
        <source>People or groups who belong to one side but are accepted (trusted, not feared) by others. Three things are kept apart. Access: any open channel to a party (trust, dialogue, a deal, protection). Acceptability: the party relies on them (a trust tie, or their protection of it). Compromise: deals with criminal armed groups are collusion or sponsorship (access, not trust); coercing or extorting a party, or fighting it, means they cannot be counted as bridging it; a pair of camps made hostile only by their own ties is never &apos;bridged&apos; by them. Being coerced or extorted by someone never counts for or against a candidate: the reasons say they are under pressure. Rumoured ties count less than reported, reported less than confirmed. The score adds up the visible parts shown as bars; move the sliders to weigh them as your situation needs. The mapping organisation itself, outside parties, actors with no open channel outside their own camp, and actors who coerce a camp that does not accept them are listed separately: they may be powerful, but they are not insider mediators. A shortlist for discussion, not a verdict.</source>
        <translation>Personas o grupos que pertenecen a un bando pero a los que otros aceptan (en quienes confían, no a quienes temen). Se distinguen tres cosas. Acceso: cualquier canal abierto con una parte (confianza, diálogo, un trato, protección). Aceptación: la parte confía en ellos (un vínculo de confianza, o la protección que le dan). Compromiso: los tratos con grupos armados criminales son colusión o patrocinio (acceso, no confianza); si coaccionan a una parte, la extorsionan o la combaten, no cuentan como puente hacia ella; un par de bandos que solo sus propios vínculos enfrentan nunca cuenta como «unido» por ellos. Sufrir coerción o extorsión de alguien nunca cuenta a favor ni en contra de un candidato: las razones dicen que está bajo presión. Los vínculos basados en rumores cuentan menos que los reportados, y los reportados menos que los confirmados. La puntuación suma las partes visibles que se muestran como barras; mueva los controles deslizantes para ponderarlas según lo que su situación requiera. La propia organización que hace el mapa, los actores externos, los actores sin ningún canal abierto fuera de su bando y los que coaccionan a un bando que no los acepta se listan aparte: pueden ser poderosos, pero no son mediadores internos. Una lista corta para discutir, no un veredicto.</translation>
    </message>
    <message>
        <source>Wehr &amp; Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); Mason &amp; Siegfried, Insider mediators (2013); Mason (2009); Stedman (1997), Spoiler problems in peace processes; Gould &amp; Fernandez (1989); Burt (1992).</source>
        <translation>Wehr y Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); Mason y Siegfried, Insider mediators (2013); Mason (2009); Stedman (1997), Spoiler problems in peace processes; Gould y Fernandez (1989); Burt (1992).</translation>
    </message>
    <message>
        <source>Fragmentation risk</source>
        <translation>Riesgo de fragmentación</translation>
    </message>
    <message>
        <source>What happens if this actor disappears (arrested, killed, co-opted, or withdraws)? &apos;Pairs cut off&apos; counts the pairs of actors who could reach each other, directly or through others, and no longer can. &apos;F after removal&apos; is the share of pairs that cannot reach each other (0 = everyone is connected, 1 = everyone isolated). The splinters are the groups left apart. &apos;Inside its own camp&apos; asks the kingpin question: does its own organisation split into rival fragments on its trust ties? The key-player finder looks for the K actors whose joint removal would break the map apart most.</source>
        <translation>¿Qué pasa si este actor desaparece (detenido, asesinado, cooptado o porque se retira)? «Pares desconectados» cuenta los pares de actores que podían alcanzarse, directamente o a través de otros, y ya no pueden. «F tras el retiro» es la proporción de pares que no pueden alcanzarse (0 = todos conectados, 1 = todos aislados). Los fragmentos son los grupos que quedan separados. «Dentro de su propio bando» plantea la pregunta del capo: ¿se divide su propia organización en fragmentos rivales en sus vínculos de confianza? La búsqueda de actores clave encuentra los K actores cuyo retiro conjunto más fragmentaría el mapa.</translation>
    </message>
    <message>
        <source>Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12: 21-34.</source>
        <translation>Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12: 21-34.</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Betweenness: how often an actor lies on the shortest path between two others (over all ties), so it can pass on, hold back or shape what flows. Constraint: how much an actor&apos;s trust ties all lead to people who know each other (high = boxed in, low = free to bridge). Effective size: roughly how many separate circles its trust ties reach. The five roles count the times an actor stands between two others on trust ties: coordinator (all in one camp), itinerant (links two members of another camp), representative (speaks for its camp outwards), gatekeeper (lets others into its camp), liaison (links two camps, belonging to neither).</source>
        <translation>Intermediación: cuántas veces un actor está en el camino más corto entre otros dos (en todos los vínculos), de modo que puede transmitir, retener o moldear lo que circula. Restricción: cuánto llevan los vínculos de confianza de un actor a personas que se conocen entre sí (alta = encerrado, baja = libre para tender puentes). Tamaño efectivo: aproximadamente a cuántos círculos separados llegan sus vínculos de confianza. Los cinco roles cuentan las veces que un actor está entre otros dos en vínculos de confianza: coordinador (todos en un mismo bando), itinerante (une a dos miembros de otro bando), representante (habla por su bando hacia fuera), guardián (deja entrar a otros en su bando), enlace (une dos bandos sin pertenecer a ninguno).</translation>
    </message>
    <message>
        <source>Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould &amp; Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126.</source>
        <translation>Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould y Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126.</translation>
    </message>
    <message>
        <source>Blocs and tensions</source>
        <translation>Bloques y tensiones</translation>
    </message>
    <message>
        <source>Trust, mutual-benefit and protective ties count as positive, coercion, extortion and open conflict as negative. The map is grouped into as many blocs as the ties need (a three-way war is three blocs; an actor with no signed tie is left out); the ties listed contradict that grouping (hostility inside a bloc, or an alliance across blocs) and are where tension or hidden deals lie. Triangle index: share of closed triangles that are balanced in the strict, two-camp sense (1 = every triangle follows &apos;the friend of my friend is my friend, the enemy of my enemy is my friend&apos;). Frustration index: the fewest pairs that would have to change sign for the map to fall into clean blocs (0 = no contradiction).</source>
        <translation>Los vínculos de confianza, de beneficio mutuo y de protección cuentan como positivos; la coerción, la extorsión y el conflicto abierto, como negativos. El mapa se agrupa en tantos bloques como exijan los vínculos (una guerra a tres bandas son tres bloques; un actor sin vínculos con signo queda fuera); los vínculos listados contradicen esa agrupación (hostilidad dentro de un bloque o una alianza entre bloques) y señalan dónde hay tensión o tratos ocultos. Índice de triángulos: proporción de triángulos cerrados equilibrados en el sentido estricto de dos bandos (1 = todo triángulo cumple «el amigo de mi amigo es mi amigo, el enemigo de mi enemigo es mi amigo»). Índice de frustración: el menor número de pares que tendrían que cambiar de signo para que el mapa se divida en bloques limpios (0 = ninguna contradicción).</translation>
    </message>
    <message>
        <source>Heider (1946); Cartwright &amp; Harary (1956), Psychological Review 63: 277-293; Davis (1967), Human Relations 20: 181-187 (clusterability); Aref, Mason &amp; Wilson (2020), Networks 75: 95-110 (frustration index).</source>
        <translation>Heider (1946); Cartwright y Harary (1956), Psychological Review 63: 277-293; Davis (1967), Human Relations 20: 181-187 (agrupabilidad); Aref, Mason y Wilson (2020), Networks 75: 95-110 (índice de frustración).</translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation>Resumen del mapa</translation>
    </message>
    <message>
        <source>Counts of actors, ties and separate pieces (components) of the map. F is the share of pairs that cannot reach each other at all; DF also counts how far apart reachable actors are (0 = everyone directly tied, 1 = nobody reachable). Declared factions are the camps you entered; detected factions are the groups the trust ties suggest (Louvain community detection, fixed seed), which may differ from what people say.</source>
        <translation>Cantidad de actores, de vínculos y de piezas separadas (componentes) del mapa. F es la proporción de pares que no pueden alcanzarse de ningún modo; DF cuenta además cuán lejos están los actores que sí se alcanzan (0 = todos vinculados directamente, 1 = nadie alcanzable). Las facciones declaradas son los bandos que usted anotó; las detectadas son los grupos que sugieren los vínculos de confianza (detección de comunidades de Louvain, semilla fija), que pueden diferir de lo que la gente dice.</translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).</source>
        <translation>Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).</translation>
    </message>
    <message>
        <source>Colour the map by a measure</source>
        <translation>Colorear el mapa por una medida</translation>
    </message>
    <message>
        <source>Shades each actor by the chosen measure (darker = higher) instead of by kind; a legend shows the scale. Choose &apos;Notation&apos; to go back to the conflict-mapping colours.</source>
        <translation>Sombrea cada actor según la medida elegida (más oscuro = más alto) en lugar de según su tipo; una leyenda muestra la escala. Elija «Notación» para volver a los colores del mapeo de conflictos.</translation>
    </message>
    <message>
        <source>See the help of each measure.</source>
        <translation>Vea la ayuda de cada medida.</translation>
    </message>
    <message>
        <source>The map over time</source>
        <translation>El mapa a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each point is the map as it stood on that date: the actors, ties and agreements whose dates hold it (an item is there from its start, inclusive, until its end, exclusive), plus every undated one, which is on the map at every date. F is the share of pairs of actors that cannot reach each other; components are the separate pieces of the map; hostile ties are conflict, coercive and parasitic ties; exposure counts coercive and parasitic ties on communities; the last chart follows the scores of the best-ranked insider mediators. Dashed lines are the map&apos;s events. Click a chart to show that date on the map.</source>
        <translation>Cada punto es el mapa tal como estaba en esa fecha: los actores, vínculos y acuerdos cuyas fechas la incluyen (un elemento está desde su inicio, incluido, hasta su fin, excluido), más todos los que no tienen fecha, que están en el mapa en cualquier fecha. F es la proporción de pares de actores que no pueden alcanzarse; los componentes son las piezas separadas del mapa; los vínculos hostiles son los de conflicto, coercitivos y parasitarios; la exposición cuenta los vínculos coercitivos y parasitarios sobre comunidades; el último gráfico sigue las puntuaciones de los mediadores internos mejor clasificados. Las líneas discontinuas son los hechos del mapa. Haga clic en un gráfico para ver esa fecha en el mapa.</translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34 (fragmentation); see Insider mediators for the scores.</source>
        <translation>Borgatti (2006), CMOT 12: 21-34 (fragmentación); para las puntuaciones, vea Mediadores internos.</translation>
    </message>
    <message>
        <source>brokers between camps along ties of acceptance (trust, protection), relative to the top broker</source>
        <translation>intermedia entre bandos por vínculos de aceptación (confianza, protección), en relación con el mayor intermediario</translation>
    </message>
    <message>
        <source>share of the other camps that accept it: a trust tie, or its protection (not a racket)</source>
        <translation>proporción de los demás bandos que lo aceptan: un vínculo de confianza, o su protección (no una extorsión)</translation>
    </message>
    <message>
        <source>share of the other camps it reaches by any open channel: trust, dialogue, symbiotic, protective</source>
        <translation>proporción de los demás bandos a los que llega por cualquier canal abierto: confianza, diálogo, simbiótico, de protección</translation>
    </message>
    <message>
        <source>pairs of hostile camps it reaches on both sides (trusted sides count fully, access-only sides half); never pairs made hostile by its own ties or camps it coerces</source>
        <translation>pares de bandos enfrentados a los que llega por ambos lados (los lados que confían en él cuentan entero, los de solo acceso, la mitad); nunca pares enfrentados por sus propios vínculos ni bandos a los que coacciona</translation>
    </message>
    <message>
        <source>free from any single group (1 - Burt constraint on its channel ties)</source>
        <translation>no depende de un solo grupo (1 - restricción de Burt sobre sus vínculos de canal)</translation>
    </message>
    <message>
        <source>share of its ties that are trust or protection rather than coercion, extortion or conflict</source>
        <translation>proporción de sus vínculos que son de confianza o de protección y no de coerción, extorsión o conflicto</translation>
    </message>
    <message>
        <source>legitimacy as assessed by the analyst (not assessed counts as a neutral 0.5, shown as such)</source>
        <translation>legitimidad según la evalúa el analista (sin evaluar cuenta como un 0.5 neutro, y así se indica)</translation>
    </message>
    <message>
        <source>share of its channels that are not collusion (symbiotic ties with criminal armed groups)</source>
        <translation>proporción de sus canales que no son colusión (vínculos simbióticos con grupos armados criminales)</translation>
    </message>
    <message>
        <source>1 unless a legal designation is in force (terrorist listing, sanctions); weight 0 unless designations are weighed</source>
        <translation>1 salvo que haya una designación legal vigente (listado como terrorista, sanciones); peso 0 salvo que se ponderen las designaciones</translation>
    </message>
    <message>
        <source>Cross-camp brokerage</source>
        <translation>Intermediación entre bandos</translation>
    </message>
    <message>
        <source>Accepted by camps</source>
        <translation>Aceptado por bandos</translation>
    </message>
    <message>
        <source>Channels to camps</source>
        <translation>Canales hacia bandos</translation>
    </message>
    <message>
        <source>Reaches both sides</source>
        <translation>Llega a ambos lados</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomía</translation>
    </message>
    <message>
        <source>Trust share</source>
        <translation>Proporción de confianza</translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation>Legitimidad</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Independencia</translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation>Sin designación</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the window could not be drawn</source>
        <translation>no se pudo dibujar la ventana</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name or initials, recorded on the actors, ties, agreements and events you add or change
(so teammates see who did what; leave empty to record nothing):</source>
        <translation>Su nombre o sus iniciales, que se anotan en los actores, vínculos, acuerdos y hechos que añada o cambie
(así el equipo ve quién hizo qué; déjelo vacío para no anotar nada):</translation>
    </message>
    <message>
        <source>a name is one line of at most 200 characters</source>
        <translation>un nombre es una sola línea de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <source>on {time} UTC</source>
        <translation>el {time} UTC</translation>
    </message>
</context>
<context>
    <name>Blocs</name>
    <message>
        <source>Bloc</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Bloc {number}</source>
        <translation>Bloque {number}</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Ties that contradict the split</source>
        <translation>Vínculos que contradicen la división</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Show all contradicting ties</source>
        <translation>Mostrar todos los vínculos que contradicen</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Quitar el resaltado</translation>
    </message>
    <message>
        <source>No signed ties: no blocs.</source>
        <translation>No hay vínculos con signo: no hay bloques.</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{blocs} (as many as the signed ties need; %n actor(s) in a bloc of their own)</source>
        <translation>
            <numerusform>{blocs} (tantos como exigen los vínculos con signo; %n actor en un bloque propio)</numerusform>
            <numerusform>{blocs} (tantos como exigen los vínculos con signo; %n actores en un bloque propio)</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocs} (as many as the signed ties need)</source>
        <translation>{blocs} (tantos como exigen los vínculos con signo)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>heuristic: the best split found, the true minimum may be lower</source>
        <translation>heurístico: la mejor división encontrada; el verdadero mínimo puede ser menor</translation>
    </message>
    <message>
        <source>exact, by {method}</source>
        <translation>exacto, por {method}</translation>
    </message>
    <message>
        <source>– (no triangle of signed ties)</source>
        <translation>– (ningún triángulo de vínculos con signo)</translation>
    </message>
    <message numerus="yes">
        <source>{index} ({balanced} of %n triangle(s) balanced)</source>
        <translation>
            <numerusform>{index} ({balanced} de %n triángulo equilibrados)</numerusform>
            <numerusform>{index} ({balanced} de %n triángulos equilibrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Frustration index: {value} ({how})</source>
        <translation>Índice de frustración: {value} ({how})</translation>
    </message>
    <message>
        <source>Triangle index: {value}</source>
        <translation>Índice de triángulos: {value}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>Ties that contradict the blocs ({count})</source>
        <translation>Vínculos que contradicen los bloques ({count})</translation>
    </message>
    <message>
        <source>No tie contradicts the blocs: the map falls into clean camps.</source>
        <translation>Ningún vínculo contradice los bloques: el mapa se divide en bandos limpios.</translation>
    </message>
    <message>
        <source>contradicts the blocs</source>
        <translation>contradice los bloques</translation>
    </message>
    <message>
        <source>hostility inside one bloc</source>
        <translation>hostilidad dentro de un bloque</translation>
    </message>
    <message>
        <source>trust across the blocs</source>
        <translation>confianza entre bloques</translation>
    </message>
</context>
<context>
    <name>Brokerage</name>
    <message>
        <source>Gould-Fernandez “{role}” count on the directed trust layer</source>
        <translation>Número de veces como “{role}” (Gould-Fernandez) en la capa dirigida de confianza</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>normalised betweenness on all ties (0-1)</source>
        <translation>centralidad de intermediación normalizada en todos los vínculos (0-1)</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Restricción</translation>
    </message>
    <message>
        <source>Burt constraint on trust ties (low = free to bridge); – = no trust ties</source>
        <translation>restricción de Burt en los vínculos de confianza (baja = libre para tender puentes); – = sin vínculos de confianza</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Tamaño efectivo</translation>
    </message>
    <message>
        <source>Burt effective size on trust ties; – = no trust ties</source>
        <translation>tamaño efectivo de Burt en los vínculos de confianza; – = sin vínculos de confianza</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Top brokers by betweenness (all ties)</source>
        <translation>Principales intermediarios por intermediación (todos los vínculos)</translation>
    </message>
    <message>
        <source>Gould-Fernandez roles on trust ties, top actors</source>
        <translation>Roles de Gould-Fernandez en los vínculos de confianza, actores principales</translation>
    </message>
    <message>
        <source>Top brokers</source>
        <translation>Principales intermediarios</translation>
    </message>
    <message>
        <source>Roles per actor</source>
        <translation>Roles por actor</translation>
    </message>
    <message>
        <source>Betweenness is estimated from a sample of actors on this large map (approximate).</source>
        <translation>En este mapa tan grande la intermediación se estima a partir de una muestra de actores (aproximada).</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Double-click to add an actor · drag from its rim to draw a tie</source>
        <translation>Doble clic para añadir un actor · arrastre desde su borde para trazar un vínculo</translation>
    </message>
    <message>
        <source>Tie from {source} to {target}</source>
        <translation>Vínculo de {source} a {target}</translation>
    </message>
    <message>
        <source>Nudge {name}</source>
        <translation>Desplazar «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n actor(s)</source>
        <translation>
            <numerusform>Desplazar %n actor</numerusform>
            <numerusform>Desplazar %n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Actor nuevo</translation>
    </message>
    <message>
        <source>Add actor: {error}</source>
        <translation>Añadir actor: {error}</translation>
    </message>
    <message>
        <source>Nothing selected to delete</source>
        <translation>No hay nada seleccionado para eliminar</translation>
    </message>
    <message>
        <source>Select one actor to rename</source>
        <translation>Seleccione un solo actor para renombrarlo</translation>
    </message>
    <message>
        <source>Select actors to copy</source>
        <translation>Seleccione los actores que quiera copiar</translation>
    </message>
    <message>
        <source>Copied {actors} and {ties}</source>
        <translation>En el portapapeles: {actors} y {ties}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste: {error}</source>
        <translation>Pegar: {error}</translation>
    </message>
    <message>
        <source>{name} and its ties</source>
        <translation>{name} y sus vínculos</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>&amp;Add actor</source>
        <translation>Añad&amp;ir actor</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view (or double-click empty space)</source>
        <translation>Añade un actor en el centro de la vista (o haga doble clic en un espacio vacío)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected actors (with their ties) and ties</source>
        <translation>Elimina los actores seleccionados (con sus vínculos) y los vínculos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected actors and the ties among them</source>
        <translation>Copia los actores seleccionados y los vínculos entre ellos</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste copied actors</source>
        <translation>Pega los actores copiados</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Rename actor</source>
        <translation>Ren&amp;ombrar actor</translation>
    </message>
    <message>
        <source>Edit the selected actor&apos;s name in place</source>
        <translation>Edita el nombre del actor seleccionado sobre el mapa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ace&amp;rcar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to map</source>
        <translation>Encua&amp;drar el mapa</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Muestra el mapa entero</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>Tamañ&amp;o real</translation>
    </message>
    <message>
        <source>Force &amp;layout</source>
        <translation>&amp;Disposición por fuerzas</translation>
    </message>
    <message>
        <source>Arrange actors by their ties (force-directed); pinned actors stay</source>
        <translation>Ordena los actores según sus vínculos (algoritmo de fuerzas); los actores fijados no se mueven</translation>
    </message>
    <message>
        <source>Layout by &amp;faction</source>
        <translation>Disposición por &amp;facción</translation>
    </message>
    <message>
        <source>Place factions on a circle with their members clustered; pinned actors stay</source>
        <translation>Coloca las facciones en un círculo con sus miembros agrupados; los actores fijados no se mueven</translation>
    </message>
    <message>
        <source>Show le&amp;gend</source>
        <translation>Mostrar le&amp;yenda</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Muestra u oculta la leyenda</translation>
    </message>
    <message>
        <source>Faction &amp;areas</source>
        <translation>Áreas de &amp;facción</translation>
    </message>
    <message>
        <source>Show a soft area behind the members of each faction</source>
        <translation>Muestra un área suave detrás de los miembros de cada facción</translation>
    </message>
    <message>
        <source>Draw &amp;ties</source>
        <translation>Tra&amp;zar vínculos</translation>
    </message>
    <message>
        <source>Tie tool: drag from one actor to another (or Shift+drag, or drag from an actor&apos;s rim)</source>
        <translation>Herramienta de vínculos: arrastre de un actor a otro (o Mayús+arrastrar, o arrastre desde el borde de un actor)</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>the clipboard holds no actors (copy some on a map first)</source>
        <translation>el portapapeles no contiene actores (primero copie algunos en un mapa)</translation>
    </message>
    <message>
        <source>the clipboard is empty</source>
        <translation>el portapapeles está vacío</translation>
    </message>
    <message>
        <source>the clipboard holds no actors</source>
        <translation>el portapapeles no contiene actores</translation>
    </message>
    <message>
        <source>the clipboard content is too large to paste</source>
        <translation>el contenido del portapapeles es demasiado grande para pegarlo</translation>
    </message>
    <message>
        <source>the copied items are invalid: {problem}</source>
        <translation>los elementos copiados no son válidos: {problem}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>this map is a read-only copy opened to compare; edit the map in its own tab</source>
        <translation>este mapa es una copia de solo lectura abierta para comparar; edite el mapa en su propia pestaña</translation>
    </message>
    <message>
        <source>Use File ▸ Compare with… to see how another file of this map differs from it.</source>
        <translation>Use Archivo ▸ Comparar con… para ver en qué se diferencia otro archivo de este mapa.</translation>
    </message>
    <message>
        <source>“{copy}” compared with “{base}”: {differences}</source>
        <translation>“{copy}” comparado con “{base}”: {differences}</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n diferencia</numerusform>
            <numerusform>%n diferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>sin diferencias</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
</context>
<context>
    <name>CompareStrategies</name>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentación F</translation>
    </message>
    <message>
        <source>Hostile ties (actors left)</source>
        <translation>Vínculos hostiles (actores que quedan)</translation>
    </message>
    <message>
        <source>Communities coerced/extorted</source>
        <translation>Comunidades coaccionadas/extorsionadas</translation>
    </message>
    <message>
        <source>Camp splinters (kingpin effect)</source>
        <translation>Fragmentos de bandos (efecto capo)</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Escenarios a comparar</translation>
    </message>
    <message>
        <source>Scenario shown on the map</source>
        <translation>Escenario que se muestra en el mapa</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>yellow highlight: added or changed in the scenario (hover for what changed)</source>
        <translation>resaltado amarillo: añadido o cambiado en el escenario (pase el puntero para ver qué cambió)</translation>
    </message>
    <message>
        <source>faded: removed by the scenario</source>
        <translation>atenuado: retirado por el escenario</translation>
    </message>
    <message>
        <source>outlined areas: agreements around their parties</source>
        <translation>zonas contorneadas: acuerdos alrededor de sus partes</translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation>Estrategias comparadas</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Not compared: {error}</source>
        <translation>Sin comparar: {error}</translation>
    </message>
    <message>
        <source>Compare: {error}</source>
        <translation>Comparar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) compared with the base map.</source>
        <translation>
            <numerusform>%n escenario comparado con el mapa base.</numerusform>
            <numerusform>%n escenarios comparados con el mapa base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts that no longer fit were skipped.</source>
        <translation>Se omitieron las partes que ya no corresponden.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <source>was {old}, now {new}</source>
        <translation>era {old}, ahora {new}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>cambió: {fields}</translation>
    </message>
    <message>
        <source>No scenario chosen</source>
        <translation>Ningún escenario elegido</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Settle the conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <source>Value for {subject}:</source>
        <translation>Valor para {subject}:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nuestra versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Use &amp;ours</source>
        <translation>Usar la &amp;nuestra</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Usar la &amp;suya</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to settle: choose ours, theirs, or type a value.</source>
        <translation>
            <numerusform>%n conflicto de fusión por resolver: elija nuestra versión, la suya o escriba un valor.</numerusform>
            <numerusform>%n conflictos de fusión por resolver: elija nuestra versión, la suya o escriba un valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>No hay conflictos de fusión en este mapa.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Actor maps (*.actormap);;All files (*)</source>
        <translation>Mapas de actores (*.actormap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables: actormap, Kumu, Gephi, edge lists (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF (*.gexf);;Excel, formato de Kumu (*.xlsx);;Tablas CSV: actormap, Kumu, Gephi, listas de aristas (*.csv)</translation>
    </message>
    <message>
        <source>Maps and files to import (*.actormap *.graphml *.gexf *.xlsx *.csv)</source>
        <translation>Mapas y archivos para importar (*.actormap *.graphml *.gexf *.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Actor maps (*.actormap)</source>
        <translation>Mapas de actores (*.actormap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>¿Guardar los cambios en “{name}”?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, sus cambios se perderán.</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Guardar mapa como</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>actormap did not close properly last time.</source>
        <translation>actormap no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <source>Recover the unsaved map? If you choose Discard it is deleted.</source>
        <translation>¿Recuperar el mapa sin guardar? Si elige Descartar, se borra.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Import map</source>
        <translation>Importar mapa</translation>
    </message>
    <message>
        <source>All importable files (*.graphml *.gexf *.xlsx *.csv)</source>
        <translation>Todos los archivos importables (*.graphml *.gexf *.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export map data</source>
        <translation>Exportar los datos del mapa</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF para Gephi (*.gexf);;Excel, formato de Kumu (*.xlsx);;Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>About actormap</source>
        <translation>Acerca de actormap</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another window or program since you opened or saved it.</source>
        <translation>Otra ventana u otro programa cambió “{name}” en el disco desde que usted lo abrió o lo guardó.</translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes. Reload it (your unsaved changes here are lost), save your version under another name, or overwrite?</source>
        <translation>Si guarda ahora, sobrescribirá esos cambios. ¿Volver a cargarlo (se pierden sus cambios sin guardar aquí), guardar su versión con otro nombre o sobrescribir?</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Volver a cargar desde el disco</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Export redacted copy</source>
        <translation>Exportar copia anonimizada</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <source>removed: {name}</source>
        <translation>retirado: {name}</translation>
    </message>
    <message>
        <source>removed tie ({kind})</source>
        <translation>vínculo retirado ({kind})</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <source>Scenario: </source>
        <translation>Escenario: </translation>
    </message>
    <message>
        <source>Perspective: </source>
        <translation>Perspectiva: </translation>
    </message>
    <message>
        <source>Compare: </source>
        <translation>Comparación: </translation>
    </message>
    <message>
        <source>Open maps</source>
        <translation>Mapas abiertos</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>todavía sin guardar</translation>
    </message>
</context>
<context>
    <name>Emphasis</name>
    <message>
        <source>a filter: what it leaves out is hidden</source>
        <translation>un filtro: lo que deja fuera está oculto</translation>
    </message>
    <message>
        <source>a filter: what it leaves out is faded</source>
        <translation>un filtro: lo que deja fuera está atenuado</translation>
    </message>
    <message>
        <source>some actors and ties faded</source>
        <translation>algunos actores y vínculos atenuados</translation>
    </message>
    <message>
        <source>{notice}; {more}</source>
        <translation>{notice}; {more}</translation>
    </message>
    <message>
        <source>the highlighted actors and ties at full strength, the rest hidden</source>
        <translation>los actores y vínculos resaltados, con toda su intensidad; el resto, oculto</translation>
    </message>
    <message>
        <source>the highlighted actors and ties at full strength, the rest faded</source>
        <translation>los actores y vínculos resaltados, con toda su intensidad; el resto, atenuado</translation>
    </message>
    <message>
        <source>{what} at full strength, the rest hidden</source>
        <translation>{what}, con toda su intensidad; el resto, oculto</translation>
    </message>
    <message>
        <source>{what} at full strength, the rest faded</source>
        <translation>{what}, con toda su intensidad; el resto, atenuado</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir hecho</translation>
    </message>
    <message>
        <source>A new event at the date the time slider shows (else the map&apos;s as-of date)</source>
        <translation>Un hecho nuevo en la fecha que muestra el control de tiempo (si no, en la fecha de referencia del mapa)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Move the time slider to the event&apos;s date and light what it concerns</source>
        <translation>Lleva el control de tiempo a la fecha del hecho y resalta lo que involucra</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>none (a day); YYYY-MM-DD, exclusive</source>
        <translation>ninguna (un día); AAAA-MM-DD, excluida</translation>
    </message>
    <message>
        <source>For events that last: the first day after it (exclusive)</source>
        <translation>Para hechos que duran: el primer día después (excluido)</translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation>una fuente por línea</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Involucra</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
    <message>
        <source>Edit event &apos;{name}&apos;: {fields}</source>
        <translation>Editar el hecho «{name}»: {fields}</translation>
    </message>
    <message>
        <source>An event needs a date (YYYY-MM-DD).</source>
        <translation>Un hecho necesita una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Hecho nuevo</translation>
    </message>
    <message>
        <source>Add event &apos;{name}&apos;</source>
        <translation>Añadir el hecho «{name}»</translation>
    </message>
    <message>
        <source>Delete event &apos;{name}&apos;</source>
        <translation>Eliminar el hecho «{name}»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Actor map</source>
        <translation>Mapa de actores</translation>
    </message>
    <message>
        <source>the page width must be between 20 and 2000 mm, not {width}</source>
        <translation>el ancho de página debe estar entre 20 y 2000 mm, no {width}</translation>
    </message>
    <message>
        <source>the PNG resolution must be between {low} and {high} DPI, not {dpi}</source>
        <translation>la resolución del PNG debe estar entre {low} y {high} ppp, no {dpi}</translation>
    </message>
    <message>
        <source>the image would have {width} x {height} pixels; choose a smaller width or DPI</source>
        <translation>la imagen tendría {width} x {height} píxeles; elija un ancho o una resolución menores</translation>
    </message>
    <message>
        <source>not enough memory for an image that large</source>
        <translation>no hay memoria suficiente para una imagen tan grande</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>no se pudo codificar el PNG</translation>
    </message>
    <message>
        <source>cannot export to {file}: use a .png, .svg or .pdf file name</source>
        <translation>no se puede exportar a {file}: use un nombre de archivo .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>cannot write {file}: it is a folder</source>
        <translation>no se puede escribir {file}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>no se puede escribir {file}: {problem}</translation>
    </message>
    <message>
        <source>Actor map report</source>
        <translation>Informe del mapa de actores</translation>
    </message>
    <message>
        <source>saved view “{name}”</source>
        <translation>la vista guardada «{name}»</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message>
        <source>Viewpoint: {viewpoint}</source>
        <translation>Perspectiva: {viewpoint}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <source>View: {view}</source>
        <translation>Vista: {view}</translation>
    </message>
    <message>
        <source>Shown: {notice}.</source>
        <translation>Se muestra: {notice}.</translation>
    </message>
    <message>
        <source>Names shortened or numbered on the map</source>
        <translation>Nombres abreviados o numerados en el mapa</translation>
    </message>
    <message>
        <source>(no room for a label) — {name}</source>
        <translation>(sin espacio para la etiqueta) — {name}</translation>
    </message>
    <message>
        <source>made with actormap</source>
        <translation>hecho con actormap</translation>
    </message>
</context>
<context>
    <name>FadeNotice</name>
    <message>
        <source>{notice}. Esc or a click on empty canvas shows everything.</source>
        <translation>{notice}. Esc o un clic en un espacio vacío del lienzo muestra todo.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>fecha del hecho</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>fecha de referencia</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>The {what} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2012-03-08) or leave it empty for none.</source>
        <translation>«{text}» no sirve como {what}: escriba la fecha como AAAA-MM-DD (p. ej. 2012-03-08) o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Legitimacy &apos;{text}&apos; is not a number; give a value from 0 to 1 (e.g. 0.6) or leave it empty for “not assessed”.</source>
        <translation>La legitimidad «{text}» no es un número; indique un valor de 0 a 1 (p. ej. 0.6) o deje el campo vacío para “no evaluada”.</translation>
    </message>
    <message>
        <source>Legitimacy must be between 0 and 1 (got {value}); leave it empty for “not assessed”.</source>
        <translation>La legitimidad debe estar entre 0 y 1 (se recibió {value}); deje el campo vacío para “no evaluada”.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluada</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>{name} is open already</source>
        <translation>{name} ya está abierto</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name}: {counts} (encrypted)</source>
        <translation>Se abrió {name}: {counts} (cifrado)</translation>
    </message>
    <message>
        <source>Opened {name}: {counts}</source>
        <translation>Se abrió {name}: {counts}</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>{file} changed on disk: choose another name to keep both versions.</source>
        <translation>{file} cambió en el disco: elija otro nombre para conservar las dos versiones.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>{file} is open in another tab; close it first or choose another name.</source>
        <translation>{file} está abierto en otra pestaña; ciérrelo primero o elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {problem}.

The file on disk was not changed and your map is still open; try Save As to choose another place.</source>
        <translation>No se puede guardar {file}: {problem}.

El archivo en el disco no cambió y su mapa sigue abierto; pruebe Guardar como para elegir otro lugar.</translation>
    </message>
    <message>
        <source>Saved {name} (encrypted)</source>
        <translation>Se guardó {name} (cifrado)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation>No se puede volver a cargar el mapa</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk</source>
        <translation>Se volvió a cargar {name} desde el disco</translation>
    </message>
    <message>
        <source>{name}: new passphrase set; save to write it so.</source>
        <translation>{name}: contraseña nueva definida; guarde para que se escriba así.</translation>
    </message>
    <message>
        <source>{name}: encrypted; save to write it so.</source>
        <translation>{name}: cifrado; guarde para que se escriba así.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <source>Save “{name}” without encryption from now on? Anyone who gets the file can then read it.</source>
        <translation>¿Guardar “{name}” sin cifrar de ahora en adelante? Cualquiera que obtenga el archivo podrá leerlo.</translation>
    </message>
    <message>
        <source>{name} will be saved without encryption.</source>
        <translation>{name} se guardará sin cifrar.</translation>
    </message>
    <message>
        <source>Imported {name}; save it as a map file to keep it.</source>
        <translation>Se importó {name}; guárdelo como archivo de mapa para conservarlo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Se exportó {files}</translation>
    </message>
    <message>
        <source>; the format cannot hold {what}</source>
        <translation>; el formato no puede guardar {what}</translation>
    </message>
    <message>
        <source>(not encrypted)</source>
        <translation>(sin cifrar)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(ningún archivo reciente)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Fade the rest</source>
        <translation>Atenuar el resto</translation>
    </message>
    <message>
        <source>Hide the rest</source>
        <translation>Ocultar el resto</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation>Tipos de actor</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Facciones</translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation>Tipos de vínculo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Highlight neighbourhood</source>
        <translation>Resaltar el entorno</translation>
    </message>
    <message>
        <source>Show the selected actor, its ties and its neighbours; fade the rest</source>
        <translation>Muestra el actor seleccionado, sus vínculos y sus vecinos; atenúa el resto</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Quitar el resaltado</translation>
    </message>
    <message>
        <source>(no faction)</source>
        <translation>(sin facción)</translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Pairs cut off</source>
        <translation>Pares desconectados</translation>
    </message>
    <message>
        <source>pairs of actors who could reach each other and no longer can</source>
        <translation>pares de actores que podían alcanzarse y ya no pueden</translation>
    </message>
    <message>
        <source>Own camp cut off</source>
        <translation>Desconexión en su bando</translation>
    </message>
    <message>
        <source>inside its own camp, on trust ties: does its organisation split?</source>
        <translation>dentro de su propio bando, en los vínculos de confianza: ¿se divide su organización?</translation>
    </message>
    <message>
        <source>F after removal</source>
        <translation>F tras el retiro</translation>
    </message>
    <message>
        <source>share of the remaining pairs that cannot reach each other (0-1)</source>
        <translation>proporción de los pares restantes que no pueden alcanzarse (0-1)</translation>
    </message>
    <message>
        <source>Splinters</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>groups left apart when the actor is removed</source>
        <translation>grupos que quedan separados al retirar al actor</translation>
    </message>
    <message>
        <source>Select an actor to see the splinters its removal would leave.</source>
        <translation>Seleccione un actor para ver los fragmentos que dejaría su retiro.</translation>
    </message>
    <message>
        <source>how many actors to remove together</source>
        <translation>cuántos actores retirar a la vez</translation>
    </message>
    <message>
        <source>Find key players</source>
        <translation>Buscar actores clave</translation>
    </message>
    <message>
        <source>the K actors whose joint removal breaks the map apart most (KPP-Neg)</source>
        <translation>los K actores cuyo retiro conjunto más fragmenta el mapa (KPP-Neg)</translation>
    </message>
    <message>
        <source>Key players: not computed. Choose K and press Find.</source>
        <translation>Actores clave: sin calcular. Elija K y pulse Buscar.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) would cut the map apart if removed;</source>
        <translation>
            <numerusform>%n actor partiría el mapa si se lo retirara;</numerusform>
            <numerusform>%n actores partirían el mapa si se los retirara;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would split their own camp. Most at risk first.</source>
        <translation>
            <numerusform>%n dividiría su propio bando. Primero, los de mayor riesgo.</numerusform>
            <numerusform>%n dividirían su propio bando. Primero, los de mayor riesgo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an actor to see the groups its removal leaves apart.</source>
        <translation>Seleccione un actor para ver los grupos que su retiro deja separados.</translation>
    </message>
    <message>
        <source>exact: every set checked</source>
        <translation>exacto: se revisaron todos los conjuntos</translation>
    </message>
    <message>
        <source>best found by greedy swaps and a tabu search, not proven optimal</source>
        <translation>el mejor encontrado por intercambios voraces y una búsqueda tabú, sin prueba de que sea óptimo</translation>
    </message>
    <message>
        <source>Key players (K = {k}): {names} — removing them together leaves F = {F} ({how}).</source>
        <translation>Actores clave (K = {k}): {names}; retirarlos a la vez deja F = {F} ({how}).</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the %n key player(s) in the background…</source>
        <translation>
            <numerusform>Buscando %n actor clave en segundo plano…</numerusform>
            <numerusform>Buscando los %n actores clave en segundo plano…</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties — the camp splinters.</source>
        <translation>Dentro de su propio bando ({camp}), {pairs} pares quedarían desconectados en los vínculos de confianza: el bando se fragmenta.</translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties.</source>
        <translation>Dentro de su propio bando ({camp}), {pairs} pares quedarían desconectados en los vínculos de confianza.</translation>
    </message>
    <message>
        <source>Removing {name} leaves no group apart.</source>
        <translation>Retirar a {name} no deja ningún grupo separado.</translation>
    </message>
    <message numerus="yes">
        <source>Removing {name} cuts {pairs} pairs and leaves %n group(s) apart (select one to see it on the map).</source>
        <translation>
            <numerusform>Retirar a {name} desconecta {pairs} pares y deja %n grupo separado (seleccione uno para verlo en el mapa).</numerusform>
            <numerusform>Retirar a {name} desconecta {pairs} pares y deja %n grupos separados (seleccione uno para verlo en el mapa).</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {number}: {actors} — {names}</source>
        <translation>Grupo {number}: {actors} — {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>(first {count} shown)</source>
        <translation>(se muestran los primeros {count})</translation>
    </message>
    <message>
        <source>Own camp fragment {number}: {names}</source>
        <translation>Fragmento de su bando {number}: {names}</translation>
    </message>
</context>
<context>
    <name>Heat</name>
    <message>
        <source>Notation (kind colours)</source>
        <translation>Notación (colores por tipo)</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Brokerage roles (total)</source>
        <translation>Roles de intermediación (total)</translation>
    </message>
    <message>
        <source>Constraint (boxed in)</source>
        <translation>Restricción (encerrado)</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Tamaño efectivo</translation>
    </message>
    <message>
        <source>Pairs cut off if removed</source>
        <translation>Pares desconectados si se retira</translation>
    </message>
    <message>
        <source>Mediator score</source>
        <translation>Puntuación de mediador</translation>
    </message>
    <message>
        <source>Shade the actors on the map by a measure (darker = higher), or show the usual conflict-mapping colours</source>
        <translation>Sombrea los actores del mapa según una medida (más oscuro = más alto) o muestra los colores habituales del mapeo de conflictos</translation>
    </message>
    <message>
        <source>Colour the map by:</source>
        <translation>Colorear el mapa por:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide pages</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>Move the selected actors</source>
        <translation>Mover los actores seleccionados</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: larger steps)</source>
        <translation>Flechas (Mayús: pasos más largos)</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Desplazar la vista</translation>
    </message>
    <message>
        <source>Space + drag, or middle-drag</source>
        <translation>Espacio + arrastrar, o arrastrar con el botón central</translation>
    </message>
    <message>
        <source>Clear the selection or a highlight</source>
        <translation>Quitar la selección o un resaltado</translation>
    </message>
    <message>
        <source>Next / previous saved view</source>
        <translation>Vista guardada siguiente / anterior</translation>
    </message>
    <message>
        <source>→ / ←, Page Down / Page Up, Space / Backspace</source>
        <translation>→ / ←, Av Pág / Re Pág, Espacio / Retroceso</translation>
    </message>
    <message>
        <source>In presentation mode</source>
        <translation>En el modo presentación</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Open the user guide at the page of the panel you are in (offline)</source>
        <translation>Abre la guía de uso en la página del panel en el que está (sin conexión)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lista todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Map the kinds of this file</source>
        <translation>Asignar los tipos de este archivo</translation>
    </message>
    <message>
        <source>This file uses kinds actormap does not know. Choose how to read each one; a tie kind says whether the tie is trust, conflict, coercion, …, so none is guessed.</source>
        <translation>Este archivo usa tipos que actormap no conoce. Elija cómo leer cada uno; el tipo de un vínculo dice si es de confianza, de conflicto, de coerción…, así que no se adivina ninguno.</translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation>Tipos de vínculo</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no kind (%n tie(s))</source>
        <translation>
            <numerusform>sin tipo (%n vínculo)</numerusform>
            <numerusform>sin tipo (%n vínculos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation>Tipos de actor</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select an actor or a tie to see and edit it here.</source>
        <translation>Seleccione un actor o un vínculo para verlo y editarlo aquí.</translation>
    </message>
    <message>
        <source>no faction</source>
        <translation>sin facción</translation>
    </message>
    <message>
        <source>1 (weak) to 5 (dominant); drawn as circle size</source>
        <translation>1 (débil) a 5 (dominante); se dibuja como el tamaño del círculo</translation>
    </message>
    <message>
        <source>0 to 1 (e.g. 0.6), or empty for “not assessed”</source>
        <translation>0 a 1 (p. ej. 0.6), o vacío para “no evaluada”</translation>
    </message>
    <message>
        <source>External party</source>
        <translation>Actor externo</translation>
    </message>
    <message>
        <source>An outside party, drawn as a shadow circle</source>
        <translation>Un actor de fuera, dibujado como un círculo con sombra</translation>
    </message>
    <message>
        <source>This is us</source>
        <translation>Somos nosotros</translation>
    </message>
    <message>
        <source>The mapping organisation itself (its own position on the map)</source>
        <translation>La propia organización que hace el mapa (su propia posición en él)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Automatic layouts leave a pinned actor in place</source>
        <translation>Las disposiciones automáticas dejan en su sitio a un actor fijado</translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation>ninguna (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>First day on the map (inclusive); empty: since always</source>
        <translation>Primer día en el mapa (incluido); vacío: desde siempre</translation>
    </message>
    <message>
        <source>First day no longer on the map (exclusive): e.g. the day a leader was killed</source>
        <translation>Primer día en que ya no está en el mapa (excluido): p. ej. el día en que mataron a un líder</translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation>una fuente por línea</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Faction</source>
        <translation>&amp;Facción</translation>
    </message>
    <message>
        <source>&amp;Power</source>
        <translation>&amp;Poder</translation>
    </message>
    <message>
        <source>&amp;Legitimacy</source>
        <translation>&amp;Legitimidad</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>On the &amp;map from</source>
        <translation>En el &amp;mapa desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Labels by source</source>
        <translation>Etiquetas por fuente</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Labels given by different sources, e.g. “terrorist group” per agency X</source>
        <translation>Etiquetas que dan distintas fuentes, p. ej. “grupo terrorista” según la agencia X</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>⇄ Reverse direction</source>
        <translation>⇄ Invertir la dirección</translation>
    </message>
    <message>
        <source>Swap From and To (for directed kinds: who protects, extracts or coerces whom)</source>
        <translation>Intercambia De y A (en los tipos dirigidos: quién protege, extrae o coacciona a quién)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>St&amp;rength</source>
        <translation>I&amp;ntensidad</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Certeza</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Selected: {actors} and {ties}.</source>
        <translation>Seleccionados: {actors} y {ties}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single actor or tie to edit it.</source>
        <translation>Seleccione un solo actor o vínculo para editarlo.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>{field} holds {character} at position {position}</source>
        <translation>{field} contiene {character} en la posición {position}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Invisible characters: {list}.</source>
        <translation>Caracteres invisibles: {list}.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
    <message>
        <source>Each label needs both a source and a label (e.g. “US Treasury” — “transnational criminal organisation”).</source>
        <translation>Cada etiqueta necesita una fuente y una etiqueta (p. ej. “Tesoro de EE. UU.” — “organización criminal transnacional”).</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
</context>
<context>
    <name>LabelLens</name>
    <message>
        <source>labels per actor
all sources</source>
        <translation>etiquetas por actor
todas las fuentes</translation>
    </message>
    <message>
        <source>label given by
{source}
§ = legal designation</source>
        <translation>etiqueta que da
{source}
§ = designación legal</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivadas</translation>
    </message>
    <message>
        <source>&amp;All sources (count)</source>
        <translation>&amp;Todas las fuentes (cantidad)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Labels as seen by</source>
        <translation>&amp;Etiquetas según</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Compare &amp;perspectives…</source>
        <translation>Comparar &amp;perspectivas…</translation>
    </message>
    <message>
        <source>Where the map as seen by each party disagrees with the shared map, tie by tie</source>
        <translation>Dónde el mapa según cada parte difiere del mapa común, vínculo por vínculo</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Export the labels</source>
        <translation>Exportar las etiquetas</translation>
    </message>
    <message>
        <source>Labels table, CSV (*.csv);;Labels workbook, Excel (*.xlsx)</source>
        <translation>Tabla de etiquetas, CSV (*.csv);;Libro de etiquetas, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Labels: actors by sources</source>
        <translation>Etiquetas: actores por fuentes</translation>
    </message>
    <message>
        <source>New source (e.g. UN Security Council)</source>
        <translation>Fuente nueva (p. ej. Consejo de Seguridad de la ONU)</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>§ Legal designation</source>
        <translation>§ Designación legal</translation>
    </message>
    <message>
        <source>The label is a legal designation: a terrorist listing, sanctions, a criminal-organisation designation (engaging the actor may be a crime there)</source>
        <translation>La etiqueta es una designación legal: un listado como terrorista, sanciones, una designación como organización criminal (tratar con el actor puede ser delito allí)</translation>
    </message>
    <message>
        <source>Mark label as designation</source>
        <translation>Marcar la etiqueta como designación</translation>
    </message>
    <message>
        <source>Unmark designation</source>
        <translation>Quitar la marca de designación</translation>
    </message>
    <message>
        <source>where it has force, e.g. United States</source>
        <translation>dónde rige, p. ej. Estados Unidos</translation>
    </message>
    <message>
        <source>Set label jurisdiction</source>
        <translation>Definir la jurisdicción de la etiqueta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>First day the label held (empty: always)</source>
        <translation>Primer día en que regía la etiqueta (vacío: siempre)</translation>
    </message>
    <message>
        <source>First day the label no longer held (empty: still holds)</source>
        <translation>Primer día en que la etiqueta ya no regía (vacío: todavía rige)</translation>
    </message>
    <message>
        <source>label contains… (empty: any)</source>
        <translation>la etiqueta contiene… (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Light the actors this column&apos;s source labels (with this text) on the map; fade the rest</source>
        <translation>Resalta en el mapa los actores que etiqueta la fuente de esta columna (con este texto); atenúa el resto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the labels table (one row per label) as CSV, or an Excel workbook with the matrix</source>
        <translation>Escribe la tabla de etiquetas (una fila por etiqueta) en CSV, o un libro de Excel con la matriz</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>jurisdiction not given</source>
        <translation>jurisdicción sin indicar</translation>
    </message>
    <message>
        <source>A legal designation in force: {list}</source>
        <translation>Una designación legal vigente: {list}</translation>
    </message>
    <message>
        <source>Choose a cell: an actor and a source.</source>
        <translation>Elija una celda: un actor y una fuente.</translation>
    </message>
    <message>
        <source>{source} gives {actor} no label on the map&apos;s date; type one into the cell.</source>
        <translation>{source} no le da ninguna etiqueta a {actor} en la fecha del mapa; escriba una en la celda.</translation>
    </message>
    <message>
        <source>{source} calls {actor} “{label}”</source>
        <translation>{source} llama a {actor} “{label}”</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Label {actor} as seen by {source}</source>
        <translation>Etiquetar a {actor} según {source}</translation>
    </message>
    <message>
        <source>Set label start date</source>
        <translation>Definir la fecha de inicio de la etiqueta</translation>
    </message>
    <message>
        <source>Set label end date</source>
        <translation>Definir la fecha de fin de la etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled by {source}</source>
        <translation>
            <numerusform>%n actor etiquetado por {source}</numerusform>
            <numerusform>%n actores etiquetados por {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled</source>
        <translation>
            <numerusform>%n actor etiquetado</numerusform>
            <numerusform>%n actores etiquetados</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}-labels.csv</source>
        <translation>{name}-etiquetas.csv</translation>
    </message>
    <message>
        <source>Labels not exported: {error}</source>
        <translation>Etiquetas sin exportar: {error}</translation>
    </message>
    <message>
        <source>Exported the labels to {file}</source>
        <translation>Se exportaron las etiquetas a {file}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The language of the interface (from the next start), of the user guide and of reports</source>
        <translation>El idioma de la interfaz (a partir del próximo inicio), de la guía de uso y de los informes</translation>
    </message>
    <message>
        <source>Language: {language}. The user guide and reports use it now; the menus and panels change when actormap starts again.</source>
        <translation>Idioma: {language}. La guía de uso y los informes ya lo usan; los menús y paneles cambian cuando actormap se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>Layout by faction</source>
        <translation>Disposición por facción</translation>
    </message>
    <message>
        <source>Force layout</source>
        <translation>Disposición por fuerzas</translation>
    </message>
    <message>
        <source>{layout}: nothing to move (all actors pinned?)</source>
        <translation>{layout}: nada que mover (¿están fijados todos los actores?)</translation>
    </message>
    <message>
        <source>{layout} failed: {error}</source>
        <translation>{layout} falló: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{layout}: computing for %n actor(s)…</source>
        <translation>
            <numerusform>{layout}: calculando para %n actor…</numerusform>
            <numerusform>{layout}: calculando para %n actores…</numerusform>
        </translation>
    </message>
    <message>
        <source>{layout}: the map changed while computing; run it again</source>
        <translation>{layout}: el mapa cambió durante el cálculo; vuelva a ejecutarla</translation>
    </message>
    <message>
        <source>{layout}: done</source>
        <translation>{layout}: lista</translation>
    </message>
    <message>
        <source>{layout}: a layout is already being computed</source>
        <translation>{layout}: ya se está calculando una disposición</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>trust (close relationship)</source>
        <translation>confianza (relación cercana)</translation>
    </message>
    <message>
        <source>symbiotic (mutual benefit)</source>
        <translation>simbiótico (beneficio mutuo)</translation>
    </message>
    <message>
        <source>protective (A shields B)</source>
        <translation>protección (A protege a B)</translation>
    </message>
    <message>
        <source>parasitic (A extracts from B)</source>
        <translation>parasitario (A extrae de B)</translation>
    </message>
    <message>
        <source>coercive (A forces B)</source>
        <translation>coercitivo (A obliga a B)</translation>
    </message>
    <message>
        <source>conflict (mutual hostility)</source>
        <translation>conflicto (hostilidad mutua)</translation>
    </message>
    <message>
        <source>dialogue (open channel)</source>
        <translation>diálogo (canal abierto)</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Actors (colour + mark)</source>
        <translation>Actores (color + signo)</translation>
    </message>
    <message>
        <source>colour and size =</source>
        <translation>color y tamaño =</translation>
    </message>
    <message>
        <source>no value for this actor</source>
        <translation>sin valor para este actor</translation>
    </message>
    <message>
        <source>size = power (1 – 5)</source>
        <translation>tamaño = poder (1 – 5)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>faction</source>
        <translation>facción</translation>
    </message>
    <message>
        <source>label: name, faction</source>
        <translation>etiqueta: nombre, facción</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>external actor (shadow)</source>
        <translation>actor externo (sombra)</translation>
    </message>
    <message>
        <source>{tag}: our own position</source>
        <translation>{tag}: nuestra propia posición</translation>
    </message>
    <message>
        <source>pinned (layouts keep it)</source>
        <translation>fijado (las disposiciones no lo mueven)</translation>
    </message>
    <message>
        <source>Ties (A → B)</source>
        <translation>Vínculos (A → B)</translation>
    </message>
    <message>
        <source>width = strength (1 – 3)</source>
        <translation>grosor = intensidad (1 – 3)</translation>
    </message>
    <message>
        <source>faded with ?: rumoured</source>
        <translation>atenuado y con «?»: rumor</translation>
    </message>
    <message>
        <source>Agreements (around parties)</source>
        <translation>Acuerdos (alrededor de las partes)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New map</source>
        <translation>&amp;Nuevo mapa</translation>
    </message>
    <message>
        <source>Start an empty map</source>
        <translation>Empieza un mapa vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Abre un archivo de mapa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Guarda el mapa</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Guarda el mapa con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Import GraphML, GEXF, Excel or CSV…</source>
        <translation>&amp;Importar GraphML, GEXF, Excel o CSV…</translation>
    </message>
    <message>
        <source>Read a map from another tool (Gephi, yEd, SocNetV, Kumu, a spreadsheet)</source>
        <translation>Lee un mapa de otra herramienta (Gephi, yEd, SocNetV, Kumu, una hoja de cálculo)</translation>
    </message>
    <message>
        <source>Export as GraphML, GEXF, Excel or CSV…</source>
        <translation>Exportar como GraphML, GEXF, Excel o CSV…</translation>
    </message>
    <message>
        <source>Write the map for another tool</source>
        <translation>Escribe el mapa para otra herramienta</translation>
    </message>
    <message>
        <source>&amp;Close map</source>
        <translation>&amp;Cerrar mapa</translation>
    </message>
    <message>
        <source>Close this map (asks to save changes)</source>
        <translation>Cierra este mapa (pregunta si guardar los cambios)</translation>
    </message>
    <message>
        <source>Next open map</source>
        <translation>Mapa abierto siguiente</translation>
    </message>
    <message>
        <source>Show the next open map</source>
        <translation>Muestra el mapa abierto siguiente</translation>
    </message>
    <message>
        <source>Previous open map</source>
        <translation>Mapa abierto anterior</translation>
    </message>
    <message>
        <source>Show the previous open map</source>
        <translation>Muestra el mapa abierto anterior</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit actormap</source>
        <translation>Cierra actormap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>Añadir &amp;vínculo…</translation>
    </message>
    <message>
        <source>Tie two chosen actors with a kind (keyboard)</source>
        <translation>Vincula a dos actores elegidos con un tipo (con el teclado)</translation>
    </message>
    <message>
        <source>&amp;Find actor…</source>
        <translation>&amp;Buscar actor…</translation>
    </message>
    <message>
        <source>Find an actor by name</source>
        <translation>Busca un actor por su nombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About actormap</source>
        <translation>Acerca &amp;de actormap</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Find actor…</source>
        <translation>Buscar actor…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Añadir actor</translation>
    </message>
    <message>
        <source>&lt;map opened&gt;</source>
        <translation>&lt;mapa abierto&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Map properties</source>
        <translation>Propiedades del mapa</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one actor to highlight its neighbourhood.</source>
        <translation>Seleccione un actor para resaltar su entorno.</translation>
    </message>
    <message>
        <source>A tie needs two actors: add actors first.</source>
        <translation>Un vínculo necesita dos actores: primero añada actores.</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>No se añadió: {error}</translation>
    </message>
    <message>
        <source>No actor matches “{text}”.</source>
        <translation>Ningún actor coincide con “{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) found.</source>
        <translation>
            <numerusform>Se encontró %n actor.</numerusform>
            <numerusform>Se encontraron %n actores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the unsaved map; save it to keep it.</source>
        <translation>Se recuperó el mapa sin guardar; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Map the actors of violent and fragile settings and the ties between them. Works offline; makes no network connection.</source>
        <translation>Mapee a los actores de contextos violentos y frágiles y los vínculos entre ellos. Funciona sin conexión; nunca abre una conexión de red.</translation>
    </message>
</context>
<context>
    <name>MapProperties</name>
    <message>
        <source>mapped from the perspective of …</source>
        <translation>mapeado desde la perspectiva de …</translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation>ninguna (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>nombres separados por ;</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Viewpoint</source>
        <translation>&amp;Perspectiva</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Fecha de referencia</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utores</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>&amp;Clasificación</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
    <message>
        <source>Edit map {fields}</source>
        <translation>Editar mapa: {fields}</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>what is not on the map at the date shown is hidden</source>
        <translation>lo que no está en el mapa en la fecha mostrada está oculto</translation>
    </message>
    <message>
        <source>what is not on the map at the date shown is faded</source>
        <translation>lo que no está en el mapa en la fecha mostrada está atenuado</translation>
    </message>
</context>
<context>
    <name>Mediators</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>weighted mean of the parts (0-1)</source>
        <translation>media ponderada de las partes (0-1)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>each part as a bar; hover for the values</source>
        <translation>cada parte como una barra; pase el puntero para ver los valores</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Select a candidate to see why it is on the list.</source>
        <translation>Seleccione un candidato para ver por qué está en la lista.</translation>
    </message>
    <message>
        <source>No analysis of this map yet.</source>
        <translation>Este mapa aún no se ha analizado.</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>Pesos predeterminados</translation>
    </message>
    <message>
        <source>Designations: say so in the reasons</source>
        <translation>Designaciones: decirlo en las razones</translation>
    </message>
    <message>
        <source>Designations: weigh them (part &apos;Not designated&apos;)</source>
        <translation>Designaciones: ponderarlas (parte «Sin designación»)</translation>
    </message>
    <message>
        <source>Designations: leave designated actors out</source>
        <translation>Designaciones: dejar fuera a los actores designados</translation>
    </message>
    <message>
        <source>What a legal designation in force (terrorist listing, sanctions, a criminal-organisation designation) does to a candidacy; re-runs the analysis</source>
        <translation>Qué hace una designación legal vigente (listado como terrorista, sanciones, designación como organización criminal) con una candidatura; vuelve a ejecutar el análisis</translation>
    </message>
    <message>
        <source>Legal designations</source>
        <translation>Designaciones legales</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Por qué queda fuera</translation>
    </message>
    <message>
        <source>Left out (gates)</source>
        <translation>Fuera (filtros)</translation>
    </message>
    <message>
        <source>Why this candidate</source>
        <translation>Por qué este candidato</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <source>not assessed (counted as {value})</source>
        <translation>sin evaluar (cuenta como {value})</translation>
    </message>
    <message>
        <source>Left out by the gates: they may be powerful or central, but they are not trusted across camps (or are outsiders).</source>
        <translation>Quedan fuera por los filtros: pueden ser poderosos o centrales, pero no gozan de confianza entre bandos (o son externos).</translation>
    </message>
    <message>
        <source>No actor was left out by the gates.</source>
        <translation>Los filtros no dejaron fuera a ningún actor.</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Fuera ({count})</translation>
    </message>
    <message>
        <source>Moving a slider re-ranks the list at once; hover a name for what it measures.</source>
        <translation>Al mover un control deslizante la lista se reordena al instante; pase el puntero sobre un nombre para ver qué mide.</translation>
    </message>
    <message>
        <source>{name} and the camps it bridges by trust</source>
        <translation>{name} y los bandos a los que tiende puentes de confianza</translation>
    </message>
    <message>
        <source>× weight {value}</source>
        <translation>× peso {value}</translation>
    </message>
    <message>
        <source>Bridges by trust to: {camps} ({ties}; choose the row to light them on the map).</source>
        <translation>Tiende puentes de confianza hacia: {camps} ({ties}; elija la fila para resaltarlos en el mapa).</translation>
    </message>
    <message numerus="yes">
        <source>%n trust tie(s)</source>
        <translation>
            <numerusform>%n vínculo de confianza</numerusform>
            <numerusform>%n vínculos de confianza</numerusform>
        </translation>
    </message>
    <message>
        <source>no camp</source>
        <translation>sin bando</translation>
    </message>
    <message>
        <source>score {value}</source>
        <translation>puntuación {value}</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Partes:</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>SELF</source>
        <translation>NOSOTROS</translation>
    </message>
</context>
<context>
    <name>OpenSample</name>
    <message>
        <source>Opened the sample “{title}” as a new map: save it under a name of your own to keep changes.</source>
        <translation>Se abrió el ejemplo “{title}” como un mapa nuevo: guárdelo con un nombre propio para conservar los cambios.</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>Abrir e&amp;jemplo</translation>
    </message>
    <message>
        <source>Open one of the maps that come with actormap, as a new map</source>
        <translation>Abre como mapa nuevo uno de los mapas que vienen con actormap</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>(no sample maps in this installation)</source>
        <translation>(esta instalación no tiene mapas de ejemplo)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>Encrypt map</source>
        <translation>Cifrar mapa</translation>
    </message>
    <message>
        <source>Encrypted map</source>
        <translation>Mapa cifrado</translation>
    </message>
    <message>
        <source>Choose a passphrase for “{name}”. Without it the map cannot be opened: nobody can recover it for you. A few unrelated words make a good passphrase.</source>
        <translation>Elija una contraseña para “{name}”. Sin ella el mapa no se puede abrir: nadie puede recuperarla por usted. Unas cuantas palabras sin relación entre sí forman una buena contraseña.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its passphrase.</source>
        <translation>“{name}” está cifrado. Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>the two fields differ</source>
        <translation>que los dos campos coincidan</translation>
    </message>
    <message>
        <source>Strength: {label} (about {bits} bits)</source>
        <translation>Solidez: {label} (unos {bits} bits)</translation>
    </message>
    <message>
        <source>needs {problems}</source>
        <translation>necesita {problems}</translation>
    </message>
</context>
<context>
    <name>Perspectives</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Según</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>A new perspective over this map, opened in its own tab</source>
        <translation>Una perspectiva nueva sobre este mapa, abierta en su propia pestaña</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Draw this perspective on the canvas, in its own tab</source>
        <translation>Dibuja esta perspectiva en el lienzo, en su propia pestaña</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this perspective</source>
        <translation>Eliminar esta perspectiva</translation>
    </message>
    <message>
        <source>Change who sees the perspective</source>
        <translation>Cambiar de quién es la perspectiva</translation>
    </message>
    <message>
        <source>Edit perspective description</source>
        <translation>Editar la descripción de la perspectiva</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>This perspective</source>
        <translation>Esta perspectiva</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparada con</translation>
    </message>
    <message>
        <source>Seen &amp;by</source>
        <translation>&amp;Según</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Disagreements &amp;with</source>
        <translation>Desacuerdos &amp;con</translation>
    </message>
    <message>
        <source>— nobody on the map —</source>
        <translation>— nadie del mapa —</translation>
    </message>
    <message>
        <source>the shared map</source>
        <translation>el mapa común</translation>
    </message>
    <message>
        <source>Cannot compare: {error}</source>
        <translation>No se puede comparar: {error}</translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation>Mapa común</translation>
    </message>
    <message>
        <source>no tie</source>
        <translation>sin vínculo</translation>
    </message>
    <message>
        <source>One view draws a positive tie where the other draws a hostile one</source>
        <translation>Una versión dibuja un vínculo positivo donde la otra dibuja uno hostil</translation>
    </message>
    <message>
        <source>No disagreement: both draw every tie alike</source>
        <translation>Sin desacuerdos: ambas dibujan igual cada vínculo</translation>
    </message>
    <message>
        <source>As seen by {name}</source>
        <translation>Según {name}</translation>
    </message>
    <message>
        <source>New perspective</source>
        <translation>Perspectiva nueva</translation>
    </message>
    <message>
        <source>Open perspective</source>
        <translation>Abrir perspectiva</translation>
    </message>
    <message>
        <source>Delete perspective</source>
        <translation>Eliminar perspectiva</translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation>Renombrar perspectiva</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s): press → to step</source>
        <translation>
            <numerusform>%n vista: pulse → para avanzar</numerusform>
            <numerusform>%n vistas: pulse → para avanzar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>{name}-redacted.actormap</source>
        <translation>{name}-anonimizado.actormap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Choose another file: the redacted copy would replace the map.</source>
        <translation>Elija otro archivo: la copia anonimizada reemplazaría al mapa.</translation>
    </message>
    <message>
        <source>Exported a redacted copy to {file} ({counts}).</source>
        <translation>Se exportó una copia anonimizada a {file} ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed; its recovery file is deleted.</source>
        <translation>Cerrado; se borró su archivo de recuperación.</translation>
    </message>
    <message>
        <source>Recent files are remembered.</source>
        <translation>Se recuerdan los archivos recientes.</translation>
    </message>
    <message>
        <source>Recent files and the last folder are forgotten and no longer kept.</source>
        <translation>Se olvidan los archivos recientes y la última carpeta, y ya no se guardan.</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>Ci&amp;frar…</translation>
    </message>
    <message>
        <source>Encrypt this map with a passphrase (saved as an age file)</source>
        <translation>Cifra este mapa con una contraseña (se guarda como archivo age)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted map</source>
        <translation>Elige una contraseña nueva para este mapa cifrado</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <source>Save this map without encryption from now on</source>
        <translation>Guarda este mapa sin cifrar de ahora en adelante</translation>
    </message>
    <message>
        <source>&amp;Redacted copy…</source>
        <translation>Copia &amp;anonimizada…</translation>
    </message>
    <message>
        <source>Write a copy with coded names and no notes or sources, for sharing</source>
        <translation>Escribe una copia con nombres codificados y sin notas ni fuentes, para compartirla</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Borrar archivos recientes</translation>
    </message>
    <message>
        <source>Forget the list of recently used maps</source>
        <translation>Olvida la lista de mapas usados recientemente</translation>
    </message>
    <message>
        <source>Close and &amp;wipe recovery</source>
        <translation>Cerrar y borrar la rec&amp;uperación</translation>
    </message>
    <message>
        <source>Close this map and delete its autosaved recovery file now</source>
        <translation>Cierra este mapa y borra ya su archivo de recuperación guardado automáticamente</translation>
    </message>
    <message>
        <source>&amp;Remember recent files</source>
        <translation>&amp;Recordar archivos recientes</translation>
    </message>
    <message>
        <source>Keep a list of recently used maps and the last folder (off: nothing is kept)</source>
        <translation>Guarda una lista de los mapas usados recientemente y la última carpeta (desactivado: no se guarda nada)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved changes to an encrypted map (its passphrase is needed to recover it), autosaved at {time}.</source>
        <translation>Cambios sin guardar en un mapa cifrado (se necesita su contraseña para recuperarlo), guardados automáticamente a las {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes to the map {file}, autosaved at {time}.</source>
        <translation>Cambios sin guardar en el mapa {file}, guardados automáticamente a las {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes to an unsaved new map, autosaved at {time}.</source>
        <translation>Cambios sin guardar en un mapa nuevo sin guardar, guardados automáticamente a las {time}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Autosave is off: cannot create {folder} ({problem})</source>
        <translation>El guardado automático está desactivado: no se puede crear {folder} ({problem})</translation>
    </message>
    <message>
        <source>Autosave is off: cannot write {file} ({problem})</source>
        <translation>El guardado automático está desactivado: no se puede escribir {file} ({problem})</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Falló el guardado automático: {error}</translation>
    </message>
    <message>
        <source>the recovered map</source>
        <translation>el mapa recuperado</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
</context>
<context>
    <name>Redact</name>
    <message>
        <source>Export redacted copy</source>
        <translation>Exportar copia anonimizada</translation>
    </message>
    <message>
        <source>The copy replaces actor names by codes (kind and number, e.g. “Gang 3”) and removes notes, sources, labels, short names and who-changed-what; ties and kinds stay, so the analysis gives the same numbers. Tick actors whose real names may stay:</source>
        <translation>La copia reemplaza los nombres de los actores por códigos (tipo y número, p. ej. “Pandilla 3”) y quita notas, fuentes, etiquetas, nombres cortos y quién cambió qué; los vínculos y los tipos se mantienen, así que el análisis da los mismos números. Marque los actores cuyo nombre real puede quedar:</translation>
    </message>
    <message>
        <source>Hide actor kinds too (mediator suggestions then differ)</source>
        <translation>Ocultar también los tipos de actor (entonces las sugerencias de mediadores cambian)</translation>
    </message>
    <message>
        <source>Keep only the year of every date</source>
        <translation>Conservar solo el año de cada fecha</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <source>New scenario &apos;{name}&apos;</source>
        <translation>Escenario nuevo «{name}»</translation>
    </message>
    <message>
        <source>New perspective &apos;{name}&apos;</source>
        <translation>Perspectiva nueva «{name}»</translation>
    </message>
    <message>
        <source>Delete scenario &apos;{name}&apos;</source>
        <translation>Eliminar el escenario «{name}»</translation>
    </message>
    <message>
        <source>Delete perspective &apos;{name}&apos;</source>
        <translation>Eliminar la perspectiva «{name}»</translation>
    </message>
    <message>
        <source>Edit scenario {fields}</source>
        <translation>Editar escenario: {fields}</translation>
    </message>
    <message>
        <source>Edit perspective {fields}</source>
        <translation>Editar perspectiva: {fields}</translation>
    </message>
    <message>
        <source>no scenario {id}</source>
        <translation>no existe el escenario {id}</translation>
    </message>
    <message>
        <source>no perspective {id}</source>
        <translation>no existe la perspectiva {id}</translation>
    </message>
    <message>
        <source>a scenario&apos;s changes are edited in its own tab</source>
        <translation>los cambios de un escenario se editan en su propia pestaña</translation>
    </message>
    <message>
        <source>a perspective&apos;s changes are edited in its own tab</source>
        <translation>los cambios de una perspectiva se editan en su propia pestaña</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Reordenar escenarios</translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message numerus="yes">
        <source>%n part(s) of the perspective &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n parte de la perspectiva «{name}» ya no corresponde al mapa y quedó fuera.</numerusform>
            <numerusform>%n partes de la perspectiva «{name}» ya no corresponden al mapa y quedaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the scenario &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n parte del escenario «{name}» ya no corresponde al mapa y quedó fuera.</numerusform>
            <numerusform>%n partes del escenario «{name}» ya no corresponden al mapa y quedaron fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The perspective was deleted; its tab was closed.</source>
        <translation>Se eliminó la perspectiva; se cerró su pestaña.</translation>
    </message>
    <message>
        <source>The scenario was deleted; its tab was closed.</source>
        <translation>Se eliminó el escenario; se cerró su pestaña.</translation>
    </message>
    <message>
        <source>AS SEEN BY {who}: {name} — not the shared map</source>
        <translation>SEGÚN {who}: {name} — no es el mapa común</translation>
    </message>
    <message>
        <source>SCENARIO ({strategy}): {name} — not the base map</source>
        <translation>ESCENARIO ({strategy}): {name} — no es el mapa base</translation>
    </message>
    <message>
        <source>the base map changed since this tab opened: reopen the tab to include that</source>
        <translation>el mapa base cambió desde que se abrió esta pestaña: vuelva a abrirla para incluir esos cambios</translation>
    </message>
    <message>
        <source>A party&apos;s view of “{title}”: edits here change this perspective only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation>La visión de una parte sobre “{title}”: lo que edite aquí solo cambia esta perspectiva (con su propio deshacer); Archivo ▸ Guardar la guarda con el mapa.</translation>
    </message>
    <message>
        <source>A what-if over “{title}”: edits here change this scenario only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation>Un «qué pasaría si» sobre “{title}”: lo que edite aquí solo cambia este escenario (con su propio deshacer); Archivo ▸ Guardar lo guarda con el mapa.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vista</numerusform>
            <numerusform>%n vistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>removes {items}</source>
        <translation>retira {items}</translation>
    </message>
    <message>
        <source>adds {items}</source>
        <translation>añade {items}</translation>
    </message>
    <message>
        <source>changes {items}</source>
        <translation>cambia {items}</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>todavía sin cambios</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>A new scenario over this map, opened in its own tab</source>
        <translation>Un escenario nuevo sobre este mapa, abierto en su propia pestaña</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Edit this scenario on the canvas, in its own tab</source>
        <translation>Edita este escenario en el lienzo, en su propia pestaña</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename this scenario (F2)</source>
        <translation>Renombra este escenario (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy this scenario with its changes</source>
        <translation>Copia este escenario con sus cambios</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this scenario</source>
        <translation>Elimina este escenario</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move earlier in comparisons</source>
        <translation>Lo adelanta en las comparaciones</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move later in comparisons</source>
        <translation>Lo atrasa en las comparaciones</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare the base map with its scenarios</source>
        <translation>Compara el mapa base con sus escenarios</translation>
    </message>
    <message>
        <source>Change scenario strategy</source>
        <translation>Cambiar la estrategia del escenario</translation>
    </message>
    <message>
        <source>Edit scenario description</source>
        <translation>Editar la descripción del escenario</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Estrategia</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Escenario {number}</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Escenario nuevo</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renombrar escenario</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>Duplicate scenario &apos;{name}&apos;</source>
        <translation>Duplicar el escenario «{name}»</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Reordenar escenarios</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening {name} ({size} MB)…</source>
        <translation>Abriendo {name} ({size} MB)…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>S&amp;trategy</source>
        <translation>E&amp;strategia</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Escenario nuevo</translation>
    </message>
    <message>
        <source>A new scenario over this map, edited in its own tab</source>
        <translation>Un escenario nuevo sobre este mapa, editado en su propia pestaña</translation>
    </message>
    <message>
        <source>&amp;Compare strategies…</source>
        <translation>&amp;Comparar estrategias…</translation>
    </message>
    <message>
        <source>The base map and its scenarios side by side: deltas, chart and a diff overlay</source>
        <translation>El mapa base y sus escenarios lado a lado: diferencias, gráfico y una capa de cambios</translation>
    </message>
    <message>
        <source>&amp;Remove selected actors (arrest)</source>
        <translation>&amp;Retirar a los actores seleccionados (detención)</translation>
    </message>
    <message>
        <source>Confrontation: take the selected actors off the map in a scenario</source>
        <translation>Confrontación: saca del mapa a los actores seleccionados en un escenario</translation>
    </message>
    <message>
        <source>&amp;Truce among selected actors</source>
        <translation>&amp;Tregua entre los actores seleccionados</translation>
    </message>
    <message>
        <source>Accommodation: the selected actors sign a truce; their conflict and coercive ties become dialogue</source>
        <translation>Acomodación: los actores seleccionados firman una tregua; sus vínculos de conflicto y coercitivos pasan a ser de diálogo</translation>
    </message>
    <message>
        <source>Turn selected hostile ties into &amp;dialogue</source>
        <translation>Convertir los vínculos hostiles seleccionados en &amp;diálogo</translation>
    </message>
    <message>
        <source>Accommodation: the selected conflict and coercive ties become dialogue ties</source>
        <translation>Acomodación: los vínculos de conflicto y coercitivos seleccionados pasan a ser vínculos de diálogo</translation>
    </message>
    <message>
        <source>New &amp;agreement from selected actors</source>
        <translation>&amp;Acuerdo nuevo con los actores seleccionados</translation>
    </message>
    <message>
        <source>An agreement (proposed) with the selected actors as its parties</source>
        <translation>Un acuerdo (propuesto) con los actores seleccionados como partes</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the actors to remove first.</source>
        <translation>Primero seleccione los actores que retirar.</translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>Retirar a {names}</translation>
    </message>
    <message>
        <source>Arrest {names}</source>
        <translation>Detener a {names}</translation>
    </message>
    <message>
        <source>Select at least two actors for a truce.</source>
        <translation>Seleccione al menos dos actores para una tregua.</translation>
    </message>
    <message>
        <source>Truce: {names}</source>
        <translation>Tregua: {names}</translation>
    </message>
    <message>
        <source>Select conflict or coercive ties first.</source>
        <translation>Primero seleccione vínculos de conflicto o coercitivos.</translation>
    </message>
    <message>
        <source>Dialogue instead of conflict</source>
        <translation>Diálogo en vez de conflicto</translation>
    </message>
    <message>
        <source>Strategies compared — {title}</source>
        <translation>Estrategias comparadas — {title}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Separate pieces</source>
        <translation>Piezas separadas</translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentación F</translation>
    </message>
    <message>
        <source>Fragmentation DF</source>
        <translation>Fragmentación DF</translation>
    </message>
    <message>
        <source>Camps declared</source>
        <translation>Bandos declarados</translation>
    </message>
    <message>
        <source>Groups detected by trust ties</source>
        <translation>Grupos detectados por los vínculos de confianza</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>components: groups with no tie between them</source>
        <translation>componentes: grupos sin ningún vínculo entre sí</translation>
    </message>
    <message>
        <source>share of pairs that cannot reach each other</source>
        <translation>proporción de pares que no pueden alcanzarse</translation>
    </message>
    <message>
        <source>distance-weighted: also counts how far apart reachable actors are</source>
        <translation>ponderada por la distancia: cuenta también cuán lejos están los actores que se alcanzan</translation>
    </message>
    <message>
        <source>none (set the Faction field of actors)</source>
        <translation>ninguno (complete el campo Facción de los actores)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Approximated on this map (flagged by the engine): {measures}</source>
        <translation>Aproximadas en este mapa (según el motor de análisis): {measures}</translation>
    </message>
    <message>
        <source>Every measure on this map is exact.</source>
        <translation>Todas las medidas de este mapa son exactas.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the analysis process ended (exit code {code})</source>
        <translation>el proceso de análisis terminó (código de salida {code})</translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>Open another file of this map (a teammate&apos;s copy) and see what differs</source>
        <translation>Abre otro archivo de este mapa (la copia de alguien del equipo) y muestra en qué difiere</translation>
    </message>
    <message>
        <source>Your &amp;name for edits…</source>
        <translation>Su &amp;nombre en los cambios…</translation>
    </message>
    <message>
        <source>The name recorded on the actors, ties, agreements and events you add or change</source>
        <translation>El nombre que se anota en los actores, vínculos, acuerdos y hechos que añada o cambie</translation>
    </message>
    <message>
        <source>Your edits are recorded as {name}.</source>
        <translation>Sus cambios se anotan como {name}.</translation>
    </message>
    <message>
        <source>No name is recorded on your edits.</source>
        <translation>No se anota ningún nombre en sus cambios.</translation>
    </message>
</context>
<context>
    <name>TieItem</name>
    <message>
        <source>{kind} tie: {meaning}</source>
        <translation>{kind} — {meaning}</translation>
    </message>
    <message>
        <source>strength {strength}/3, {confidence}</source>
        <translation>intensidad {strength}/3, {confidence}</translation>
    </message>
</context>
<context>
    <name>TieTable</name>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>AAAA-MM-DD o vacío</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>1-3, drawn as line width</source>
        <translation>1-3, se dibuja como el grosor de la línea</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Filter ties (actor, kind…)</source>
        <translation>Filtrar vínculos (actor, tipo…)</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>&amp;Time slider</source>
        <translation>&amp;Control de tiempo</translation>
    </message>
    <message>
        <source>Show or hide the time slider under the map</source>
        <translation>Muestra u oculta el control de tiempo bajo el mapa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The measures over time, with the events</source>
        <translation>Las medidas a lo largo del tiempo, con los hechos</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Fade</source>
        <translation>Atenuar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En la fecha</translation>
    </message>
    <message>
        <source>Show the map as it stood on the date chosen; off: every actor and tie</source>
        <translation>Muestra el mapa tal como estaba en la fecha elegida; desactivado: todos los actores y vínculos</translation>
    </message>
    <message>
        <source>The date shown (YYYY-MM-DD)</source>
        <translation>La fecha que se muestra (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step through the dates, one step every {seconds} s, to the last date</source>
        <translation>Recorre las fechas, un paso cada {seconds} s, hasta la última fecha</translation>
    </message>
    <message>
        <source>How far ◀ ▶ and Play move</source>
        <translation>Cuánto avanzan ◀ ▶ y Reproducir</translation>
    </message>
    <message>
        <source>Actors and ties not on the map at the date shown fade, or are hidden</source>
        <translation>Los actores y vínculos que no están en el mapa en la fecha mostrada se atenúan o se ocultan</translation>
    </message>
    <message>
        <source>Undated actors and ties are always shown.</source>
        <translation>Los actores y vínculos sin fecha siempre se muestran.</translation>
    </message>
    <message>
        <source>An item is on the map from its start date (inclusive) until its end date (exclusive); an item without dates is on the map at every date.</source>
        <translation>Un elemento está en el mapa desde su fecha de inicio (incluida) hasta su fecha de fin (excluida); un elemento sin fechas está en el mapa en cualquier fecha.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Ausentes:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Todavía sin calcular.</translation>
    </message>
    <message>
        <source>Points every month, quarter or year (Auto: by the span of the map&apos;s dates)</source>
        <translation>Un punto por mes, trimestre o año (Automático: según el lapso de las fechas del mapa)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Compute the timeline now</source>
        <translation>Calcula ahora la cronología</translation>
    </message>
    <message>
        <source>Undated actors, ties and agreements are on the map at every date. Click a chart to show that date on the map.</source>
        <translation>Los actores, vínculos y acuerdos sin fecha están en el mapa en cualquier fecha. Haga clic en un gráfico para ver esa fecha en el mapa.</translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentación F</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Hostile ties and community exposure</source>
        <translation>Vínculos hostiles y exposición de comunidades</translation>
    </message>
    <message>
        <source>Top mediator scores</source>
        <translation>Mejores puntuaciones de mediadores</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>The timeline failed: {error}</source>
        <translation>La cronología falló: {error}</translation>
    </message>
    <message>
        <source>This map has {actors} actors: press Compute for its timeline (it may take minutes).</source>
        <translation>Este mapa tiene {actors} actores: pulse Calcular para obtener su cronología (puede tardar minutos).</translation>
    </message>
    <message>
        <source>Computing the timeline…</source>
        <translation>Calculando la cronología…</translation>
    </message>
    <message>
        <source>Map changed — computing…</source>
        <translation>El mapa cambió: calculando…</translation>
    </message>
    <message>
        <source>The map has no dates: give actors, ties or agreements a start or end date, or add events, to follow it over time.</source>
        <translation>El mapa no tiene fechas: dé una fecha de inicio o de fin a actores, vínculos o acuerdos, o añada hechos, para seguirlo a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>hostile ties</source>
        <translation>vínculos hostiles</translation>
    </message>
    <message>
        <source>coercion or extortion of communities</source>
        <translation>coerción o extorsión de comunidades</translation>
    </message>
    <message>
        <source>events</source>
        <translation>hechos</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly point(s)</source>
        <translation>
            <numerusform>%n punto mensual</numerusform>
            <numerusform>%n puntos mensuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly point(s)</source>
        <translation>
            <numerusform>%n punto trimestral</numerusform>
            <numerusform>%n puntos trimestrales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly point(s)</source>
        <translation>
            <numerusform>%n punto anual</numerusform>
            <numerusform>%n puntos anuales</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} from {start} to {end}; {actors} and {ties} count at every date.</source>
        <translation>{points} del {start} al {end}; {actors} y {ties} cuentan en cualquier fecha.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated actor(s)</source>
        <translation>
            <numerusform>%n actor sin fecha</numerusform>
            <numerusform>%n actores sin fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated tie(s)</source>
        <translation>
            <numerusform>%n vínculo sin fecha</numerusform>
            <numerusform>%n vínculos sin fecha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Añadir actor</translation>
    </message>
    <message>
        <source>Draw ties</source>
        <translation>Trazar vínculos</translation>
    </message>
    <message>
        <source>Add tie</source>
        <translation>Añadir vínculo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encuadrar</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save the current camera (and the selected actors as focus) as a view</source>
        <translation>Guarda como vista la cámara actual (y los actores seleccionados como foco)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Move the map to this view</source>
        <translation>Lleva el mapa a esta vista</translation>
    </message>
    <message>
        <source>Update camera</source>
        <translation>Actualizar cámara</translation>
    </message>
    <message>
        <source>Store the current camera in this view</source>
        <translation>Guarda la cámara actual en esta vista</translation>
    </message>
    <message>
        <source>Focus on selection</source>
        <translation>Enfocar la selección</translation>
    </message>
    <message>
        <source>Show the selected actors; fade the rest</source>
        <translation>Muestra los actores seleccionados; atenúa el resto</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move this view earlier in the presentation</source>
        <translation>Adelanta esta vista en la presentación</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move this view later in the presentation</source>
        <translation>Atrasa esta vista en la presentación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Elimina esta vista</translation>
    </message>
    <message>
        <source>Pin date</source>
        <translation>Fijar fecha</translation>
    </message>
    <message>
        <source>Show this view at the date the time slider shows (a presentation steps through time too)</source>
        <translation>Muestra esta vista en la fecha que indica el control de tiempo (una presentación también avanza en el tiempo)</translation>
    </message>
    <message>
        <source>Hide what is out of focus (instead of fading it)</source>
        <translation>Ocultar lo que está fuera de foco (en vez de atenuarlo)</translation>
    </message>
    <message>
        <source>Unpin {date}</source>
        <translation>Soltar {date}</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Vista {number}</translation>
    </message>
    <message>
        <source>Add view: {error}</source>
        <translation>Añadir vista: {error}</translation>
    </message>
    <message>
        <source>Update view camera</source>
        <translation>Actualizar la cámara de la vista</translation>
    </message>
    <message>
        <source>Set view focus</source>
        <translation>Definir el foco de la vista</translation>
    </message>
    <message>
        <source>Hide out-of-focus items</source>
        <translation>Ocultar los elementos fuera de foco</translation>
    </message>
    <message>
        <source>Fade out-of-focus items</source>
        <translation>Atenuar los elementos fuera de foco</translation>
    </message>
    <message>
        <source>Unpin the view&apos;s date</source>
        <translation>Soltar la fecha de la vista</translation>
    </message>
    <message>
        <source>Turn on “As of” on the time slider and choose the date to pin.</source>
        <translation>Active “En la fecha” en el control de tiempo y elija la fecha que fijar.</translation>
    </message>
    <message>
        <source>Pin the view to {date}</source>
        <translation>Fijar la vista al {date}</translation>
    </message>
    <message>
        <source>centre ({x}, {y}), showing {width} x {height}</source>
        <translation>centro ({x}, {y}), muestra {width} x {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) in focus</source>
        <translation>
            <numerusform>%n actor en foco</numerusform>
            <numerusform>%n actores en foco</numerusform>
        </translation>
    </message>
    <message>
        <source>factions: {names}</source>
        <translation>facciones: {names}</translation>
    </message>
    <message>
        <source>ties: {kinds}</source>
        <translation>vínculos: {kinds}</translation>
    </message>
    <message>
        <source>the rest hidden</source>
        <translation>el resto oculto</translation>
    </message>
    <message>
        <source>the map as of {date}</source>
        <translation>el mapa al {date}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Página web (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Resolución PNG</translation>
    </message>
    <message>
        <source>Dots per inch (300 or more for print):</source>
        <translation>Puntos por pulgada (300 o más para imprimir):</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Full screen for workshops; arrow keys step through saved views, Esc leaves</source>
        <translation>Pantalla completa para talleres; las flechas recorren las vistas guardadas, Esc sale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Map as &amp;picture (PNG, SVG, PDF)…</source>
        <translation>Mapa como &amp;imagen (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Current &amp;view as picture…</source>
        <translation>&amp;Vista actual como imagen…</translation>
    </message>
    <message>
        <source>Analysis &amp;report (HTML, PDF)…</source>
        <translation>Informe de a&amp;nálisis (HTML, PDF)…</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Export the current view</source>
        <translation>Exportar la vista actual</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>current view</source>
        <translation>vista actual</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Se exportó {file}</translation>
    </message>
    <message>
        <source>Export the analysis report</source>
        <translation>Exportar el informe de análisis</translation>
    </message>
    <message numerus="yes">
        <source>Analysing for the report (%n actor(s))…</source>
        <translation>
            <numerusform>Analizando para el informe (%n actor)…</numerusform>
            <numerusform>Analizando para el informe (%n actores)…</numerusform>
        </translation>
    </message>
    <message>
        <source>the map was closed before its report was ready</source>
        <translation>el mapa se cerró antes de que su informe estuviera listo</translation>
    </message>
    <message>
        <source>Report not written: {error}</source>
        <translation>Informe sin escribir: {error}</translation>
    </message>
</context>
</TS>
