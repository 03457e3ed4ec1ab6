"""El Salvador: the March 2012 gang truce and the municipal peace zones (as of April 2013)."""

from datetime import date

from build_samples import A, Ag, E, MapSpec, S, T, V

from actormap.core.edits import UpdateItem
from actormap.core.strategy import AddTie, DropTies, RemoveActors, Transform, Truce

FARO = "El Faro, 'Gobierno negoció con pandillas reducción de homicidios', 14 March 2012"
WHIT = "T. Whitfield, 'Mediating criminal violence: lessons from the gang truce in El Salvador', Centre for Humanitarian Dialogue, Oslo Forum Papers 1, 2013"
ICG62 = "International Crisis Group, 'Mafia of the Poor: Gang Violence and Extortion in Central America', Latin America Report 62, April 2017"
ICG64 = "International Crisis Group, 'El Salvador's Politics of Perpetual Violence', Latin America Report 64, December 2017"
CRUZ = "J.M. Cruz & A. Durán-Martínez, 'Hiding violence to deal with the state: criminal pacts in El Salvador and Medellín', Journal of Peace Research 53(2), 2016"
KATZ = "C.M. Katz, E.C. Hedberg & L.E. Amaya, 'Gang truce for violence prevention, El Salvador', Bulletin of the WHO 94(9), 2016"
VDB = "C. van der Borgh & W. Savenije, 'De-securitising and re-securitising gang policies: the Funes government and gangs in El Salvador', Journal of Latin American Studies 47(1), 2015"
BREN = "R. Brenneman, Homies and Hermanos: God and Gangs in Central America, Oxford University Press, 2012"
ISC = "InSight Crime coverage of the truce 2012-2018, e.g. S. Dudley, 'El Salvador's jailed gang mediator: I feel defrauded', 2018"
UST = "US Department of the Treasury, press release 'Treasury sanctions Latin American criminal organization' (MS-13 designated a transnational criminal organization), 11 October 2012"
OAS = "OAS press releases on the weapons handover at Ciudad Barrios prison with Secretary General Insulza, July 2012"
EFE = "EFE / La Prensa Gráfica reports of Archbishop José Luis Escobar Alas' statements on Colindres' mediation, March-June 2012"
COURT = "El Diario de Hoy / Diario El Mundo reports of the October 2018 extortion conviction of Raúl Mijango (Juzgado Especializado de Sentencia B, San Salvador)"
IUDOP = "IUDOP (Universidad Centroamericana) opinion surveys 2012-2013 and LAPOP AmericasBarometer El Salvador 2012"

DESCRIPTION = f"""\
On 9 March 2012 the leaders of MS-13 and both factions of Barrio 18, held in the Zacatecoluca \
maximum-security prison, were transferred to lower-security prisons; within days daily homicides \
fell from about 14 to about 5. El Faro revealed on 14 March that the government had negotiated \
with the gangs; the government first denied it, presented the truce as a pact between the gangs \
facilitated by the military bishop Fabio Colindres and the former FMLN guerrilla commander Raúl \
Mijango, and acknowledged its own role in September 2012. The OAS (Secretary General José Miguel \
Insulza) acted as guarantor. In a second phase from late 2012 the gangs pledged to stop crime in \
'municipalities free of violence' (peace zones): Ilopango first (January 2013), then Santa Tecla, \
Quezaltepeque, Sonsonate and others. Extortion continued throughout. The truce weakened after \
Munguía Payés left the security ministry (May 2013) and collapsed in 2014; 2015 became the most \
violent year of the post-war period. From 2016 prosecutors charged the facilitators and prison \
officials; Mijango was acquitted of the truce charges and later convicted of extortion (2018).

The map shows the situation around April 2013, with later events noted where they bear on a tie; \
its dates and events (from the transfers of March 2012 to the collapse in 2014) let the time slider \
play the story.

Sources:
- {FARO}
- {WHIT}
- {ICG62}
- {ICG64}
- {CRUZ}
- {KATZ}
- {VDB}
- {BREN}
- {ISC}
- {UST}
- {OAS}
- {EFE}
- {COURT}
- {IUDOP}

Legitimacy follows the convention of the sample maps (README, 'Sample maps'): the map authors' \
coarse judgement of how far the public an actor acts on accepts it as rightful, read from the \
IUDOP and LAPOP surveys (trust in the president, police, armed forces, churches, media and \
parties; trust in the gangs' truce) and press coverage of the facilitators; the gangs are judged \
on the same evidence as every other actor. It is not a measurement. Not assessed (null) where \
these sources are silent: the minister, the prison authority, the foundation, the \
municipalities, residents and businesses, the OAS and the US government, and the mapping team."""

