"""Post-2011 Libya: militias, smuggling networks, tribes and the transitional state (dated composite 2011-2018)."""

from datetime import date

from build_samples import A, E, L, MapSpec, P, T

from actormap.core.edits import UpdateTie

POE = "UN Panel of Experts on Libya established pursuant to resolution 1973 (2011), final reports S/2015/128, S/2016/209, S/2017/466 and S/2018/812"
SANC = "UN Security Council 1970 Sanctions Committee, designations of six human traffickers and smugglers (including Ahmad al-Dabbashi, Mohammed Kashlaf and Abd al-Rahman Milad 'al-Bija'), 7 June 2018"
LACH = "W. Lacher, Libya's Fragmentation: Structure and Process in Violent Conflict, I.B. Tauris, 2020"
LACH18 = "W. Lacher & A. al-Idrissi, 'Capital of Militias: Tripoli's Armed Groups Capture the Libyan State', Small Arms Survey Briefing Paper, June 2018"
LCOLE = "W. Lacher & P. Cole, 'Politics by Other Means: Conflicting Interests in Libya's Security Sector', Small Arms Survey Working Paper 20, 2014"
ICGF = "International Crisis Group, 'How Libya's Fezzan Became Europe's New Border', Middle East and North Africa Report 179, July 2017"
MICA = "M. Micallef, 'The Human Conveyor Belt: Trends in Human Trafficking and Smuggling in Post-revolution Libya', Global Initiative against Transnational Organized Crime, March 2017"
WEHR = "F. Wehrey, The Burning Shores: Inside the Battle for the New Libya, Farrar, Straus and Giroux, 2018"
COLE = "P. Cole & B. McQuinn (eds.), The Libyan Revolution and its Aftermath, Hurst, 2015"
HRW = "Human Rights Watch reports on the displacement of Tawergha (2011-2013) and on Misrata-Tawergha (2018)"
UNSMIL = "UNSMIL statements on the Misrata-Tawergha agreement (2016-2018) and on the Libyan Political Agreement (Skhirat, December 2015)"
AMN = "Amnesty International, 'Libya's Dark Web of Collusion: Abuses against Europe-bound Refugees and Migrants', December 2017"
MOU = "Memorandum of Understanding between Italy and the Government of National Accord, 2 February 2017; EU Malta Declaration, 3 February 2017"
PRESS = "Reuters and AP reports (August-September 2017) on an arrangement to stop departures from Sabratha and the fighting that followed"
AFRICOM = "US Africa Command statements on Operation Odyssey Lightning (Sirte), August-December 2016"

DESCRIPTION = f"""\
After the fall of Gaddafi in 2011 the revolutionary brigades of Misrata, Zintan and Tripoli kept \
their arms and drew state salaries while the transitional authorities (the National Transitional \
Council, from 2012 the General National Congress) had no forces of their own. In 2014 the country \
split: Khalifa Haftar launched Operation Dignity in Benghazi (May), the newly elected House of \
Representatives moved to Tobruk, and the Libya Dawn coalition led by Misratan brigades drove the \
Zintanis out of Tripoli (July-August) and restored the GNC. The UN-brokered Libyan Political \
Agreement (Skhirat, December 2015) created the Government of National Accord (GNA), which \
entered Tripoli in 2016 under the protection of Tripoli militias; Misratan-led forces expelled \
the Islamic State from Sirte with US air support by December 2016. In the south Tebu, Tuareg and \
Awlad Suleiman fought over towns and trade routes; local and foreign mediators brokered \
ceasefires (Doha 2015, Rome 2017). Migrant smuggling peaked in 2014-2016 from Zuwara, Sabratha \
and Zawiya; in 2017 Italy and the EU funded and trained coast guard units and struck deals that \
cut departures, while the UN Panel of Experts documented collusion between coast guard units, \
militias and smugglers. Misrata and the displaced people of Tawergha agreed a return in 2016-2018.

This is a dated composite of 2011-2018 (ties carry start and end dates): for example the Tripoli \
authorities node stands for the NTC, then the GNC, then the GNA. It simplifies heavily; Libya had \
hundreds of armed groups. Coalitions that came and went carry dates too, and the map lists the \
events, so the time slider shows the map as it stood on any date.

Sources:
- {POE}
- {SANC}
- {LACH}
- {LACH18}
- {LCOLE}
- {ICGF}
- {MICA}
- {WEHR}
- {COLE}
- {HRW}
- {UNSMIL}
- {AMN}
- {MOU}
- {PRESS}
- {AFRICOM}

Legitimacy follows the convention of the sample maps (README, 'Sample maps'). It is set only \
where a cited source reports how the local public saw an actor: Zuwara's turn against the \
smugglers after the drownings of August 2015 (Micallef). Every other actor is not assessed \
(null): the sources hold no public-trust surveys, and for the rival governments, coalitions and \
brigades they report rival claims (see the labels) and followings split along the conflict's \
own lines, so a value would only restate the conflict."""

