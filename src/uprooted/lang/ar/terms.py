r"""Arabic reporting terms, units and non-facts (read by extract/engine.py).

Arabic glues conjunctions, prepositions and the article to the word ("والنازحين", "بالمخيمات",
"للاجئين"): every entry here starts with `_P`, an optional clitic run (و/ف, then ب/ل/ك, then
ال). Hamza spellings vary ("أجلي"/"اجلي", "إجلاء"/"اجلاء"): `[أإآا]` stands for any alef.
Counted nouns after a figure are singular with tanwin ("ألف شخص", "45 ألفاً نازحاً") or
plural ("3 آلاف أسرة"); both are listed. Diacritics (harakat) are not \w, so a word written
with them is split by the engine's tokeniser: see docs/languages.md.
"""

from dataclasses import replace

from uprooted.lang.base import TermData

_P = r"(?:[وف])?(?:[بلك])?(?:ال|ل)?"  # clitics: wa/fa, bi/li/ka, al
_A = r"[أإآا]"  # any alef
_HOME = _P + r"(?:منازل|منزل|بيوت|بيت|مساكن|مسكن|ديار|قرى|أحياء|مناطق|مدن|بلدات)\w*"
_OBJ = r"(?:ه[مم]?|ها|هن)?"  # attached object pronoun ("أجبرتهم")
# Not right after a noun of families or people ("أسرة متضررة", "الأشخاص المتضررين"): there the
# damage adjective describes people affected (one look-behind per noun: Python's are fixed-width).
_AFFECTED_PEOPLE = "".join(
    rf"(?<!{noun}\s)"
    for article in ("", "ال")
    for noun in (
        f"{article}{n}"
        for n in (
            "أسرة",
            "اسرة",
            "أسر",
            "اسر",
            "عائلة",
            "عائلات",
            "عوائل",
            "شخص",
            "أشخاص",
            "اشخاص",
            "مواطن",
            "مواطنين",
            "سكان",
            "نسمة",
            "مدني",
            "مدنيين",
        )
    )
)
# Not a word of an agency's name: "مفوضية اللاجئين", "المفوضية السامية لشؤون اللاجئين", "المجلس
# النرويجي للاجئين", "الأمم المتحدة للاجئين", "وكالة ... لإغاثة وتشغيل اللاجئين", "وزارة الهجرة
# والمهجرين": the agency reports the figure, its name counts no one.
_NOT_AGENCY = r"(?<!مفوضية\s)(?<!شؤون\s)(?<!النرويجي\s)(?<!المتحدة\s)(?<!وتشغيل\s)(?<!الهجرة\s)"

