"""What a figure counts, for the fact model (issue 7): predicates tying a figure to the noun
before it, and word classes of people counted for another reason (`TermData` fields)."""

from dataclasses import replace

from uprooted.lang.base import TermData

_REL = r"(?:(?:ال|و)?(?:ذين|لذين|تي|ذي|لتي|لذي)\s+)?"


def with_roles(terms: TermData) -> TermData:
    return replace(
        terms,
        count_predicates=(
            # "النازحين الذين يقدر عددهم بـ 5000", "اللاجئين البالغ عددهم 3000"
            _REL + r"(?:و?(?:يقدر|يقدّر|تقدر|قدر|قدّر|قدرت|المقدر|المقدّر|يبلغ|تبلغ|بلغ|البالغ|البالغة|يصل|وصل|"
            r"يناهز|ناهز))\s+(?:عدد(?:هم|هن|ها|ه)|أعداد(?:هم|هن))\s*(?:بنحو|بحوالي|بأكثر\s+من|بـ|ب|إلى|الى|نحو|حوالي)?",
            _REL + r"(?:يقدر|يقدّر|تقدر|قدر|المقدر)\w*\s+(?:بنحو|بحوالي|بـ|ب)?",
            r"(?:عدد(?:هم|هن))\s+(?:نحو|حوالي)?",
        ),
        mixed_group_words=(r"(?:ال)?مجتمع(?:ات)?\s+(?:ال)?مضيف\w*", r"(?:ال)?سكان\s+(?:ال)?محليين\s+و"),
        intent_words=(
            r"تعتزم|يعتزم",
            r"تنوي|ينوي",
            r"تريد|يريد",
            r"تعهد\w*",
            r"وافق\w*\s+على\s+(?:استقبال|إعادة|توطين)",
            r"(?:تخطط|يخطط)",
            r"ستؤدي|سيؤدي|ستجبر|سيجبر",
            r"حصة",
        ),
        # "عشرة آلاف منهم في المخيمات": a part of the group counted before
        partitive_after=(r"منهم|منهن",),
        subgroup_words=(
            r"منهم",
            r"بينهم",
            r"من\s+بينهم",
            r"نصفهم",
            r"معظمهم",
            r"غالبيتهم",
            r"بينهن",
            r"منهن",
        ),
        # "ستؤدي إلى نزوح 340 ألف شخص": a displacement foretold (future verbs of causing)
        hypotheticals=(
            *terms.hypotheticals,
            r"(?:ستؤدي|سيؤدي|ستجبر|سيجبر|ستدفع|سيدفع|ستتسبب|سيتسبب|سينزح|ستنزح|سيفر|سيهرب|سيضطرون)",
        ),
        aid_words=(*terms.aid_words, r"حاجة", r"احتياج\w*", r"يوزع\w*", r"تسلم\w*"),
        # "في حاجة إلى إجلاء طبي": patients, not people leaving home
        non_home_evacuation=(*terms.non_home_evacuation, r"إجلاء\s+طبي\w*|الإجلاء\s+الطبي|للعلاج"),
        migrant_words=(r"(?:ال|و|ل)?مهاجر\w*", r"(?:ال)?هجرة"),
        # "980 فردا بينهم 451 طفلا و262 امرأة": a sex or age group after another figure, most
        # often a breakdown of it (features.OTHER_REASONS "breakdown")
        part_nouns=(
            r"(?:ال)?(?:طفل|أطفال|اطفال|طفلا|طفلاً|أطفالا|امرأة|امراة|نساء|سيدة|سيدات|رجل|رجال|رجلا|"
            r"فتاة|فتيات|فتى|فتيان|قاصر|قاصرين|قاصرا|مسن|مسنين|مسنا|رضيع|رضع|ذكور|إناث|اناث)",
        ),
    )
