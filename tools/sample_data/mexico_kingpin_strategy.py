"""Mexico under the kingpin strategy, 2006-2018 (a dated composite map)."""

from datetime import date

from build_samples import A, Ag, E, L, MapSpec, P, S, T, V

from actormap.core.edits import RemoveItems, UpdateTie
from actormap.core.strategy import RemoveActors

CALD = "G. Calderón, G. Robles, A. Díaz-Cayeros & B. Magaloni, 'The beheading of criminal organizations and the dynamics of violence in Mexico', Journal of Conflict Resolution 59(8), 2015"
PHIL = "B.J. Phillips, 'How does leadership decapitation affect violence? The case of drug trafficking organizations in Mexico', Journal of Politics 77(2), 2015"
JONES = "N.P. Jones, Mexico's Illicit Drug Networks and the State Reaction, Georgetown University Press, 2016"
CRS = "J.S. Beittel, 'Mexico: Organized Crime and Drug Trafficking Organizations', Congressional Research Service R41576 (editions 2011-2018)"
ICG48 = "International Crisis Group, 'Peña Nieto's Challenge: Criminal Cartels and Rule of Law in Mexico', Latin America Report 48, March 2013"
ISC = "InSight Crime criminal profiles: Sinaloa Cartel, Beltrán Leyva Organization, Zetas, Gulf Cartel, Familia Michoacana, Knights Templar, CJNG, Juárez Cartel, Guerreros Unidos"
FELB = "V. Felbab-Brown, 'Changing the game or dropping the ball? Mexico's security and anti-crime strategy under President Enrique Peña Nieto', Brookings, 2014"
GIEI = "GIEI (Interdisciplinary Group of Independent Experts, IACHR), Informe Ayotzinapa I and II, 2015-2016"
GL = "United States v. Genaro García Luna, US District Court EDNY, jury verdict of 21 February 2023"
MERIDA = "C.R. Seelke & K. Finklea, 'U.S.-Mexican Security Cooperation: The Mérida Initiative and Beyond', Congressional Research Service R41349"
HRW = "Human Rights Watch, 'Neither Rights Nor Security: Killings, Torture, and Disappearances in Mexico's War on Drugs', 2011; CNDH recommendation 51/2014 on Tlatlaya"
GRILLO = "I. Grillo, El Narco: Inside Mexico's Criminal Insurgency, Bloomsbury, 2011"
JMX = "Justice in Mexico (University of San Diego), 'Drug Violence in Mexico' annual reports 2012-2019"
PRESS = "Press reports (Proceso, El Universal, Reuters, AP) on Father Gregorio López in Apatzingán (2013-2014) and on Bishop Salvador Rangel's meetings with armed-group leaders in Guerrero (2018)"
ENVIPE = "INEGI, ENVIPE victimisation survey (trust in institutions), 2012-2018"

DESCRIPTION = f"""\
From December 2006 President Felipe Calderón sent the army and navy against the drug-trafficking \
organisations and made the capture or killing of their leaders ('kingpins') the centre of the \
strategy, with US support through the Mérida Initiative (from 2008); the Peña Nieto government \
(2012-2018) kept a list of 122 priority targets. Most targets were removed, but organisations \
split: the Beltrán Leyva Organisation broke from Sinaloa in 2008 and fragmented after the navy \
killed Arturo Beltrán Leyva in December 2009; Los Zetas broke from the Gulf cartel in 2010; La \
Familia Michoacana gave rise to the Knights Templar in 2011; the CJNG grew from a Sinaloa-allied \
cell after 2010; after El Chapo Guzmán's recapture and extradition (2016-2017) a Sinaloa \
lieutenant fought his sons. Studies find that leader removals were followed by more violence and \
by splinter groups. In Michoacán armed 'self-defence' groups rose against the Knights Templar \
in 2013 and were absorbed into a Rural Force in 2014.

This is a dated composite of 2006-2018: leaders who were killed or captured are kept with the ties \
they held before their removal (ties carry start and end dates), so that the map shows the \
structure the strategy struck and the splinters that followed. It simplifies: each organisation \
contains many more cells and shifting alliances than shown. Leaders and groups carry dates too (a \
leader leaves the map the day after he was killed or arrested) and the map lists the events, so the \
time slider shows the map as it stood on any date and plays the story; undated ones are always shown.

Sources:
- {CALD}
- {PHIL}
- {JONES}
- {CRS}
- {ICG48}
- {ISC}
- {FELB}
- {GIEI}
- {GL}
- {MERIDA}
- {HRW}
- {GRILLO}
- {JMX}
- {PRESS}
- {ENVIPE}

Legitimacy follows the convention of the sample maps (README, 'Sample maps'): the map authors' \
coarse judgement of how far the public an actor acts on accepts it as rightful, read from \
ENVIPE (trust in the army, navy and police forces), from Felbab-Brown, Grillo and InSight Crime \
on how people in Michoacán saw La Familia, the Knights Templar and the autodefensas, and from \
press coverage of the clergy and the victims' movement; cartels are judged on the same evidence \
as every other actor. It is not a measurement. Not assessed (null) where these sources are \
silent: the other cartels (the cited profiles describe their structure and violence, not how \
the public saw them), the presidency (two governments, no approval figures cited), the \
communities, businesses and US agencies."""

