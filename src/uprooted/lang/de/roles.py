"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (`TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        count_predicates=(
            # "die Zahl der Flüchtlinge wird auf 5.000 geschätzt"
            r"auf{n}(?:geschätzt|beziffert|taxiert|veranschlagt)",
            r"(?:belief|beliefen|beläuft|belaufen)\s+sich\s+(?:demnach\s+)?auf",
        ),
        aid_words=(
            *terms.aid_words,
            r"erhielten|erhalten|erhält",
            r"verteil(?!er)\w+",  # not "Verteilerquartier", the Austrian reception quarters
            r"unterstütz\w+",
            r"Hilfe\w*",
            r"Hilfsgüter\w*",
            r"benötig\w+",
            r"brauch\w+",
            # counselled, taught, drawing welfare: "hat 1.200 Flüchtlinge beraten", "besuchen
            # Deutschkurse", "bezogen die Mindestsicherung"
            r"beraten",
            r"Beratung\w*",
            r"\w*(?:[Ss]prach|[Dd]eutsch|[Ii]ntegrations|[Ww]erte|[Bb]ildungs)kurs\w*",
            r"Mindestsicherung",
            # German welfare: "beziehen 700.000 Menschen aus der Ukraine Bürgergeld"
            r"Bürgergeld|Sozialhilfe|Grundsicherung|Arbeitslosengeld|Hartz(?:\s+IV)?|Sozialleistungen",
        ),
        health_words=(
            *terms.health_words,
            r"getestet",
            r"infiziert",
            r"Fälle",
            r"Patienten",
            r"geimpft",
            r"Corona\w*",
            r"Covid(?:-19)?",
        ),
        custody_words=(
            *terms.custody_words,
            r"festgenommen",
            r"verhaftet",
            r"inhaftiert",
            r"Festnahme\w*",
            r"abgeschoben",
            r"Abschiebung\w*",
            r"Schüler\w*",
            # people counted at work or out of it: "die Zahl der beschäftigten Geflüchteten stieg auf
            # 640.000", "erwerbstätige Flüchtlinge"
            r"beschäftigte[nr]?",
            r"erwerbstätige[nr]?",
            r"arbeitslose[nr]?",
            r"erwerbsfähige[nr]?",
        ),
        intent_words=(
            r"aufzunehmen",
            r"aufnehmen\s+(?:will|wollen|soll|sollen|könnte|können)",
            r"will|wollen|wollte|wollten",
            r"verpflichtet",
            r"zugesagt",
            r"Quote\w*",
            r"Obergrenze\w*",
            r"Richtwert\w*",
            r"geplant\w*",
            r"plant|planen",
            r"unterbringen\s+zu\s+können",
            r"für\s+bis\s+zu",
        ),
        mixed_group_words=(r"Aufnahmegemeinde\w*", r"einheimische\w*\s+Bevölkerung"),
        # "die Hälfte der 8.000 Evakuierten", "viele der rund 3.000 Flüchtlinge": the predicate
        # counts a part; the figure is the group its own noun names
        partitive_before=(
            r"(?:viele|einige|manche|wenige|die\s+meisten|ein\s+Teil|ein\s+Großteil|der\s+Großteil|der\s+Rest|"
            r"(?:mehr\s+als\s+|knapp\s+|fast\s+|etwa\s+|rund\s+)?(?:die\s+Hälfte|ein\s+Drittel|zwei\s+Drittel|"
            r"ein\s+Viertel|drei\s+Viertel|ein\s+Fünftel)|(?:fast\s+)?jede[rs]?\s+(?:zweite|dritte|vierte|fünfte|"
            r"achte|zehnte)[rn]?|"
            # a figure for the part: "340 der ursprünglich 1.100 Evakuierten"
            r"\d[\d.,]*)\s+(?:der|von\s+den|dieser|von\s+diesen)"
            r"(?:\s+(?:derzeit|insgesamt|bisher|zuletzt|ursprünglich|anfangs|einst))?",
        ),
        # "..., 60 davon wurden zerstört", "..., 1.200 von ihnen kamen in Turnhallen unter"
        partitive_after=(r"davon", r"von\s+ihnen", r"von\s+denen"),
        subgroup_words=(
            r"darunter",
            r"davon",
            r"unter\s+ihnen",
            r"(?:die\s+Hälfte|die\s+meisten)\s+von\s+ihnen",
        ),
        migrant_words=(
            r"Migrant(?:en|innen)?",
            r"Einwanderer\w*",
            r"Zuwanderer\w*",
            r"Wirtschaftsflüchtling\w*",
            r"Migration",
        ),
    )
