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
    # without the article, as often written: "تشرين أول", "كانون ثاني"
    "كانون ثاني": 1,
    "تشرين أول": 10,
    "تشرين اول": 10,
    "تشرين ثاني": 11,
    "كانون أول": 12,
    "كانون اول": 12,
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
# Morocco writes the French names its own way for July to December (and "ماي" for May)
_MOROCCO = {
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}
# The Hijri months (extract/hijri.py converts them), with the spellings news uses: "ربيع الآخر"
# is also "ربيع الثاني", "جمادى الآخرة" also "جمادى الثانية", and "ذو" is "ذي" after a preposition.
_HIJRI = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع الاول": 3,
    "ربيع الثاني": 4,
    "ربيع الآخر": 4,
    "ربيع الاخر": 4,
    "جمادى الأولى": 5,
    "جمادى الاولى": 5,
    "جمادى الأول": 5,
    "جمادى الآخرة": 6,
    "جمادى الاخرة": 6,
    "جمادى الثانية": 6,
    "جمادى الآخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
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
            # a space on one side of the slash only: "أكتوبر/ تشرين الأول"
            _PAIRS[f"{_lev}/ {_gulf}"] = _n
            _PAIRS[f"{_gulf}/ {_lev}"] = _n
            _PAIRS[f"{_lev} /{_gulf}"] = _n
            _PAIRS[f"{_gulf} /{_lev}"] = _n

# The days of a month as ordinal words (masculine: "اليوم" is understood), in the accusative
# and genitive "-ين" and the nominative "-ون": "منذ السادس من أيار", "في الحادي والعشرين من آذار".
_UNITS = {
    "الأول": 1,
    "الاول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
}
_DAY_WORDS = {**_UNITS, "العاشر": 10, "الحادي عشر": 11}
for _w, _n in _UNITS.items():
    if _n > 1:
        _DAY_WORDS[f"{_w} عشر"] = 10 + _n
for _tens, _t in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
    _DAY_WORDS[_tens] = _t
    for _w, _n in {**_UNITS, "الحادي": 1, "الواحد": 1}.items():
        if _n == 1 and _w in ("الأول", "الاول"):
            continue
        if _t + _n <= 31:
            _DAY_WORDS[f"{_w} و{_tens}"] = _t + _n

# Spans counted back from publication, as Arabic writes them: the dual ("الأسبوعين الماضيين", the
# past two weeks) or the plural, then the number word after it, then "past" ("الأيام الثلاثة
# الماضية"); phrase -> "back:N" (N days).
_BACK = {
    "اليومين الماضيين": 2,
    "اليومين الأخيرين": 2,
    "الأسبوعين الماضيين": 14,
    "الأسبوعين الأخيرين": 14,
    "الاسبوعين الماضيين": 14,
    "الشهرين الماضيين": 60,
    "الشهرين الأخيرين": 60,
    "العامين الماضيين": 730,
    "العامين الأخيرين": 730,
    "السنتين الماضيتين": 730,
    "السنتين الأخيرتين": 730,
    "الساعات الـ48 الماضية": 2,
    "الساعات ال48 الماضية": 2,
    "الـ48 ساعة الماضية": 2,
    "الساعات الـ72 الماضية": 3,
    "الـ72 ساعة الماضية": 3,
}
# the masculine nouns take the number's "-ة" form, the feminine ones ("سنة") the bare form
_TENS_M = ("الثلاثة", "الأربعة", "الخمسة", "الستة", "السبعة", "الثمانية", "التسعة", "العشرة")
_TENS_F = ("الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثماني", "التسع", "العشر")
for _unit, _days, _numbers in (
    ("الأيام", 1, _TENS_M),
    ("الأسابيع", 7, _TENS_M),
    ("الأشهر", 30, _TENS_M),
    ("الشهور", 30, _TENS_M),
    ("الأعوام", 365, _TENS_M),
    ("السنوات", 365, _TENS_F),
):
    for _count, _number in enumerate(_numbers, start=3):
        for _past in ("الماضية", "الأخيرة"):
            _BACK[f"{_unit} {_number} {_past}"] = _count * _days

