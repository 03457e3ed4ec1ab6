"""French messages: the same keys and params as ``en.py``.

The field's own words: *médiateur interne*, *camp*, *lien* (a tie), *trêve*,
*racket*, *gang*, *milice*, *cartel*; Gould-Fernandez roles as in French network
analysis (coordinateur, itinérant, représentant, portier, agent de liaison).
French typography: a no-break space (U+00A0) before ":" and ";", « guillemets ».
Plurals use the CLDR categories of :data:`.language.FR` (0 and 1 are singular).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .en import vocabulary
from .language import Language

P = Mapping[str, Any]
NB = "\u00a0"  # no-break space before ":" and ";"

ROLES = {"coordinator": "coordinateur", "itinerant": "itinérant", "representative": "représentant",
         "gatekeeper": "portier", "liaison": "agent de liaison"}
CONFIDENCE = {"rumoured": "rumeur", "reported": "signalé", "confirmed": "confirmé"}
MEASURES = {"betweenness": "intermédiarité", "balance": "équilibre structurel", "key_players": "acteurs clés",
            "splinters": "listes de fragments", "fragmentation": "fragmentation", "removal": "effet du retrait",
            "faction_removal": "effet du retrait dans une faction", "constraint": "contrainte",
            "effective_size": "taille effective", "brokerage": "rôles de courtage",
            "factions_detected": "groupes détectés", "mediators": "médiateurs internes",
            "spoilers": "saboteurs d'accords"}
ACTOR_KINDS = {"cartel": "cartel", "gang": "gang", "militia": "milice", "rebel_group": "groupe rebelle",
               "state_agent": "agent de l'État", "political": "politique", "community": "communauté",
               "civil_society": "société civile", "religious": "religieux", "business": "entreprise",
               "international": "international", "other": "autre"}
COMPONENTS = {"brokerage": "courtage", "reach": "portée", "access": "accès", "adversaries": "adversaires",
              "autonomy": "autonomie", "trust_share": "part de confiance", "legitimacy": "légitimité",
              "independence": "indépendance", "undesignated": "non désigné"}
STRATEGY_KINDS = {"confrontation": "confrontation", "accommodation": "accommodement",
                  "transformation": "transformation", "other": "autre"}
SENSITIVITY = {"public": "publique", "internal": "interne", "confidential": "confidentielle",
               "strictly_confidential": "strictement confidentielle"}
AGREEMENT_KINDS = {"truce": "trêve", "covenant": "pacte de coexistence", "peace_zone": "zone de paix",
                   "pact": "pacte", "other": "autre"}
AGREEMENT_STATUS = {"proposed": "proposé", "in_force": "en vigueur", "broken": "rompu", "ended": "terminé"}
KINDS = {"dialogue": "dialogue", "symbiotic": "symbiotique", "protective": "protégé par eux",
         "trust": "confiance", "coercive": "coercition", "parasitic": "racket", "conflict": "conflit"}

_SKELETON = ("all ties, undirected (skeleton)", "tous les liens, non orientés (squelette)")
_TRUST = ("trust ties, undirected, weighted by summed strength",
          "liens de confiance, non orientés, pondérés par la somme de leurs intensités")
LAYERS = {
    "betweenness": ("all ties, undirected, unweighted (skeleton)",
                    "tous les liens, non orientés, non pondérés (squelette)"),
    "fragmentation": _SKELETON,
    "removal": _SKELETON,
    "key_players": _SKELETON,
    "faction_removal": ("trust ties (symbiotic + protective) inside the actor's own faction",
                        "liens de confiance (symbiotiques + de protection) dans la propre faction de l'acteur"),
    "constraint": _TRUST,
    "effective_size": _TRUST,
    "factions_detected": _TRUST,
    "brokerage": ("trust ties, directed (symbiotic both ways, protective protector -> protected)",
                  "liens de confiance, orientés (symbiotiques dans les deux sens ; de protection : "
                  "protecteur -> protégé)"),
    "balance": ("signed ties: trust +1, hostile (coercive, parasitic, conflict) -1; dialogue left out",
                "liens signés : confiance +1, hostiles (coercition, racket, conflit) -1 ; le dialogue est "
                "laissé de côté"),
    "mediators": ("acceptability: trust ties and protective ties from the candidate (reach, brokerage); "
                  "access: every trust, dialogue, symbiotic and protective tie (access, autonomy, only "
                  "channel); hostile ties it uses (gates, trust share, sides it cannot bridge); "
                  "symbiotic ties with criminal armed groups (independence); each tie counted by its "
                  "confidence",
                  "acceptabilité : liens de confiance et de protection venant du candidat (portée, courtage) ; "
                  "accès : tout lien de confiance, de dialogue, symbiotique ou de protection (accès, autonomie, "
                  "canal unique) ; les liens hostiles qu'il exerce (filtres, part de confiance, côtés qu'il ne "
                  "peut relier) ; liens symbiotiques avec des groupes armés criminels (indépendance) ; chaque "
                  "lien compté selon son degré de certitude"),
    "spoilers": ("conflict and coercive ties (hostility to parties and their camps); trust and dialogue ties "
                 "(channels between parties)",
                 "liens de conflit et de coercition (hostilité envers les parties et leurs camps) ; liens de confiance et de dialogue (canaux entre les parties)"),
}
"""measure -> (the engine's English text it translates, the French text)."""


def _layer(measure: str) -> Callable[[P, Language], str]:
    source, text = LAYERS[measure]
    return lambda p, lang: text if p.get("text", source) == source else p["text"]


def _pairs(pairs: Sequence[Sequence[str]], lang: Language, hostile: bool = False, limit: int = 3) -> str:
    sep = "contre" if hostile else "et"
    return f"{NB}; ".join(f"{x} {sep} {y}" for x, y in pairs[:limit])


def _more(pairs, lang: Language) -> str:
    rest = len(pairs) - 3
    return f" (et {rest} {lang.plural(rest, one='autre paire', other='autres paires')})" if rest > 0 else ""


def _camp_pairs(n: int, lang: Language) -> str:
    return f"{n} {lang.plural(n, one='paire de camps hostiles', other='paires de camps hostiles')}"


def _sole_channel(p: P, lang: Language) -> str:
    return f"le seul canal entre {_pairs(p['pairs'], lang)} sur cette carte{_more(p['pairs'], lang)}"


def _joint_channel(p: P, lang: Language) -> str:
    return (f"présent sur tous les canaux entre {_pairs(p['pairs'], lang)} sur cette carte"
            f"{_more(p['pairs'], lang)}, avec {lang.names(p['actors'])}")


def _access_only(p: P, lang: Language) -> str:
    parts = [f"{c} ({' / '.join(KINDS.get(k, k) for k in kinds.split('/'))})" for c, kinds in p["pairs"]]
    return f"a des canaux ouverts, sans confiance, avec {lang.join(parts)}"


def _reaches_both_sides(p: P, lang: Language) -> str:
    return (f"a des canaux vers les deux côtés de {_camp_pairs(len(p['pairs']), lang)} (sans la confiance "
            f"des deux){NB}: {_pairs(p['pairs'], lang, hostile=True)}{_more(p['pairs'], lang)}")


def _under_pressure(p: P, lang: Language) -> str:
    how = lang.join(KINDS.get(k, k) for k in p["kinds"])
    return f"sous pression{NB}: {how} de la part de {lang.names(p['actors'])} (compté ni pour ni contre lui)"


def _rests_on_rumour(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    ties = lang.plural(n, one="un lien fondé sur une rumeur", other=f"{n} liens fondés sur des rumeurs")
    return (f"son accès à {lang.names(p['camps'])} repose sur {ties} (avec {lang.names(p['actors'])}){NB}: "
            "à vérifier avant de s'y fier")


def _trusted_by_camps(p: P, lang: Language) -> str:
    n = len(p["camps"])
    who = "d'un autre camp" if n == 1 else f"de {n} autres camps"
    return f"a la confiance {who}{NB}: {lang.names(p['camps'])}"


def _bridges_hostile_pairs(p: P, lang: Language) -> str:
    return (f"a la confiance des deux côtés de {_camp_pairs(len(p['pairs']), lang)}{NB}: "
            f"{_pairs(p['pairs'], lang, hostile=True)}{_more(p['pairs'], lang)}")


def _brokers_paths(p: P, lang: Language) -> str:
    n = p["paths"]
    roles = ", ".join(f"{c} comme {ROLES.get(r, r)}" for r, c in p["roles"].items() if c)
    paths = lang.plural(n, one="chemin de confiance", other="chemins de confiance")
    return f"sert d'intermédiaire sur {n} {paths} entre acteurs de camps différents ({roles})"


def _parasitic_warning(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    conf = "/".join(CONFIDENCE.get(c, c) for c in p["confidence"])
    ties = lang.plural(n, one="un lien parasitaire", other=f"{n} liens parasitaires")
    return (f"attention{NB}: {ties} ({conf}) vers {p['camp']} ({lang.names(p['actors'])}), "
            "camp qu'il n'atteint pas par la confiance")


def _approximate(p: P, lang: Language) -> str:
    what = lang.join(MEASURES.get(m, m) for m in p["measures"])
    return f"Approché (meilleur résultat trouvé ou échantillonné, non prouvé){NB}: {what}."


def _designations(p: P, lang: Language) -> str:
    return lang.join(f"{label} par {source}" + (f" ({where})" if where else "")
                     for source, where, label in p["designations"])


def _spoiler_hostile_to_parties(p: P, lang: Language) -> str:
    n = len(p["parties"])
    kinds = lang.join(KINDS.get(k, k) for k in p["kinds"])
    parties = "une de ses parties" if n == 1 else f"{n} de ses parties"
    return f"a des liens de {kinds} avec {parties}{NB}: {lang.names(p['parties'])}"


def _spoiler_holds_channel(p: P, lang: Language) -> str:
    groups = f"{NB}; ".join(lang.names(g, limit=3) for g in p["groups"][:3])
    return f"les seuls canaux entre les parties passent par lui{NB}: sans lui, elles se séparent ({groups})"


def _left_out(p: P, lang: Language) -> str:
    parts = [f"{n} {lang.plural(n, one=one, other=other)}" for n, one, other in (
        (p["scenarios"], "scénario", "scénarios"), (p["agreements"], "accord", "accords"),
        (p["events"], "événement", "événements"), (p["perspectives"], "perspective", "perspectives")) if n]
    where = "des attributs du graphe" if p["format"] == "graphml" else "le fichier .map.json"
    return (f"Note{NB}: {p['format'].upper()} contient les acteurs et les liens de la carte de base{NB}; ses "
            f"{lang.join(parts)} ne voyagent que comme texte JSON dans {where}{NB}: les autres programmes "
            "n'appliquent aucun scénario et ne dessinent aucun accord.")


def _counts(p: P, lang: Language) -> str:
    a, t, c = p["actors"], p["ties"], p["components"]
    return (f"{a} {lang.plural(a, one='acteur', other='acteurs')}, {t} {lang.plural(t, one='lien', other='liens')}, "
            f"{c} {lang.plural(c, one='composante', other='composantes')}. "
            f"Fragmentation F = {p['F']}, DF pondérée par la distance = {p['DF']}.")


def _balance(p: P, lang: Language) -> str:
    b, t = p["balanced"], p["triangles"]
    return (f"Indice des triangles {p['triangle_index']} ({b} "
            f"{lang.plural(b, one='triangle signé équilibré', other='triangles signés équilibrés')} sur {t}){NB}; "
            f"indice de frustration {p['frustration']} ({p['how']}).")


MESSAGES: dict[str, Callable[[P, Language], str]] = {
    # gates
    "gate_self": lambda p, lang: "c'est l'organisation qui établit la carte elle-même (marquée comme telle)",
    "gate_external": lambda p, lang: (
        f"marqué comme acteur extérieur{NB}: un tiers, pas un médiateur interne"),
    "gate_designated": lambda p, lang: (
        f"désigné comme {_designations(p, lang)}{NB}; cette analyse écarte les acteurs désignés"),
    "gate_no_channel_outside_camp": lambda p, lang: (
        "aucun canal ouvert (lien de confiance, de dialogue, symbiotique ou de protection) hors de son "
        f"propre camp ({p['camp']})"),
    "gate_coercion_untrusted_camp": lambda p, lang: (
        f"exerce une coercition contre {p['camp']} ({lang.names(p['actors'])}), qui ne l'accepte pas"),
    # reasons
    "designated": lambda p, lang: (
        f"désigné comme {_designations(p, lang)}{NB}: un soutien matériel peut y constituer un délit{NB}; "
        "à vérifier avant de s'engager avec lui"),
    "sole_channel": _sole_channel,
    "joint_channel": _joint_channel,
    "trusted_by_camps": _trusted_by_camps,
    "access_only": _access_only,
    "bridges_hostile_pairs": _bridges_hostile_pairs,
    "reaches_both_sides": _reaches_both_sides,
    "brokers_paths": _brokers_paths,
    "collusion": lambda p, lang: (
        f"liens symbiotiques avec {lang.names(p['actors'])}, groupes armés au programme criminel ou mixte{NB}: "
        "collusion ou parrainage, qui donne un accès, pas la confiance"),
    "racket_not_trust": lambda p, lang: (
        f"«{NB}protège{NB}» {lang.names(p['actors'])} tout en les contraignant ou en les rackettant{NB}: "
        "un racket, pas de la confiance"),
    "rests_on_rumour": _rests_on_rumour,
    "no_hostile_ties": lambda p, lang: (
        "ne contraint ni ne rackette personne et n'est dans aucun conflit ouvert sur cette carte"),
    "parasitic_warning": _parasitic_warning,
    "coercion_also_trusted": lambda p, lang: (
        f"attention{NB}: contraint ou rackette des membres de {lang.names(p['camps'])}, qui lui font aussi "
        f"confiance{NB}; il n'est pas compté comme un pont entre eux"),
    "open_conflict": lambda p, lang: (
        f"en conflit ouvert avec {lang.names(p['camps'])}{NB}: pas compté comme un pont entre eux"),
    "under_pressure": _under_pressure,
    "autonomy_high": lambda p, lang: (
        f"ses contacts de confiance ne sont pas liés entre eux (autonomie {lang.num(p['autonomy'])})"),
    "legitimacy_not_assessed": lambda p, lang: (
        f"légitimité non évaluée (comptée comme neutre, {lang.num(p['neutral'], trim=True)})"),
    "legitimacy_assessed": lambda p, lang: f"légitimité évaluée à {lang.num(p['legitimacy'])}",
    # spoilers of agreements (strategy features)
    "spoiler_hostile_to_parties": _spoiler_hostile_to_parties,
    "spoiler_hostile_to_party_camps": lambda p, lang: (
        "combat ou contraint des membres armés des camps des parties qui n'ont pas signé "
        f"({lang.names(p['camps'])}{NB}: {lang.names(p['actors'])})"),
    "spoiler_holds_channel": _spoiler_holds_channel,
    "spoiler_inside_camp": lambda p, lang: (
        f"son propre camp ({p['camp']}) y participe par {lang.names(p['parties'])}{NB}; lui non{NB}: "
        "risque de saboteur de l'intérieur"),
    "export.left_out": _left_out,
    # report phrases (text report, HTML report)
    "report.no_candidates": lambda p, lang: (
        "Aucun acteur ne passe les filtres de médiation sur cette carte (un canal ouvert hors de son propre "
        "camp, aucune coercition d'un camp qui ne l'accepte pas, ni l'organisation qui établit la carte, ni "
        "un acteur extérieur)."),
    "report.no_removal_cuts": lambda p, lang: (
        "Retirer un seul acteur, quel qu'il soit, laisse toutes les autres paires reliées."),
    "report.approximate": _approximate,
    "report.balance_how": lambda p, lang: "exact" if p["exact"] else "heuristique, meilleur résultat trouvé",
    "report.mixed_pairs": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='paire', other='paires')} avec à la fois des liens de "
        "confiance et des liens hostiles (hors du décompte)."),
    "report.contradicting_ties": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='lien contredit', other='liens contredisent')} ce découpage."),
    "report.more_candidates": lambda p, lang: (
        f"{p['count']} " + lang.plural(p["count"], one="autre candidat n'est pas affiché",
                                       other="autres candidats ne sont pas affichés") + "."),
    "report.key_players": lambda p, lang: (
        f"les retirer ensemble laisse F = {lang.num(p['F'], 3)}"
        + (f" (exact{NB}: tous les ensembles vérifiés)" if p["exact"]
           else " (meilleur résultat trouvé, optimalité non prouvée)")),
    "report.more_blocs": lambda p, lang: (
        f"… et {p['count']} {lang.plural(p['count'], one='autre bloc', other='autres blocs')}."),
    "report.alone": lambda p, lang: f"Seuls dans leur propre bloc{NB}: {lang.names(p['names'], 12)}",
    "report.balance_intro": lambda p, lang: (
        "le plus petit nombre de liens dont le signe contredit un regroupement en blocs (autant de blocs "
        "que les liens l'exigent)"),
    # the text report (actormap analyze)
    "report.na": lambda p, lang: "n.d.",
    "report.plus_more": lambda p, lang: (
        f"(+{p['count']} {lang.plural(p['count'], one='autre', other='autres')})"),
    "report.and_more": lambda p, lang: (
        f"et {p['count']} {lang.plural(p['count'], one='autre', other='autres')}"),
    "report.counts": _counts,
    "report.shortlist_top": lambda p, lang: (
        f"Liste restreinte de médiateurs internes (les {p['top']} premiers)"),
    "report.candidate": lambda p, lang: f"{p['rank']}. {p['name']} [{p['camp']}]  score {p['score']}",
    "report.parts": lambda p, lang: f"composantes{NB}: {p['parts']}",
    "report.gated_out": lambda p, lang: (
        f"Écartés par les filtres{NB}: {p['count']} {lang.plural(p['count'], one='acteur', other='acteurs')}, "
        f"p. ex. {p['examples']}"),
    "report.brokers_title": lambda p, lang: (
        f"Principaux intermédiaires (intermédiarité sur tous les liens{NB}; rôles de Gould-Fernandez sur "
        "les liens de confiance)"),
    "report.broker": lambda p, lang: (
        f"{p['name']} [{p['camp']}]{NB}: intermédiarité {p['betweenness']}, contrainte {p['constraint']}, "
        f"rôles de courtage {p['total']} au total ({p['roles']})"),
    "report.removal_title": lambda p, lang: "Effet du retrait (qui tient la carte ensemble)",
    "report.removal": lambda p, lang: (
        f"{p['name']}{NB}: F après retrait {p['F']}, {p['pairs']} "
        f"{lang.plural(p['pairs'], one='paire coupée', other='paires coupées')}, {p['faction_pairs']} dans sa "
        "propre faction"),
    "report.splinters": lambda p, lang: f"fragments{NB}: {p['splinters']}",
    "report.key_players_title": lambda p, lang: f"Acteurs clés (k = {p['k']})",
    "report.blocs_title": lambda p, lang: "Blocs (équilibre structurel sur les liens de confiance + / hostiles -)",
    "report.balance": _balance,
    "report.bloc": lambda p, lang: f"Bloc {p['number']} ({p['count']}){NB}: {p['names']}",
    "report.against_blocs": lambda p, lang: f"Liens contraires aux blocs{NB}: {p['pairs']}",
    "report.factions": lambda p, lang: (
        f"Factions déclarées{NB}: {p['declared']}{NB}; groupes détectés sur les liens de confiance (Louvain){NB}: "
        f"{p['detected']} (+{p['isolated']} {lang.plural(p['isolated'], one='isolé', other='isolés')})."),
    "report.agreements_title": lambda p, lang: "Accords et saboteurs possibles (Stedman 1997)",
    "report.agreement": lambda p, lang: (
        f"{p['name']} ({p['kind']}, {p['status']}){NB}: parties {p['parties']}"),
    "report.no_spoiler": lambda p, lang: "aucun saboteur possible sur cette carte",
    # the HTML / PDF report
    "html.title": lambda p, lang: f"{p['title']} — rapport de carte d'acteurs",
    "html.untitled": lambda p, lang: "Carte sans titre",
    "html.picture": lambda p, lang: f"La carte{NB}: {p['title']}",
    "html.viewpoint": lambda p, lang: "Point de vue",
    "html.as_of": lambda p, lang: "À la date du",
    "html.authors": lambda p, lang: "Auteurs",
    "html.sensitivity": lambda p, lang: "Classification",
    "html.summary": lambda p, lang: "Résumé",
    "html.actors": lambda p, lang: "Acteurs",
    "html.ties": lambda p, lang: "Liens",
    "html.F": lambda p, lang: "Fragmentation F",
    "html.DF": lambda p, lang: "Fragmentation pondérée par la distance DF",
    "html.components": lambda p, lang: "Composantes connexes",
    "html.F_note": lambda p, lang: (
        "F est la part des paires ordonnées d'acteurs qui ne peuvent s'atteindre par aucun lien"
        f"{NB}; DF = 1 − moyenne(1/distance) (Borgatti 2006). 0 = entièrement relié, 1 = tous séparés."),
    "html.shortlist": lambda p, lang: "Liste restreinte de médiateurs internes",
    "html.shortlist_note": lambda p, lang: (
        f"Classés selon un score fait de composantes visibles{NB}; les raisons disent pourquoi. Une liste à "
        "discuter, pas un verdict."),
    "html.score": lambda p, lang: "score",
    "html.parts": lambda p, lang: f"Composantes{NB}: {p['parts']}",
    "html.weights": lambda p, lang: f"Poids des composantes du score{NB}: {p['weights']}.",
    "html.gated": lambda p, lang: "Non proposés, et pourquoi",
    "html.actor": lambda p, lang: "Acteur",
    "html.faction": lambda p, lang: "Faction",
    "html.gate": lambda p, lang: "Filtre",
    "html.risk": lambda p, lang: "Risque de fragmentation",
    "html.key_player_set": lambda p, lang: f"Ensemble d'acteurs clés (k = {p['k']})",
    "html.risk_note": lambda p, lang: (
        f"Ce qui se passe si un acteur est retiré (arrêté, tué, coopté){NB}: F du reste de la carte, les "
        "paires d'acteurs qui perdent tout chemin, les fragments qui restent séparés et les paires coupées "
        "dans la propre faction de l'acteur sur la couche de confiance."),
    "html.removed": lambda p, lang: "Acteur retiré",
    "html.F_after": lambda p, lang: "F après",
    "html.pairs_cut": lambda p, lang: "Paires coupées",
    "html.pairs_cut_faction": lambda p, lang: "Paires coupées dans sa faction",
    "html.splinters": lambda p, lang: "Fragments",
    "html.brokerage": lambda p, lang: "Courtage",
    "html.no_actors": lambda p, lang: "La carte n'a aucun acteur.",
    "html.brokerage_note": lambda p, lang: (
        f"Intermédiarité sur tous les liens (normalisée){NB}; contrainte et taille effective de Burt sur la "
        f"couche de confiance (— = aucun lien de confiance){NB}; rôles de courtage de Gould–Fernandez sur la "
        "couche de confiance orientée, selon les factions des acteurs."),
    "html.faction_kind": lambda p, lang: "Faction · type",
    "html.betweenness": lambda p, lang: "Intermédiarité",
    "html.constraint": lambda p, lang: "Contrainte",
    "html.effective_size": lambda p, lang: "Taille eff.",
    "html.roles": lambda p, lang: "Rôles",
    "html.top_brokers": lambda p, lang: (
        f"Les {p['shown']} premiers des {p['count']} acteurs par intermédiarité."),
    "html.blocs": lambda p, lang: "Blocs et tensions",
    "html.balance": lambda p, lang: (
        f"Équilibre structurel sur le graphe signé (liens de confiance +, liens hostiles −){NB}: indice des "
        f"triangles {p['triangle_index']}, indice de frustration {p['frustration']} ({p['how']}) — "
        f"{p['intro']}."),
    "html.bloc": lambda p, lang: f"Bloc {p['number']}",
    "html.factions": lambda p, lang: "Factions",
    "html.declared": lambda p, lang: "Faction déclarée",
    "html.members": lambda p, lang: "Membres",
    "html.no_faction": lambda p, lang: "(aucune)",
    "html.detected": lambda p, lang: f"Groupe détecté {p['number']} (Louvain, liens de confiance)",
    "html.method": lambda p, lang: "Quels liens chaque mesure utilise",
    "html.measure": lambda p, lang: "Mesure",
    "html.ties_used": lambda p, lang: "Liens utilisés",
    "html.footer": lambda p, lang: f"Réalisé avec actormap le {p['when']}.",
    "html.yes": lambda p, lang: "oui",
    "html.no": lambda p, lang: "non",
    "html.agreements": lambda p, lang: "Accords et risque de sabotage",
    "html.agreements_note": lambda p, lang: (
        f"Saboteurs possibles (Stedman 1997){NB}: des acteurs armés extérieurs à un accord qui ont des liens "
        "de conflit ou de coercition avec ses parties ou avec leurs combattants, ou par qui passent les seuls "
        "canaux entre les parties. Une liste à discuter, pas un verdict."),
    "html.parties": lambda p, lang: "Parties",
    "html.facilitators": lambda p, lang: "Facilitateurs",
    "html.guarantors": lambda p, lang: "Garants",
    "html.terms": lambda p, lang: "Clauses",
    "html.spoilers": lambda p, lang: "Saboteurs possibles",
    "html.no_spoilers": lambda p, lang: "aucun sur cette carte.",
    # the command line
    "cli.as_of": lambda p, lang: (
        f"Au {p['date']} : {p['actors']} acteurs sur {p['all_actors']}, {p['ties']} liens sur {p['all_ties']}. "
        "Les acteurs, liens et accords sans date figurent sur la carte à toutes les dates."),
    "cli.wrote": lambda p, lang: f"écrit{NB}: {p['path']} ({p['format']})",
    "cli.key_players_few": lambda p, lang: (
        f"la recherche d'acteurs clés demande au moins 3 acteurs{NB}; la carte en a {p['actors']}"),
    "cli.key_players_range": lambda p, lang: (
        f"le nombre d'acteurs clés doit être compris entre 1 et {p['most']} (la carte a {p['actors']} "
        f"acteurs), pas {p['k']}"),
    "cli.report_name": lambda p, lang: (
        f"impossible d'écrire un rapport dans «{NB}{p['name']}{NB}»{NB}: utilisez un nom de fichier .html ou .pdf"),
    # strategies compared (report and compare window)
    "strategy.base": lambda p, lang: "la carte telle qu'elle est",
    "strategy.went_with_removed": lambda p, lang: (
        f"{p['count']} " + lang.plural(p["count"], one="a disparu", other="ont disparu")
        + " avec les acteurs retirés"),
    "strategy.splinters_into": lambda p, lang: f"{p['camp']} se fragmente en {p['count']}{NB}: {p['groups']}",
    "strategy.stays_together": lambda p, lang: f"{p['camp']}{NB}: reste uni",
    "strategy.new": lambda p, lang: f"nouveaux{NB}: {p['names']}",
    "strategy.gone": lambda p, lang: f"sortis{NB}: {p['names']}",
    "strategy.not_signed": lambda p, lang: "non signé",
    "strategy.no_spoilers": lambda p, lang: "aucun",
    "strategy.row.scenario": lambda p, lang: "Scénario",
    "strategy.row.F": lambda p, lang: "Fragmentation F",
    "strategy.row.components": lambda p, lang: "Composantes",
    "strategy.row.hostile": lambda p, lang: "Liens hostiles (conflit, coercition, parasitaires)",
    "strategy.row.communities": lambda p, lang: "Coercition et racket des communautés",
    "strategy.row.blocs": lambda p, lang: "Blocs",
    "strategy.row.splinter_groups": lambda p, lang: "Fragments de camps (groupes en plus)",
    "strategy.row.removed": lambda p, lang: "Acteurs retirés",
    "strategy.row.kingpin": lambda p, lang: "Fragments de leurs camps (effet de décapitation)",
    "strategy.row.falls_apart": lambda p, lang: "Se sépare en",
    "strategy.row.shortlist": lambda p, lang: "Liste restreinte de médiateurs",
    "strategy.row.designated": lambda p, lang: "Candidats de la liste restreinte sous désignation légale",
    "strategy.row.spoilers_of": lambda p, lang: f"Saboteurs de «{NB}{p['name']}{NB}»",
    "html.strategies": lambda p, lang: "Stratégies comparées",
    "html.strategies_note": lambda p, lang: (
        "Chaque scénario est un ensemble de modifications de la carte (une stratégie mise à l'essai), mesuré "
        "comme la carte elle-même : fragmentation F et composantes sur tous les liens (Borgatti 2006), liens "
        "hostiles, coercition et racket des communautés, blocs (équilibre structurel), les groupes en lesquels "
        "se divise le camp d'un acteur retiré sur les liens de confiance (l'effet de décapitation), la liste "
        "restreinte de médiateurs internes et les saboteurs de chaque accord (Stedman 1997). Entre "
        "parenthèses : l'écart avec la carte de base. Les liens d'un acteur retiré disparaissent avec lui : "
        "ils ne sont pas devenus pacifiques.").replace(" :", NB + ":"),
    "html.base_map": lambda p, lang: "Carte de base",
    "html.scenario_skipped": lambda p, lang: (
        f"{p['count']} " + lang.plural(p["count"], one="élément ne correspond plus à la carte et a été ignoré",
                                       other="éléments ne correspondent plus à la carte et ont été ignorés") + "."),
    # vocabulary
    **vocabulary("kind", ACTOR_KINDS),
    **vocabulary("role", ROLES),
    **vocabulary("component", COMPONENTS),
    **vocabulary("measure", MEASURES),
    **vocabulary("sensitivity", SENSITIVITY),
    **vocabulary("agreement_kind", AGREEMENT_KINDS),
    **vocabulary("agreement_status", AGREEMENT_STATUS),
    **vocabulary("strategy_kind", STRATEGY_KINDS),
    **{f"layer.{m}": _layer(m) for m in LAYERS},
}


