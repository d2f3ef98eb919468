"""Arabic date words (read by extract/dates.py).

Three month-name systems: the Egyptian/Gulf names from English ("فبراير"), the Levantine and
Iraqi Syriac names ("شباط"), and the Maghrebi names from French ("فيفري"). News often pairs
two ("شباط/فبراير", "فبراير (شباط)"): the pairs are listed whole so they read as one month.
"""

from uprooted.lang.base import DateData

_GULF = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
_LEVANT = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
}
_MAGHREB = {
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
    "اوت": 8,
}
_PAIRS = {}
for _lev, _n in _LEVANT.items():
    for _gulf, _m in _GULF.items():
        if _n == _m:
            _PAIRS[f"{_lev}/{_gulf}"] = _n
            _PAIRS[f"{_gulf}/{_lev}"] = _n
            _PAIRS[f"{_lev} ({_gulf})"] = _n
            _PAIRS[f"{_gulf} ({_lev})"] = _n
            _PAIRS[f"{_lev} / {_gulf}"] = _n
            _PAIRS[f"{_gulf} / {_lev}"] = _n

DATES = DateData(
    months={**_GULF, **_LEVANT, **_MAGHREB, **_PAIRS},
    weekdays={
        "الاثنين": 0,
        "الإثنين": 0,
        "الثلاثاء": 1,
        "الأربعاء": 2,
        "الاربعاء": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
        "الاحد": 6,
    },
    phrases={
        "اليوم": "today",
        "هذا الصباح": "today",
        "صباح اليوم": "today",
        "مساء اليوم": "today",
        "أمس": "yesterday",
        "امس": "yesterday",
        "الأمس": "yesterday",
        "أمس الأول": "day_before_yesterday",
        "أول أمس": "day_before_yesterday",
        "هذا الأسبوع": "this_week",
        "الأسبوع الماضي": "last_week",
        "الاسبوع الماضي": "last_week",
        "خلال الأسبوع الماضي": "past_week",
        "الأسبوع الفائت": "last_week",
        "الأيام الماضية": "recent_days",
        "الأيام الأخيرة": "recent_days",
        "خلال الأيام الماضية": "recent_days",
        "الشهر الماضي": "last_month",
        "الشهر الفائت": "last_month",
        "هذا الشهر": "this_month",
        "العام الماضي": "last_year",
        "السنة الماضية": "last_year",
        "العام الفائت": "last_year",
        "هذا العام": "this_year",
        "العام الجاري": "this_year",
        "منذ بداية العام": "this_year",
        "خلال العام الماضي": "past_year",
    },
    dateparser_languages=("ar",),
    since_words=("منذ", "ابتداء من", "اعتبارا من", "اعتباراً من", "بدءا من"),
    as_of_words=("حتى", "لغاية", "حتى تاريخ"),
    range_openers=("بين", "من"),
    range_connectors=("و", "إلى", "الى", "حتى", "-"),
    previous_words=(),
    last_year_words=("من العام الماضي", "من السنة الماضية"),  # "فبراير الماضي" is the latest February
    year_prepositions=(
        "عام",
        "العام",
        "سنة",
        "منذ",
        "في",
        "خلال",
        "حتى",
        "مطلع",
        "أواخر",
        "أوائل",
        "منتصف",
        "نهاية",
        "بداية",
    ),
    day_month_joiners=(),
    ordinal_suffixes=(),
    ambiguous_months=(),
    day_first=True,
    clause_breaks=("بينما", "في حين", "لكن", "ولكن", "مقارنة", "مقابل"),
    onset_verbs=("أطلقت", "أطلق", "بدأت", "بدأ", "انطلقت", "انطلق", "ضرب", "ضربت", "اندلعت"),
    start_anchors=(
        r"(?:عند|مع|في)\s+(?:بدء|بداية|انطلاق)",
        r"(?:عندما|حين|لدى)\s+(?:\w+\s+){0,2}(?:بدأت|بدأ|انطلقت|انطلق)",
    ),
    week_to_words=("الأسبوع المنتهي", "الأسبوع المنتهي في", "الأسبوع حتى"),
)