ACTORS = [
    # --- gangs (bottom) ---------------------------------------------------------------
    A("ms_lead", "MS-13 imprisoned leadership (ranfla)", "gang", "MS-13", 4, -420, 90, "criminal", 0.05,
      labels=(("US Treasury (2012)", "transnational criminal organization"),
              ("Ley de Proscripción de Maras (El Salvador, 2010)", "proscribed criminal group"),
              ("Constitutional Chamber, Supreme Court (El Salvador, 2015)", "terrorist group"),
              ("US State Department (2025)", "foreign terrorist organization")),
      notes="Leaders held in Zacatecoluca maximum-security prison until the transfers of 9 March 2012; "
            "they negotiated the truce and relayed orders to the street cliques.",
      sources=(FARO, WHIT)),
    A("ms_str", "MS-13 street cliques (clicas)", "gang", "MS-13", 4, -470, 280, "criminal", 0.05,
      labels=(("US Treasury (2012)", "transnational criminal organization"),),
      notes="Territorial cliques that run extortion ('renta') and fight Barrio 18 for territory.",
      sources=(ICG62,)),
    A("s18_lead", "Barrio 18 Sureños imprisoned leadership", "gang", "Barrio 18 Sureños", 3, -230, 140,
      "criminal", 0.05,
      labels=(("Constitutional Chamber, Supreme Court (El Salvador, 2015)", "terrorist group"),
              ("Ley de Proscripción de Maras (El Salvador, 2010)", "proscribed criminal group")),
      notes="Barrio 18 split around 2005 into Sureños and Revolucionarios, who fight each other; "
            "both signed the truce.", sources=(WHIT, ICG62)),
    A("s18_str", "Barrio 18 Sureños street cliques", "gang", "Barrio 18 Sureños", 3, -280, 330, "criminal", 0.05,
      notes="Street cliques of the Sureño faction.", sources=(ICG62,)),
    A("r18_lead", "Barrio 18 Revolucionarios imprisoned leadership", "gang", "Barrio 18 Revolucionarios", 3,
      -40, 170, "criminal", 0.05,
      labels=(("Constitutional Chamber, Supreme Court (El Salvador, 2015)", "terrorist group"),),
      notes="Leadership of the Revolucionario faction of Barrio 18.", sources=(WHIT, ICG62)),
    A("r18_str", "Barrio 18 Revolucionarios street cliques", "gang", "Barrio 18 Revolucionarios", 3,
      -80, 350, "criminal", 0.05,
      notes="Street cliques of the Revolucionario faction.", sources=(ICG62,)),
    # --- state (top) ------------------------------------------------------------------
    A("funes", "President Mauricio Funes", "political", "Government (Funes)", 5, -100, -350, "political", 0.6,
      notes="President 2009-2014 (FMLN ticket). The government first denied negotiating, then said it "
            "'facilitated' the facilitators' work. Charged in 2020 in absentia over the truce; contested.",
      sources=(FARO, VDB, ICG64)),
    A("mpayes", "Security minister David Munguía Payés", "state_agent", "Government (Funes)", 4, -150, -230,
      "political",
      notes="Retired general, defence minister 2009-2011, minister of justice and public security from "
            "November 2011 to May 2013 (removed after the Supreme Court ruled the appointment of a "
            "former officer unconstitutional). Architect of the truce on the state side; he "
            "acknowledged asking Mijango to work on it. Arrested in 2020 over the truce.",
      sources=(FARO, WHIT, ICG64)),
    A("pnc", "National Civil Police (PNC)", "state_agent", "Government (Funes)", 4, -320, -280, "political", 0.4,
      notes="Kept up operations against gangs; many officers distrusted the truce. Its director, "
            "retired general Francisco Salinas, was also a military appointee.",
      sources=(WHIT, VDB, IUDOP)),
    A("faes", "Armed Forces (FAES)", "state_agent", "Government (Funes)", 4, -470, -190, "political", 0.6,
      notes="Deployed in public security and prison perimeters since 2009; soldiers were withdrawn "
            "from the peace zones as part of the second phase.",
      sources=(VDB, IUDOP)),
    A("dgcp", "Prison authority (Dirección General de Centros Penales)", "state_agent", "Government (Funes)", 3,
      -290, -100, "political",
      notes="Carried out the Zacatecoluca transfers and eased visiting and other prison rules. Its "
            "director and other officials were charged in 2016 ('caso tregua'); acquitted in 2017, "
            "retrial ordered.",
      sources=(FARO, ISC)),
    # --- facilitators (centre) --------------------------------------------------------
    A("mijango", "Raúl Mijango (former FMLN guerrilla commander)", "civil_society", "Truce facilitators", 3,
      -90, -60, "social", 0.4,
      labels=(("Truce facilitators / OAS (2012)", "mediator, facilitator"),
              ("Salvadoran court (2018)", "necessary accomplice in aggravated extortion")),
      notes="Ex-guerrilla commander and ex-deputy, adviser to Munguía Payés at Defence; the gangs' main "
            "day-to-day interlocutor. Arrested 2016, acquitted of the truce charges (2017, retrial "
            "ordered), convicted in October 2018 of extortion of a food company together with gang "
            "leaders; he called it political persecution. Died in custody in 2023.",
      sources=(WHIT, ISC, COURT)),
    A("colindres", "Monsignor Fabio Colindres (military and police bishop)", "religious", "Truce facilitators", 3,
      70, -120, "social", 0.6,
      labels=(("Truce facilitators / OAS (2012)", "mediator, facilitator"),),
      notes="Bishop of the military and police ordinariate; announced the truce on 20 March 2012 and "
            "said he had asked the authorities to improve the leaders' prison conditions. Backed by "
            "Archbishop Escobar Alas. Not charged.",
      sources=(WHIT, EFE)),
    A("fh", "Humanitarian Foundation (Fundación Humanitaria)", "civil_society", "Truce facilitators", 2,
      120, 0, "social",
      notes="Body set up around the facilitators in 2012-2013 to manage the truce's second phase "
            "(peace zones, rehabilitation projects). Its exact set-up and funding are not well documented.",
      sources=(WHIT, ISC)),
    # --- municipalities, communities, business (right) -----------------------------------
    A("ilopango", "Municipality of Ilopango", "political", "Municipalities", 2, 290, 110, "political",
      notes="First 'municipality free of violence' (January 2013) under mayor Salvador Ruano: gangs "
            "pledged to stop crime there in exchange for prevention and job programmes.",
      sources=(WHIT, KATZ)),
    A("pz_munis", "Other peace-zone municipalities (Santa Tecla, Quezaltepeque, Sonsonate, ...)", "political",
      "Municipalities", 2, 430, 30, "political",
      notes="Joined the second phase in 2013 (11 municipalities by mid-2013); commitment of mayors varied.",
      sources=(WHIT, KATZ)),
    A("residents", "Residents of gang-controlled neighbourhoods", "community", "Communities", 3, 170, 330,
      "social",
      notes="Pay 'renta', live under gang rules, face forced recruitment and displacement; also the "
            "target of police raids. Homicides fell during the truce, extortion did not.",
      sources=(ICG62, KATZ, IUDOP)),
    A("transport", "Bus and transport companies (owners and drivers)", "business", "Private sector", 3,
      450, 200, "mixed",
      notes="The sector most hit by extortion; drivers are killed when fees go unpaid.",
      sources=(ICG62,)),
    A("smallbiz", "Shops and food distributors", "business", "Private sector", 2, 400, 330, "mixed",
      notes="Shops, market stalls and delivery firms extorted in gang territory; includes the food "
            "company in the 2018 extortion case.", sources=(ICG62, COURT)),
    # --- churches (centre right) ----------------------------------------------------------
    A("archdio", "Catholic Archdiocese of San Salvador (Archbishop Escobar Alas)", "religious", "Churches", 3,
      240, -200, "social", 0.7,
      notes="Called Colindres' mediation 'good and timely' and said it had the bishops' backing, while "
            "stressing that the Church would not solve the gang problem and, later, that any pact must "
            "be transparent.",
      sources=(EFE,)),
    A("evang", "Evangelical churches and prison ministries", "religious", "Churches", 3, 280, -40, "social", 0.7,
      notes="Conversion is the one exit from the gangs that the gangs broadly respect ('calmados'); not "
            "a party to the truce negotiations.", sources=(BREN, IUDOP)),
    # --- politics and media (top right) ---------------------------------------------------
    A("arena", "ARENA (opposition party)", "political", "Opposition", 4, 150, -340, "political", 0.4,
      notes="Attacked the truce as a deal with criminals. In 2016 El Faro published a video of ARENA "
            "(and reports of FMLN) campaign contacts with gangs during the 2014 election, after this "
            "map's date.", sources=(ICG64, IUDOP)),
    A("elfaro", "El Faro (online newspaper)", "civil_society", "Media", 2, 380, -300, "social", 0.6,
      notes="Revealed the negotiation on 14 March 2012; its staff received threats.", sources=(FARO,)),
    # --- international (left edge) --------------------------------------------------------
    A("oas", "OAS (Secretary General José Miguel Insulza)", "international", "International", 3, -560, -60,
      "political", external=True,
      notes="Guarantor of the truce: Insulza attended the weapons handover at Ciudad Barrios prison in "
            "July 2012; the Secretariat for Multidimensional Security (Adam Blackwell) supported the "
            "process.", sources=(OAS, WHIT)),
    A("usg", "US government (Treasury, State Department)", "international", "International", 4, -560, -330,
      "political", external=True,
      notes="Kept its distance from the truce; designated MS-13 a transnational criminal organization "
            "on 11 October 2012, the first street gang so designated.", sources=(UST, WHIT)),
    # --- us ------------------------------------------------------------------------------
    A("us_team", "Mediation support team (us)", "civil_society", "Us", 1, 140, 180, "social", is_self=True,
      notes="The mapping organisation (hypothetical): a small mediation-support team in contact with "
            "the facilitators, the OAS and municipal peace-zone committees.", sources=()),
]

