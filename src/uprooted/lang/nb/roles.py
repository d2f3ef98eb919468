"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (`TermData` fields). Bokmål
and Nynorsk forms together: the pack serves both."""

from dataclasses import replace

from uprooted.lang.base import TermData


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        count_predicates=(
            # "flyktningene, anslått til 5000", "som utgjør rundt 3000"
            r"(?:er\s+|var\s+|blir\s+)?(?:anslått|anslag\w*|estimert|berekna|beregnet|rekna|regnet)\s+til",
            r"(?:som\s+)?(?:utgjør|utgjorde|utgjer|utgjorde)",
            r"(?:som\s+)?(?:teller|telte|tel|talde)",
            r"(?:som\s+)?(?:er|var)\s+(?:på|oppe\s+i)",
        ),
        mixed_group_words=(r"vertssamfunn\w*", r"lokalbefolkning\w*\s+og"),
        # "mange av de 40.000 internt fordrevne bor i telt": a part of the group lives in tents
        partitive_before=(
            r"(?:mange|flere|fleire|de\s+fleste|dei\s+fleste|noen|nokre|nokon|få|halvparten|en\s+del|"
            r"ein\s+del|resten|majoriteten|mesteparten|størsteparten|en\s+tredjedel|ein\s+tredjedel|"
            r"en\s+fjerdedel|ein\s+fjerdedel|hver\s+(?:andre|tredje|fjerde)|kvar\s+(?:andre|tredje|fjerde)|"
            r"ingen|\S+\s+prosent)\s+"
            r"av\s+(?:de|dei|disse|desse)",
        ),
        intent_words=(
            r"skal",
            r"vil",
            r"planer\s+om",
            r"planar\s+om",
            r"planlegg\w*",
            r"kvote\w*",
            # "et bosettingsbehov på 5.100 flyktninger": the places IMDi asks municipalities for,
            # a plan like a quota, not people settled
            r"bosettingsbehov\w*|busetjingsbehov\w*",
            r"lovet|lova",
            r"forplikt\w+",
            r"har\s+sagt\s+ja\s+til",
            r"ber\s+(?:\w+\s+){0,3}om\s+å",
        ),
        # "..., 3000 av dem barn", "2000 av dei bur i telt": a part of the group counted before
        partitive_after=(r"av\s+(?:dem|dei)(?!\s+\d)",),  # not "av dei 1.571": that whole follows
        subgroup_words=(
            r"hvorav",
            r"herav",
            r"derav",
            r"blant\s+(?:dem|dei)",
            r"inkludert",
            r"av\s+dem",
            r"av\s+dei",
            r"medrekna|medregnet",
        ),
        migrant_words=(
            r"migranter?|migrantene|migrantar|migrantane",
            r"innvandrere",
            r"innvandrarar",
            r"arbeidsinnvandr\w+",
            r"migrasjon\w*",
        ),
        # "evakuert fra en brennende elvebåt": from a vessel, not from home
        non_home_evacuation=(
            *terms.non_home_evacuation,
            r"(?:fra|frå|ut\s+av)\s+(?:\w+\s+){0,3}\w+(?:båt|skip|ferge|ferje)(?:en|et|a)?",
        ),
    )
