"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (`TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        count_predicates=(
            # "les déplacés, estimés à 3 000", "des réfugiés au nombre de 5 000"
            r"(?:estimée?s?|évaluée?s?|chiffrée?s?|établie?s?|portée?s?)\s+à",
            r"(?:qui\s+sont\s+|étaient\s+|sont\s+)?au\s+nombre\s+de",
            r"s['’](?:él[eè]v\w*|établi\w*)\s+à",
            r"(?:dont\s+le\s+nombre\s+)?(?:est|était|serait)\s+(?:estimé|évalué)\s+à",
            r"(?:qui\s+)?totalis\w*",
            r"(?:qui\s+)?(?:comptent|comptaient|représentent|représentaient)",
        ),
        aid_words=(*terms.aid_words, r"cibl\w+", r"accompagn\w+", r"pris\s+en\s+charge", r"servi\w*"),
        mixed_group_words=(
            r"communautés?\s+d['’]accueil",
            r"populations?\s+(?:hôtes?|d['’]accueil)",
            r"familles\s+d['’]accueil\s+et",
            r"non\s+déplacé\w*",
        ),
        intent_words=(
            r"veu(?:t|lent)",
            r"voulai\w+",
            r"envisag\w+",
            r"prévoi\w+",
            r"s['’]est\s+engagée?\s+à",
            r"s['’]engag\w+\s+à",
            r"accepté\s+d['’]accueillir",
            r"prêts?\s+à",
            r"quota",
            r"compte\s+(?:accueillir|réinstaller|rapatrier)",
            r"devr(?:ait|aient|a|ont)",
        ),
        # "..., 3 000 d'entre eux sont hébergés": a part of the group counted before
        partitive_after=(r"d['’]\s*entre\s+(?:eux|elles)",),
        subgroup_words=(
            r"dont",
            r"parmi\s+(?:eux|elles|lesquel(?:le)?s|ces|les)",
            r"y\s+compris",
            r"(?:la\s+moitié|la\s+plupart|la\s+majorité)\s+d['’](?:entre\s+)?eux",
            # "un million de réfugiés, pour la plupart dans des camps"
            r"pour\s+la\s+plupart|pour\s+l['’]essentiel",
            # "300 000 réfugiés, en majorité dans des camps"
            r"en\s+majorité|majoritairement|en\s+grande\s+partie|(?:beaucoup|nombre|certains|plusieurs)\s+d['’]entre\s+"
            r"(?:eux|elles)",
        ),
        non_home_evacuation=(*terms.non_home_evacuation, r"évacuations?\s+(?:médicales?|sanitaires?)"),
        migrant_words=(r"migrants?", r"immigrés?", r"immigrants?", r"émigrés?", r"migrations?"),
    )
