<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonne</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>En-têtes de ligne</translation>
    </message>
    <message>
        <source>{name} tabs</source>
        <translation>Onglets {name}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>Onglets des panneaux</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation>Canevas de la carte</translation>
    </message>
    <message>
        <source>{panel} table</source>
        <translation>Tableau {panel}</translation>
    </message>
    <message>
        <source>{name}, in the {panel} panel</source>
        <translation>{name}, dans le panneau {panel}</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>Le panneau {panel}</translation>
    </message>
    <message>
        <source>{kind} with {actor}</source>
        <translation>{kind} avec {actor}</translation>
    </message>
    <message>
        <source>{kind} toward {actor}</source>
        <translation>{kind} vers {actor}</translation>
    </message>
    <message>
        <source>{kind} from {actor}</source>
        <translation>{kind} de la part de {actor}</translation>
    </message>
    <message>
        <source>Selected actor: {name}, {kind}</source>
        <translation>Acteur sélectionné&#xa0;: {name}, {kind}</translation>
    </message>
    <message>
        <source>faction {faction}</source>
        <translation>faction {faction}</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>No ties.</source>
        <translation>Aucun lien.</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s): {ties}.</source>
        <translation>
            <numerusform>%n lien&#xa0;: {ties}.</numerusform>
            <numerusform>%n liens&#xa0;: {ties}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected: {names}.</source>
        <translation>
            <numerusform>%n acteur sélectionné&#xa0;: {names}.</numerusform>
            <numerusform>%n acteurs sélectionnés&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} toward {target}</source>
        <translation>Lien sélectionné&#xa0;: {source}, {kind} vers {target}</translation>
    </message>
    <message>
        <source>Selected tie: {source}, {kind} with {target}</source>
        <translation>Lien sélectionné&#xa0;: {source}, {kind} avec {target}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more tie(s)</source>
        <translation>
            <numerusform>et %n autre lien</numerusform>
            <numerusform>et %n autres liens</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection. The map has {actors} and {ties}; press N or P to select the next or previous actor.</source>
        <translation>Aucune sélection. La carte compte {actors} et {ties}&#xa0;; appuyez sur N ou P pour sélectionner l&apos;acteur suivant ou précédent.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no actors yet: press A to add one.</source>
        <translation>La carte n&apos;a pas encore d&apos;acteur&#xa0;: appuyez sur A pour en ajouter un.</translation>
    </message>
    <message>
        <source>{name} panel</source>
        <translation>Panneau {name}</translation>
    </message>
    <message>
        <source>Focus indicator</source>
        <translation>Indicateur de focus</translation>
    </message>
    <message>
        <source>Select &amp;next actor</source>
        <translation>Sélectionner l&apos;acteur &amp;suivant</translation>
    </message>
    <message>
        <source>Select the next actor by name and show it (then arrows move it, Ctrl+T ties it)</source>
        <translation>Sélectionne l&apos;acteur suivant par nom et le montre (puis les flèches le déplacent, Ctrl+T lui ajoute un lien)</translation>
    </message>
    <message>
        <source>Select &amp;previous actor</source>
        <translation>Sélectionner l&apos;acteur &amp;précédent</translation>
    </message>
    <message>
        <source>Select the previous actor by name and show it</source>
        <translation>Sélectionne l&apos;acteur précédent par nom et le montre</translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation>Panneau s&amp;uivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel (the map, then each open panel)</source>
        <translation>Passe le focus clavier au panneau suivant (la carte, puis chaque panneau ouvert)</translation>
    </message>
    <message>
        <source>Previous pa&amp;nel</source>
        <translation>Panneau pr&amp;écédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Passe le focus clavier au panneau précédent</translation>
    </message>
</context>
<context>
    <name>ActorItem</name>
    <message>
        <source>faction: {faction}</source>
        <translation>faction&#xa0;: {faction}</translation>
    </message>
    <message>
        <source>power {power}/5</source>
        <translation>puissance {power}/5</translation>
    </message>
    <message>
        <source>external actor</source>
        <translation>acteur extérieur</translation>
    </message>
    <message>
        <source>our own position</source>
        <translation>notre propre position</translation>
    </message>
    <message>
        <source>pinned (layouts leave it in place)</source>
        <translation>épinglé (les dispositions automatiques le laissent en place)</translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Faction</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>1-5, drawn as circle size</source>
        <translation>1-5, dessinée par la taille du cercle</translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation>Légitimité</translation>
    </message>
    <message>
        <source>0-1, empty = not assessed</source>
        <translation>0-1, vide = non évaluée</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <source>outside party, drawn as a shadow</source>
        <translation>partie extérieure, dessinée avec une ombre</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>the mapping organisation itself</source>
        <translation>l&apos;organisation qui établit la carte</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Filter actors (name, kind, faction…)</source>
        <translation>Filtrer les acteurs (nom, type, faction…)</translation>
    </message>
</context>
<context>
    <name>AddTieDialog</name>
    <message>
        <source>Add tie</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Intensité</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Certitude</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>mutual, between {a} and {b}</source>
        <translation>réciproque, entre {a} et {b}</translation>
    </message>
    <message>
        <source>A tie needs two actors; add actors first.</source>
        <translation>Un lien demande deux acteurs&#xa0;; ajoutez d&apos;abord des acteurs.</translation>
    </message>
    <message>
        <source>Choose two different actors: a tie cannot go from an actor to itself.</source>
        <translation>Choisissez deux acteurs différents&#xa0;: un lien ne peut pas aller d&apos;un acteur vers lui-même.</translation>
    </message>
