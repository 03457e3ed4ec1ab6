"""Spanish messages (Latin American usage, CLDR ``es-419``): the same keys and params as ``en.py``.

The field's own words: *mediador interno*, *bando* (a camp), *vínculo* (a tie),
*tregua*, *extorsión* / la "renta" (the racket's fee), *pandilla*, *cártel*,
*milicia*; Gould-Fernandez roles as in Spanish network analysis (coordinador,
itinerante, representante, guardián, enlace). Plurals use the CLDR categories of
:data:`.language.ES`; "y" becomes "e" before /i/ inside lists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .en import vocabulary
from .language import Language

P = Mapping[str, Any]

ROLES = {"coordinator": "coordinador", "itinerant": "itinerante", "representative": "representante",
         "gatekeeper": "guardián", "liaison": "enlace"}
CONFIDENCE = {"rumoured": "rumor", "reported": "reportado", "confirmed": "confirmado"}
MEASURES = {"betweenness": "centralidad de intermediación", "balance": "equilibrio estructural",
            "key_players": "actores clave", "splinters": "listas de fragmentos", "fragmentation": "fragmentación",
            "removal": "efecto de retirar un actor", "faction_removal": "efecto de retirar un actor en su facción",
            "constraint": "restricción", "effective_size": "tamaño efectivo",
            "brokerage": "roles de intermediación", "factions_detected": "grupos detectados",
            "mediators": "mediadores internos",
            "spoilers": "saboteadores de acuerdos"}
ACTOR_KINDS = {"cartel": "cártel", "gang": "pandilla", "militia": "milicia", "rebel_group": "grupo rebelde",
               "state_agent": "agente estatal", "political": "político", "community": "comunidad",
               "civil_society": "sociedad civil", "religious": "religioso", "business": "empresa",
               "international": "internacional", "other": "otro"}
COMPONENTS = {"brokerage": "intermediación", "reach": "alcance", "access": "acceso", "adversaries": "adversarios",
              "autonomy": "autonomía", "trust_share": "proporción de confianza", "legitimacy": "legitimidad",
              "independence": "independencia", "undesignated": "sin designación"}
STRATEGY_KINDS = {"confrontation": "confrontación", "accommodation": "acomodación",
                  "transformation": "transformación", "other": "otra"}
SENSITIVITY = {"public": "pública", "internal": "interna", "confidential": "confidencial",
               "strictly_confidential": "estrictamente confidencial"}
AGREEMENT_KINDS = {"truce": "tregua", "covenant": "pacto de convivencia", "peace_zone": "zona de paz",
                   "pact": "pacto", "other": "otro"}
AGREEMENT_STATUS = {"proposed": "propuesto", "in_force": "vigente", "broken": "roto", "ended": "terminado"}
KINDS = {"dialogue": "diálogo", "symbiotic": "simbiótico", "protective": "lo protegen",
         "trust": "confianza", "coercive": "coerción", "parasitic": "extorsión", "conflict": "conflicto"}

_SKELETON = ("all ties, undirected (skeleton)", "todos los vínculos, no dirigidos (esqueleto)")
_TRUST = ("trust ties, undirected, weighted by summed strength",
          "vínculos de confianza, no dirigidos, ponderados por la suma de sus intensidades")
LAYERS = {
    "betweenness": ("all ties, undirected, unweighted (skeleton)",
                    "todos los vínculos, no dirigidos, sin ponderar (esqueleto)"),
    "fragmentation": _SKELETON,
    "removal": _SKELETON,
    "key_players": _SKELETON,
    "faction_removal": ("trust ties (symbiotic + protective) inside the actor's own faction",
                        "vínculos de confianza (simbióticos + de protección) dentro de la propia facción del actor"),
    "constraint": _TRUST,
    "effective_size": _TRUST,
    "factions_detected": _TRUST,
    "brokerage": ("trust ties, directed (symbiotic both ways, protective protector -> protected)",
                  "vínculos de confianza, dirigidos (simbióticos en ambos sentidos; de protección: "
                  "protector -> protegido)"),
    "balance": ("signed ties: trust +1, hostile (coercive, parasitic, conflict) -1; dialogue left out",
                "vínculos con signo: confianza +1, hostiles (coerción, parasitarios, conflicto) -1; "
                "el diálogo queda fuera"),
    "mediators": ("acceptability: trust ties and protective ties from the candidate (reach, brokerage); "
                  "access: every trust, dialogue, symbiotic and protective tie (access, autonomy, only "
                  "channel); hostile ties it uses (gates, trust share, sides it cannot bridge); "
                  "symbiotic ties with criminal armed groups (independence); each tie counted by its "
                  "confidence",
                  "aceptación: vínculos de confianza y de protección que da el candidato (alcance, "
                  "intermediación); acceso: todo vínculo de confianza, diálogo, simbiótico o de protección "
                  "(acceso, autonomía, canal único); los vínculos hostiles que ejerce (filtros, proporción de "
                  "confianza, lados que no puede unir); vínculos simbióticos con grupos armados criminales "
                  "(independencia); cada vínculo pesa según su grado de certeza"),
    "spoilers": ("conflict and coercive ties (hostility to parties and their camps); trust and dialogue ties "
                 "(channels between parties)",
                 "vínculos de conflicto y de coerción (hostilidad hacia las partes y sus bandos); vínculos de confianza y de diálogo (canales entre las partes)"),
}
"""measure -> (the engine's English text it translates, the Spanish text)."""


def _layer(measure: str) -> Callable[[P, Language], str]:
    source, text = LAYERS[measure]
    return lambda p, lang: text if p.get("text", source) == source else p["text"]


def _and(x: str, y: str, lang: Language) -> str:
    return lang.join([x, y])


def _pairs(pairs: Sequence[Sequence[str]], lang: Language, hostile: bool = False, limit: int = 3) -> str:
    return "; ".join(f"{x} contra {y}" if hostile else _and(x, y, lang) for x, y in pairs[:limit])


def _more(pairs, lang: Language) -> str:
    rest = len(pairs) - 3
    return f" (y {rest} {lang.plural(rest, one='par más', other='pares más')})" if rest > 0 else ""


def _camp_pairs(n: int, lang: Language) -> str:
    return f"{n} {lang.plural(n, one='par de bandos enfrentados', other='pares de bandos enfrentados')}"


def _sole_channel(p: P, lang: Language) -> str:
    return f"el único canal entre {_pairs(p['pairs'], lang)} en este mapa{_more(p['pairs'], lang)}"


def _joint_channel(p: P, lang: Language) -> str:
    return (f"está en todos los canales entre {_pairs(p['pairs'], lang)} en este mapa{_more(p['pairs'], lang)}, "
            f"junto con {lang.names(p['actors'])}")


def _access_only(p: P, lang: Language) -> str:
    parts = [f"{c} ({' / '.join(KINDS.get(k, k) for k in kinds.split('/'))})" for c, kinds in p["pairs"]]
    return f"tiene canales abiertos, no de confianza, con {lang.join(parts)}"


def _reaches_both_sides(p: P, lang: Language) -> str:
    return (f"tiene canales con ambos lados de {_camp_pairs(len(p['pairs']), lang)} (sin la confianza de "
            f"ambos): {_pairs(p['pairs'], lang, hostile=True)}{_more(p['pairs'], lang)}")


def _under_pressure(p: P, lang: Language) -> str:
    how = lang.join(KINDS.get(k, k) for k in p["kinds"])
    return f"bajo presión: {how} de {lang.names(p['actors'])} (no cuenta ni a favor ni en contra)"


def _rests_on_rumour(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    ties = lang.plural(n, one="un vínculo basado en rumores", other=f"{n} vínculos basados en rumores")
    return (f"su acceso a {lang.names(p['camps'])} depende de {ties} (con {lang.names(p['actors'])}): "
            "hay que verificarlo antes de contar con él")


def _trusted_by_camps(p: P, lang: Language) -> str:
    n = len(p["camps"])
    who = lang.plural(n, one="otro bando", other=f"otros {n} bandos")
    return f"tiene la confianza de {who}: {lang.names(p['camps'])}"


def _bridges_hostile_pairs(p: P, lang: Language) -> str:
    return (f"tiene la confianza de ambos lados de {_camp_pairs(len(p['pairs']), lang)}: "
            f"{_pairs(p['pairs'], lang, hostile=True)}{_more(p['pairs'], lang)}")


def _brokers_paths(p: P, lang: Language) -> str:
    n = p["paths"]
    roles = ", ".join(f"{c} como {ROLES.get(r, r)}" for r, c in p["roles"].items() if c)
    paths = lang.plural(n, one="camino de confianza", other="caminos de confianza")
    return f"intermedia en {n} {paths} entre actores de bandos distintos ({roles})"


def _parasitic_warning(p: P, lang: Language) -> str:
    n = len(p["tie_ids"])
    conf = "/".join(CONFIDENCE.get(c, c) for c in p["confidence"])
    ties = lang.plural(n, one="un vínculo parasitario", other=f"{n} vínculos parasitarios")
    return (f"advertencia: {ties} ({conf}) hacia {p['camp']} ({lang.names(p['actors'])}), "
            "bando al que no llega por confianza")


def _approximate(p: P, lang: Language) -> str:
    what = lang.join(MEASURES.get(m, m) for m in p["measures"])
    return f"Aproximado (lo mejor encontrado o muestreado, sin prueba de que sea exacto): {what}."


def _designations(p: P, lang: Language) -> str:
    return lang.join(f"{label} por {source}" + (f" ({where})" if where else "")
                     for source, where, label in p["designations"])


def _spoiler_hostile_to_parties(p: P, lang: Language) -> str:
    n = len(p["parties"])
    kinds = lang.join(KINDS.get(k, k) for k in p["kinds"])
    parties = lang.plural(n, one="una de sus partes", other=f"{n} de sus partes")
    return f"tiene vínculos de {kinds} con {parties}: {lang.names(p['parties'])}"


def _spoiler_holds_channel(p: P, lang: Language) -> str:
    groups = "; ".join(lang.names(g, limit=3) for g in p["groups"][:3])
    return f"los únicos canales entre las partes pasan por él: sin él se separan ({groups})"


def _left_out(p: P, lang: Language) -> str:
    parts = [f"{n} {lang.plural(n, one=one, other=other)}" for n, one, other in (
        (p["scenarios"], "escenario", "escenarios"), (p["agreements"], "acuerdo", "acuerdos"),
        (p["events"], "evento", "eventos"), (p["perspectives"], "perspectiva", "perspectivas")) if n]
    where = "atributos del grafo" if p["format"] == "graphml" else "el archivo .map.json"
    return (f"Nota: {p['format'].upper()} guarda los actores y vínculos del mapa base; sus {lang.join(parts)} "
            f"solo viajan como texto JSON en {where}: otros programas no muestran ningún escenario aplicado "
            "ni dibujan los acuerdos.")


def _counts(p: P, lang: Language) -> str:
    a, t, c = p["actors"], p["ties"], p["components"]
    return (f"{a} {lang.plural(a, one='actor', other='actores')}, {t} {lang.plural(t, one='vínculo', other='vínculos')}, "
            f"{c} {lang.plural(c, one='componente', other='componentes')}. "
            f"Fragmentación F = {p['F']}, DF ponderada por distancia = {p['DF']}.")


def _balance(p: P, lang: Language) -> str:
    b, t = p["balanced"], p["triangles"]
    return (f"Índice de triángulos {p['triangle_index']} ({b} de {t} "
            f"{lang.plural(t, one='triángulo con signo equilibrado', other='triángulos con signo equilibrados')}); "
            f"índice de frustración {p['frustration']} ({p['how']}).")


MESSAGES: dict[str, Callable[[P, Language], str]] = {
    # gates
    "gate_self": lambda p, lang: "es la propia organización que elabora el mapa (marcada como tal)",
    "gate_external": lambda p, lang: "marcado como actor externo: alguien de fuera, no un mediador interno",
    "gate_designated": lambda p, lang: (
        f"designado como {_designations(p, lang)}; en este análisis los actores designados quedan fuera"),
    "gate_no_channel_outside_camp": lambda p, lang: (
        "ningún canal abierto (vínculo de confianza, diálogo, simbiótico o de protección) fuera de su propio "
        f"bando ({p['camp']})"),
    "gate_coercion_untrusted_camp": lambda p, lang: (
        f"ejerce coerción contra {p['camp']} ({lang.names(p['actors'])}), que no lo acepta"),
    # reasons
    "designated": lambda p, lang: (
        f"designado como {_designations(p, lang)}: el apoyo material puede ser delito en esa jurisdicción; "
        "verifíquelo antes de tratar con él"),
    "sole_channel": _sole_channel,
    "joint_channel": _joint_channel,
    "trusted_by_camps": _trusted_by_camps,
    "access_only": _access_only,
    "bridges_hostile_pairs": _bridges_hostile_pairs,
    "reaches_both_sides": _reaches_both_sides,
    "brokers_paths": _brokers_paths,
    "collusion": lambda p, lang: (
        f"vínculos simbióticos con {lang.names(p['actors'])}, grupos armados con agenda criminal o mixta: "
        "colusión o patrocinio, que da acceso, no confianza"),
    "racket_not_trust": lambda p, lang: (
        f"'protege' a {lang.names(p['actors'])} mientras los coacciona o extorsiona: extorsión disfrazada "
        "de protección (la 'renta'), no confianza"),
    "rests_on_rumour": _rests_on_rumour,
    "no_hostile_ties": lambda p, lang: (
        "no coacciona ni extorsiona a nadie y no está en conflicto abierto en este mapa"),
    "parasitic_warning": _parasitic_warning,
    "coercion_also_trusted": lambda p, lang: (
        f"advertencia: coacciona o extorsiona a miembros de {lang.names(p['camps'])}, que también confían en "
        "él; no se cuenta como puente entre ellos"),
    "open_conflict": lambda p, lang: (
        f"en conflicto abierto con {lang.names(p['camps'])}: no se cuenta como puente entre ellos"),
    "under_pressure": _under_pressure,
    "autonomy_high": lambda p, lang: (
        f"sus contactos de confianza no están vinculados entre sí (autonomía {lang.num(p['autonomy'])})"),
    "legitimacy_not_assessed": lambda p, lang: (
        f"legitimidad no evaluada (se cuenta como valor neutro {lang.num(p['neutral'], trim=True)})"),
    "legitimacy_assessed": lambda p, lang: f"legitimidad evaluada en {lang.num(p['legitimacy'])}",
    # spoilers of agreements (strategy features)
    "spoiler_hostile_to_parties": _spoiler_hostile_to_parties,
    "spoiler_hostile_to_party_camps": lambda p, lang: (
        "combate o coacciona a miembros armados de los bandos de las partes que no firmaron "
        f"({lang.names(p['camps'])}: {lang.names(p['actors'])})"),
    "spoiler_holds_channel": _spoiler_holds_channel,
    "spoiler_inside_camp": lambda p, lang: (
        f"su propio bando ({p['camp']}) está en el acuerdo a través de {lang.names(p['parties'])}; él no: "
        "riesgo de saboteador desde dentro"),
    "export.left_out": _left_out,
    # report phrases (text report, HTML report)
    "report.no_candidates": lambda p, lang: (
        "Ningún actor pasa los filtros de mediación en este mapa (un canal abierto fuera de su propio bando, "
        "ninguna coerción contra un bando que no lo acepta, no ser la organización que elabora el mapa, "
        "no ser externo)."),
    "report.no_removal_cuts": lambda p, lang: (
        "Retirar a cualquier actor deja conectados a todos los pares restantes."),
    "report.approximate": _approximate,
    "report.balance_how": lambda p, lang: "exacto" if p["exact"] else "heurístico, lo mejor encontrado",
    "report.mixed_pairs": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='par', other='pares')} con vínculos de confianza y "
        "hostiles a la vez (fuera del recuento)."),
    "report.contradicting_ties": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='vínculo contradice', other='vínculos contradicen')} "
        "esta división."),
    "report.more_candidates": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='candidato más no se muestra', other='candidatos más no se muestran')}."),
    "report.key_players": lambda p, lang: (
        f"retirarlos juntos deja F = {lang.num(p['F'], 3)}"
        + (" (exacto: se revisaron todos los conjuntos)" if p["exact"]
           else " (lo mejor encontrado, sin prueba de que sea óptimo)")),
    "report.more_blocs": lambda p, lang: (
        f"... y {p['count']} {lang.plural(p['count'], one='bloque más', other='bloques más')}."),
    "report.alone": lambda p, lang: f"Cada uno en un bloque propio: {lang.names(p['names'], 12)}",
    "report.balance_intro": lambda p, lang: (
        "el menor número de vínculos cuyo signo contradice una agrupación en bloques (tantos bloques como "
        "exijan los vínculos)"),
    # the text report (actormap analyze)
    "report.na": lambda p, lang: "n/d",
    "report.plus_more": lambda p, lang: f"(+{p['count']} más)",
    "report.and_more": lambda p, lang: f"y {p['count']} más",
    "report.counts": _counts,
    "report.shortlist_top": lambda p, lang: f"Lista corta de mediadores internos (los {p['top']} primeros)",
    "report.candidate": lambda p, lang: f"{p['rank']}. {p['name']} [{p['camp']}]  puntuación {p['score']}",
    "report.parts": lambda p, lang: f"componentes: {p['parts']}",
    "report.gated_out": lambda p, lang: (
        f"Descartados por los filtros: {p['count']} {lang.plural(p['count'], one='actor', other='actores')}, "
        f"p. ej. {p['examples']}"),
    "report.brokers_title": lambda p, lang: (
        "Principales intermediarios (centralidad de intermediación en todos los vínculos; roles de "
        "Gould-Fernandez en los vínculos de confianza)"),
    "report.broker": lambda p, lang: (
        f"{p['name']} [{p['camp']}]: centralidad de intermediación {p['betweenness']}, restricción "
        f"{p['constraint']}, roles de intermediario {p['total']} en total ({p['roles']})"),
    "report.removal_title": lambda p, lang: "Efecto de retirar a cada actor (quién mantiene unido el mapa)",
    "report.removal": lambda p, lang: (
        f"{p['name']}: F tras retirarlo {p['F']}, {p['pairs']} "
        f"{lang.plural(p['pairs'], one='par desconectado', other='pares desconectados')}, "
        f"{p['faction_pairs']} dentro de su propia facción"),
    "report.splinters": lambda p, lang: f"fragmentos: {p['splinters']}",
    "report.key_players_title": lambda p, lang: f"Actores clave (k = {p['k']})",
    "report.blocs_title": lambda p, lang: (
        "Bloques (equilibrio estructural con vínculos de confianza + / hostiles -)"),
    "report.balance": _balance,
    "report.bloc": lambda p, lang: f"Bloque {p['number']} ({p['count']}): {p['names']}",
    "report.against_blocs": lambda p, lang: f"Vínculos que contradicen los bloques: {p['pairs']}",
    "report.factions": lambda p, lang: (
        f"Facciones declaradas: {p['declared']}; grupos detectados en los vínculos de confianza (Louvain): "
        f"{p['detected']} (+{p['isolated']} {lang.plural(p['isolated'], one='aislado', other='aislados')})."),
    "report.agreements_title": lambda p, lang: "Acuerdos y posibles saboteadores (Stedman 1997)",
    "report.agreement": lambda p, lang: f"{p['name']} ({p['kind']}, {p['status']}): partes {p['parties']}",
    "report.no_spoiler": lambda p, lang: "ningún posible saboteador en este mapa",
    # the HTML / PDF report
    "html.title": lambda p, lang: f"{p['title']} — informe del mapa de actores",
    "html.untitled": lambda p, lang: "Mapa sin título",
    "html.picture": lambda p, lang: f"El mapa: {p['title']}",
    "html.viewpoint": lambda p, lang: "Perspectiva",
    "html.as_of": lambda p, lang: "Fecha de referencia",
    "html.authors": lambda p, lang: "Autores",
    "html.sensitivity": lambda p, lang: "Clasificación",
    "html.summary": lambda p, lang: "Resumen",
    "html.actors": lambda p, lang: "Actores",
    "html.ties": lambda p, lang: "Vínculos",
    "html.F": lambda p, lang: "Fragmentación F",
    "html.DF": lambda p, lang: "Fragmentación ponderada por distancia DF",
    "html.components": lambda p, lang: "Componentes conexos",
    "html.F_note": lambda p, lang: (
        "F es la proporción de pares ordenados de actores que no pueden alcanzarse por ningún vínculo; "
        "DF = 1 − media(1/distancia) (Borgatti 2006). 0 = totalmente conectado, 1 = todos separados."),
    "html.shortlist": lambda p, lang: "Lista corta de mediadores internos",
    "html.shortlist_note": lambda p, lang: (
        "Ordenada por una puntuación hecha de componentes visibles; las razones dicen por qué. Una lista "
        "para discutir, no un veredicto."),
    "html.score": lambda p, lang: "puntuación",
    "html.parts": lambda p, lang: f"Componentes: {p['parts']}",
    "html.weights": lambda p, lang: f"Pesos de los componentes de la puntuación: {p['weights']}.",
    "html.gated": lambda p, lang: "No sugeridos, y por qué",
    "html.actor": lambda p, lang: "Actor",
    "html.faction": lambda p, lang: "Facción",
    "html.gate": lambda p, lang: "Filtro",
    "html.risk": lambda p, lang: "Riesgo de fragmentación",
    "html.key_player_set": lambda p, lang: f"Conjunto de actores clave (k = {p['k']})",
    "html.risk_note": lambda p, lang: (
        "Qué pasa si se retira a un actor (detenido, abatido, cooptado): la F del resto del mapa, los pares "
        "de actores que pierden todo camino, los fragmentos que quedan separados y los pares que se cortan "
        "dentro de la propia facción del actor en la capa de confianza."),
    "html.removed": lambda p, lang: "Actor retirado",
    "html.F_after": lambda p, lang: "F después",
    "html.pairs_cut": lambda p, lang: "Pares cortados",
    "html.pairs_cut_faction": lambda p, lang: "Pares cortados en su facción",
    "html.splinters": lambda p, lang: "Fragmentos",
    "html.brokerage": lambda p, lang: "Intermediación",
    "html.no_actors": lambda p, lang: "El mapa no tiene actores.",
    "html.brokerage_note": lambda p, lang: (
        "Centralidad de intermediación en todos los vínculos (normalizada); restricción y tamaño efectivo "
        "de Burt en la capa de confianza (— = sin vínculos de confianza); roles de intermediación de "
        "Gould–Fernandez en la capa de confianza dirigida, según las facciones de los actores."),
    "html.faction_kind": lambda p, lang: "Facción · tipo",
    "html.betweenness": lambda p, lang: "Centralidad",
    "html.constraint": lambda p, lang: "Restricción",
    "html.effective_size": lambda p, lang: "Tamaño ef.",
    "html.roles": lambda p, lang: "Roles",
    "html.top_brokers": lambda p, lang: (
        f"Los {p['shown']} primeros de {p['count']} actores por centralidad de intermediación."),
    "html.blocs": lambda p, lang: "Bloques y tensiones",
    "html.balance": lambda p, lang: (
        f"Equilibrio estructural en el grafo con signo (vínculos de confianza +, hostiles −): índice de "
        f"triángulos {p['triangle_index']}, índice de frustración {p['frustration']} ({p['how']}) — "
        f"{p['intro']}."),
    "html.bloc": lambda p, lang: f"Bloque {p['number']}",
    "html.factions": lambda p, lang: "Facciones",
    "html.declared": lambda p, lang: "Facción declarada",
    "html.members": lambda p, lang: "Miembros",
    "html.no_faction": lambda p, lang: "(ninguna)",
    "html.detected": lambda p, lang: f"Grupo detectado {p['number']} (Louvain, vínculos de confianza)",
    "html.method": lambda p, lang: "Qué vínculos usa cada medida",
    "html.measure": lambda p, lang: "Medida",
    "html.ties_used": lambda p, lang: "Vínculos usados",
    "html.footer": lambda p, lang: f"Hecho con actormap el {p['when']}.",
    "html.yes": lambda p, lang: "sí",
    "html.no": lambda p, lang: "no",
    "html.agreements": lambda p, lang: "Acuerdos y riesgo de sabotaje",
    "html.agreements_note": lambda p, lang: (
        "Posibles saboteadores (Stedman 1997): actores armados fuera de un acuerdo que tienen vínculos de "
        "conflicto o de coerción con sus partes o con los combatientes de las partes, o por los que pasan los "
        "únicos canales entre las partes. Una lista para discutir, no un veredicto."),
    "html.parties": lambda p, lang: "Partes",
    "html.facilitators": lambda p, lang: "Facilitadores",
    "html.guarantors": lambda p, lang: "Garantes",
    "html.terms": lambda p, lang: "Términos",
    "html.spoilers": lambda p, lang: "Posibles saboteadores",
    "html.no_spoilers": lambda p, lang: "ninguno en este mapa.",
    # the command line
    "cli.as_of": lambda p, lang: (
        f"Al {p['date']}: {p['actors']} de {p['all_actors']} actores, {p['ties']} de {p['all_ties']} vínculos. "
        "Los actores, vínculos y acuerdos sin fecha están en el mapa en todas las fechas."),
    "cli.wrote": lambda p, lang: f"se escribió {p['path']} ({p['format']})",
    "cli.key_players_few": lambda p, lang: (
        f"la búsqueda de actores clave necesita al menos 3 actores; el mapa tiene {p['actors']}"),
    "cli.key_players_range": lambda p, lang: (
        f"el número de actores clave debe estar entre 1 y {p['most']} (el mapa tiene {p['actors']} "
        f"actores), no {p['k']}"),
    "cli.report_name": lambda p, lang: (
        f"no se puede escribir un informe en '{p['name']}': use un nombre de archivo .html o .pdf"),
    # strategies compared (report and compare window)
    "strategy.base": lambda p, lang: "el mapa tal como está",
    "strategy.went_with_removed": lambda p, lang: (
        f"{p['count']} {lang.plural(p['count'], one='desapareció', other='desaparecieron')} con los actores retirados"),
    "strategy.splinters_into": lambda p, lang: f"{p['camp']} se fragmenta en {p['count']}: {p['groups']}",
    "strategy.stays_together": lambda p, lang: f"{p['camp']}: se mantiene unido",
    "strategy.new": lambda p, lang: f"nuevos: {p['names']}",
    "strategy.gone": lambda p, lang: f"salen: {p['names']}",
    "strategy.not_signed": lambda p, lang: "no firmado",
    "strategy.no_spoilers": lambda p, lang: "ninguno",
    "strategy.row.scenario": lambda p, lang: "Escenario",
    "strategy.row.F": lambda p, lang: "Fragmentación F",
    "strategy.row.components": lambda p, lang: "Componentes",
    "strategy.row.hostile": lambda p, lang: "Vínculos hostiles (conflicto, coerción, parasitarios)",
    "strategy.row.communities": lambda p, lang: "Coerción y extorsión de comunidades",
    "strategy.row.blocs": lambda p, lang: "Bloques",
    "strategy.row.splinter_groups": lambda p, lang: "Fragmentos de bandos (grupos adicionales)",
    "strategy.row.removed": lambda p, lang: "Actores retirados",
    "strategy.row.kingpin": lambda p, lang: "Fragmentos de sus bandos (efecto de descabezamiento)",
    "strategy.row.falls_apart": lambda p, lang: "Se separa en",
    "strategy.row.shortlist": lambda p, lang: "Lista corta de mediadores",
    "strategy.row.designated": lambda p, lang: "Candidatos de la lista corta con designación legal",
    "strategy.row.spoilers_of": lambda p, lang: f"Saboteadores de «{p['name']}»",
    "html.strategies": lambda p, lang: "Estrategias comparadas",
    "html.strategies_note": lambda p, lang: (
        "Cada escenario es un conjunto de cambios al mapa (una estrategia puesta a prueba sobre él), medido "
        "como el mapa: fragmentación F y componentes en todos los vínculos (Borgatti 2006), vínculos hostiles, "
        "coerción y extorsión de comunidades, bloques (equilibrio estructural), los grupos en que se divide el "
        "bando de un actor retirado en los vínculos de confianza (el efecto de descabezamiento), la lista corta "
        "de mediadores internos y los saboteadores de cada acuerdo (Stedman 1997). Entre paréntesis: el cambio "
        "respecto del mapa base. Los vínculos de un actor retirado desaparecen con él: no se volvieron pacíficos."),
    "html.base_map": lambda p, lang: "Mapa base",
    "html.scenario_skipped": lambda p, lang: (
        f"{p['count']} " + lang.plural(p["count"], one="parte ya no encaja en el mapa y se omitió",
                                       other="partes ya no encajan en el mapa y se omitieron") + "."),
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
ITEMS = {"actors": ("actor", "actores", "un actor", "el actor"),
         "ties": ("vínculo", "vínculos", "un vínculo", "el vínculo"),
         "views": ("vista", "vistas", "una vista", "la vista"),
         "agreements": ("acuerdo", "acuerdos", "un acuerdo", "el acuerdo"),
         "events": ("hecho", "hechos", "un hecho", "el hecho"),
         "scenarios": ("escenario", "escenarios", "un escenario", "el escenario"),
         "perspectives": ("perspectiva", "perspectivas", "una perspectiva", "la perspectiva"),
         "conflicts": ("conflicto de fusión", "conflictos de fusión", "un conflicto de fusión",
                       "el conflicto de fusión")}
