"""Rio de Janeiro: drug factions, milícias, police pacification and favela residents (dated composite 2008-2018)."""

from datetime import date

from build_samples import A, E, MapSpec, T

ARIAS = "E.D. Arias, Drugs and Democracy in Rio de Janeiro: Trafficking, Social Networks, and Public Security, University of North Carolina Press, 2006"
ARRO = "E.D. Arias & C.D. Rodrigues, 'The myth of personal security: criminal gangs, dispute resolution, and identity in Rio de Janeiro's favelas', Latin American Politics and Society 48(4), 2006"
MISSE = "M. Misse, 'Mercados ilegais, redes de proteção e organização local do crime no Rio de Janeiro', Estudos Avançados 21(61), 2007"
CPI = "Assembleia Legislativa do Estado do Rio de Janeiro, Relatório final da CPI das Milícias, 2008"
CANOM = "I. Cano & T. Duarte, No sapatinho: a evolução das milícias no Rio de Janeiro (2008-2011), Fundação Heinrich Böll, 2012"
CANOU = "I. Cano (coord.), Os donos do morro: uma avaliação exploratória do impacto das Unidades de Polícia Pacificadora (UPPs) no Rio de Janeiro, FBSP / LAV-UERJ, 2012"
HRW = "Human Rights Watch, 'Lethal Force: Police Violence and Public Security in Rio de Janeiro and São Paulo', 2009, and 'Good Cops Are Afraid', 2016"
AMN = "Amnesty International, 'You Killed My Son: Homicides by Military Police in the City of Rio de Janeiro', 2015"
VITAL = "C. Vital da Cunha, Oração de traficante: uma etnografia, Garamond, 2015"
LESS = "B. Lessing, Making Peace in Drug Wars: Crackdowns and Cartels in Latin America, Cambridge University Press, 2017"
PENG = "B. Penglase, Living with Insecurity in a Brazilian Favela, Rutgers University Press, 2014"
OBS = "Observatório da Intervenção (CESeC), reports on the 2018 federal intervention in Rio de Janeiro, 2018-2019"
MARE = "Redes da Maré, Boletim Direito à Segurança Pública na Maré, 2016-2018"
ISC = "InSight Crime profiles of the Comando Vermelho, Terceiro Comando Puro, Amigos dos Amigos and Rio's milícias"
PRESS = "O Globo and Folha de S.Paulo reporting on AfroReggae and José Júnior's mediation with traffickers (2010-2013), the Amarildo case (2013), the Rocinha war (2017) and the killing of Marielle Franco (2018)"

DESCRIPTION = f"""\
Rio's favelas have for decades been held by armed drug factions - the Comando Vermelho (CV, born \
in the Ilha Grande prison in 1979), the Terceiro Comando Puro (TCP) and Amigos dos Amigos (ADA) - \
that fight each other and the police, and, increasingly since the 2000s, by milícias: para-state \
groups of serving and former police, firefighters and prison guards who expel traffickers and \
then 'tax' residents for security, gas, cable and transport. A state assembly inquiry (CPI das \
Milícias, 2008, chaired by Marcelo Freixo) indicted over 200 people, including politicians. From \
December 2008 the state government placed Pacifying Police Units (UPPs) in dozens of favelas after \
BOPE and, in Alemão (2010) and Maré (2014), army occupations; killings fell at first, but abuses \
(the disappearance of Amarildo de Souza in Rocinha, 2013), the fiscal crisis and renewed faction \
wars (Rocinha, 2017) eroded the programme. In February 2018 the federal government took over \
public security in the state under an army general. Residents' associations, churches, NGOs and \
samba schools live alongside the armed groups; some intermediaries, such as AfroReggae's founder \
José Júnior, negotiated with traffickers.

This is a dated composite of 2008-2018 (ties carry dates where they matter, and the map lists the \
events, for the time slider). The split between 'trafficker' and 'milícia' territory is simplified; \
both change block by block.

Sources:
- {ARIAS}
- {ARRO}
- {MISSE}
- {CPI}
- {CANOM}
- {CANOU}
- {HRW}
- {AMN}
- {VITAL}
- {LESS}
- {PENG}
- {OBS}
- {MARE}
- {ISC}
- {PRESS}

Legitimacy follows the convention of the sample maps (README, 'Sample maps'): the map authors' \
coarse judgement of how far the public an actor acts on accepts it as rightful, read from \
the ethnographies of favela life (Arias; Arias & Rodrigues; Penglase: residents fear the \
factions yet rely on them for local order, a judgement applied alike to the CV, TCP and ADA), \
Cano & Duarte on the milícias, Cano on the UPPs, the human-rights reports on the police, and \
press and field studies of the NGOs, churches and samba schools; armed groups are judged on the \
same evidence as every other actor. It is not a measurement. Not assessed (null) where these \
sources are silent: the state and federal governments, BOPE, the army, the milícia politicians \
(votes delivered under milícia control are not read as acceptance), the jogo do bicho bosses, \
Viva Rio, the accountability actors, the residents' associations, residents and businesses."""

