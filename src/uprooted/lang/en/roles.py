"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (read by extract/terms.py and
extract/features.py; the classes are `TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData

# Aid words of reports, beside the pack's verbs of giving (terms.py)
_AID = (
    # (aid someone is to receive or in need of is a need, below)
    r"(?<!receive\s)(?<!receive\simmediate\s)(?<!receive\surgent\s)(?<!need\sof\s)(?<!need\sof\surgent\s)"
    r"(?:humanitarian|emergency|food|cash|relief|winteri[sz]ation|shelter|health)\s+"
    r"(?:assistance|aid|support|services?|items)",
    r"(?<!receive\s)(?<!immediate\s)(?<!urgent\s)(?<!need\sof\s)(?<!humanitarian\s)(?<!emergency\s)"
    r"(?<!food\s)(?<!cash\s)(?<!relief\s)(?<!shelter\s)(?<!health\s)assistance",
    # ("1.4 million people targeted by WFP": aid planned for them is aid all the same)
    r"target(?:s|ed|ing)?",
    # "cash-based interventions for 13,000 refugees", "cash transfers to 2,100 IDPs"
    r"(?:cash(?:[\s-]based)?|voucher|in-kind|nutrition(?:al)?|psychosocial|multi-purpose\s+cash)\s+"
    r"(?:interventions?|transfers?|grants?|programmes?|programs?)",
    r"benefit(?:s|ing|ting)",
    # (not "served inside evacuation centres", the Philippine reports' word for people put up there)
    r"served(?!\s+inside\b)(?!\s+(?:in|at)\s+(?:\S+\s+){0,3}?(?:cent(?:re|er)s|camps|shelters|sites)\b)",
    r"handed\s+out",
    r"distributions?",
    r"helped|helping",
)


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        # "120 families (290 persons) are confined": people who cannot leave, like "trapped"
        triggers=(
            *terms.triggers,
            (r"confined(?!\s+to\s+(?:bed|barracks|quarters))", "trapped", "remaining"),
            # the spec: an evacuation requested is at_risk until it is carried out
            (r"request(?:ing|ed|s)?\s+(?:their\s+|an?\s+)?evacuation", "at_risk", "at_risk"),
            # "the camp, which currently hosts some 8,500 refugees", "collective shelters ...
            # hosting 3,180 IDPs": a place of shelter holding people (a country "hosting"
            # refugees is no shelter: the place word comes first)
            (
                r"camps?\s*,?\s+(?:(?!detention)[^\s\d]\S*\s+){0,3}?(?:currently\s+|now\s+|still\s+)?"
                r"(?:hosts?|hosting|hosted|hous(?:es|ing)|accommodat(?:es|ing)|shelter(?:s|ing))",
                "in_relief_camp",
                "sheltered",
            ),
            (
                r"(?:shelters?|(?<!detention\s)cent(?:re|er)s?|sites?|settlements?|schools?|facilit(?:y|ies))\s*,?\s+"
                r"(?:(?!detention)[^\s\d]\S*\s+){0,3}?(?:currently\s+|now\s+|still\s+)?"
                r"(?:hosts?|hosting|hosted|hous(?:es|ing)|accommodat(?:es|ing)|shelter(?:s|ing))",
                "sheltered",
                "sheltered",
            ),
            # "collective shelters were set up, which are currently hosting 3,180 IDPs": the
            # relative clause's verb has the shelter for its subject
            (
                r"(?:camps?|shelters?|(?<!detention\s)cent(?:re|er)s?|sites?|schools?)\b[^.;:\d]{0,60}?,\s*(?:which|that)\s+"
                r"(?:(?:is|are|was|were|has|have)\s+(?:been\s+)?)?(?:currently\s+|now\s+|still\s+)?"
                r"(?:hosts?|hosting|hosted|hous(?:es|ing)|accommodat(?:es|ing)|shelter(?:s|ing))",
                "sheltered",
                "sheltered",
            ),
            # "157 IDP sites with a population of over 97,000 IDPs", "the camps visited represent a
            # population of 13,000 households": the people living in them
            (
                r"(?:camps?|sites?|settlements?|shelters?|(?<!detention\s)cent(?:re|er)s)\b[^.;:\d]{0,80}?"
                r"(?:with|hosting|having|represent(?:s|ing)?|ha(?:ve|s)|of)\s+(?:a|an)\s+(?:total\s+|combined\s+|"
                r"estimated\s+|overall\s+)?population\s+of",
                "sheltered",
                "sheltered",
            ),
            # "prevented 266,000 people from returning home": still displaced, not returned
            (
                r"(?:prevent(?:ed|s|ing)?|stop(?:ped|s|ping)?|bar(?:red|s|ring)?|block(?:ed|s|ing)?)\s+"
                r"(?:\S+\s+){0,6}?from\s+(?:returning|going\s+back)(?:\s+(?:to\s+their\s+)?homes?)?",
                "displaced",
                "displaced",
            ),
            # "the repatriated refugees", "IDP returnees", "returning refugee families": the people
            # counted are returns, whatever noun names who they were
            (
                r"(?:repatriated|returning|returned|returnee|spontaneous(?:ly)?\s+returned)\s+(?:[^\W\d]+\s+){0,2}?"
                r"(?:refugees|idps|asylum[\s-]seekers|(?:refugee|idp)\s+(?:families|households|children))|"
                r"(?:refugee|idp)\s+returnees?",
                "returned",
                "returned",
            ),
        ),
        count_predicates=(
            # "the remaining population, which agencies estimated to number 750,000"
            r"(?:(?:estimated|thought|believed|reported|said|expected)\s+to\s+)?(?:number|total)",
            r"(?:estimated|put|placed|assessed|calculated|counted|reported)\s+(?:at|to\s+be)",
            r"number(?:s|ed|ing)|total(?:s|led|ing|ling|ed)|amount(?:s|ed|ing)?\s+to",
            r"(?:now\s+)?(?:stands?|stood|standing)(?:\s+now)?\s+at",
            r"(?:whose|their)\s+(?:number|total)\s+(?:is|was|stands\s+at|reached)",
        ),
        aid_words=(*terms.aid_words, *_AID, r"request(?:s|ed|ing)?"),
        # English aid words name aid handed out only ("received" guarded against a place taking
        # people in, registration left out): all of them are aid given
        aid_given_words=(*terms.aid_words, *_AID),
        need_words=(
            r"in\s+(?:\w+\s+)?need",
            r"need(?:s|ing)?\s+(?:\w+\s+)?(?:aid|assistance|help|support)",
            r"requir(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:aid|assistance|support|help)",
            r"to\s+receive",
            r"to\s+be\s+(?:assisted|supported|reached|helped)",
        ),
        either_words=(r"or", r"and/or", r"and"),
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
        # "..., 3,000 of whom are in camps", "thousands of them children": the figure counts a
        # part of the group counted before it
        partitive_after=(r"of\s+(?:them|whom|which)",),
        # "64 per cent of the 2,400 households interviewed intend to return", "many of the
        # 40,000 displaced live in tents": the predicate counts a part; the figure is the whole
        # its own noun names ("all of the" names the whole, and stays out)
        partitive_before=(
            r"(?:many|most|some|few|several|none|half|(?:one|two|three)(?:\s+|-)(?:third|quarter|fifth)s?|"
            r"(?:a|the)\s+(?:third|quarter|fifth|majority|minority|rest|bulk)|"
            r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:the|these|those)"
            r"(?:\s+(?:estimated|total|remaining|original|registered|some|nearly|about|over))?",
        ),
        subgroup_words=(
            r"of\s+whom",
            r"of\s+which",
            r"among\s+(?:them|whom|those)",
            r"including",
            r"out\s+of\s+(?:the|these|those)",
            # "2,150 IDPs live in collective centres, out of 182,000 IDPs registered": the whole
            r"out\s+of(?=\s+(?:some\s+|about\s+|nearly\s+|over\s+|almost\s+)?\d)",
            r"of\s+the\s+(?:remaining|total)",
            r"(?:half|two-thirds|one-third|a\s+third|a\s+quarter|most|majority)\s+of\s+(?:them|whom)",
        ),
        # "in need of medical evacuation": patients, not people leaving home
        non_home_evacuation=(*terms.non_home_evacuation, r"medical(?:ly)?\s+evacuat\w*|medevac\w*"),
        part_nouns=(
            r"children|child|kids|minors|boys|girls|women|men|infants|babies|adolescents|youths?|"
            r"elderly|female|male|females|males|unaccompanied|under-?fives?",
        ),
        migrant_words=(r"migrants?", r"immigrants?", r"emigrants?", r"migrant\s+workers"),
        custody_words=(*terms.custody_words, r"surveys?", r"interviewed", r"interviews?"),
    )