</context>
<context>
    <name>AgreementItem</name>
    <message>
        <source>Terms: {terms}</source>
        <translation>Clauses&#xa0;: {terms}</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>Garants</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From selection</source>
        <translation>Depuis la sélection</translation>
    </message>
    <message>
        <source>A new agreement (proposed) with the selected actors as its parties</source>
        <translation>Un nouvel accord (proposé) avec les acteurs sélectionnés comme parties</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Supprimer cet accord</translation>
    </message>
    <message>
        <source>Rename agreement</source>
        <translation>Renommer l&apos;accord</translation>
    </message>
    <message>
        <source>Change agreement kind</source>
        <translation>Changer le type d&apos;accord</translation>
    </message>
    <message>
        <source>Change agreement status</source>
        <translation>Changer le statut de l&apos;accord</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (first day no longer in force)</source>
        <translation>AAAA-MM-JJ (premier jour où il n&apos;est plus en vigueur)</translation>
    </message>
    <message>
        <source>One term per line, e.g. the unwritten rules: no deaths in the street</source>
        <translation>Une clause par ligne, p. ex. les règles non écrites&#xa0;: pas de morts dans la rue</translation>
    </message>
    <message>
        <source>Edit agreement terms</source>
        <translation>Modifier les clauses de l&apos;accord</translation>
    </message>
    <message>
        <source>One source per line</source>
        <translation>Une source par ligne</translation>
    </message>
    <message>
        <source>Edit agreement sources</source>
        <translation>Modifier les sources de l&apos;accord</translation>
    </message>
    <message>
        <source>Edit agreement notes</source>
        <translation>Modifier les notes de l&apos;accord</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the parties of this agreement</source>
        <translation>Fait des acteurs sélectionnés sur la carte les parties de cet accord</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the facilitators of this agreement</source>
        <translation>Fait des acteurs sélectionnés sur la carte les facilitateurs de cet accord</translation>
    </message>
    <message>
        <source>Make the actors selected on the map the guarantors of this agreement</source>
        <translation>Fait des acteurs sélectionnés sur la carte les garants de cet accord</translation>
    </message>
    <message>
        <source>Use selected actors</source>
        <translation>Prendre les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>&amp;Clauses</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>S&amp;ources</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Edit agreement start date</source>
        <translation>Modifier la date de début de l&apos;accord</translation>
    </message>
    <message>
        <source>Edit agreement end date</source>
        <translation>Modifier la date de fin de l&apos;accord</translation>
    </message>
    <message>
        <source>Select the parties on the map first.</source>
        <translation>Sélectionnez d&apos;abord les parties sur la carte.</translation>
    </message>
    <message>
        <source>Set agreement {role}</source>
        <translation>Définir les {role} de l&apos;accord</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>Accord {number}</translation>
    </message>
    <message>
        <source>New agreement: {error}</source>
        <translation>Nouvel accord&#xa0;: {error}</translation>
    </message>
    <message>
        <source>New agreement &apos;{name}&apos;</source>
        <translation>Nouvel accord «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete agreement &apos;{name}&apos;</source>
        <translation>Supprimer l&apos;accord «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>What this means: {topic}</source>
        <translation>Ce que cela signifie&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>Show or hide a short explanation of these measures and where they come from</source>
        <translation>Montre ou cache une brève explication de ces mesures et de leur origine</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>environ {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>environ {minutes} min</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>intermédiarité</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>fragmentation</translation>
    </message>
    <message>
        <source>structural holes</source>
        <translation>trous structuraux</translation>
    </message>
    <message>
        <source>brokerage</source>
        <translation>rôles de courtage</translation>
    </message>
    <message>
        <source>factions</source>
        <translation>factions</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>équilibre</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>médiateurs</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>accords</translation>
    </message>
    <message>
        <source>key players</source>
        <translation>acteurs clés</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Pas encore analysée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the running analysis (the panels keep the last results)</source>
        <translation>Arrête l&apos;analyse en cours (les panneaux gardent les derniers résultats)</translation>
    </message>
    <message>
        <source>Analyse now</source>
        <translation>Analyser maintenant</translation>
    </message>
    <message>
        <source>Run the analysis again now</source>
        <translation>Relance l&apos;analyse maintenant</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Médiateurs</translation>
    </message>
    <message>
        <source>Insider mediators: the ranked shortlist</source>
        <translation>Médiateurs internes&#xa0;: la liste restreinte classée</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentation</translation>
    </message>
    <message>
        <source>Fragmentation risk: what each removal does</source>
        <translation>Risque de fragmentation&#xa0;: ce que fait chaque retrait</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Brokers, constraint and brokerage roles</source>
        <translation>Courtiers, contrainte et rôles de courtage</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Blocs and tensions (structural balance)</source>
        <translation>Blocs et tensions (équilibre structurel)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation>Résumé de la carte</translation>
    </message>
    <message>
        <source>Analyse ({time})</source>
        <translation>Analyser ({time})</translation>
    </message>
    <message>
        <source>Run the analysis of this map now ({time}); it is not run automatically on maps this large</source>
        <translation>Lance maintenant l&apos;analyse de cette carte ({time})&#xa0;; sur des cartes aussi grandes, elle ne se lance pas toute seule</translation>
    </message>
    <message>
        <source>Map changed: the results are from an earlier version. Analyse again ({time}).</source>
        <translation>La carte a changé&#xa0;: les résultats viennent d&apos;une version antérieure. Analysez à nouveau ({time}).</translation>
    </message>
    <message>
        <source>This map has {actors} actors and {ties} ties: it is analysed only on request ({time}).</source>
        <translation>Cette carte compte {actors} acteurs et {ties} liens&#xa0;: elle n&apos;est analysée qu&apos;à la demande ({time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: {counts} as of {date} (undated ones always count).</source>
        <translation>À jour&#xa0;: {counts} au {date} (les éléments sans date comptent toujours).</translation>
    </message>
    <message>
        <source>Up to date: {counts}.</source>
        <translation>À jour&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Map changed — analysing…</source>
        <translation>La carte a changé — analyse…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Analysing: {stage}…</source>
        <translation>Analyse&#xa0;: {stage}…</translation>
    </message>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>L&apos;analyse a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Analysis cancelled; the results shown are from an earlier version of the map.</source>
        <translation>Analyse annulée&#xa0;; les résultats affichés viennent d&apos;une version antérieure de la carte.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Analyse now</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <source>Run the analysis of the map again now</source>
        <translation>Relance maintenant l&apos;analyse de la carte</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Stop the running analysis</source>
        <translation>Arrête l&apos;analyse en cours</translation>
    </message>
    <message>
        <source>Show &amp;mediator shortlist</source>
        <translation>Afficher la liste des &amp;médiateurs</translation>
    </message>
    <message>
        <source>C&amp;olour the map by</source>
        <translation>C&amp;olorer la carte selon</translation>
    </message>
</context>
<context>
    <name>AnalysisHelp</name>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Insider mediators</source>
        <translation>Médiateurs internes</translation>
    </message>
    <message>
        <source>People or groups who belong to one side but are accepted (trusted, not feared) by others. Three things are kept apart. Access: any open channel to a party (trust, dialogue, a deal, protection). Acceptability: the party relies on them (a trust tie, or their protection of it). Compromise: deals with criminal armed groups are collusion or sponsorship (access, not trust); coercing or extorting a party, or fighting it, means they cannot be counted as bridging it; a pair of camps made hostile only by their own ties is never &apos;bridged&apos; by them. Being coerced or extorted by someone never counts for or against a candidate: the reasons say they are under pressure. Rumoured ties count less than reported, reported less than confirmed. The score adds up the visible parts shown as bars; move the sliders to weigh them as your situation needs. The mapping organisation itself, outside parties, actors with no open channel outside their own camp, and actors who coerce a camp that does not accept them are listed separately: they may be powerful, but they are not insider mediators. A shortlist for discussion, not a verdict.</source>
        <translation>Des personnes ou des groupes qui appartiennent à un camp mais que d&apos;autres acceptent (on leur fait confiance, on ne les craint pas). Trois choses sont distinguées. L&apos;accès&#xa0;: tout canal ouvert vers une partie (confiance, dialogue, un arrangement, une protection). L&apos;acceptabilité&#xa0;: la partie compte sur eux (un lien de confiance, ou la protection qu&apos;ils lui donnent). La compromission&#xa0;: les arrangements avec des groupes armés criminels sont de la collusion ou du parrainage (un accès, pas de la confiance)&#xa0;; contraindre une partie, la racketter ou la combattre empêche de les compter comme un pont vers elle&#xa0;; une paire de camps que seuls leurs propres liens rendent hostiles n&apos;est jamais «&#xa0;reliée&#xa0;» par eux. Subir la contrainte ou le racket de quelqu&apos;un ne compte jamais ni pour ni contre un candidat&#xa0;: les raisons disent qu&apos;il est sous pression. Les liens fondés sur une rumeur comptent moins que les liens signalés, et ceux-ci moins que les liens confirmés. Le score additionne les composantes visibles, affichées en barres&#xa0;; déplacez les curseurs pour les pondérer selon votre situation. L&apos;organisation qui établit la carte, les parties extérieures, les acteurs sans aucun canal ouvert hors de leur camp et ceux qui contraignent un camp qui ne les accepte pas sont listés à part&#xa0;: ils peuvent être puissants, mais ce ne sont pas des médiateurs internes. Une liste restreinte à discuter, pas un verdict.</translation>
    </message>
    <message>
        <source>Wehr &amp; Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1); Mason &amp; Siegfried, Insider mediators (2013); Mason (2009); Stedman (1997), Spoiler problems in peace processes; Gould &amp; Fernandez (1989); Burt (1992).</source>
        <translation>Wehr et Lederach (1991), Mediating conflict in Central America, J. Peace Research 28(1)&#xa0;; Mason et Siegfried, Insider mediators (2013)&#xa0;; Mason (2009)&#xa0;; Stedman (1997), Spoiler problems in peace processes&#xa0;; Gould et Fernandez (1989)&#xa0;; Burt (1992).</translation>
    </message>
    <message>
        <source>Fragmentation risk</source>
        <translation>Risque de fragmentation</translation>
    </message>
    <message>
        <source>What happens if this actor disappears (arrested, killed, co-opted, or withdraws)? &apos;Pairs cut off&apos; counts the pairs of actors who could reach each other, directly or through others, and no longer can. &apos;F after removal&apos; is the share of pairs that cannot reach each other (0 = everyone is connected, 1 = everyone isolated). The splinters are the groups left apart. &apos;Inside its own camp&apos; asks the kingpin question: does its own organisation split into rival fragments on its trust ties? The key-player finder looks for the K actors whose joint removal would break the map apart most.</source>
        <translation>Que se passe-t-il si cet acteur disparaît (arrêté, tué, coopté, ou parce qu&apos;il se retire)&#xa0;? «&#xa0;Paires coupées&#xa0;» compte les paires d&apos;acteurs qui pouvaient se joindre, directement ou par d&apos;autres, et ne le peuvent plus. «&#xa0;F après retrait&#xa0;» est la part des paires qui ne peuvent pas se joindre (0 = tous reliés, 1 = tous isolés). Les fragments sont les groupes laissés à part. «&#xa0;Dans son propre camp&#xa0;» pose la question du chef décapité&#xa0;: son organisation se scinde-t-elle en fragments rivaux sur ses liens de confiance&#xa0;? La recherche d&apos;acteurs clés trouve les K acteurs dont le retrait conjoint fragmenterait le plus la carte.</translation>
    </message>
    <message>
        <source>Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12: 21-34.</source>
        <translation>Borgatti, S. P. (2006), Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12&#xa0;: 21-34.</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Betweenness: how often an actor lies on the shortest path between two others (over all ties), so it can pass on, hold back or shape what flows. Constraint: how much an actor&apos;s trust ties all lead to people who know each other (high = boxed in, low = free to bridge). Effective size: roughly how many separate circles its trust ties reach. The five roles count the times an actor stands between two others on trust ties: coordinator (all in one camp), itinerant (links two members of another camp), representative (speaks for its camp outwards), gatekeeper (lets others into its camp), liaison (links two camps, belonging to neither).</source>
        <translation>Intermédiarité&#xa0;: combien de fois un acteur se trouve sur le plus court chemin entre deux autres (sur tous les liens), et peut donc transmettre, retenir ou façonner ce qui circule. Contrainte&#xa0;: à quel point les liens de confiance d&apos;un acteur mènent tous à des personnes qui se connaissent (élevée = enfermé, faible = libre de faire le pont). Taille effective&#xa0;: à peu près combien de cercles distincts ses liens de confiance atteignent. Les cinq rôles comptent les fois où un acteur se trouve entre deux autres sur des liens de confiance&#xa0;: coordinateur (tous dans un même camp), itinérant (relie deux membres d&apos;un autre camp), représentant (parle pour son camp vers l&apos;extérieur), portier (fait entrer d&apos;autres dans son camp), agent de liaison (relie deux camps sans appartenir à aucun).</translation>
    </message>
    <message>
        <source>Freeman (1977), Sociometry 40: 35-41; Burt (1992), Structural Holes, Harvard UP; Gould &amp; Fernandez (1989), Structures of mediation, Sociological Methodology 19: 89-126.</source>
        <translation>Freeman (1977), Sociometry 40&#xa0;: 35-41&#xa0;; Burt (1992), Structural Holes, Harvard UP&#xa0;; Gould et Fernandez (1989), Structures of mediation, Sociological Methodology 19&#xa0;: 89-126.</translation>
    </message>
    <message>
        <source>Blocs and tensions</source>
        <translation>Blocs et tensions</translation>
    </message>
    <message>
        <source>Trust, mutual-benefit and protective ties count as positive, coercion, extortion and open conflict as negative. The map is grouped into as many blocs as the ties need (a three-way war is three blocs; an actor with no signed tie is left out); the ties listed contradict that grouping (hostility inside a bloc, or an alliance across blocs) and are where tension or hidden deals lie. Triangle index: share of closed triangles that are balanced in the strict, two-camp sense (1 = every triangle follows &apos;the friend of my friend is my friend, the enemy of my enemy is my friend&apos;). Frustration index: the fewest pairs that would have to change sign for the map to fall into clean blocs (0 = no contradiction).</source>
        <translation>Les liens de confiance, de bénéfice mutuel et de protection comptent comme positifs&#xa0;; la coercition, le racket et le conflit ouvert comme négatifs. La carte est regroupée en autant de blocs que les liens l&apos;exigent (une guerre à trois est trois blocs&#xa0;; un acteur sans lien signé est laissé de côté)&#xa0;; les liens listés contredisent ce regroupement (hostilité dans un bloc, ou alliance entre blocs) et signalent les tensions ou les arrangements cachés. Indice des triangles&#xa0;: part des triangles fermés équilibrés au sens strict, à deux camps (1 = chaque triangle suit «&#xa0;l&apos;ami de mon ami est mon ami, l&apos;ennemi de mon ennemi est mon ami&#xa0;»). Indice de frustration&#xa0;: le plus petit nombre de paires qui devraient changer de signe pour que la carte se divise en blocs nets (0 = aucune contradiction).</translation>
    </message>
    <message>
        <source>Heider (1946); Cartwright &amp; Harary (1956), Psychological Review 63: 277-293; Davis (1967), Human Relations 20: 181-187 (clusterability); Aref, Mason &amp; Wilson (2020), Networks 75: 95-110 (frustration index).</source>
        <translation>Heider (1946)&#xa0;; Cartwright et Harary (1956), Psychological Review 63&#xa0;: 277-293&#xa0;; Davis (1967), Human Relations 20&#xa0;: 181-187 (partitionnabilité)&#xa0;; Aref, Mason et Wilson (2020), Networks 75&#xa0;: 95-110 (indice de frustration).</translation>
    </message>
    <message>
        <source>Map summary</source>
        <translation>Résumé de la carte</translation>
    </message>
    <message>
        <source>Counts of actors, ties and separate pieces (components) of the map. F is the share of pairs that cannot reach each other at all; DF also counts how far apart reachable actors are (0 = everyone directly tied, 1 = nobody reachable). Declared factions are the camps you entered; detected factions are the groups the trust ties suggest (Louvain community detection, fixed seed), which may differ from what people say.</source>
        <translation>Le nombre d&apos;acteurs, de liens et de morceaux séparés (composantes) de la carte. F est la part des paires qui ne peuvent pas du tout se joindre&#xa0;; DF compte aussi la distance entre les acteurs qui se joignent (0 = tous liés directement, 1 = personne de joignable). Les factions déclarées sont les camps que vous avez saisis&#xa0;; les factions détectées sont les groupes que suggèrent les liens de confiance (détection de communautés de Louvain, graine fixe), qui peuvent différer de ce que disent les gens.</translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).</source>
        <translation>Borgatti (2006), CMOT 12&#xa0;: 21-34&#xa0;; Blondel et al. (2008), J. Stat. Mech. P10008 (Louvain).</translation>
    </message>
    <message>
        <source>Colour the map by a measure</source>
        <translation>Colorer la carte selon une mesure</translation>
    </message>
    <message>
        <source>Shades each actor by the chosen measure (darker = higher) instead of by kind; a legend shows the scale. Choose &apos;Notation&apos; to go back to the conflict-mapping colours.</source>
        <translation>Colore chaque acteur selon la mesure choisie (plus foncé = plus élevé) au lieu de son type&#xa0;; une légende montre l&apos;échelle. Choisissez «&#xa0;Notation&#xa0;» pour revenir aux couleurs de la cartographie des conflits.</translation>
    </message>
    <message>
        <source>See the help of each measure.</source>
        <translation>Voir l&apos;aide de chaque mesure.</translation>
    </message>
    <message>
        <source>The map over time</source>
        <translation>La carte dans le temps</translation>
    </message>
    <message>
        <source>Each point is the map as it stood on that date: the actors, ties and agreements whose dates hold it (an item is there from its start, inclusive, until its end, exclusive), plus every undated one, which is on the map at every date. F is the share of pairs of actors that cannot reach each other; components are the separate pieces of the map; hostile ties are conflict, coercive and parasitic ties; exposure counts coercive and parasitic ties on communities; the last chart follows the scores of the best-ranked insider mediators. Dashed lines are the map&apos;s events. Click a chart to show that date on the map.</source>
        <translation>Chaque point est la carte telle qu&apos;elle était à cette date&#xa0;: les acteurs, liens et accords dont les dates l&apos;incluent (un élément est présent de son début, inclus, à sa fin, exclue), plus tous ceux sans date, présents à toutes les dates. F est la part des paires d&apos;acteurs qui ne peuvent pas se joindre&#xa0;; les composantes sont les morceaux séparés de la carte&#xa0;; les liens hostiles sont les liens de conflit, de coercition et parasitaires&#xa0;; l&apos;exposition compte les liens de coercition et parasitaires qui pèsent sur des communautés&#xa0;; le dernier graphique suit les scores des médiateurs internes les mieux classés. Les lignes pointillées sont les événements de la carte. Cliquez sur un graphique pour voir cette date sur la carte.</translation>
    </message>
    <message>
        <source>Borgatti (2006), CMOT 12: 21-34 (fragmentation); see Insider mediators for the scores.</source>
        <translation>Borgatti (2006), CMOT 12&#xa0;: 21-34 (fragmentation)&#xa0;; pour les scores, voir Médiateurs internes.</translation>
    </message>
    <message>
        <source>brokers between camps along ties of acceptance (trust, protection), relative to the top broker</source>
        <translation>fait l&apos;intermédiaire entre camps par des liens d&apos;acceptation (confiance, protection), rapporté au premier courtier</translation>
    </message>
    <message>
        <source>share of the other camps that accept it: a trust tie, or its protection (not a racket)</source>
        <translation>part des autres camps qui l&apos;acceptent&#xa0;: un lien de confiance, ou sa protection (pas un racket)</translation>
    </message>
    <message>
        <source>share of the other camps it reaches by any open channel: trust, dialogue, symbiotic, protective</source>
        <translation>part des autres camps qu&apos;il atteint par un canal ouvert&#xa0;: confiance, dialogue, symbiotique, protection</translation>
    </message>
    <message>
        <source>pairs of hostile camps it reaches on both sides (trusted sides count fully, access-only sides half); never pairs made hostile by its own ties or camps it coerces</source>
        <translation>paires de camps hostiles qu&apos;il atteint des deux côtés (les côtés qui lui font confiance comptent entièrement, ceux où il n&apos;a qu&apos;un accès pour moitié)&#xa0;; jamais les paires rendues hostiles par ses propres liens ni les camps qu&apos;il contraint</translation>
    </message>
    <message>
        <source>free from any single group (1 - Burt constraint on its channel ties)</source>
        <translation>ne dépend d&apos;aucun groupe en particulier (1 - contrainte de Burt sur ses liens de canal)</translation>
    </message>
    <message>
        <source>share of its ties that are trust or protection rather than coercion, extortion or conflict</source>
        <translation>part de ses liens qui sont de confiance ou de protection plutôt que de coercition, de racket ou de conflit</translation>
    </message>
    <message>
        <source>legitimacy as assessed by the analyst (not assessed counts as a neutral 0.5, shown as such)</source>
        <translation>légitimité telle que l&apos;évalue l&apos;analyste (non évaluée compte comme un 0,5 neutre, signalé comme tel)</translation>
    </message>
    <message>
        <source>share of its channels that are not collusion (symbiotic ties with criminal armed groups)</source>
        <translation>part de ses canaux qui ne sont pas de la collusion (liens symbiotiques avec des groupes armés criminels)</translation>
    </message>
    <message>
        <source>1 unless a legal designation is in force (terrorist listing, sanctions); weight 0 unless designations are weighed</source>
        <translation>1 sauf si une désignation légale est en vigueur (inscription sur une liste terroriste, sanctions)&#xa0;; poids 0 sauf si les désignations sont pondérées</translation>
    </message>
    <message>
        <source>Cross-camp brokerage</source>
        <translation>Courtage entre camps</translation>
    </message>
    <message>
        <source>Accepted by camps</source>
        <translation>Accepté par des camps</translation>
    </message>
    <message>
        <source>Channels to camps</source>
        <translation>Canaux vers des camps</translation>
    </message>
    <message>
        <source>Reaches both sides</source>
        <translation>Atteint les deux côtés</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Trust share</source>
        <translation>Part de confiance</translation>
    </message>
    <message>
        <source>Legitimacy</source>
        <translation>Légitimité</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Indépendance</translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation>Non désigné</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the window could not be drawn</source>
        <translation>la fenêtre n&apos;a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name or initials, recorded on the actors, ties, agreements and events you add or change