ACTORS = [
    # --- drug factions (left) ----------------------------------------------------------
    A("cv_lead", "Comando Vermelho leadership (in prison)", "gang", "Comando Vermelho", 4, -500, -80, "criminal", 0.3,
      labels=(("Rio state government", "criminal faction (facção criminosa)"),),
      notes="Founded in 1979 in the Ilha Grande prison; leaders direct the faction from state and federal "
            "prisons.", sources=(MISSE, LESS, ISC, ARRO)),
    A("cv_local", "Comando Vermelho local bosses ('donos do morro': Alemão, Penha, Jacarezinho, Rocinha from 2017)",
      "gang", "Comando Vermelho", 4, -330, 20, "criminal", 0.3,
      notes="The largest faction; holds many North Zone favela complexes.", sources=(ARIAS, ARRO, ISC)),
    A("tcp", "Terceiro Comando Puro (TCP)", "gang", "Terceiro Comando Puro", 3, -540, 110, "criminal", 0.3,
      notes="Split from the Terceiro Comando around 2002; CV's main rival (parts of Maré, Pedreira, "
            "Serrinha); later known for evangelical imagery and, after 2018, alliances with milícias.",
      sources=(ISC, VITAL, ARRO)),
    A("ada", "Amigos dos Amigos (ADA)", "gang", "Amigos dos Amigos", 2, -480, 240, "criminal", 0.3,
      notes="Split from the CV in 1998; held Rocinha until its leader Nem was arrested (2011) and lost "
            "it in the 2017 war when his successor defected to the CV.", sources=(ISC, PRESS, ARRO)),
    # --- state (top) -----------------------------------------------------------------------
    A("state_gov", "Rio state government (governors Cabral, Pezão; security secretary Beltrame)", "political",
      "Rio state", 5, -60, -360, "political",
      notes="Launched the UPP programme in 2008; Cabral was later convicted of corruption; the 2015-2017 "
            "fiscal crisis starved the police.", sources=(CANOU, OBS)),
    A("pmerj", "Military Police (PMERJ)", "state_agent", "Rio state", 5, -150, -230, "political", 0.3,
      notes="High lethality ('autos de resistência'); corruption payments ('arrego') from traffickers are "
            "widely documented; many milicianos are serving or former PMs.", sources=(HRW, AMN, MISSE)),
    A("bope", "BOPE (Special Police Operations Battalion)", "state_agent", "Rio state", 3, -300, -300, "political",
      notes="Elite PMERJ unit; led incursions and the occupations that preceded UPPs.", sources=(HRW, CANOU)),
    A("upp", "Pacifying Police Units (UPPs, from 2008)", "state_agent", "Rio state", 3, -170, -110, "political", 0.5,
      labels=(("Rio state government", "proximity policing"),
              ("Critics in the favelas", "occupation force")),
      notes="First unit in Santa Marta (December 2008), 38 by 2014. Armed control by factions and police "
            "killings fell at first (Cano 2012); the Amarildo case (2013), renewed attacks and the fiscal "
            "crisis eroded it.", sources=(CANOU, PRESS)),
    # --- federal (top left) ------------------------------------------------------------------
    A("fed_gov", "Federal government (2018 intervention decree)", "political", "Federal government", 4, -560,
      -350, "political",
      notes="President Temer decreed federal intervention in Rio's public security in February 2018; "
            "earlier federal forces secured the mega-events (2014, 2016).", sources=(OBS,)),
    A("army", "Federal Army (Alemão 2010-12, Maré 2014-15, 2018 intervention)", "state_agent", "Federal government",
      4, -450, -230, "political",
      notes="Occupied the Complexo do Alemão and Maré before UPPs were installed; General Braga Netto "
            "was the intervenor in 2018.", sources=(OBS, MARE)),
    # --- milícias (right) --------------------------------------------------------------------
    A("milicia", "Milícias of the West Zone (e.g. Liga da Justiça, Rio das Pedras)", "militia", "Milícias", 4,
      380, 130, "criminal", 0.3,
      labels=(("Mayor Cesar Maia (2006)", "community self-defence groups (autodefesas comunitárias)"),
              ("CPI das Milícias (2008)", "organised crime")),
      notes="Para-state groups of serving and former police and other state agents; sell 'security' and "
            "control gas, pirate cable and van transport.", sources=(CPI, CANOM)),
    A("mil_pol", "Milícia-linked politicians (councillors, state deputies)", "political", "Milícias", 3, 480, 10,
      "mixed",
      notes="Several were indicted by the 2008 CPI and later convicted; milícias deliver votes in their areas.",
      sources=(CPI, CANOM)),
    A("res_mil", "Residents of milícia-controlled areas", "community", "Residents", 3, 480, 250, "social",
      notes="Pay for 'security' and services; few homicides but strict control; some residents prefer "
            "milícias to traffickers, others fear them more.", sources=(CANOM,)),
    A("biz", "Local businesses and van transport operators", "business", "Local economy", 2, 330, 320, "mixed",
      notes="Van routes, gas distribution and shops are taxed or taken over by milícias.", sources=(CPI, CANOM)),
    # --- accountability (top right) --------------------------------------------------------------
    A("freixo", "CPI das Milícias and ALERJ human rights commission (Marcelo Freixo)", "political", "Accountability",
      2, 320, -320, "political",
      notes="The 2008 inquiry into milícias; Freixo lived under death threats. His former adviser, "
            "councillor Marielle Franco, was killed in March 2018 by gunmen whom investigators later "
            "tied to the milícia world.", sources=(CPI, PRESS)),
    A("maes", "Mothers of victims of police violence (e.g. Mães de Manguinhos)", "civil_society", "Accountability",
      2, 180, -200, "social",
      notes="Campaign for justice for youths killed by police.", sources=(AMN,)),
    # --- community and civil society (centre and bottom) ---------------------------------------
    A("res_traf", "Residents of faction-controlled favelas", "community", "Residents", 4, -200, 200, "social",
      notes="Live under the factions' rules and 'tribunals' and the police's lethal operations; "
            "ethnographies describe both fear of and reliance on local traffickers.",
      sources=(ARIAS, ARRO, PENG)),
    A("res_assoc", "Residents' associations (associações de moradores)", "community", "Residents", 2, -40, 90,
      "social",
      notes="Link favelas with the state; in many favelas presidents are appointed, tolerated or "
            "expelled by the armed group in charge.", sources=(ARIAS, CPI)),
    A("afroreggae", "AfroReggae (founder José Júnior)", "civil_society", "NGOs", 2, -60, -40, "social", 0.6,
      notes="Cultural NGO born in Vigário Geral (1993); its founder negotiated with traffickers (for "
            "example during the 2010 occupation of Alemão) and it employs former traffickers. In 2013 "
            "he reported threats from the CV and the NGO closed a centre in Alemão.",
      sources=(PRESS,)),
    A("redes_mare", "Redes da Maré", "civil_society", "NGOs", 2, 50, 250, "social", 0.7,
      notes="Maré NGO that monitors public-security operations and litigated to limit police raids.",
      sources=(MARE,)),
    A("vivario", "Viva Rio", "civil_society", "NGOs", 2, 90, -110, "social",
      notes="NGO behind disarmament campaigns and community-policing and UPP-area projects.",
      sources=(CANOU,)),
    A("evang", "Pentecostal churches in the favelas", "religious", "Churches", 3, -330, 330, "social", 0.6,
      notes="Fastest-growing institutions in the favelas; conversion is an accepted exit from the "
            "factions, and some traffickers adopt evangelical identity ('traficantes evangélicos').",
      sources=(VITAL,)),
    A("samba", "Samba schools", "civil_society", "Local economy", 2, 170, 380, "social", 0.7,
      notes="Community institutions with deep favela roots, historically patronised by the jogo do "
            "bicho bosses.", sources=(MISSE,)),
    A("bicho", "Jogo do bicho bosses (illegal lottery)", "other", "Local economy", 3, 230, 90, "criminal",
      notes="Old illegal-lottery mafia; patrons of samba schools; the 2007 Operation Hurricane "
            "implicated police and judges in its protection.", sources=(MISSE,)),
]

