r"""German reporting terms, units and non-facts (read by extract/engine.py).

Regex fragments, matched case-insensitively on whole words; noun entries match one token, so
`\w*` prefixes cover compounds ("Kriegsflüchtlinge", "Bürgerkriegsflüchtlinge"). German puts
the participle last ("13.000 Menschen sind geflohen", "2.000 Häuser wurden zerstört") and splits
separable verbs ("kehrten ... zurück", "harren ... aus"): such triggers allow a few words between
their parts. Adjective endings (-e, -en, -er, -es, -em) follow every participle. Nouns are
capitalised, so a capitalised word after a figure is a noun, not a name (`capitalised_nouns`).
"""

from dataclasses import replace

from uprooted.lang.base import TermData

_E = r"(?:e|en|er|es|em)?"  # adjective and participle endings
# A separable verb's particle closes its clause ("kamen am Montag rund 400 Menschen in Passau
# an", "reisten über die Grenzübergänge in Kiefersfelden und Freilassing ein"): up to a dozen
# words between stem and particle, none of them ending the clause (a decimal comma may stand in
# a figure: "1,6 Millionen"), and the particle followed by the end of the clause.
_GAP = r"(?:(?:[^\s,;:!?()–—]|,(?=\d))+\s+)"
_GAP_NOT_CARE = r"(?:(?!Grundversorgung)(?:[^\s,;:!?()–—]|,(?=\d))+\s+)"
_CLAUSE_END = r"(?=\s*(?:[.,;:!?()–—\"„“”]|$|(?:und|oder|sowie|nachdem|weil|als)\s))"


def _separable(stems: str, particle: str, gap: int = 12) -> str:
    """A separable verb whose particle closes the clause. The match is the verb alone (the
    particle is looked ahead for), so the figure and the noun between stay outside it: "kamen
    rund 400 der Flüchtlinge in Rosenheim an" keeps "Flüchtlinge" as a term of its own."""
    return rf"(?:{stems})(?=\s+{_GAP}{{0,{gap}}}?(?:{particle}){_CLAUSE_END})"


def _bracket(opener: str, closer: str, gap: int = 12) -> str:
    """A main clause's verb bracket: the finite verb second, the particle or the rest of the
    predicate last, the subject with its figure between ("kehrten im vergangenen Monat 45.000
    Binnenflüchtlinge nach Mossul zurück", "sitzen noch immer rund 50.000 Zivilisten fest").
    The match spans the whole bracket, so a people noun inside it ("Flüchtlinge") is the
    counted noun, not the predicate: the bracket says what happened to them."""
    return rf"(?:{opener})\s+{_GAP}{{0,{gap}}}?(?:{closer}){_CLAUSE_END}"


_HOMES = (
    r"(?:Häuser|Häusern|Haus|Wohnungen|Wohnung|Wohnhäuser|Wohnhäusern|Heimat|Heimatorte|Heimatdörfer|"
    r"Heimatstädte|Dörfer|Dorf|Zuhause|Heime|Häuschen|Städte|Stadt|Hütten|Wohnorte|Wohnort|Gebiete|Region)"
)
# Nationals as nouns, with their plural, dative and feminine forms: "Syrer", "Afghanen".
_NATIONALS = (
    r"(?:Syrer|Iraker|Afghanen|Somalier|Eritreer|Ukrainer|Sudanesen|Südsudanesen|Libyer|Pakistaner|"
    r"Nigerianer|Albaner|Kosovaren|Kosovo-Albaner|Serben|Tschetschenen|Iraner|Palästinenser|Jemeniten|"
    r"Kongolesen|Äthiopier|Malier|Libanesen|Türken|Marokkaner|Algerier|Tunesier|Venezolaner|"
    r"Kolumbianer|Ägypter|Georgier|Armenier|Russen|Bosnier|Kroaten|Rumänen|Bulgaren|Mazedonier|"
    r"Gambier|Guineer|Senegalesen|Burundier|Ruander|Kameruner|Nigrer|Tschader|Bangladescher|Myanmarer|"
    r"Burmesen|Filipinos|Haitianer|Honduraner|Mexikaner|Salvadorianer|Guatemalteken|"
    r"Tschechen|Slowaken|Vietnamesen|"
    # "Ungarn", "Polen": the plural is the country's name ("1683 ganz Ungarn"); as the noun a
    # figure counts ("rund 180.000 Ungarn flohen") they are its people
    r"Ungarn|Polen|"
    # the expellees of 1945 and the refugees from the GDR: "14 Millionen Deutsche"
    r"Deutsche|Sudetendeutsche|Ostdeutsche)(?:n|innen)?"
)
_HOSTS = r"(?:Verwandten|Freunden|Bekannten|Angehörigen|Familienangehörigen|Gastfamilien|Nachbarn)"
_REFUGEES = (
    r"(?:\w*[Ff]lüchtling(?:e|en)|[Gg]eflüchtete[n]?|Asyl(?:werber|bewerber|suchende|antragsteller)\w*|"
    r"Schutzsuchende[n]?|\w*[Vv]ertriebene[n]?)"
)
# (compounds too: "in der Stadthalle", "in der Volksschule", "in Notunterkünften", "im Pfarrsaal")
_SHELTER_PLACES = (
    r"\w*(?:halle|schule|kirche|moschee|zelt|kaserne|container|hotel|pension|gemeindezentrum|unterkunft|"
    r"unterkünfte|lager|camp|saal|säle)\w*"
)

TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders, projections: at_risk.
    (
        # the object with its figure and attributes between: "forderten die rund 900 Bewohner der
        # Altstadt auf, ihre Häuser zu verlassen"
        r"(?:aufgefordert|aufgerufen|angewiesen|gebeten|aufforderten|aufforderte|forderten|forderte|fordert|fordern|riefen|rief|ruft|rufen)\s*,?\s+(?:\S+\s+){0,11}?"
        r"(?:zu\s+verlassen|zu\s+evakuieren|in\s+Sicherheit\s+zu\s+bringen|zu\s+fliehen|zu\s+räumen)",
        "at_risk",
        "at_risk",
    ),
    (
        r"Evakuierungs(?:befehl|anordnung|aufruf|aufforderung|warnung)\w*|"
        # (compounds too: "die Zwangsevakuierung von 31 Ortschaften angeordnet", "Teilevakuierung")
        r"(?:ordneten?|ordnet|angeordnet|verfügten?|verfügt)\s+(?:\S+\s+){0,5}?(?:die\s+)?\w*(?:[Ee]vakuierung|Räumung)|"
        # the people and where from between: "Die Evakuierung von 12.000 Menschen aus dem
        # Überschwemmungsgebiet wurde am Abend angeordnet"
        r"\w*(?:[Ee]vakuierung|Räumung)\s+" + _GAP + r"{0,14}?(?:angeordnet|verfügt|vorbereitet)|"
        # the subject and adverbials inside the bracket: "sollen am Abend weitere 1.500 Bewohner
        # evakuiert werden", "müssen am Sonntag rund 2.400 Anrainer ihre Wohnungen verlassen"
        # (up to 18 words: "sollen die rund 900 Anrainer im Umkreis von 200 Metern ab 8 Uhr ihre
        # Häuser verlassen"; not the reported past, "sollen ... verlassen haben")
        r"(?:müssen|müssten|sollen|sollten)\s+"
        + _GAP
        + r"{0,18}?(?:(?:evakuiert|umgesiedelt|in\s+Sicherheit\s+gebracht)\s+werden|ihre\s+\w+\s+verlassen)"
        # (a relocation ahead too: "müssten bis zu 100.000 Menschen aus den Hängen umgesiedelt werden")
        + r"(?!\s+haben)|"
        # told to be ready to leave: "sich für eine Evakuierung bereitzuhalten", "bereiten sich auf
        # eine mögliche Evakuierung vor"
        r"(?:für|auf)\s+(?:eine|die|eine\s+mögliche|die\s+mögliche|eine\s+allfällige)\s+Evakuierung\s+"
        r"(?:bereit\w*|vorzubereiten|vorbereiten|vorbereitet|vor\b|einzustellen|einstellen|eingestellt)",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:könnten|könnte|können|kann|dürften|drohen|droht|werden|würden)\s+(?:\S+\s+){0,6}?"
        r"(?:vertrieben|evakuiert|umgesiedelt|obdachlos|in\s+die\s+Flucht\s+getrieben)\s+(?:zu\s+)?werden|"
        r"(?:von|mit)\s+(?:der\s+)?(?:Vertreibung|Obdachlosigkeit|Evakuierung)\s+bedroht|"
        r"(?:könnten|könnte|dürften|müssten)\s+(?:\S+\s+){0,6}?(?:fliehen|flüchten|ihre\s+\w+\s+verlassen)|"
        # the verb-final clause, the modal last: "dass bis zu 100.000 Menschen die Stadt verlassen
        # könnten"
        r"(?:die|ihre|ihr|den|das)\s+(?:\S+\s+)?(?:Stadt|Städte|Land|Region|Gebiet|Gebiete|Dorf|Dörfer|Ort|Heimat|"
        r"Häuser|Wohnungen)\s+verlassen\s+(?:könnten|müssten|dürften|würden)",
        "at_risk",
        "at_risk",
    ),
    # Sheltered: camps, emergency quarters, halls.
    (
        r"\w*(?:flüchtlings|zelt|auffang|vertriebenen|not|durchgangs|aufnahme|transit|sammel|übergangs|grenz|"
        r"flucht|evakuierungs)lager(?:n|s)?|Lager(?:n)?|\w*[Cc]amps?|Zeltstädte?n?|Zeltdörfer?n?",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"untergebracht|unterbringen|Unterbringung|untergekommen|unterkommen|einquartiert|"
        r"\w*unterk(?:unft|ünfte|ünften)|\w*quartier(?:e|en|s)?|Notaufnahme\w*|Erstaufnahme\w*|"
        # collection points and tents people are put up in: "in der Sammelstelle", "Transitzelt"
        r"\w*sammelstellen?|\w*sammelpunkte?n?|\w*sammelbereich(?:e|en|s)?|\w*zelte?n?|\w*zelts|"
        # housing people: "beherbergt heute 40 Asylwerber"
        r"beherbergt|beherbergen|beherbergte|beherbergten|"
        # containers people are put up in: "in Containern", "Wohncontainer"
        # (and settlements of them: "in Containerstädten", "die Containersiedlung")
        r"\w*[Cc]ontainer(?:[ns]|städten?|stadt|siedlung(?:en)?|dörfern?|dorf)?|"
        r"Aufnahme(?:zentr|einrichtung|stelle)\w*|\w*(?:turn|sport|mehrzweck|messe)hallen?|"
        r"(?:übernachteten|schliefen|verbrachten\s+die\s+Nacht|leben|wohnen|harren)\s+(?:\S+\s+){0,4}?"
        r"(?:in|im|auf)\s+(?:\S+\s+){0,2}?"
        + _SHELTER_PLACES
        # the subject inside the bracket: "verbrachten rund 900 Menschen die Nacht in der Halle"
        + r"|(?:verbrachten|verbringen|verbringt|verbrachte)\s+"
        + _GAP
        # the night or another stretch of time: "verbrachten rund 2.000 Menschen den Vormittag in
        # Notunterkünften"
        + r"{0,6}?(?:die\s+(?:Nacht|Nächte|Zeit|Stunden|Tage|Feiertage)|den\s+(?:Tag|Vormittag|Nachmittag|Abend|"
        r"Sonntag|Samstag)|das\s+Wochenende|die\s+(?:ersten|nächsten|folgenden)\s+(?:Tage|Nächte|Stunden))\s+"
        r"(?:\S+\s+){0,2}?(?:in|im|auf)\s+(?:\S+\s+){0,2}?\w*"
        + _SHELTER_PLACES
        + r"|untergebracht"
        + _E
        + r"|"
        # "unterkommen" split: "kamen in der Nacht etwa 900 Menschen in Turnhallen unter"; not
        # with friends or family, the displaced trigger below ("kam bei Verwandten unter")
        + _bracket(
            r"(?:kamen|kommen|kam|kommt)(?!\s+" + _GAP + r"{0,12}?bei\s+(?:\w+\s+)?" + _HOSTS + ")", "unter"
        )
        # "unterbringen" split: "bringt ab Montag 60 Asylsuchende in der Zivilschutzanlage unter"
        + r"|"
        + _bracket(
            r"(?:brachten|brachte|bringen|bringt)(?!\s+" + _GAP + r"{0,12}?bei\s+(?:\w+\s+)?" + _HOSTS + ")",
            "unter",
        ),
        "sheltered",
        "sheltered",
    ),
    # A country hosting nationals of another: refugees where they are now, not people put up in a
    # shelter ("Die Türkei beherbergt bereits 2,5 Millionen Syrer"); the longer match beats the
    # shelter verb alone ("beherbergt heute 40 Asylwerber")
    (
        r"(?:beherbergt|beherbergen|beherbergte|beherbergten)\s+(?:\S+\s+){0,7}?" + _NATIONALS + r"(?!\w)",
        "refugees",
        "displaced",
    ),
    # A shelter named first, its verb second: "Im Transitquartier in Salzburg übernachteten rund
    # 1.800 Flüchtlinge", "In der Turnhalle schlafen derzeit 300 Menschen".
    (
        # (the shelter's own attributes and an apposition between: "In den Hallen der Messe Wien
        # und am Westbahnhof übernachteten rund 1.200 Menschen", "In rund 5.000 Notunterkünften,
        # meist Schulen, wurden 280.000 Menschen versorgt", "In der Tiefgarage am Bahnhof haben in
        # der Nacht 1.500 Flüchtlinge übernachtet")
        # (an article or a figure after "In": "In Traiskirchen" is a town, not a church)
        r"(?:Im|In\s+(?:der|den|dem|einer|einem|zwei|drei|mehreren|rund|etwa|über|mehr\s+als|knapp|fast|insgesamt|"
        r"\d[\d.]*))"
        r"\s+(?:\S+\s+){0,2}?"
        r"\w*(?:quartier|unterkunft|unterkünfte|halle|schule|kirche|moschee|lager|camp|zelt|heim|zentrum|"
        r"kaserne|container|hotel|pension|kloster|klöster|gasthof|gasthaus|pfarrhof|herberge|garage)\w*"
        r"(?:,[^,;:.!?()–—]{1,60},)?\s+"
        + _GAP
        + r"{0,14}?(?:übernachteten|übernachten|übernachtet|schliefen|schlafen|schläft|leben|lebten|wohnen|"
        r"wohnten|befinden\s+sich|befanden\s+sich|hielten\s+sich|halten\s+sich|"
        r"(?:untergebracht|versorgt|betreut)(?=\s*(?:[.,;:!?]|$|(?:werden|wurden|worden|sind|waren)\b)))",
        "sheltered",
        "sheltered",
    ),
    # Staying, present, moving in where people are put up: "In Traiskirchen hielten sich 3.400
    # Flüchtlinge auf", "waren 205 Asylwerber anwesend", "sollen 246 Asylwerber einziehen".
    (
        # ("hielten sich illegal im Land auf" is a residence status, not a stay in a shelter)
        _separable(
            r"(?:hielten|hielt|halten|hält)\s+sich(?!\s+(?:\S+\s+){0,2}?(?:illegal|unerlaubt|irregulär)\w*)",
            "auf",
        )
        # (the predicate in lower case: "Anwesende" are the people at a meeting)
        + r"|aufgehalten|(?-i:anwesend)"
        + _E
        + "|"
        + _separable(r"zogen|ziehen|zieht|zog", "ein")
        + r"|einziehen|einzogen|eingezogen",
        "sheltered",
        "sheltered",
    ),
    # Refugees and asylum seekers cared for ("betreut", "versorgt"): in German refugee news the
    # words of the reception system, the people put up in its quarters ("Die Caritas betreut 4.000
    # Flüchtlinge", "wurden 650 Schutzsuchende betreut", "in Bundesbetreuung"). The bracket spans
    # the refugee noun, so only refugees are read this way: "versorgten 500 Menschen mit
    # Trinkwasser" stays aid.
    (
        r"(?:betreut|betreuen|betreute|betreuten|versorgt|versorgen|versorgte|versorgten)\s+"
        + _GAP
        + r"{0,8}?"
        + _REFUGEES
        # (not supplied with something, aid: "versorgt 900.000 Flüchtlinge mit Lebensmitteln")
        + r"(?!\s+(?:[^\s,;:.!?()–—]+\s+){0,3}?mit\s)"
        + r"|"
        + _REFUGEES
        + r"\s+"
        # (not across the Grundversorgung, the state's care of asylum seekers, a status like the
        # asylum procedure, wherever they live: "21.300 Asylwerber werden in der Grundversorgung
        # betreut" counts asylum seekers, the trigger below)
        + _GAP_NOT_CARE
        + r"{0,8}?(?:betreut|versorgt)(?:\s+(?:werden|wurden|würden|worden))?"
        + _CLAUSE_END
        # the object first, the verb second: "108.000 Flüchtlinge versorgt das Land derzeit"
        + r"|"
        + _REFUGEES
        + r"\s+(?:betreut|versorgt|betreuen|versorgen)(?=\s+(?:das|die|der|den|\w+\s+(?:derzeit|zurzeit|aktuell)))"
        # a relative clause on the refugees: "jene 300 Flüchtlinge, die in den Sammelstellen
        # versorgt würden"
        + r"|"
        + _REFUGEES
        + r",\s+(?:die|welche)\s+"
        + _GAP
        + r"{0,12}?(?:betreut|versorgt)(?:\s+(?:werden|wurden|würden|worden))?"
        + _CLAUSE_END
        + r"|in\s+(?:\w+\s+)?(?:Bundes|Landes)?[Bb]etreuung(?:sstellen)?"
        # cared for by the state and the provinces, the Austrian basic care of asylum seekers:
        # "wurden österreichweit 71.400 Personen von Bund und Ländern versorgt"
        r"|(?:von|durch)\s+(?:Bund\s+und\s+(?:Ländern|Land)|(?:den\s+)?Ländern\s+und\s+(?:dem\s+)?Bund)\s+"
        r"(?:versorgt|betreut|untergebracht)",
        "sheltered",
        "sheltered",
    ),
    # Staying with friends or family is no shelter, and still away from home: "kam bei Freunden
    # und Verwandten unter", "sind bei Angehörigen untergekommen".
    (
        r"bei\s+(?:\w+\s+)?" + _HOSTS + r"(?:\s+(?:und|oder)\s+(?:\w+\s+)?" + _HOSTS + r")?\s+"
        r"(?:unter" + _CLAUSE_END + r"|untergekommen|unterkommen|untergebracht|Unterschlupf|Zuflucht|"
        r"verbringen|verbrachten|verbracht|übernachten|übernachteten|übernachtet|schlafen|schliefen|wohnen|"
        r"wohnten|leben|lebten)|"
        # with the verb left out after a figure of the clause before: "3.400 in Notunterkünften,
        # weitere 1.200 bei Verwandten und Bekannten"
        r"bei\s+(?:\w+\s+)?" + _HOSTS + r"(?:\s+(?:und|oder)\s+(?:\w+\s+)?" + _HOSTS + r")?" + _CLAUSE_END,
        "displaced",
        "displaced",
    ),
    # "suchten Zuflucht", "Zuflucht gefunden": people who left home, not (yet) in a shelter.
    (
        r"(?:suchten|suchen|sucht|fanden|finden|gesucht|gefunden)\s+(?:\S+\s+){0,4}?Zuflucht|"
        r"Zuflucht\s+(?:\S+\s+){0,4}?(?:gesucht|gefunden)",
        "fled",
        "displaced",
    ),
    # "mussten Zelte und Unterkünfte verlassen": leaving a camp or shelter (a return said right
    # after it makes it a return, the engine checks), else people on the move again.
    (
        r"(?:\w*lager|\w*camps?|\w*zelte|\w*unterkünfte|\w*quartiere)\s+(?:und\s+\w+\s+)?verlassen|"
        # "die Lager in der Region Dohuk verlassen": the object's adverbials before the verb
        r"(?:\w*lager|\w*camps?|\w*zelte|\w*unterkünfte|\w*quartiere)\s+" + _GAP + r"{0,5}?verlassen|"
        r"verließen\s+(?:\S+\s+){0,3}?(?:\w*lager|\w*camps?|\w*zelte|\w*unterkünfte|\w*quartiere)",
        "left_camp",
        "displaced",
    ),
    # Returns. An evacuation order lifted lets people go home: "Nach Aufhebung der
    # Evakuierungsanordnung konnten 3.000 Anwohner zurück".
    (
        r"Aufhebung\s+(?:der\s+|des\s+)?Evakuierung\w*|Evakuierung\w*\s+(?:\S+\s+){0,3}?aufgehoben",
        "returned",
        "returned",
    ),
    (
        r"zurückgekehrt|zurückkehren|zurückkehrten|zurückkehrte|heimgekehrt|heimkehren|heimkehrten|"
        r"(?:kehrten|kehrt|kehren)\s+(?:\S+\s+){0,6}?(?:zurück|heim)|Rückkehr(?:er|ern|erinnen|erinnen)?|"
        # (not "zurückgegangen": in the news a decline, "die Zahl der Anträge ist zurückgegangen")
        r"Heimkehrer(?:n)?|(?:sind|waren)\s+(?:\S+\s+){0,4}?zurückgekommen|zurückgebracht|"
        r"zurückgekehrt"
        + _E
        + "|"
        + _bracket(r"kehrten|kehrte|kehrt|kehren", r"zurück|heim")
        + "|"
        # "kamen nach Kriegsende 43.000 Menschen heim": home-coming, the adverb last
        + _bracket(r"kamen|kam|kommen|kommt", r"(?:wieder\s+)?(?:heim|nach\s+Hause)")
        + "|"
        # the verb of motion left out after a modal: "durften am Mittwoch 2.500 Bewohner zurück"
        + _bracket(
            r"durften|dürfen|darf|durfte|konnten|können|konnte|kann",
            r"(?:wieder\s+)?(?:zurück|heim|nach\s+Hause)",
        ),
        "returned",
        "returned",
    ),
    # Holding out at a border: refugees on their way, not civilians left in a place of danger
    # ("An der Grenze bei Gevgelija harren 3.000 Menschen aus", "35.000 von ihnen harren am
    # Grenzübergang auf syrischer Seite aus"); the longer match beats the remaining verb alone.
    # (Stuck there, "sitzen an der Grenze fest", stays trapped: the earlier rounds' labels.)
    (
        r"an\s+(?:der|den)\s+(?:\S+\s+){0,2}?Grenzen?\s+(?:\S+\s+){0,3}?"
        + _bracket(r"harren|harrten|harrt", r"aus")
        + r"|(?:harren|harrten|harrt)\s+"
        + _GAP
        + r"{0,12}?(?:an\s+der|an\s+den|am)\s+(?:\S+\s+){0,2}?\w*[Gg]renz\w*\s+"
        + _GAP
        + r"{0,5}?aus"
        + _CLAUSE_END,
        "displaced",
        "displaced",
    ),
    # Remaining, trapped.
    (
        # not as the attribute of a place ("aus dem eingeschlossenen Ort ausgeflogen"): the place is
        # cut off, the people counted may be leaving it
        r"(?:eingeschlossen|eingekesselt|belagert)"
        + _E
        + r"(?!\s+(?:Ort|Dorf|Stadt|Stadtteil|Gebiet|Tal|Region|Gemeinde|Ortschaft)\w*)"
        r"|festsitzen|festsaßen|"
        r"(?:sitzen|saßen|sitzt)\s+(?:\S+\s+){0,4}?fest|festgesessen|von\s+der\s+Außenwelt\s+abgeschnitten|"
        r"abgeschnitten|gefangen|" + _bracket(r"sitzen|saßen|sitzt|saß", "fest"),
        "trapped",
        "remaining",
    ),
    (
        r"(?:harren|harrten)\s+(?:\S+\s+){0,5}?aus|"
        + _bracket(r"harren|harrten|harrt", "aus")
        + r"|ausharren|verblieben"
        + _E
        + r"|verbleiben|"
        r"zurückgeblieben" + _E + r"|(?:sind|befinden\s+sich|leben)\s+(?:noch|immer\s+noch|weiterhin)\s+in|"
        # stayed, where the others left or went home: "etwa 20.000 blieben dauerhaft", "200
        # Bewohner blieben trotz der Warnung in ihren Häusern"
        r"(?:blieben|bleiben|geblieben)\s+(?:\S+\s+){0,3}?(?:dauerhaft|zurück|vor\s+Ort|im\s+Land|"
        r"in\s+(?:ihren|ihrem)\s+" + _HOMES + r")",
        "remaining",
        "remaining",
    ),
    # Displaced: fled.
    (
        r"geflohen" + _E + r"|flohen|floh|fliehen|flieht|flüchteten|flüchtete|flüchten|flüchtet|"
        r"auf\s+der\s+Flucht|in\s+die\s+Flucht\s+(?:getrieben|geschlagen|gezwungen)|"
        r"(?:ergriffen|ergreifen)\s+(?:\S+\s+){0,3}?die\s+Flucht|die\s+Flucht\s+ergriffen|"
        r"Flucht|Exodus|Massenflucht|"
        # escaping to another country: "haben sich in die Nachbarländer gerettet", "retteten sich
        # über die Grenze" (not "gerettet" alone: people rescued from water or rubble)
        r"sich\s+(?:\S+\s+){0,7}?(?:in|nach|ins|über)\s+(?:die\s+|das\s+|den\s+)?(?:\w+\s+)?(?:Nachbarl\w+|Ausland|"
        r"Grenze|Sicherheit)\s+(?:\S+\s+){0,2}?gerettet|(?:retteten|rettete|retten|rettet)\s+sich\s+(?:\S+\s+){0,4}?"
        r"(?:in|nach|ins|über)\s+(?:die\s+|das\s+|den\s+)?(?:\w+\s+)?(?:Nachbarl\w+|Ausland|Grenze)",
        "fled",
        "displaced",
    ),
    (
        # every compound on -vertriebene: "Heimatvertriebene", "Kriegsvertriebenen"
        r"\w*[Vv]ertriebene[nr]?|[Vv]ertrieben|vertrieben|vertreiben|vertrieb|Vertreibung(?:en)?|Binnenflüchtlinge?n?|"
        r"entwurzelt" + _E + r"|IDPs?|(?:mussten|müssen|haben|hatten|mußten)\s+(?:\S+\s+){0,4}?"
        r"(?:ihre|ihr|seine|sein)\s+(?:\S+\s+)?" + _HOMES + r"\s+(?:verlassen|räumen)|"
        # "räumen" is to vacate a dwelling as "verlassen" is to leave it: "mussten in der Nacht
        # 60 Bewohner ihre Wohnungen räumen"
        r"(?:ihre|ihr|seine|sein)\s+(?:\S+\s+)?" + _HOMES + r"\s+" + _GAP + r"{0,6}?(?:verlassen|räumen)|"
        r"verließen\s+(?:\S+\s+){0,4}?"
        + _HOMES
        + r"|aus\s+(?:ihren|ihrem)\s+"
        + _HOMES
        + r"\s+(?:\S+\s+){0,2}?"
        r"(?:gerissen|verjagt|gejagt|getrieben|gezwungen)",
        "displaced",
        "displaced",
    ),
    (
        r"evakuiert" + _E + r"|Evakuierte[nr]?|Evakuierung(?:en)?|evakuieren|evakuierten|"
        r"in\s+Sicherheit\s+(?:gebracht|bringen|brachten|brachte)|in\s+Sicherheit|ausgeflogen|"
        r"(?:brachten|brachte|bringen)\s+(?:\S+\s+){0,5}?in\s+Sicherheit|"
        + _bracket(r"brachten|brachte|bringen|bringt", r"in\s+Sicherheit"),
        "evacuated",
        "displaced",
    ),
    (
        r"obdachlos" + _E + r"|Obdachlose[nr]?|Obdachlosigkeit|"
        r"ohne\s+(?:Obdach|Dach\s+über\s+dem\s+Kopf|Unterkunft|Zuhause|Bleibe)|"
        r"(?:ihr|ihre|sein|seine)\s+(?:\S+\s+)?(?:Zuhause|Häuser|Haus|Wohnungen|Wohnung|Obdach|Heim|Heimat|Hab\s+und\s+Gut)"
        r"\s+(?:verloren|verlieren|verlören)|(?:verloren|verlieren)\s+(?:\S+\s+){0,3}?(?:ihr|ihre)\s+"
        r"(?:Zuhause|Häuser|Wohnungen|Obdach)",
        "homeless",
        "displaced",
    ),
    (
        # sleeping rough: "mussten die Nacht im Freien verbringen", "schlafen unter freiem Himmel"
        r"(?:übernachteten|übernachten|schliefen|schlafen|verbrachten|verbringen|campierten|campieren)\s+"
        r"(?:\S+\s+){0,3}?(?:im\s+Freien|unter\s+freiem\s+Himmel|auf\s+der\s+Straße)|"
        r"(?:im\s+Freien|unter\s+freiem\s+Himmel|auf\s+der\s+Straße)\s+(?:\S+\s+){0,2}?(?:übernachten|"
        r"übernachteten|schlafen|schliefen|verbringen|verbrachten|campieren|campierten|ausharren)|"
        # out on the street: "standen 19 Bewohner auf der Straße", "stehen nun auf der Straße"
        + _bracket(r"standen|stehen|steht|stand", r"(?:buchstäblich\s+)?auf\s+der\s+Straße")
        + r"|(?:standen|stehen|steht|stand)\s+(?:\S+\s+){0,3}?auf\s+der\s+Straße",
        "homeless",
        "displaced",
    ),
    (
        r"umgesiedelt" + _E + r"|Umsiedlung(?:en)?|umsiedeln|umquartiert" + _E + r"|neu\s+angesiedelt",
        "relocated",
        "displaced",
    ),
    (
        r"zwangsgeräumt" + _E + r"|Zwangsräumung(?:en)?|delogiert" + _E + r"|Delogierung(?:en)?|"
        r"auf\s+die\s+Straße\s+gesetzt|(?:aus\s+\S+\s+\S+\s+)?hinausgeworfen",
        "evicted",
        "displaced",
    ),
    (
        r"\w*[Ff]lüchtling(?:e|en|s)?|Flüchtlings(?:familien|kinder|frauen)|[Gg]eflüchtete?[nr]?|"
        r"Schutzsuchende?[nr]?|Kriegsflüchtlinge?n?|"
        # refugee arrivals counted in one compound: "7.000 Flüchtlingsankünfte"
        r"Flüchtlingsankünfte|Flüchtlingsankunft|"
        # Swiss protection status: "65.000 Personen mit Schutzstatus S", "vorläufig Aufgenommene"
        # (and the status named alone: "verfügen 66'000 Personen über einen aktiven Status S")
        r"(?:mit\s+)?Schutzstatus(?:\s+S\b)?|(?-i:Status\s+S)\b|vorläufig\s+[Aa]ufgenommene[nr]?|"
        # granted asylum or protection: "Asylberechtigte", "subsidiär Schutzberechtigte"
        r"Asylberechtigte[nr]?|\w*[Ss]chutzberechtigte[nr]?|"
        # seeking protection: "Menschen, die in Deutschland Schutz suchen"
        r"Schutz\s+(?:suchen|suchten|sucht|gesucht|gefunden|fanden)|(?:suchen|suchten)\s+(?:\S+\s+){0,3}?Schutz|"
        # taking a refugee route: "Seit Jahresbeginn sind 700.000 Menschen über die Balkanroute nach
        # Mitteleuropa gekommen" (the route named is the flight)
        r"(?:über|auf)\s+(?:die|der)\s+(?:\w+\s+)?(?:Balkan|Westbalkan|Mittelmeer|Ägäis|Flucht|Flüchtlings)route[n]?|"
        # crossing a border: "überquerten die Übergänge in Simbach", "über die Grenze gekommen"
        # (the subject and a time between: "passierten bis sechs Uhr früh rund 5.200 Menschen den
        # Übergang"; the infinitive after a modal of the past: "durften 580 Menschen die Grenze
        # überqueren")
        r"(?:überquerten|überquerte|überquert|überqueren|überschritten|überschreiten|passierten)\s+"
        r"(?:\S+\s+){0,8}?(?:die\s+|den\s+)?(?:\w+\s+)?(?:Grenzen?|\w*übergänge?n?|\w*übergang)|"
        r"(?:Grenzen?|\w*übergänge?n?|\w*übergang)\s+(?:\S+\s+){0,2}?(?:(?:überquert|überschritten|passiert)(?:en)?|"
        r"überqueren|überschreiten|passieren)|"
        r"über\s+die\s+(?:\w+\s+)?Grenzen?\s+" + _GAP + r"{0,4}?(?:gekommen|kamen|kommen|gelangt|gelangten|"
        r"geflohen|geflüchtet|flohen|flüchteten)",
        "refugees",
        "displaced",
    ),
    # Taken in by a country or a town: "Deutschland hat mehr als 1,1 Millionen Menschen aus der
    # Ukraine aufgenommen", "nahm die Stadt 300 Menschen aus Syrien auf" (patients, pupils and
    # members are other nouns; a pledge or quota, "aufnehmen will", stays a non-fact)
    (
        _bracket(r"hat|haben|habe|hatte|hatten|hätten|hätte", r"aufgenommen", 10)
        + r"|"
        + _bracket(r"nahm|nahmen", r"auf", 10),
        "refugees",
        "displaced",
    ),
    (
        # (not a compound whose head is a law, a benefit, a cost or a policy: "Leistungen nach dem
        # Asylbewerberleistungsgesetz" count welfare recipients)
        r"Asyl(?:werber|bewerber|suchende|antragsteller)(?!\w*(?:leistung|gesetz|kosten|politik|pauschale))\w*|"
        r"Asylanten|Asyl\w*anträgen?|Asyl\w*antrag|"
        r"Asylgesuche|Asyl(?:erst|folge)?ansuchen|(?:Erst|Folge)anträge\s+auf\s+Asyl|"
        # Austrian usage: "um Asyl ansuchen" for applying ("haben 24.500 Menschen um Asyl
        # angesucht", "suchten 3.000 Personen um Asyl an")
        r"um\s+Asyl\s+(?:angesucht|ansuchen|ansuchten|ansucht)|"
        + _separable(r"suchten|suchen|sucht|suchte", r"um\s+Asyl\s+an")
        + r"|"
        r"(?:stellten|gestellt|beantragten|beantragt|suchten|suchen|ersuchten)\s+(?:\S+\s+){0,3}?Asyl|"
        # verb-final: "hatten 329.000 Menschen erstmals Asyl beantragt"
        r"Asyl\s+(?:\S+\s+){0,2}?(?:beantragt|beantragten|beantragen|gesucht|ersucht|gestellt)"
        # Austrian usage: the Grundversorgung is the state's care for asylum seekers (and those
        # granted protection in their first months): "in der Grundversorgung befinden sich 11.400
        # Personen", "Grundversorgungsbezieher"
        r"|in\s+(?:der\s+)?(?:\w+\s+)?Grundversorgung|Grundversorgungs(?:bezieher|empfänger)\w*|"
        r"Grundversorgte[nr]?|"
        # in the asylum procedure: "Im Asylverfahren befanden sich 31.000 Menschen"
        r"(?:im|in\s+einem)\s+(?:laufenden\s+|offenen\s+)?Asylverfahren",
        "asylum_seekers",
        "displaced",
    ),
    # Arrivals: people fleeing only where the text around them is about refugees (the engine
    # checks): "in der vergangenen Woche kamen 5.000 an".
    (
        _separable(r"kamen|kommen|kam|kommt", "an")
        + "|"
        + _separable(r"trafen|treffen|traf|trifft", "ein")
        + "|"
        + _separable(r"reisten|reisen|reiste|reist", "ein")
        + r"|angekommen|ankamen|ankommen|ankommende[nr]?|eingetroffen|eintrafen|eingereist|einreisten|"
        r"\w*ankünfte|\w*ankunft|\w*ankömmlinge|"
        # coming, reaching, taking a route, crossing the sea: "So seien im Jänner noch 70.000
        # gekommen", "erreichten 100 Menschen die Inseln", "170.000 das Mittelmeer überquert"
        # ("hinzu kommen 700", "dazu kamen 300": in addition there are, no arrival)
        r"(?<![Hh]inzu\s)(?<![Dd]azu\s)(?<![Hh]inzu\s\s)(?<![Dd]azu\s\s)(?:kamen|kam|kommen)|gekommen|"
        r"gelangt(?:en)?|gelangen|erreichten|erreicht|"
        r"(?:überquerten|überquerte|überquert|überqueren)\s+(?:\S+\s+){0,4}?(?:das\s+|die\s+|den\s+)?"
        r"(?:Mittelmeer|Meer|Ägäis|Adria|Ärmelkanal)|(?:das\s+|die\s+|den\s+)?(?:Mittelmeer|Meer|Ägäis|Adria|"
        r"Ärmelkanal)\s+(?:\S+\s+){0,2}?überquert(?:en)?|den\s+Weg\s+(?:über|nach|in)|Richtung\s+\w+\s+verlassen|"
        # border crossings counted ("registrierte 11.000 Grenzübertritte"): people crossing
        r"\w*[Gg]renzübertritte?n?",
        "arrival",
        "arrival",
    ),
    # Homes.
    (
        r"(?:völlig\s+|vollständig\s+|komplett\s+|ganz\s+|total\s+)?(?:zerstört|eingestürzt|niedergebrannt|"
        r"abgebrannt|weggespült|weggerissen|verwüstet|dem\s+Erdboden\s+gleichgemacht|zerbombt|dem\s+Erdboden\s+gleich|"
        r"in\s+Schutt\s+und\s+Asche\s+gelegt|abgerissen)" + _E + r"|zerstörten|Zerstörung|stürzten\s+ein",
        "destroyed_housing",
        "homes_destroyed",
    ),
    (
        # destroyed or damaged, one figure for both: the damaged (a destroyed home was damaged too)
        r"(?:zerstört|beschädigt)\s+oder\s+(?:schwer\s+|stark\s+|teilweise\s+)?(?:beschädigt|zerstört)"
        + _E
        + "|"
        r"(?:schwer\s+|teilweise\s+|stark\s+|leicht\s+)?(?:beschädigt|überflutet|überschwemmt|unter\s+Wasser\s+gesetzt|"
        r"abgedeckt|in\s+Mitleidenschaft\s+gezogen)" + _E + r"|Schäden|unter\s+Wasser|teilzerstört" + _E,
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (r"unbewohnbar" + _E, "uninhabitable_housing", "homes_destroyed"),
)