# ---- edits: the undo history and edit errors ---------------------------------------------------
ITEMS = {"actors": ("acteur", "acteurs", "un acteur", "l'acteur"), "ties": ("lien", "liens", "un lien", "le lien"),
         "views": ("vue", "vues", "une vue", "la vue"), "agreements": ("accord", "accords", "un accord", "l'accord"),
         "events": ("événement", "événements", "un événement", "l'événement"),
         "scenarios": ("scénario", "scénarios", "un scénario", "le scénario"),
         "perspectives": ("perspective", "perspectives", "une perspective", "la perspective"),
         "conflicts": ("conflit de fusion", "conflits de fusion", "un conflit de fusion", "le conflit de fusion")}
TIES_OF_KIND = {"trust": "lien de confiance", "symbiotic": "lien symbiotique", "protective": "lien de protection",
                "parasitic": "lien parasitaire", "coercive": "lien de coercition", "conflict": "lien de conflit",
                "dialogue": "lien de dialogue"}
TIE_KINDS = {"trust": "confiance", "symbiotic": "symbiotique", "protective": "protection",
             "parasitic": "parasitaire", "coercive": "coercition", "conflict": "conflit", "dialogue": "dialogue"}
AGENDAS = {"criminal": "criminel", "political": "politique", "social": "social", "mixed": "mixte"}
TIE_MEANINGS = {"trust": f"relation proche{NB}: respect, confiance, parenté",
                "symbiotic": "bénéfice matériel mutuel (un cartel et des fonctionnaires corrompus)",
                "protective": "A protège B (une milice protège une communauté)",
                "parasitic": f"A prélève sur B (racket, «{NB}taxe{NB}» sur le commerce)",
                "coercive": "A contraint B par la violence ou la menace",
                "conflict": "hostilité mutuelle, affrontement ouvert",
                "dialogue": "un canal de communication ouvert"}