UPP0 = date(2008, 12, 19)

TIES = [
    # factions
    T("cv_lead", "cv_local", "trust", 3, "confirmed", "Chain of command: orders from prison; local bosses also pay into the faction.", (LESS, MISSE), retyped_from="symbiotic"),
    T("cv_local", "tcp", "conflict", 3, "confirmed", "Wars for favelas.", (ISC,)),
    T("cv_local", "ada", "conflict", 3, "confirmed", "Including the 2017 war for Rocinha.", (ISC, PRESS)),
    T("tcp", "ada", "symbiotic", 1, "reported", "Old Terceiro Comando-ADA alliance against the CV.", (ISC,)),
    T("milicia", "cv_local", "conflict", 3, "confirmed", "Milícias expelled traffickers from West Zone favelas.", (CANOM,)),
    T("milicia", "tcp", "symbiotic", 1, "rumoured", "Local arrangements ('narcomilícias') reported mostly after 2018.", (ISC,)),
    T("cv_local", "res_traf", "coercive", 3, "confirmed", "Armed rule, 'tribunals', punishment.", (ARIAS, PENG)),
    T("cv_local", "res_traf", "protective", 1, "reported", "Dispute resolution and a sense of local order; its reality is contested ('the myth of personal security').", (ARRO,)),
    T("tcp", "res_traf", "coercive", 2, "confirmed", "", (ISC,)),
    T("ada", "res_traf", "coercive", 2, "confirmed", "", (ISC,)),
    T("cv_local", "res_assoc", "coercive", 2, "confirmed", "Association presidents appointed or expelled by traffickers.", (ARIAS,)),
    T("res_assoc", "cv_local", "symbiotic", 1, "reported", "Accommodation to keep projects running.", (ARIAS,)),
    T("cv_local", "biz", "parasitic", 1, "reported", "Occasional taxes; less systematic than milícia extortion.", (CANOM,)),
    # milícias
    T("milicia", "pmerj", "symbiotic", 3, "confirmed", "Milicianos are serving or former police.", (CPI, CANOM)),
    T("milicia", "mil_pol", "symbiotic", 3, "confirmed", "Votes for protection (CPI 2008).", (CPI,)),
    T("milicia", "res_mil", "parasitic", 3, "confirmed", "Security fees, gas, cable, transport.", (CPI, CANOM)),
    T("milicia", "res_mil", "coercive", 3, "confirmed", "Killings and expulsions of those who resist.", (CPI,)),
    T("milicia", "res_mil", "protective", 1, "reported", "Sold as 'security'; some residents value the lower homicide rate. Contested.", (CANOM,)),
    T("milicia", "biz", "parasitic", 3, "confirmed", "", (CPI, CANOM)),
    T("milicia", "biz", "coercive", 2, "reported", "Take-over of van routes by force.", (CANOM,)),
    T("milicia", "res_assoc", "symbiotic", 2, "reported", "Associations used to collect fees in milícia areas.", (CPI,)),
    T("milicia", "freixo", "coercive", 2, "reported", "Death threats after the CPI; the 2018 killing of Marielle Franco was tied by investigators to milícia-linked gunmen.", (CPI, PRESS)),
    T("freixo", "milicia", "conflict", 3, "confirmed", "CPI das Milícias.", (CPI,), date(2008, 6, 1)),
    T("freixo", "mil_pol", "conflict", 2, "confirmed", "Indictments of politicians.", (CPI,), date(2008, 12, 1)),
    T("freixo", "state_gov", "conflict", 1, "reported", "Opposition in the state assembly.", (CPI,)),
    T("maes", "freixo", "trust", 1, "reported", "Support from the assembly's human rights commission.", (AMN,), retyped_from="symbiotic"),
    T("maes", "pmerj", "conflict", 2, "confirmed", "Campaigns against police killings.", (AMN,)),
    # state
    T("state_gov", "pmerj", "trust", 3, "confirmed", "Chain of command.", (HRW,), retyped_from="symbiotic"),
    T("state_gov", "upp", "trust", 3, "confirmed", "Flagship programme.", (CANOU,), UPP0, retyped_from="symbiotic"),
    T("pmerj", "bope", "trust", 3, "confirmed", "BOPE is a PMERJ battalion.", (HRW,), retyped_from="symbiotic"),
    T("pmerj", "upp", "trust", 3, "confirmed", "UPP officers are PMERJ.", (CANOU,), UPP0, retyped_from="symbiotic"),
    T("pmerj", "cv_local", "conflict", 3, "confirmed", "Armed confrontations during operations.", (HRW, AMN)),
    T("pmerj", "cv_local", "symbiotic", 1, "reported", "Bribes ('arrego') paid to police.", (MISSE, HRW)),
    T("pmerj", "res_traf", "coercive", 3, "confirmed", "Lethal operations; 'autos de resistência'.", (HRW, AMN)),
    T("bope", "cv_local", "coercive", 3, "confirmed", "Incursions and pre-UPP occupations.", (CANOU,)),
    T("bope", "res_traf", "coercive", 2, "reported", "", (HRW,)),
    T("upp", "cv_local", "coercive", 2, "confirmed", "Ended open armed control, not the drug trade.", (CANOU,), UPP0),
    T("upp", "ada", "coercive", 2, "confirmed", "Rocinha UPP (2012) after Nem's arrest.", (PRESS,), date(2012, 9, 20)),
    T("upp", "res_traf", "protective", 2, "reported", "Fewer killings in UPP areas in the first years.", (CANOU,), UPP0, date(2014, 12, 31)),
    T("upp", "res_traf", "coercive", 1, "confirmed", "Abuses; Amarildo de Souza disappeared after detention by Rocinha UPP officers, July 2013.", (PRESS,), date(2013, 7, 14)),
    T("upp", "res_assoc", "dialogue", 1, "reported", "Community meetings in UPP areas.", (CANOU,)),
    # federal
    T("fed_gov", "army", "trust", 3, "confirmed", "Chain of command.", (OBS,), retyped_from="symbiotic"),
    T("fed_gov", "state_gov", "symbiotic", 2, "confirmed", "Federal intervention in state public security, February-December 2018.", (OBS,), date(2018, 2, 16), date(2018, 12, 31)),
    T("army", "cv_local", "coercive", 2, "confirmed", "Alemão occupation 2010-2012; 2018 operations.", (OBS,), date(2010, 11, 28)),
    T("army", "tcp", "coercive", 1, "confirmed", "Maré occupation 2014-2015.", (MARE,), date(2014, 4, 5), date(2015, 6, 30)),
    T("army", "res_traf", "coercive", 1, "reported", "Abuses reported during occupations and in 2018.", (OBS, MARE)),
    # civil society and churches
    T("afroreggae", "cv_local", "dialogue", 2, "confirmed", "Its founder negotiated with traffickers, e.g. in Alemão in 2010.", (PRESS,), date(2010, 11, 28)),
    T("afroreggae", "cv_local", "protective", 1, "reported", "Jobs for traffickers who leave the faction.", (PRESS,)),
    T("cv_local", "afroreggae", "coercive", 1, "reported", "Threats in 2013; a centre in Alemão closed.", (PRESS,), date(2013, 1, 1)),
    T("afroreggae", "res_traf", "protective", 2, "reported", "Cultural and employment programmes for youth.", (PRESS,)),
    T("afroreggae", "state_gov", "symbiotic", 2, "confirmed", "Partnerships and funding.", (PRESS,)),
    T("redes_mare", "res_traf", "protective", 2, "confirmed", "Monitoring and legal support in Maré.", (MARE,)),
    T("redes_mare", "pmerj", "conflict", 1, "reported", "Litigation to limit police operations in Maré.", (MARE,)),
    T("redes_mare", "army", "dialogue", 1, "confirmed", "Monitoring of the 2014-2015 occupation.", (MARE,)),
    T("vivario", "state_gov", "dialogue", 2, "confirmed", "Disarmament and UPP-area projects.", (CANOU,)),
    T("vivario", "pmerj", "dialogue", 1, "reported", "Community-policing projects.", (CANOU,)),
    T("vivario", "res_assoc", "symbiotic", 1, "reported", "Local projects.", (CANOU,)),
    T("evang", "res_traf", "trust", 2, "reported", "Congregations: the churches and their members; also social support.", (VITAL,), retyped_from="protective"),
    T("evang", "cv_local", "protective", 1, "reported", "Conversion as a tolerated exit from the faction.", (VITAL,)),
    T("evang", "tcp", "trust", 1, "reported", "Traffickers adopting evangelical identity; some also fund churches.", (VITAL,), retyped_from="symbiotic"),
    T("res_assoc", "res_traf", "trust", 2, "confirmed", "Representation: the residents' own associations; also a channel for services.", (ARIAS,), retyped_from="symbiotic"),
    T("res_assoc", "state_gov", "symbiotic", 1, "reported", "Clientelist channel for services.", (ARIAS,)),
    # local economy
    T("bicho", "samba", "symbiotic", 3, "confirmed", "Patronage of the samba schools.", (MISSE,)),
    T("bicho", "pmerj", "symbiotic", 2, "reported", "Protection payments (Operation Hurricane, 2007).", (MISSE,)),
    T("samba", "res_traf", "trust", 2, "reported", "Community roots; also jobs.", (MISSE,), retyped_from="symbiotic"),
    T("samba", "state_gov", "symbiotic", 1, "reported", "Carnival funding.", (MISSE,)),
]