ACTORS = [
    # --- west coast: Zuwara, Sabratha, Zawiya (top left) ---------------------------------
    A("zuwara_c", "Zuwara municipal council and 'Masked Men' security unit", "political", "Zuwara", 2, -580, -340,
      "social", 0.7,
      notes="The Amazigh town turned against smugglers after mass drownings in August 2015 and its "
            "own security unit cracked down; smuggling partly moved to Sabratha and Zawiya.",
      sources=(MICA,)),
    A("smugglers", "Migrant smuggling networks of Zuwara and Sabratha", "other", "Sabratha smuggling", 3, -580, -200,
      "criminal", 0.3,
      notes="Organised the sea crossings to Italy; peak 2014-2016. Smuggling was an accepted trade in "
            "Zuwara until the drownings of August 2015 turned the town against it.", sources=(MICA, POE)),
    A("dabbashi", "Dabbashi militia, Sabratha (al-Ammu; Martyr Anas al-Dabbashi brigade / Brigade 48)", "militia",
      "Sabratha smuggling", 3, -450, -290, "criminal",
      labels=(("UN Security Council sanctions committee (2018)", "human trafficker and smuggler (Ahmad al-Dabbashi)"),),
      notes="Family-based militia that ran smuggling in Sabratha; in mid-2017 reportedly agreed to stop "
            "departures in exchange for recognition and pay; driven out of Sabratha in September 2017 "
            "fighting.", sources=(POE, SANC, PRESS)),
    A("fuel", "Fuel smuggling network of Zawiya (al-Nasr brigade, Mohammed Kashlaf)", "militia", "Zawiya networks",
      3, -480, -140, "criminal",
      labels=(("UN Security Council sanctions committee (2018)", "human trafficker and smuggler (Kashlaf)"),),
      notes="Controlled security at the Zawiya refinery and diverted subsidised fuel to Tunisia and by "
            "sea to Malta and Italy; also migrant detention.", sources=(POE, SANC)),
    A("zcg", "Zawiya coast guard unit (al-Bija)", "state_agent", "Zawiya networks", 2, -350, -210, "mixed",
      labels=(("UN Security Council sanctions committee (2018)", "human trafficker and smuggler (al-Bija)"),
              ("GNA / Libyan Coast Guard", "coast guard unit")),
      notes="Nominally a unit of the Libyan Coast Guard; the UN Panel found it intercepted rival "
            "smugglers' boats, shot at boats and worked with the Nasr brigade. Its commander denies "
            "the accusations.", sources=(POE, SANC, AMN)),
    # --- Tripoli (top centre-left) -----------------------------------------------------
    A("rada", "Special Deterrence Force (Rada), Abdulraouf Kara", "militia", "Tripoli militias", 4, -320, -350,
      "mixed",
      notes="Salafi-leaning police-style force holding Mitiga airport and its prison; nominally under "
            "the interior ministry.", sources=(LACH18, WEHR)),
    A("trb", "Tripoli Revolutionaries Brigade (Haithem Tajouri)", "militia", "Tripoli militias", 3, -170, -380,
      "mixed",
      notes="One of the four militias that by 2017-2018 had captured parts of the state in Tripoli "
            "(the 'militia cartel').", sources=(LACH18,)),
    A("tripgov", "Tripoli authorities (NTC 2011-12, GNC 2012-16, GNA/Presidency Council from 2016)", "political",
      "Tripoli authorities", 4, -200, -250, "political",
      labels=(("UN Security Council (from 2015)", "the GNA: sole legitimate government"),
              ("House of Representatives (2014-2015)", "the GNC after August 2014: illegitimate")),
      notes="The successive authorities in Tripoli; they paid the brigades but did not control them.",
      sources=(LACH, UNSMIL)),
    A("lcg", "Libyan Coast Guard (GNA, trained and equipped by the EU and Italy)", "state_agent",
      "Tripoli authorities", 3, -250, -120, "political",
      notes="Intercepts boats and returns people to detention centres; abuses documented by the UN and "
            "Amnesty.", sources=(AMN, MOU)),
    A("dawn", "Libya Dawn coalition (2014-2015)", "militia", "Libya Dawn", 4, -60, -300, "political",
      labels=(("House of Representatives (2014)", "terrorist groups"),
              ("Its members", "revolutionary forces")),
      notes="Coalition of Misratan, Islamist-leaning Tripoli and Amazigh forces that took Tripoli in "
            "August 2014; dissolved as Misrata split over the 2015 political agreement.",
      sources=(LACH, WEHR)),
    A("warsh", "Warshefana tribe (west of Tripoli)", "community", "Warshefana", 2, -100, -160, "mixed",
      notes="Sided with Zintan in 2014 and was attacked by Dawn forces; accused of kidnapping and "
            "banditry; clashes with GNA-aligned forces in 2017.", sources=(LACH,)),
    # --- Zintan (centre left) ---------------------------------------------------------
    A("zintan", "Zintan brigades (al-Qaqa, al-Sawaiq)", "militia", "Zintan", 4, -300, 10, "mixed",
      notes="Held Tripoli airport and, until 2017, Saif al-Islam Gaddafi; expelled from Tripoli in "
            "2014; aligned with Dignity, later divided.", sources=(LCOLE, LACH)),
    A("zintan_c", "Zintan municipal council and elders", "political", "Zintan", 2, -170, 60, "social",
      notes="Took part in the Misrata-Zintan rapprochement of 2015-2016.", sources=(LACH,)),
    # --- Misrata and Sirte (top centre-right) -----------------------------------------------
    A("misrata", "Misrata brigades (incl. Bunyan al-Marsous forces)", "militia", "Misrata", 5, 80, -250,
      "mixed",
      notes="The strongest revolutionary brigades; core of Libya Dawn; led the 2016 campaign that "
            "expelled the Islamic State from Sirte.", sources=(COLE, LACH)),
    A("misrata_c", "Misrata municipal council and elders", "political", "Misrata", 3, 120, -370, "social",
      notes="Negotiated the return agreement with Tawergha (2016, implemented from June 2018) and the "
            "rapprochement with Zintan.", sources=(UNSMIL, LACH)),
    A("tawergha", "Tawergha (displaced community and local council)", "community", "Tawergha", 2, 230, -260,
      "social",
      notes="About 40,000 people expelled by Misratan brigades in August 2011 as collective punishment "
            "for the town's role in the siege of Misrata; lived in camps until the return deal.",
      sources=(HRW, UNSMIL)),
    A("isis", "Islamic State in Sirte", "rebel_group", "Islamic State", 3, 260, -120, "political",
      labels=(("UN Security Council", "terrorist group"),),
      notes="Took Sirte in 2015; expelled by December 2016.", sources=(WEHR, AFRICOM)),
    # --- east (right) -----------------------------------------------------------------------
    A("hor", "House of Representatives (Tobruk, from 2014)", "political", "Eastern camp (Dignity)", 3, 480, -250,
      "political",
      notes="Elected June 2014; refused to endorse the GNA; backed Haftar.", sources=(LACH,)),
    A("lna", "Libyan National Army (Khalifa Haftar)", "militia", "Eastern camp (Dignity)", 5, 440, -110,
      "political",
      labels=(("House of Representatives", "national armed forces"),
              ("GNA and western opponents", "militia coalition")),
      notes="Coalition of army units, tribal forces, Salafi groups and foreign fighters; took Benghazi "
            "(2017), the oil crescent (2016) and later much of the south.", sources=(LACH, WEHR, POE)),
    # --- the south (bottom) ---------------------------------------------------------------------
    A("tebu", "Tebu communities and forces (Kufra, Sabha, Ubari, Murzuq)", "community", "Tebu", 3, 150, 270,
      "mixed",
      notes="Control much of the southern border and its trade routes.", sources=(ICGF,)),
    A("tuareg", "Tuareg communities and forces (Ubari, Ghat)", "community", "Tuareg", 3, -190, 290, "mixed",
      notes="Fought the Tebu in Ubari (2014-2015), breaking the old Tebu-Tuareg 'midi-midi' pact.",
      sources=(ICGF,)),
    A("awlad", "Awlad Suleiman tribe (Sabha)", "community", "Awlad Suleiman", 3, 290, 160, "mixed",
      notes="Arab tribe dominant in Sabha; repeated wars with the Tebu (2012, 2014, 2016-2017).",
      sources=(ICGF,)),
    A("elders", "Fezzan notables and social councils (local mediators)", "civil_society", "Fezzan notables", 2,
      -20, 370, "social",
      notes="Elders and social councils from the southern towns who arranged local ceasefires, "
            "prisoner exchanges and the return of bodies; their role beside foreign mediators is "
            "documented only in general terms.", sources=(ICGF,)),
    A("migrants", "Migrants and refugees in transit and detention", "community", "Migrants", 3, -420, 150,
      "social",
      notes="Smuggled, held for ransom, detained, intercepted at sea; hundreds of thousands in 2014-2017.",
      sources=(MICA, AMN)),
    # --- foreign (edges) -------------------------------------------------------------------------
    A("italy", "Italy (Interior Ministry; 2017 deals)", "international", "Europe", 4, -560, 300, "political",
      external=True,
      notes="MoU with the GNA (February 2017), patrol boats for the coast guard, talks with southern "
            "tribes (Rome, March 2017) and, reportedly, with coastal militias.", sources=(MOU, ICGF, PRESS)),
    A("eu", "European Union (EUNAVFOR MED Sophia, EU Trust Fund for Africa)", "international", "Europe", 3,
      -580, 40, "political", external=True,
      notes="Coast guard training from October 2016; funding for migration control.", sources=(MOU, AMN)),
    A("unsmil", "UNSMIL (UN Support Mission in Libya)", "international", "United Nations", 3, 380, 30,
      "political", external=True,
      notes="Brokered the Libyan Political Agreement and supported the Misrata-Tawergha agreement.",
      sources=(UNSMIL,)),
    A("uae_eg", "UAE and Egypt", "international", "Foreign states", 4, 560, -370, "political", external=True,
      notes="Armed and backed Haftar's forces, including air strikes, in breach of the UN arms "
            "embargo according to the Panel of Experts.", sources=(POE,)),
    A("qatar", "Qatar", "international", "Foreign states", 2, 440, 320, "political", external=True,
      notes="Hosted the Tebu-Tuareg agreement (Doha, November 2015); accused by the eastern camp of "
            "arming western and Islamist groups.", sources=(ICGF, POE)),
    A("usmil", "US military (AFRICOM)", "international", "Foreign states", 3, 330, -350, "political",
      external=True,
      notes="About 500 air strikes on Sirte at the GNA's request, August-December 2016.", sources=(AFRICOM,)),
]