_RAW_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders, projections: at_risk.
    (
        _P + r"(?:أوامر|اوامر|أمر|امر|طلب|طالب|دعت|دعا|دعوة|حث|حثت|ناشد|ناشدت|أنذر|انذار|إنذار)\w*\s+"
        r"(?:\S+\s+){0,5}?"
        + _P
        + r"(?:إخلاء|اخلاء|إجلاء|اجلاء|مغادرة|ترك|الرحيل|النزوح)\w*|"
        + _P
        + r"(?:معرض|مهدد|مهدد)\w*\s+(?:\S+\s+)?(?:لخطر\s+|بخطر\s+)?"
        + _P
        + r"(?:النزوح|التهجير|التشريد|"
        r"الإخلاء|الاخلاء|الطرد)|" + r"(?:قد|ربما|يمكن\s+أن|من\s+المتوقع\s+أن|يتوقع\s+أن|يخشى\s+أن)\s+"
        r"(?:\S+\s+)?(?:ينزح|يضطر|تضطر|يجبر|يتم\s+إجلاء|يتم\s+اجلاء|يفر|يهجر|يشرد)\w*",
        "at_risk",
        "at_risk",
    ),
    # Verb first, then its subject and the people it orders out, then what it orders: "وطالب
    # الجيش الإسرائيلي نحو 100 ألف من سكان الأحياء الشرقية لمدينة رفح بإخلاء منازلهم" (read as one
    # trigger over the figure, like "عاد ... نازح"; the verbs only, not the noun "الأمر", and no
    # punctuation crossed).
    (
        r"(?<!\w)[وف]?(?:أمر|امر|أمرت|امرت|طالب|طالبت|طلب|طلبت|دعا|دعت|حث|حثت|ناشد|ناشدت|أنذر|انذر|أنذرت|"
        r"انذرت|يطالب|تطالب|يأمر|تأمر|يدعو|تدعو)\s+(?:[^\s.،,؛:]+\s+){1,12}?"
        r"(?:ب|إلى\s+|الى\s+|على\s+)?(?:ال)?(?:إخلاء|اخلاء|مغادرة|ترك|الرحيل|النزوح)\w*",
        "at_risk",
        "at_risk",
    ),
    # Sheltered. "مخيمات النزوح", "مخيم للنازحين": camps named after the people in them are
    # camps, one term (the displacement noun in it is no flow); "إدارة مخيمات" is an office.
    # Camps left ("أجلت 800 عائلة من مخيمات غمرتها المياه", "نزحوا من مخيم ..."): where people
    # came from, not where they shelter.
    (
        r"(?<!إدارة\s)(?<!لإدارة\s)(?<!من\s)(?<!\sمن)"
        + _P
        + r"(?:مخيم|مخيمات|معسكر|معسكرات)\w*(?:\s+"
        + _P
        + r"(?:نزوح|نازحين|لاجئين|لجوء|إيواء|ايواء))?",
        "in_relief_camp",
        "sheltered",
    ),
    # "ويؤوي مخيم عين عيسى 10 آلاف نازح": a camp or a town that hosts people shelters them.
    (
        _P + r"(?:يؤوي|تؤوي|يأوي|تأوي|آوى|آوت)",
        "sheltered",
        "sheltered",
    ),
    (
        _P
        + r"(?:مراكز|مركز)\s+"
        + _P
        + r"(?:إيواء|ايواء|الإيواء|الايواء|إيواء|استقبال|الاستقبال)|"
        + _P
        + r"(?:ملاجئ|ملجأ|مآوي|مأوى\s+مؤقت)\w*|"
        + _P
        + r"(?:إيواء|ايواء)|"
        + _P
        + r"(?:لجأ|لجؤوا|لجأوا)\s+"
        r"(?:إلى|الى)\s+(?:\S+\s+){0,2}?" + _P + r"(?:مدارس|مساجد|كنائس|ملاعب|خيام|مبان)\w*|"
        r"(?:يقيمون|يعيشون|يسكنون|يمكثون|يقطنون|مقيمين|يحتمون|احتموا|يحتمي|تحتمي|احتمى|احتمت|[وف]?(?:يقيم|تقيم|يعيش|تعيش|يسكن|تسكن))\s+"
        r"(?:حاليا\s+|الآن\s+)?(?:في|داخل)\s+"
        r"(?:\S+\s+){0,2}?"
        + _P
        # (schools, mosques, tents ... and an agency's facilities: "يحتمون في 154 منشأة تابعة لها")
        + r"(?:مدارس|مدرسة|مساجد|كنائس|خيام|خيم|ملاعب|مبان|مباني|فنادق|مراكز|مخيم|مخيمات|منشأة|منشآت|"
        r"منشات|مرافق)\w*|" + _P + r"(?:مدارس|خيام|الخيام)",
        "sheltered",
        "sheltered",
    ),
    # Verb first, the people after it, then where they stay: "ويحتمي أكثر من 40 ألف نازح في 60
    # منشأة", "ويقيم 2000 شخص في مدارس البلدة" (read as one trigger over the figure, like "عاد
    # ... نازح"; no punctuation crossed).
    (
        r"(?<!\w)[وف]?(?:يقيم|تقيم|يعيش|تعيش|يسكن|تسكن|يمكث|يحتمي|تحتمي|احتمى|احتمت|لجأ|لجأت)\s+"
        # (a figure among the first words: not "يعيش معظمهم في المخيمات", a part of a group)
        r"(?=(?:[^\s.،,؛:]+\s+){0,3}?(?:[\d٠-٩]|آلاف|ألف|مئات|عشرات|مليون|ملايين))"
        r"(?:[^\s.،,؛:]+\s+){1,6}?(?:في|داخل|إلى|الى)\s+(?:[^\s.،,؛:]+\s+){0,2}?"
        + _P
        # (not camps: "مخيمات" is a term of its own, in_relief_camp)
        + r"(?:مدارس|مدرسة|مساجد|كنائس|خيام|خيم|ملاعب|مبان|مباني|فنادق|مراكز|منشأة|منشآت|"
        r"منشات|مرافق|ملاجئ|ملجأ)\w*",
        "sheltered",
        "sheltered",
    ),
    # Returns. Verb-first: "عاد 150 ألف نازح" counts returnees, not displaced people, so the
    # verb and the displaced noun after the figure are read as one (longer) trigger.
    (
        # the verbal noun too: "أفادت سانا بعودة 450 مهجرا إلى منازلهم" (the return of 450)
        r"(?:عاد|عادت|عادوا|يعود|يعودون|تعود|رجع|رجعوا|(?:[وف])?(?:ب|ل)?(?:ال)?(?:عودة|رجوع))\s+(?:\S+\s+){0,6}?"
        + _P
        + r"(?:نازح|مهجر|لاجئ|مشرد)\w*",
        "returned",
        "returned",
    ),
    # "6500 مدني كانوا قد فروا من المعارك ... عادوا إلى بلداتهم": the pluperfect ("had fled")
    # tells the people's past; the clause's own verb, a return, counts them. Read as one trigger.
    (
        r"(?:كانوا|كان|كانت|كن)\s+قد\s+(?:فروا|فر|فرت|نزحوا|نزح|نزحت|هجروا|هجرت|هربوا|هرب|غادروا|تركوا)"
        r"(?:\s+(?!عاد|رجع)[^\d\s.،,؛]+){0,10}?\s+(?:و|ف)?(?:عادوا|عاد|عادت|رجعوا|رجع|يعودون)",
        "returned",
        "returned",
    ),
    (
        # "600 أسرة نازحة عادت إلى ...": the displaced adjective after the noun, then the return
        # verb as predicate: the displaced who returned (one term over both words)
        r"(?:نازح|نازحة|نازحين|نازحون|مهجر|مهجرة|مهجرين|مهجرون|مشرد|مشردة|مشردين|مشردون)\s+"
        r"(?:عاد|عادت|عادوا|رجع|رجعت|رجعوا)(?!\w)|"
        + _P
        + r"(?:عاد|عادت|عادوا|يعود|يعودون|تعود|عودة|العودة|عائد|عائدين|عائدون|رجع|رجعوا|رجوع)\w*|"
        + _P
        + r"(?:العائدين|العائدون)",
        "returned",
        "returned",
    ),
    # Remaining, trapped.
    (
        # (not the definite singular "المحاصر"/"المحاصرة": an adjective of the place, "حي الوعر
        # المحاصر", "الغوطة الشرقية المحاصرة"; the people are "المحاصرين", "محاصرون")
        r"(?!(?:[وفبل]{0,2})(?:ال|ل)محاصرة?(?!\w))"
        + _P
        + r"(?:عالق|محاصر|محتجز)\w*|"
        + _P
        + r"(?:تحت\s+الحصار)|"
        + _P
        + r"(?:حوصر|حوصروا)",
        "trapped",
        "remaining",
    ),
    (
        r"(?:لا\s+يزال|لا\s+يزالون|ما\s+زال|ما\s+زالوا|مازال|لا\s+تزال|بقي|بقوا)\s+(?:\S+\s+){0,6}?"
        + _P
        + r"(?:نازح|مهجر|مشرد)\w*",
        "displaced",
        "displaced",
    ),
    # "ينتظرون العودة": people waiting to return are still displaced, not returned.
    (
        r"(?:ينتظرون|تنتظر|ينتظر|بانتظار|في\s+انتظار|يأملون\s+في|يترقبون)\s+"
        + _P
        + r"(?:العودة|عودتهم|الرجوع)",
        "displaced",
        "displaced",
    ),
    # "غادروا المخيم وعادوا": leaving a camp; a return said right after makes it a return.
    (
        r"(?:غادروا|غادر|غادرت|خرجوا\s+من|خرج\s+من|تركوا|ترك)\s+" + _P + r"(?:مخيم|مخيمات)\w*",
        "left_camp",
        "displaced",
    ),
    (
        # (not "ما زالوا نازحين داخل البلاد": still displaced, the displaced reading above; up to
        # four words between, a figure and its noun among them: "لا يزال 5 آلاف مدني في المدينة")
        r"(?:لا\s+يزال|لا\s+يزالون|ما\s+زال|ما\s+زالوا|مازال|مازالوا|لا\s+تزال|بقي|بقوا|يبقى|يبقون|ظلوا)\s+"
        r"(?:(?![وفبل]?(?:ال)?(?:نازح|مهجر|مشرد|لاجئ))\S+\s+){0,4}?(?:في|داخل)(?!\s+(?:العراء|الشوارع|الشارع|عداد|"
        # (nor shelters: "بقي مئات السكان في ملاجئ", still sheltered)
        r"(?:ال)?(?:ملاجئ|ملجأ|مراكز\s+(?:ال)?إيواء|مدارس|مخيم|مخيمات)))|"
        + _P
        + r"(?:المتبقين|المتبقون|الباقين|الباقون)|"
        r"(?:لم\s+يتمكنوا|عاجزين|عاجزون)\s+(?:من\s+)?(?:الفرار|المغادرة|الخروج)|"
        # kept from leaving: "بمنع المدنيين من الفرار من المنطقة التي يعيش فيها 30 ألف شخص"
        r"(?:[وفب])?(?:منع|يمنع|تمنع|منعت|منعوا|يمنعون)\w*\s+(?:[^\d\s]+\s+){0,2}?من\s+"
        r"(?:الفرار|المغادرة|الخروج|النزوح|الهروب)",
        "remaining",
        "remaining",
    ),
    # Displaced.
    (
        _P
        # "هربا من القصف" (fleeing: the adverbial accusative) beside the verb and its nouns
        + r"(?:فر|فروا|فرت|يفر|يفرون|فرار|الفرار|فرارا|فارين|فارون|هرب|هربوا|هربت|يهربون|هروب|هربا)"
        + _OBJ
        + r"|"
        + _P
        + r"(?:الفارين|الفارون)",
        "fled",
        "displaced",
    ),
    (
        _P
        + r"(?:نزح|نزحوا|نزحت|ينزح|ينزحون|تنزح|نزوح|نازح|نازحين|نازحون|نازحة|نازحات|نازحا)\w*|"
        # (not "الهجرة", migration: "المنظمة الدولية للهجرة" names IOM; nor the ministry "وزارة
        # الهجرة والمهجرين")
        + _NOT_AGENCY
        + _P
        + r"(?:مهجر|مهجرين|مهجرون|تهجير|هجر(?!ة)|هجروا|تهجر)\w*|"
        r"(?:أجبر|اجبر|أرغم|ارغم|اضطر|اضطروا|أجبروا|اجبروا|أرغموا|اضطرت)\w*\s+(?:\S+\s+){0,3}?(?:على|إلى|الى)\s+"
        r"(?:ترك|مغادرة|هجر|الفرار|النزوح|الرحيل|الهروب)|(?:تركوا|غادروا|هجروا|ترك|مغادرة)\s+" + _HOME,
        "displaced",
        "displaced",
    ),
    (
        _P + r"(?:أجلي|اجلي|أجليت|أجلوا|إجلاء|اجلاء|أخلي|اخلي|أخليت|إخلاء|اخلاء|تم\s+إجلاء|تم\s+اجلاء|"
        r"تم\s+إخلاء|تم\s+اخلاء|جرى\s+إجلاء|أجلت|اجلت|يجلون|أجلى|اجلى|يجلي)\w*",
        "evacuated",
        "displaced",
    ),
    (
        r"(?:بلا|بدون|دون|من\s+دون)\s+"
        + _P
        + r"(?:مأوى|ماوى|منازل|مسكن|سقف)|"
        + _P
        + r"(?:مشرد|مشردين|مشردون|مشردة|تشرد|تشريد|شرد|شردت|شردوا)\w*|(?:فقدوا|فقدت|فقد|خسروا)\s+"
        + _HOME
        # living or sleeping in the open or in the street: "180 عائلة لا تزال تقيم في العراء"
        + r"|(?:يقيم|تقيم|يقيمون|يعيش|تعيش|يعيشون|ينام|تنام|ينامون|يبيت|تبيت|يبيتون|باتوا|بات|باتت|"
        r"افترش|افترشوا|افترشت)\s+(?:\S+\s+)?(?:في\s+|ب)(?:العراء|الشوارع|الشارع)",
        "homeless",
        "displaced",
    ),
    (
        r"(?:نقل|نقلت|نقلوا|تم\s+نقل|جرى\s+نقل|أعيد\s+توطين|إعادة\s+توطين|اعادة\s+توطين|توطين|نقلهم)\s*"
        + _OBJ
        # "نقلوا نحو 850 لاجئا إلى مراكز إيواء", "نقلت السلطات 1200 أسرة إلى": the subject, the figure
        # and its noun between the verb and "to"
        # (a figure: not "نقل السفارة الأميركية إلى القدس", an embassy moved)
        + r"(?=\s+(?:إلى|الى|في)|\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:نحو|حوالي|قرابة|أكثر\s+من)\s+)?(?:[\d٠-٩]|آلاف|ألف|مئات|عشرات)"
        r"[^\s]*(?:\s+[^\s.،,؛]+){0,3}?\s+(?:إلى|الى)\s+(?!(?:ال)?مستشف))|"
        + _P
        + r"(?:إعادة\s+التوطين|التوطين)",
        "relocated",
        "displaced",
    ),
    (
        _P + r"(?:طرد|طردوا|طردت|تم\s+طرد|الطرد|إخلاء\s+قسري|الإخلاء\s+القسري|هدم\s+منازل)\w*",
        "evicted",
        "displaced",
    ),
    (
        _NOT_AGENCY
        + _P
        + r"(?:لاجئ|لاجئين|لاجئون|لاجئة|لاجئات|لاجئا|لجأ|لجأوا|لجؤوا|لجوء)\w*|عبروا\s+الحدود|عبر\s+الحدود|"
        # "crossed into": the crossing verb with a destination ("عبروا إلى تركيا")
        r"(?:عبروا|عبرت|يعبرون)\s+(?:الحدود\s+)?(?:إلى|الى|نحو|باتجاه)",
        "refugees",
        "displaced",
    ),
    (_P + r"(?:طالبي|طالبو|طالب|طلبات|طلب)\s+" + _P + r"لجوء", "asylum_seekers", "displaced"),
    # Homes.
    (
        _P + r"(?:مدمر|مدمرة|دمر|دمرت|تدمر|تدمرت|تدمير|دمار|انهار|انهارت|انهيار|منهار|منهارة|جرف|جرفت|"
        r"احترق|احترقت|أحرق|أحرقت|سويت\s+بالأرض|هدم|هدمت|تهدم|تهدمت)\w*|(?:دمرت|تدمرت)\s+(?:بالكامل|كليا|كلياً)",
        "destroyed_housing",
        "homes_destroyed",
    ),
    (
        # "تضرر نحو 2000 أسرة": damage said of families or people is people affected, not homes
        _P
        + r"(?:تضررت|تضرر)(?!\w)(?!(?:\s+\S+){1,3}?\s+(?:ال)?(?:أسرة|اسرة|أسر|اسر|عائلة|عائلات|عوائل|شخص|أشخاص|اشخاص|"
        r"مواطن|مواطنين|نسمة)(?!\w))\w*|"
        # ("3 آلاف أسرة متضررة": the adjective right after families or people counts people
        # affected, not homes)
        + _AFFECTED_PEOPLE
        + _P
        + r"(?:متضرر|متضررة|أضرار|اضرار|لحقت|ألحقت|الحقت|غمرت|غمرتها|غمرها|غرقت|تصدع|تصدعت|متصدعة)\w*|"
        r"(?:دمرت|تضررت)\s+(?:جزئيا|جزئياً)",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    # "دمرت الغارات 80 منزلا بالكامل وألحقت أضرارا بـ450 منزلا": an adverb of extent right after
    # the homes says how they were hit ("completely": destroyed; "partly": damaged), nearer to
    # them than the next clause's verb.
    (r"(?:بالكامل|كليا|كلياً|بشكل\s+(?:كامل|كلي|تام))", "destroyed_housing", "homes_destroyed"),
    (r"(?:جزئيا|جزئياً|بشكل\s+جزئي)", "partially_destroyed_housing", "homes_damaged"),
    # "وألحقت أضرارا بـ450 منزلا": the verb and its object "damage" read as one term, right
    # before the figure, so a figure before it ("دمرت 80 منزلا بالكامل وألحقت أضرارا
    # بـ450") keeps its own verb: the damage has a figure of its own.
    (
        _P + r"(?:ألحقت|الحقت|ألحق|الحق|لحقت|لحق)\s+(?:[^\d\s]+\s+){0,2}?(?:ال)?(?:أضرار|اضرار)\w*"
        r"(?:\s+(?:جزئية|بالغة|مادية|كبيرة|جسيمة))?",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (_P + r"(?:غير\s+صالحة\s+للسكن)", "uninhabitable_housing", "homes_destroyed"),
)

# The verb usually comes first in Arabic ("نزح 45 ألف شخص"); a trigger before the figure is the
# common case, handled by the engine. Nothing to rewrite here.
TRIGGERS = _RAW_TRIGGERS

_PEOPLE = (
    _P + r"(?:شخص|أشخاص|اشخاص|شخصا|شخصاً|مدني|مدنيين|مدنيون|مدنيا|ساكن|سكان|نسمة|مواطن|مواطنين|مواطنون|"
    r"مواطنا|فرد|أفراد|افراد|فردا|طفل|أطفال|اطفال|طفلا|امرأة|نساء|رجل|رجال|إنسان|أناس|قروي|قرويين|"
    r"نازح|نازحين|نازحون|نازحا|لاجئ|لاجئين|لاجئون|لاجئا|مهجر|مهجرين|مهجرون|مهجرا|مشرد|مشردين|مشردون|مشردا|"
    r"عائد|عائدين|عائدون|عائدا|"
    r"مهاجر|مهاجرين|مهاجرا|قاطن|قاطنين|أهالي|اهالي|الأهالي|مقيم|مقيمين|مزارع|مزارعين|"
    r"سوري|سوريين|سوريا|عراقي|عراقيين|عراقيا|يمني|يمنيين|فلسطيني|فلسطينيين|سوداني|سودانيين|ليبي|ليبيين|"
    r"لبناني|لبنانيين|صومالي|صوماليين|أفغاني|أفغان|روهينغا|إيزيدي|إيزيديين|ايزيدي|كردي|أكراد)"
)

# A casualty or custody verb (perfect, passive written without vowels, or imperfect) standing
# before the figure it counts, at most three words between (its subject: "قوات الدعم السريع"),
# none of them a relative pronoun, a word glued to "and" (a new clause) or a displacement or
# shelter word. Not "أسر" (families, as well as "captured"), not "فقد" (lost their homes).
_CASUALTY_VERBS = (
    r"قتل|قتلت|قتلوا|يقتل|تقتل|أصيب|اصيب|أصيبت|اصيبت|جرح|جرحت|لقي|لقيت|"
    r"استشهد|استشهدت|توفي|توفيت|أعدم|اعدم|أعدمت|اعدمت|اعتقل|اعتقلت|اعتقلوا|يعتقل|تعتقل|احتجز|احتجزت|"
    r"احتجزوا|أسرت|اسرت|أسروا|خطف|خطفت|اختطف|اختطفت|اختطفوا|أوقف|اوقف|أوقفت|اوقفت|ألقي\s+القبض\s+على|"
    r"ألقت\s+القبض\s+على|القت\s+القبض\s+على|انتشل|انتشلت|"
    # released, the subject maybe between ("أفرج الحوثيون عن 113 محتجزا")
    r"(?:أفرج|افرج|أفرجت|افرجت)\s+(?:[^\d\s]+\s+){0,3}?عن|"
    r"(?:أطلق|اطلق|أطلقت|اطلقت)\s+(?:[^\d\s]+\s+){0,3}?سراح"
)
_NOT_BETWEEN = (
    r"(?!(?:ال)?(?:ذي|تي|ذين|لذي|لتي|لذين|اللذين|حيث)(?!\w))(?!و[^\W\d_]{2})"
    r"(?![فبل]?(?:ال)?(?:نزح|نازح|فر|هرب|هجر|مهجر|تهجير|شرد|مشرد|تشريد|أجل|اجل|إجلاء|اجلاء|أخل|اخل|إخلاء|"
    r"يؤوي|تؤوي|لجأ|لاجئ|عاد|عود|يقيم|تقيم|يعيش|مخيم))"
)
_CASUALTY_VERB_BEFORE = (
    rf"(?:^|\s)[وف]?(?:{_CASUALTY_VERBS})\s+(?:{_NOT_BETWEEN}[^\d\s]+\s+){{0,3}}"
    r"(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|اكثر\s+من|ما\s+لا\s+يقل\s+عن|ما\s+يزيد\s+عن|"
    r"ما\s+يزيد\s+على)\s+)?(?:لـ?\s*)?$"
)

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(_PEOPLE,),
    unit_nouns={
        "families": (_P + r"(?:أسرة|اسرة|أسر|اسر|عائلة|عائلات|عوائل|أسرا|عائلة)",),
        "homes": (
            _P
            + r"(?:منزل|منازل|منزلا|مسكن|مساكن|مسكنا|بيت|بيوت|بيتا|مبنى|مباني|مبان|وحدة|وحدات|شقة|شقق|خيمة\s+سكنية)",
        ),
    },
    non_fact_nouns=(
        _P + r"(?:مقاتل|مقاتلين|مقاتلا|جندي|جنود|عنصر|عناصر|مسلح|مسلحين|إرهابي|إرهابيين|شرطي|عسكري|عسكريين|"
        r"قتيل|قتلى|جريح|جرحى|مصاب|مصابين|مفقود|مفقودين|ضحية|ضحايا|جثة|جثث|حالة|حالات|يوم|أيام|ساعة|ساعات|"
        r"أسبوع|شهر|أشهر|سنة|سنوات|عام|أعوام|دولارات|دولار|يورو|ريال|دينار|ليرة|جنيه|درهم|طن|كيلومتر|كم|متر|"
        r"هكتار|دونم|خيمة|خيام|بطانية|شاحنة|شاحنات|سيارة|سيارات|قذيفة|قذائف|صاروخ|صواريخ|غارة|غارات|"
        r"قنبلة|هجوم|هجمات|راكب|ركاب|مريض|مرضى|طالب|طلاب|تلميذ|تلاميذ|معلم|قرية|قرى|مدينة|مدن|بلدة|"
        r"محافظة|موقع|مواقع|مخيم|مخيمات|ملاجئ|ملجأ|مدرسة|مدارس|مستشفى|سجين|سجناء|معتقل|معتقلين|رهينة|رهائن|عامل|"
        r"عمال|موظف|موظفين|متطوع|متطوعين|رأس|سلة|سلال|وجبة|وجبات|مرة|مرات|منظمة|منظمات|صوت|مقعد|"
        # the singular with tanwin, as counted after 11 to 99 ("45 مسلحا", "450 طالبا")
        r"مقاتلاً|جنديا|جندياً|عنصرا|عنصراً|مسلحا|مسلحاً|شرطيا|عسكريا|قتيلا|قتيلاً|جريحا|جريحاً|مصابا|"
        r"مفقودا|طالبا|طالباً|تلميذا|تلميذاً|معلما|سجينا|سجيناً|معتقلا|معتقلاً|عاملا|عاملاً|موظفا|موظفاً|"
        r"متطوعا|راكبا|مريضا|مريضاً|"
        # places and tourists counted: "سيوزعون على 13 مخيما", "150 موقعا", "الآلاف من السائحين"
        r"مخيما|مخيماً|موقعا|موقعاً|مركزا|مركزاً|مركز|مراكز|سائح|سائحين|السائحين|سياح|سائحا|"
        # members of an armed group: "فرار العشرات من الحوثيين من الجبهات" (combatants)
        r"حوثي|حوثيين|حوثيون|دواعش|داعشي|داعشيا|مرتزق|مرتزقة|ميليشيا|ميليشيات|مليشيا|مليشيات)",
    ),
    casualty_words=(
        _P
        + r"(?:قتل|قتلوا|قتيل|قتلى|مقتل|مصرع|موت|لقي|لقوا|حتفهم|توفي|وفاة|وفيات|جرح|جرحى|أصيب|أصيبوا|إصابة|"
        r"إصابات|مصاب|مصابين|مفقود|مفقودين|مفقودون|فقدان|غرق|ضحايا|جثث|انتشال|استشهد|شهيد|شهداء|أعدم|"
        r"تحت\s+الأنقاض|تحت\s+الركام)\w*",
    ),
    soft_blockers=(
        _P + r"(?:متضرر|متضررين|متضررون|تضرر|المتضررين|متأثر|متأثرين|تأثر|محتاج|محتاجين|بحاجة|يحتاجون|"
        r"مساعدات|مساعدة|تلقوا|يتلقون|استفاد|مستفيد|مستفيدين|أنقذ|إنقاذ|انقاذ|أنقذت|اعتقل|اعتقال|خطف|"
        r"اختطف|مصابون\s+بـ|يعانون|انعدام\s+الأمن\s+الغذائي|على\s+متن)\w*",
        # homes raided or shelled ("اقتحام 59 منزلا", "قصفوا 14 منزلا"): no word that they were
        # destroyed or damaged
        r"(?:[وف])?(?:اقتحام|اقتحم|اقتحموا|اقتحمت|مداهمة|داهم|داهموا|داهمت|قصفوا|قصفت)(?!\w)",
        # "لاذ (المهربون) بالفرار": suspects or attackers who got away (the idiom "took to flight"),
        # not people leaving their homes
        r"(?:[وف])?(?:لاذ|لاذوا|لاذت|يلوذون|يلوذ)(?:\s+\S+){0,4}?\s+بالفرار",
    ),
    # "لا يزال"/"لا تزال" is "still" (does not cease), no negation
    # ... and "even if" (a counterfactual: "ستبقى الحدود مغلقة حتى لو كان هناك عشرات الآلاف من
    # الفارين" counts nobody)
    # ... and "أي" (any: "لم يسجل أي نزوح") is none after a comma, where it opens an apposition
    # ("1.7 مليون شخص، أي نحو 75 في المئة من السكان، نزحوا": that is)
    negations=(
        r"لا(?!\s+(?:يزال|تزال|يزالون|تزلن|زال|زالت|زالوا))|لم|لن|ليس|ليسوا|بدون\s+أن|غير|"
        r"(?<![،,]\s)(?<![،,])أي|"
        r"حتى\s+لو|حتى\s+وإن|حتى\s+وان|حتى\s+ولو",
    ),
    hypotheticals=(
        r"قد(?=\s+(?:ي|ت|ن|أ)\w)|ربما|يمكن|يتوقع|متوقع|المتوقع|يخشى|مخاوف|خطر|احتمال|محتمل|سيضطر|سيتم|سوف|إذا|اذا|لو|خطة|"
        r"تخطط|يخطط|توقعات|سيناريو",
    ),
    bare_followers=(
        r"في|من|إلى|الى|على|عن|منذ|خلال|حتى|مع|بين|عبر|نحو|داخل|خارج|قد|هم|و\w*|ف\w*|آخرين|آخرون|"
        r"حاليا|الآن|فقط|تقريبا|تقريباً|بينهم|منهم|ممن|الذين|اللواتي|إلى|حسب|بحسب|وفق|وفقا|"
        r"(?:ي|ت|ن)\w+ون|\w+وا",
    ),
    noun_gap_words=(
        r"من|آخرين|آخرون|اخرين|جدد|جديد|إضافي|إضافيين|مدنيين|على\s+الأقل|تقريبا|تقريباً|منهم|"
        r"ألفا|ألفاً|آلاف|ألف",
    ),
    non_fact_before=(
        r"(?:خيام|خيمة|مأوى|ملاجئ|قدرة|طاقة|تتسع|يتسع|تكفي|يكفي|تستوعب|يستوعب)\s+(?:لـ?|ل|إلى|الى)?\s*$",
        r"(?:طاقتها|طاقته|قدرتها|سعتها)\s+(?:الاستيعابية\s+)?$",
        r"(?:تتسع|يتسع|تستوعب|يستوعب|مخصص|مخصصة|مصمم|مصممة|معد|معدة)\s+(?:\S+\s+)?(?:لـ?|ل|لنحو|لأكثر\s+من)?\s*$",
        # "وتتسع مراكز الإيواء في المدينة لنحو 10 آلاف شخص": the capacity verb, its subject, then
        # the figure after the preposition of capacity
        # (a subject of up to ten words: "وتتسع المدرسة التي تحولت إلى مركز إيواء لـ500 شخص")
        r"(?:تتسع|يتسع|تستوعب|يستوعب)\s+(?:[^\d\s]+\s+){1,10}?(?:لـ?\s*|لنحو\s+|لحوالي\s+|لقرابة\s+|لأكثر\s+من\s+)?$",
        r"(?:ارتفع|ارتفاع|انخفض|انخفاض|زاد|زيادة|تراجع)\w*\s+(?:ب|بنسبة)?\s*$",
        r"(?:عمره|عمرها|أعمارهم|بعمر|سكانها|سكانه|عدد\s+سكان\w*|يبلغ\s+عدد\s+سكان\w*)\s*$",
        # "عدد سكان مخيم اليرموك قبل الحرب نحو 160 ألف": a population, a few words after its noun
        r"عدد\s+(?:ال)?سكان\w*\s+(?:[^\d\s]+\s+){1,5}?(?:نحو\s+|حوالي\s+|قرابة\s+|أكثر\s+من\s+)?$",
        r"(?:رقم|القرار|المادة|الطريق|الفصل|المستوى|المرحلة)\s*$",
        r"(?:ال|خلال\s+ال)?(?:الماضية|المقبلة)\s*$",
        # a casualty noun in construct with the figure counts the dead or wounded, whatever
        # displacement word the clause holds: "بمقتل أكثر من 350 ألف شخص ... ونزوح" (not the
        # verbs: "قتل 5 أشخاص ونزح 3000 آخرون", where the figure after takes the people noun)
        r"(?:^|\s)(?:[وفب]{0,2})(?:مقتل|مصرع|وفاة|موت|إصابة|اصابة)\s*$",
        # ... and the verbs, where the figure is their subject or object: Arabic puts the verb
        # first, so the figure right after a casualty or custody verb (and its subject: "اعتقلت
        # القوات الإسرائيلية 35 فلسطينيا") counts the dead, wounded or held, whatever
        # displacement word follows ("أصيب 23 نازحا", "اعتقلت 60 نازحا كانوا قد فروا"). A
        # coordinated verb of its own before the figure ends the reach ("قتل 5 أشخاص ونزح 3000
        # آخرون": "ونزح" stands nearer); so do a relative pronoun and a word glued to "and".
        _CASUALTY_VERB_BEFORE,
        # ... and a part of that count: "عن مقتل 252 شخصا بينهم 139 مدنيا"
        r"(?:^|\s)(?:[وفب]{0,2})(?:مقتل|مصرع|وفاة|موت|إصابة|اصابة)\s+(?:\S+\s+){1,4}?(?:بينهم|منهم|من\s+بينهم)\s*$",
        # a rate said before its figure: "استقبالهم كل سنة ويتراوح بين 180 و220 ألفا", "سنويا نحو"
        r"(?:كل\s+(?:يوم|أسبوع|شهر|عام|سنة)|يوميا|يومياً|أسبوعيا|شهريا|سنويا|سنوياً)\s+(?:[^\d\s]+\s+){0,3}$",
    ),
    non_fact_after=(
        # "3 ملايين شخص - نصفهم تقريبا من النازحين": a share of them is displaced, not the figure
        r"^[^.؛:\d]{0,30}?(?:نصفهم|ثلثهم|ثلثاهم|ربعهم|معظمهم|غالبيتهم|أغلبهم|اغلبهم|أكثرهم)\s+"
        r"(?:تقريبا\s+|تقريباً\s+)?(?:هم\s+)?(?:من\s+)?(?:ال)?(?:مدنيين\s+)?(?:ال)?(?:نازح|مهجر|مشرد|لاجئ)",
        # in need of a medical evacuation: patients ("يحتاج 700 شخص ... إلى إجلاء طبي عاجل")
        r"^[^.؛]{0,70}?(?:إلى|الى|ل)\s*(?:ال)?(?:إجلاء|اجلاء)\s+(?:ال)?طبي",
        r"^\W*(?:\w+\s+){0,3}(?:يوميا|يومياً|أسبوعيا|شهريا|سنويا|كل\s+(?:يوم|أسبوع|شهر|عام|سنة))",
        r"^\W*(?:\w+\s+){0,2}(?:على\s+متن|في\s+المستشفى|في\s+المئة|بالمئة)",
        r"^\W*(?:\w+\s+){0,2}(?:عاما|عاماً|سنة)\s+من\s+العمر",
        # children out of school: "2.5 مليون منهم خارج مقاعد الدراسة" (an education count)
        r"^\W*(?:\w+\s+){0,3}(?:خارج|محرومون\s+من|محرومين\s+من)\s+(?:مقاعد\s+الدراسة|المدارس|المدرسة|التعليم)",
    ),
    non_home_evacuation=(
        r"(?:من|من\s+على)\s+(?:متن\s+)?"
        + _P
        # (boats too: "إجلاء 6 من أفراد مركب صيد")
        + r"(?:سفينة|السفينة|باخرة|عبارة|مركب|قارب|زورق|طائرة|قطار|مكتب|مصنع|منجم|ملعب|"
        r"مطار|مستشفى|حفل|سفارة|برج|منصة|مبنى|سجن|جامعة|فندق)\w*",
        _P + r"(?:ركاب|طاقم|عمال|موظفين|دبلوماسيين|سياح|أجانب|رعايا|بحارة|صيادين)\w*",
        r"(?:أفراد|افراد)\s+(?:طاقم|مركب|قارب|سفينة|زورق)",
    ),
    clause_breaks=(r"؛|;|\bلكن\b|\bولكن\b|\bبينما\b|\bفي\s+حين\b",),
    temporal_anaphora=(
        r"آنذاك|حينها|حينذاك|وقتها|في\s+ذلك\s+الوقت",
        # and a consequence of what the sentence before tells, which happened when it did
        r"و?نتيجة\s+لذلك|و?على\s+إثر\s+ذلك|و?إثر\s+ذلك",
        # and an addition to its account, of the same time
        r"و?(?:بالإضافة|إضافة)\s+إلى\s+ذلك|و?علاوة\s+على\s+ذلك",
    ),
    origin_prepositions=(r"(?:من|فروا\s+من|نزحوا\s+من|غادروا|تركوا)\s+(?:\w+\s+){0,3}$",),
    destination_prepositions=(r"(?:إلى|الى|باتجاه|نحو|صوب)\s+(?:\w+\s+){0,2}$",),
    restatement_joiners=(r"\(|أي|أو\s+ما\s+يعادل|بما\s+يعادل|يضمون|تضم",),
    other_words=(r"آخر|أخرى|اخرى|آخرين|آخرون|أخريات",),
    # "يرتفع عدد المهجرين الذين ... عادوا ... إلى أكثر من 15 ألف مهجر": the figure a count
    # rises or comes to takes its term from the subject ("the number of those who returned").
    figure_links=(r"(?:إلى|الى)",),
    # "أطفالها الأربعة": one person's family, not a count of people who moved
    non_fact_spans=(
        r"(?:أطفال|أبناء|بنات|أولاد)(?:ها|ه|هم|ي)\s+\S+",
        # "مسيرة العودة" (the Gaza March of Return, 2018): a protest, its marchers no returnees
        r"(?:[وف])?(?:ب|ل)?(?:ال)?(?:مسيرة|مسيرات)\s+(?:ال)?عودة(?:\s+الكبرى)?",
    ),
    # Measures (issue 7): shelter denied, a group counted in the next sentence.
    shelter_negators=(r"خارج",),
    anaphora_demonstratives=(r"هؤلاء", r"هذه"),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(r"مساعدات", r"مساعدة", r"وزع\w*", r"توزيع", r"تلق\w*", r"استفاد\w*", r"يحتاج\w*", r"بحاجة"),
    health_words=(r"إصاب\w*", r"حالات", r"حالة", r"لقاح\w*", r"مرضى", r"كورونا", r"كوفيد"),
    custody_words=(
        r"اعتقال",
        r"معتقل\w*",
        r"احتجاز",
        r"محتجز\w*",
        r"ترحيل",
        r"اعتقل\w*",
        r"تلاميذ",
        r"طلاب",
        # pupils counted at school: "التحق 5 آلاف طفل لاجئ بالمدارس", "450 طالبا نازحا"
        r"طالبا",
        r"تلميذا",
        r"التحق\w*",
        r"يلتحق\w*",
        r"التحاق",
    ),
    # "نزح 3000 من سكان المدينة": the people noun heads its construct (idafa)
    head_first_construct=True,
    # "مقتل 10 آلاف شخص وتشريد 3 ملايين آخرين": "and" written onto the next verb or noun (not
    # "ف", a root letter of "فر", "فرار")
    glued_coordinators=(r"و(?=[^\W\d_]{3})",),
)

