"""Reporting terms, units and non-facts of this language (read by extract/engine.py).

Regex fragments, matched case-insensitively on whole words; noun entries match one token.
Triggers are (regex, term, measure); where two overlap at one place the longest wins.
"""

from dataclasses import replace

from uprooted.lang.base import TermData

_CAMP = (
    r"(?:relief|idp|displacement|refugee|transit|temporary|tent|government|evacuation|un|makeshift)?\s*camps?"
    # ("the camp manager said", "camp officials": the people who run a camp, not a place of stay)
    r"(?!\s+(?:managers?|management|officials?|directors?|administrators?|administration|leaders?|"
    r"committees?|authorit(?:y|ies)|coordinators?|staff|chiefs?|commanders?|spokes(?:man|woman|person)))"
)
_CENTRE = (
    r"(?:evacuation|collective|reception|rest|emergency|relief|transit|community|temporary|"
    r"evacuee|displacement|holding|accommodation)\s+(?:cent(?:re|er)s?|sites?|shelters?|facilit(?:y|ies))"
    # ("emergency shelter kits", "emergency shelter assistance": aid handed out, not a place)
    r"(?!\s+(?:kits?|materials?|items?|assistance|support|repairs?|partners?|sector|cluster|response|"
    r"programmes?|solutions|upgrades?|tool\s*kits?))"
)

TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders and projections: at_risk.
    (
        r"(?:were|was|been|are|is|being)?\s*(?:ordered|told|urged|advised|asked|instructed|warned)\s+to\s+"
        r"(?:evacuate|leave|flee|move)",
        "at_risk",
        "at_risk",
    ),
    # "urged 87,327 residents to take shelter", "were urged by authorities to flee": an order or a
    # plea, not a move carried out. The people ordered may be named at length within the clause
    # ("ordered more than 12,000 people living near the volcano in North Sulawesi to evacuate");
    # "ordered" alone makes a bare "to leave" an evacuation order ("ordered all 20,000 people to
    # leave by noon"), a plea to leave does not ("asked 300 fans to leave the stadium").
    (
        r"(?:ordered|told|urged|advised|asked|instructed|warned|called\s+on)\s+(?:[^\s;:]*[^\s,.;:]\s+){1,14}?to\s+"
        r"(?:evacuate|leave\s+(?:their|the|its)\s+(?:homes?|houses?|area|village|town|city)|flee|"
        r"take\s+shelter|seek\s+(?:shelter|refuge)|move\s+to\s+(?:higher|safer|safe))"
        r"|ordered\s+(?:[^\s;:]*[^\s,.;:]\s+){1,14}?to\s+leave\b",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:mandatory\s+|compulsory\s+|voluntary\s+)?evacuation\s+(?:orders?|warnings?|notices?|advisor(?:y|ies)|alerts?)|ordered\s+(?:the\s+)?"
        r"(?:(?:mandatory|pre-?emptive|preventive|precautionary|forced|immediate|compulsory)\s+)?evacuations?(?:\s+of)?|on\s+standby\s+for\s+evacuation",
        "at_risk",
        "at_risk",
    ),
    (r"(?:under|facing|face)\s+(?:an?\s+)?(?:mandatory\s+)?evacuation", "at_risk", "at_risk"),
    (
        r"mobili[sz](?:ing|ed|es)\s+to\s+evacuate|(?:plans?|preparing|prepared)\s+to\s+evacuate",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:could|may|might|would|will|can)\s+(?:\w+\s+)?(?:be|become|get|have\s+to\s+be)\s+"
        r"(?:displaced|evacuated|uprooted|forced\s+(?:to\s+flee|from\s+their\s+homes|out))",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:could|may|might|would|will)\s+(?:\w+\s+)?(?:have\s+to\s+)?(?:flee|leave\s+their\s+homes)",
        "at_risk",
        "at_risk",
    ),
    (
        # ("45,000 are estimated to be displaced" is an estimate of people displaced, not a projection)
        r"(?:expected|likely|set|forecast|projected|predicted)\s+to\s+(?:be|become)\s+"
        r"(?:displaced|evacuated|uprooted)",
        "at_risk",
        "at_risk",
    ),
    (
        r"at\s+risk\s+of\s+(?:being\s+)?(?:displacement|displaced|eviction|evicted|evacuation|forced)",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:caught|trapped)\s+in\s+the\s+cross-?fire|in\s+harm'?s\s+way|in\s+the\s+line\s+of\s+fire",
        "at_risk",
        "at_risk",
    ),
    # Sheltered: camps (in_relief_camp) and other emergency accommodation (sheltered).
    (_CAMP, "in_relief_camp", "sheltered"),
    (_CENTRE, "sheltered", "sheltered"),
    (
        r"(?:took|taken|take|taking|sought|seek|seeking|found|find)\s+(?:temporary\s+)?(?:shelter|refuge(?=\s+(?:in|at)\s+"
        r"(?:\S+\s+){0,3}?(?:camps?|shelters?|cent(?:re|er)s?|schools?|church(?:es)?|mosques?|temples?|pagodas?|monaster(?:y|ies)|"
        r"halls?|tents|stadiums?|gym(?:nasium)?s?)))",
        "sheltered",
        "sheltered",
    ),
    # "staying with relatives", "sought refuge with friends": people who left home and live
    # among their own, not put up in a shelter (facts.md: shelters are camps, collective centres,
    # hotels, schools); the longer match wins over "sheltering" alone. (Not host families: the
    # shared IDMC gold counts people "staying with host families" as sheltered, idetect-0186/0234.)
    (
        r"(?:staying|stay|stays|stayed|living|li(?:ve|ves)|lived|sheltering|sheltered|hosted|housed|accommodated|"
        r"residing|resid(?:e|es|ed)|(?:taking|took|taken|found|seeking|sought)\s+refuge)\s+(?:temporarily\s+)?with\s+"
        r"(?:their\s+|other\s+)?(?:relatives|friends|famil(?:y|ies)|extended\s+famil(?:y|ies)|"
        # (not "host communities": "IDPs live with host communities" names the displaced by
        # their noun, and a count of hosts and displaced together is no fact: features.OTHER_REASONS)
        r"neighbou?rs)",
        "displaced",
        "displaced",
    ),
    # "taking refuge in Batur district": people who left home, not (yet) in a shelter.
    (
        r"(?:took|taken|take|taking|sought|seek|seeking|found|find)\s+(?:temporary\s+)?refuge",
        "fled",
        "displaced",
    ),
    (
        # ("Shelter partners assisted 12,500 households", "the shelter sector": the sector of aid,
        # not a place people stay in)
        # ("rehabilitated 940 shelter units": the dwellings repaired, not people in a shelter)
        # ("100,000 people in need of urgent shelter": a need, not a place of stay: a soft blocker)
        r"shelter(?:s|ing|ed)?(?!\s+(?:kits?|materials?|items?|assistance|support|repairs?|needs|cluster|units?|"
        r"tool\s*kits?|upgrades?|solutions|partners?|sector|actors?|agenc(?:y|ies)|working\s+group|"
        r"programmes?|programs?|projects?|interventions?|response|activities|coordinators?)|\s*(?:/|&|-|\band\b)\s*(?:nfis?|non-?food)\b)|host\s+famil(?:y|ies)|hotels?|sports?\s+halls?|gymnasiums?|"
        # "17,000 school children", "after school": schools as schools, not as shelters
        # ("19 million school-age children are out of school": schooling, not a place of stay)
        r"(?<!after\s)(?<!attend\s)(?<!attends\s)(?<!attending\s)(?<!attended\s)(?<!to\s)(?<!at\s)(?<!of\s)"
        r"schools?(?![\s-]*(?:children|kids|pupils|students|"
        r"teachers|buildings|age[ds]?|fees|year|bus(?:es)?|holidays?|days?))|"
        r"churches|mosques|public\s+buildings|tents",
        "sheltered",
        "sheltered",
    ),
    # ("hosted by relatives", "hosted in various districts", "hosted in Latin America": people
    # living among others, not put up in a shelter)
    (
        r"(?:temporarily\s+)?(?:housed|accommodated|lodged|hosted)(?!\s+(?:by|with|among|"
        r"in\s+(?:(?:the|various|several|different|other|many|neighbou?ring|host)\s+)?(?:\w+\s+)?(?:districts?|"
        r"provinces?|regions?|countries|communit(?:y|ies)|governorates?|municipalit(?:y|ies)|areas?|states?)\b|"
        r"in\s+(?-i:[A-Z])))",
        "sheltered",
        "sheltered",
    ),
    # ("465,000 IDPs live in close to 1,300 sites", "refugees who reside in the camps"; a
    # detention centre holds people, it does not shelter them)
    (
        r"(?:staying|stay(?:s|ed)?|living|li(?:ve|ves)|resid(?:e|es|ed|ing)|sheltering|housed|accommodated|remain(?:ed|ing)?|"
        r"were|are)\s+(?:still\s+|temporarily\s+|now\s+|currently\s+)?(?:in|at)\s+(?:(?!detention)\S+\s+){0,3}?camps?",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"(?:staying|stay(?:s|ed)?|living|li(?:ve|ves)|resid(?:e|es|ed|ing)|sheltering|housed|accommodated|remain(?:ed|ing)?|"
        r"were|are)\s+(?:still\s+|temporarily\s+|now\s+|currently\s+)?(?:in|at)\s+(?:(?!detention|need\b)\S+\s+){0,3}?"
        r"(?:shelters?|cent(?:re|er)s?|schools?|hotels?|sites?|churches|mosques|tents|accommodation)",
        "sheltered",
        "sheltered",
    ),
    # "left the camps and are headed for home": leaving a camp; a return said right after it
    # makes it a return (the engine checks), else people on the move again.
    (
        r"(?:left|leaving|leave|leaves|quit|abandoned)\s+(?:the\s+|their\s+|these\s+)?(?:\w+\s+)?"
        r"(?:camps?|relief\s+camps?|shelters?|evacuation\s+cent(?:re|er)s?)",
        "left_camp",
        "displaced",
    ),
    # Returns.
    (
        r"(?:are\s+|were\s+)?(?:head(?:ed|ing|s)?|going|went|on\s+their\s+way)\s+(?:back\s+)?(?:for\s+|to\s+their\s+)?home(?:s)?",
        "returned",
        "returned",
    ),
    (
        r"left\s+(?:the\s+|their\s+)?(?:relief\s+)?(?:camps?|shelters?|sites?)\s+(?:\S+\s+){0,2}?"
        r"(?:heading|headed|going|to\s+go|to\s+return)\s+(?:back\s+)?home|"
        r"head(?:ed|ing)\s+(?:back\s+)?home|made\s+(?:their|the)\s+way\s+(?:back\s+)?home|"
        r"(?:came|come|comes|coming)\s+home|"
        # "18,400 people crossed back" (into the country they had fled)
        r"cross(?:ed|es|ing)?\s+back",
        "returned",
        "returned",
    ),
    (
        r"return(?:ed|ing|s)?(?!\s+to\s+(?:the\s+)?(?:shore|harbou?r|port|sea|base|work|school|normal|power|office|"
        r"duty|service|class(?:es)?|the\s+(?:pitch|field|stage)))|returnees?|went\s+back|gone\s+back|go\s+back|going\s+back|came\s+back|"
        r"back\s+(?:to\s+their\s+homes|home)|repatriated|repatriation",
        "returned",
        "returned",
    ),
    # Remaining, trapped.
    (
        # ("at the same cut-off time", "the cut-off date": a report's closing time, not people cut off)
        r"trapped|besieged|under\s+siege|encircled|stranded|cut[\s-]+off(?![\s-]+(?:times?|dates?|points?|periods?))|stuck|with\s+no\s+means\s+to\s+leave",
        "trapped",
        "remaining",
    ),
    (
        # ("two remain in critical condition", "in hospital", "in custody": a state, not a place
        # people stayed in; "the remaining 43,000 are staying in open areas": the rest of them)
        r"remain(?:s|ed|ing)?\s+(?:in(?!\s+(?:an?\s+)?(?:critical|serious|stable|good|poor|fair|grave|"
        r"intensive)\b|\s+(?:hospital|custody|detention(?!\s+(?:cent|facilit))|office|power|place|force|effect|touch|contact|"
        r"charge|control|doubt)\b)|inside|behind|within)|remaining(?!\s+\(?\d)(?:\s+(?:civilian\s+)?population)?|"
        # ("still live in camps", "still in evacuation centres": the people's place of stay is a
        # shelter, so they are sheltered, not left behind where they were)
        r"stayed\s+behind|still\s+(?:live|living|lives|in|inside)(?!\s+(?:in\s+)?(?:\w+\s+){0,2}?"
        r"(?:camps?|shelters?|tents?|(?:evacuation|collective|reception|relief)\s+(?:cent(?:re|er)s?|sites?)))|left\s+behind|unable\s+to\s+(?:leave|flee)|"
        r"(?:waiting|unable|yet|still\s+waiting)\s+to\s+(?:return|go\s+(?:back|home))",
        "remaining",
        "remaining",
    ),
    # Displaced.
    (
        r"forced\s+(?:\S+\s+){0,6}?(?:to\s+flee|to\s+leave|to\s+migrate|to\s+move|from\s+(?:their|its|his|her)\s+homes?|out\s+of\s+"
        r"(?:their|its)\s+homes?|to\s+abandon|(?:off|from)\s+(?:their|its|his|her|the)\s+(?:ancestral\s+)?lands?)",
        "fled",
        "displaced",
    ),
    # "floods have driven 538,000 people from their homes", "the fighting drove thousands out of
    # their homes", "pushed 20,000 villagers from their homes": made to leave, like "forced"
    (
        r"(?:driv(?:en|e|es|ing)|drove|push(?:ed|es|ing)|chas(?:ed|es|ing))\s+(?:\S+\s+){0,6}?"
        r"(?:from|out\s+of)\s+(?:their|its|his|her)\s+(?:homes?|houses?|villages?)",
        "fled",
        "displaced",
    ),
    # "forced 300,000 people into evacuation shelters": moved out (the shelter right after it
    # is a second measure of the same people)
    (
        # "moved 800,000 people from the coast into cyclone shelters", "shifted 5,000 villagers to
        # relief camps": the same, with the verbs of an ordered move
        r"(?:forced\s+(?:\S+\s+){0,4}?|(?:moved|shifted|relocated|transferred)\s+(?:\S+\s+){1,6}?)(?:into|to)"
        r"(?=\s+(?:\w+\s+)?(?:shelters?|camps?|cent(?:re|er)s?)\b)",
        "evacuated",
        "displaced",
    ),
    (r"fled|flee(?:s|ing)?|flight|escaped|fleeing|ran\s+away|run\s+from", "fled", "displaced"),
    (
        r"(?:internally\s+|newly\s+|forcibly\s+)?displace(?:d|ment|ments)?|idps?|uprooted|uproot(?:ing|s)?|"
        r"driven\s+(?:from|out|off\s+(?:their|its|the)\s+(?:ancestral\s+)?lands?)|chased\s+(?:from|out)|left\s+(?:their|its)\s+homes?|abandoned\s+(?:their|its)"
        r"\s+homes?|on\s+the\s+move",
        "displaced",
        "displaced",
    ),
    (
        r"evacuat(?:ed|ion|ions|ing|e)|evacuees?|airlifted|moved\s+(?:to\s+)?(?:safer|higher)\s+(?:ground|areas?|places?)|"
        r"rescued\s+and\s+(?:moved|relocated|taken|evacuated)",
        "evacuated",
        "displaced",
    ),
    # Moves carried out, in the words of news reports: "moved 750,000 people out of the storm's
    # path", "taken by boat to the neighbouring island", "flown out on military flights", "a
    # further 1,300 had been moved". Not the injured or detained taken somewhere ("taken to
    # nearby hospitals", "moved to a prison").
    (
        r"(?:moved|took|taken|brought|got|ferried|bused|bussed)\s+(?:[^\s;:]*[^\s,.;:]\s+){0,6}?out\s+of\s+"
        r"(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+)?(?:path|way|danger\s+zones?|exclusion\s+zones?)"
        r"|flown\s+out|(?:taken|carried|ferried|bused|bussed|moved|brought)\s+(?:by\s+(?:boat|bus|road|air|helicopter|"
        r"ferry|plane|truck|lorry|canoe)\s+)?(?:to\s+(?:safety|safer|higher)|to\s+(?:the\s+)?(?:neighbou?ring|nearby)\b)"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|health|medical|police|prisons?|jails?|courts?|morgues?))"
        r"|(?:had|have|has|were|was)\s+been\s+moved\b"
        r"(?!\s+(?:to|into)\s+(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|health|medical|police|prisons?|jails?|courts?|"
        r"morgues?|intensive))",
        "evacuated",
        "displaced",
    ),
    # "sending thousands of people out of their homes": made to leave, like "driven"
    (
        r"(?:sen(?:d|ds|ding|t))\s+(?:[^\s;:]*[^\s,.;:]\s+){0,6}?(?:out\s+of|from)\s+(?:their|its|his|her)\s+"
        r"(?:homes?|houses?|villages?)",
        "fled",
        "displaced",
    ),
    (
        r"(?:left\s+|rendered\s+|made\s+)?homeless|without\s+(?:a\s+)?(?:shelter|roof|homes?)|"
        r"lost\s+(?:their|his|her)\s+homes?|(?:had|have|saw)\s+their\s+(?:homes?|houses?)\s+(?:destroyed|"
        r"washed\s+away|razed|flattened|burn(?:ed|t))",
        "homeless",
        "displaced",
    ),
    (
        r"lost\s+(?:their|his|her)\s+(?:homes?|houses?)|(?:had|have|saw)\s+their\s+(?:homes?|houses?)\s+"
        r"(?:destroyed|washed\s+away|razed|flattened|burn(?:ed|t))",
        "destroyed_housing",
        "homes_destroyed",
    ),
    (r"relocat(?:ed|ion|ing)|resettled|resettlement|moved\s+to", "relocated", "displaced"),
    (r"evict(?:ed|ion|ions)|forcibly\s+removed|demolitions?", "evicted", "displaced"),
    (r"refugees?|crossed\s+(?:the\s+border\s+)?into", "refugees", "displaced"),
    (
        r"arrived\s+in|(?:newly\s+)?arriv(?:ed|ing|als)|moved\s+away|"
        # "pushed by drought over the border"
        r"pushed\s+(?:by\s+(?:\w+\s+){1,2}?)?(?:over|across|into|out)",
        "displaced",
        "displaced",
    ),
    (
        r"asylum[\s-]+(?:seekers?|applicants?)|sought\s+asylum|seek(?:ing)?\s+asylum|applied\s+for\s+asylum|asylum\s+"
        r"(?:applications?|claims?|requests?)",
        "asylum_seekers",
        "displaced",
    ),
    # Homes (only for figures counting homes, households or families).
    (
        # ("300 houses were eroded by the river", "lost to river erosion": gone with the bank)
        r"(?:totally\s+|completely\s+|fully\s+)?(?:destroyed|razed|flattened|collapsed|toppled(?:\s+down)?|washed\s+away|"
        r"(?:(?:were|was|been)\s+)?eroded(?=\s+(?:by|away|in|into|along))|eroded\s+away|lost\s+to\s+(?:river\s+)?erosion|"
        r"swept\s+away|burn(?:ed|t)(?:\s+down)?|levell?ed|gutted|torched|demolished|obliterated)|"
        r"(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:completely\s+|totally\s+)?lost|"
        r"destruction\s+of|collapse\s+of|"
        # "6,150 houses were fully damaged and 19,800 partially damaged" (South Asian disaster
        # reports: a home fully damaged is destroyed)
        # not the second half of "partially or fully damaged" (the wider count, damaged)
        r"(?<!\bor\s)(?<!\band/or\s)(?<!\bor\s\s)(?:fully|completely|totally)\s+damaged(?!\s+(?:or|and/or)\s)",
        "destroyed_housing",
        "homes_destroyed",
    ),
    # A combined total ("146,000 homes destroyed or damaged", "damaged or destroyed") counts the
    # damaged homes, the wider of the two (a destroyed home was damaged too); only a figure of
    # its own after each word ("destroyed 300 and damaged 1,200") counts the destroyed alone.
    # Longer than either word, so it wins the overlap.
    (
        r"(?:totally\s+|completely\s+|fully\s+)?(?:destroyed|demolished|collapsed)\s+(?:or|and/or|and)\s+"
        r"(?:partially\s+|partly\s+|badly\s+|severely\s+)?damaged|"
        r"(?:partially\s+|partly\s+|badly\s+|severely\s+)?damaged\s+(?:or|and/or|and)\s+"
        r"(?:totally\s+|completely\s+|fully\s+)?(?:destroyed|demolished|collapsed)",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (
        r"(?:partially|partly|badly|severely)\s+(?:destroyed|damaged)|damage[ds]?|flooded|inundated|"
        r"submerged|cracked",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (r"uninhabitable|unsafe\s+to\s+live", "uninhabitable_housing", "homes_destroyed"),
)

# a receiving verb right before a count of people: people taken in, not aid ("received 2,990
# new IDPs"; "received 3,000 kits" and "families received cash" stay aid)
_NOT_PEOPLE_TAKEN_IN = (
    r"(?!\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|"
    r"up\s+to|close\s+to|another|an\s+additional)\s+)?\d[\d,.]*\s+(?:(?:more|new|newly|additional|further)\s+)?"
    r"(?:\w+\s+)?(?:idps?|refugees|returnees|asylum[\s-]seekers|evacuees|displaced|arrivals|migrants|people|persons|"
    r"individuals)\b)"
)

# the displaced groups a report counts together with their hosts (non_fact_after)
_GROUP = r"(?:people|persons|individuals|idps?|refugees|returnees|migrants|asylum[\s-]+seekers|displaced)"

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(
        r"people|persons?|individuals|civilians|residents|inhabitants|villagers|islanders|locals|citizens|"
        r"townspeople|populations?|population|souls|men|women|children|kids|boys|girls|minors|elderly|"
        r"idps?|refugees|evacuees|returnees|displaced|homeless|migrants|asylum[\s-]?seekers|applicants|"
        r"\w*displacements|workers|labou?rers|employees|victims|"
        r"survivors|dwellers|nationals|farmers|herders|pastoralists|fishermen|tribesmen|"
        r"members|"
        # Demonyms and group names: a capitalised plural after a figure ("195,000 Iraqis").
        r"(?-i:[A-Z][a-z]+(?:ans|is|ese|ites|ees|ya|ds|ks|urs|ars|ians))|rohingyas?|brus?|yazidis?",
    ),
    unit_nouns={
        "families": (r"famil(?:y|ies)|famil(?:y|ies)['’]s?|familis",),
        "households": (r"households?|households['’]?",),
        "homes": (
            r"homes?|houses?|dwellings?|housing(?:\s+units)?|huts|shelters|homesteads|residences|"
            r"apartments|flats|buildings|structures|households['’]\s+homes",
        ),
    },
    non_fact_nouns=(
        r"fighters|militants|soldiers|troops|rebels|insurgents|combatants|militiamen|militias?|"
        r"police(?:men)?|officers|personnel|firefighters|rescuers|staff|volunteers|"
        r"jihadists|gunmen|guerrillas|marines|guards|recruits|prisoners|detainees|inmates|hostages|"
        r"patients|passengers|students|pupils|teachers|tourists|visitors|spectators|voters|"
        r"delegates|journalists|casualties|deaths|bodies|cases|contacts|doctors|nurses|"
        r"tons|tonnes|mt|kg|kilos|km|kilometres|kilometers|miles|metres|meters|feet|hectares|acres|mm|cm|"
        r"days?|weeks?|months?|years?|hours?|minutes?|times|percent|cent|dollars|euros|"
        r"tents|blankets|kits|trucks|lorries|vehicles|cars|buses|boats|ships|vessels|helicopters|"
        r"aircraft|planes|flights|rockets|shells|mortars|bombs|missiles|airstrikes|strikes|raids|"
        r"attacks|incidents|explosions|schools|hospitals|clinics|villages|districts|provinces|"
        r"countries|communities|towns|cities|sites|centres|centers|camps|settlements|"
        r"municipalities|regions|states|counties|parishes|barangays|neighbourhoods|neighborhoods|"
        r"areas|locations|roads|bridges|cattle|livestock|animals|head|sheep|goats|cows|chickens|"
        r"acres|crops|fires|wildfires|blazes|earthquakes|aftershocks|meals|rations|litres|liters|"
        r"applications|beds|rooms|spaces|places|ngos|organisations|organizations|agencies|"
        r"mm|inches|degrees|votes|seats|points|calls|reports|documents|"
        # things and events counted in disaster reports: "2,000 sleeping bags", "14 disasters
        # displaced ...", "20 gatherings of people", "99 public buildings", "6 of 11 blocks"
        r"bags|sets|packs|packages|parcels|tarpaulins|nets|jerrycans|mattresses|items|gatherings|"
        r"disasters|landslides|mudslides|blocks|public|non-?residential|commercial|businesses|shops|"
        r"stores|warehouses|factories|latrines|toilets|classrooms|offices|temples|tanks|wells|pumps|"
        # the admin units and premises reports count: "sites in 78 LGAs", "near 154 UNRWA
        # installations", "in 12 woredas"
        r"lgas|woredas|upazilas|unions|governorates|localities|territories|sub-?districts|sub-?counties|"
        r"installations|premises|facilities|partners|"
        # "only 119 evacuations could be conducted", "881 evacuation requests": operations and
        # requests counted, not the people they moved ("UNHCR has evacuated 1,858 people" counts them;
        # "2,000 asylum requests" are asylum seekers, a term)
        r"evacuations|operations|missions",
    ),
    casualty_words=(
        r"killed|kill(?:s|ing)?|dead|died|die|dying|deaths?|death\s+toll|lives|lost\s+their\s+lives|"
        r"injur(?:ed|ies|ing)|wounded|hurt|missing|drowned|perished|bodies|casualties|fatalities|"
        r"massacred|executed|slain|murdered|buried|trapped\s+under|under\s+(?:the\s+)?rubble",
    ),
    soft_blockers=(
        # "in need of (urgent, adequate) shelter": a need, not a stay in one (first, and longer
        # than the shelter term inside it, which it hides)
        r"(?:in\s+(?:\w+\s+)?)?need\s+of\s+(?:[\w-]+\s+){0,2}shelters?",
        r"affected|affecting|impacted|in\s+(?:\w+\s+)?need|reach|reaching|aim(?:s|ing)?\s+to\s+(?:reach|help|assist|support)|need(?:ing|s)?|require(?:d|s)?|requiring|assisted|"
        r"received|receiving|benefit(?:ed|ted|ing)|reached|registered\s+to\s+vote|vaccinated|"
        r"treated|hospitali[sz]ed|infected|sick|arrested|detained|kidnapped|abducted|rescued|"
        r"starving|malnourished|food[\s-]insecure|suffered\s+losses|employed|protest(?:ed|ing)|"
        r"exposed|in\s+the\s+(?:\w+\s+)?path|live|living\s+in\s+(?:areas|regions|zones)|"
        r"out\s+of\s+school|(?:deprived|denied)\s+of\s+(?:an\s+)?(?:education|schooling)|missing\s+school",
    ),
    negations=(r"no|not|never|none|nobody|no\s+one|neither|nor|without",),
    hypotheticals=(
        # ("could have fled", "may have been displaced": a guess about what already happened,
        # an estimate of people displaced, not a projection; "could have to flee" is one)
        r"(?:could|(?-i:may)|might)(?!\s+have\b(?!\s+to\b))|would|will|expected|expect|likely|feared|fear|fears|forecasts?|projected|"
        r"predicted|plans?|planned|planning|scheduled|prepar(?:e|ed|ing)|threaten(?:ed|s)?|potentially|hop(?:e|ing)|"
        r"possible|contingency|scenario|if",
    ),
    bare_followers=(
        r"the|a|an|of|in|on|at|to|from|for|by|with|as|and|or|but|while|who|whom|which|that|whose|"
        r"have|has|had|having|were|was|are|is|be|been|being|will|would|could|can|may|might|must|"
        r"should|shall|do|did|does|still|now|already|more|others|other|another|this|these|those|"
        r"since|after|before|during|between|across|into|inside|out|up|down|so|also|reportedly|"
        r"respectively|currently|recently|remain|remained|remaining|live|lived|living|stay|stayed|"
        r"staying|took|take|sought|moved|arrived|crossed|left|went|got|came|made|became|"
        r"including|among|around|near|outside|within|across|under|over|about|last|this|"
        r"\w+ed|\w+ing|[a-z]+ly",
    ),
    noun_gap_words=(
        r"of|more|other|others|new|newly|additional|further|another|internally|forcibly|mostly|"
        r"registered|estimated|displaced|affected|local|civilian|vulnerable|poor|urban|rural|"
        r"them|whom|whom|which|those|these|the|of\s+them|\w+ian|\w+ese|\w+i|\w+an",
    ),
    non_fact_before=(
        # ("currently provide shelter for some 7,000 people": who is sheltered now, not a capacity)
        r"(?<!provide\s)(?<!provides\s)(?<!provided\s)(?<!providing\s)(?<!provide\sadequate\s)"
        r"(?:tents?|shelters?|room|space|capacity|accommodation|housing|homes|beds|places|camps?|"
        r"sites?|facilit(?:y|ies)|enough)\s+(?:for|to\s+(?:house|accommodate|shelter|host|hold))\s*$",
        r"capacity\s+(?:of|to\s+\w+)\s*$",
        # "a camp designed for 250,000", "able to house 5,000": what a place holds, not who is there
        r"(?:designed|built|meant|intended|planned|equipped|made|big\s+enough|set\s+up|established)\s+(?:for|to\s+(?:house|hold|"
        r"accommodate|shelter|host))\s*$",
        # ("the extension can host 50,000 people": room for them, not people there)
        r"(?:can|could|will|would|able\s+to)\s+(?:\w+\s+)?(?:house|hold|accommodate|take\s+in|host|shelter)\s*$",
        # "the loss of lives of almost 1,000 refugees", "the killing of 12 IDPs": the dead
        r"(?:deaths?|killings?|loss\s+of\s+(?:the\s+)?lives|lives\s+lost|bodies|remains|murders?|drownings?|"
        r"massacre)\s+of\s+$",
        # "a boat carrying around 123 refugees and migrants sank": people on board a vehicle
        r"(?:boats?|vessels?|ships?|dinghy|dinghies|rafts?|canoes?|buses|bus|trucks?|lorr(?:y|ies)|planes?|"
        r"flights?|trains?)\s+(?:\w+\s+)?(?:carrying|transporting|with)\s+(?:an?\s+estimated\s+)?$",
        # "Square 2", "Block 5": a numbered part of a camp or a town
        r"(?:square|block|sector|zone|section|ward|gate|lane|street|plot|phase)\s*$",
        # "Of the 18 collective centres, 5 are in Gaza City": the 5 counts centres
        r"of\s+the\s+\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:cent(?:re|er)s|camps|shelters|schools|sites|states|"
        r"provinces|districts|counties|villages|facilities)\s*,\s*$",
        # "power restored to 721 households"
        r"(?:power|electricity)\s+(?:\w+\s+){0,2}(?:to|for)\s*$",
        r"(?:rose|increased|dropped|fell|decreased|declined|grew|jumped|climbed|risen|fallen|reduced)\s+"
        r"by\s*$",
        r"(?<!\w)(?:aged?|ages|age\s+of|home\s+to|town\s+of|city\s+of|village\s+of)\s*$",
        # (the population of a camp or a site is who lives there: sheltered, roles.py)
        r"^(?:(?!\b(?:camps?|sites?|settlements?|shelters?|cent(?:re|er)s)\b).)*(?<!\w)population\s+of\s*$",
        # a report's or a section's number: "Weekly Update #31", "Area of Intervention 2"
        r"(?:#|(?:update|bulletin|sitrep|snapshot|issue|edition|intervention|outcome|objective|pillar)\s*"
        r"(?:no\.?|n°)?)\s*$",
        r"(?:route|highway|road|no\.|flight|resolution|article|km|kilometre|chapter|"
        r"grade|level|category|phase)\s*$",
        r"(?:over|of)\s+the\s+(?:past|last|next)\s*$",
        # "(population 25,400)": how many live there, not how many moved (a camp's or a site's
        # population, "Camp population: 14,380", is who lives there: sheltered, as above)
        r"^(?:(?!\b(?:camps?|sites?|settlements?|shelters?|cent(?:re|er)s)\b).)*(?<!\w)populations?\s*:?\s*$",
        # "13,000 people per million inhabitants": a denominator
        r"(?<!\w)per\s*$",
        # "The allocation targets 15,000 IDP families": a plan's target group
        r"(?<!\w)(?:targets|targeting|targetting)\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|"
        r"more\s+than|at\s+least|up\s+to|another|an\s+additional)\s+)?$",
        # "enumerators interviewed 3,604 households", "the survey covered a sample of 1,200
        # IDPs": a survey's sample, not the people a term counts
        r"(?:interviewed|surveyed|sampled|polled|questioned|(?:sample|survey)\s+of)\s+(?:a\s+(?:total|sample)\s+of\s+)?"
        r"(?:(?:some|about|around|over|nearly|almost|approximately|more\s+than)\s+)?$",
        # "Kakuma's host community of 180,000 people": the hosts, not the displaced
        r"\bhost(?:ing)?[\s-]+(?:communit(?:y|ies)|populations?)\s*(?:of|:)?\s*(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?$",
        # "IDP households surveyed: 1,204", "Returnees targeted: 40,000": a label naming a
        # survey's sample or a plan's target group
        r"(?:surveyed|interviewed|sampled|assessed|consulted|targeted)\s*:\s*$",
        # "People targeted: 1.1 million | of whom IDPs: 410,000", "People in need: 2 million,
        # including 500,000 IDPs": a part of a target group or of the people in need, counted for
        # the same reason as the whole
        r"(?:targeted|in\s+need|reached|assisted)\s*:\s*\d[\d,.]*\s*(?:million|m|k|bn)?\s*[|,;(]?\s*"
        r"(?:of\s+(?:whom|which)|including|incl\.|among\s+(?:them|whom))\s*(?:[^\W\d][\w-]*\s*){0,3}:?\s*$",
        # "daily arrivals averaged 1,100", "an average of 40 households": a mean, not people counted
        r"\baverag(?:ed|es|ing)\s+(?:(?:some|about|around|over|nearly|almost|approximately|close\s+to)\s+)?$",
        r"\ban\s+average\s+of\s+(?:(?:some|about|around|over|nearly|almost|approximately|close\s+to)\s+)?$",
        # "mediation prevented the eviction of 2,240 households": a move that did not happen
        r"\b(?:prevent(?:ed|ing|s)?|avert(?:ed|ing|s)?|avoid(?:ed|ing|s)?|stopp(?:ed|ing)|stops?|halt(?:ed|ing|s)?)\s+(?:the\s+)?"
        r"(?:forced\s+|imminent\s+|planned\s+)?(?:evictions?|evacuations?|displacement|relocations?|deportations?)\s+of\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?$",
    ),
    remain_keeps_displaced_noun=True,
    # "9,417 migrants were observed arriving in Obock": migrants arriving, with no word of flight
    # in the sentence or the one before, are no fact (facts.md); people arriving stay displaced
    arrival_words=(r"arriv(?:ed|ing|als?|es)",),
    people_non_fact_before=(
        # "provided humanitarian assistance to 540 families who were displaced", "distributed cash
        # aid to 120 displaced families", "delivered food to some 4,150 people in shelters": the
        # recipients of aid handed out, counted because they received it (not "provided shelter
        # to 5,000 people", "gave refuge to 300 families": a place to stay; nor "provide protection
        # to 1.84 million IDPs": the mandate over a population, not items handed out)
        # ("paid rental subsidies to 2,150 households": cash handed out)
        r"(?:distribut(?:ed|es?|ing)|provid(?:ed|es?|ing)|deliver(?:ed|s|ing)?|handed\s+out|hand(?:s|ing)\s+out|gave|give[sn]?|"
        r"paid|pa(?:ys|ying)|transferr(?:ed|ing))\b"
        r"(?!\s+(?:(?:\w+\s+){0,2}?)(?:shelter(?!\s+(?:kits?|materials?|items?|assistance|support|repairs?|tool))|accommodation|refuge|housing|protection)\b)"
        r"[^.;:!?()]{0,50}?\bto\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|"
        r"at\s+least|up\s+to|close\s+to|another|an\s+additional|a\s+further)\s+)?$",
        # "the plan aims to reach 320,000 refugees", "a Flash Appeal to assist some 100,000
        # people": the people an aid plan is for, not a count of the displaced
        r"\bto\s+(?:reach|assist|support|target|serve|cover)\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?$",
        # "cash-for-work employed 1,860 IDPs", "trained 1,150 volunteer teachers": people counted
        # as workers or trainees, wherever they come from
        r"\b(?:employ(?:ed|s|ing)?|hir(?:ed|es|ing)|recruit(?:ed|s|ing)?|train(?:ed|s|ing)?)\s+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?$",
    ),
    non_fact_after=(
        # "six of the 10 states", "two of the school buildings": facilities and areas
        r"^\s*of\s+(?:the|these|those|its|their)\s+(?:\d[\d,.]*\s+)?(?:[\w-]+\s+){0,2}?(?:states|provinces|districts|"
        r"counties|camps|cent(?:re|er)s|shelters|schools|school\s+buildings|sites|villages|facilities)\b",
        # "721 households have regained access to electricity"
        r"^\W*(?:\w+\s+){0,2}(?:regained|restored|reconnected|got\s+back)\b",
        # ("400 people every three days", "1,000 a week": a rate of movement, not people counted)
        r"^\W*(?:\w+\s+){0,3}(?:a|per|each|every)\s+(?:(?:two|three|four|five|six|seven|ten|other|\d+)\s+)?"
        r"(?:days?|weeks?|months?|years?|hours?)\b",
        r"^\W*(?:\w+\s+){0,3}(?:daily|weekly|monthly|annually|yearly)\b",
        r"^\W*(?:\w+\s+){0,2}(?:on\s+board|aboard|with\s+symptoms|in\s+hospital)\b",
        # ("1.7 million people, or 75 percent of the population, have been displaced": the share
        # the figure is of a whole restates it; the term after the aside is still its own)
        r"^\W*(?:\w+\s+){0,2}(?:per\s+cent|percent)\b(?!\s+of\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:population|residents|inhabitants)\b)",
        # "356 refugees have been confirmed with COVID-19", "children aged 6-59 months were
        # vaccinated": people counted as cases or patients of a disease, wherever they stay ("tested
        # positive" alone is left to features.OTHER_REASONS, which names the reason)
        r"^\W*(?:[\w-]+\s+){0,6}?(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?(?:"
        r"(?:confirmed|identified|diagnosed)\s+(?:with|as\s+(?:positive|cases?)|positive)|vaccinated\s+against)\b",
        # "470 contacts in home quarantine and 63 in facility quarantine": held for a disease (a
        # bare "in quarantine" is left to features.OTHER_REASONS)
        r"^\W*(?:\w+\s+){0,3}?in\s+(?:home|facility|institutional|self)[\s-]+(?:quarantine|isolation)\b",
        r"^\W*(?:\w+\s+){0,2}years?\s+old\b",
        # "Cumulative cases: 14,382 (including 2,106 among IDPs)", "22,400 consultations among
        # displaced populations": a bare figure "among" a group counts the thing named before it
        # (cases, consultations) within the group, not the group (a noun right after the figure,
        # "2,000 people among the displaced", is read as usual: the phrase starts after it)
        r"^\s*among\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:idps?|refugees|displaced|returnees|"
        r"evacuees|migrants|asylum[\s-]+seekers|people\s+(?:living\s+)?in\s+(?:\w+\s+)?(?:camps|sites|displacement))\b",
        # "Of the 2,500 households surveyed, 40 per cent were displaced": a survey's sample, not
        # the people a term counts
        r"^\s*(?:[^\W\d][\w-]*\s+){0,3}?(?:surveyed|interviewed|sampled|polled)\b",
        # "53,000 IDPs and members of the host community", "6,000 refugees and host communities",
        # "9,000 returnees, IDPs and people from host communities": one count of the displaced and
        # the people hosting them, so no count of either (read after the figure's noun phrase; a
        # noun the phrase left out may come first, other groups of the list after it)
        r"^\s*(?:(?:[^\W\d][\w-]*\s+){0,2}?" + _GROUP + r")?\s*(?:\([^()\d]{1,20}\)\s*)?"
        r"(?:(?:,\s*(?:[^\W\d][\w-]*\s+){0,2}?" + _GROUP + r"\s*(?:\([^()\d]{1,20}\)\s*)?)+,?\s*)?"
        r"(?<=\s)(?:and|&|as\s+well\s+as)\s+(?:(?:members|people|persons|individuals)\s+(?:of|from|in)\s+)?"
        r"(?:the\s+|their\s+|local\s+|surrounding\s+)*host(?:ing)?\s+(?:communit(?:y|ies)|populations?)\b",
        # a rate: "13,000 people per million inhabitants"
        r"^\W*(?:\w+\s+){0,2}per\s+(?:million|thousand|hundred|capita|head|\d)",
        # "two of the landslides", "one of the incidents": events, not people
        r"^\s*(?:out\s+)?of\s+(?:(?:the|these|those)\s+)?(?:\d[\d,.]*\s+)?(?:[\w-]+\s+){0,2}?(?:landslides|incidents|attacks|"
        r"disasters|floods|storms|fires|blocks|areas|towns|cities|regions|municipalities|settlements|"
        r"neighbou?rhoods)\b",
        # "11960 East Street": an address
        r"^\s+(?-i:(?:[A-Z]\w*\s+){0,2}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Lane|Way))\b",
        # "the 2018 Regional Refugee Response Plan": a plan's year, not people
        r"^\W*(?:[\w-]+\s+){0,3}?(?:response\s+plans?|appeals?)\b",
        # "7,400 people were returned to Guatemala", "418 migrants have been returned to Libya":
        # people sent back by authorities (deported, pushed back), not a return home ("were
        # returned to their villages", "were returned to areas of origin", "to safe areas" stay
        # returns: a place of one's own, not a country)
        r"^\W*(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:forcibly\s+)?returned\s+to\s+"
        r"(?!(?:their|his|her|its)\b|homes?\b|(?:[\w-]+\s+){0,2}?(?:areas?|places?|villages?|communit(?:y|ies)|towns?|"
        r"districts?|neighbou?rhoods?|locations?|lands?|houses?)\b|(?:[\w-]+\s+){0,2}?of\s+origin\b)",
        # "7,450 IDPs were registered for humanitarian assistance", "registered to receive cash":
        # people counted as enrolled for aid, not a count of the displaced (registration as
        # refugees or by DTM, "were registered as asylum seekers", stays a count)
        r"^\W*(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+(?:newly\s+|also\s+)?"
        r"registered\s+(?:for|to\s+receive)\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|distributions?|cash|food|relief|"
        r"support|services|vouchers|rations|transfers|grants?)\b",
        # "staying in 412 flood shelters", "across 61 IDP sites": a count of the places of stay
        # (not "300 emergency shelters were destroyed": homes lost)
        r"^\s+(?:flood|evacuation|emergency|temporary|collective|displacement|idp|relief|transit|reception|cyclone|"
        r"spontaneous|informal|planned|tent)\s+(?:shelters|cent(?:re|er)s|sites|camps|settlements)\b"
        r"(?!\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:\w+\s+)?(?:destroyed|damaged|burn|flooded|washed|razed))",
        r"^\W*and\s+a\s+half\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|km|kilomet\w+|miles|metres|meters)\b",
    ),
    non_home_evacuation=(
        r"(?:from|off|out\s+of|at)\s+(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:\w+\s+)?(?:ship|vessel|boat|"
        r"ferry|plane|aircraft|train|office|offices|factory|mine|plant|stadium|arena|mall|airport|"
        r"hospitals?|concert|festival|embassy|tower|platform|rig|building|jail|prison|university|"
        r"campus|hotel|cruise|oil\s+field)",
        r"passengers|crew|workers|staff|employees|diplomats|tourists|foreigners|foreign\s+nationals|"
        r"nationals|campers|holidaymakers|vacationers|holiday\s+park|campsite|camp\s*ground|caravan\s+park",
    ),
    clause_breaks=(
        r"(?<=\.)\s*-\s*(?=[A-Z])|;|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\balthough\b|\bmeanwhile\b",
    ),
    temporal_anaphora=(
        r"then|at\s+that\s+time|at\s+the\s+time|back\s+then",
        # and a consequence of what the sentence before tells, which happened when it did
        r"as\s+a\s+result|as\s+a\s+consequence|consequently",
        # and an addition to its account, of the same time
        r"additionally|in\s+addition|moreover|furthermore",
    ),
    origin_prepositions=(r"(?:from|out\s+of|fled)\s+(?:the\s+)?(?:\w+\s+){0,3}$",),
    destination_prepositions=(
        r"(?:to|into|towards|in\s+neighbouring|in\s+neighboring|across\s+the\s+border\s+(?:in|to))\s+(?:the\s+)?(?:\w+\s+){0,2}$",
        # "reached Turkey", "entered Uganda": where people went, as French "atteint" says; not
        # "arrived in", which reports of new arrivals use for the place counted
        r"(?:reached|reaching|entered|entering)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
        # "fled Sake heading for Goma", "bound for Lampedusa": where people were going
        r"(?:heading|headed|head|bound|making|made)\s+(?:for|towards?)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
        # "fled their homes to seek refuge in Bajil": where they sought safety is where they went
        r"(?:seek|seeking|sought|take|taking|took|find|finding|found)\s+(?:refuge|shelter|safety)\s+"
        r"(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    ),
    figure_links=(
        r"(?:has\s+|have\s+|had\s+)?(?:reached|reaching|reaches|topped|tops|topping|hit|hits|passed|passes|"
        r"surpassed|surpasses|exceeded|exceeds|(?:now\s+)?stands?(?:\s+now)?\s+at|stood\s+at|numbers?|numbered|totall?ed|"
        r"totals|(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|increases|grew|soared|swelled|"
        r"fell|dropped|declined|decreased|shot\s+up)\s+to|(?:was|is|are|were|now)\s+(?:up|down)\s+to|"
        r"(?:up|down)\s+from|compared\s+(?:with|to)|"
        # "..., bringing the number of refugees in eastern Chad to 600,000": a running total
        r"(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\s+"
        r"(?:the\s+)?(?:(?:overall|total|cumulative)\s+)?(?:total|number|tally|count|figure)\s+"
        r"(?:(?!(?:deaths?|dead|killed|fatalities|casualties|injur\w*|wounded|missing|cases|infections)\b)\S+\s+){0,8}?to)",
    ),
    coordinators=(r"and|or|then|but",),
    modifier_openers=(r"who|that|which|whom",),
    participle_terms=(
        r"displaced|uprooted|evacuated|relocated|resettled|evicted|rescued|driven|forced|made\s+homeless|"
        r"left\s+homeless|rendered\s+homeless|repatriated",
    ),
    restatement_joiners=(
        r"\(|or|/|i\.e\.|comprising|totalling|totaling|representing|equivalent\s+to|"
        r"amounting\s+to|that\s+is",
    ),
    second_measure_joiners=(r"and|after|before\s+being|and\s+are\s+now|and\s+were\s+then",),
    country_scope=(
        r"(?:across|throughout|around|all\s+over|in\s+(?:several|many|various|most|some)\s+parts\s+of)\s+the\s+country|"
        r"nationwide|countrywide|across\s+the\s+nation",
        # a national figure: "the national tally" (not "the government's figures", which a
        # report of one province also quotes: "Floods hit Punjab. The government's figures show")
        r"\bnational\s+(?:figures?|total|tally|count|statistics)\b",
    ),
    other_words=(r"others?|more|besides",),
    glued_prepositions=(r"to", r"of"),
    # "her four children": one person's family, not a count of people who moved
    non_fact_spans=(
        # "3,200 family tents", "500 household kits": things counted per family, not families
        r"\b\d[\d,.]*\s+(?:family|household)[\s-]+(?:tents?|kits?|latrines?|plots?|parcels?|rations?|"
        r"packages?|sets?|visits?|shelter\s+kits?)\b",
        # "DTM Round 14)", "wave 3": the number of an assessment round, with nothing counted after
        # it (a week's number, "week 19", is read as that week by figures.py's week_words in every
        # pack, and "last week 30 were evacuated" stays a count there)
        r"\b(?:round|wave|cycle)\s+(?:no\.?\s*|#\s*)?\d{1,3}(?!\d|[,.]\d)"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|famil(?:y|ies)|households?|idps?|refugees|returnees|"
        r"evacuees|residents|civilians|inhabitants|villagers|children|migrants|asylum)\b)",
        # "some 52 assessed displaced families reported ...", "1,200 surveyed IDP households": a
        # survey's sample named by its participle before the noun
        r"\b\d[\d,.]*\s+(?:assessed|surveyed|interviewed|sampled)\s+(?:[\w-]+\s+){0,2}?(?:households?|famil(?:y|ies)|"
        r"people|persons|individuals|idps?|refugees|returnees|respondents)\b",
        # "715 host community households", "2,300 host families' members": the people hosting
        r"\b\d[\d,.]*\s+(?:host(?:ing)?[\s-]+communit(?:y|ies)|host[\s-]+famil(?:y|ies)['’]?)\s+(?:households?|famil(?:y|ies)|"
        r"members|people|persons|individuals|residents)\b",
        # "border authorities returned 418 people to Ecuador": people sent back by someone (a
        # transitive return, the figure its object), not a return home ("returned 500 IDPs to
        # their villages" stays one)
        r"\breturned[ \t]+(?:(?:some|about|around|over|nearly|almost|approximately|an\s+estimated|more\s+than|at\s+least|up\s+to|close\s+to)[ \t]+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+"
        r"(?!(?:their|his|her|its)\b|homes?\b)",
        r"\b(?:his|her|their|my|our|your)\s+\S+\s+(?:children|kids|sons|daughters|grandchildren|siblings|"
        r"brothers|sisters)\b",
        r"\b(?:has|have|had|having)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:young\s+|small\s+)?"
        r"(?:children|kids|sons|daughters)\b",
    ),
    # Measures (issue 7): shelter denied, a group counted in the next sentence.
    shelter_negators=(
        r"outside(?:\s+of)?(?:\s+the)?",
        r"out\s+of(?:\s+the)?",
        r"not\s+in(?:\s+the)?",
        r"rather\s+than\s+in(?:\s+the)?",
        # "out-of-camp refugees", "From out-of-camp locations: 640"
        r"out-of-",
    ),
    shelter_origins=(
        r"(?:from|out\s+of)\s+(?:(?:the|their|a|an|these|those|this|that|two|several)\s+)?(?:[^\W\d]+\s+)?",
    ),
    shelter_places=(
        r"camps?",
        r"cent(?:re|er)s?",
        r"sites?",
        r"settlements?",
        r"shelters?",
        r"schools?",
        r"buildings?",
        r"tents?",
    ),
    anaphora_demonstratives=(
        r"these",
        r"those",
        r"the\s+same",
        # a part of that group, the copula first: "Among them are 900,000 Syrians"
        r"among\s+(?:them|these|those)\s+(?:are|were)",
    ),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(
        r"provided",
        r"provides?",
        r"providing",
        r"distributed",
        r"distributes?",
        r"distributing",
        r"delivered",
        r"delivers?",
        # ("Benghazi received 2,990 new IDPs", "districts receiving 3,000 returnees": a place
        # taking people in, not people given aid)
        r"received" + _NOT_PEOPLE_TAKEN_IN,
        # ("identified 1,301 people displaced by conflict to receive assistance": who will get
        # aid, found by counting the displaced)
        r"(?<!to\s)receives?" + _NOT_PEOPLE_TAKEN_IN,
        r"receiving" + _NOT_PEOPLE_TAKEN_IN,
        r"reached",
        r"reaching",
        r"assisted",
        r"assisting",
        r"supported",
        r"supporting",
        r"benefi(?:t|tt)ed",
        r"beneficiar(?:y|ies)",
        r"cash\s+assistance",
        r"food\s+assistance",
        r"non-food\s+items",
        r"kits?",
        r"vouchers?",
        r"enrolled",
        # ("826,758 refugees are registered", "DTM registered 4,700 displaced families":
        # registration is how refugees and IDPs are counted, not aid)
    ),
    health_words=(
        r"tested",
        r"cases?",
        r"vaccinated",
        r"vaccines?",
        r"consultations?",
        r"patients?",
        r"infected",
        r"symptoms?",
        # (COVID-19 itself names the time of a report, not why people are counted)
        r"tested\s+positive",
        r"positive\s+(?:for|with|cases?)",
        r"confirmed\s+(?:with|cases?|positive)",
        r"quarantin(?:e|ed|ing)",
        r"isolation",
        r"cholera",
        r"malaria",
        r"measles",
        r"treated",
        r"screened",
    ),
    custody_words=(
        r"detained",
        r"detention",
        r"arrested",
        r"intercepted",
        r"rescued\s+at\s+sea",
        r"deported",
        r"deportees?",
        r"resettled",
        r"resettlement",
        r"submissions?",
        r"departures?",
        r"surveyed",
        r"respondents?",
        r"pupils?",
        r"students?",
        # "2,811 migrants were returned to Libya by the coast guard": interceptions at sea
        r"coast\s*guards?",
        # "2,425 refugees and migrants were disembarked in Al Khums": landed after interception
        r"disembark(?:ed|ing|ation|ations|s)?",
    ),
)

# --- Inflections (issue 8) -------------------------------------------------------------------
# Every form of these verbs through simplemma's lemmas ("flees", "uprooting", "resettles"); the
# regexes above stay for the phrases and the words around them.
LEMMA_TERMS = {
    "flee": ("fled", "displaced"),
    "displace": ("displaced", "displaced"),
    "evacuate": ("evacuated", "displaced"),
    "uproot": ("displaced", "displaced"),
    "evict": ("evicted", "displaced"),
    "relocate": ("relocated", "displaced"),
    "resettle": ("relocated", "displaced"),
}
TERMS = replace(TERMS, lemma_terms=LEMMA_TERMS, lemma_languages=("en",))

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/en/roles.py) ----
from uprooted.lang.en.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