D14 = date(2014, 8, 23)  # Libya Dawn takes Tripoli

TIES = [
    # the Tripoli authorities and their armed groups
    T("tripgov", "misrata", "symbiotic", 3, "confirmed", "Brigades on the state payroll; GNA-aligned in Sirte 2016.", (LCOLE, LACH)),
    T("tripgov", "rada", "symbiotic", 3, "confirmed", "Nominally under the interior ministry; protects the GNA and, like the other Tripoli cartel militias, draws on state funds and posts.", (LACH18,)),
    T("tripgov", "trb", "symbiotic", 3, "confirmed", "Protection in exchange for access to state funds and posts.", (LACH18,)),
    T("tripgov", "zintan", "symbiotic", 2, "confirmed", "State-paid Zintani units under the NTC.", (LCOLE,), None, D14),
    T("tripgov", "dawn", "trust", 3, "confirmed", "Political alliance: Dawn restored the GNC in Tripoli and the GNC backed Dawn.", (LACH,), D14, date(2015, 12, 17), retyped_from="symbiotic"),
    T("tripgov", "lcg", "trust", 3, "confirmed", "Chain of command.", (MOU,), retyped_from="symbiotic"),
    T("rada", "trb", "symbiotic", 2, "reported", "Cooperating members of the Tripoli 'militia cartel', 2017-2018.", (LACH18,)),
    T("rada", "isis", "conflict", 1, "reported", "Raids on Islamic State cells in Tripoli.", (WEHR,)),
    # the 2014 split
    T("tripgov", "hor", "conflict", 3, "confirmed", "Rival governments from August 2014.", (LACH,), D14),
    T("tripgov", "lna", "conflict", 3, "confirmed", "", (LACH,), date(2014, 5, 16)),
    T("hor", "lna", "trust", 3, "confirmed", "The House named Haftar army commander (March 2015) and backed Operation Dignity.", (LACH,), retyped_from="symbiotic"),
    T("lna", "zintan", "trust", 2, "reported", "Zintani forces aligned with Dignity, 2014-2016; later divided.", (LACH,), date(2014, 5, 16), retyped_from="symbiotic"),
    T("lna", "misrata", "conflict", 3, "confirmed", "", (LACH,)),
    T("uae_eg", "lna", "symbiotic", 3, "confirmed", "Arms and air strikes (UN Panel of Experts).", (POE,)),
    T("uae_eg", "hor", "symbiotic", 2, "confirmed", "", (POE,)),
    T("dawn", "misrata", "trust", 3, "confirmed", "Core of the coalition.", (LACH,), D14, retyped_from="symbiotic"),
    T("dawn", "trb", "trust", 2, "reported", "Member of the coalition in Tripoli.", (LACH,), D14, retyped_from="symbiotic"),
    T("dawn", "zuwara_c", "trust", 1, "reported", "Amazigh towns joined Dawn.", (LACH,), D14, retyped_from="symbiotic"),
    T("dawn", "zintan", "conflict", 3, "confirmed", "Battle for Tripoli airport, July-August 2014.", (LACH, WEHR), date(2014, 7, 13)),
    T("dawn", "warsh", "conflict", 2, "confirmed", "Dawn offensive in Warshefana, autumn 2014.", (LACH,), date(2014, 10, 1)),
    T("qatar", "dawn", "symbiotic", 1, "rumoured", "Alleged by the eastern camp; the Panel of Experts examined some transfers; contested.", (POE,)),
    T("zintan", "warsh", "trust", 2, "reported", "Allies against Dawn in 2014.", (LACH,), retyped_from="symbiotic"),
    T("warsh", "tripgov", "conflict", 1, "reported", "Clashes with GNA-aligned forces, 2017.", (LACH,), date(2017, 11, 1)),
    # Misrata, Zintan, Tawergha
    T("misrata_c", "misrata", "trust", 3, "confirmed", "The town's council and elders and its brigades.", (COLE,), retyped_from="symbiotic"),
    T("zintan_c", "zintan", "trust", 3, "confirmed", "The town's council and elders and its brigades.", (LCOLE,), retyped_from="symbiotic"),
    T("misrata", "zintan", "conflict", 3, "confirmed", "War of 2014.", (LACH,), date(2014, 7, 13), date(2015, 12, 31)),
    T("misrata_c", "zintan_c", "dialogue", 2, "reported", "Rapprochement and prisoner exchanges, 2015-2016.", (LACH,), date(2015, 6, 1)),
    T("misrata", "tawergha", "coercive", 3, "confirmed", "Expulsion of the town in August 2011, detentions, houses destroyed.", (HRW,), date(2011, 8, 13)),
    T("misrata_c", "tawergha", "dialogue", 2, "confirmed", "Return agreement (2016), implemented from June 2018.", (UNSMIL, HRW), date(2016, 8, 31)),
    T("tripgov", "tawergha", "dialogue", 1, "reported", "Government committee and compensation promises.", (UNSMIL,)),
    T("misrata", "isis", "conflict", 3, "confirmed", "Bunyan al-Marsous campaign, May-December 2016.", (WEHR, AFRICOM), date(2016, 5, 12), date(2016, 12, 6)),
    T("lna", "isis", "conflict", 2, "confirmed", "Benghazi and Derna.", (WEHR,)),
    T("usmil", "isis", "coercive", 3, "confirmed", "Operation Odyssey Lightning.", (AFRICOM,), date(2016, 8, 1), date(2016, 12, 19)),
    T("usmil", "tripgov", "symbiotic", 2, "confirmed", "Strikes at the GNA's request.", (AFRICOM,), date(2016, 8, 1)),
    # smuggling on the west coast
    T("dabbashi", "smugglers", "symbiotic", 3, "confirmed", "Protection and organisation of departures from Sabratha.", (POE, SANC)),
    T("smugglers", "migrants", "parasitic", 3, "confirmed", "Fees for the crossing; ransom.", (MICA,)),
    T("smugglers", "migrants", "coercive", 2, "confirmed", "Detention, forced labour, abuse.", (MICA, AMN)),
    T("dabbashi", "migrants", "coercive", 2, "confirmed", "Held migrants in its facilities.", (POE, AMN)),
    T("zuwara_c", "smugglers", "conflict", 2, "confirmed", "Crackdown after the drownings of August 2015.", (MICA,), date(2015, 8, 27)),
    T("italy", "dabbashi", "symbiotic", 1, "rumoured", "Reported deal to stop departures, mid-2017; Italy denied paying militias.", (PRESS,), date(2017, 7, 1), date(2017, 10, 6)),
    T("tripgov", "dabbashi", "symbiotic", 1, "reported", "Brigade given a GNA security role as part of the 2017 arrangement.", (PRESS, POE), date(2017, 7, 1), date(2017, 10, 6)),
    T("fuel", "zcg", "symbiotic", 3, "confirmed", "Joint control of the Zawiya refinery and coast (UN Panel).", (POE, SANC)),
    T("fuel", "tripgov", "parasitic", 2, "confirmed", "Diversion of subsidised state fuel.", (POE,)),
    T("fuel", "migrants", "coercive", 1, "reported", "Detention centre linked to the brigade.", (POE,)),
    T("zcg", "smugglers", "symbiotic", 2, "reported", "Collusion with some smugglers while intercepting rivals; denied by the unit.", (POE, AMN)),
    T("zcg", "migrants", "coercive", 2, "confirmed", "Shooting at boats, returns to detention.", (POE, SANC)),
    T("lcg", "zcg", "symbiotic", 2, "confirmed", "Nominal chain of command.", (POE,)),
    T("lcg", "migrants", "coercive", 2, "confirmed", "Interceptions and returns to abusive detention.", (AMN,)),
    T("isis", "migrants", "coercive", 1, "confirmed", "Killings of Christian migrants, 2015.", (WEHR,)),
    # Europe
    T("italy", "tripgov", "symbiotic", 3, "confirmed", "MoU of 2 February 2017.", (MOU,), date(2017, 2, 2)),
    T("italy", "lcg", "symbiotic", 3, "confirmed", "Patrol boats, training, coordination.", (MOU, AMN), date(2017, 2, 2)),
    T("eu", "lcg", "symbiotic", 2, "confirmed", "Sophia training programme.", (MOU,), date(2016, 10, 26)),
    T("eu", "tripgov", "symbiotic", 2, "confirmed", "Malta Declaration, funding.", (MOU,), date(2017, 2, 3)),
    T("italy", "eu", "trust", 2, "confirmed", "Member state.", (MOU,), retyped_from="symbiotic"),
    # the south
    T("tebu", "tuareg", "conflict", 3, "confirmed", "War in Ubari, September 2014 - November 2015.", (ICGF,), date(2014, 9, 1), date(2015, 11, 23)),
    T("tebu", "awlad", "conflict", 3, "confirmed", "Wars in Sabha, 2012, 2014, 2016-2017.", (ICGF,), date(2012, 3, 1)),
    T("qatar", "tebu", "dialogue", 2, "confirmed", "Doha agreement, November 2015.", (ICGF,), date(2015, 11, 23)),
    T("qatar", "tuareg", "dialogue", 2, "confirmed", "Doha agreement, November 2015.", (ICGF,), date(2015, 11, 23)),
    T("italy", "tebu", "dialogue", 2, "confirmed", "Rome agreement with the Awlad Suleiman, March 2017.", (ICGF,), date(2017, 3, 31)),
    T("italy", "awlad", "dialogue", 2, "confirmed", "Rome agreement with the Tebu, March 2017.", (ICGF,), date(2017, 3, 31)),
    T("elders", "tebu", "dialogue", 2, "reported", "Local ceasefires and prisoner exchanges.", (ICGF,)),
    T("elders", "tuareg", "dialogue", 2, "reported", "Local ceasefires in Ubari.", (ICGF,)),
    T("elders", "awlad", "dialogue", 2, "reported", "Local ceasefires in Sabha.", (ICGF,)),
    T("tebu", "smugglers", "symbiotic", 1, "reported", "Southern legs of the migrant route handed to coastal networks.", (MICA, ICGF)),
    T("tebu", "lna", "trust", 1, "reported", "Some Tebu units aligned with the LNA.", (ICGF,), retyped_from="symbiotic"),
    T("misrata", "tuareg", "trust", 1, "reported", "Misrata's Third Force in the south, aligned with Tuareg forces in Ubari.", (ICGF,), date(2014, 1, 1), date(2017, 5, 31), retyped_from="symbiotic"),
    # UNSMIL
    T("unsmil", "tripgov", "dialogue", 3, "confirmed", "Libyan Political Agreement; GNA.", (UNSMIL,)),
    T("unsmil", "hor", "dialogue", 2, "confirmed", "", (UNSMIL,)),
    T("unsmil", "lna", "dialogue", 1, "confirmed", "", (UNSMIL,)),
    T("unsmil", "misrata_c", "dialogue", 2, "confirmed", "Support to the Tawergha agreement.", (UNSMIL,)),
    T("unsmil", "tawergha", "dialogue", 2, "confirmed", "Support to the Tawergha agreement.", (UNSMIL,)),
]