K = date(2009, 12, 16)  # Arturo Beltrán Leyva killed by the navy in Cuernavaca
K1 = date(2009, 12, 17)  # the day after: an end date is exclusive

ACTORS = [
    # --- Sinaloa (top left) -----------------------------------------------------------
    A("chapo", "Joaquín 'El Chapo' Guzmán", "cartel", "Sinaloa cartel", 5, -380, -190, "criminal",
      labels=(("US Department of Justice", "principal administrator of a continuing criminal enterprise"),),
      notes="Co-leader of the Sinaloa cartel. Captured by the navy in February 2014, escaped July 2015, "
            "recaptured January 2016, extradited January 2017; convicted in New York in 2019.",
      sources=(ISC, CRS)),
    A("mayo", "Ismael 'El Mayo' Zambada network", "cartel", "Sinaloa cartel", 4, -540, -290, "criminal",
      notes="Co-leader of the Sinaloa cartel; never captured in this period. Allied with Guzmán's sons "
            "after 2017 (their war came only in 2024).", sources=(ISC, GL)),
    A("chapitos", "Guzmán's sons ('Los Chapitos')", "cartel", "Sinaloa cartel", 3, -540, -130, "criminal",
      notes="Took over Guzmán's network after his extradition.", sources=(ISC,)),
    A("damaso", "Dámaso López Núñez ('El Licenciado') network", "cartel", "Sinaloa cartel", 3, -360, -330,
      "criminal",
      notes="Guzmán's lieutenant; after Guzmán's extradition fought his sons for the succession "
            "(2016-2017) and was arrested in May 2017: the Sinaloa case of a post-capture split.",
      sources=(ISC, CRS)),
    # --- Beltrán Leyva Organisation (left, middle) --------------------------------------
    A("arturo", "Arturo Beltrán Leyva (BLO leader)", "cartel", "Beltrán Leyva Organisation", 4, -300, 50, "criminal",
      notes="Led the BLO out of the Sinaloa federation after his brother Alfredo's arrest in January 2008, "
            "which the brothers blamed on Guzmán. Killed by navy marines in Cuernavaca on 16 December 2009.",
      sources=(ISC, CRS, GRILLO)),
    A("hector", "Héctor Beltrán Leyva network (Cártel del Pacífico Sur)", "cartel", "Beltrán Leyva Organisation", 3,
      -450, 20, "criminal",
      notes="Took over the BLO name after Arturo's death; allied with the Zetas; arrested October 2014.",
      sources=(ISC, CRS)),
    A("barbie", "Édgar Valdez Villarreal ('La Barbie') network", "cartel", "Beltrán Leyva Organisation", 3,
      -460, 150, "criminal",
      notes="BLO enforcer and plaza boss (Acapulco, Morelos); fought Héctor for the succession in 2010; "
            "arrested by the Federal Police in August 2010. Later groups such as the Cártel "
            "Independiente de Acapulco came out of this split.", sources=(ISC, CRS)),
    A("gu", "Guerreros Unidos", "cartel", "Beltrán Leyva Organisation", 2, -300, 230, "criminal",
      notes="BLO splinter in northern Guerrero and Morelos, formed after 2009; responsible with local "
            "police for the disappearance of 43 Ayotzinapa students in Iguala (September 2014).",
      sources=(GIEI, ISC)),
    A("rojos", "Los Rojos", "cartel", "Beltrán Leyva Organisation", 2, -160, 170, "criminal",
      notes="BLO splinter in central Guerrero (Chilpancingo, Chilapa); at war with Guerreros Unidos and "
            "Los Ardillos.", sources=(ISC,)),
    A("juarez", "Juárez cartel / La Línea", "cartel", "Juárez cartel", 3, -580, 80, "criminal",
      notes="Carrillo Fuentes organisation and its enforcer wing La Línea (current and former Chihuahua "
            "police); its 2008-2011 war with Sinaloa made Ciudad Juárez the world's most violent city.",
      sources=(ISC, CRS)),
    # --- northeast (right, upper middle) ---------------------------------------------------
    A("gulf", "Gulf cartel", "cartel", "Gulf cartel", 3, 450, -110, "criminal",
      notes="Lost leader Osiel Cárdenas (arrested 2003, extradited 2007) and then its armed wing; "
            "later fragmented into rival Tamaulipas factions.", sources=(ISC, CRS)),
    A("zetas", "Los Zetas", "cartel", "Los Zetas", 4, 280, -60, "criminal",
      labels=(("Mexican government", "criminal organisation"),
              ("US Treasury", "significant foreign narcotics trafficker (Kingpin Act)")),
      notes="Founded by army special-forces deserters as the Gulf cartel's armed wing; independent from "
            "early 2010. Lazcano killed (October 2012) and Treviño captured (July 2013) by the navy; "
            "split into the Cártel del Noreste and Zetas Vieja Escuela around 2016.",
      sources=(ISC, CRS, GRILLO)),
    A("ne_biz", "Businesses in the northeast (Tamaulipas, Nuevo León, Veracruz)", "business", "Private sector", 2,
      520, 40, "mixed",
      notes="Extortion and kidnapping spread with the Zetas model of territorial 'taxation'.",
      sources=(JONES, ICG48)),
    A("migrants", "Central American migrants in transit", "community", "Communities", 2, 430, 160, "social",
      notes="Kidnapped and extorted on the routes north; 72 killed by the Zetas at San Fernando, "
            "Tamaulipas, in August 2010.", sources=(ISC, HRW)),
    # --- Michoacán / Jalisco (bottom middle and right) -----------------------------------
    A("lfm", "La Familia Michoacana", "cartel", "La Familia Michoacana", 3, 20, 130, "mixed", 0.3,
      notes="Quasi-religious Michoacán group that expelled the Zetas from 2006; after its leader "
            "Nazario Moreno was reported killed (December 2010) it split and the Knights Templar "
            "broke away in March 2011; a remnant survived in Guerrero and the State of Mexico. It "
            "presented itself as Michoacán's protector against the Zetas and drew some local support.",
      sources=(ISC, GRILLO)),
    A("kt", "Knights Templar (Caballeros Templarios)", "cartel", "Knights Templar", 4, 130, 230, "mixed", 0.05,
      notes="Ruled Tierra Caliente through taxation of almost every economic activity and ties to "
            "local officials; the communities and growers it taxed rose against it in 2013. Servando "
            "Gómez 'La Tuta' arrested February 2015.",
      sources=(ISC, FELB)),
    A("cjng", "Jalisco New Generation Cartel (CJNG)", "cartel", "CJNG", 4, 300, 240, "criminal",
      notes="Grew from the Milenio cartel and the cell of Sinaloa ally Ignacio Coronel (killed 2010); "
            "fought the Zetas and the Knights Templar, later Sinaloa; shot down an army helicopter in "
            "May 2015.", sources=(ISC, CRS)),
    A("autodef", "Self-defence groups (autodefensas) of Michoacán", "militia", "Autodefensas", 3, -10, 290,
      "mixed", 0.5,
      labels=(("Federal government (May 2014)", "Rural Defence Force (legalised)"),
              ("Critics and later prosecutors", "partly infiltrated by criminal groups")),
      notes="Rose in February 2013 in Tepalcatepec and La Ruana (Hipólito Mora, José Manuel Mireles) "
            "against the Knights Templar; some were absorbed into the Rural Force, some leaders "
            "arrested, some factions later became criminal groups themselves.",
      sources=(FELB, PRESS)),
    A("tc_comm", "Communities of Tierra Caliente (Michoacán)", "community", "Communities", 3, 230, 370, "social",
      notes="Taxed and terrorised by the Knights Templar; many joined or backed the autodefensas.",
      sources=(FELB,)),
    A("growers", "Avocado and lime growers and packers (Michoacán)", "business", "Private sector", 3, 370, 350,
      "mixed",
      notes="Paid per-hectare and per-kilo quotas to the Knights Templar; some financed the autodefensas.",
      sources=(FELB, ISC)),
    A("goyo", "Father Gregorio López ('Padre Goyo'), Apatzingán", "religious", "Church", 2, 100, 370, "social", 0.6,
      notes="Priest in Apatzingán who denounced the Knights Templar from the pulpit, backed the "
            "autodefensas and lived under threat.", sources=(PRESS,)),
    # --- Guerrero (bottom left) ------------------------------------------------------------
    A("gro_comm", "Communities in Guerrero (Iguala, Chilapa, the Sierra)", "community", "Communities", 3, -240, 370,
      "social",
      notes="Disappearances and displacement in the wars between BLO splinters; families of the 43 "
            "Ayotzinapa students.", sources=(GIEI, ISC)),
    A("rangel", "Bishop Salvador Rangel (Chilpancingo-Chilapa)", "religious", "Church", 2, -110, 390,
      "social", 0.5,
      notes="Said publicly in 2018 that he had met leaders of armed groups in his diocese to ask them "
            "to stop killings and had obtained promises; praised by some, criticised by the state "
            "government. Which groups he met is only partly documented.", sources=(PRESS,)),
    A("muni", "Municipal police (e.g. Iguala, Cocula)", "state_agent", "State and local government", 2, -420, 300,
      "mixed", 0.3,
      notes="Many municipal forces were captured by local groups; Iguala and Cocula police handed the "
            "Ayotzinapa students to Guerreros Unidos.", sources=(GIEI, ENVIPE)),
    A("state_pol", "State police and officials (Michoacán, Guerrero, Chihuahua)", "state_agent",
      "State and local government", 3, -160, -100, "mixed", 0.3,
      notes="Michoacán's interim governor Jesús Reyna was arrested in 2014 for ties to the Knights "
            "Templar; La Línea was staffed by Chihuahua police.", sources=(FELB, ISC, ENVIPE)),
    # --- federal state (top middle) ---------------------------------------------------------
    A("pres", "Federal government (Presidency: Calderón 2006-12, Peña Nieto 2012-18)", "political",
      "Federal government", 5, 0, -350, "political",
      notes="Launched the military deployment and the kingpin strategy; in 2014 named a federal "
            "commissioner for Michoacán (Alfredo Castillo) who negotiated with the autodefensas.",
      sources=(ICG48, FELB)),
    A("sedena", "Army (SEDENA)", "state_agent", "Federal government", 5, -150, -250, "political", 0.7,
      notes="Main force of the deployment; abuses documented (HRW 2011; Tlatlaya 2014).",
      sources=(HRW, ENVIPE)),
    A("semar", "Navy and marines (SEMAR)", "state_agent", "Federal government", 4, 120, -240, "political", 0.8,
      notes="The US's preferred partner for high-value targets: killed Arturo Beltrán Leyva (2009) and "
            "Lazcano (2012), captured Treviño (2013) and Guzmán (2014, 2016).",
      sources=(CRS, ENVIPE)),
    A("pf", "Federal Police and Public Security Secretariat (García Luna)", "state_agent", "Federal government",
      4, 10, -130, "political", 0.5,
      notes="Secretary Genaro García Luna (2006-2012) was convicted in New York in 2023 of taking "
            "bribes from the Sinaloa cartel; he denies it.", sources=(GL, MERIDA)),
    A("mpjd", "Movement for Peace with Justice and Dignity (Javier Sicilia)", "civil_society", "Civil society",
      2, 140, 40, "social", 0.7,
      notes="Victims' movement founded in 2011; held public dialogues with President Calderón at "
            "Chapultepec Castle in June 2011.", sources=(JMX,)),
    # --- United States (right edge, top) ------------------------------------------------------
    A("usg", "US government (State Department, Mérida Initiative)", "international", "United States", 4, 540,
      -340, "political", external=True,
      notes="Mérida Initiative from 2008: equipment, training and intelligence for Mexican forces.",
      sources=(MERIDA,)),
    A("dea", "DEA and US law enforcement", "international", "United States", 3, 400, -260, "political",
      external=True,
      notes="Intelligence behind several captures; indictments and extraditions.", sources=(CRS, MERIDA)),
]