"""Singular, plural, with the indefinite and with the definite article."""
TIES_OF_KIND = {"trust": "vínculo de confianza", "symbiotic": "vínculo simbiótico",
                "protective": "vínculo de protección", "parasitic": "vínculo parasitario",
                "coercive": "vínculo coercitivo", "conflict": "vínculo de conflicto", "dialogue": "vínculo de diálogo"}
TIE_KINDS = {"trust": "confianza", "symbiotic": "simbiótico", "protective": "de protección",
             "parasitic": "parasitario", "coercive": "coercitivo", "conflict": "conflicto", "dialogue": "diálogo"}
AGENDAS = {"criminal": "criminal", "political": "política", "social": "social", "mixed": "mixta"}
TIE_MEANINGS = {"trust": "relación cercana: respeto, confianza, parentesco",
                "symbiotic": "beneficio material mutuo (un cártel y funcionarios corruptos)",
                "protective": "A protege a B (una milicia protege a una comunidad)",
                "parasitic": "A extrae de B (extorsión, la \"renta\", cobro sobre el comercio)",
                "coercive": "A obliga a B con violencia o amenazas",
                "conflict": "hostilidad mutua, enfrentamiento abierto",
                "dialogue": "un canal de comunicación abierto"}
FIELDS = {"name": "nombre", "short_name": "nombre corto", "kind": "tipo", "faction": "facción", "power": "poder",
          "legitimacy": "legitimidad", "agenda": "agenda", "labels": "etiquetas", "external": "externo",
          "is_self": "propia organización", "notes": "notas", "sources": "fuentes", "start": "inicio",
          "end": "fin", "x": "posición", "y": "posición", "pinned": "fijado", "source": "origen",
          "target": "destino", "strength": "intensidad", "confidence": "certeza", "status": "estado",
          "parties": "partes", "facilitators": "facilitadores", "guarantors": "garantes", "terms": "términos",
          "date": "fecha", "actor_ids": "actores", "tie_ids": "vínculos", "agreement_ids": "acuerdos",
          "description": "descripción", "strategy": "estrategia", "seen_by": "visto por", "changes": "cambios",
          "title": "título", "viewpoint": "perspectiva", "as_of": "fecha de referencia", "authors": "autores",
          "sensitivity": "clasificación", "focus": "foco", "as_of_date": "fecha"}