# --- dates and events (the time slider) -------------------------------------------------------------

ACTOR_DATES = {
    "upp": (UPP0, None),  # the first UPP, in Santa Marta
}

EVENTS = [
    E("cpi", "The state assembly's CPI das Milícias opens", date(2008, 6, 1), actors=("freixo", "milicia"),
      ties=(("freixo", "conflict", "milicia"),), notes="June 2008 (dated to the first of the month).",
      sources=(CPI,)),
    E("santa_marta", "The first UPP, in Santa Marta", UPP0, actors=("upp",), sources=(CANOU,)),
    E("alemao", "Police and army occupy the Alemão complex", date(2010, 11, 28),
      actors=("army", "cv_local", "afroreggae"),
      ties=(("army", "coercive", "cv_local"), ("afroreggae", "dialogue", "cv_local")), sources=(PRESS, OBS)),
    E("nem", "Nem (ADA) arrested; Rocinha occupied days later", date(2011, 11, 10), actors=("ada",), sources=(PRESS,)),
    E("rocinha_upp", "UPP installed in Rocinha", date(2012, 9, 20), actors=("upp", "ada"),
      ties=(("upp", "coercive", "ada"),), sources=(PRESS,)),
    E("amarildo", "Amarildo de Souza disappears after detention by Rocinha UPP officers", date(2013, 7, 14),
      actors=("upp", "res_traf"), ties=(("upp", "coercive", "res_traf"),), sources=(PRESS,)),
    E("mare", "The army occupies the Maré complex", date(2014, 4, 5), end=date(2015, 6, 30), actors=("army", "tcp"),
      ties=(("army", "coercive", "tcp"),), sources=(MARE,)),
    E("rocinha_war", "War for Rocinha between rival factions", date(2017, 9, 17), actors=("cv_local", "ada"),
      sources=(PRESS,)),
    E("intervention", "Federal intervention in Rio's public security", date(2018, 2, 16), end=date(2019, 1, 1),
      actors=("fed_gov", "state_gov", "army"), ties=(("fed_gov", "symbiotic", "state_gov"),), sources=(OBS,)),
    E("marielle", "Councillor Marielle Franco killed", date(2018, 3, 14), sources=(PRESS,)),
]

SPEC = MapSpec(
    slug="rio_favelas",
    title="Rio de Janeiro: drug factions, milícias, pacification and favela residents",
    description=DESCRIPTION,
    viewpoint="Mapped from the perspective of an outside analyst of violence reduction, from public "
              "accounts only.",
    as_of=date(2018, 12, 31),
    actors=ACTORS,
    ties=TIES,
    actor_dates=ACTOR_DATES,
    events=EVENTS,
)