TIES = [
    # Sinaloa
    T("chapo", "mayo", "trust", 3, "confirmed", "Co-leaders of the Sinaloa federation.", (ISC,), retyped_from="symbiotic"),
    T("chapo", "chapitos", "trust", 3, "confirmed", "Father and sons.", (ISC,), retyped_from="symbiotic"),
    T("chapo", "damaso", "trust", 3, "confirmed", "Trusted lieutenant.", (ISC, CRS), None, date(2017, 1, 19), retyped_from="symbiotic"),
    T("mayo", "chapitos", "trust", 2, "reported", "Allied inside the Sinaloa cartel after Guzmán's extradition.", (ISC,), date(2017, 1, 19), retyped_from="symbiotic"),
    T("damaso", "chapitos", "conflict", 3, "confirmed", "Succession war after Guzmán's extradition.", (ISC, CRS), date(2016, 2, 1), date(2017, 5, 2)),
    # BLO
    T("arturo", "hector", "trust", 3, "confirmed", "Brothers; joint leadership.", (ISC,), None, K, retyped_from="symbiotic"),
    T("arturo", "barbie", "trust", 3, "confirmed", "His enforcer and plaza boss.", (ISC,), None, K, retyped_from="symbiotic"),
    T("arturo", "gu", "trust", 2, "reported", "Guerrero-Morelos cells under BLO command before 2009.", (ISC,), None, K, retyped_from="symbiotic"),
    T("arturo", "rojos", "trust", 2, "reported", "Guerrero cells under BLO command before 2009.", (ISC,), None, K, retyped_from="symbiotic"),
    T("hector", "barbie", "conflict", 3, "confirmed", "Succession war after Arturo's death.", (ISC, CRS), date(2010, 1, 1), date(2010, 8, 30)),
    T("gu", "rojos", "conflict", 3, "confirmed", "War for Guerrero after the BLO fragmented.", (ISC,), date(2011, 1, 1)),
    # splits and wars between organisations
    T("chapo", "arturo", "conflict", 3, "confirmed", "BLO split from Sinaloa after Alfredo Beltrán Leyva's arrest, January 2008.", (ISC, GRILLO), date(2008, 1, 21), K),
    T("zetas", "gulf", "conflict", 3, "confirmed", "Zetas split from the Gulf cartel, early 2010.", (ISC, CRS), date(2010, 1, 18)),
    T("zetas", "arturo", "symbiotic", 2, "reported", "Alliance against Sinaloa.", (ISC, CRS), date(2008, 1, 1), K),
    T("zetas", "hector", "symbiotic", 2, "reported", "Alliance continued with Héctor's network.", (ISC,), date(2010, 1, 1)),
    T("gulf", "chapo", "symbiotic", 1, "reported", "'Nueva Federación' alliance against the Zetas, 2010.", (ISC, CRS), date(2010, 2, 1)),
    T("lfm", "kt", "conflict", 3, "confirmed", "Knights Templar broke away, March 2011.", (ISC,), date(2011, 3, 1)),
    T("lfm", "zetas", "conflict", 2, "confirmed", "La Familia expelled the Zetas from Michoacán.", (ISC, GRILLO), date(2006, 1, 1)),
    T("cjng", "zetas", "conflict", 3, "confirmed", "'Mata Zetas' killings in Veracruz, 2011.", (ISC,), date(2011, 1, 1)),
    T("cjng", "kt", "conflict", 3, "confirmed", "War for Michoacán and Jalisco borderlands.", (ISC,)),
    T("cjng", "chapo", "conflict", 2, "reported", "After an early alliance, war over plazas from about 2015.", (ISC, CRS), date(2015, 1, 1)),
    T("juarez", "chapo", "conflict", 3, "confirmed", "War for Ciudad Juárez, 2008-2011.", (ISC, CRS), date(2008, 1, 1), date(2012, 1, 1)),
    T("juarez", "arturo", "symbiotic", 1, "reported", "Alliance against Sinaloa.", (ISC,), date(2008, 1, 1), K),
    # cartels on communities and business
    T("zetas", "ne_biz", "parasitic", 3, "confirmed", "Extortion and kidnapping.", (JONES,)),
    T("gulf", "ne_biz", "parasitic", 2, "confirmed", "Extortion in Tamaulipas.", (JONES,)),
    T("zetas", "migrants", "coercive", 3, "confirmed", "Kidnapping and massacres (San Fernando 2010).", (HRW, ISC), date(2010, 8, 22)),
    T("kt", "tc_comm", "parasitic", 3, "confirmed", "Taxes on households, shops and public works.", (FELB,)),
    T("kt", "tc_comm", "coercive", 3, "confirmed", "Killings, rape and kidnapping.", (FELB,)),
    T("kt", "growers", "parasitic", 3, "confirmed", "Per-hectare and per-kilo quotas on avocado and lime.", (FELB, ISC)),
    T("lfm", "tc_comm", "parasitic", 2, "confirmed", "Taxation before the Templar split.", (ISC,), None, date(2011, 3, 1)),
    T("gu", "gro_comm", "coercive", 3, "confirmed", "Disappearances; the Ayotzinapa students, September 2014.", (GIEI,)),
    T("rojos", "gro_comm", "coercive", 2, "confirmed", "Killings and disappearances in Chilapa.", (ISC,)),
    T("juarez", "state_pol", "symbiotic", 2, "reported", "La Línea staffed by Chihuahua police.", (ISC,)),
    T("kt", "state_pol", "symbiotic", 2, "confirmed", "Officials on the Templar payroll; interim governor arrested 2014.", (FELB, ISC)),
    T("gu", "muni", "symbiotic", 3, "confirmed", "Iguala and Cocula police worked for Guerreros Unidos.", (GIEI,)),
    # state
    T("pres", "sedena", "trust", 3, "confirmed", "Chain of command; military deployment from December 2006.", (ICG48,), retyped_from="symbiotic"),
    T("pres", "semar", "trust", 3, "confirmed", "Chain of command.", (ICG48,), retyped_from="symbiotic"),
    T("pres", "pf", "trust", 3, "confirmed", "Chain of command.", (ICG48,), retyped_from="symbiotic"),
    T("pres", "state_pol", "dialogue", 1, "reported", "Federal-state coordination, often strained.", (ICG48,)),
    T("pf", "mayo", "symbiotic", 2, "confirmed", "Bribes to García Luna's circle per the 2023 US verdict; he denies it and appealed.", (GL,)),
    T("semar", "arturo", "coercive", 3, "confirmed", "Killed in Cuernavaca.", (CRS,), K, K1),
    T("semar", "zetas", "coercive", 3, "confirmed", "Lazcano killed 2012, Treviño captured 2013.", (CRS,)),
    T("semar", "chapo", "coercive", 3, "confirmed", "Captures 2014 and 2016.", (CRS,)),
    T("sedena", "lfm", "coercive", 2, "confirmed", "Joint Operation Michoacán from December 2006.", (ICG48,)),
    T("sedena", "kt", "coercive", 2, "confirmed", "Federal operations in Michoacán.", (FELB,)),
    T("sedena", "cjng", "coercive", 2, "confirmed", "Operation Jalisco after May 2015.", (CRS,)),
    T("sedena", "gro_comm", "coercive", 1, "reported", "Abuses documented in the deployment (HRW 2011, Tlatlaya 2014).", (HRW,)),
    T("pf", "kt", "coercive", 2, "confirmed", "'La Tuta' captured February 2015.", (ISC,)),
    T("pf", "barbie", "coercive", 2, "confirmed", "Arrested August 2010.", (CRS,), date(2010, 8, 30)),
    # United States
    T("usg", "pres", "symbiotic", 3, "confirmed", "Mérida Initiative.", (MERIDA,), date(2008, 6, 30)),
    T("usg", "pf", "symbiotic", 2, "confirmed", "Training and equipment for the Federal Police.", (MERIDA,)),
    T("usg", "dea", "trust", 3, "confirmed", "Part of the US government.", (MERIDA,), retyped_from="symbiotic"),
    T("dea", "semar", "trust", 3, "confirmed", "Intelligence sharing on high-value targets: the navy was the US agencies' trusted partner.", (CRS,), retyped_from="symbiotic"),
    T("dea", "chapo", "coercive", 2, "confirmed", "Indictments; extradition January 2017.", (CRS,)),
    T("dea", "zetas", "coercive", 1, "confirmed", "Indictments and sanctions.", (CRS,)),
    # Michoacán
    T("autodef", "kt", "conflict", 3, "confirmed", "Armed uprising from February 2013.", (FELB,), date(2013, 2, 24)),
    T("autodef", "tc_comm", "protective", 2, "reported", "Armed community defence; abuses by some groups later.", (FELB,)),
    T("growers", "autodef", "symbiotic", 2, "reported", "Growers financed some groups.", (FELB,)),
    T("pres", "autodef", "symbiotic", 2, "confirmed", "Federal commissioner's agreement, January 2014; Rural Force, May 2014.", (FELB,), date(2014, 1, 27)),
    T("pres", "autodef", "coercive", 1, "confirmed", "Arrest of leaders who refused to demobilise (Mireles, June 2014).", (FELB, PRESS), date(2014, 6, 27)),
    T("cjng", "autodef", "symbiotic", 1, "rumoured", "Alleged by the Templars and some officials; denied by autodefensa leaders.", (FELB,)),
    # churches and civil society
    T("goyo", "kt", "conflict", 2, "confirmed", "Denounced the Templars; threatened.", (PRESS,)),
    T("goyo", "autodef", "trust", 2, "reported", "Backed the uprising publicly.", (PRESS,), retyped_from="symbiotic"),
    T("goyo", "tc_comm", "trust", 2, "reported", "His parishioners: pastoral care, and public denunciation of the Templars on their behalf.", (PRESS,), retyped_from="protective"),
    T("rangel", "rojos", "dialogue", 1, "rumoured", "The bishop reported meetings with leaders of armed groups in his diocese; which groups is unclear.", (PRESS,), date(2018, 1, 1)),
    T("rangel", "gro_comm", "trust", 2, "reported", "The people of his diocese: pastoral care and advocacy for victims.", (PRESS,), retyped_from="protective"),
    T("mpjd", "pres", "dialogue", 2, "confirmed", "Chapultepec dialogues, June 2011.", (JMX,), date(2011, 6, 23)),
    T("mpjd", "gro_comm", "protective", 1, "reported", "Accompaniment of victims' families.", (JMX,)),
]