D12 = date(2012, 3, 9)

TIES = [
    # inside each gang
    T("ms_lead", "ms_str", "trust", 3, "confirmed", "Chain of command: imprisoned leaders relay orders to the cliques, which also send up a share of extortion income.", (WHIT, ICG62), retyped_from="symbiotic"),
    T("s18_lead", "s18_str", "trust", 3, "confirmed", "Leadership-clique chain of command.", (WHIT,), retyped_from="symbiotic"),
    T("r18_lead", "r18_str", "trust", 3, "confirmed", "Leadership-clique chain of command.", (WHIT,), retyped_from="symbiotic"),
    # between gangs
    T("ms_str", "s18_str", "conflict", 3, "confirmed", "Territorial war; killings fell during the truce but did not stop.", (ICG62, KATZ)),
    T("ms_str", "r18_str", "conflict", 3, "confirmed", "Territorial war.", (ICG62,)),
    T("s18_str", "r18_str", "conflict", 3, "confirmed", "Rival factions of Barrio 18 since the split around 2005.", (ICG62,)),
    T("ms_lead", "s18_lead", "dialogue", 2, "confirmed", "Truce pact and joint communiqués from March 2012.", (WHIT,), D12),
    T("ms_lead", "r18_lead", "dialogue", 2, "confirmed", "Truce pact and joint communiqués from March 2012.", (WHIT,), D12),
    T("s18_lead", "r18_lead", "dialogue", 1, "reported", "Both Barrio 18 factions signed the truce but stayed rivals.", (WHIT,), D12),
    # gangs on communities and businesses
    T("ms_str", "residents", "parasitic", 3, "confirmed", "Extortion ('renta') of households.", (ICG62,)),
    T("ms_str", "residents", "coercive", 3, "confirmed", "Territorial control, forced recruitment, displacement.", (ICG62,)),
    T("s18_str", "residents", "parasitic", 2, "confirmed", "Extortion of households.", (ICG62,)),
    T("s18_str", "residents", "coercive", 2, "confirmed", "Territorial control and threats.", (ICG62,)),
    T("r18_str", "residents", "parasitic", 2, "confirmed", "Extortion of households.", (ICG62,)),
    T("r18_str", "residents", "coercive", 2, "confirmed", "Territorial control and threats.", (ICG62,)),
    T("ms_str", "transport", "parasitic", 3, "confirmed", "Extortion of bus routes; continued during the truce.", (ICG62,)),
    T("ms_str", "transport", "coercive", 2, "confirmed", "Killings of drivers when fees go unpaid.", (ICG62,)),
    T("s18_str", "transport", "parasitic", 2, "confirmed", "Extortion of bus routes.", (ICG62,)),
    T("r18_str", "transport", "parasitic", 2, "confirmed", "Extortion of bus routes.", (ICG62,)),
    T("ms_str", "smallbiz", "parasitic", 3, "confirmed", "Extortion of shops and distributors.", (ICG62,)),
    T("s18_str", "smallbiz", "parasitic", 2, "confirmed", "Extortion of shops and distributors.", (ICG62,)),
    T("r18_str", "smallbiz", "parasitic", 2, "confirmed", "Extortion of shops and distributors.", (ICG62,)),
    # inside the state
    T("funes", "mpayes", "trust", 3, "confirmed", "Appointed him security minister in November 2011.", (VDB,), retyped_from="symbiotic"),
    T("mpayes", "pnc", "trust", 2, "confirmed", "Chain of command: the ministry oversees the police.", (VDB,), retyped_from="symbiotic"),
    T("mpayes", "dgcp", "trust", 3, "confirmed", "Chain of command: the ministry oversees the prisons; transfers ordered under his authority.", (FARO,), retyped_from="symbiotic"),
    T("funes", "faes", "trust", 2, "confirmed", "Commander in chief; army deployed in public security.", (VDB,), retyped_from="symbiotic"),
    T("mpayes", "faes", "trust", 2, "confirmed", "Career officer and former defence minister.", (VDB,), retyped_from="symbiotic"),
    # state on gangs
    T("pnc", "ms_str", "coercive", 2, "confirmed", "Arrests and operations continued during the truce.", (WHIT,)),
    T("pnc", "s18_str", "coercive", 2, "confirmed", "Arrests and operations.", (WHIT,)),
    T("pnc", "r18_str", "coercive", 2, "confirmed", "Arrests and operations.", (WHIT,)),
    T("pnc", "residents", "coercive", 1, "reported", "Raids and abuses in gang areas; low trust in the police.", (IUDOP, ICG64)),
    T("faes", "ms_str", "coercive", 1, "reported", "Joint army-police patrols in gang territory.", (VDB,)),
    T("faes", "s18_str", "coercive", 1, "reported", "Joint army-police patrols in gang territory.", (VDB,)),
    T("dgcp", "ms_lead", "coercive", 2, "confirmed", "Custody.", (FARO,)),
    T("dgcp", "s18_lead", "coercive", 2, "confirmed", "Custody.", (FARO,)),
    T("dgcp", "r18_lead", "coercive", 2, "confirmed", "Custody.", (FARO,)),
    T("dgcp", "ms_lead", "symbiotic", 2, "reported", "Transfer out of Zacatecoluca, easier visits and other prison benefits in exchange for fewer killings. The government long called the transfers routine; the benefits were the subject of the 2016 charges (acquittal 2017, retrial ordered). Contested.", (FARO, ISC), D12),
    T("dgcp", "s18_lead", "symbiotic", 2, "reported", "Transfer and prison benefits; contested as above.", (FARO, ISC), D12),
    T("dgcp", "r18_lead", "symbiotic", 2, "reported", "Transfer and prison benefits; contested as above.", (FARO, ISC), D12),
    # facilitators
    T("mijango", "ms_lead", "trust", 3, "confirmed", "Trusted interlocutor of the leaders; regular prison visits.", (WHIT, ISC), D12, retyped_from="symbiotic"),
    T("mijango", "s18_lead", "trust", 3, "confirmed", "Trusted interlocutor of the leaders.", (WHIT, ISC), D12, retyped_from="symbiotic"),
    T("mijango", "r18_lead", "trust", 2, "confirmed", "Trusted interlocutor of the leaders.", (WHIT, ISC), D12, retyped_from="symbiotic"),
    T("mijango", "mpayes", "trust", 3, "confirmed", "His adviser; the minister said he asked Mijango to work on the process.", (WHIT, ICG64), retyped_from="symbiotic"),
    T("mijango", "colindres", "trust", 3, "confirmed", "Co-facilitators of the truce.", (WHIT,), retyped_from="symbiotic"),
    T("mijango", "fh", "trust", 3, "reported", "Public face of the foundation.", (WHIT,), retyped_from="symbiotic"),
    T("mijango", "smallbiz", "parasitic", 1, "reported", "A court found in 2018 that he helped gang leaders restructure the extortion of a food company (lump-sum payment in goods); witnesses dated the meetings to 2012 or 2014. He said he was trying to phase out extortion and called the case political persecution. Contested.", (COURT, ISC)),
    T("colindres", "ms_lead", "trust", 3, "confirmed", "Talks with the leaders in prison; asked the authorities to improve their conditions.", (WHIT, EFE), D12, retyped_from="symbiotic"),
    T("colindres", "s18_lead", "trust", 2, "confirmed", "Talks with the leaders in prison.", (WHIT, EFE), D12, retyped_from="symbiotic"),
    T("colindres", "r18_lead", "trust", 2, "confirmed", "Talks with the leaders in prison.", (WHIT, EFE), D12, retyped_from="symbiotic"),
    T("colindres", "faes", "trust", 2, "confirmed", "Bishop of the military ordinariate.", (EFE,), retyped_from="symbiotic"),
    T("colindres", "pnc", "trust", 2, "confirmed", "Also bishop to the police.", (EFE,), retyped_from="symbiotic"),
    T("colindres", "mpayes", "trust", 2, "reported", "Worked with the minister, who credited the Church's mediation.", (WHIT,), retyped_from="symbiotic"),
    T("colindres", "fh", "trust", 2, "reported", "Associated with the foundation's work.", (WHIT,), retyped_from="symbiotic"),
    T("archdio", "colindres", "trust", 2, "reported", "Archbishop backed his mediation as 'good and timely'.", (EFE,), retyped_from="symbiotic"),
    T("archdio", "funes", "dialogue", 1, "reported", "Church offered to work with the government on violence.", (EFE,)),
    # OAS and US
    T("oas", "funes", "dialogue", 2, "confirmed", "Guarantor role agreed with the government.", (OAS, WHIT)),
    T("oas", "mijango", "dialogue", 2, "confirmed", "Worked with the facilitators.", (WHIT,)),
    T("oas", "colindres", "dialogue", 2, "confirmed", "Worked with the facilitators.", (WHIT,)),
    T("oas", "ms_lead", "dialogue", 1, "confirmed", "Weapons handover at Ciudad Barrios prison with Insulza, July 2012.", (OAS,), date(2012, 7, 12)),
    T("oas", "s18_lead", "dialogue", 1, "confirmed", "Weapons handover ceremonies, July 2012.", (OAS,), date(2012, 7, 12)),
    T("usg", "ms_lead", "coercive", 2, "confirmed", "TCO designation and sanctions, 11 October 2012.", (UST,), date(2012, 10, 11)),
    T("usg", "funes", "symbiotic", 2, "confirmed", "Security and development aid; sceptical of the truce.", (WHIT,)),
    T("usg", "oas", "dialogue", 1, "reported", "", (WHIT,)),
    # municipalities
    T("ilopango", "ms_str", "dialogue", 2, "confirmed", "Peace-zone commitments, January 2013.", (WHIT, KATZ), date(2013, 1, 22)),
    T("ilopango", "s18_str", "dialogue", 2, "confirmed", "Peace-zone commitments, January 2013.", (WHIT, KATZ), date(2013, 1, 22)),
    T("ilopango", "fh", "symbiotic", 2, "reported", "Prevention and job projects with the facilitators.", (WHIT,)),
    T("ilopango", "mpayes", "trust", 1, "reported", "Political backing: the ministry backed the 'municipalities free of violence' plan.", (WHIT,), retyped_from="symbiotic"),
    T("ilopango", "residents", "dialogue", 1, "reported", "Municipal prevention committees.", (KATZ,)),
    T("pz_munis", "fh", "symbiotic", 2, "reported", "Second-phase projects.", (WHIT,)),
    T("pz_munis", "ms_str", "dialogue", 1, "reported", "Local peace-zone commitments.", (WHIT,)),
    T("pz_munis", "r18_str", "dialogue", 1, "reported", "Local peace-zone commitments.", (WHIT,)),
    # churches, opposition, media
    T("evang", "residents", "trust", 2, "reported", "Congregations in gang neighbourhoods: the churches and their members.", (BREN,), retyped_from="protective"),
    T("evang", "ms_str", "protective", 1, "reported", "Conversion as a tolerated exit from the gang.", (BREN,)),
    T("evang", "s18_str", "protective", 1, "reported", "Conversion as a tolerated exit from the gang.", (BREN,)),
    T("arena", "funes", "conflict", 2, "confirmed", "Opposition; attacked the truce.", (ICG64,)),
    T("arena", "mpayes", "conflict", 1, "reported", "Criticised the minister's handling of the truce.", (ICG64,)),
    T("elfaro", "funes", "conflict", 1, "reported", "Government denied El Faro's report of a negotiation.", (FARO,)),
    T("elfaro", "mijango", "dialogue", 1, "confirmed", "Interviews.", (FARO,)),
    T("elfaro", "ms_lead", "dialogue", 1, "confirmed", "Interviews with gang spokesmen.", (FARO,)),
    # us
    T("us_team", "mijango", "dialogue", 2, "confirmed", "Working contact (hypothetical).", ()),
    T("us_team", "colindres", "dialogue", 2, "confirmed", "Working contact (hypothetical).", ()),
    T("us_team", "oas", "dialogue", 2, "confirmed", "Working contact (hypothetical).", ()),
    T("us_team", "ilopango", "dialogue", 1, "confirmed", "Working contact (hypothetical).", ()),
    T("us_team", "residents", "dialogue", 1, "confirmed", "Working contact (hypothetical).", ()),
]