# --- dates and events (the time slider) -------------------------------------------------------------

ACTOR_DATES = {
    "lna": (date(2014, 5, 16), None),  # Operation Dignity
    "dawn": (date(2014, 7, 13), date(2015, 12, 17)),  # from the airport battle; broke up over the Skhirat agreement
    "hor": (date(2014, 8, 4), None),  # first session in Tobruk
    "isis": (date(2015, 2, 1), date(2016, 12, 6)),  # in Sirte from February 2015; its last positions fell
    "dabbashi": (None, date(2017, 10, 6)),  # driven out of Sabratha
}

EVENTS = [
    E("tawergha_expelled", "Misratan brigades expel the people of Tawergha", date(2011, 8, 13),
      actors=("misrata", "tawergha"), ties=(("misrata", "coercive", "tawergha"),), sources=(HRW,)),
    E("gaddafi", "Gaddafi killed near Sirte", date(2011, 10, 20), sources=(COLE,)),
    E("gnc", "General National Congress elected", date(2012, 7, 7), actors=("tripgov",), sources=(LACH,)),
    E("dignity", "Haftar launches Operation Dignity in Benghazi", date(2014, 5, 16), actors=("lna", "tripgov"),
      ties=(("tripgov", "conflict", "lna"),), sources=(LACH, WEHR)),
    E("hor_elected", "House of Representatives elected", date(2014, 6, 25), actors=("hor",), sources=(LACH,)),
    E("airport", "Battle for Tripoli airport begins", date(2014, 7, 13), actors=("dawn", "zintan", "misrata"),
      ties=(("dawn", "conflict", "zintan"), ("misrata", "conflict", "zintan")), sources=(LACH, WEHR)),
    E("dawn_tripoli", "Libya Dawn takes Tripoli: two governments", D14, actors=("dawn", "tripgov", "hor"),
      ties=(("tripgov", "conflict", "hor"),), sources=(LACH,)),
    E("zuwara_drownings", "Mass drownings off Zuwara; the town turns on the smugglers", date(2015, 8, 27),
      actors=("zuwara_c", "smugglers"), ties=(("zuwara_c", "conflict", "smugglers"),), sources=(MICA,)),
    E("doha", "Doha agreement between Tebu and Tuareg", date(2015, 11, 23), actors=("tebu", "tuareg", "qatar"),
      ties=(("qatar", "dialogue", "tebu"), ("qatar", "dialogue", "tuareg")), sources=(ICGF,)),
    E("skhirat", "Libyan Political Agreement signed at Skhirat", date(2015, 12, 17),
      actors=("unsmil", "tripgov", "hor"), ties=(("unsmil", "dialogue", "tripgov"),), sources=(UNSMIL,)),
    E("presidency_council", "The Presidency Council arrives in Tripoli", date(2016, 3, 30),
      actors=("tripgov", "rada", "trb"), sources=(LACH18,)),
    E("bunyan", "Bunyan al-Marsous campaign against the Islamic State in Sirte", date(2016, 5, 12),
      actors=("misrata", "isis"), ties=(("misrata", "conflict", "isis"),), sources=(WEHR,)),
    E("odyssey", "US air strikes on Sirte begin", date(2016, 8, 1), actors=("usmil", "isis"),
      ties=(("usmil", "coercive", "isis"),), sources=(AFRICOM,)),
    E("tawergha_deal", "Misrata-Tawergha return agreement", date(2016, 8, 31), actors=("misrata_c", "tawergha"),
      ties=(("misrata_c", "dialogue", "tawergha"),), sources=(UNSMIL,)),
    E("sirte", "The Islamic State's last positions in Sirte fall", date(2016, 12, 6), actors=("misrata", "isis"),
      sources=(WEHR, AFRICOM)),
    E("mou", "Italy-GNA memorandum on migration", date(2017, 2, 2), actors=("italy", "tripgov", "lcg"),
      ties=(("italy", "symbiotic", "tripgov"),), sources=(MOU,)),
    E("rome", "Rome agreement between Tebu and Awlad Suleiman", date(2017, 3, 31), actors=("tebu", "awlad", "italy"),
      ties=(("italy", "dialogue", "tebu"), ("italy", "dialogue", "awlad")), sources=(ICGF,)),
    E("sabratha", "Fighting in Sabratha drives out the Dabbashi militia", date(2017, 9, 17), end=date(2017, 10, 6),
      actors=("dabbashi",), sources=(PRESS,)),
    E("sanctions", "UN sanctions on six traffickers and smugglers", date(2018, 6, 7),
      actors=("dabbashi", "fuel", "zcg"), sources=(SANC,)),
]