VIEWS = [
    V("kingpin_removals", "Kingpin removals",
      factions=("Sinaloa cartel", "Beltrán Leyva Organisation"),
      notes="Arturo Beltrán Leyva killed 2009, Guzmán extradited 2017: each split his network"),
    V("michoacan", "Michoacán",
      actors=("lfm", "kt", "autodef", "tc_comm", "growers", "cjng", "goyo"),
      notes="Templar taxes, the 2013 autodefensa uprising, and the CJNG moving in"),
    V("state_partners", "The state and its partners",
      factions=("Federal government", "United States"),
      notes="Army deployment from 2006; the navy and DEA hunted the kingpins (Mérida Initiative)"),
]

# --- agreements and scenarios (added with the strategy workbench) ---------------------------------

AGREEMENTS = [
    Ag("michoacan_2014", "Agreement for Michoacán (federal government and self-defence groups)", "pact", "ended",
       parties=("pres", "autodef"),
       terms=("The self-defence groups join the Rural Defence Forces under army command",
              "Members register their weapons with the army"),
       start=date(2014, 1, 27),
       notes="Signed in Tepalcatepec with the federal commissioner Alfredo Castillo; superseded by the Rural "
             "Defence Force in May 2014. Leaders who refused to demobilise were arrested (Mireles, June 2014).",
       sources=(FELB, PRESS)),
]