VIEWS = [
    V("truce_channel", "The truce channel",
      actors=("colindres", "mijango", "ms_lead", "s18_lead", "r18_lead", "funes", "mpayes", "dgcp"),
      notes="March 2012: Mijango and Colindres talked with the jailed leaders and the minister"),
    V("gang_taxes", "Gangs and the communities they tax",
      actors=("ms_str", "s18_str", "r18_str", "residents", "transport", "smallbiz"),
      tie_kinds=("parasitic", "coercive", "conflict"),
      notes="Extortion of homes, buses and shops went on during the truce"),
    V("peace_zones", "Peace zones",
      actors=("ilopango", "pz_munis", "fh", "ms_str", "s18_str", "r18_str", "residents"),
      notes="From January 2013 the gangs pledged to stop crime in 'peace zones', Ilopango first"),
]

# --- agreements (added with the strategy workbench) ------------------------------------------

AGREEMENTS = [
    Ag("truce_2012", "2012 gang truce", "truce", "in_force",
       parties=("ms_lead", "s18_lead", "r18_lead"), facilitators=("mijango", "colindres"), guarantors=("oas",),
       terms=("Reduce killings between the gangs",
              "No recruitment in schools (the gangs' declaration of May 2012)",
              "Hand over weapons (ceremonies with the OAS, July 2012)"),
       start=D12, end=date(2014, 6, 1),  # collapsed in 2014 (dated as the truce talks, see COLLAPSE)
       notes="Announced as a pact between the gangs facilitated by Colindres and Mijango; the government "
             "denied negotiating, then acknowledged facilitating it (September 2012). The leaders' "
             "transfer out of Zacatecoluca and easier prison rules were the reported exchange. "
             "Weakened after May 2013 and collapsed in 2014, after this map's date.",
       sources=(FARO, WHIT, OAS)),
    Ag("peace_zone_2013", "2013 peace-zone covenant (Ilopango)", "peace_zone", "in_force",
       parties=("ms_str", "s18_str", "ilopango"), facilitators=("fh", "mijango"), guarantors=("mpayes",),
       terms=("The gangs stop crime in the municipality",
              "The municipality and its partners run prevention and job programmes",
              "Soldiers are withdrawn from the zone"),
       start=date(2013, 1, 22),
       notes="The first 'municipality free of violence' of the truce's second phase; other municipalities "
             "made their own commitments during 2013. Extortion did not stop.",
       sources=(WHIT, KATZ)),
]