_PEOPLE = (
    r"Menschen|Personen|Leute|Einwohner\w*|Bewohner\w*|Anwohner\w*|Anrainer\w*|Dorfbewohner\w*|Zivilisten|Zivilpersonen|"
    r"Bürger(?:innen)?|Kinder|Frauen|Männer|Familienmitglieder|Seelen|Opfer|Betroffene[n]?|Bauern|Hirten|"
    r"Fischer|Angehörige[n]?|Minderjährige[n]?|Jugendliche[n]?|"
    r"\w*[Ff]lüchtling(?:e|en)|[Gg]eflüchtete[n]?|\w*[Vv]ertriebene[nr]?|Evakuierte[n]?|"
    r"Obdachlose[n]?|Asyl(?:werber|bewerber|suchende|antragsteller|berechtigte)\w*|Schutzsuchende[n]?|"
    r"\w*[Ss]chutzberechtigte[n]?|Grundversorgte[n]?|[Aa]ufgenommene[n]?|Rückkehrer\w*|Mieter(?:innen|n)?|"
    r"Migranten|Migrantinnen|Zuwanderer|Einwanderer|Auswanderer|Heimkehrer\w*|Überlebende[n]?|"
    r"\w*[Gg]renzübertritte[n]?|"
    r"IDPs?|Rohingya|Jesiden|Yeziden|Kurden|Christen|Muslime|Roma|" + _NATIONALS
)

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(_PEOPLE,),
    unit_nouns={
        "families": (r"Familien|Familie|Großfamilien|\w*familien",),
        # Austrian usage: the households of a block of flats are its "Parteien" ("zwölf Mietparteien
        # wurden evakuiert"); "Parteien" alone stays the political parties
        "households": (r"Haushalte|Haushalten|Haushalt|(?:Miet|Wohn|Haus)parteien",),
        "homes": (
            r"Häuser|Häusern|Haus|Wohnungen|Wohnung|Wohnhäuser|Wohnhäusern|Gebäude|Gebäuden|Wohngebäude|"
            r"Wohngebäuden|Unterkünfte|Hütten|Behausungen|Eigenheime|Einfamilienhäuser|Bauernhäuser|"
            r"Lehmhäuser|Wohneinheiten|Heime|Appartements|Bauten",
        ),
    },
    # "mit 19 zu 14 Stimmen", "im Verhältnis 3 zu 1" ("gegen", "mot" and "contre" also compare
    # a figure with last year's, so they are not tallies)
    tally_connectors=(r"zu",),
    non_fact_nouns=(
        r"\w*[Ss]oldaten|\w*[Kk]ämpfer|\w*[Kk]rieger|Rebellen|Aufständische[n]?|Milizionäre|\w*[Mm]ilizen|"
        r"Dschihadisten|Terroristen|\w*[Pp]olizisten|Beamte[n]?|Einsatzkräfte[n]?|\w*[Hh]elfer(?:innen)?|"
        r"Feuerwehrleute|\w*[Ff]euerwehrmänner|Retter|Mitarbeiter(?:innen)?|Angestellte[n]?|Arbeiter|"
        r"Arbeitnehmer(?:innen)?|Beschäftigte[n]?|Freiwillige[n]?|Ärzte|Patienten|Passagiere[n]?|"
        r"Schüler(?:innen)?|Studenten|Studierende[n]?|Lehrer(?:innen)?|Touristen|Besucher(?:innen)?|Zuschauer|"
        r"Wähler(?:innen)?|Journalisten|Gefangene[n]?|Häftlinge[n]?|Geiseln|Tote[n]?|Todesopfer[n]?|"
        r"Verletzte[n]?|Verwundete[n]?|Vermisste[n]?|Fälle[n]?|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|"
        r"Stunden|Minuten|Male?|Euro|Dollar|Franken|Tonnen|Kilometer[n]?|Meter[n]?|Hektar|Zelte[n]?|"
        r"Decken|Betten|Lastwagen|Lkw|Fahrzeuge[n]?|Autos|Busse[n]?|Boote[n]?|Schiffe[n]?|Flugzeuge[n]?|"
        r"Hubschrauber[n]?|Raketen|Granaten|Bomben|Luftangriffe[n]?|Angriffe[n]?|Anschläge[n]?|Schulen|"
        r"Krankenhäuser[n]?|Spitäler[n]?|Dörfer[n]?|Gemeinden|Städte[n]?|Länder[n]?|Provinzen|Bezirke[n]?|"
        r"Regionen|Orte[n]?|Lager[n]?|Camps|\w*[Pp]lätze[n]?|\w*[Bb]etten|Stimmen|Sitze[n]?|Prozent|Punkte[n]?|"
        r"Anträge[n]?|Rinder[n]?|Schafe[n]?|Tiere[n]?|Mahlzeiten|Rationen|Pakete[n]?|Stück|"
        r"Polizeibeamte[n]?|Grenzschützer[n]?|Sicherheitskräfte[n]?|Abgeordnete[n]?|Mandate[n]?|"
        r"Quadratmeter[n]?|Millimeter[n]?|Liter[n]?|Grad|Einsätze[n]?|Mitglieder[n]?|"
        # facilities counted: "sechs neue Flüchtlingslager", "50 kleine Quartiere"
        r"\w*lager[n]?|\w*camps|\w*zentren|\w*quartiere[n]?|\w*unterkünfte[n]?|Hotspots|\w*heime[n]?|"
        r"\w*hallen|Turnsäle[n]?|Kasernen|\w*container[n]?|Pensionen|Hotels|Gasthöfe[n]?|Gasthäuser[n]?|Kirchen|"
        r"Standorte[n]?|\w*verfahren|"
        # buildings other than homes: "zwei ehemalige Betriebsgebäude" (not "Wohngebäude")
        r"(?!wohn)\w+gebäude[n]?|"
        r"\w*einrichtungen|\w*siedlungen|Anzeigen|Delikte[n]?|Straftaten|Kontrollen|Züge[n]?|Sonderzüge[n]?|"
        # crime statistics count suspects and offenders: "64 der ermittelten Tatverdächtigen"
        r"\w*[Tt]atverdächtige[n]?|Verdächtige[n]?|\w*[Ss]traftäter(?:innen|n)?|Täter(?:innen|n)?|Angeklagte[n]?|"
        r"Beschuldigte[n]?|Einbrüche[n]?|\w*diebstähle[n]?",
    ),
    casualty_words=(
        r"getötet"
        + _E
        + r"|tötete[n]?|ums\s+Leben\s+gekommen|"
        # the subject with its figure and adverbials inside the bracket, which spans the verb of
        # arrival: "kamen an der Mauer bis 1989 mindestens 140 Menschen ums Leben"
        + _bracket(r"kamen|kommen|kam|kommt", r"ums\s+Leben", 10)
        + r"|ums\s+Leben|"
        # (participles as attributes too: "die Zahl der auf der Flucht gestorbenen Menschen")
        r"starben|gestorben"
        + _E
        + r"|tot|Tote[n]?|Todesopfer|verletzt"
        + _E
        + r"|Verletzte[n]?|verwundet"
        + _E
        + r"|"
        r"vermisst" + _E + r"|Vermisste[n]?|ertrunken" + _E + r"|verschüttet" + _E + r"|"
        r"hingerichtet|massakriert|ermordet" + _E + r"|Leichen|umgekommen" + _E + r"|"
        # injuries suffered: "zwei erlitten Rauchgasvergiftungen"
        r"erlitten|erlitt|\w*vergiftung(?:en)?|Verletzungen",
    ),
    soft_blockers=(
        r"betroffen" + _E + r"|Betroffene[n]?|brauchen|benötigen|Hilfe|Unterstützung|versorgt|"
        r"erhielten|erhalten|behandelt|infiziert|erkrankt|festgenommen|verhaftet|entführt|gerettet|barg|bargen|"
        r"geborgen|an\s+Bord|demonstrierten|hungern|leben\s+in\s+Armut|Bedarf|bedürftig" + _E + r"|"
        # people protesting or signing (against a shelter, a camp): "600 Menschen protestierten
        # gegen ein geplantes Asylquartier"
        r"demonstrieren|demonstriert|protestierten|protestieren|protestiert|unterschrieben|unterzeichneten|"
        # people taking part in an event or celebrating: "Rund 800 Menschen feierten am Samstag in
        # der Innenstadt, darunter viele Flüchtlinge", "600 Flüchtlinge nahmen am Stadtlauf teil"
        r"feierten|feiern|teilgenommen|Teilnehmer\w*|(?:nahmen|nehmen|nahm|nimmt)\s+(?:\S+\s+){0,5}?teil",
    ),
    negations=(
        r"kein|keine|keinen|keiner|nicht|nie|niemals|weder|ohne(?!\s+(?:Obdach|Dach|Unterkunft|Zuhause|Bleibe))",
    ),
    hypotheticals=(
        r"könnten|könnte|können|kann|dürften|dürfte|würden|würde|drohen|droht|befürchtet|befürchten|"
        # "könne": the reported-speech form of "kann" ("sagte, die Gemeinde könne nicht ...")
        r"könne|"
        r"erwartet|erwarten|voraussichtlich|möglicherweise|vielleicht|falls|wenn|sofern|Prognosen?|"
        r"rechnen\s+mit|geplant|planen|Pläne",
    ),
    # The modal closing a subordinate clause, up to two words after the term: "dass 10.000
    # Menschen fliehen könnten", "um zwei Millionen Flüchtlinge in Zelten unterbringen zu
    # können". Not "müssen"/"können" alone: "haben fliehen müssen" is a past event.
    hypotheticals_after=(
        r"(?:\s+[^\s,;:.!?()–—]+){0,2}?\s+(?:zu\s+(?:können|wollen|müssen)|könnten|könnte|dürften|dürfte|"
        r"müssten|müsste|würden|würde|sollen|sollten|werden\s+(?:könnten|sollen|müssen))",
    ),
    bare_followers=(
        r"haben|hatten|hat|hatte|sind|waren|ist|war|wurden|wurde|werden|wird|würden|mussten|müssen|"
        r"konnten|können|sollen|sollten|seien|seien|wären|sei|blieben|bleiben|leben|lebten|"
        r"in|im|aus|nach|von|vom|zu|zum|zur|bei|beim|mit|auf|an|am|über|unter|vor|seit|bis|durch|"
        r"gegen|um|ohne|für|und|oder|aber|sowie|die|der|das|den|dem|des|sich|es|sie|noch|schon|"
        r"bereits|inzwischen|mittlerweile|allein|alleine|insgesamt|davon|darunter|etwa|rund|allerdings|"
        # the verb of motion left out: "durften 2.500 zurück", "konnten 300 wieder heim"
        r"zurück|heim|wieder|"
        r"\w+ten|\w+iert|\w+ert|ge\w+t|ge\w+en|"
        # participles of verbs with an inseparable prefix take no ge-: "hat sich auf 22.000
        # erhöht", "hat sich mit 88.000 verdreifacht"
        r"erhöht|verdoppelt|verdreifacht|vervierfacht|vervielfacht|verzehnfacht",
    ),
    noun_gap_words=(
        r"weitere[n]?|neue[n]?|zusätzliche[n]?|andere[n]?|registrierte[n]?|ehemalige[n]?|"
        r"junge[n]?|alte[n]?|minderjährige[n]?|unbegleitete[n]?|arme[n]?|einheimische[n]?|"
        r"zivile[n]?|schutzbedürftige[n]?|obdachlose[n]?|vertriebene[n]?|geflüchtete[n]?|"
        r"evakuierte[n]?|betroffene[n]?|\w+ische[n]?|\w+ländische[n]?|davon|von\s+ihnen",
    ),
    non_fact_before=(
        r"(?:\w*zelte?|\w*plätze|\w*betten|Platz|\w*kapazität|\w*unterkunft|\w*unterkünfte|\w*quartiere?|"
        r"\w*heim|\w*halle|\w*container)\s+(?:für|von)\s*$",
        # each of several facilities: "50 kleine Quartiere für jeweils rund 20 bis 25 Personen",
        # "Container für je acht Personen"
        r"(?:\w*zelte|\w*plätze|\w*betten|\w*unterkünfte|\w*quartiere|\w*heime|\w*hallen|\w*container|"
        r"\w*zimmer|\w*wohnungen|\w*häuser)\s+(?:für|mit)\s+(?:jeweils|je)\s+(?:rund\s+|etwa\s+|bis\s+zu\s+|"
        r"maximal\s+|höchstens\s+|zwischen\s+)?$",
        r"Kapazität\s+(?:von|für)\s*$",
        # a thing meant for people, the noun (capitalised) right before "für", a genitive may stand
        # between: "Deutschkurse für 25.000 Asylberechtigte", "zwei Holzhäuser des Roten Kreuzes für
        # 76 Flüchtlinge", "Kosten für 80.000 Asylwerber": what they are for, not people counted
        r"(?-i:[A-ZÄÖÜ])\w+(?:\s+(?:des|der|eines|einer)\s+(?:\S+\s+){0,2}?)?\s+für\s+(?:jeweils\s+|je\s+)?"
        r"(?:bis\s+zu\s+|maximal\s+|höchstens\s+|rund\s+|etwa\s+|knapp\s+|mehr\s+als\s+|über\s+|"
        r"insgesamt\s+|weitere\s+|zusätzliche\s+)?$",
        # room stated with a verb between: "Platz wäre für 1.200", "Platz gibt es für bis zu 500"
        r"\bPlatz\s+(?:wäre|wären|ist|war|sind|gibt\s+es|gäbe\s+es|hätten|haben|hat|bietet|böte)\s+"
        r"(?:\S+\s+){0,2}?für\s+(?:bis\s+zu\s+|maximal\s+|höchstens\s+|rund\s+|etwa\s+)?$",
        r"\b(?:Obergrenze|Höchstgrenze|Richtwert|Deckel)\w*\s+(?:\S+\s+){0,3}$",  # a quota
        # "es" standing for a group the clause before counted out of work: "21.000 Asylberechtigte
        # sind beim AMS arbeitssuchend vorgemerkt, bis Ende 2016 könnten es 30.000 werden"
        r"(?:arbeitslos|arbeitssuchend|beim\s+AMS|ohne\s+(?:Job|Arbeit)|erwerbstätig|beschäftigt)\w*"
        r"[^.;:!?]{0,80}?\b(?:waren|sind|seien|wären|könnten|dürften|sollen|sollten|werden|würden)\s+es\s+"
        r"(?:[^\s\d,;:.!?()–—]+\s+){0,3}?$",
        # people who came to a meeting or an event: "Zu einer Bürgerversammlung am Freitag kamen rund
        # 300 Anrainer", "Zur Kundgebung erschienen 2.000 Menschen" (attendance, not arrival)
        r"\b(?:zu|zur|zum)\s+(?:(?:einer|der|dem|einem)\s+)?(?:\S+\s+)?\w*(?:versammlung|veranstaltung|demonstration|"
        r"kundgebung|demo|feier|konzert|gottesdienst|messe|sitzung|diskussion|gedenkfeier|mahnwache|lichtermeer|"
        r"spiel|match|derby|fest)\w*\s+(?:[^\s\d,;:.!?()–—]+\s+){0,3}?(?:kamen|kommen|kam|erschienen|strömten)\s+"
        r"(?:rund\s+|etwa\s+|mehr\s+als\s+|über\s+|knapp\s+|fast\s+|mindestens\s+)?$",
        # a rate opening the clause, its verb and an adverb between: "Täglich kommen derzeit rund
        # 300 neue Asylwerber hinzu", "Pro Woche stellen etwa 2.000 Menschen einen Antrag"
        r"(?:^|[.;:]\s+|,\s+)(?:[Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Pp]ro\s+(?:Tag|Woche|Monat|Stunde)|"
        r"[Jj]eden\s+(?:Tag|Monat)|[Jj]ede\s+(?:Woche|Stunde))\s+(?:[^\s\d,;:.!?()–—]+\s+){1,4}$",
        # an admission voted on, decided, demanded or announced, not people taken in: "stimmten für
        # die Aufnahme von 300 Flüchtlingen", "beschloss die Aufnahme von 1.000 Syrern"
        r"\b(?:für|gegen|beschloss|beschlossen|beschließt|beschließen|fordert|fordern|forderte|forderten|"
        r"kündigte|kündigten|angekündigt|plant|planen|plante|planten|geplante[n]?|zugesagte[n]?|"
        r"versprochene[n]?)\s+(?:[^\s,;:.!?()–—]+\s+){0,2}?(?:die\s+)?Aufnahme\s+von\s+(?:weiteren\s+|"
        r"zusätzlichen\s+)?(?:bis\s+zu\s+|rund\s+|etwa\s+|maximal\s+|höchstens\s+|insgesamt\s+)?$",
        # a contingent or quota stated with its figure, no clause end between: "Das Tageskontingent
        # an der Grenze liegt bei 80 Asylanträgen", "die Aufnahmequote von 1.500 Flüchtlingen"
        r"\w*(?:[Kk]ontingent|[Qq]uote)\w*\s+(?:[^\s,;:.!?()–—]+\s+){0,4}?(?:von|bei|auf|mit|für)\s+"
        r"(?:bis\s+zu\s+|maximal\s+|höchstens\s+|rund\s+|etwa\s+|knapp\s+|nur\s+)?$",
        # the number of the dead or hurt, its figure later in the clause: "gibt die Zahl der auf der
        # Flucht gestorbenen Menschen mit mindestens 1.790 an", "die Zahl der getöteten Flüchtlinge
        # stieg auf 40" (a displacement word in the attribute says how they died)
        # (the 60 characters before the figure hold the participle and its noun, "Zahl der" may stand
        # before them; the figure's link closes them: "auf", "mit", "bei", "beträgt")
        r"(?:gestorbene|getötete|ertrunkene|umgekommene|verunglückte|verletzte|vermisste|erfrorene|ermordete)n?\s+"
        r"(?-i:[A-ZÄÖÜ])\w+\s+(?:[^\s,;:.!?()–—]+\s+){0,4}?(?:auf|mit|bei|beträgt|betrug)\s+"
        r"(?:mindestens\s+|rund\s+|etwa\s+|mehr\s+als\s+|über\s+|knapp\s+|fast\s+|bis\s+zu\s+)?$",
        # a part of the casualties: "23 Menschen wurden verletzt, darunter 17 Flüchtlinge"
        r"(?:verletzt|getötet|tot|gestorben|starben|verwundet|ertrunken|ums\s+Leben\s+gekommen)\w*\s*,\s*"
        r"(?:darunter|davon|unter\s+ihnen)\s+(?:auch\s+)?$",
        # an expectation: "rechnet für heuer mit bis zu 95.000 Asylanträgen"
        r"\b(?:rechnet|rechnen|rechnete|rechneten)\s+(?:\S+\s+){0,4}?mit\s+"
        r"(?:bis\s+zu\s+|rund\s+|etwa\s+|mehr\s+als\s+|maximal\s+|höchstens\s+)?$",
        # a survey's sample: "eine Befragung unter 2.800 Asylberechtigten" ("unter" may be read
        # as the figure's "less than")
        r"\b(?:Befragung|Umfrage|Studie|Erhebung|Stichprobe)\w*\s+(?:(?:unter|mit|von|bei)\s+)?"
        r"(?:rund\s+|etwa\s+|mehr\s+als\s+|knapp\s+|insgesamt\s+)?$",
        # the participle first: "Befragt wurden 1.200 Asylberechtigte", "die befragten 800 Flüchtlinge"
        r"\b(?:befragt|interviewt)\w*\s+(?:(?:wurden|werden|hat|haben|hatte|hatten)\s+)?(?:\S+\s+){0,2}?$",
        # a story told of people, in a film, a book or a play: "erzählt die Geschichte von 12
        # Flüchtlingen", "das Schicksal der 300 Flüchtlinge von 1956"
        r"\b(?:Geschichten?|Schicksale?|Porträts?|Lebensgeschichten?|Biografien?)\s+(?:von|der|dieser|jener)\s+"
        r"(?:(?:rund|etwa|über|mehr\s+als|knapp|insgesamt)\s+)?$",
        # people investigated or charged: "ermittelt gegen 25 Asylwerber", "Anklage gegen 12 Flüchtlinge"
        # ("gegen" may be read as the figure's "about", then not in the text before it)
        r"\b(?:ermittelt|ermitteln|ermittelte|ermittelten|Ermittlungen|Anklage|Anzeigen?)\s+(?:gegen\s+)?"
        r"(?:(?:rund|etwa|über|mehr\s+als|knapp|insgesamt)\s+)?$",
        # people at work, the verb first: "arbeiten derzeit 450 Asylwerber in gemeinnützigen Jobs"
        # (and at school or university: "An den Schulen lernen derzeit 2.800 Kinder aus der Ukraine")
        r"\b(?-i:arbeiten|arbeiteten|jobben|lernen|lernten|studieren|studierten)\s+(?:(?:derzeit|zurzeit|bereits|schon|inzwischen|mittlerweile|rund|etwa|"
        r"über|mehr\s+als|knapp|fast|insgesamt|bis\s+zu)\s+)*$",
        # a pledge in a relative clause on the noun, its figure after the link: "Die Zahl der
        # Flüchtlinge, die Österreich heuer aufnehmen will, liegt bei 37.500"
        r"(?:aufnehmen|aufzunehmen|zulassen)\s+(?:will|wollen|wolle|soll|sollen|solle|darf|dürfen|kann|können|möchte)\s*,\s+"
        r"(?:\S+\s+){0,3}?$",
        r"(?:bietet|bieten|bot|boten)\s+(?:\S+\s+){0,2}?Platz\s+für\s*$",
        r"(?:ausgelegt|gedacht|vorgesehen|gebaut|geplant|konzipiert)\s+(?:für|auf)\s*$",
        # the participle first, the subject inverted: "ausgelegt ist es für 1.800 Personen",
        # "vorgesehen war das Quartier für bis zu 500"
        r"(?:ausgelegt|gedacht|vorgesehen|konzipiert)\s+(?:ist|war|sind|waren|wäre|wurde|wurden)\s+"
        r"(?:\S+\s+){0,3}?(?:für|auf)\s+(?:bis\s+zu\s+|maximal\s+|höchstens\s+|rund\s+|etwa\s+)?$",
        r"(?:aufnehmen|unterbringen|beherbergen)\s+(?:kann|können|könnte|soll|sollen)\s*$",
        r"(?:stieg|sank|wuchs|erhöhte\s+sich|verringerte\s+sich|ging|gestiegen|gesunken|zurückgegangen)\s+um\s*$",
        r"(?:Einwohnerzahl\s+von|Bevölkerung\s+von|Stadt\s+mit|Ort\s+mit|Gemeinde\s+mit|Alter\s+von)\s*$",
        # people protesting or signing, the verb first: "demonstrierten am Sonntag 400 Anrainer"
        r"\b(?:demonstrierten|protestierten|demonstrieren|protestieren|unterschrieben|unterzeichneten)\s+"
        r"(?:\S+\s+){0,3}?(?:rund\s+|etwa\s+|mehr\s+als\s+|über\s+|knapp\s+|bis\s+zu\s+)?$",
        r"(?:Route|Linie|Flug|Resolution|Artikel|Paragraf|Kategorie|Stufe|Phase|Nr\.)\s*$",
        # rates: "pro 1.000 Einwohner", "jeden Monat zwischen fünf und 20", "täglich 5.000"
        r"\b(?:pro|je)\s*$",
        r"\b(?:pro|je|jeden|jede|jedes)\s+(?:Tag|Woche|Monat|Jahr|Stunde)\b(?:\s+[^\s.;:]+){0,7}\s*$",
        r"\b(?:täglich|wöchentlich|monatlich|stündlich|jährlich)\b(?:\s+\S+){0,5}\s*$",
        # "am Tag zwischen 5.000 und 6.000", "in der Stunde bis zu 100": per day, per hour
        r"\b(?:am\s+Tag|in\s+der\s+(?:Stunde|Woche)|im\s+Monat|in\s+der\s+Nacht\s+je)\s+"
        r"(?:zwischen\s+|bis\s+zu\s+|rund\s+|etwa\s+|ca\.\s+|mehr\s+als\s+|über\s+|knapp\s+|maximal\s+|"
        r"höchstens\s+|mindestens\s+)?$",
        r"\b(?:pro|je|auf)\s+\d[\d.]*\s+\w+\s*$",  # "pro 1.000 Einwohner zehn Asylwerber": a ratio
        r"(?:in\s+den\s+|die\s+)?(?:vergangenen|letzten|nächsten|kommenden|ersten)\s*$",
        r"(?:Block|Sektor|Zone|Halle|Haus|Zimmer)\s*$",
        r"\bvon\s+den\s+\d[\d .]*\s+(?:\w+\s+){0,2}?(?:Lagern|Unterkünften|Schulen|Gemeinden|Bezirken|Provinzen)\s*,?\s*$",
    ),
    non_fact_after=(
        # a pledge or a quota, not people who came: "hat sich verpflichtet, 30.000 Flüchtlinge
        # aufzunehmen", "37.500 aufnehmen zu wollen", "sollen maximal 37.500 aufgenommen werden"
        r"^\s*(?:\S+\s+){0,4}?(?:aufzunehmen|aufnehmen\s+(?:zu\s+wollen|will|wollen|soll|sollen|kann|können|"
        r"könnte|könnten|müsse|müssen|werde|werden|würde|würden)|aufgenommen\s+werden)\b",
        # a plan to take in or resettle, the zu-infinitive closing the clause however many words
        # between: "vereinbart, 22.000 Flüchtlinge aus Lagern im Nahen Osten umzusiedeln"
        # (and to put up: "beschloss, 25 Flüchtlinge im alten Pfarrhof unterzubringen")
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,8}?(?:aufzunehmen|umzusiedeln|umzuverteilen|anzusiedeln|unterzubringen|"
        r"einzuquartieren)\b",
        # a part of a group the sentence before counted, "darunter" closing the clause: "Laut
        # Ministerium befinden sich 18 Asylwerber darunter" (of 31 suspects): the group decides, and
        # a part of displaced people is a subgroup of their figure, not a fact of its own
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,2}?(?:darunter|unter\s+ihnen)(?=\s*(?:[.;:!?)–—]|$))",
        # a law or measure that concerns them, the verb closing a relative clause: "das neue
        # Gesetz, das 12.000 Asylberechtigte betrifft"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,3}?(?:betrifft|betreffen|betraf|betrafen)(?=\s*(?:[.,;:!?)–—]|$))",
        # the infinitive closing the clause, its modal or future before the figure: "will
        # höchstens 25 Flüchtlinge aufnehmen", "wird 300 Asylwerber aufnehmen" (the past is a
        # participle, "hat 120 Flüchtlinge aufgenommen", or split, "nahm 120 auf")
        r"^\s*(?:\S+\s+){0,4}?(?:aufnehmen|übernehmen|zulassen|(?:ins\s+Land|herein|einreisen|passieren)\s+lassen)"
        r"(?=\s*(?:[.,;:!?)–—]|$|und\s|oder\s))",
        # admissions allowed, a cap: "dass heuer nur noch 37.500 Asylanträge zugelassen werden sollen"
        r"^\s*(?:\S+\s+){0,3}?(?:zugelassen|genehmigt|erlaubt)\s+(?:werden|würden)\b",
        # a permission or plan in a verb-final clause: "dass 2.000 Flüchtlinge nach Deutschland
        # weiterreisen dürfen", "wie viele ... einreisen sollen" (not "evakuiert werden sollen":
        # an evacuation ordered is at_risk)
        r"^\s*(?:\S+\s+){0,5}?(?:\w*reisen|passieren|kommen|bleiben)\s+(?:dürfen|sollen|dürften|sollten)"
        r"(?=\s*(?:[.,;:!?)–—]|$|und\s|oder\s))",
        r"^\W*(?:\w+\s+){0,3}(?:pro|je|jeden|jede|jedes|am|im|in\s+der)\s+(?:Tag|Woche|Monat|Jahr|Stunde)\b",
        r"^\W*(?:\w+\s+){0,3}(?:täglich|wöchentlich|monatlich|jährlich|pro\s+Tag)\b",
        r"^\W*(?:\w+\s+){0,2}(?:an\s+Bord|mit\s+Symptomen|im\s+Krankenhaus|Prozent)\b",
        r"^\W*(?:\w+\s+){0,2}(?:Jahre|Jahren)\s+alt\b",
        r"^\s*(?:zählt|zählte|umfasst|umfasste)\b",
        # the figure's clause closing on a casualty or an arrest, the verb last: "waren rund 300
        # Flüchtlinge bei Zusammenstößen verletzt worden", "wurden 40 Migranten festgenommen" (no
        # other figure or clause between: "von den 300 Evakuierten wurden 5 verletzt" keeps 300)
        # (and a police check or a smuggling: "hat die Polizei 240 Personen kontrolliert", "in dem
        # 34 Flüchtlinge eingepfercht waren", "wurden 60 Migranten aufgegriffen")
        r"^[^\d,;:.!?()–—]{0,100}?\b(?:verletzt|getötet|verwundet|erschossen|festgenommen|verhaftet|ertrunken|"
        r"kontrolliert|perlustriert|angezeigt|aufgegriffen|angehalten|eingepfercht|zusammengepfercht|"
        r"geschleust|geschmuggelt|geschleppt)"
        r"(?:\s+(?:worden|wurden|werden|waren|sind|hat|hatte|haben|hatten))?(?=\s*(?:[.,;:!?)–—]|$))",
        # people counted as out of work or on the labour market: "17.000 anerkannte Flüchtlinge in
        # Arbeitslosigkeit", "3.400 Asylberechtigte sind beim AMS arbeitslos gemeldet"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,8}?(?:in\s+Arbeitslosigkeit|arbeitslos\w*|arbeitssuchend\w*|"
        r"beim\s+AMS|auf\s+(?:Job|Arbeits)suche|in\s+Beschäftigung|erwerbstätig\w*|in\s+Schulungen|"
        # (and out of work in a headline, or in work: "38.000 Flüchtlinge ohne Job", "gehen 185.000
        # Ukrainer einer Beschäftigung nach")
        r"ohne\s+(?:Job|Arbeit|Arbeitsplatz|Beschäftigung|Lehrstelle)|einer\s+(?:\w+\s+){0,2}?(?:Beschäftigung|Arbeit)\s+nach|"
        # integration counted: a job, an apprenticeship or a flat found, work done, citizenship
        # granted, school taught ("haben 1.800 Flüchtlinge eine Lehrstelle gefunden", "wurden 2.300
        # ehemalige Flüchtlinge eingebürgert", "arbeiten 450 Asylwerber in gemeinnützigen Jobs")
        r"(?:\w*[Ll]ehrstelle|\w*[Jj]ob|Arbeit|\w*[Aa]rbeitsplatz|Wohnung|Lehrplatz|Ausbildungsplatz)\s+gefunden|"
        r"eingebürgert|(?-i:arbeiten|arbeiteten|jobben)|unterrichtet|beschult|eingeschult|"
        # in an apprenticeship or training: "sind etwa 120 junge Asylwerber in einer Lehre"
        r"in\s+(?:einer\s+|der\s+)?(?:Lehre|Ausbildung|Berufsausbildung))\b",
        # guests invited, the participle closing the clause: "hat der Verein 50 Flüchtlinge aus
        # einem Quartier zum Heimspiel eingeladen" (people counted for an event, not for a shelter)
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,14}?(?:eingeladen|geladen)(?=\s*(?:[.,;:!?)–—]|$|und\s))",
        # the asylum procedure's steps, not people displaced: "wurden 4.200 Asylanträge negativ
        # beschieden", "haben 1.500 Asylwerber Beschwerde eingelegt", "gelten 5.000 minderjährige
        # Flüchtlinge als verschwunden"
        # a decision of the asylum procedure, protection granted: "haben 409.500 Asylbewerber einen
        # Schutzstatus erhalten", "erhielten 5.900 Antragsteller die Flüchtlingseigenschaft" (a stock
        # holding a status, "verfügen über den Schutzstatus S", stays a term)
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,4}?(?:\w*[Ss]chutzstatus|\w*[Ss]chutz|Asyl|Flüchtlingsstatus|"
        r"Flüchtlingseigenschaft|Asylstatus|(?:einen\s+)?positiven\s+Bescheid)(?:\s+S)?\s+(?:erhalten|erhielten|bekommen|"
        r"bekamen|zuerkannt|gewährt)\b",
        # (and a residence or work permit applied for: "haben 12.000 Vertriebene eine Rot-Weiß-Rot-Karte
        # plus beantragt", not the asylum application, a term of its own)
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,5}?(?:\S*[Kk]arte|Aufenthaltstitel|\w*[Ee]rlaubnis|Staatsbürgerschaft|"
        r"Einbürgerung)\s+(?:plus\s+)?(?:beantragt|beantragten|beantragen)\b",
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,6}?(?:negativ\s+beschieden|positiv\s+beschieden|abgelehnt|abgewiesen|"
        r"Beschwerde|Berufung|geklagt|klagten|verklagt|verschwunden)\b",
        # people taking part in an event, the particle closing the clause (as the perfect
        # "teilgenommen" below): "Rund 400 Flüchtlinge nahmen am Stadtmarathon teil", "An dem Lauf
        # nahmen 350 Asylwerber teil"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,6}?(?-i:teil)(?=\s*(?:[.,;:!?)–—\"“”]|$))",  # not "der größte Teil"
        # at work, deployed: "sind 70 Flüchtlinge als Erntehelfer im Einsatz"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,4}?als\s+\w+\s+im\s+Einsatz\b",
        # victims of an attack or of discrimination: "wurden 120 Asylwerber Opfer rassistischer
        # Übergriffe"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,2}?Opfer\s+(?:von\s+|eines\s+|einer\s+|der\s+|des\s+)?(?:\w+\s+)?"
        r"(?:\w*[Üü]bergriff|\w*[Aa]ngriff|\w*[Gg]ewalt|Straftat|\w*[Aa]nschlag|Verbrechen|Diskriminierung|Betrug)\w*",
        # fighters: "Mehr als 100.000 Ukrainer kämpfen in der Armee"
        # (the verb in lower case: "fliehen vor Kämpfen" is the fighting they flee)
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,2}?(?-i:kämpfen|kämpften|kämpft|kämpfte)\b",
        # people on stage, in a course or a project: "wird von 15 jungen Flüchtlingen gespielt",
        # "kommen 20 Geflüchtete zu Wort", "wurden 30 Flüchtlinge als Dolmetscher ausgebildet"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,5}?(?:gespielt|aufgeführt|gesungen|inszeniert|zu\s+Wort|ausgebildet|geschult|"
        r"trainiert|porträtiert|fotografiert|interviewt)\b",
        # the people a thing is for, their noun after "für": "spendeten 600 Menschen für
        # Flüchtlinge", "demonstrierten 5.000 Menschen für die Aufnahme von Flüchtlingen"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,3}?für\s+(?:die\s+|den\s+)?(?:\w+\s+){0,3}?(?:\w*[Ff]lüchtling\w*|[Gg]eflüchtete\w*|"
        r"Asyl\w*|Schutzsuchende\w*|Vertriebene\w*|Evakuierte\w*|Obdachlose\w*)",
        # people protesting or signing: "600 Menschen protestierten gegen das Quartier"
        r"^\s*(?:\S+\s+){0,2}?(?:demonstrierten|protestierten|demonstrieren|protestieren|unterschrieben|"
        r"unterzeichneten)\b",  # "das rund 10.000 Einwohner zählt": a population
        # the perfect, the participle closing the clause: "haben 1.800 Anrainer eine Petition
        # unterzeichnet", "hatten 500 Menschen an der Kundgebung teilgenommen"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,6}?(?:unterzeichnet|unterschrieben|demonstriert|protestiert|teilgenommen)"
        r"(?=\s*(?:[.,;:!?)–—\"“”]|$))",
        # "Zainab F. (25) ist", "Aysha (35, Name geändert)": an age; "2) Kultur": a list number
        r"^\s*(?:,\s*Name\s+geändert)?\)\s+(?:ist|war|sitzt|saß|lebt|lebte|sagt|sagte|erzählt|erzählte|hat|"
        r"hatte|stammt|kam|floh|wohnt|mit)\b",
        r"^\s*,\s*Name\s+geändert\)",
        # sent back to the country of origin (a deportation or a removal under the asylum law, no
        # return home): "1.250 Personen in ihre Herkunftsländer zurückgebracht"
        r"^\s*(?:\S+\s+){0,4}?(?:in\s+(?:ihre|ihr|die|das|den)\s+|nach\s+)(?:\w+\s+)?(?:Herkunfts\w+|Heimatl(?:and|änder)\w*|"
        r"Heimatstaat\w*|Drittstaat\w*)\s+(?:\S+\s+){0,2}?(?:zurückgebracht|zurückgeführt|rückgeführt|zurückgeschickt|"
        r"zurückgeschoben|abgeschoben|überstellt|gebracht)",
        # a part of the suspects or offenders: "Bei 64 der ermittelten Tatverdächtigen handelte es
        # sich um Asylsuchende"
        r"^\s*(?:der|von\s+den)\s+(?:[^\s,;:.!?()–—]+\s+){0,2}?(?:\w*[Tt]atverdächtig\w*|Verdächtig\w*|"
        r"\w*[Ss]traftäter\w*|Täter\w*|Angeklagt\w*|Beschuldigt\w*)",
        # back from captivity or prison, no return home from displacement: "sind 3.000 Ukrainer
        # aus der Gefangenschaft heimgekehrt"
        r"^\s*(?:[^\s,;:.!?()–—]+\s+){0,3}?aus\s+(?:der\s+)?(?:\w+\s+)?(?:Gefangenschaft|Kriegsgefangenschaft|Haft)\b",
        # without power or water: exposed, not displaced ("100.000 Haushalte sind ohne Strom")
        r"^\W*(?:\S+\s+){0,3}?ohne\s+(?:Strom|Wasser|Trinkwasser|Heizung|Elektrizität|Gas|Netz)\b",
        r"^\)\s+(?-i:[A-ZÄÖÜ])",
        r"^\s*von\s+(?:den|diesen)\s+(?:\d[\d .]*\s+)?(?:\w+\s+){0,2}?(?:Lagern|Unterkünften|Schulen|Gemeinden|"
        r"Bezirken|Provinzen|Dörfern)\b",
    ),
    non_home_evacuation=(
        r"(?:aus|von)\s+(?:dem|der|einem|einer|den)?\s*(?:\w+\s+)?(?:\w*[Ss]chiff\w*|\w*[Ff]ähre\w*|\w*[Ff]lugzeug\w*|"
        r"\w*[Zz]ug|\w*[Bb]üro\w*|\w*[Ff]abrik\w*|\w*[Ww]erk\w*|\w*[Bb]ergwerk\w*|\w*[Ss]tadion\w*|\w*[Hh]alle|"
        r"\w*[Ee]inkaufszentrum\w*|\w*[Ff]lughafen\w*|\w*[Kk]rankenhaus\w*|\w*[Kk]linik\w*|\w*[Kk]onzert\w*|"
        r"\w*[Ff]estival\w*|\w*[Bb]otschaft\w*|\w*[Tt]urm\w*|\w*[Gg]efängnis\w*|\w*[Uu]niversität\w*|"
        r"\w*[Hh]otel\w*|\w*[Bb]ahnhof\w*|\w*[Ss]chule\w*|\w*[Gg]ebäude\w*)",
        r"Passagiere|Besatzung\w*|Mitarbeiter\w*|Angestellte\w*|Beschäftigte\w*|Diplomaten|Touristen|"
        r"Urlauber\w*|Camper\w*|Campingplatz\w*|Schüler\w*|Zuschauer\w*|Besucher\w*|Patienten",
    ),
    clause_breaks=(
        r";|\baber\b|\bwährend\b|\bjedoch\b|\bdoch\b|\bhingegen\b|\bobwohl\b|\bwohingegen\b",
        # a part of the group counted before opens a clause of its own, and what it tells is of
        # the part: "mussten 5.000 Menschen ihre Häuser verlassen, viele von ihnen wurden gerettet"
        r",\s*(?:viele|einige|manche|wenige|die\s+meisten|ein\s+Teil|ein\s+Großteil)\s+(?:von\s+ihnen|davon)\b",
    ),
    temporal_anaphora=(
        r"damals|zu\s+diesem\s+Zeitpunkt|zu\s+jener\s+Zeit|an\s+diesem\s+Tag",
        # and a consequence of what the sentence before tells, which happened when it did
        r"infolgedessen|in\s+der\s+Folge|als\s+Folge\s+davon|daraufhin",
        # and an addition to its account, of the same time
        r"zudem|außerdem|darüber\s+hinaus",
    ),
    origin_prepositions=(r"(?:aus|von|vom)\s+(?:dem\s+|der\s+|den\s+)?(?:\w+\s+){0,3}$",),
    destination_prepositions=(r"(?:nach|in\s+(?:die|den|das)|ins|zu|zur|zum|Richtung)\s+(?:\w+\s+){0,2}$",),
    figure_links=(
        r"(?:ist|sind|war|hat|haben)?\s*(?:gestiegen|stieg|steigt|angestiegen|gesunken|sank|sinkt|"
        r"zurückgegangen|ging\s+zurück)\s+auf|(?:erreichte|erreicht|erreichten|überschritt|überschritten|"
        r"übersteigt|überstieg|beläuft\s+sich\s+auf|belief\s+sich\s+auf|liegt\s+(?:nun\s+|jetzt\s+)?bei|"
        r"lag\s+bei|beträgt|betrug)",
    ),
    modifier_openers=(r"die|der|welche",),
    participle_terms=(
        r"vertrieben" + _E + r"|evakuiert" + _E + r"|geflohen" + _E + r"|geflüchtet" + _E + r"|"
        r"obdachlos" + _E + r"|umgesiedelt" + _E,
    ),
    coordinators=(r"und|oder|sowie|aber",),
    # Austrian usage: asylum seekers "in der Grundversorgung" are in the state's reception care,
    # which the labelled real news (dev) reads as sheltered ("cared for in the reception system");
    # the asylum-seeker reading (displaced) stays the first.
    second_measure_triggers=(
        (
            r"in\s+(?:der\s+)?(?:\w+\s+)?Grundversorgung|Grundversorgungs(?:bezieher|empfänger)\w*|Grundversorgte[nr]?",
            "sheltered",
            "sheltered",
        ),
    ),
    # "... über die Grenze gekommen, die in Notunterkünften untergebracht werden": a relative
    # clause on the same people says where they are now.
    second_measure_joiners=(
        r"und|nachdem\s+sie|und\s+leben\s+(?:nun|jetzt)|und\s+sind\s+(?:nun|jetzt)|,\s*(?:die|welche)",
    ),
    restatement_joiners=(r"\(|oder|also|d\.\s*h\.|das\s+heißt|insgesamt|zusammen",),
    country_scope=(
        r"(?:im\s+)?ganzen\s+Land|landesweit|bundesweit|österreichweit|im\s+gesamten\s+Land|in\s+ganz\s+\w+",
    ),
    other_words=(r"weitere|weiteren|andere|anderen",),
    # "Diese 400 Familien leben bei Verwandten": the group the sentence before named.
    # "Im Vorjahr waren es noch 90.000": "es" with a copula counts what the sentence before did.
    anaphora_demonstratives=(
        r"diese",
        r"dieser",
        r"diesen",
        r"jene",
        r"jener",
        r"jenen",
        # (a time or source between: "Am Dienstag waren es im selben Zeitraum noch 3.800 gewesen")
        r"(?:(?:waren|sind|seien|wären|war|ist|sei)\s+es|es\s+(?:waren|sind|seien|wären))"
        r"(?:\s+[^\s\d,;:.!?()–—]+){0,4}?"
        r"(?:\s+(?:noch|nur|bereits|schon|erst|sogar|zuletzt|damals|dann|insgesamt))*",
        # a part of that group, the copula first: "Darunter sind 900.000 Syrer", "Unter ihnen
        # waren 300 Kinder" (a part with a predicate of its own takes its own term)
        r"(?:darunter|unter\s+ihnen)\s+(?:sind|waren|seien|befinden\s+sich|befanden\s+sich)"
        r"(?:\s+(?:auch|etwa|allein|mehr\s+als))*",
    ),
    # the people an order or warning of the sentence before concerns: "Die Evakuierung von 31
    # Ortschaften wurde angeordnet. Betroffen sind rund 11.000 Menschen."
    anaphora_affected=(r"[Bb]etroffen\s+(?:sind|seien|waren|wären|wurden)(?:\s+[^\s\d,;:.!?()–—]+){0,5}?",),
    # The figure first, the copula with "es" after it: "Nur noch 335, 338 und 200 waren es in der
    # Woche davor", "12.000 waren es im Vorjahr" (a figure with its own noun, "12 Stunden waren
    # es", is no people figure: the noun decides)
    anaphora_after=(r"(?:waren|sind|seien|wären|war|ist|sei)\s+es\b",),
    # Measures (issue 7): shelter denied ("außerhalb der Lager", "nicht in Notunterkünften").
    shelter_negators=(r"außerhalb(?:\s+der|\s+des|\s+von)?", r"nicht\s+in(?:\s+den|\s+der|\s+einer?)?"),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(
        r"erhielten",
        r"erhalten",
        r"bekamen",
        r"bekommen",
        r"verteilt\w*",
        # not "versorgt" or "betreut": refugees cared for are the reception system's
        # (the sheltered trigger); other people cared for have no term of their own
        r"Versorgung",
        r"Hilfsgüter\w*",
        r"Lebensmittel\w*",
        r"Nahrungsmittel\w*",
        r"benötigen",
        r"brauchen",
        r"unterstützt",
        r"profitier\w*",
        r"registriert\w*",
    ),
    health_words=(
        r"getestet",
        r"infiziert",
        r"erkrankt\w*",
        r"Fälle",
        r"Patienten",
        r"geimpft",
        r"Impf\w*",
        r"Corona\w*",
        r"Covid(?:-19)?",
        r"Cholera",
        r"Masern",
        r"Symptom\w*",
    ),
    # Detention, rescue at sea, deportation, and quotas or pledges to take people in
    # ("hat sich engagiert, 30.000 Flüchtlinge aufzunehmen"): counts of another kind.
    custody_words=(
        r"festgenommen",
        r"verhaftet",
        r"inhaftiert",
        r"\w*haft",
        r"aufgegriffen",
        # gone into hiding or left the country: "sind 1.100 Asylwerber untergetaucht"
        r"untergetaucht",
        r"abgetaucht",
        r"ausgereist",
        r"abgefangen",
        # (not escaping abroad, a flight term: "haben sich in die Nachbarländer gerettet")
        r"(?<!länder\s)(?<!land\s)(?<!Grenze\s)gerettet",
        r"geborgen",
        # the finite forms: "barg die Küstenwache 14 Menschen aus den Fluten"
        r"barg|bargen|rettete|retteten",
        r"abgeschoben",
        r"Abschiebung\w*",
        r"zurückgewiesen",
        r"aufnehmen",
        r"aufzunehmen",
        r"\w*quote[n]?",
        r"\w*kontingent\w*",
        r"Obergrenze\w*",
        r"illegal\w*",
        r"Umverteilung\w*",
        r"umverteilt",
        r"umzuverteilen",
        r"zugesagt",
        r"Schüler\w*",
        r"befragt\w*",
        r"Befragung\w*",  # "eine Befragung unter 2.800 Asylberechtigten": people surveyed
        # crime statistics: "Darunter waren 402.000 Zuwanderer" (of the suspects)
        r"\w*[Tt]atverdächtig\w*",
        r"Kriminalstatistik\w*",
        r"Straftat\w*",
        # prisoners of war coming home: "aus der Gefangenschaft heimgekehrt"
        r"Gefangenschaft",
        r"Kriegsgefangen\w*",
    ),
    non_fact_spans=(
        # people pledged or expected, the participle before the noun: "90 von 1.953 zugesagten
        # Flüchtlingen", "die 500 erwarteten Asylwerber"
        r"\b\d[\d.,]*\s+(?:Millionen\s+)?(?:zugesagte|versprochene|vereinbarte|geplante|angekündigte|erwartete|"
        r"prognostizierte)[n]?\s+\w+",
        # an idiom of size, not a count: "die Schäden gehen in die Millionen"
        r"\bin\s+die\s+(?:Millionen|Milliarden|Tausende|Hunderte|Zehntausende|Hunderttausende)\b",
        # (the genitive too, and the part of them: "drei ihrer sechs Kinder")
        r"\b(?:(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?=(?:ihrer|seiner|meiner|unserer)\s))?"
        r"(?:ihre|seine|ihren|seinen|ihrer|seiner|meine|meiner|unsere|unserer|deren|dessen)\s+\S+\s+(?:Kinder|Söhne|Töchter|Enkel|"
        r"Geschwister|Brüder|Schwestern)\b",
        # a purpose clause states a goal, not what happened: "fehlt das Geld, um zwei Millionen
        # Flüchtlinge in Zelten unterbringen zu können"
        r"\bum\s+(?:[^\s,;:.!?()–—]+\s+){1,12}?zu\s+(?-i:[a-zäöüß])\w*",
        # a population: "Die Gemeinde hat 20.000 Einwohner", "der Ort zählt rund 900 Bewohner"
        # (not the perfect of a displacement verb, its participle closing the clause: "der Brand
        # hat 8.000 Einwohner in die Flucht getrieben", "hatte 300 Bewohner evakuiert")
        r"\b(?:hat|hatte|zählt|zählte|umfasst|umfasste)\s+(?:rund\s+|etwa\s+|knapp\s+|fast\s+|über\s+|mehr\s+als\s+)?"
        r"\d[\d.,]*\s+(?:Millionen\s+)?(?:Einwohner|Bewohner|Anwohner|Anrainer)\w*"
        r"(?!\s+(?:[^\s,;:.!?()–—]+\s+){0,5}?(?:in\s+die\s+Flucht|vertrieben|evakuiert|umgesiedelt|obdachlos|"
        r"in\s+Sicherheit|ausgeflogen|geflohen|geflüchtet))",
        # the population of a place, the place first and no refugee noun counted: "Im Dorf wohnen
        # insgesamt 839 Menschen", "In der Gemeinde leben rund 4.000 Einwohner" (not "In der Stadt
        # leben 3.000 Flüchtlinge", a stock)
        r"\b(?:Im|In\s+(?:der|dem|einem|einer))\s+(?:ganzen\s+|gesamten\s+)?(?:Dorf|Ort|Gemeinde|Stadt|Bezirk|"
        r"Stadtteil|Tal|Land|Bundesland|Ortsteil|Grätzel|Viertel|Kleinstadt|Marktgemeinde|Provinz|Region|Kanton|"
        r"Landkreis|Kreis|Bundesstaat|Gouvernement|Enklave|Hauptstadt|Metropole)\s+(?:\S+\s+){0,2}?"
        # (a source or a time may stand between verb and figure, within the clause: "In der Stadt
        # leben nach Angaben der Verwaltung wieder rund 1,3 Millionen Menschen")
        r"(?:wohnen|leben|lebten|wohnten|gibt\s+es)\s+(?:[^\s,;:.!?()–—]+\s+){0,5}?(?:insgesamt\s+|rund\s+|etwa\s+|knapp\s+|"
        r"fast\s+|über\s+|mehr\s+als\s+)?(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|eine)\s+(?:Millionen\s+)?(?:Menschen|Einwohner\w*|Bewohner\w*|"
        r"Personen|Leute|Seelen)\b"
        # (not people of a status: "Im Kanton Zürich leben 12.000 Personen mit Schutzstatus S")
        r"(?!\s+(?:[^\s,;:.!?()–—]+\s+){0,3}?(?:Schutzstatus|Asyl\w*|\w*[Ff]lüchtling\w*|geflohen|geflüchtet|vertrieben))",
        # a thing the figure counts with an extended attribute between ("Zwei aus Ungarn erwartete
        # Züge", "drei am Montag eingetroffene Busse"): vehicles and facilities, not people
        # (the attribute opens on a preposition or an adverb, never a noun or a verb: "8.500
        # Menschen mussten Zelte verlassen", "300 wurden in organisierte Lager gebracht" count people)
        r"\b(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
        r"(?:aus|am|an|im|in|vom|von|nach|für|bei|beim|mit|zum|zur|auf|über|seit|gestern|heute|bereits|noch|erst|"
        r"schon|eigens|zusätzlich)\s+"
        r"(?:[^\s,;:.!?()–—]+\s+){0,3}?\w+(?:te|ten|ende|enden)\s+(?:\w*[Zz]üge|\w*[Bb]usse|\w*[Ff]ahrzeuge|\w*[Bb]oote|\w*[Ss]chiffe|"
        r"\w*[Ff]lugzeuge|\w*[Ff]lüge|\w*[Cc]ontainer|\w*[Zz]elte|\w*[Qq]uartiere|\w*[Ll]ager|\w*[Hh]allen)\b",
        # a ratio in words: "zwei von drei Flüchtlingen sind Männer", "einer von zehn Asylwerbern"
        r"\b(?:eine[rsm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+von\s+(?:zwei|drei|vier|fünf|sechs|"
        r"sieben|acht|neun|zehn|zwanzig|hundert)\s+\w+",
        # a part of a count of things, the things named after the second figure: "vier der geplanten
        # fünf Hotspots zur Registrierung von Flüchtlingen", "drei von zehn Quartieren"
        r"\b(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(?:der|von\s+den)\s+"
        # (adjectives only between: "3.100 von ihnen mit 60 Bussen" counts people)
        r"(?:(?-i:[a-zäöüß])\w*e[nr]?\s+){0,2}?(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
        r"(?:[^\s,;:.!?()–—\d]+\s+)?(?:Hotspots|\w*[Zz]entren|\w*[Ll]ager[n]?|\w*[Qq]uartiere[n]?|\w*[Uu]nterkünfte[n]?|"
        r"\w*[Hh]eime[n]?|Gemeinden|Bundesländer[n]?|Länder[n]?|Bezirke[n]?|Staaten|Standorte[n]?|\w*[Zz]üge[n]?|"
        r"\w*[Bb]usse[n]?)\b",
        # a capacity in a verb-final clause, the participle after the figure: "wurde für 20.000
        # Bewohner gebaut", "ist für bis zu 800 Menschen ausgelegt"
        r"\bfür\s+(?:(?:[^\s,;:.!?()–—]|[.,](?=\d))+\s+){1,5}?(?:gebaut|ausgelegt|konzipiert|vorgesehen|gedacht|errichtet|"
        r"eingerichtet|geplant)\b",
        # "ganz" or "gesamt" before a name makes it the whole place, not people a figure counts:
        # "nach der Türkenbelagerung 1683 ganz Ungarn" (a year, then the country)
        r"\b\d[\d.,]*\s+(?:ganz|gesamt)\s+(?-i:[A-ZÄÖÜ])\w*",
        # readiness for a number to come: "man sei auf bis zu 600.000 Flüchtlinge vorbereitet",
        # "stellt sich auf 5.000 Ankünfte ein"
        r"\bauf\s+(?:(?:[^\s,;:.!?()–—]|[.,](?=\d))+\s+){1,7}?(?:vorbereitet|eingestellt|gerüstet|gefasst)\b",
        # a change from one figure to another whose noun is not people: the first figure takes the
        # second one's noun ("von 12 auf 8 Dollar gekürzt", "von 800 auf 500 Plätze reduziert")
        r"\bvon\s+\d[\d.,']*\s+(?:auf|bis|zu)\s+\d[\d.,']*\s+(?:Millionen\s+|Milliarden\s+)?(?:Euro|Dollar|Franken|"
        r"Cent|Prozent|Plätze[n]?|Betten|Jahre[n]?|Monate[n]?|Wochen|Tage[n]?|Stunden|Kilometer[n]?|Grad)\b",
        # a comparison with a year, closing the clause: "um 6.000 mehr als 2022", "weniger als im Jahr 2019"
        r"\b(?:mehr|weniger|höher|niedriger|größer|kleiner)\s+als\s+(?:im\s+Jahr\s+|in\s+)?(?:19[5-9]\d|20[0-3]\d)"
        r"(?=\s*(?:[.,;:)]|$|und\s|sowie\s))",
        # ages in a pair, the unit after the second: "der jüngste ist 15, der älteste 27 Jahre alt"
        r"\b(?:der|die|das)\s+(?:jüngste|älteste)[n]?\s+(?:(?:ist|war|sei|wäre)\s+)?\d+\b",
    ),
    capitalised_nouns=True,
    participle_closes_clause=True,
)

# Every form of these verbs, found through simplemma's lemmas ("flohen", "flüchteten",
# "vertrieb", "evakuierten", "zerstörte", "kehrten ... zurück" stays a trigger above).
LEMMA_TERMS = {
    "fliehen": ("fled", "displaced"),
    "flüchten": ("fled", "displaced"),
    "vertreiben": ("displaced", "displaced"),
    "evakuieren": ("evacuated", "displaced"),
    "evakuiert": ("evacuated", "displaced"),
    "zerstören": ("destroyed_housing", "homes_destroyed"),
    "beschädigen": ("partially_destroyed_housing", "homes_damaged"),
    "zurückkehren": ("returned", "returned"),
    "heimkehren": ("returned", "returned"),
    "umsiedeln": ("relocated", "displaced"),
    "unterbringen": ("sheltered", "sheltered"),
    "obdachlos": ("homeless", "displaced"),
}
TERMS = replace(TERMS, lemma_terms=LEMMA_TERMS, lemma_languages=("de",))

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/de/roles.py) ----
from uprooted.lang.de.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