SCENARIOS = [
    S("kingpins", "Kingpin removals: Arturo Beltrán Leyva and El Chapo", "confrontation",
      "Confrontation: the strategy's two best-known strikes taken together on this composite map: the navy "
      "kills Arturo Beltrán Leyva (December 2009) and Guzmán is recaptured and extradited (2016-2017). "
      "Whose organisations splinter, and who fights whom afterwards?",
      lambda r: [RemoveActors(r.actors("arturo", "chapo"))]),
    S("blo_only", "Strike the BLO leader only (December 2009)", "confrontation",
      "Confrontation: only Arturo Beltrán Leyva is removed, as in December 2009.",
      lambda r: [RemoveActors(r.actors("arturo"))]),
]

# --- dates and events (the time slider) -------------------------------------------------------------
# A leader killed or arrested leaves the map the day after (end dates are exclusive), so the strike
# itself shows on its day.

ACTOR_DATES = {
    "arturo": (None, K1),
    "barbie": (None, date(2010, 8, 31)),  # arrested 30 August 2010
    "kt": (date(2011, 3, 1), None),  # first announced in March 2011
    "cjng": (date(2010, 7, 29), None),  # grew from Ignacio Coronel's cell after he was killed
    "autodef": (date(2013, 2, 24), None),  # rising in Tepalcatepec and La Ruana
    "hector": (None, date(2014, 10, 2)),  # arrested 1 October 2014
    "chapo": (None, date(2017, 1, 20)),  # extradited 19 January 2017
    "damaso": (None, date(2017, 5, 3)),  # arrested 2 May 2017
}