# --- scenarios: one per strategy ------------------------------------------------------------------

GANG_WARS = (("ms_str", "conflict", "s18_str"), ("ms_str", "conflict", "r18_str"), ("s18_str", "conflict", "r18_str"))

SCENARIOS = [
    S("mano_dura", "Mano dura: the leaderships back in isolation", "confrontation",
      "Confrontation: the imprisoned leaderships of the three gangs go back to maximum security with no "
      "visits (as before March 2012 and again from 2014), so they drop off the map, and the truce is "
      "broken. Whose channels go with them, and do the street cliques hold together?",
      lambda r: [RemoveActors(r.actors("ms_lead", "s18_lead", "r18_lead"), verb="Isolate"),
                 UpdateItem("agreements", r.agreement("truce_2012"), {"status": "broken"})]),
    S("street_truce", "The truce reaches the street cliques", "accommodation",
      "Accommodation: the street cliques of the three gangs sign their own truce with the same "
      "facilitators and guarantor; their wars become a channel. Extortion goes on (as it did in 2012-2013).",
      lambda r: [Truce(r.actors("ms_str", "s18_str", "r18_str"), name="Street truce between the cliques",
                       facilitators=r.actors("mijango", "colindres"), guarantors=r.actors("oas"),
                       terms=["No killings between cliques of the three gangs",
                              "Disputes go to the imprisoned leaderships and the facilitators"],
                       agreement_id=r.new("street_truce"))]),
    S("peace_zones", "Peace zones with municipalities and churches", "transformation",
      "Transformation: the peace zones take hold. Municipalities and churches build trust with residents "
      "and offer exits; the cliques stop coercing residents and take part in job programmes (their agenda "
      "becomes mixed); the other municipalities sign a covenant with the cliques they talk to.",
      lambda r: [
          *(DropTies(r.actor(g), r.actor("residents"), kinds=["coercive"]) for g in ("ms_str", "s18_str", "r18_str")),
          *(Transform(r.actor(g), {"agenda": "mixed"}) for g in ("ms_str", "s18_str", "r18_str")),
          AddTie(r.actor("ilopango"), r.actor("residents"), "trust", 2, tie_id=r.new("ilopango_residents"),
                 notes="Municipal prevention committees earn residents' trust."),
          AddTie(r.actor("archdio"), r.actor("ilopango"), "trust", 1, tie_id=r.new("church_municipality"),
                 notes="Parishes join the municipal prevention committee."),
          AddTie(r.actor("evang"), r.actor("r18_str"), "protective", 1, tie_id=r.new("evang_r18"),
                 notes="Conversion as a tolerated exit, extended to the Revolucionarios."),
          AddTie(r.actor("fh"), r.actor("residents"), "protective", 1, tie_id=r.new("fh_residents"),
                 notes="Job and rehabilitation programmes in the zone."),
          Truce(r.actors("pz_munis", "ms_str", "r18_str"), name="Peace-zone covenants (other municipalities)",
                kind="peace_zone", facilitators=r.actors("fh"), guarantors=r.actors("mpayes"),
                terms=["The gangs stop crime in the municipality", "Prevention and job programmes"],
                agreement_id=r.new("pz_covenants")),
      ]),
]