UNSC70 = "UN member states (resolution 1970 sanctions: travel ban, asset freeze)"
SANC_LABEL = "UN Security Council sanctions committee (2018)"

# Sourced labels by actor: legal designations with their dates (a designation in force on the map's
# date is stated in the mediator reasons; see README, 'Labels and perspectives').
LABELS = {
    "dabbashi": (L(SANC_LABEL, "human trafficker and smuggler (Ahmad al-Dabbashi)", True, UNSC70, date(2018, 6, 7),
                   was=(SANC_LABEL, "human trafficker and smuggler (Ahmad al-Dabbashi)")),),
    "fuel": (L(SANC_LABEL, "human trafficker and smuggler (Kashlaf)", True, UNSC70, date(2018, 6, 7),
               was=(SANC_LABEL, "human trafficker and smuggler (Kashlaf)")),),
    "zcg": (L(SANC_LABEL, "human trafficker and smuggler (al-Bija)", True, UNSC70, date(2018, 6, 7),
              was=(SANC_LABEL, "human trafficker and smuggler (al-Bija)")),),
    "isis": (L("UN Security Council", "terrorist group", True,
               "UN member states (ISIL (Da'esh) and Al-Qaida sanctions list, entry QDe.115)", date(2004, 10, 18),
               was=("UN Security Council", "terrorist group")),
             L("US State Department", "Foreign Terrorist Organization (ISIL-Libya)", True, "United States",
               date(2016, 5, 20))),
    "dawn": (L("House of Representatives (2014)", "terrorist groups", start=date(2014, 8, 24),
               was=("House of Representatives (2014)", "terrorist groups")),),
}

PERSPECTIVES = [
    P("zawiya_cg", "As seen by the Zawiya coast guard unit", "zcg",
      "The unit's own account, as its commander gave it when the UN listed him: it fights the smugglers "
      "and rescues people at sea, and the collusion the Panel of Experts documented did not happen "
      "(the unit denies it). Compare with the shared map to see which channels and which mediator "
      "candidates rest on the disputed ties.",
      lambda r: [UpdateTie(r.tie("zcg", "symbiotic", "smugglers"), {"kind": "conflict"}),
                 UpdateTie(r.tie("zcg", "coercive", "migrants"), {"kind": "protective"})]),
]

SPEC = MapSpec(
    slug="libya_post_2011_militias",
    title="Libya after 2011: militias, smugglers, tribes and the transitional state",
    description=DESCRIPTION,
    viewpoint="Mapped from the perspective of an outside analyst supporting local mediation, from "
              "public accounts only.",
    as_of=date(2018, 6, 30),
    actors=ACTORS,
    ties=TIES,
    actor_dates=ACTOR_DATES,
    events=EVENTS,
    labels=LABELS,
    perspectives=PERSPECTIVES,
)