CHOICES = {"ours": "nuestra versión", "theirs": "su versión", "value": "valor escrito"}


def _item(coll: str, form: int = 0) -> str:
    forms = ITEMS.get(coll)
    return forms[form] if forms else coll


def _count(n: int, coll: str, lang: Language) -> str:
    return f"{n} {_item(coll, 0 if lang.plural(n, one='one', other='other') == 'one' else 1)}"


def _fields(fields: Sequence[str]) -> str:
    return ", ".join(dict.fromkeys(FIELDS.get(f, f.replace("_", " ")) for f in fields))


def _delete(p: P, lang: Language) -> str:
    parts = [_count(n, c, lang) for c, n in p["counts"]]
    return "Eliminar " + lang.join(parts) if parts else "Eliminar"


def _fields_joined(fields: Sequence[str], lang: Language) -> str:
    return lang.join(dict.fromkeys(FIELDS.get(f, f.replace("_", " ")) for f in fields))


def _tie_words(p: P) -> str:
    return f"{p['source']} → {p['target']} ({TIE_KINDS.get(p['kind'], p['kind'])})"


def _and_its_ties(n: int, lang: Language) -> str:
    if not n:
        return ""
    return " y su vínculo" if lang.plural(n, one="one", other="other") == "one" else f" y sus {n} vínculos"