(so teammates see who did what; leave empty to record nothing):</source>
        <translation>Votre nom ou vos initiales, inscrits sur les acteurs, liens, accords et événements que vous ajoutez ou modifiez
(pour que l&apos;équipe voie qui a fait quoi&#xa0;; laissez vide pour ne rien inscrire)&#xa0;:</translation>
    </message>
    <message>
        <source>a name is one line of at most 200 characters</source>
        <translation>un nom tient sur une ligne d&apos;au plus 200 caractères</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <source>on {time} UTC</source>
        <translation>le {time} UTC</translation>
    </message>
</context>
<context>
    <name>Blocs</name>
    <message>
        <source>Bloc</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Bloc {number}</source>
        <translation>Bloc {number}</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Ties that contradict the split</source>
        <translation>Liens qui contredisent la division</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Show all contradicting ties</source>
        <translation>Montrer tous les liens contradictoires</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>No signed ties: no blocs.</source>
        <translation>Aucun lien signé&#xa0;: aucun bloc.</translation>
    </message>
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
            <numerusform>{blocs} (autant que l&apos;exigent les liens signés&#xa0;; %n acteur dans un bloc à lui seul)</numerusform>
            <numerusform>{blocs} (autant que l&apos;exigent les liens signés&#xa0;; %n acteurs chacun dans un bloc à lui seul)</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocs} (as many as the signed ties need)</source>
        <translation>{blocs} (autant que l&apos;exigent les liens signés)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>heuristic: the best split found, the true minimum may be lower</source>
        <translation>heuristique&#xa0;: la meilleure division trouvée, le vrai minimum peut être plus bas</translation>
    </message>
    <message>
        <source>exact, by {method}</source>
        <translation>exact, par {method}</translation>
    </message>
    <message>
        <source>– (no triangle of signed ties)</source>
        <translation>– (aucun triangle de liens signés)</translation>
    </message>
    <message numerus="yes">
        <source>{index} ({balanced} of %n triangle(s) balanced)</source>
        <translation>
            <numerusform>{index} ({balanced} sur %n triangle équilibrés)</numerusform>
            <numerusform>{index} ({balanced} sur %n triangles équilibrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Frustration index: {value} ({how})</source>
        <translation>Indice de frustration&#xa0;: {value} ({how})</translation>
    </message>
    <message>
        <source>Triangle index: {value}</source>
        <translation>Indice des triangles&#xa0;: {value}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Ties that contradict the blocs ({count})</source>
        <translation>Liens qui contredisent les blocs ({count})</translation>
    </message>
    <message>
        <source>No tie contradicts the blocs: the map falls into clean camps.</source>
        <translation>Aucun lien ne contredit les blocs&#xa0;: la carte se divise en camps nets.</translation>
    </message>
    <message>
        <source>contradicts the blocs</source>
        <translation>contredit les blocs</translation>
    </message>
    <message>
        <source>hostility inside one bloc</source>
        <translation>hostilité au sein d&apos;un bloc</translation>
    </message>
    <message>
        <source>trust across the blocs</source>
        <translation>confiance entre blocs</translation>
    </message>
</context>
<context>
    <name>Brokerage</name>
    <message>
        <source>Gould-Fernandez “{role}” count on the directed trust layer</source>
        <translation>Nombre de fois «&#xa0;{role}&#xa0;» (Gould-Fernandez) sur la couche orientée de confiance</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>normalised betweenness on all ties (0-1)</source>
        <translation>intermédiarité normalisée sur tous les liens (0-1)</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Burt constraint on trust ties (low = free to bridge); – = no trust ties</source>
        <translation>contrainte de Burt sur les liens de confiance (faible = libre de faire le pont)&#xa0;; – = aucun lien de confiance</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Taille effective</translation>
    </message>
    <message>
        <source>Burt effective size on trust ties; – = no trust ties</source>
        <translation>taille effective de Burt sur les liens de confiance&#xa0;; – = aucun lien de confiance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Top brokers by betweenness (all ties)</source>
        <translation>Principaux courtiers par intermédiarité (tous les liens)</translation>
    </message>
    <message>
        <source>Gould-Fernandez roles on trust ties, top actors</source>
        <translation>Rôles de Gould-Fernandez sur les liens de confiance, principaux acteurs</translation>
    </message>
    <message>
        <source>Top brokers</source>
        <translation>Principaux courtiers</translation>
    </message>
    <message>
        <source>Roles per actor</source>
        <translation>Rôles par acteur</translation>
    </message>
    <message>
        <source>Betweenness is estimated from a sample of actors on this large map (approximate).</source>
        <translation>Sur cette grande carte, l&apos;intermédiarité est estimée à partir d&apos;un échantillon d&apos;acteurs (approchée).</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Double-click to add an actor · drag from its rim to draw a tie</source>
        <translation>Double-cliquez pour ajouter un acteur · faites glisser depuis son bord pour tracer un lien</translation>
    </message>
    <message>
        <source>Tie from {source} to {target}</source>
        <translation>Lien de {source} vers {target}</translation>
    </message>
    <message>
        <source>Nudge {name}</source>
        <translation>Décaler «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n actor(s)</source>
        <translation>
            <numerusform>Décaler %n acteur</numerusform>
            <numerusform>Décaler %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Add actor: {error}</source>
        <translation>Ajouter un acteur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing selected to delete</source>
        <translation>Rien de sélectionné à supprimer</translation>
    </message>
    <message>
        <source>Select one actor to rename</source>
        <translation>Sélectionnez un seul acteur pour le renommer</translation>
    </message>
    <message>
        <source>Select actors to copy</source>
        <translation>Sélectionnez les acteurs à copier</translation>
    </message>
    <message>
        <source>Copied {actors} and {ties}</source>
        <translation>Dans le presse-papiers&#xa0;: {actors} et {ties}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste: {error}</source>
        <translation>Coller&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} and its ties</source>
        <translation>{name} et ses liens</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>&amp;Add actor</source>
        <translation>Ajouter un ac&amp;teur</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view (or double-click empty space)</source>
        <translation>Ajoute un acteur au centre de la vue (ou double-cliquez sur un espace vide)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>Delete the selected actors (with their ties) and ties</source>
        <translation>Supprime les acteurs sélectionnés (avec leurs liens) et les liens sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the selected actors and the ties among them</source>
        <translation>Copie les acteurs sélectionnés et les liens qui les unissent</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Coll&amp;er</translation>
    </message>
    <message>
        <source>Paste copied actors</source>
        <translation>Colle les acteurs copiés</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>To&amp;ut sélectionner</translation>
    </message>
    <message>
        <source>&amp;Rename actor</source>
        <translation>Reno&amp;mmer l&apos;acteur</translation>
    </message>
    <message>
        <source>Edit the selected actor&apos;s name in place</source>
        <translation>Modifie le nom de l&apos;acteur sélectionné sur la carte</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to map</source>
        <translation>A&amp;juster à la carte</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Montre toute la carte</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>Ta&amp;ille réelle</translation>
    </message>
    <message>
        <source>Force &amp;layout</source>
        <translation>&amp;Disposition par forces</translation>
    </message>
    <message>
        <source>Arrange actors by their ties (force-directed); pinned actors stay</source>
        <translation>Dispose les acteurs selon leurs liens (algorithme de forces)&#xa0;; les acteurs épinglés restent en place</translation>
    </message>
    <message>
        <source>Layout by &amp;faction</source>
        <translation>Disposition par &amp;faction</translation>
    </message>
    <message>
        <source>Place factions on a circle with their members clustered; pinned actors stay</source>
        <translation>Place les factions sur un cercle, leurs membres regroupés&#xa0;; les acteurs épinglés restent en place</translation>
    </message>
    <message>
        <source>Show le&amp;gend</source>
        <translation>Affic&amp;her la légende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Affiche ou masque la légende</translation>
    </message>
    <message>
        <source>Faction &amp;areas</source>
        <translation>&amp;Zones des factions</translation>
    </message>
    <message>
        <source>Show a soft area behind the members of each faction</source>
        <translation>Affiche une zone estompée derrière les membres de chaque faction</translation>
    </message>
    <message>
        <source>Draw &amp;ties</source>
        <translation>Tracer &amp;des liens</translation>
    </message>
    <message>
        <source>Tie tool: drag from one actor to another (or Shift+drag, or drag from an actor&apos;s rim)</source>
        <translation>Outil lien&#xa0;: faites glisser d&apos;un acteur à un autre (ou Maj+glisser, ou glisser depuis le bord d&apos;un acteur)</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>the clipboard holds no actors (copy some on a map first)</source>
        <translation>le presse-papiers ne contient aucun acteur (copiez-en d&apos;abord sur une carte)</translation>
    </message>
    <message>
        <source>the clipboard is empty</source>
        <translation>le presse-papiers est vide</translation>
    </message>
    <message>
        <source>the clipboard holds no actors</source>
        <translation>le presse-papiers ne contient aucun acteur</translation>
    </message>
    <message>
        <source>the clipboard content is too large to paste</source>
        <translation>le contenu du presse-papiers est trop volumineux pour être collé</translation>
    </message>
    <message>
        <source>the copied items are invalid: {problem}</source>
        <translation>les éléments copiés ne sont pas valides&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>this map is a read-only copy opened to compare; edit the map in its own tab</source>
        <translation>cette carte est une copie en lecture seule ouverte pour comparer&#xa0;; modifiez la carte dans son propre onglet</translation>
    </message>
    <message>
        <source>Use File ▸ Compare with… to see how another file of this map differs from it.</source>
        <translation>Utilisez Fichier ▸ Comparer avec… pour voir en quoi un autre fichier de cette carte en diffère.</translation>
    </message>
    <message>
        <source>“{copy}” compared with “{base}”: {differences}</source>
        <translation>«&#xa0;{copy}&#xa0;» comparé à «&#xa0;{base}&#xa0;»&#xa0;: {differences}</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>aucune différence</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
</context>
<context>
    <name>CompareStrategies</name>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentation F</translation>
    </message>
    <message>
        <source>Hostile ties (actors left)</source>
        <translation>Liens hostiles (acteurs restants)</translation>
    </message>
    <message>
        <source>Communities coerced/extorted</source>
        <translation>Communautés contraintes/rackettées</translation>
    </message>
    <message>
        <source>Camp splinters (kingpin effect)</source>
        <translation>Fragments de camps (effet du chef décapité)</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Scénarios à comparer</translation>
    </message>
    <message>
        <source>Scenario shown on the map</source>
        <translation>Scénario affiché sur la carte</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>yellow highlight: added or changed in the scenario (hover for what changed)</source>
        <translation>surlignage jaune&#xa0;: ajouté ou modifié dans le scénario (survolez pour voir ce qui a changé)</translation>
    </message>
    <message>
        <source>faded: removed by the scenario</source>
        <translation>estompé&#xa0;: retiré par le scénario</translation>
    </message>
    <message>
        <source>outlined areas: agreements around their parties</source>
        <translation>zones cernées&#xa0;: accords autour de leurs parties</translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation>Stratégies comparées</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Montrer sur la carte</translation>
    </message>
    <message>
        <source>Not compared: {error}</source>
        <translation>Non comparé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Compare: {error}</source>
        <translation>Comparer&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) compared with the base map.</source>
        <translation>
            <numerusform>%n scénario comparé à la carte de base.</numerusform>
            <numerusform>%n scénarios comparés à la carte de base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts that no longer fit were skipped.</source>
        <translation>Les parties qui ne correspondent plus ont été ignorées.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Carte de base</translation>
    </message>
    <message>
        <source>was {old}, now {new}</source>
        <translation>était {old}, maintenant {new}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>modifié&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>No scenario chosen</source>
        <translation>Aucun scénario choisi</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Settle the conflict</source>
        <translation>Régler le conflit</translation>
    </message>
    <message>
        <source>Value for {subject}:</source>
        <translation>Valeur pour {subject}&#xa0;:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Use &amp;ours</source>
        <translation>Garder la &amp;nôtre</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to settle: choose ours, theirs, or type a value.</source>
        <translation>
            <numerusform>%n conflit de fusion à régler&#xa0;: choisissez notre version, la leur, ou saisissez une valeur.</numerusform>
            <numerusform>%n conflits de fusion à régler&#xa0;: choisissez notre version, la leur, ou saisissez une valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Aucun conflit de fusion dans cette carte.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Actor maps (*.actormap);;All files (*)</source>
        <translation>Cartes d&apos;acteurs (*.actormap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables: actormap, Kumu, Gephi, edge lists (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF (*.gexf);;Excel, format Kumu (*.xlsx);;Tableaux CSV&#xa0;: actormap, Kumu, Gephi, listes d&apos;arêtes (*.csv)</translation>
    </message>
    <message>
        <source>Maps and files to import (*.actormap *.graphml *.gexf *.xlsx *.csv)</source>
        <translation>Cartes et fichiers à importer (*.actormap *.graphml *.gexf *.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Actor maps (*.actormap)</source>
        <translation>Cartes d&apos;acteurs (*.actormap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>actormap did not close properly last time.</source>
        <translation>actormap ne s&apos;est pas fermé correctement la dernière fois.</translation>
    </message>
    <message>
        <source>Recover the unsaved map? If you choose Discard it is deleted.</source>
        <translation>Récupérer la carte non enregistrée&#xa0;? Si vous choisissez Abandonner, elle est supprimée.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Import map</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <source>All importable files (*.graphml *.gexf *.xlsx *.csv)</source>
        <translation>Tous les fichiers importables (*.graphml *.gexf *.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export map data</source>
        <translation>Exporter les données de la carte</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF pour Gephi (*.gexf);;Excel, format Kumu (*.xlsx);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>About actormap</source>
        <translation>À propos d&apos;actormap</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another window or program since you opened or saved it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque par une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes. Reload it (your unsaved changes here are lost), save your version under another name, or overwrite?</source>
        <translation>Enregistrer maintenant écraserait ces modifications. Le recharger (vos modifications non enregistrées ici sont perdues), enregistrer votre version sous un autre nom, ou écraser&#xa0;?</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Export redacted copy</source>
        <translation>Exporter une copie anonymisée</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <source>removed: {name}</source>
        <translation>retiré&#xa0;: {name}</translation>
    </message>
    <message>
        <source>removed tie ({kind})</source>
        <translation>lien retiré ({kind})</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <source>Scenario: </source>
        <translation>Scénario&#xa0;: </translation>
    </message>
    <message>
        <source>Perspective: </source>
        <translation>Perspective&#xa0;: </translation>
    </message>
    <message>
        <source>Compare: </source>
        <translation>Comparaison&#xa0;: </translation>
    </message>
    <message>
        <source>Open maps</source>
        <translation>Cartes ouvertes</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
</context>
<context>
    <name>Emphasis</name>
    <message>
        <source>a filter: what it leaves out is hidden</source>
        <translation>un filtre&#xa0;: ce qu&apos;il écarte est masqué</translation>
    </message>
    <message>
        <source>a filter: what it leaves out is faded</source>
        <translation>un filtre&#xa0;: ce qu&apos;il écarte est estompé</translation>
    </message>
    <message>
        <source>some actors and ties faded</source>
        <translation>des acteurs et des liens estompés</translation>
    </message>
    <message>
        <source>{notice}; {more}</source>
        <translation>{notice}&#xa0;; {more}</translation>
    </message>
    <message>
        <source>the highlighted actors and ties at full strength, the rest hidden</source>
        <translation>les acteurs et liens mis en évidence en pleine intensité, le reste masqué</translation>
    </message>
    <message>
        <source>the highlighted actors and ties at full strength, the rest faded</source>
        <translation>les acteurs et liens mis en évidence en pleine intensité, le reste estompé</translation>
    </message>
    <message>
        <source>{what} at full strength, the rest hidden</source>
        <translation>{what} en pleine intensité, le reste masqué</translation>
    </message>
    <message>
        <source>{what} at full strength, the rest faded</source>
        <translation>{what} en pleine intensité, le reste estompé</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>A new event at the date the time slider shows (else the map&apos;s as-of date)</source>
        <translation>Un nouvel événement à la date du curseur de temps (sinon à la date de référence de la carte)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Montrer sur la carte</translation>
    </message>
    <message>
        <source>Move the time slider to the event&apos;s date and light what it concerns</source>
        <translation>Place le curseur de temps à la date de l&apos;événement et met en évidence ce qu&apos;il concerne</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>none (a day); YYYY-MM-DD, exclusive</source>
        <translation>aucune (un jour)&#xa0;; AAAA-MM-JJ, exclue</translation>
    </message>
    <message>
        <source>For events that last: the first day after it (exclusive)</source>
        <translation>Pour les événements qui durent&#xa0;: le premier jour après (exclu)</translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation>une source par ligne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Edit event &apos;{name}&apos;: {fields}</source>
        <translation>Modifier l&apos;événement «&#xa0;{name}&#xa0;»&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>An event needs a date (YYYY-MM-DD).</source>
        <translation>Un événement demande une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Add event &apos;{name}&apos;</source>
        <translation>Ajouter l&apos;événement «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete event &apos;{name}&apos;</source>
        <translation>Supprimer l&apos;événement «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Actor map</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message>
        <source>the page width must be between 20 and 2000 mm, not {width}</source>
        <translation>la largeur de page doit être comprise entre 20 et 2000 mm, pas {width}</translation>
    </message>
    <message>
        <source>the PNG resolution must be between {low} and {high} DPI, not {dpi}</source>
        <translation>la résolution du PNG doit être comprise entre {low} et {high} ppp, pas {dpi}</translation>
    </message>
    <message>
        <source>the image would have {width} x {height} pixels; choose a smaller width or DPI</source>
        <translation>l&apos;image aurait {width} x {height} pixels&#xa0;; choisissez une largeur ou une résolution plus petite</translation>
    </message>
    <message>
        <source>not enough memory for an image that large</source>
        <translation>pas assez de mémoire pour une image aussi grande</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>le PNG n&apos;a pas pu être encodé</translation>
    </message>
    <message>
        <source>cannot export to {file}: use a .png, .svg or .pdf file name</source>
        <translation>impossible d&apos;exporter vers {file}&#xa0;: utilisez un nom de fichier .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>cannot write {file}: it is a folder</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Actor map report</source>
        <translation>Rapport de la carte des acteurs</translation>
    </message>
    <message>
        <source>saved view “{name}”</source>
        <translation>la vue enregistrée «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <source>Viewpoint: {viewpoint}</source>
        <translation>Point de vue&#xa0;: {viewpoint}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>View: {view}</source>
        <translation>Vue&#xa0;: {view}</translation>
    </message>
    <message>
        <source>Shown: {notice}.</source>
        <translation>Affiché&#xa0;: {notice}.</translation>
    </message>
    <message>
        <source>Names shortened or numbered on the map</source>
        <translation>Noms abrégés ou numérotés sur la carte</translation>
    </message>
    <message>
        <source>(no room for a label) — {name}</source>
        <translation>(pas de place pour l&apos;étiquette) — {name}</translation>
    </message>
    <message>
        <source>made with actormap</source>
        <translation>réalisé avec actormap</translation>
    </message>
</context>
<context>
    <name>FadeNotice</name>
    <message>
        <source>{notice}. Esc or a click on empty canvas shows everything.</source>
        <translation>{notice}. Échap ou un clic sur un espace vide du canevas montre tout.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>date de l&apos;événement</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>date de référence</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The {what} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2012-03-08) or leave it empty for none.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une {what} valide&#xa0;; écrivez-la sous la forme AAAA-MM-JJ (p. ex. 2012-03-08) ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Legitimacy &apos;{text}&apos; is not a number; give a value from 0 to 1 (e.g. 0.6) or leave it empty for “not assessed”.</source>
        <translation>La légitimité «&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;; donnez une valeur de 0 à 1 (p. ex. 0,6) ou laissez le champ vide pour «&#xa0;non évaluée&#xa0;».</translation>
    </message>
    <message>
        <source>Legitimacy must be between 0 and 1 (got {value}); leave it empty for “not assessed”.</source>
        <translation>La légitimité doit être comprise entre 0 et 1 (reçu&#xa0;: {value})&#xa0;; laissez le champ vide pour «&#xa0;non évaluée&#xa0;».</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>{name} is open already</source>
        <translation>{name} est déjà ouvert</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Impossible d&apos;ouvrir la carte</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name}: {counts} (encrypted)</source>
        <translation>{name} ouvert&#xa0;: {counts} (chiffré)</translation>
    </message>
    <message>
        <source>Opened {name}: {counts}</source>
        <translation>{name} ouvert&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>{file} changed on disk: choose another name to keep both versions.</source>
        <translation>{file} a changé sur le disque&#xa0;: choisissez un autre nom pour garder les deux versions.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>{file} is open in another tab; close it first or choose another name.</source>
        <translation>{file} est ouvert dans un autre onglet&#xa0;; fermez-le d&apos;abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {problem}.

The file on disk was not changed and your map is still open; try Save As to choose another place.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: {problem}.

Le fichier sur le disque n&apos;a pas changé et votre carte reste ouverte&#xa0;; essayez Enregistrer sous pour choisir un autre emplacement.</translation>
    </message>
    <message>
        <source>Saved {name} (encrypted)</source>
        <translation>{name} enregistré (chiffré)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation>Impossible de recharger la carte</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk</source>
        <translation>{name} rechargé depuis le disque</translation>
    </message>
    <message>
        <source>{name}: new passphrase set; save to write it so.</source>
        <translation>{name}&#xa0;: nouvelle phrase secrète définie&#xa0;; enregistrez pour l&apos;écrire ainsi.</translation>
    </message>
    <message>
        <source>{name}: encrypted; save to write it so.</source>
        <translation>{name}&#xa0;: chiffré&#xa0;; enregistrez pour l&apos;écrire ainsi.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Save “{name}” without encryption from now on? Anyone who gets the file can then read it.</source>
        <translation>Enregistrer «&#xa0;{name}&#xa0;» sans chiffrement désormais&#xa0;? Quiconque obtient le fichier pourra alors le lire.</translation>
    </message>
    <message>
        <source>{name} will be saved without encryption.</source>
        <translation>{name} sera enregistré sans chiffrement.</translation>
    </message>
    <message>
        <source>Imported {name}; save it as a map file to keep it.</source>
        <translation>{name} importé&#xa0;; enregistrez-le comme fichier de carte pour le garder.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Exporté&#xa0;: {files}</translation>
    </message>
    <message>
        <source>; the format cannot hold {what}</source>
        <translation>&#xa0;; le format ne peut pas contenir {what}</translation>
    </message>
    <message>
        <source>(not encrypted)</source>
        <translation>(non chiffré)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Fade the rest</source>
        <translation>Estomper le reste</translation>
    </message>
    <message>
        <source>Hide the rest</source>
        <translation>Masquer le reste</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout montrer</translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation>Types d&apos;acteur</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation>Types de lien</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Highlight neighbourhood</source>
        <translation>Mettre en évidence le voisinage</translation>
    </message>
    <message>
        <source>Show the selected actor, its ties and its neighbours; fade the rest</source>
        <translation>Montre l&apos;acteur sélectionné, ses liens et ses voisins&#xa0;; estompe le reste</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>(no faction)</source>
        <translation>(sans faction)</translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Pairs cut off</source>
        <translation>Paires coupées</translation>
    </message>
    <message>
        <source>pairs of actors who could reach each other and no longer can</source>
        <translation>paires d&apos;acteurs qui pouvaient se joindre et ne le peuvent plus</translation>
    </message>
    <message>
        <source>Own camp cut off</source>
        <translation>Coupures dans son camp</translation>
    </message>
    <message>
        <source>inside its own camp, on trust ties: does its organisation split?</source>
        <translation>dans son propre camp, sur les liens de confiance&#xa0;: son organisation se scinde-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>F after removal</source>
        <translation>F après retrait</translation>
    </message>
    <message>
        <source>share of the remaining pairs that cannot reach each other (0-1)</source>
        <translation>part des paires restantes qui ne peuvent pas se joindre (0-1)</translation>
    </message>
    <message>
        <source>Splinters</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>groups left apart when the actor is removed</source>
        <translation>groupes laissés à part quand l&apos;acteur est retiré</translation>
    </message>
    <message>
        <source>Select an actor to see the splinters its removal would leave.</source>
        <translation>Sélectionnez un acteur pour voir les fragments que laisserait son retrait.</translation>
    </message>
    <message>
        <source>how many actors to remove together</source>
        <translation>combien d&apos;acteurs retirer ensemble</translation>
    </message>
    <message>
        <source>Find key players</source>
        <translation>Trouver les acteurs clés</translation>
    </message>
    <message>
        <source>the K actors whose joint removal breaks the map apart most (KPP-Neg)</source>
        <translation>les K acteurs dont le retrait conjoint fragmente le plus la carte (KPP-Neg)</translation>
    </message>
    <message>
        <source>Key players: not computed. Choose K and press Find.</source>
        <translation>Acteurs clés&#xa0;: non calculés. Choisissez K et appuyez sur Trouver.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Montrer sur la carte</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) would cut the map apart if removed;</source>
        <translation>
            <numerusform>%n acteur couperait la carte en morceaux s&apos;il était retiré&#xa0;;</numerusform>
            <numerusform>%n acteurs couperaient la carte en morceaux s&apos;ils étaient retirés&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would split their own camp. Most at risk first.</source>
        <translation>
            <numerusform>%n scinderait son propre camp. Les plus à risque en premier.</numerusform>
            <numerusform>%n scinderaient leur propre camp. Les plus à risque en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an actor to see the groups its removal leaves apart.</source>
        <translation>Sélectionnez un acteur pour voir les groupes que son retrait laisse à part.</translation>
    </message>
    <message>
        <source>exact: every set checked</source>
        <translation>exact&#xa0;: tous les ensembles vérifiés</translation>
    </message>
    <message>
        <source>best found by greedy swaps and a tabu search, not proven optimal</source>
        <translation>le meilleur trouvé par échanges gloutons et une recherche tabou, sans preuve d&apos;optimalité</translation>
    </message>
    <message>
        <source>Key players (K = {k}): {names} — removing them together leaves F = {F} ({how}).</source>
        <translation>Acteurs clés (K = {k})&#xa0;: {names} — les retirer ensemble laisse F = {F} ({how}).</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the %n key player(s) in the background…</source>
        <translation>
            <numerusform>Recherche de %n acteur clé en arrière-plan…</numerusform>
            <numerusform>Recherche des %n acteurs clés en arrière-plan…</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties — the camp splinters.</source>
        <translation>Dans son propre camp ({camp}), {pairs} paires seraient coupées sur les liens de confiance — le camp se fragmente.</translation>
    </message>
    <message>
        <source>Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties.</source>
        <translation>Dans son propre camp ({camp}), {pairs} paires seraient coupées sur les liens de confiance.</translation>
    </message>
    <message>
        <source>Removing {name} leaves no group apart.</source>
        <translation>Retirer {name} ne laisse aucun groupe à part.</translation>
    </message>
    <message numerus="yes">
        <source>Removing {name} cuts {pairs} pairs and leaves %n group(s) apart (select one to see it on the map).</source>
        <translation>
            <numerusform>Retirer {name} coupe {pairs} paires et laisse %n groupe à part (sélectionnez-en un pour le voir sur la carte).</numerusform>
            <numerusform>Retirer {name} coupe {pairs} paires et laisse %n groupes à part (sélectionnez-en un pour le voir sur la carte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {number}: {actors} — {names}</source>
        <translation>Groupe {number}&#xa0;: {actors} — {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>(first {count} shown)</source>
        <translation>({count} premiers affichés)</translation>
    </message>
    <message>
        <source>Own camp fragment {number}: {names}</source>
        <translation>Fragment de son camp {number}&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>Heat</name>
    <message>
        <source>Notation (kind colours)</source>
        <translation>Notation (couleurs par type)</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Brokerage roles (total)</source>
        <translation>Rôles de courtage (total)</translation>
    </message>
    <message>
        <source>Constraint (boxed in)</source>
        <translation>Contrainte (enfermement)</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Taille effective</translation>
    </message>
    <message>
        <source>Pairs cut off if removed</source>
        <translation>Paires coupées en cas de retrait</translation>
    </message>
    <message>
        <source>Mediator score</source>
        <translation>Score de médiateur</translation>
    </message>
    <message>
        <source>Shade the actors on the map by a measure (darker = higher), or show the usual conflict-mapping colours</source>
        <translation>Colore les acteurs de la carte selon une mesure (plus foncé = plus élevé), ou montre les couleurs habituelles de la cartographie des conflits</translation>
    </message>
    <message>
        <source>Colour the map by:</source>
        <translation>Colorer la carte selon&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide pages</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>Move the selected actors</source>
        <translation>Déplacer les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: larger steps)</source>
        <translation>Flèches (Maj&#xa0;: plus grands pas)</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Faire défiler la carte</translation>
    </message>
    <message>
        <source>Space + drag, or middle-drag</source>
        <translation>Espace + glisser, ou glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <source>Clear the selection or a highlight</source>
        <translation>Effacer la sélection ou une mise en évidence</translation>
    </message>
    <message>
        <source>Next / previous saved view</source>
        <translation>Vue enregistrée suivante / précédente</translation>
    </message>
    <message>
        <source>→ / ←, Page Down / Page Up, Space / Backspace</source>
        <translation>→ / ←, Page suiv. / Page préc., Espace / Retour arrière</translation>
    </message>
    <message>
        <source>In presentation mode</source>
        <translation>En mode présentation</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que cela fait</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the user guide at the page of the panel you are in (offline)</source>
        <translation>Ouvre le guide d&apos;utilisation à la page du panneau où vous êtes (hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Liste tous les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Map the kinds of this file</source>
        <translation>Faire correspondre les types de ce fichier</translation>
    </message>
    <message>
        <source>This file uses kinds actormap does not know. Choose how to read each one; a tie kind says whether the tie is trust, conflict, coercion, …, so none is guessed.</source>
        <translation>Ce fichier utilise des types qu&apos;actormap ne connaît pas. Choisissez comment lire chacun&#xa0;; le type d&apos;un lien dit s&apos;il s&apos;agit de confiance, de conflit, de coercition…, donc aucun n&apos;est deviné.</translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation>Types de lien</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no kind (%n tie(s))</source>
        <translation>
            <numerusform>sans type (%n lien)</numerusform>
            <numerusform>sans type (%n liens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor kinds</source>
        <translation>Types d&apos;acteur</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select an actor or a tie to see and edit it here.</source>
        <translation>Sélectionnez un acteur ou un lien pour le voir et le modifier ici.</translation>
    </message>
    <message>
        <source>no faction</source>
        <translation>sans faction</translation>
    </message>
    <message>
        <source>1 (weak) to 5 (dominant); drawn as circle size</source>
        <translation>1 (faible) à 5 (dominant)&#xa0;; dessinée par la taille du cercle</translation>
    </message>
    <message>
        <source>0 to 1 (e.g. 0.6), or empty for “not assessed”</source>
        <translation>0 à 1 (p. ex. 0,6), ou vide pour «&#xa0;non évaluée&#xa0;»</translation>
    </message>
    <message>
        <source>External party</source>
        <translation>Partie extérieure</translation>
    </message>
    <message>
        <source>An outside party, drawn as a shadow circle</source>
        <translation>Une partie extérieure, dessinée comme un cercle ombré</translation>
    </message>
    <message>
        <source>This is us</source>
        <translation>C&apos;est nous</translation>
    </message>
    <message>
        <source>The mapping organisation itself (its own position on the map)</source>
        <translation>L&apos;organisation qui établit la carte (sa propre position sur la carte)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Automatic layouts leave a pinned actor in place</source>
        <translation>Les dispositions automatiques laissent un acteur épinglé en place</translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation>aucune (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>First day on the map (inclusive); empty: since always</source>
        <translation>Premier jour sur la carte (inclus)&#xa0;; vide&#xa0;: depuis toujours</translation>
    </message>
    <message>
        <source>First day no longer on the map (exclusive): e.g. the day a leader was killed</source>
        <translation>Premier jour où il n&apos;est plus sur la carte (exclu)&#xa0;: p. ex. le jour où un chef a été tué</translation>
    </message>
    <message>
        <source>one source per line</source>
        <translation>une source par ligne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Faction</source>
        <translation>&amp;Faction</translation>
    </message>
    <message>
        <source>&amp;Power</source>
        <translation>&amp;Puissance</translation>
    </message>
    <message>
        <source>&amp;Legitimacy</source>
        <translation>&amp;Légitimité</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>On the &amp;map from</source>
        <translation>Sur la &amp;carte depuis</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Labels by source</source>
        <translation>Étiquettes par source</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Labels given by different sources, e.g. “terrorist group” per agency X</source>
        <translation>Étiquettes données par différentes sources, p. ex. «&#xa0;groupe terroriste&#xa0;» selon l&apos;agence X</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>⇄ Reverse direction</source>
        <translation>⇄ Inverser le sens</translation>
    </message>
    <message>
        <source>Swap From and To (for directed kinds: who protects, extracts or coerces whom)</source>
        <translation>Échange De et Vers (pour les types orientés&#xa0;: qui protège, prélève sur ou contraint qui)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>St&amp;rength</source>
        <translation>&amp;Intensité</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Certitude</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Selected: {actors} and {ties}.</source>
        <translation>Sélection&#xa0;: {actors} et {ties}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single actor or tie to edit it.</source>
        <translation>Sélectionnez un seul acteur ou lien pour le modifier.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>{field} holds {character} at position {position}</source>
        <translation>{field} contient {character} à la position {position}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Invisible characters: {list}.</source>
        <translation>Caractères invisibles&#xa0;: {list}.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Each label needs both a source and a label (e.g. “US Treasury” — “transnational criminal organisation”).</source>
        <translation>Chaque étiquette demande une source et une étiquette (p. ex. «&#xa0;Trésor américain&#xa0;» — «&#xa0;organisation criminelle transnationale&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>LabelLens</name>
    <message>
        <source>labels per actor
all sources</source>
        <translation>étiquettes par acteur
toutes les sources</translation>
    </message>
    <message>
        <source>label given by
{source}
§ = legal designation</source>
        <translation>étiquette donnée par
{source}
§ = désignation légale</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivées</translation>
    </message>
    <message>
        <source>&amp;All sources (count)</source>
        <translation>&amp;Toutes les sources (nombre)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Labels as seen by</source>
        <translation>&amp;Étiquettes selon</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Compare &amp;perspectives…</source>
        <translation>Comparer les &amp;perspectives…</translation>
    </message>
    <message>
        <source>Where the map as seen by each party disagrees with the shared map, tie by tie</source>
        <translation>Où la carte vue par chaque partie diffère de la carte commune, lien par lien</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Export the labels</source>
        <translation>Exporter les étiquettes</translation>
    </message>
    <message>
        <source>Labels table, CSV (*.csv);;Labels workbook, Excel (*.xlsx)</source>
        <translation>Tableau des étiquettes, CSV (*.csv);;Classeur des étiquettes, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Labels: actors by sources</source>
        <translation>Étiquettes&#xa0;: acteurs par sources</translation>
    </message>
    <message>
        <source>New source (e.g. UN Security Council)</source>
        <translation>Nouvelle source (p. ex. Conseil de sécurité de l&apos;ONU)</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>§ Legal designation</source>
        <translation>§ Désignation légale</translation>
    </message>
    <message>
        <source>The label is a legal designation: a terrorist listing, sanctions, a criminal-organisation designation (engaging the actor may be a crime there)</source>
        <translation>L&apos;étiquette est une désignation légale&#xa0;: inscription sur une liste terroriste, sanctions, désignation comme organisation criminelle (traiter avec l&apos;acteur peut y être un délit)</translation>
    </message>
    <message>
        <source>Mark label as designation</source>
        <translation>Marquer l&apos;étiquette comme désignation</translation>
    </message>
    <message>
        <source>Unmark designation</source>
        <translation>Retirer la marque de désignation</translation>
    </message>
    <message>
        <source>where it has force, e.g. United States</source>
        <translation>où elle a force de loi, p. ex. États-Unis</translation>
    </message>
    <message>
        <source>Set label jurisdiction</source>
        <translation>Définir la juridiction de l&apos;étiquette</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>First day the label held (empty: always)</source>
        <translation>Premier jour où l&apos;étiquette valait (vide&#xa0;: toujours)</translation>
    </message>
    <message>
        <source>First day the label no longer held (empty: still holds)</source>
        <translation>Premier jour où l&apos;étiquette ne valait plus (vide&#xa0;: vaut encore)</translation>
    </message>
    <message>
        <source>label contains… (empty: any)</source>
        <translation>l&apos;étiquette contient… (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Mettre en évidence</translation>
    </message>
    <message>
        <source>Light the actors this column&apos;s source labels (with this text) on the map; fade the rest</source>
        <translation>Met en évidence sur la carte les acteurs qu&apos;étiquette la source de cette colonne (avec ce texte)&#xa0;; estompe le reste</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the labels table (one row per label) as CSV, or an Excel workbook with the matrix</source>
        <translation>Écrit le tableau des étiquettes (une ligne par étiquette) en CSV, ou un classeur Excel avec la matrice</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>jurisdiction not given</source>
        <translation>juridiction non précisée</translation>
    </message>
    <message>
        <source>A legal designation in force: {list}</source>
        <translation>Une désignation légale en vigueur&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Choose a cell: an actor and a source.</source>
        <translation>Choisissez une cellule&#xa0;: un acteur et une source.</translation>
    </message>
    <message>
        <source>{source} gives {actor} no label on the map&apos;s date; type one into the cell.</source>
        <translation>{source} ne donne aucune étiquette à {actor} à la date de la carte&#xa0;; saisissez-en une dans la cellule.</translation>
    </message>
    <message>
        <source>{source} calls {actor} “{label}”</source>
        <translation>{source} qualifie {actor} de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Label {actor} as seen by {source}</source>
        <translation>Étiqueter {actor} selon {source}</translation>
    </message>
    <message>
        <source>Set label start date</source>
        <translation>Définir la date de début de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Set label end date</source>
        <translation>Définir la date de fin de l&apos;étiquette</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled by {source}</source>
        <translation>
            <numerusform>%n acteur étiqueté par {source}</numerusform>
            <numerusform>%n acteurs étiquetés par {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) labelled</source>
        <translation>
            <numerusform>%n acteur étiqueté</numerusform>
            <numerusform>%n acteurs étiquetés</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}-labels.csv</source>
        <translation>{name}-etiquettes.csv</translation>
    </message>
    <message>
        <source>Labels not exported: {error}</source>
        <translation>Étiquettes non exportées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exported the labels to {file}</source>
        <translation>Étiquettes exportées vers {file}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The language of the interface (from the next start), of the user guide and of reports</source>
        <translation>La langue de l&apos;interface (au prochain démarrage), du guide d&apos;utilisation et des rapports</translation>
    </message>
    <message>
        <source>Language: {language}. The user guide and reports use it now; the menus and panels change when actormap starts again.</source>
        <translation>Langue&#xa0;: {language}. Le guide d&apos;utilisation et les rapports l&apos;utilisent dès maintenant&#xa0;; les menus et panneaux changent au prochain démarrage d&apos;actormap.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>Layout by faction</source>
        <translation>Disposition par faction</translation>
    </message>
    <message>
        <source>Force layout</source>
        <translation>Disposition par forces</translation>
    </message>
    <message>
        <source>{layout}: nothing to move (all actors pinned?)</source>
        <translation>{layout}&#xa0;: rien à déplacer (tous les acteurs sont-ils épinglés&#xa0;?)</translation>
    </message>
    <message>
        <source>{layout} failed: {error}</source>
        <translation>{layout}&#xa0;: échec&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{layout}: computing for %n actor(s)…</source>
        <translation>
            <numerusform>{layout}&#xa0;: calcul pour %n acteur…</numerusform>
            <numerusform>{layout}&#xa0;: calcul pour %n acteurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>{layout}: the map changed while computing; run it again</source>
        <translation>{layout}&#xa0;: la carte a changé pendant le calcul&#xa0;; relancez-la</translation>
    </message>
    <message>
        <source>{layout}: done</source>
        <translation>{layout}&#xa0;: terminée</translation>
    </message>
    <message>
        <source>{layout}: a layout is already being computed</source>
        <translation>{layout}&#xa0;: une disposition est déjà en cours de calcul</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>trust (close relationship)</source>
        <translation>confiance (relation proche)</translation>
    </message>
    <message>
        <source>symbiotic (mutual benefit)</source>
        <translation>symbiotique (bénéfice mutuel)</translation>
    </message>
    <message>
        <source>protective (A shields B)</source>
        <translation>protection (A protège B)</translation>
    </message>
    <message>
        <source>parasitic (A extracts from B)</source>
        <translation>parasitaire (A prélève sur B)</translation>
    </message>
    <message>
        <source>coercive (A forces B)</source>
        <translation>coercition (A contraint B)</translation>
    </message>
    <message>
        <source>conflict (mutual hostility)</source>
        <translation>conflit (hostilité mutuelle)</translation>
    </message>
    <message>
        <source>dialogue (open channel)</source>
        <translation>dialogue (canal ouvert)</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Actors (colour + mark)</source>
        <translation>Acteurs (couleur + signe)</translation>
    </message>
    <message>
        <source>colour and size =</source>
        <translation>couleur et taille =</translation>
    </message>
    <message>
        <source>no value for this actor</source>
        <translation>pas de valeur pour cet acteur</translation>
    </message>
    <message>
        <source>size = power (1 – 5)</source>
        <translation>taille = puissance (1 – 5)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>faction</source>
        <translation>faction</translation>
    </message>
    <message>
        <source>label: name, faction</source>
        <translation>étiquette&#xa0;: nom, faction</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>external actor (shadow)</source>
        <translation>acteur extérieur (ombre)</translation>
    </message>
    <message>
        <source>{tag}: our own position</source>
        <translation>{tag}&#xa0;: notre propre position</translation>
    </message>
    <message>
        <source>pinned (layouts keep it)</source>
        <translation>épinglé (les dispositions ne le déplacent pas)</translation>
    </message>
    <message>
        <source>Ties (A → B)</source>
        <translation>Liens (A → B)</translation>
    </message>
    <message>
        <source>width = strength (1 – 3)</source>
        <translation>épaisseur = intensité (1 – 3)</translation>
    </message>
    <message>
        <source>faded with ?: rumoured</source>
        <translation>estompé, avec «&#xa0;?&#xa0;»&#xa0;: rumeur</translation>
    </message>
    <message>
        <source>Agreements (around parties)</source>
        <translation>Accords (autour des parties)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New map</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <source>Start an empty map</source>
        <translation>Commence une carte vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Ouvre un fichier de carte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Enregistre la carte</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Enregistre la carte sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Import GraphML, GEXF, Excel or CSV…</source>
        <translation>&amp;Importer GraphML, GEXF, Excel ou CSV…</translation>
    </message>
    <message>
        <source>Read a map from another tool (Gephi, yEd, SocNetV, Kumu, a spreadsheet)</source>
        <translation>Lit une carte venant d&apos;un autre outil (Gephi, yEd, SocNetV, Kumu, un tableur)</translation>
    </message>
    <message>
        <source>Export as GraphML, GEXF, Excel or CSV…</source>
        <translation>Exporter en GraphML, GEXF, Excel ou CSV…</translation>
    </message>
    <message>
        <source>Write the map for another tool</source>
        <translation>Écrit la carte pour un autre outil</translation>
    </message>
    <message>
        <source>&amp;Close map</source>
        <translation>&amp;Fermer la carte</translation>
    </message>
    <message>
        <source>Close this map (asks to save changes)</source>
        <translation>Ferme cette carte (propose d&apos;enregistrer les modifications)</translation>
    </message>
    <message>
        <source>Next open map</source>
        <translation>Carte ouverte suivante</translation>
    </message>
    <message>
        <source>Show the next open map</source>
        <translation>Affiche la carte ouverte suivante</translation>
    </message>
    <message>
        <source>Previous open map</source>
        <translation>Carte ouverte précédente</translation>
    </message>
    <message>
        <source>Show the previous open map</source>
        <translation>Affiche la carte ouverte précédente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit actormap</source>
        <translation>Quitte actormap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Tie two chosen actors with a kind (keyboard)</source>
        <translation>Relie deux acteurs choisis par un type de lien (au clavier)</translation>
    </message>
    <message>
        <source>&amp;Find actor…</source>
        <translation>&amp;Chercher un acteur…</translation>
    </message>
    <message>
        <source>Find an actor by name</source>
        <translation>Cherche un acteur par son nom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About actormap</source>
        <translation>À &amp;propos d&apos;actormap</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Find actor…</source>
        <translation>Chercher un acteur…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>&lt;map opened&gt;</source>
        <translation>&lt;carte ouverte&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Map properties</source>
        <translation>Propriétés de la carte</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one actor to highlight its neighbourhood.</source>
        <translation>Sélectionnez un acteur pour mettre en évidence son voisinage.</translation>
    </message>
    <message>
        <source>A tie needs two actors: add actors first.</source>
        <translation>Un lien demande deux acteurs&#xa0;: ajoutez d&apos;abord des acteurs.</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Non ajouté&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No actor matches “{text}”.</source>
        <translation>Aucun acteur ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) found.</source>
        <translation>
            <numerusform>%n acteur trouvé.</numerusform>
            <numerusform>%n acteurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the unsaved map; save it to keep it.</source>
        <translation>Carte non enregistrée récupérée&#xa0;; enregistrez-la pour la garder.</translation>
    </message>
    <message>
        <source>Map the actors of violent and fragile settings and the ties between them. Works offline; makes no network connection.</source>
        <translation>Cartographiez les acteurs des contextes violents et fragiles et les liens entre eux. Fonctionne hors ligne&#xa0;; n&apos;ouvre aucune connexion réseau.</translation>
    </message>
</context>
<context>
    <name>MapProperties</name>
    <message>
        <source>mapped from the perspective of …</source>
        <translation>cartographié du point de vue de …</translation>
    </message>
    <message>
        <source>none (YYYY-MM-DD)</source>
        <translation>aucune (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>noms séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Viewpoint</source>
        <translation>&amp;Point de vue</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>Date de &amp;référence</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;uteurs</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Edit map {fields}</source>
        <translation>Modifier la carte&#xa0;: {fields}</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>what is not on the map at the date shown is hidden</source>
        <translation>ce qui n&apos;est pas sur la carte à la date affichée est masqué</translation>
    </message>
    <message>
        <source>what is not on the map at the date shown is faded</source>
        <translation>ce qui n&apos;est pas sur la carte à la date affichée est estompé</translation>
    </message>
</context>
<context>
    <name>Mediators</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>weighted mean of the parts (0-1)</source>
        <translation>moyenne pondérée des composantes (0-1)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>each part as a bar; hover for the values</source>
        <translation>chaque composante en barre&#xa0;; survolez pour les valeurs</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Select a candidate to see why it is on the list.</source>
        <translation>Sélectionnez un candidat pour voir pourquoi il est sur la liste.</translation>
    </message>
    <message>
        <source>No analysis of this map yet.</source>
        <translation>Cette carte n&apos;a pas encore été analysée.</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>Poids par défaut</translation>
    </message>
    <message>
        <source>Designations: say so in the reasons</source>
        <translation>Désignations&#xa0;: le dire dans les raisons</translation>
    </message>
    <message>
        <source>Designations: weigh them (part &apos;Not designated&apos;)</source>
        <translation>Désignations&#xa0;: les pondérer (composante «&#xa0;Non désigné&#xa0;»)</translation>
    </message>
    <message>
        <source>Designations: leave designated actors out</source>
        <translation>Désignations&#xa0;: écarter les acteurs désignés</translation>
    </message>
    <message>
        <source>What a legal designation in force (terrorist listing, sanctions, a criminal-organisation designation) does to a candidacy; re-runs the analysis</source>
        <translation>Ce que fait une désignation légale en vigueur (liste terroriste, sanctions, désignation comme organisation criminelle) à une candidature&#xa0;; relance l&apos;analyse</translation>
    </message>
    <message>
        <source>Legal designations</source>
        <translation>Désignations légales</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Pourquoi il est écarté</translation>
    </message>
    <message>
        <source>Left out (gates)</source>
        <translation>Écartés (filtres)</translation>
    </message>
    <message>
        <source>Why this candidate</source>
        <translation>Pourquoi ce candidat</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>not assessed (counted as {value})</source>
        <translation>non évaluée (comptée comme {value})</translation>
    </message>
    <message>
        <source>Left out by the gates: they may be powerful or central, but they are not trusted across camps (or are outsiders).</source>
        <translation>Écartés par les filtres&#xa0;: ils peuvent être puissants ou centraux, mais on ne leur fait pas confiance d&apos;un camp à l&apos;autre (ou ils sont extérieurs).</translation>
    </message>
    <message>
        <source>No actor was left out by the gates.</source>
        <translation>Les filtres n&apos;ont écarté aucun acteur.</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Écartés ({count})</translation>
    </message>
    <message>
        <source>Moving a slider re-ranks the list at once; hover a name for what it measures.</source>
        <translation>Déplacer un curseur reclasse aussitôt la liste&#xa0;; survolez un nom pour voir ce qu&apos;il mesure.</translation>
    </message>
    <message>
        <source>{name} and the camps it bridges by trust</source>
        <translation>{name} et les camps qu&apos;il relie par la confiance</translation>
    </message>
    <message>
        <source>× weight {value}</source>
        <translation>× poids {value}</translation>
    </message>
    <message>
        <source>Bridges by trust to: {camps} ({ties}; choose the row to light them on the map).</source>
        <translation>Relie par la confiance&#xa0;: {camps} ({ties}&#xa0;; choisissez la ligne pour les mettre en évidence sur la carte).</translation>
    </message>
    <message numerus="yes">
        <source>%n trust tie(s)</source>
        <translation>
            <numerusform>%n lien de confiance</numerusform>
            <numerusform>%n liens de confiance</numerusform>
        </translation>
    </message>
    <message>
        <source>no camp</source>
        <translation>sans camp</translation>
    </message>
    <message>
        <source>score {value}</source>
        <translation>score {value}</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Composantes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>SELF</source>
        <translation>NOUS</translation>
    </message>
</context>
<context>
    <name>OpenSample</name>
    <message>
        <source>Opened the sample “{title}” as a new map: save it under a name of your own to keep changes.</source>
        <translation>L&apos;exemple «&#xa0;{title}&#xa0;» est ouvert comme nouvelle carte&#xa0;: enregistrez-le sous votre propre nom pour garder les modifications.</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>Ouvrir un exemp&amp;le</translation>
    </message>
    <message>
        <source>Open one of the maps that come with actormap, as a new map</source>
        <translation>Ouvre comme nouvelle carte l&apos;une des cartes fournies avec actormap</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>(no sample maps in this installation)</source>
        <translation>(aucune carte d&apos;exemple dans cette installation)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>Encrypt map</source>
        <translation>Chiffrer la carte</translation>
    </message>
    <message>
        <source>Encrypted map</source>
        <translation>Carte chiffrée</translation>
    </message>
    <message>
        <source>Choose a passphrase for “{name}”. Without it the map cannot be opened: nobody can recover it for you. A few unrelated words make a good passphrase.</source>
        <translation>Choisissez une phrase secrète pour «&#xa0;{name}&#xa0;». Sans elle, la carte ne peut pas être ouverte&#xa0;: personne ne peut la retrouver pour vous. Quelques mots sans rapport entre eux font une bonne phrase secrète.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its passphrase.</source>
        <translation>«&#xa0;{name}&#xa0;» est chiffré. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>the two fields differ</source>
        <translation>des champs identiques</translation>
    </message>
    <message>
        <source>Strength: {label} (about {bits} bits)</source>
        <translation>Robustesse&#xa0;: {label} (environ {bits} bits)</translation>
    </message>
    <message>
        <source>needs {problems}</source>
        <translation>il faut {problems}</translation>
    </message>
</context>
<context>
    <name>Perspectives</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vue par</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>A new perspective over this map, opened in its own tab</source>
        <translation>Une nouvelle perspective sur cette carte, ouverte dans son propre onglet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Draw this perspective on the canvas, in its own tab</source>
        <translation>Dessine cette perspective sur le canevas, dans son propre onglet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this perspective</source>
        <translation>Supprimer cette perspective</translation>
    </message>
    <message>
        <source>Change who sees the perspective</source>
        <translation>Changer à qui est la perspective</translation>
    </message>
    <message>
        <source>Edit perspective description</source>
        <translation>Modifier la description de la perspective</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>This perspective</source>
        <translation>Cette perspective</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparée à</translation>
    </message>
    <message>
        <source>Seen &amp;by</source>
        <translation>Vue &amp;par</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Disagreements &amp;with</source>
        <translation>Désaccords a&amp;vec</translation>
    </message>
    <message>
        <source>— nobody on the map —</source>
        <translation>— personne de la carte —</translation>
    </message>
    <message>
        <source>the shared map</source>
        <translation>la carte commune</translation>
    </message>
    <message>
        <source>Cannot compare: {error}</source>
        <translation>Comparaison impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation>Carte commune</translation>
    </message>
    <message>
        <source>no tie</source>
        <translation>aucun lien</translation>
    </message>
    <message>
        <source>One view draws a positive tie where the other draws a hostile one</source>
        <translation>Une vue trace un lien positif là où l&apos;autre en trace un hostile</translation>
    </message>
    <message>
        <source>No disagreement: both draw every tie alike</source>
        <translation>Aucun désaccord&#xa0;: les deux tracent chaque lien de la même façon</translation>
    </message>
    <message>
        <source>As seen by {name}</source>
        <translation>Vue par {name}</translation>
    </message>
    <message>
        <source>New perspective</source>
        <translation>Nouvelle perspective</translation>
    </message>
    <message>
        <source>Open perspective</source>
        <translation>Ouvrir la perspective</translation>
    </message>
    <message>
        <source>Delete perspective</source>
        <translation>Supprimer la perspective</translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation>Renommer la perspective</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s): press → to step</source>
        <translation>
            <numerusform>%n vue&#xa0;: appuyez sur → pour avancer</numerusform>
            <numerusform>%n vues&#xa0;: appuyez sur → pour avancer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>{name}-redacted.actormap</source>
        <translation>{name}-anonymise.actormap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Choose another file: the redacted copy would replace the map.</source>
        <translation>Choisissez un autre fichier&#xa0;: la copie anonymisée remplacerait la carte.</translation>
    </message>
    <message>
        <source>Exported a redacted copy to {file} ({counts}).</source>
        <translation>Copie anonymisée exportée vers {file} ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed; its recovery file is deleted.</source>
        <translation>Fermée&#xa0;; son fichier de récupération est supprimé.</translation>
    </message>
    <message>
        <source>Recent files are remembered.</source>
        <translation>Les fichiers récents sont mémorisés.</translation>
    </message>
    <message>
        <source>Recent files and the last folder are forgotten and no longer kept.</source>
        <translation>Les fichiers récents et le dernier dossier sont oubliés et ne sont plus conservés.</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>C&amp;hiffrer…</translation>
    </message>
    <message>
        <source>Encrypt this map with a passphrase (saved as an age file)</source>
        <translation>Chiffre cette carte par une phrase secrète (enregistrée comme fichier age)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted map</source>
        <translation>Choisit une nouvelle phrase secrète pour cette carte chiffrée</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Save this map without encryption from now on</source>
        <translation>Enregistre désormais cette carte sans chiffrement</translation>
    </message>
    <message>
        <source>&amp;Redacted copy…</source>
        <translation>Copie &amp;anonymisée…</translation>
    </message>
    <message>
        <source>Write a copy with coded names and no notes or sources, for sharing</source>
        <translation>Écrit une copie aux noms codés, sans notes ni sources, pour la partager</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>Effacer les fichiers récen&amp;ts</translation>
    </message>
    <message>
        <source>Forget the list of recently used maps</source>
        <translation>Oublie la liste des cartes utilisées récemment</translation>
    </message>
    <message>
        <source>Close and &amp;wipe recovery</source>
        <translation>Fermer et effacer la réc&amp;upération</translation>
    </message>
    <message>
        <source>Close this map and delete its autosaved recovery file now</source>
        <translation>Ferme cette carte et supprime tout de suite son fichier de récupération automatique</translation>
    </message>
    <message>
        <source>&amp;Remember recent files</source>
        <translation>&amp;Mémoriser les fichiers récents</translation>
    </message>
    <message>
        <source>Keep a list of recently used maps and the last folder (off: nothing is kept)</source>
        <translation>Garde une liste des cartes utilisées récemment et le dernier dossier (désactivé&#xa0;: rien n&apos;est conservé)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved changes to an encrypted map (its passphrase is needed to recover it), autosaved at {time}.</source>
        <translation>Modifications non enregistrées d&apos;une carte chiffrée (sa phrase secrète est nécessaire pour la récupérer), sauvegardées automatiquement à {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes to the map {file}, autosaved at {time}.</source>
        <translation>Modifications non enregistrées de la carte {file}, sauvegardées automatiquement à {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes to an unsaved new map, autosaved at {time}.</source>
        <translation>Modifications non enregistrées d&apos;une nouvelle carte jamais enregistrée, sauvegardées automatiquement à {time}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Autosave is off: cannot create {folder} ({problem})</source>
        <translation>Sauvegarde automatique désactivée&#xa0;: impossible de créer {folder} ({problem})</translation>
    </message>
    <message>
        <source>Autosave is off: cannot write {file} ({problem})</source>
        <translation>Sauvegarde automatique désactivée&#xa0;: impossible d&apos;écrire {file} ({problem})</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the recovered map</source>
        <translation>la carte récupérée</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
</context>
<context>
    <name>Redact</name>
    <message>
        <source>Export redacted copy</source>
        <translation>Exporter une copie anonymisée</translation>
    </message>
    <message>
        <source>The copy replaces actor names by codes (kind and number, e.g. “Gang 3”) and removes notes, sources, labels, short names and who-changed-what; ties and kinds stay, so the analysis gives the same numbers. Tick actors whose real names may stay:</source>
        <translation>La copie remplace les noms des acteurs par des codes (type et numéro, p. ex. «&#xa0;Gang 3&#xa0;») et retire notes, sources, étiquettes, noms courts et l&apos;historique de qui a changé quoi&#xa0;; les liens et les types restent, donc l&apos;analyse donne les mêmes chiffres. Cochez les acteurs dont le vrai nom peut rester&#xa0;:</translation>
    </message>
    <message>
        <source>Hide actor kinds too (mediator suggestions then differ)</source>
        <translation>Masquer aussi les types d&apos;acteur (les suggestions de médiateurs changent alors)</translation>
    </message>
    <message>
        <source>Keep only the year of every date</source>
        <translation>Ne garder que l&apos;année de chaque date</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <source>New scenario &apos;{name}&apos;</source>
        <translation>Nouveau scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New perspective &apos;{name}&apos;</source>
        <translation>Nouvelle perspective «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete scenario &apos;{name}&apos;</source>
        <translation>Supprimer le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete perspective &apos;{name}&apos;</source>
        <translation>Supprimer la perspective «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit scenario {fields}</source>
        <translation>Modifier le scénario&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Edit perspective {fields}</source>
        <translation>Modifier la perspective&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>no scenario {id}</source>
        <translation>aucun scénario {id}</translation>
    </message>
    <message>
        <source>no perspective {id}</source>
        <translation>aucune perspective {id}</translation>
    </message>
    <message>
        <source>a scenario&apos;s changes are edited in its own tab</source>
        <translation>les modifications d&apos;un scénario se font dans son propre onglet</translation>
    </message>
    <message>
        <source>a perspective&apos;s changes are edited in its own tab</source>
        <translation>les modifications d&apos;une perspective se font dans son propre onglet</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Réordonner les scénarios</translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message numerus="yes">
        <source>%n part(s) of the perspective &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n partie de la perspective «&#xa0;{name}&#xa0;» ne correspond plus à la carte et a été écartée.</numerusform>
            <numerusform>%n parties de la perspective «&#xa0;{name}&#xa0;» ne correspondent plus à la carte et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the scenario &apos;{name}&apos; no longer fit the map and were left out.</source>
        <translation>
            <numerusform>%n partie du scénario «&#xa0;{name}&#xa0;» ne correspond plus à la carte et a été écartée.</numerusform>
            <numerusform>%n parties du scénario «&#xa0;{name}&#xa0;» ne correspondent plus à la carte et ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The perspective was deleted; its tab was closed.</source>
        <translation>La perspective a été supprimée&#xa0;; son onglet a été fermé.</translation>
    </message>
    <message>
        <source>The scenario was deleted; its tab was closed.</source>
        <translation>Le scénario a été supprimé&#xa0;; son onglet a été fermé.</translation>
    </message>
    <message>
        <source>AS SEEN BY {who}: {name} — not the shared map</source>
        <translation>VU PAR {who}&#xa0;: {name} — pas la carte commune</translation>
    </message>
    <message>
        <source>SCENARIO ({strategy}): {name} — not the base map</source>
        <translation>SCÉNARIO ({strategy})&#xa0;: {name} — pas la carte de base</translation>
    </message>
    <message>
        <source>the base map changed since this tab opened: reopen the tab to include that</source>
        <translation>la carte de base a changé depuis l&apos;ouverture de cet onglet&#xa0;: rouvrez l&apos;onglet pour en tenir compte</translation>
    </message>
    <message>
        <source>A party&apos;s view of “{title}”: edits here change this perspective only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation>La vue d&apos;une partie sur «&#xa0;{title}&#xa0;»&#xa0;: les modifications faites ici ne changent que cette perspective (avec leur propre annulation)&#xa0;; Fichier ▸ Enregistrer l&apos;enregistre avec la carte.</translation>
    </message>
    <message>
        <source>A what-if over “{title}”: edits here change this scenario only (with their own undo); File ▸ Save saves it with the map.</source>
        <translation>Une hypothèse sur «&#xa0;{title}&#xa0;»&#xa0;: les modifications faites ici ne changent que ce scénario (avec leur propre annulation)&#xa0;; Fichier ▸ Enregistrer l&apos;enregistre avec la carte.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vue</numerusform>
            <numerusform>%n vues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>removes {items}</source>
        <translation>retire {items}</translation>
    </message>
    <message>
        <source>adds {items}</source>
        <translation>ajoute {items}</translation>
    </message>
    <message>
        <source>changes {items}</source>
        <translation>modifie {items}</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>aucune modification pour l&apos;instant</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>A new scenario over this map, opened in its own tab</source>
        <translation>Un nouveau scénario sur cette carte, ouvert dans son propre onglet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Edit this scenario on the canvas, in its own tab</source>
        <translation>Modifie ce scénario sur le canevas, dans son propre onglet</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename this scenario (F2)</source>
        <translation>Renomme ce scénario (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy this scenario with its changes</source>
        <translation>Copie ce scénario avec ses modifications</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this scenario</source>
        <translation>Supprime ce scénario</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move earlier in comparisons</source>
        <translation>Le place plus tôt dans les comparaisons</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move later in comparisons</source>
        <translation>Le place plus tard dans les comparaisons</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Compare the base map with its scenarios</source>
        <translation>Compare la carte de base avec ses scénarios</translation>
    </message>
    <message>
        <source>Change scenario strategy</source>
        <translation>Changer la stratégie du scénario</translation>
    </message>
    <message>
        <source>Edit scenario description</source>
        <translation>Modifier la description du scénario</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Scénario {number}</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir le scénario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copie {number})</translation>
    </message>
    <message>
        <source>Duplicate scenario &apos;{name}&apos;</source>
        <translation>Dupliquer le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Réordonner les scénarios</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening {name} ({size} MB)…</source>
        <translation>Ouverture de {name} ({size}&#xa0;Mo)…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Impossible d&apos;ouvrir la carte</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>S&amp;trategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>A new scenario over this map, edited in its own tab</source>
        <translation>Un nouveau scénario sur cette carte, modifié dans son propre onglet</translation>
    </message>
    <message>
        <source>&amp;Compare strategies…</source>
        <translation>&amp;Comparer les stratégies…</translation>
    </message>
    <message>
        <source>The base map and its scenarios side by side: deltas, chart and a diff overlay</source>
        <translation>La carte de base et ses scénarios côte à côte&#xa0;: écarts, graphique et superposition des différences</translation>
    </message>
    <message>
        <source>&amp;Remove selected actors (arrest)</source>
        <translation>&amp;Retirer les acteurs sélectionnés (arrestation)</translation>
    </message>
    <message>
        <source>Confrontation: take the selected actors off the map in a scenario</source>
        <translation>Confrontation&#xa0;: retire de la carte les acteurs sélectionnés, dans un scénario</translation>
    </message>
    <message>
        <source>&amp;Truce among selected actors</source>
        <translation>&amp;Trêve entre les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Accommodation: the selected actors sign a truce; their conflict and coercive ties become dialogue</source>
        <translation>Accommodement&#xa0;: les acteurs sélectionnés signent une trêve&#xa0;; leurs liens de conflit et de coercition deviennent du dialogue</translation>
    </message>
    <message>
        <source>Turn selected hostile ties into &amp;dialogue</source>
        <translation>Transformer les liens hostiles sélectionnés en &amp;dialogue</translation>
    </message>
    <message>
        <source>Accommodation: the selected conflict and coercive ties become dialogue ties</source>
        <translation>Accommodement&#xa0;: les liens de conflit et de coercition sélectionnés deviennent des liens de dialogue</translation>
    </message>
    <message>
        <source>New &amp;agreement from selected actors</source>
        <translation>Nouvel &amp;accord avec les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>An agreement (proposed) with the selected actors as its parties</source>
        <translation>Un accord (proposé) avec les acteurs sélectionnés comme parties</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the actors to remove first.</source>
        <translation>Sélectionnez d&apos;abord les acteurs à retirer.</translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>Retirer {names}</translation>
    </message>
    <message>
        <source>Arrest {names}</source>
        <translation>Arrêter {names}</translation>
    </message>
    <message>
        <source>Select at least two actors for a truce.</source>
        <translation>Sélectionnez au moins deux acteurs pour une trêve.</translation>
    </message>
    <message>
        <source>Truce: {names}</source>
        <translation>Trêve&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Select conflict or coercive ties first.</source>
        <translation>Sélectionnez d&apos;abord des liens de conflit ou de coercition.</translation>
    </message>
    <message>
        <source>Dialogue instead of conflict</source>
        <translation>Le dialogue au lieu du conflit</translation>
    </message>
    <message>
        <source>Strategies compared — {title}</source>
        <translation>Stratégies comparées — {title}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Separate pieces</source>
        <translation>Morceaux séparés</translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentation F</translation>
    </message>
    <message>
        <source>Fragmentation DF</source>
        <translation>Fragmentation DF</translation>
    </message>
    <message>
        <source>Camps declared</source>
        <translation>Camps déclarés</translation>
    </message>
    <message>
        <source>Groups detected by trust ties</source>
        <translation>Groupes détectés par les liens de confiance</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>components: groups with no tie between them</source>
        <translation>composantes&#xa0;: groupes sans aucun lien entre eux</translation>
    </message>
    <message>
        <source>share of pairs that cannot reach each other</source>
        <translation>part des paires qui ne peuvent pas se joindre</translation>
    </message>
    <message>
        <source>distance-weighted: also counts how far apart reachable actors are</source>
        <translation>pondérée par la distance&#xa0;: compte aussi l&apos;éloignement des acteurs qui se joignent</translation>
    </message>
    <message>
        <source>none (set the Faction field of actors)</source>
        <translation>aucun (remplissez le champ Faction des acteurs)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Approximated on this map (flagged by the engine): {measures}</source>
        <translation>Approchées sur cette carte (signalées par le moteur d&apos;analyse)&#xa0;: {measures}</translation>
    </message>
    <message>
        <source>Every measure on this map is exact.</source>
        <translation>Toutes les mesures de cette carte sont exactes.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the analysis process ended (exit code {code})</source>
        <translation>le processus d&apos;analyse s&apos;est arrêté (code de sortie {code})</translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>Open another file of this map (a teammate&apos;s copy) and see what differs</source>
        <translation>Ouvre un autre fichier de cette carte (la copie d&apos;un membre de l&apos;équipe) et montre ce qui diffère</translation>
    </message>
    <message>
        <source>Your &amp;name for edits…</source>
        <translation>Votre &amp;nom pour les modifications…</translation>
    </message>
    <message>
        <source>The name recorded on the actors, ties, agreements and events you add or change</source>
        <translation>Le nom inscrit sur les acteurs, liens, accords et événements que vous ajoutez ou modifiez</translation>
    </message>
    <message>
        <source>Your edits are recorded as {name}.</source>
        <translation>Vos modifications sont inscrites au nom de {name}.</translation>
    </message>
    <message>
        <source>No name is recorded on your edits.</source>
        <translation>Aucun nom n&apos;est inscrit sur vos modifications.</translation>
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
        <translation>intensité {strength}/3, {confidence}</translation>
    </message>
</context>
<context>
    <name>TieTable</name>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>AAAA-MM-JJ ou vide</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>1-3, drawn as line width</source>
        <translation>1-3, dessinée par l&apos;épaisseur du trait</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Filter ties (actor, kind…)</source>
        <translation>Filtrer les liens (acteur, type…)</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>&amp;Time slider</source>
        <translation>&amp;Curseur de temps</translation>
    </message>
    <message>
        <source>Show or hide the time slider under the map</source>
        <translation>Montre ou cache le curseur de temps sous la carte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The measures over time, with the events</source>
        <translation>Les mesures dans le temps, avec les événements</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Fade</source>
        <translation>Estomper</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Show the map as it stood on the date chosen; off: every actor and tie</source>
        <translation>Montre la carte telle qu&apos;elle était à la date choisie&#xa0;; désactivé&#xa0;: tous les acteurs et liens</translation>
    </message>
    <message>
        <source>The date shown (YYYY-MM-DD)</source>
        <translation>La date affichée (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Step through the dates, one step every {seconds} s, to the last date</source>
        <translation>Parcourt les dates, un pas toutes les {seconds} s, jusqu&apos;à la dernière</translation>
    </message>
    <message>
        <source>How far ◀ ▶ and Play move</source>
        <translation>De combien avancent ◀ ▶ et Lecture</translation>
    </message>
    <message>
        <source>Actors and ties not on the map at the date shown fade, or are hidden</source>
        <translation>Les acteurs et liens absents de la carte à la date affichée s&apos;estompent ou sont masqués</translation>
    </message>
    <message>
        <source>Undated actors and ties are always shown.</source>
        <translation>Les acteurs et liens sans date sont toujours affichés.</translation>
    </message>
    <message>
        <source>An item is on the map from its start date (inclusive) until its end date (exclusive); an item without dates is on the map at every date.</source>
        <translation>Un élément est sur la carte de sa date de début (incluse) à sa date de fin (exclue)&#xa0;; un élément sans date est sur la carte à toutes les dates.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Pas&#xa0;:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Absents&#xa0;:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Pas encore calculée.</translation>
    </message>
    <message>
        <source>Points every month, quarter or year (Auto: by the span of the map&apos;s dates)</source>
        <translation>Un point par mois, trimestre ou année (Auto&#xa0;: selon l&apos;étendue des dates de la carte)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Compute the timeline now</source>
        <translation>Calcule la chronologie maintenant</translation>
    </message>
    <message>
        <source>Undated actors, ties and agreements are on the map at every date. Click a chart to show that date on the map.</source>
        <translation>Les acteurs, liens et accords sans date sont sur la carte à toutes les dates. Cliquez sur un graphique pour voir cette date sur la carte.</translation>
    </message>
    <message>
        <source>Fragmentation F</source>
        <translation>Fragmentation F</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Hostile ties and community exposure</source>
        <translation>Liens hostiles et exposition des communautés</translation>
    </message>
    <message>
        <source>Top mediator scores</source>
        <translation>Meilleurs scores de médiateurs</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Pas&#xa0;:</translation>
    </message>
    <message>
        <source>The timeline failed: {error}</source>
        <translation>La chronologie a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This map has {actors} actors: press Compute for its timeline (it may take minutes).</source>
        <translation>Cette carte compte {actors} acteurs&#xa0;: appuyez sur Calculer pour sa chronologie (cela peut prendre des minutes).</translation>
    </message>
    <message>
        <source>Computing the timeline…</source>
        <translation>Calcul de la chronologie…</translation>
    </message>
    <message>
        <source>Map changed — computing…</source>
        <translation>La carte a changé — calcul…</translation>
    </message>
    <message>
        <source>The map has no dates: give actors, ties or agreements a start or end date, or add events, to follow it over time.</source>
        <translation>La carte n&apos;a pas de dates&#xa0;: donnez une date de début ou de fin à des acteurs, liens ou accords, ou ajoutez des événements, pour la suivre dans le temps.</translation>
    </message>
    <message>
        <source>hostile ties</source>
        <translation>liens hostiles</translation>
    </message>
    <message>
        <source>coercion or extortion of communities</source>
        <translation>coercition ou racket des communautés</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly point(s)</source>
        <translation>
            <numerusform>%n point mensuel</numerusform>
            <numerusform>%n points mensuels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly point(s)</source>
        <translation>
            <numerusform>%n point trimestriel</numerusform>
            <numerusform>%n points trimestriels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly point(s)</source>
        <translation>
            <numerusform>%n point annuel</numerusform>
            <numerusform>%n points annuels</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} from {start} to {end}; {actors} and {ties} count at every date.</source>
        <translation>{points} du {start} au {end}&#xa0;; {actors} et {ties} comptent à toutes les dates.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated actor(s)</source>
        <translation>
            <numerusform>%n acteur sans date</numerusform>
            <numerusform>%n acteurs sans date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated tie(s)</source>
        <translation>
            <numerusform>%n lien sans date</numerusform>
            <numerusform>%n liens sans date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Draw ties</source>
        <translation>Tracer des liens</translation>
    </message>
    <message>
        <source>Add tie</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save the current camera (and the selected actors as focus) as a view</source>
        <translation>Enregistre comme vue le cadrage actuel (et les acteurs sélectionnés comme focus)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Move the map to this view</source>
        <translation>Amène la carte sur cette vue</translation>
    </message>
    <message>
        <source>Update camera</source>
        <translation>Mettre à jour le cadrage</translation>
    </message>
    <message>
        <source>Store the current camera in this view</source>
        <translation>Enregistre le cadrage actuel dans cette vue</translation>
    </message>
    <message>
        <source>Focus on selection</source>
        <translation>Focus sur la sélection</translation>
    </message>
    <message>
        <source>Show the selected actors; fade the rest</source>
        <translation>Montre les acteurs sélectionnés&#xa0;; estompe le reste</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move this view earlier in the presentation</source>
        <translation>Place cette vue plus tôt dans la présentation</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move this view later in the presentation</source>
        <translation>Place cette vue plus tard dans la présentation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Supprime cette vue</translation>
    </message>
    <message>
        <source>Pin date</source>
        <translation>Fixer la date</translation>
    </message>
    <message>
        <source>Show this view at the date the time slider shows (a presentation steps through time too)</source>
        <translation>Montre cette vue à la date du curseur de temps (une présentation avance aussi dans le temps)</translation>
    </message>
    <message>
        <source>Hide what is out of focus (instead of fading it)</source>
        <translation>Masquer ce qui est hors focus (au lieu de l&apos;estomper)</translation>
    </message>
    <message>
        <source>Unpin {date}</source>
        <translation>Libérer {date}</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Vue {number}</translation>
    </message>
    <message>
        <source>Add view: {error}</source>
        <translation>Ajouter une vue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Update view camera</source>
        <translation>Mettre à jour le cadrage de la vue</translation>
    </message>
    <message>
        <source>Set view focus</source>
        <translation>Définir le focus de la vue</translation>
    </message>
    <message>
        <source>Hide out-of-focus items</source>
        <translation>Masquer les éléments hors focus</translation>
    </message>
    <message>
        <source>Fade out-of-focus items</source>
        <translation>Estomper les éléments hors focus</translation>
    </message>
    <message>
        <source>Unpin the view&apos;s date</source>
        <translation>Libérer la date de la vue</translation>
    </message>
    <message>
        <source>Turn on “As of” on the time slider and choose the date to pin.</source>
        <translation>Activez «&#xa0;À la date du&#xa0;» sur le curseur de temps et choisissez la date à fixer.</translation>
    </message>
    <message>
        <source>Pin the view to {date}</source>
        <translation>Fixer la vue au {date}</translation>
    </message>
    <message>
        <source>centre ({x}, {y}), showing {width} x {height}</source>
        <translation>centre ({x}, {y}), affichage {width} x {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) in focus</source>
        <translation>
            <numerusform>%n acteur en focus</numerusform>
            <numerusform>%n acteurs en focus</numerusform>
        </translation>
    </message>
    <message>
        <source>factions: {names}</source>
        <translation>factions&#xa0;: {names}</translation>
    </message>
    <message>
        <source>ties: {kinds}</source>
        <translation>liens&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>the rest hidden</source>
        <translation>le reste masqué</translation>
    </message>
    <message>
        <source>the map as of {date}</source>
        <translation>la carte au {date}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Page web (*.html);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Résolution PNG</translation>
    </message>
    <message>
        <source>Dots per inch (300 or more for print):</source>
        <translation>Points par pouce (300 ou plus pour l&apos;impression)&#xa0;:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Full screen for workshops; arrow keys step through saved views, Esc leaves</source>
        <translation>Plein écran pour les ateliers&#xa0;; les flèches parcourent les vues enregistrées, Échap en sort</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Map as &amp;picture (PNG, SVG, PDF)…</source>
        <translation>Carte en &amp;image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Current &amp;view as picture…</source>
        <translation>&amp;Vue actuelle en image…</translation>
    </message>
    <message>
        <source>Analysis &amp;report (HTML, PDF)…</source>
        <translation>&amp;Rapport d&apos;analyse (HTML, PDF)…</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Export the current view</source>
        <translation>Exporter la vue actuelle</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>current view</source>
        <translation>vue actuelle</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Exporté&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Export the analysis report</source>
        <translation>Exporter le rapport d&apos;analyse</translation>
    </message>
    <message numerus="yes">
        <source>Analysing for the report (%n actor(s))…</source>
        <translation>
            <numerusform>Analyse pour le rapport (%n acteur)…</numerusform>
            <numerusform>Analyse pour le rapport (%n acteurs)…</numerusform>
        </translation>
    </message>
    <message>
        <source>the map was closed before its report was ready</source>
        <translation>la carte a été fermée avant que son rapport soit prêt</translation>
    </message>
    <message>
        <source>Report not written: {error}</source>
        <translation>Rapport non écrit&#xa0;: {error}</translation>
    </message>
</context>
</TS>