FIELDS = {"name": "nom", "short_name": "nom court", "kind": "type", "faction": "faction", "power": "puissance",
          "legitimacy": "légitimité", "agenda": "programme", "labels": "étiquettes", "external": "extérieur",
          "is_self": "propre organisation", "notes": "notes", "sources": "sources", "start": "début",
          "end": "fin", "x": "position", "y": "position", "pinned": "épinglé", "source": "origine",
          "target": "destination", "strength": "intensité", "confidence": "certitude", "status": "statut",
          "parties": "parties", "facilitators": "facilitateurs", "guarantors": "garants", "terms": "clauses",
          "date": "date", "actor_ids": "acteurs", "tie_ids": "liens", "agreement_ids": "accords",
          "description": "description", "strategy": "stratégie", "seen_by": "vu par", "changes": "modifications",
          "title": "titre", "viewpoint": "point de vue", "as_of": "date de référence", "authors": "auteurs",
          "sensitivity": "classification", "focus": "focus"}
CHOICES = {"ours": "notre version", "theirs": "leur version", "value": "valeur saisie"}


def _item(coll: str, form: int = 0) -> str:
    forms = ITEMS.get(coll)
    return forms[form] if forms else coll


def _count(n: int, coll: str, lang: Language) -> str:
    return f"{n} {_item(coll, 0 if lang.plural(n, one='one', other='other') == 'one' else 1)}"