# --- dates and events (the time slider) -------------------------------------------------------------

COLLAPSE = date(2014, 6, 1)  # the truce collapsed in 2014; dated here to the new government's inauguration

ACTOR_DATES = {
    "mpayes": (None, date(2013, 5, 17)),  # removed as security minister by the Supreme Court ruling
}

TIE_DATES = {  # the gang leaders' truce dialogue ends with the truce
    ("ms_lead", "dialogue", "s18_lead"): (None, COLLAPSE),
    ("ms_lead", "dialogue", "r18_lead"): (None, COLLAPSE),
    ("s18_lead", "dialogue", "r18_lead"): (None, COLLAPSE),
}

TRUCE_TALKS = (("ms_lead", "dialogue", "s18_lead"), ("ms_lead", "dialogue", "r18_lead"),
               ("s18_lead", "dialogue", "r18_lead"))

EVENTS = [
    E("transfers", "Gang leaders moved out of Zacatecoluca: the truce begins", date(2012, 3, 8),
      end=date(2012, 3, 10), actors=("ms_lead", "s18_lead", "r18_lead", "dgcp"), ties=TRUCE_TALKS,
      agreements=("truce_2012",),
      notes="About thirty imprisoned leaders were transferred to lower-security prisons over 8-9 March 2012; "
            "daily homicides fell from about 14 to about 5 within days.", sources=(FARO, WHIT)),
    E("el_faro", "El Faro reveals the negotiation with the gangs", date(2012, 3, 14), actors=("elfaro", "funes"),
      notes="The government first denied it.", sources=(FARO,)),
    E("announced", "Monsignor Colindres announces the truce", date(2012, 3, 20), actors=("colindres", "mijango"),
      agreements=("truce_2012",), sources=(WHIT, EFE)),
    E("weapons", "Weapons handover at Ciudad Barrios prison with the OAS", date(2012, 7, 12),
      actors=("oas", "ms_lead", "s18_lead"), ties=(("oas", "dialogue", "ms_lead"), ("oas", "dialogue", "s18_lead")),
      sources=(OAS,)),
    E("tco", "US Treasury designates MS-13 a transnational criminal organization", date(2012, 10, 11),
      actors=("usg", "ms_lead"), ties=(("usg", "coercive", "ms_lead"),), sources=(UST,)),
    E("ilopango", "Ilopango becomes the first peace zone", date(2013, 1, 22), actors=("ilopango", "ms_str", "s18_str"),
      ties=(("ilopango", "dialogue", "ms_str"), ("ilopango", "dialogue", "s18_str")),
      agreements=("peace_zone_2013",), sources=(WHIT, KATZ)),
    E("mpayes_out", "Munguía Payés removed as security minister", date(2013, 5, 17), actors=("mpayes",),
      notes="The Supreme Court ruled the appointment of a former officer unconstitutional; the truce "
            "weakened afterwards.", sources=(ICG64, WHIT)),
    E("collapse", "The truce collapses", COLLAPSE, actors=("ms_lead", "s18_lead", "r18_lead"), ties=TRUCE_TALKS,
      agreements=("truce_2012",),
      notes="President Sánchez Cerén took office on 1 June 2014 and did not continue the truce; homicides rose "
            "through 2014 and 2015 was the most violent year since the war. Dated here to the inauguration.",
      sources=(ICG64, ISC)),
]

SPEC = MapSpec(
    slug="el_salvador_2012_truce",
    title="El Salvador: the 2012 gang truce and the peace zones",
    description=DESCRIPTION,
    viewpoint="Mapped from the perspective of a mediation support team working with the truce "
              "facilitators, using public accounts only.",
    as_of=date(2013, 4, 30),
    actors=ACTORS,
    ties=TIES,
    views=VIEWS,
    agreements=AGREEMENTS,
    scenarios=SCENARIOS,
    actor_dates=ACTOR_DATES,
    tie_dates=TIE_DATES,
    events=EVENTS,
)