# --- Active and suffixed forms (issue 8) -----------------------------------------------------
# "أخلت السلطات 2000 شخص": the authorities evacuated them (active أخلى, like أجلى above); a
# building or a ship evacuated is still left out by `non_home_evacuation`.
TERMS = replace(
    TERMS,
    triggers=(
        *TERMS.triggers,
        (_P + r"(?:أخلت|اخلت|أخلى|اخلى|أخلوا|اخلوا|يخلي|تخلي|يخلون)" + _OBJ, "evacuated", "displaced"),
        # A verbal noun with a pronoun suffix writes its final hamza on a yaa seat: "إجلاء" but
        # "بعد إجلائهم" (after their evacuation), "إخلائها".
        (_P + r"(?:إجلائ|اجلائ|إخلائ|اخلائ)(?:ه|ها|هم|هن)", "evacuated", "displaced"),
        # "400 ألف شخص تحاصرهم قوات النظام": the active verb of a siege, its object the people.
        (
            # (not the noun "حصار": a blockade of a whole country is no count of trapped people)
            _P + r"(?:يحاصر|تحاصر|يحاصرون|حاصر|حاصرت|حاصروا)" + _OBJ,
            "trapped",
            "remaining",
        ),
        # Houses blown up or burnt: "فجروا 19 منزلا", "نسف الجيش 120 منزلا" (not "فجر": dawn).
        (
            _P + r"(?:تفجير|فجروا|فجرت|نسف|نسفوا|نسفت|إحراق|احراق|حرق|حرقوا|أحرقوا|أضرموا\s+النار\s+في)",
            "destroyed_housing",
            "homes_destroyed",
        ),
        # Verb first, the people, then their homes: "فقد 5000 شخص منازلهم", "اقتلع الإعصار 5000
        # شخص من منازلهم" (read as one trigger over the figure, like "عاد … نازح"). The figure
        # comes right after "فقد" (lost), so "فقد نزح" (ف + قد, "indeed fled") is not read as lost.
        (
            r"(?:[وف])?(?:فقد|فقدت|فقدوا|خسر|خسرت|خسروا)\s+(?:(?:أكثر|اكثر|نحو|حوالي|قرابة|زهاء|ما\s+يزيد)\s+"
            r"(?:من\s+|عن\s+|على\s+)?)?(?=[\d٠-٩]|آلاف|الاف|ألف|مئات|عشرات)(?:\S+\s+){1,4}?"
            + _P
            + r"(?:منازل|بيوت|مساكن)\w*",
            "homeless",
            "displaced",
        ),
        (
            r"(?:[وف])?(?:اقتلع|اقتلعت|اقتلعوا)\s+(?:\S+\s+){0,4}?(?:من\s+)?"
            + _P
            + r"(?:منازل|بيوت|ديار|مساكن|أرض|قرى)\w*",
            "displaced",
            "displaced",
        ),
        # Leaving an area: "نحو 95 ألفا غادروا الغوطة الشرقية" (the people are the subject; a
        # camp left is `left_camp` above, a count of fighters is no people count). Leaving "the
        # country" is emigration ("300 مهاجر غادروا البلاد طوعا"), not read here.
        (
            _P
            + r"(?:غادروا|غادرت|غادر|يغادرون|تغادر|يغادر)"
            + _OBJ
            + r"(?!\s+(?:البلاد|بلادهم|بلاده|بلدهم))",
            "fled",
            "displaced",
        ),
        # "crossed into" a country: "5,100 فنزويلي دخلوا البلاد"
        (
            r"(?:[وف])?(?:دخلوا|دخل|دخلت|يدخلون)\s+(?:إلى\s+)?(?:البلاد|أراضي|الأراضي)",
            "refugees",
            "displaced",
        ),
        # "سيؤدي انهيار السد إلى تشريد أكثر من مليون": a future cause, its verb first, a few
        # words (no figure) before the displacement noun.
        (
            r"(?:[وف])?(?:سيؤدي|ستؤدي|سيتسبب|ستتسبب|قد\s+يؤدي|قد\s+تؤدي|قد\s+يتسبب|قد\s+تتسبب|يهدد|تهدد)\s+"
            r"(?:[^\d\s]+\s+){0,3}?" + _P + r"(?:نزوح|تشريد|تهجير|إجلاء|اجلاء|فرار)",
            "at_risk",
            "at_risk",
        ),
        # ... and further on in the same clause, over the other things it would cause: "وسيؤدي
        # انهياره إذا حدث إلى مقتل أكثر من 500 ألف عراقي وتشريد أكثر من مليون آخرين", "لما
        # سيسببه من نقص في المياه ونزوح عشرات الآلاف" (a future verb only; no punctuation crossed)
        (
            r"(?:[وف])?(?:ل?ما\s+)?(?:سيؤدي|ستؤدي|سيتسبب|ستتسبب|سيسبب|ستسبب)(?:ه|ها)?\s+"
            r"(?:[^\s.،,؛:]+\s+){1,12}?" + _P + r"(?:نزوح|تشريد|تهجير|إجلاء|اجلاء)",
            "at_risk",
            "at_risk",
        ),
    ),
    # A future that leads to displacement is a projection: "ستؤدي المعركة إلى نزوح 340 ألف شخص",
    # "سيؤدي انهيار السد إلى تشريد أكثر من مليون", "يهدد بتشريد الآلاف".
    hypotheticals=(
        *TERMS.hypotheticals,
        r"سيؤدي|ستؤدي|سيتسبب|ستتسبب|سيجبر|ستجبر|سيدفع|ستدفع|سينزح|ستنزح|سيشرد|ستشرد|يهدد|تهدد|يهددون",
    ),
)

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/ar/roles.py) ----
from uprooted.lang.ar.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
