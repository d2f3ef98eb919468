"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (read by extract/terms.py and
extract/features.py; the classes are `TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        # "120 families (290 persons) are confined": people who cannot leave, like "trapped"
        triggers=(
            *terms.triggers,
            (r"confined(?!\s+to\s+(?:bed|barracks|quarters))", "trapped", "remaining"),
            # the spec: an evacuation requested is at_risk until it is carried out
            (r"request(?:ing|ed|s)?\s+(?:their\s+|an?\s+)?evacuation", "at_risk", "at_risk"),
        ),
        count_predicates=(
            # "the remaining population, which agencies estimated to number 750,000"
            r"(?:(?:estimated|thought|believed|reported|said|expected)\s+to\s+)?(?:number|total)",
            r"(?:estimated|put|placed|assessed|calculated|counted|reported)\s+(?:at|to\s+be)",
            r"number(?:s|ed|ing)|total(?:s|led|ing|ling|ed)|amount(?:s|ed|ing)?\s+to",
            r"(?:now\s+)?(?:stands?|stood|standing)\s+at",
            r"(?:whose|their)\s+(?:number|total)\s+(?:is|was|stands\s+at|reached)",
        ),
        aid_words=(
            *terms.aid_words,
            r"(?:humanitarian|emergency|food|cash|relief|winteri[sz]ation|shelter|health)\s+"
            r"(?:assistance|aid|support|services?|items)",
            r"assistance",
            r"target(?:s|ed|ing)?",
            r"benefit(?:s|ing|ting)",
            r"requir(?:e|es|ing)\s+(?:\w+\s+)?(?:aid|assistance|support)",
            r"request(?:s|ed|ing)?",
            r"served",
            r"handed\s+out",
            r"distributions?",
            r"helped|helping",
        ),
        mixed_group_words=(
            r"host(?:ing)?\s+communit(?:y|ies)",
            r"host\s+population",
            r"members\s+of\s+the\s+host",
            r"non-?displaced",
            r"local\s+residents\s+and",
        ),
        intent_words=(
            r"plans?\s+to",
            r"planned\s+to",
            r"agreed\s+to",
            r"pledged\s+to",
            r"committed\s+to",
            r"wants?\s+to",
            r"intends?\s+to",
            r"offered\s+to",
            r"promised\s+to",
            r"quota",
            r"ready\s+to",
            r"willing\s+to",
        ),
        subgroup_words=(
            r"of\s+whom",
            r"of\s+which",
            r"among\s+(?:them|whom|those)",
            r"including",
            r"out\s+of\s+(?:the|these|those)",
            r"of\s+the\s+(?:remaining|total)",
            r"(?:half|two-thirds|one-third|a\s+third|a\s+quarter|most|majority)\s+of\s+(?:them|whom)",
        ),
        # "in need of medical evacuation": patients, not people leaving home
        non_home_evacuation=(*terms.non_home_evacuation, r"medical(?:ly)?\s+evacuat\w*|medevac\w*"),
        migrant_words=(r"migrants?", r"immigrants?", r"emigrants?", r"migrant\s+workers"),
        custody_words=(*terms.custody_words, r"surveys?", r"interviewed", r"interviews?"),
    )