EVENTS = [
    E("michoacan_op", "Joint Operation Michoacán: the army deployed", date(2006, 12, 11),
      actors=("pres", "sedena", "lfm"), ties=(("sedena", "coercive", "lfm"),), sources=(ICG48,)),
    E("alfredo", "Alfredo Beltrán Leyva arrested; the BLO breaks with Sinaloa", date(2008, 1, 21),
      actors=("arturo", "chapo"), ties=(("chapo", "conflict", "arturo"),), sources=(ISC, GRILLO)),
    E("merida", "Mérida Initiative signed into law", date(2008, 6, 30), actors=("usg", "pres"),
      ties=(("usg", "symbiotic", "pres"),), sources=(MERIDA,)),
    E("arturo_killed", "Arturo Beltrán Leyva killed by navy marines in Cuernavaca", K, actors=("arturo", "semar"),
      ties=(("semar", "coercive", "arturo"),), notes="The BLO fragmented: Héctor against La Barbie, and the "
      "Guerrero splinters.", sources=(CRS, ISC)),
    E("zetas_split", "Los Zetas break from the Gulf cartel", date(2010, 1, 18), actors=("zetas", "gulf"),
      ties=(("zetas", "conflict", "gulf"),), sources=(ISC, CRS)),
    E("coronel", "Ignacio 'Nacho' Coronel killed by the army in Zapopan", date(2010, 7, 29), actors=("cjng",),
      sources=(ISC, CRS)),
    E("san_fernando", "San Fernando massacre: 72 migrants killed by the Zetas", date(2010, 8, 22),
      actors=("zetas", "migrants"), ties=(("zetas", "coercive", "migrants"),), sources=(HRW, ISC)),
    E("barbie_arrested", "La Barbie arrested by the Federal Police", date(2010, 8, 30), actors=("barbie", "pf"),
      ties=(("pf", "coercive", "barbie"),), sources=(CRS,)),
    E("nazario_claim", "Nazario Moreno (La Familia) reported killed; the group splits", date(2010, 12, 9),
      actors=("lfm",), notes="He survived and led the Knights Templar; marines killed him on 9 March 2014.",
      sources=(ISC, GRILLO)),
    E("kt_born", "The Knights Templar announce themselves", date(2011, 3, 1), actors=("kt", "lfm"),
      ties=(("lfm", "conflict", "kt"),), notes="March 2011 (dated to the first of the month).", sources=(ISC,)),
    E("chapultepec", "Victims' movement in dialogue with Calderón at Chapultepec", date(2011, 6, 23),
      actors=("mpjd", "pres"), ties=(("mpjd", "dialogue", "pres"),), sources=(JMX,)),
    E("lazcano", "Heriberto Lazcano (Zetas) killed by the navy", date(2012, 10, 7), actors=("zetas", "semar"),
      ties=(("semar", "coercive", "zetas"),), sources=(CRS,)),
    E("pena_nieto", "Peña Nieto takes office", date(2012, 12, 1), actors=("pres",), sources=(ICG48,)),
    E("autodefensas", "Self-defence groups rise in Tepalcatepec and La Ruana", date(2013, 2, 24),
      actors=("autodef", "kt", "tc_comm"), ties=(("autodef", "conflict", "kt"),), sources=(FELB,)),
    E("trevino", "Miguel Ángel Treviño (Z-40) captured by the navy", date(2013, 7, 15), actors=("zetas", "semar"),
      sources=(CRS,)),
    E("michoacan_pact", "Agreement for Michoacán signed in Tepalcatepec", date(2014, 1, 27),
      actors=("pres", "autodef"), ties=(("pres", "symbiotic", "autodef"),), agreements=("michoacan_2014",),
      sources=(FELB,)),
    E("chapo_captured", "El Chapo captured by marines in Mazatlán", date(2014, 2, 22), actors=("chapo", "semar"),
      ties=(("semar", "coercive", "chapo"),), sources=(CRS,)),
    E("nazario_killed", "Nazario Moreno killed by marines", date(2014, 3, 9), actors=("kt", "semar"), sources=(ISC,)),
    E("mireles", "Autodefensa leader José Manuel Mireles arrested", date(2014, 6, 27), actors=("autodef", "pres"),
      ties=(("pres", "coercive", "autodef"),), sources=(FELB, PRESS)),
    E("ayotzinapa", "Iguala: 43 Ayotzinapa students disappeared", date(2014, 9, 26), actors=("gu", "muni", "gro_comm"),
      ties=(("gu", "coercive", "gro_comm"), ("gu", "symbiotic", "muni")), sources=(GIEI,)),
    E("hector_arrested", "Héctor Beltrán Leyva arrested", date(2014, 10, 1), actors=("hector",), sources=(CRS, ISC)),
    E("tuta", "'La Tuta' (Knights Templar) captured", date(2015, 2, 27), actors=("kt", "pf"),
      ties=(("pf", "coercive", "kt"),), sources=(ISC,)),
    E("helicopter", "The CJNG shoots down an army helicopter in Jalisco", date(2015, 5, 1), actors=("cjng", "sedena"),
      ties=(("sedena", "coercive", "cjng"),), sources=(CRS,)),
    E("escape", "El Chapo escapes from the Altiplano prison", date(2015, 7, 11), actors=("chapo",), sources=(CRS,)),
    E("recaptured", "El Chapo recaptured in Los Mochis", date(2016, 1, 8), actors=("chapo", "semar"), sources=(CRS,)),
    E("extradited", "El Chapo extradited to the United States", date(2017, 1, 19),
      actors=("chapo", "dea", "chapitos", "damaso"), ties=(("mayo", "trust", "chapitos"),), sources=(CRS,)),
    E("damaso_arrested", "Dámaso López arrested in Mexico City", date(2017, 5, 2), actors=("damaso", "chapitos"),
      ties=(("damaso", "conflict", "chapitos"),), sources=(ISC, CRS)),
]