def _fields(fields: Sequence[str]) -> str:
    return ", ".join(dict.fromkeys(FIELDS.get(f, f.replace("_", " ")) for f in fields))


def _q(text: object) -> str:
    return f"«{NB}{text}{NB}»"


def _delete(p: P, lang: Language) -> str:
    parts = [_count(n, c, lang) for c, n in p["counts"]]
    return "Supprimer " + lang.join(parts) if parts else "Supprimer"


def _fields_joined(fields: Sequence[str], lang: Language) -> str:
    return lang.join(dict.fromkeys(FIELDS.get(f, f.replace("_", " ")) for f in fields))


def _tie_words(p: P) -> str:
    return f"{p['source']} → {p['target']} ({TIE_KINDS.get(p['kind'], p['kind'])})"


def _and_its_ties(n: int, lang: Language) -> str:
    if not n:
        return ""
    return " et son lien" if n == 1 else f" et ses {n} liens"


EDITS: dict[str, Callable[[P, Language], str]] = {
    "edit.apply_changes": lambda p, lang: "Appliquer les modifications",
    "edit.add": lambda p, lang: f"Ajouter {_item(p['collection'], 2)}",
    "edit.add_named": lambda p, lang: f"Ajouter {_item(p['collection'], 3)} {_q(p['name'])}",
    "edit.update": lambda p, lang: f"Modifier {_item(p['collection'], 3)}{NB}: {_fields(p['fields'])}",
    "edit.add_actors_ties": lambda p, lang: (
        f"Ajouter {_count(p['actors'], 'actors', lang)} et {_count(p['ties'], 'ties', lang)}"),
    "edit.delete": _delete,
    "edit.move": lambda p, lang: "Déplacer l'acteur" if p["count"] == 1 else f"Déplacer {p['count']} acteurs",
    "edit.meta": lambda p, lang: "Modifier les propriétés de la carte",
    "edit.delete_view": lambda p, lang: "Supprimer la vue",
    "edit.rename_view": lambda p, lang: "Renommer la vue",
    "edit.edit_view": lambda p, lang: "Modifier la vue",
    "edit.reorder_views": lambda p, lang: "Réordonner les vues",
    "edit.paste": lambda p, lang: f"Coller {_count(p['count'], 'actors', lang)}",
    "edit.remove_actors": lambda p, lang: f"Retirer {_count(p['count'], 'actors', lang)}",
    "edit.to_dialogue": lambda p, lang: f"Transformer {_count(p['count'], 'ties', lang)} en dialogue",
    "edit.sign": lambda p, lang: f"Signer {_q(p['name'])}",
    "edit.add_tie_kind": lambda p, lang: f"Ajouter un {TIES_OF_KIND.get(p['kind'], p['kind'])}",
    "edit.drop_ties": lambda p, lang: "Rompre les liens",
    "edit.transform": lambda p, lang: f"Transformer l'acteur ({_fields(p['fields'])})",
    "edit.resolve_conflict": lambda p, lang: f"Résoudre le conflit ({CHOICES.get(p['choice'], p['choice'])})",
    "edit_error.never_applied": lambda p, lang: "cette modification n'a jamais été appliquée",
    "edit_error.id_fixed": lambda p, lang: "l'identifiant d'un élément ne peut pas changer",
    "edit_error.new_id_in_use": lambda p, lang: "un identifiant des nouveaux éléments est déjà utilisé",
    "edit_error.tie_end_missing": lambda p, lang: f"le lien {p['id']} pointe vers un acteur absent de la carte",
    "edit_error.delete_missing": lambda p, lang: f"suppression impossible{NB}: aucun élément {p['id']}",
    "edit_error.move_missing": lambda p, lang: f"déplacement impossible{NB}: aucun acteur {p['id']}",
    "edit_error.view_exists": lambda p, lang: f"une vue d'identifiant {p['id']} existe déjà",
    "edit_error.view_focus_missing": lambda p, lang: f"la vue est centrée sur un acteur absent ({p['id']})",
    "edit_error.view_id_fixed": lambda p, lang: "l'identifiant d'une vue ne peut pas changer",
    "edit_error.view_would_focus_missing": lambda p, lang: (
        f"la vue serait centrée sur un acteur absent ({p['id']})"),
    "edit_error.no_view": lambda p, lang: f"aucune vue enregistrée {p['id']}",
    "edit_error.unknown_fields": lambda p, lang: f"champs inconnus{NB}: {', '.join(p['fields'])}",
    "edit_error.id_in_use": lambda p, lang: f"l'identifiant {_q(p['id'])} est déjà utilisé",
    "edit_error.no_item": lambda p, lang: f"{_item(p['collection'], 0)} {_q(p['id'])} introuvable",
    "edit_error.delete_no_item": lambda p, lang: (
        f"suppression impossible{NB}: {_item(p['collection'], 0)} {_q(p['id'])} introuvable"),
    "edit_error.no_longer_fits": lambda p, lang: (
        f"la modification de {_item(p['collection'], 3)} {_q(p['id'])} ne correspond plus à la carte"),
    "edit_error.still_referred": lambda p, lang: (
        f"impossible de supprimer {_item(p['collection'], 3)} {_q(p['id'])}{NB}: "
        f"{_item(p['by_collection'], 3)} {_q(p['by_id'])} y fait encore référence"),
    "edit_error.points_at_missing": lambda p, lang: (
        f"{_item(p['collection'], 3)} {_q(p['name'])} pointerait vers {_item(p['target_collection'], 2)} "
        f"absent ({p['target']})"),
    "edit_error.no_actor_on_map": lambda p, lang: f"aucun acteur {_q(p['id'])} sur la carte",
    "edit_error.remove_none": lambda p, lang: "choisissez au moins un acteur à retirer",
    "edit_error.dialogue_none": lambda p, lang: "choisissez au moins un lien de conflit ou de coercition",
    "edit_error.no_tie_on_map": lambda p, lang: f"aucun lien {_q(p['id'])} sur la carte",
    "edit_error.not_hostile": lambda p, lang: (
        f"le {TIES_OF_KIND.get(p['kind'], p['kind'])} de {_q(p['source'])} à {_q(p['target'])} n'est ni un lien "
        "de conflit ni un lien de coercition"),
    "edit_error.truce_parties": lambda p, lang: "une trêve demande au moins deux parties",
    "edit_error.nothing_to_drop": lambda p, lang: (
        f"aucun lien de {_q(p['source'])} à {_q(p['target'])} à rompre"),
    "edit_error.transform_fixed": lambda p, lang: f"une transformation ne change pas{NB}: {_fields(p['fields'])}",
    "edit_error.transform_empty": lambda p, lang: "une transformation demande au moins un champ à changer",
    "edit_error.conflict_gone": lambda p, lang: "ce conflit n'est plus dans la carte",
    "edit_error.conflict_item_gone": lambda p, lang: (
        f"l'élément {p['id']} ({_item(p['collection'], 0)}) n'est plus sur la carte"),
    "undo.add_actor": lambda p, lang: f"Ajouter l'acteur {_q(p['name'])}",
    "undo.add_tie": lambda p, lang: f"Ajouter un lien{NB}: {_tie_words(p)}",
    "undo.add_counts": lambda p, lang: "Ajouter " + lang.join(_count(n, c, lang) for c, n in p["counts"]),
    "undo.delete_actor": lambda p, lang: f"Supprimer {_q(p['name'])}{_and_its_ties(p['ties'], lang)}",
    "undo.delete_tie": lambda p, lang: f"Supprimer le lien{NB}: {_tie_words(p)}",
    "undo.move_actor": lambda p, lang: f"Déplacer {_q(p['name'])}",
    "undo.rename": lambda p, lang: f"Renommer {_q(p['name'])} en {_q(p['new'])}",
    "undo.change_actor": lambda p, lang: f"Modifier {_fields_joined(p['fields'], lang)} de {_q(p['name'])}",
    "undo.make_kind": lambda p, lang: (
        f"Faire de {p['source']} → {p['target']} un {TIES_OF_KIND.get(p['new'], p['new'])}"),
    "undo.change_tie": lambda p, lang: (
        f"Modifier {_fields_joined(p['fields'], lang)} du lien {_tie_words(p)}"),
    "undo.the_tie": lambda p, lang: f"le lien {_tie_words(p)}",
    "undo.an_item": lambda p, lang: "un élément",
    "undo.an_actor": lambda p, lang: "un acteur",
    "edit.fields": lambda p, lang: _fields(p["fields"]),
    **vocabulary("tie_kind", TIE_KINDS),
    **vocabulary("tie_meaning", TIE_MEANINGS),
    **vocabulary("agenda", AGENDAS),
    **vocabulary("confidence", CONFIDENCE),
}