# "منذ يومين", "منذ أسبوعين": the dual carries the count; the span runs from that far back to
# publication. Not the singular "منذ شهر"/"منذ عام", which open "منذ شهر مارس", "منذ عام 2015".
for _dual, _days in (
    ("يومين", 2),
    ("أسبوعين", 14),
    ("اسبوعين", 14),
    ("شهرين", 60),
    ("عامين", 730),
    ("سنتين", 730),
):
    _BACK[f"منذ {_dual}"] = _days
_BACK["منذ أسبوع"] = 7
_BACK["منذ اسبوع"] = 7
DATES = DateData(
    months={**_GULF, **_LEVANT, **_MAGHREB, **_MOROCCO, **_PAIRS},
    hijri_months=_HIJRI,
    # "شهر رمضان": the month named as such is a date with no day or year
    hijri_month_openers=("شهر",),
    # "1439 هـ", "1439هـ", "1439 هجرية", "1439 للهجرة" (the mark with and without its tatweel)
    hijri_year_marks=("هـ", "ه", "هجري", "هجرية", "للهجرة"),
    # "صفر" is also zero ("فاز 3 صفر", a score)
    hijri_ambiguous=("صفر",),
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
        "قبل يومين": "day_before_yesterday",  # the dual: "two days ago"
        "الليلة الماضية": "yesterday",
        "ليلة أمس": "yesterday",
        "الساعات الـ24 الماضية": "past_day",
        "الساعات ال24 الماضية": "past_day",
        "الساعات 24 الماضية": "past_day",
        "الـ24 ساعة الماضية": "past_day",
        "الـ 24 ساعة الماضية": "past_day",
        "24 ساعة الماضية": "past_day",
        "الساعات الأربع والعشرين الماضية": "past_day",
        "الأربع والعشرين ساعة الماضية": "past_day",
        "هذا الأسبوع": "this_week",
        "الأسبوع الماضي": "last_week",
        "الاسبوع الماضي": "last_week",
        "خلال الأسبوع الماضي": "past_week",
        "الأسبوع الفائت": "last_week",
        "الأيام الماضية": "recent_days",
        "الأشهر الماضية": "recent_months",
        "الأشهر الأخيرة": "recent_months",
        "الشهور الماضية": "recent_months",
        "الشهور الأخيرة": "recent_months",
        "الأيام الأخيرة": "recent_days",
        "خلال الأيام الماضية": "recent_days",
        "الشهر الماضي": "last_month",
        "الشهر الفائت": "last_month",
        "هذا الشهر": "this_month",
        "العام الماضي": "last_year",
        "السنة الماضية": "last_year",
        "العام الفائت": "last_year",
        "هذا العام": "this_year",
        "منذ مطلع العام": "year_start",
        "منذ بداية العام الجاري": "year_start",
        "منذ مطلع العام الجاري": "year_start",
        "منذ بداية هذا العام": "year_start",
        "منذ مطلع هذا العام": "year_start",
        "منذ بداية السنة": "year_start",
        "منذ مطلع السنة": "year_start",
        "العام الجاري": "this_year",
        "منذ بداية العام": "year_start",
        "من بداية العام": "year_start",
        "من مطلع العام": "year_start",
        "منذ بداية الشهر": "month_start",
        "منذ مطلع الشهر": "month_start",
        "منذ بداية الشهر الجاري": "month_start",
        "منذ مطلع الشهر الجاري": "month_start",
        "منذ بداية الشهر الحالي": "month_start",
        "منذ مطلع الشهر الحالي": "month_start",
        "منذ بداية هذا الشهر": "month_start",
        # "during last year": the calendar year before, as "العام الماضي" alone
        "خلال العام الماضي": "last_year",
        **{phrase: f"back:{days}" for phrase, days in _BACK.items()},
    },
    dateparser_languages=("ar",),
    since_words=("منذ", "ابتداء من", "اعتبارا من", "اعتباراً من", "بدءا من"),
    # "منذ بداية مارس", "منذ مطلع مارس", "منذ أوائل مارس": from 1 March
    month_start_parts=("بداية", "مطلع", "أوائل", "اوائل", "بداية شهر", "مطلع شهر", "أوائل شهر"),
    # "الأسبوع 19": the calendar week
    week_words=("الأسبوع", "الاسبوع"),
    month_parts=("منتصف", "أوائل", "اوائل", "أواخر", "اواخر", "نهاية", "بداية", "مطلع", "أواسط", "اواسط"),
    month_clitics=("و",),
    as_of_words=("حتى", "لغاية", "حتى تاريخ", "بحلول"),
    range_openers=("بين", "من"),
    range_connectors=("و", "إلى", "الى", "حتى", "-"),
    previous_words=(),
    # "منذ 10 أيام", "منذ ثلاثة أشهر", "منذ 15 يوما": counted back from publication to it ("منذ"
    # before a count of units; the dual is `phrases`, "back:N")
    duration_units={
        "أيام": 1,
        "يوما": 1,
        "يوماً": 1,
        "يوم": 1,
        "أسابيع": 7,
        "أسبوعا": 7,
        "أسبوعاً": 7,
        "أشهر": 30,
        "شهور": 30,
        "شهرا": 30,
        "شهراً": 30,
        "سنوات": 365,
        "أعوام": 365,
        "عاما": 365,
        "عاماً": 365,
        "سنة": 365,
    },
    past_words=("منذ",),
    # "الـ10 أيام الماضية", "ال150 يوما الأخيرة": the article glued to the digits, "past" after
    # the unit (read by the duration scanner, for any count)
    past_words_after_unit=("الماضية", "الأخيرة", "الماضي", "الأخير"),
    count_articles=("الـ", "ال"),
    hour_units=("ساعة", "ساعات"),
    last_year_words=("من العام الماضي", "من السنة الماضية"),
    # "فبراير الماضي" is the latest February before the month of publication (in February, last
    # year's: the current month is "الشهر الجاري")
    month_past_words=("الماضي", "المنصرم", "الفائت"),
    year_prepositions=(
        "عام",
        "العام",
        # the dual: "بين عامي 2006 و2015", "في عامي 2014 و2015" (the years ... and ...)
        "عامي",
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
    day_words=_DAY_WORDS,
    # "السادس من أيار", "الخامس عشر من شهر آذار", "11 من الشهر الجاري"
    day_word_joiners=("من", "من شهر"),
    # "الأسبوع الأول من أيار" (the first week), "النصف الثاني من آذار", "العشر الأواخر"
    day_nouns=("اليوم",),
    day_word_blockers=(
        "الأسبوع",
        "الاسبوع",
        "أسبوع",
        "الأسبوعين",
        "النصف",
        "الثلث",
        "الربع",
        "العشر",
        "الشهر",
        "العام",
        "الفصل",
        "الجزء",
        "الموعد",
    ),
    day_month_words={
        "الشهر الجاري": 0,
        "الشهر الحالي": 0,
        "هذا الشهر": 0,
        "الشهر الماضي": -1,
        "الشهر الفائت": -1,
        "الشهر المنصرم": -1,
    },
    ordinal_suffixes=(),
    ambiguous_months=(),
    day_first=True,
    clause_breaks=("بينما", "في حين", "لكن", "ولكن", "مقارنة", "مقابل"),
    # a verb-first language puts the verb right after a fronted day: "يوم الأحد احترق مبنى"
    event_verbs=("احترق", "احترقت", "انهار", "انهارت", "انفجر", "انفجرت"),
    onset_verbs=(
        "أطلقت",
        "أطلق",
        "بدأت",
        "بدأ",
        "انطلقت",
        "انطلق",
        "ضرب",
        "ضربت",
        "اندلعت",
        "هاجم",
        "هاجمت",
        "هاجموا",
    ),
    start_anchors=(
        r"(?:عند|مع|في)\s+(?:بدء|بداية|انطلاق)",
        r"(?:عندما|حين|لدى)\s+(?:\w+\s+){0,2}(?:بدأت|بدأ|انطلقت|انطلق)",
    ),
    week_to_words=("الأسبوع المنتهي", "الأسبوع المنتهي في", "الأسبوع حتى"),
    year_parts={
        "الربع الأول": (1, 3),
        "الربع الثاني": (4, 6),
        "الربع الثالث": (7, 9),
        "الربع الرابع": (10, 12),
        "الربع الأخير": (10, 12),
        "النصف الأول": (1, 6),
        "النصف الثاني": (7, 12),
        "الأشهر الثلاثة الأولى": (1, 3),
        "الشهور الثلاثة الأولى": (1, 3),
        "الأشهر الستة الأولى": (1, 6),
        "الشهور الستة الأولى": (1, 6),
        # the end or early part of a year named by its number: "منذ نهاية 2017", "أوائل 2018"
        # (before a month name these words are `month_parts`: "نهاية أبريل"; "مطلع"/"بداية العام
        # الجاري" are `phrases`, to the day: "year_start")
        "نهاية": (12, 12),
        "أواخر": (10, 12),
        "اواخر": (10, 12),
        "أوائل": (1, 3),
        "اوائل": (1, 3),
    },
    published_words=(r"نشر\s+في", r"نُشر\s+في", r"تاريخ\s+النشر"),
    year_part_joiners=("من", "من عام", "من العام", "عام", "لعام"),
    relative_openers=("الذي", "التي", "الذين"),
    subordinators=("عندما", "حين", "حينما", "بعد أن", "لأن", "قبل أن", "بينما"),
    # with and without the joined "و" ("and")
    since_then_words=(
        "منذ ذلك الحين",
        "ومنذ ذلك الحين",
        "منذ ذلك الوقت",
        "ومنذ ذلك الوقت",
        "منذ ذلك التاريخ",
        "ومنذ ذلك التاريخ",
        "منذئذ",
        "ومنذئذ",
    ),
    # "the worst since 2015": a comparison, not the start of a flow
    since_comparatives=(
        "الأسوأ",
        "الأعنف",
        "الأكبر",
        "الأعلى",
        "الأكثر دموية",
        "لأول مرة",
        "للمرة الأولى",
    ),
    year_comparison_words=(
        "مقارنة",
        "مقارنة مع",
        "بالمقارنة مع",
        "مقابل",
        "الفترة نفسها من",
        "نفس الفترة من",
        "ذات الفترة من",
    ),
    same_period_words=(
        "في ذات الفترة",
        "في نفس الفترة",
        "خلال الفترة نفسها",
        "خلال نفس الفترة",
        "في الفترة ذاتها",
        "في الفترة نفسها",
        "خلال ذات الفترة",
    ),
    date_name_before=(
        "حي",
        "شارع",
        "مدينة",
        "ميدان",
        "مستشفى",
        "جسر",
        "مخيم",
    ),
    ongoing_words=(
        "لا يزال",
        "لا يزالون",
        "لا تزال",
        "ما زال",
        "ما زالوا",
        "ما زالت",
        "حتى الآن",
        "حتى اليوم",
    ),
    future_words=("من المتوقع", "يتوقع", "يُتوقع", "سوف"),
    # wars: their year is a date ("the 1948 war"), but they run on, so a sentence opening on
    # one is no past event
    war_nouns=(
        "حرب",
        "الحرب",
        "الحرب الأهلية",
    ),
    event_nouns=(
        "الزلزال",
        "زلزال",
        "الفيضانات",
        "فيضانات",
        "الفيضان",
        "السيول",
        "العاصفة",
        "الإعصار",
        "الحريق",
        "الاشتباكات",
        "المعارك",
        "الهجوم",
        "الهجمات",
        "القصف",
        "المواجهات",
        "الأمطار",
        "أمطار",
        "ثوران",
        "بركان",
        "البركان",
        "الانهيار الأرضي",
        "انهيار أرضي",
        "الانهيارات الأرضية",
        "هجوم",
        "هجمات",
        "إعصار",
        "عاصفة",
        "حريق",
        "الحرائق",
        "قصف",
        "اشتباكات",
        "معارك",
        "مواجهات",
        "سيول",
    ),
    back_reference_words=(
        "تلك الأسر",
        "هذه الأسر",
        "تلك العائلات",
        "هذه العائلات",
        "هؤلاء النازحين",
        "هؤلاء النازحون",
        "هؤلاء اللاجئين",
        "هؤلاء اللاجئون",
        "هؤلاء السكان",
    ),
)