KINGPIN = "US Treasury (OFAC)"
KINGPIN_ACT = "significant foreign narcotics trafficker (Kingpin Act)"
FTO = "US State Department"
FTO_LABEL = "Foreign Terrorist Organization"
US = "United States"
FTO_DAY = date(2025, 2, 20)  # the listings of 19 February 2025, in force on publication

# Sourced labels by actor: legal designations with their dates (the 2025 listings lie after the
# map's date: the history shows them, the mediator reasons on this map do not; see README).
LABELS = {
    "mayo": (L(KINGPIN, f"{KINGPIN_ACT}: the Sinaloa cartel", True, US, date(2009, 4, 15)),
             L(FTO, f"{FTO_LABEL}: Cártel de Sinaloa", True, US, FTO_DAY)),
    "chapitos": (L(KINGPIN, f"{KINGPIN_ACT}: the Sinaloa cartel", True, US, date(2009, 4, 15)),
                 L(FTO, f"{FTO_LABEL}: Cártel de Sinaloa", True, US, FTO_DAY)),
    "zetas": (L(KINGPIN, f"{KINGPIN_ACT}: Los Zetas", True, US, date(2009, 4, 15)),),
    "lfm": (L(KINGPIN, f"{KINGPIN_ACT}: La Familia Michoacana", True, US, date(2009, 4, 15)),),
    "cjng": (L(KINGPIN, f"{KINGPIN_ACT}: CJNG", True, US, date(2015, 4, 8)),
             L(FTO, f"{FTO_LABEL}: Cártel de Jalisco Nueva Generación", True, US, FTO_DAY)),
    "gulf": (L(FTO, f"{FTO_LABEL}: Cártel del Golfo", True, US, FTO_DAY),),
    "autodef": (L("Federal government", "armed civilians outside the law", end=date(2014, 5, 10)),
                L("Federal government", "Rural Defence Force (legalised)", start=date(2014, 5, 10),
                  was=("Federal government (May 2014)", "Rural Defence Force (legalised)"))),
}

PERSPECTIVES = [
    P("tc_residents", "As seen by residents of Tierra Caliente", "tc_comm",
      "How many residents who joined or backed the uprising describe it: the self-defence groups are "
      "their own people (a close relationship, not only protection), and the alleged CJNG backing of "
      "the groups -- alleged by the Templars and some officials, denied by the groups' leaders -- is "
      "not part of their picture.",
      lambda r: [UpdateTie(r.tie("autodef", "protective", "tc_comm"), {"kind": "trust", "strength": 3}),
                 RemoveItems(tie_ids=[r.tie("cjng", "symbiotic", "autodef")])]),
]

SPEC = MapSpec(
    slug="mexico_kingpin_strategy",
    title="Mexico under the kingpin strategy, 2006-2018",
    description=DESCRIPTION,
    viewpoint="Mapped from the perspective of an outside analyst of violence reduction, from public "
              "accounts only; a teaching map of how leader removals split organisations.",
    as_of=date(2018, 11, 30),
    actors=ACTORS,
    ties=TIES,
    views=VIEWS,
    agreements=AGREEMENTS,
    scenarios=SCENARIOS,
    actor_dates=ACTOR_DATES,
    events=EVENTS,
    labels=LABELS,
    perspectives=PERSPECTIVES,
)