MESSAGES.update(EDITS)


# ---- the model's checks (core/errors.render_validation): a field's value refused --------------------
def _what(p: P) -> str:
    name, by = p.get("name", ""), p.get("by", "")
    return {"actor": f"l'acteur {_q(name)}", "tie": f"le lien {name}", "agreement": f"l'accord {_q(name)}", "event": f"l'événement {_q(name)}",
            "label": f"l'étiquette {_q(name)} de {_q(by)}"}.get(p.get("kind", ""), _q(name))


def _chars(n: object, lang: Language) -> str:
    return f"{n} {lang.plural(int(n), one='caractère', other='caractères')}" if str(n).isdigit() else str(n)


VALIDATION: dict[str, Callable[[P, Language], str]] = {
    "validation.string_too_short": lambda p, lang: (
        "ne peut pas être vide" if int(p.get("min_length", 1)) == 1
        else f"demande au moins {_chars(p['min_length'], lang)}"),
    "validation.string_too_long": lambda p, lang: f"est trop long ({_chars(p['max_length'], lang)} au plus)",
    "validation.too_long": lambda p, lang: f"a trop d'entrées ({p['max_length']} au plus)",
    "validation.too_short": lambda p, lang: f"demande au moins {p['min_length']} entrées",
    "validation.greater_than_equal": lambda p, lang: f"doit valoir au moins {p['ge']}",
    "validation.greater_than": lambda p, lang: f"doit être supérieur à {p['gt']}",
    "validation.less_than_equal": lambda p, lang: f"doit valoir au plus {p['le']}",
    "validation.less_than": lambda p, lang: f"doit être inférieur à {p['lt']}",
    **{f"validation.{k}": (lambda p, lang: "doit être un nombre entier")
       for k in ("int_parsing", "int_type", "int_from_float")},
    **{f"validation.{k}": (lambda p, lang: "doit être un nombre") for k in ("float_parsing", "float_type",
                                                                            "finite_number")},
    **{f"validation.{k}": (lambda p, lang: "doit être oui ou non") for k in ("bool_parsing", "bool_type")},
    "validation.enum": lambda p, lang: f"doit être l'une des valeurs{NB}: {str(p.get('expected', '')).replace(chr(39), '')}",
    "validation.missing": lambda p, lang: "manque",
    **{f"validation.{k}": (lambda p, lang: "doit être une date comme 2012-03-09")
       for k in ("date_parsing", "date_from_datetime_parsing", "date_type")},
    "validation.string_pattern_mismatch": lambda p, lang: (
        "contient un caractère interdit ici (caractère de contrôle ou saut de ligne, ou espace dans un "
        "identifiant)"),
    "validation.extra_forbidden": lambda p, lang: "n'est pas un champ que ce programme connaît",
    "validation.ends_before_start": lambda p, lang: (
        f"{_what(p)} se termine ({p['end']}) avant de commencer ({p['start']})"),
    "validation.ends_on_start_day": lambda p, lang: (
        f"{_what(p)} se termine le jour même où il commence ({p['start']}){NB}: il ne serait sur la carte aucun "
        f"jour, car le jour de fin est exclu{NB}; indiquez le lendemain de son dernier jour"),
    "validation.more": lambda p, lang: (
        f"et {p['count']} {lang.plural(p['count'], one='autre problème', other='autres problèmes')}"),
    **{f"field.{k}": (lambda p, lang, v=v: v) for k, v in FIELDS.items()},
}
"""The model's refusals (pydantic error types and the interval checks of core/model.py)."""

MESSAGES.update(VALIDATION)

MESSAGES.update({
    "file.cannot_read": lambda p, lang: f"Impossible de lire {p['path']}",
    "file.cannot_read_map": lambda p, lang: "Impossible de lire la carte",
    "file.cannot_write": lambda p, lang: f"Impossible d'écrire {p['path']}",
    "file.cannot_write_map": lambda p, lang: "Impossible d'écrire la carte",
})