EDITS: dict[str, Callable[[P, Language], str]] = {
    "edit.apply_changes": lambda p, lang: "Aplicar cambios",
    "edit.add": lambda p, lang: f"Añadir {_item(p['collection'])}",
    "edit.add_named": lambda p, lang: f"Añadir {_item(p['collection'])} «{p['name']}»",
    "edit.update": lambda p, lang: f"Editar {_item(p['collection'])}: {_fields(p['fields'])}",
    "edit.add_actors_ties": lambda p, lang: (
        f"Añadir {_count(p['actors'], 'actors', lang)} y {_count(p['ties'], 'ties', lang)}"),
    "edit.delete": _delete,
    "edit.move": lambda p, lang: "Mover actor" if p["count"] == 1 else f"Mover {p['count']} actores",
    "edit.meta": lambda p, lang: "Editar propiedades del mapa",
    "edit.delete_view": lambda p, lang: "Eliminar vista",
    "edit.rename_view": lambda p, lang: "Renombrar vista",
    "edit.edit_view": lambda p, lang: "Editar vista",
    "edit.reorder_views": lambda p, lang: "Reordenar vistas",
    "edit.paste": lambda p, lang: f"Pegar {_count(p['count'], 'actors', lang)}",
    "edit.remove_actors": lambda p, lang: f"Retirar {_count(p['count'], 'actors', lang)}",
    "edit.to_dialogue": lambda p, lang: f"Convertir {_count(p['count'], 'ties', lang)} en diálogo",
    "edit.sign": lambda p, lang: f"Firmar «{p['name']}»",
    "edit.add_tie_kind": lambda p, lang: f"Añadir {TIES_OF_KIND.get(p['kind'], p['kind'])}",
    "edit.drop_ties": lambda p, lang: "Cortar vínculos",
    "edit.transform": lambda p, lang: f"Transformar actor ({_fields(p['fields'])})",
    "edit.resolve_conflict": lambda p, lang: f"Resolver conflicto ({CHOICES.get(p['choice'], p['choice'])})",
    "edit_error.never_applied": lambda p, lang: "este cambio nunca se aplicó",
    "edit_error.id_fixed": lambda p, lang: "el identificador de un elemento no se puede cambiar",
    "edit_error.new_id_in_use": lambda p, lang: "un identificador de los elementos nuevos ya está en uso",
    "edit_error.tie_end_missing": lambda p, lang: f"el vínculo {p['id']} apunta a un actor que no está en el mapa",
    "edit_error.delete_missing": lambda p, lang: f"no se puede eliminar: no existe el elemento {p['id']}",
    "edit_error.move_missing": lambda p, lang: f"no se puede mover: no existe el actor {p['id']}",
    "edit_error.view_exists": lambda p, lang: f"ya existe una vista con el identificador {p['id']}",
    "edit_error.view_focus_missing": lambda p, lang: f"la vista se centra en un actor que falta ({p['id']})",
    "edit_error.view_id_fixed": lambda p, lang: "el identificador de una vista no se puede cambiar",
    "edit_error.view_would_focus_missing": lambda p, lang: (
        f"la vista se centraría en un actor que falta ({p['id']})"),
    "edit_error.no_view": lambda p, lang: f"no existe la vista guardada {p['id']}",
    "edit_error.unknown_fields": lambda p, lang: f"campos desconocidos: {', '.join(p['fields'])}",
    "edit_error.id_in_use": lambda p, lang: f"el identificador «{p['id']}» ya está en uso",
    "edit_error.no_item": lambda p, lang: f"no existe {_item(p['collection'], 3)} «{p['id']}»",
    "edit_error.delete_no_item": lambda p, lang: (
        f"no se puede eliminar: no existe {_item(p['collection'], 3)} «{p['id']}»"),
    "edit_error.no_longer_fits": lambda p, lang: (
        f"el cambio en {_item(p['collection'], 3)} «{p['id']}» ya no corresponde al mapa"),
    "edit_error.still_referred": lambda p, lang: (
        f"no se puede eliminar {_item(p['collection'], 3)} «{p['id']}»: "
        f"{_item(p['by_collection'], 3)} «{p['by_id']}» todavía hace referencia a él"),
    "edit_error.points_at_missing": lambda p, lang: (
        f"{_item(p['collection'], 3)} «{p['name']}» apuntaría a {_item(p['target_collection'], 2)} que falta "
        f"({p['target']})"),
    "edit_error.no_actor_on_map": lambda p, lang: f"no hay ningún actor «{p['id']}» en el mapa",
    "edit_error.remove_none": lambda p, lang: "elija al menos un actor para retirar",
    "edit_error.dialogue_none": lambda p, lang: "elija al menos un vínculo de conflicto o coercitivo",
    "edit_error.no_tie_on_map": lambda p, lang: f"no hay ningún vínculo «{p['id']}» en el mapa",
    "edit_error.not_hostile": lambda p, lang: (
        f"el {TIES_OF_KIND.get(p['kind'], p['kind'])} de «{p['source']}» a «{p['target']}» no es un "
        "vínculo de conflicto ni coercitivo"),
    "edit_error.truce_parties": lambda p, lang: "una tregua necesita al menos dos partes",
    "edit_error.nothing_to_drop": lambda p, lang: f"no hay ningún vínculo de «{p['source']}» a «{p['target']}» que cortar",
    "edit_error.transform_fixed": lambda p, lang: f"una transformación no cambia {_fields(p['fields'])}",
    "edit_error.transform_empty": lambda p, lang: "una transformación necesita al menos un campo que cambiar",
    "edit_error.conflict_gone": lambda p, lang: "este conflicto ya no está en el mapa",
    "edit_error.conflict_item_gone": lambda p, lang: (
        f"el elemento {p['id']} ({_item(p['collection'])}) ya no está en el mapa"),
    "undo.add_actor": lambda p, lang: f"Añadir el actor «{p['name']}»",
    "undo.add_tie": lambda p, lang: f"Añadir vínculo: {_tie_words(p)}",
    "undo.add_counts": lambda p, lang: "Añadir " + lang.join(_count(n, c, lang) for c, n in p["counts"]),
    "undo.delete_actor": lambda p, lang: f"Eliminar «{p['name']}»{_and_its_ties(p['ties'], lang)}",
    "undo.delete_tie": lambda p, lang: f"Eliminar vínculo: {_tie_words(p)}",
    "undo.move_actor": lambda p, lang: f"Mover «{p['name']}»",
    "undo.rename": lambda p, lang: f"Renombrar «{p['name']}» como «{p['new']}»",
    "undo.change_actor": lambda p, lang: f"Cambiar {_fields_joined(p['fields'], lang)} de «{p['name']}»",
    "undo.make_kind": lambda p, lang: (
        f"Convertir {p['source']} → {p['target']} en {TIES_OF_KIND.get(p['new'], p['new'])}"),
    "undo.change_tie": lambda p, lang: (
        f"Cambiar {_fields_joined(p['fields'], lang)} del vínculo {_tie_words(p)}"),
    "undo.the_tie": lambda p, lang: f"el vínculo {_tie_words(p)}",
    "undo.an_item": lambda p, lang: "un elemento",
    "undo.an_actor": lambda p, lang: "un actor",
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
    return {"actor": f"el actor «{name}»", "tie": f"el vínculo {name}", "agreement": f"el acuerdo «{name}»", "event": f"el hecho «{name}»",
            "label": f"la etiqueta «{name}» de «{by}»"}.get(p.get("kind", ""), f"«{name}»")


def _chars(n: object, lang: Language) -> str:
    return f"{n} {lang.plural(int(n), one='carácter', other='caracteres')}" if str(n).isdigit() else str(n)


VALIDATION: dict[str, Callable[[P, Language], str]] = {
    "validation.string_too_short": lambda p, lang: (
        "no puede estar vacío" if int(p.get("min_length", 1)) == 1
        else f"necesita al menos {_chars(p['min_length'], lang)}"),
    "validation.string_too_long": lambda p, lang: f"es demasiado largo (como máximo {_chars(p['max_length'], lang)})",
    "validation.too_long": lambda p, lang: f"tiene demasiadas entradas (como máximo {p['max_length']})",
    "validation.too_short": lambda p, lang: f"necesita al menos {p['min_length']} entradas",
    "validation.greater_than_equal": lambda p, lang: f"debe ser como mínimo {p['ge']}",
    "validation.greater_than": lambda p, lang: f"debe ser mayor que {p['gt']}",
    "validation.less_than_equal": lambda p, lang: f"debe ser como máximo {p['le']}",
    "validation.less_than": lambda p, lang: f"debe ser menor que {p['lt']}",
    **{f"validation.{k}": (lambda p, lang: "debe ser un número entero")
       for k in ("int_parsing", "int_type", "int_from_float")},
    **{f"validation.{k}": (lambda p, lang: "debe ser un número") for k in ("float_parsing", "float_type",
                                                                           "finite_number")},
    **{f"validation.{k}": (lambda p, lang: "debe ser sí o no") for k in ("bool_parsing", "bool_type")},
    "validation.enum": lambda p, lang: f"debe ser uno de: {str(p.get('expected', '')).replace(chr(39), '')}",
    "validation.missing": lambda p, lang: "falta",
    **{f"validation.{k}": (lambda p, lang: "debe ser una fecha como 2012-03-09")
       for k in ("date_parsing", "date_from_datetime_parsing", "date_type")},
    "validation.string_pattern_mismatch": lambda p, lang: (
        "contiene un carácter no permitido aquí (un carácter de control o un salto de línea, o un espacio en "
        "un identificador)"),
    "validation.extra_forbidden": lambda p, lang: "no es un campo que este programa conozca",
    "validation.ends_before_start": lambda p, lang: f"{_what(p)} termina ({p['end']}) antes de empezar ({p['start']})",
    "validation.ends_on_start_day": lambda p, lang: (
        f"{_what(p)} termina el mismo día en que empieza ({p['start']}): no estaría en el mapa ningún día, porque "
        "el día final no se incluye; indique el día siguiente a su último día"),
    "validation.more": lambda p, lang: (
        f"y {p['count']} {lang.plural(p['count'], one='problema', other='problemas')} más"),
    **{f"field.{k}": (lambda p, lang, v=v: v) for k, v in FIELDS.items()},
}
"""The model's refusals (pydantic error types and the interval checks of core/model.py)."""

MESSAGES.update(VALIDATION)

MESSAGES.update({
    "file.cannot_read": lambda p, lang: f"No se puede leer {p['path']}",
    "file.cannot_read_map": lambda p, lang: "No se puede leer el mapa",
    "file.cannot_write": lambda p, lang: f"No se puede escribir {p['path']}",
    "file.cannot_write_map": lambda p, lang: "No se puede escribir el mapa",
})
