"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (`TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        count_predicates=(
            # "los desplazados, que ascienden a 3.000", "cuyo número se cifra en 5.000"
            r"(?:que\s+)?ascend\w*\s+a",
            r"(?:que\s+)?asciende\w*\s+a",
            r"(?:se\s+)?cifr\w*\s+en",
            r"(?:estimad|calculad|cifrad)[oa]s?\s+en",
            r"(?:que\s+)?(?:suman|sumaban|totalizan|totalizaban|llegan\s+a|alcanzan)",
            r"(?:cuyo|su)\s+número\s+(?:es|era|se\s+estima\s+en|asciende\s+a|alcanza)",
        ),
        aid_words=(*terms.aid_words, r"atendi\w+", r"apoy\w+", r"focaliz\w+"),
        mixed_group_words=(r"comunidad(?:es)?\s+(?:de\s+acogida|receptoras?)", r"población\s+de\s+acogida"),
        intent_words=(
            r"quier\w+",
            r"plan(?:ea|ean|eaba)",
            r"prevé|preveía",
            r"se\s+comprometió\s+a",
            r"acordó",
            r"dispuest[oa]s?\s+a",
            r"cupo",
            r"cuota",
        ),
        # "..., 2.000 de ellos menores", "3.000 de los cuales viven en albergues": a part of the
        # group counted before
        partitive_after=(r"de\s+(?:ellos|ellas|(?:los|las)\s+cuales)",),
        subgroup_words=(
            r"de\s+(?:los|las)\s+cuales",
            r"entre\s+(?:ellos|ellas|(?:los|las)\s+cuales|(?:los|las)\s+que)",
            r"incluid[oa]s",
            r"(?:la\s+mitad|la\s+mayoría)\s+de\s+(?:ellos|ellas)",
            # "600.000 refugiados, la mayoría en campamentos": the part without "de ellos"
            r"la\s+mayoría|la\s+mayor\s+parte",
            # "600.000 refugiados, muchos de ellos en campamentos", "en su mayoría en albergues"
            r"en\s+su\s+mayoría|(?:muchos|muchas|algunos|algunas|varios|varias|buena\s+parte|gran\s+parte)\s+de\s+"
            r"(?:ellos|ellas)",
        ),
        non_home_evacuation=(*terms.non_home_evacuation, r"evacuaci(?:ón|ones)\s+médicas?"),
        migrant_words=(r"migrantes?", r"inmigrantes?", r"emigrantes?", r"migraci(?:ón|ones)"),
    )
