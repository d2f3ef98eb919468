"""The shape of a language pack: what the engine may know about a language.

A pack is data only (the way spaCy keeps `spacy/lang/xx/`): word lists, phrase tables and
small regex fragments, grouped by the part of the engine that reads them. The engine never
names a language; adding one means adding `lang/xx/` with a `PACK` and its tests.

Each group is owned by one part of the engine:
- `numbers` -> `extract/figures.py`   (figures, qualifiers, ranges, vague amounts)
- `dates`   -> `extract/dates.py`     (date phrases resolved against publication date)
- `terms`   -> `extract/engine.py`    (reporting terms, measures, units, non-facts)
- `sources` -> `extract/engine.py`    (attribution phrases)
- `places`  -> `places/`              (areas within a city, "the city", place-name forms)
               and `extract/placing.py` (which place a figure is about: lists, locatives, flows)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NumberData:
    """How figures are written. Owned by extract/figures.py.

    Words and phrases are matched case-insensitively, whole words, longest first.
    """

    thousands_separators: tuple[str, ...] = (",",)
    decimal_separators: tuple[str, ...] = (".",)
    number_words: Mapping[str, int] = field(default_factory=dict)  # "two" -> 2, "hundred" -> 100
    scale_words: Mapping[str, int] = field(default_factory=dict)  # "million" -> 1_000_000
    vague_amounts: Mapping[str, int] = field(default_factory=dict)  # "thousands" -> 1000
    qualifiers_before: Mapping[str, str] = field(default_factory=dict)  # "more than" -> more_than
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)  # "or more" -> at_least
    range_openers: tuple[str, ...] = ()  # "between"
    range_connectors: tuple[str, ...] = ()  # "and", "to", "-"
    # Connectors that make a range only after an opener ("between 3 and 5", not "3 and 5").
    range_connectors_need_opener: tuple[str, ...] = ()
    # Scale suffixes read only when glued to the digits ("1.2m", "5bn", "10k").
    glued_scale_words: Mapping[str, int] = field(default_factory=dict)
    # Words that mean 1 only in front of a scale word ("a million", "en million").
    article_words: tuple[str, ...] = ()
    # Words joining number words ("hundred and twenty"); "-" is always allowed.
    number_joiners: tuple[str, ...] = ()
    # True where number words compound into one word ("tohundre", "tjuefem").
    compound_number_words: bool = False
    # Fixed phrases with a value ("half a million" -> 500000, "a dozen" -> 12).
    phrase_numbers: Mapping[str, int] = field(default_factory=dict)
    percent_words: tuple[str, ...] = ()  # "percent", "per cent" ("%" is always known)
    currency_words: tuple[str, ...] = ()  # "dollars", "USD", "kroner" (symbols are always known)
    # Units after a figure that make it a duration or measure: "days", "hour", "km", "tonnes".
    measure_words: tuple[str, ...] = ()
    # Words before a figure that make it a time, a number or a code: "kl.", "No.", "Resolution".
    measure_prefixes: tuple[str, ...] = ()
    # Words before a bare 4-digit number that make it a year: "in", "since", "i", "siden".
    year_prepositions: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()  # "st", "nd", "rd", "th"
    # Words between a day number and its month ("the 3rd of March").
    date_joiners: tuple[str, ...] = ()
    # Words of change right before a range opener: "rose from 3,000 to 5,000" is two figures
    # (an earlier one and the current one), not a range. "rose", "økte", "gikk ned".
    change_words: tuple[str, ...] = ()
    # One-letter conjunctions and prepositions written glued to the next word, a figure
    # included ("و5000", "ب300"): a figure glued to one is a figure, not a code.
    glued_prefixes: tuple[str, ...] = ()
    # Phrases right before a bare 4-digit number that make it a year even when a word follows
    # ("the total for 2017 was", "tallene for 2017 viser").
    year_words: tuple[str, ...] = ()
    # Regexes matched right after a figure written in words that make it a fraction, not a
    # count: Arabic "خمس اللاجئين" ("a fifth of the refugees": the word before a definite noun)
    # is "خمس" (five) once its short vowels are dropped.
    word_fraction_after: tuple[str, ...] = ()
    # Words right after a bare 4-digit number (1800-2100) that make it a year where the language
    # writes years with no preposition ("2014 sind 214.000 geflohen", "flohen 1995 mit"): verbs,
    # prepositions and adverbs, never the noun or adjective a count would take.
    year_followers: tuple[str, ...] = ()
    # Words after such a number that make it a year only where a figure follows them in the
    # clause: plural past verbs ("1981 suchten rund 120.000 Polen Zuflucht": the year, then the
    # clause's count) that also follow a count ("Weitere 2000 beantragten Asyl").
    year_followers_before_figure: tuple[str, ...] = ()
    # Words for "one" written after tens or hundreds ("cent une", "vingt et un", "ciento una"):
    # they add one there, where elsewhere they are articles.
    trailing_ones: tuple[str, ...] = ()
    # True where thousands are written in words and the rest in digits ("mil 769", "dos mil
    # 500" in Mexican Spanish): the two are one figure.
    words_then_digits: bool = False
    # Joiners written glued to the next number word ("خمسة وعشرون", "مئة وخمسون"): the run of
    # number words goes on across them.
    glued_joiners: tuple[str, ...] = ()
    # True where units come before tens ("خمسة وعشرون" = 25): a unit followed by a ten from twenty
    # up adds up instead of starting a new number. (Not set for Norwegian: "mellom fem og tjue"
    # is a range more often than the old "fem og tjue".)
    units_before_tens: bool = False
    # Number roles (issue 7). Words right before a small number that make it a label, not a
    # count: "camp 12", "site 45", "round 7" of an assessment, "ronda 7", "runde 7".
    identifier_words: tuple[str, ...] = ()
    # Words right before a clock time ("at 9.30", "a las 9.30", "klokka 9.30", "الساعة 9.30")
    # and after one ("9.30 am", "9h30"): a time like "9.30" is never 9,300.
    clock_words_before: tuple[str, ...] = ()
    clock_words_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateData:
    """How dates are written. Owned by extract/dates.py.

    `phrases` maps a relative phrase to a rule name, resolved against the publication date
    by extract/dates.py: today, yesterday, past_day (the last 24 hours), day_before_yesterday, past_week, past_month,
    past_year, last_month, this_month, last_year, this_year, year_start (since 1 January: "since
    the beginning of the year", "so far this year"), month_start (since the first of the month:
    "since the beginning of the month", "seit Monatsbeginn"), last_week, this_week,
    recent_days, recent_months (no start: "over the past months"), weekend (the latest Saturday-Sunday), last_weekend (the one before when
    published on a weekend), and "back:N" (the N days up to publication: a span the language counts
    in a fixed phrase, "الأسبوعين الماضيين" back:14).
    """

    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)  # monday = 0
    phrases: Mapping[str, str] = field(default_factory=dict)  # phrase -> rule name
    dateparser_languages: tuple[str, ...] = ()
    since_words: tuple[str, ...] = ()  # "since", "siden"
    as_of_words: tuple[str, ...] = ()  # "as of", "per"
    range_openers: tuple[str, ...] = ()  # "between", "from", "mellom", "fra"
    range_connectors: tuple[str, ...] = ()  # "and", "to", "until", "og", "til" ("-" always)
    # Connectors that make a range only after an opener ("between 3 May and 9 June").
    range_connectors_need_opener: tuple[str, ...] = ()
    # Words before a weekday or month that mean "the one before the latest" ("last Sunday").
    previous_words: tuple[str, ...] = ()
    # Words after a month that put it in the previous year ("i fjor", "last year").
    last_year_words: tuple[str, ...] = ()
    # Words after a month that make it the latest one before the month of publication ("مايو
    # الماضي" written in May is last year's May; in June, this year's).
    month_past_words: tuple[str, ...] = ()
    # Words before a bare year that make it a date mention ("in 2014", "since 2011").
    year_prepositions: tuple[str, ...] = ()
    # Words between a day number and its month ("the 3rd of March").
    day_month_joiners: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()  # "st", "nd", "rd", "th"
    # A day of the month written as an ordinal word before its month ("السادس من أيار", "the
    # sixth of May"): word -> day, read only with one of `day_word_joiners` between ("من", "من
    # شهر"). `day_month_words`: phrases standing for the month itself after a day ("من الشهر
    # الجاري", "of this month") -> 0 (the publication's month) or -1 (the month before).
    day_words: Mapping[str, int] = field(default_factory=dict)
    day_word_joiners: tuple[str, ...] = ()
    day_month_words: Mapping[str, int] = field(default_factory=dict)
    # Nouns an ordinal word right after which qualifies them, not a day ("الأسبوع الأول من أيار":
    # the first week of May).
    day_word_blockers: tuple[str, ...] = ()
    # Definite nouns an ordinal word with the article still counts the day of ("اليوم الثاني من
    # آذار", the second day of March): after any other word with the article (proclitics
    # stripped: "بالنصف الثاني") a definite ordinal is an adjective, never a day.
    day_nouns: tuple[str, ...] = ()
    # Month words that are also common words ("may"): a month only when capitalised.
    ambiguous_months: tuple[str, ...] = ()
    day_first: bool = True  # "05/03/2017" is 5 March (False: 3 May)
    # Durations counted back from publication: "the past 3 days", "de siste 100 dagene",
    # "100 days since ...". Unit word -> days; words before the number that mean "past".
    duration_units: Mapping[str, int] = field(default_factory=dict)
    past_words: tuple[str, ...] = ()
    # The same words where the language writes them between the count and the unit ("les deux
    # dernières semaines", "الأيام الثلاثة"): "the past N units" in that order.
    past_words_after: tuple[str, ...] = ()
    # The same words where the language writes them after the unit, and an article glued to the
    # digits before it ("الـ10 أيام الماضية", "ال150 يوما الأخيرة"): "the past N units".
    past_words_after_unit: tuple[str, ...] = ()
    count_articles: tuple[str, ...] = ()
    # Words that end a clause: a governing date rarely crosses them.
    clause_breaks: tuple[str, ...] = ()  # "while", "but", "mens", "men"
    # Words right before a weekday that mean the coming one ("next Monday", "neste mandag").
    next_words: tuple[str, ...] = ()
    # Words that put a clause in the future ("will", "is expected to", "skal"): a weekday or a
    # day and month after one of them in the same clause resolves forward.
    future_words: tuple[str, ...] = ()
    # Reporting verbs ("said", "announced", "opplyste"): a date attached to one dates the
    # statement, not the event, so it only sets a flow's end.
    reporting_verbs: tuple[str, ...] = ()
    # "N units ago": (word before the number, word after the unit), "" when none:
    # ("", "ago"), ("for", "siden"). The day N units back, a point.
    ago_words: tuple[tuple[str, str], ...] = ()
    # Hour units for "the past 48 hours" (read as whole days back from publication).
    hour_units: tuple[str, ...] = ()
    # Words right before a date that make it the start of a flow ("fra 1. mars", "from 1 March").
    start_words: tuple[str, ...] = ()
    # Nouns naming the event behind a displacement ("earthquake", "flood", "clash", "kampene"):
    # a date right after one dates the event, and a flow's start when no other is given.
    event_nouns: tuple[str, ...] = ()
    # Wars ("war", "guerre", "حرب"): a year written with one dates it ("the 1948 war", "حرب 1948"),
    # like an event noun's, but a war runs on: a sentence opening on one is no past event.
    war_nouns: tuple[str, ...] = ()
    # Verbs that open an event ("launched", "began", "startet"): a day written a few words
    # after one in the same clause is the day an offensive or a disaster began (an onset).
    onset_verbs: tuple[str, ...] = ()
    # Verbs in the past that are themselves a happening, with no event noun needed ("burned",
    # "brant", "brannte", "احترق"): a sentence opening on a day with one right after it ("Natt
    # til søndag brant en blokk", "Am Sonntag brannte ...") dates the event's start, as "On
    # Sunday a fire ..." does; a later flow of the paragraph with no date of its own starts there.
    event_verbs: tuple[str, ...] = ()
    # Regexes anchoring a stock to that onset: "at the start of the offensive", "da offensiven
    # startet", "au début de", "al inicio de". A stock next to one, whose own sentence gives no
    # date, holds for the document's onset day.
    start_anchors: tuple[str, ...] = ()
    # Words before a day that make it the last day of a week: "in the week to Sunday",
    # "uken fram til søndag": the 7 days ending that day.
    week_to_words: tuple[str, ...] = ()
    # Words saying a displacement goes on ("still", "continuing to", "fortsatt", "toujours"): a
    # flow dated in the past ("displaced in 1974 and still alive") then runs to publication.
    ongoing_words: tuple[str, ...] = ()
    # Present-tense verbs of a stock ("remain", "are sheltering", "sont hébergées",
    # "permanecen", "verbleiben"): a stock counted in the present holds as of the report, not as
    # of the event dated in its sentence ("600 permanecen en albergues tras las lluvias de la
    # semana pasada"). Read for stocks only, like ongoing_words.
    present_stock_words: tuple[str, ...] = ()
    # "Since then" as one phrase ("since then", "seitdem", "depuis lors", "siden da", "منذ ذلك
    # الحين"): a flow whose sentence says it, and gives no start of its own, starts at the last
    # date the sentence before gives.
    since_then_words: tuple[str, ...] = ()
    # Finite verbs that follow a year opening its sentence in a verb-second language ("2014 sind
    # 214.000 Menschen geflohen", "1956 und 1957 kamen ..."): the year is a date mention.
    year_verbs_after: tuple[str, ...] = ()
    # "In the same period" ("im gleichen Zeitraum", "في ذات الفترة"): a figure whose sentence says
    # it, and gives no date of its own, holds for the last date the sentence before gives.
    same_period_words: tuple[str, ...] = ()
    # Words that compare a figure with an earlier year written a few words after them ("compared
    # with 5,000 in 2014", "than in 2014", "im Vergleich zu 2013", "contre 2014", "frente a 2014",
    # "mot 2014", "مقارنة بعام 2014"), and "the same period of" that year. With no publication
    # date, a year compared in a sentence that says "this year" ("last year") is the year before
    # (before last) the text's own.
    year_comparison_words: tuple[str, ...] = ()
    # Those of them that are also everyday conjunctions ("als", "que en", "mot"): they compare a
    # year only with a figure written between them and it ("mot 3.100 i 2014", not "dro mot 2015").
    year_comparison_conjunctions: tuple[str, ...] = ()
    # "The same period of" a year, written right before it ("compared with 8,000 in the same
    # period of 2015", "im Vergleichszeitraum 2015, als 10.165 ...", "frente a 6.500 en el mismo
    # periodo de 2023"): the figure next to it is the comparison figure, counted over the
    # sentence's own period moved to that year (issue 8).
    comparison_period_words: tuple[str, ...] = ()
    # A group the sentence before counted, pointed back to before the figure ("those families",
    # "تلك الأسر", "diese Familien"): a figure of a sentence with no date of its own restates
    # that group and holds for the last date the sentence before gives, as "the same period".
    back_reference_words: tuple[str, ...] = ()
    # Place nouns after or before a day that make the day part of a name ("the 7 July
    # neighbourhood", "26 September Street"; "rue du 4 Septembre", "شارع 26 سبتمبر"): no date.
    date_name_after: tuple[str, ...] = ()
    date_name_before: tuple[str, ...] = ()
    # Relative pronouns opening a clause after a comma ("which", "que", "qui", "som", "الذي"):
    # a date after one, well past the figure, dates the noun it describes ("190,000 returned to
    # the east of the city, which forces retook in January"), not the figure.
    relative_openers: tuple[str, ...] = ()
    # Articles between a `week_to_words` phrase and its day ("in the week to the Sunday",
    # "uken fram til den 5."), each a regex fragment.
    week_to_articles: tuple[str, ...] = ()
    # Clock suffixes whose dots end no sentence ("9:49 p.m."), regex fragments matched from a
    # word start: an onset verb still governs a day written after one.
    clock_suffixes: tuple[str, ...] = ()
    # Comparatives before a "since" that make it a comparison, not the start of a flow ("the
    # most since 1992", "flest siden 2015", "so viele wie seit 2015 nicht"): no date at all.
    since_comparatives: tuple[str, ...] = ()
    # Parts of a year ("first quarter", "first half", "first six months", "الربع الأول"): phrase
    # -> (first month, last month). A year written after the phrase (behind one of
    # `year_part_joiners`: "of", "من عام"), or a `phrases` entry meaning this year ("this year",
    # "العام الجاري"), says which year; with neither, the latest such part begun by publication.
    year_parts: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    year_part_joiners: tuple[str, ...] = ()
    # Words that say the date after them is the publication date ("Published on", "Publié le",
    # "Publicado el", "Publisert"), regex fragments: with no publication date given, that date
    # is the document's, wherever its line runs on.
    published_words: tuple[str, ...] = ()
    # Words naming a part of a month, written right before it ("mid-", "the end of", "Ende",
    # "finales de", "utgangen av", "نهاية"): "between December and mid-February" is still a
    # range, and "by the end of May" still an as-of date, to the month.
    month_parts: tuple[str, ...] = ()
    # Those of `month_parts` (or longer forms) that name a month's first days ("early", "the
    # beginning of", "début du mois de", "principios de", "Anfang", "begynnelsen av", "بداية"):
    # a flow since one starts on the month's first day ("since early March": from 1 March).
    month_start_parts: tuple[str, ...] = ()
    # Words written before a week's number ("week 19", "semaine 19", "semana 19", "KW 19",
    # "uke 19", "الأسبوع 19"): the number names that calendar week (ISO), a period, never a figure.
    week_words: tuple[str, ...] = ()
    # Words right before a year saying "so far in it" ("so far in", "en lo que va de", "hittil i"):
    # from its 1 January to publication when it is the publication's year.
    so_far_words: tuple[str, ...] = ()
    # Words after a part of a year naming the current one with no number ("in the first quarter
    # of the year", "au premier trimestre de l'année", "en el primer semestre del año"): this
    # year, unless one of `the_year_blockers` follows ("de l'année dernière", "del año pasado").
    the_year_words: tuple[str, ...] = ()
    the_year_blockers: tuple[str, ...] = ()
    # The months of the Hijri (Islamic lunar) calendar as the language writes them ("رمضان": 9),
    # read with extract/hijri.py. A Hijri month is a date with a Hijri year ("رمضان 1439"),
    # a day before it ("15 رمضان") or one of `hijri_month_openers` ("شهر رمضان"); alone it is
    # too often a name ("رجب طيب أردوغان"). `hijri_year_marks` follow a Hijri year ("1439 هـ",
    # "1439 للهجرة"): a marked year alone is that Hijri year.
    hijri_months: Mapping[str, int] = field(default_factory=dict)
    hijri_month_openers: tuple[str, ...] = ()
    hijri_year_marks: tuple[str, ...] = ()
    # Words between a weekday and the day of the month it names ("Donnerstag, den 31. Mai",
    # "torsdag den 31. mai"); a comma alone needs none.
    weekday_date_joiners: tuple[str, ...] = ()
    # Hijri month names that are also common words ("صفر", zero: "فاز 3 صفر"): a month only
    # with its Hijri year or an opener, never after a bare day number.
    hijri_ambiguous: tuple[str, ...] = ()
    # Single letters a language joins to the word after them ("و" in "ومارس"): a month written
    # with one is still a month, and the letter reads as a range connector when it is one.
    month_clitics: tuple[str, ...] = ()
    # Conjunctions opening a subordinate clause ("as", "when", "after", "lorsque", "als",
    # "nachdem", "etter at", "عندما"): a date after one is its clause's ("1,500 homes were
    # destroyed and 570 damaged as the river burst its banks on 27 August"), not the figure's.
    subordinators: tuple[str, ...] = ()
    # Words that may stand between an as-of word and its date, each a regex fragment: an
    # article ("as of the 27 March") or a time of day ("as of 6 p.m. Saturday", "au 12h00 le").
    # The date is still the day the count holds for, not a point in a flow.
    as_of_fillers: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermData:
    r"""Reporting terms, units and non-facts. Owned by extract/engine.py.

    Every entry is a regex fragment, matched case-insensitively on whole words. Noun lists
    are matched against one token (fullmatch), so `r"\w*krigere"` covers compounds.
    """

    triggers: tuple[tuple[str, str, str], ...] = ()  # (regex, term, measure)
    people_nouns: tuple[str, ...] = ()
    unit_nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # unit -> words
    non_fact_nouns: tuple[str, ...] = ()
    # Words that join two figures into a tally or ratio ("mit 19 zu 14 Stimmen", "med 19 mot 14
    # stemmer", "im Verhältnis 3 zu 1"): the first figure then counts no people. Only words that
    # never make a range of people in the language ("to" and "a" do: "2,000 to 3,000 people").
    tally_connectors: tuple[str, ...] = ()
    casualty_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    hypotheticals: tuple[str, ...] = ()
    # Regexes matched right after the governing term that make it hypothetical too, where a
    # verb-final clause puts the modal last ("dass 10.000 Menschen fliehen könnten", "um 2
    # Millionen Flüchtlinge unterbringen zu können"); `hypotheticals` are searched before it.
    hypotheticals_after: tuple[str, ...] = ()
    # Words that say people were counted for another reason ("affected", "in need"): they block
    # a figure when they are its predicate, unless a displacement word qualifies its noun.
    soft_blockers: tuple[str, ...] = ()
    # Tokens that may follow a figure with no noun ("45.000 har flyktet", "250 were left"):
    # auxiliaries, prepositions, adverbs, verb forms. Anything else after a bare figure is
    # read as an unknown noun ("1400 granater") and the figure is not about people.
    bare_followers: tuple[str, ...] = ()
    # Words that may stand between a figure and its noun ("of", "more", "new").
    noun_gap_words: tuple[str, ...] = ()
    # Text right before a figure (its qualifier excluded) that makes it a non-fact:
    # capacities ("tents for"), net changes ("rose by").
    non_fact_before: tuple[str, ...] = ()
    # The same, for a figure read as people only: aid recipients ("provided food to 4,150
    # people"); a count of homes the figure's clause names stays ("... to 300 families whose
    # houses were damaged").
    people_non_fact_before: tuple[str, ...] = ()
    # "1,000,000 IDPs remain in Tigray": a "remain" predicate of people the noun names as
    # displaced or refugees counts the displaced still displaced, not people who stayed (a pack
    # turns it on where its gold reads it so; German blind rounds disagree on "harrten aus")
    remain_keeps_displaced_noun: bool = False
    # Words of arriving in a term that counts people as displaced ("arrived", "arrivals"): a
    # figure whose noun is a migrant word, with no flight term in its sentence or the one
    # before, is no fact (facts.md: migrants count only where the text says they fled).
    arrival_words: tuple[str, ...] = ()
    # Text after a figure's noun that makes it a non-fact: rates ("a month"), other counts
    # ("on board", "with symptoms").
    non_fact_after: tuple[str, ...] = ()
    # Where an evacuation is not from homes ("from the ship", "from the stadium").
    non_home_evacuation: tuple[str, ...] = ()
    # Words that end a clause: a governing term rarely crosses them ("but", "while", "men").
    clause_breaks: tuple[str, ...] = ()
    # A sentence opening that points back to the previous sentence's time ("Then", "Da").
    temporal_anaphora: tuple[str, ...] = ()
    # Joins a unit figure to a restatement in people: "100 families (400 people)", "or".
    restatement_joiners: tuple[str, ...] = ()
    # Prepositions right before a place that mark where people fled from / went to.
    origin_prepositions: tuple[str, ...] = ()  # "from", "fra"
    destination_prepositions: tuple[str, ...] = ()  # "to", "into", "til"
    # Verbs joining a subject noun phrase to the figure right after them: "the number of people
    # displaced reached 164,000", "antallet fordrevne økte til 45 000", and the earlier value
    # of a change ("up from 164,000"). The figure then takes its term from the subject.
    figure_links: tuple[str, ...] = ()
    # Words that open a modifier right after a counted noun ("who", "som"): a term inside it
    # describes the people ("9,000 people who fled ... have returned"); a predicate after it
    # says what they are counted as now.
    modifier_openers: tuple[str, ...] = ()
    # Terms that, right after the counted noun with no auxiliary, are participles modifying it
    # ("people displaced from Mosul ... returned"), not the predicate.
    participle_terms: tuple[str, ...] = ()
    # Words joining two verbs of one clause ("and", "og"): a term after one still belongs to the
    # modifier ("people who fled and took refuge"), not to the main clause.
    coordinators: tuple[str, ...] = ()
    # Conjunctions written onto the next word (Arabic "و", "ف": "وتشريد"): a term opening with
    # one right after the counted noun is coordinated as if the word stood alone.
    glued_coordinators: tuple[str, ...] = ()
    # Words that put a figure at the level of the whole country ("across the country",
    # "nationwide", "hele landet"): the place is the country, not a city named earlier.
    country_scope: tuple[str, ...] = ()
    # Words joining a second term that counts the same people under another measure:
    # "1,200 were left homeless and are now sheltering in churches", "i leirer etter å ha flyktet".
    second_measure_joiners: tuple[str, ...] = ()
    # (regex, term, measure): a reporting term that by itself states a second measure of the people
    # it counts. Where the trigger a figure is read with matches the regex whole, the figure gets
    # this measure too: German "in der Grundversorgung" counts asylum seekers (displaced) in the
    # state's reception care, which the labelled real news reads as sheltered.
    second_measure_triggers: tuple[tuple[str, str, str], ...] = ()
    # Words standing for the noun of the figure before ("destroyed 1,200 homes and damaged
    # 3,400 others", "otras 3.400", "3400 andre"): the figure counts what the previous one did.
    other_words: tuple[str, ...] = ()
    # Regexes over a sentence; a figure inside a match is not a fact: one person's family
    # ("her four children", "ses quatre enfants", "sus tres hijos").
    non_fact_spans: tuple[str, ...] = ()
    # Measures (issue 7). Words right before a shelter term that deny it ("living outside
    # camps", "fuera de los albergues"): the people are not sheltered there.
    shelter_negators: tuple[str, ...] = ()
    # "repatriated from the camp", "relocated out of the sites": a shelter term right after it is
    # where people came from, not where they are (ending right before the term)
    shelter_origins: tuple[str, ...] = ()
    # Nouns naming places of shelter (camps, centres, sites): a key figure labelled with one
    # alone ("Collective centres: 57", under "Displacement sites:") counts the places, not people.
    shelter_places: tuple[str, ...] = ()
    # Demonstratives that point a figure back to the people of the sentence before
    # ("... fled their homes. These 400 families ..."): the term there counts them.
    anaphora_demonstratives: tuple[str, ...] = ()
    # The same pointing back, right after the figure ("12.000 waren es im Vorjahr"): a copula with
    # a pronoun that counts what the sentence before counted.
    anaphora_after: tuple[str, ...] = ()
    # Words right before a figure that point it back to the people an order or warning of the
    # sentence before concerns ("... ordered the evacuation of 31 villages. Affected are 11,000
    # people"): only an at_risk term there counts them (people "affected" by anything else are
    # no fact, the spec).
    anaphora_affected: tuple[str, ...] = ()
    # Partitives right before a figure ("mange av de 40.000 fordrevne", "many of the 40,000"):
    # the clause's predicate counts a part of the group, so the figure is the group its own
    # noun names (a displacement noun), not the predicate's measure.
    partitive_before: tuple[str, ...] = ()
    # Partitives right after a figure that opens a clause of its own ("..., 60 davon wurden
    # zerstört", "..., 3,000 of whom are in camps"): the figure is a part of the group counted
    # before, and the predicate after it, not the term of the clause before, says what it counts.
    partitive_after: tuple[str, ...] = ()
    # Word classes the fact model weighs (extract/features.py): people counted for another
    # reason. Aid given or received ("provided", "distributed", "received", "reached"), and
    # health ("tested", "cases", "vaccinated"), detention and resettlement.
    aid_words: tuple[str, ...] = ()
    # Aid words that only ever name aid handed out, never people taken in or registered (a pack
    # whose aid class holds "received", "registered", "ta imot" leaves this empty): with no term
    # between such a word and a figure, the figure counts recipients (features.OTHER_REASONS).
    aid_given_words: tuple[str, ...] = ()
    # Aid not (yet) given: people in need, people found to receive it ("in need", "to
    # receive"); a class of its own, as the displaced are often counted so.
    need_words: tuple[str, ...] = ()
    health_words: tuple[str, ...] = ()
    custody_words: tuple[str, ...] = ()
    # Predicates that tie a figure to the people noun before them ("the remaining population,
    # estimated at 750,000", "des réfugiés, au nombre de 3 000", "اللاجئين الذين يقدر عددهم بـ"):
    # the figure counts that noun though no noun follows it. Regex fragments ending right
    # before the figure; "{n}" marks where the figure stands in one that wraps it ("auf {n}
    # geschätzt").
    count_predicates: tuple[str, ...] = ()
    # More word classes the fact model weighs: groups beside the displaced in one count ("host
    # community", "communauté d'accueil"), and intentions or offers that are not yet a move
    # ("plans to resettle", "veut réinstaller", "hat sich verpflichtet ... aufzunehmen").
    mixed_group_words: tuple[str, ...] = ()
    # Joiners of two home terms whose figures stand in brackets after each ("destroyed (71,000)
    # or damaged (75,000)"): the figure before the first term is the total of both, the damaged
    # homes (a destroyed home was damaged too).
    either_words: tuple[str, ...] = ()
    intent_words: tuple[str, ...] = ()
    # Words that make a figure a part of a group counted beside it ("of whom", "among them",
    # "dont", "hvorav", "منهم"): a breakdown of people counted already, or counted otherwise.
    subgroup_words: tuple[str, ...] = ()
    # Nouns of a sex or age group ("children", "women", "girls", "enfants", "Kinder"): after
    # another figure in the sentence, such a figure is mostly a breakdown of that total
    # ("54 people, including eight women, two girls and two boys").
    part_nouns: tuple[str, ...] = ()
    # Words for migrants ("migrants", "immigrés", "Zuwanderer", "مهاجرين"): the spec counts
    # them only where the text says they fled or are refugees or asylum seekers.
    migrant_words: tuple[str, ...] = ()
    # Short words PDF text glues to a term before a figure ("damageto 61,000 homes"): the
    # term is read where one of these, then a figure, follows it.
    glued_prepositions: tuple[str, ...] = ()
    # True where every noun is written with a capital (German): a capitalised word right after a
    # figure is then its noun ("300 Polizisten"), not a name or a word that may follow a bare figure.
    capitalised_nouns: bool = False
    # True where the head noun comes first and its possessor after it (Arabic idafa: "سكان
    # المدينة", the city's residents): a people noun before another noun is then what is counted,
    # not a modifier of it as in "three refugee camps".
    head_first_construct: bool = False
    # True where compound nouns are written as one word (Norwegian "flyktningleir",
    # "menneskeliv"): a people noun then never qualifies a separate noun after it, so in
    # "returnerte 3000 mennesker heim" the word after the people is no homes counted.
    closed_compounds: bool = False
    # True where an attributive participle stands before its noun ("180 evakuierte Haushalte")
    # and a participle after it closes the verb bracket ("wurden 180 Haushalte evakuiert"):
    # a participle right after the counted noun is then its predicate, never a modifier of it
    # as in "9,000 people displaced from Mosul have returned".
    participle_closes_clause: bool = False
    # Lemmas of reporting terms (lemma -> (term, measure)), matched on single words through
    # simplemma in `lemma_languages`: every inflected form of a listed verb or noun ("flykta",
    # "øydelagde", "autoevacuaron") is found, not only the forms the triggers spell out.
    lemma_terms: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    lemma_languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceData:
    """Attribution phrases and organisation names. Owned by extract/engine.py."""

    patterns: tuple[str, ...] = ()  # regex with a named group `source`
    organisations: Mapping[str, str] = field(default_factory=dict)  # form as written -> canonical
    # Verbs and phrases that attribute a statement ("said", "according to", "opplyser").
    cues: tuple[str, ...] = ()
    # Words that make a capitalised name an organisation or an office ("Ministry", "Agency",
    # "Office", "Radio"): a name caught by `patterns` without one is a person's and is not a
    # source. Empty: every caught name is kept.
    organisation_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceData:
    """Place words of a language. Owned by places/."""

    areas: Mapping[str, str] = field(default_factory=dict)  # "western" -> "west", "old city" -> "old city"
    city_anaphora: tuple[str, ...] = ()  # "the city", "byen"
    exonyms: Mapping[str, str] = field(default_factory=dict)  # local form -> English name
    # Words of other languages' admin area names that this language writes in its own words
    # ("Nord" -> "North": GeoNames' "Nord-Ubangi" is "North Ubangi" in English news). Each admin
    # area whose GeoNames name has one, beside a word that is no such word, is also found under
    # the translated name, unless that name is another place's.
    name_words: Mapping[str, str] = field(default_factory=dict)
    # Informal names and abbreviations of countries -> ISO alpha-3 ("DRC" -> "COD"). Forms in
    # capitals ("DRC", "U.S.") match case-sensitively, others like any place name.
    country_names: Mapping[str, str] = field(default_factory=dict)
    demonyms: Mapping[str, str] = field(default_factory=dict)  # "Iraqi" / "irakisk" -> "IRQ"
    demonym_suffixes: tuple[str, ...] = ()  # inflections added to a demonym ("s"; "e")
    genitive_suffixes: tuple[str, ...] = ()  # "s" in "Mosuls gamleby" (nb); English "'s" splits off
    # Capitalised words that are also place names but here almost never mean one ("Nice", "Van").
    stopwords: tuple[str, ...] = ()
    # Regex templates around a place name; `{area}` stands for the alternation of `areas` keys.
    area_before: tuple[str, ...] = ()  # must match up to the place: r"\b{area}[\s-]+$"
    area_after: tuple[str, ...] = ()  # must match from the end of the place: r"^['’]s\s+{area}\b"
    area_alone: tuple[str, ...] = ()  # an area with no place named ("the western parts")
    # Words naming an administrative level, written after (or before) a name: "province" -> 1.
    admin_suffixes: Mapping[str, int] = field(default_factory=dict)
    admin_prefixes: Mapping[str, int] = field(default_factory=dict)  # "provinsen" -> 1 ("provinsen Idlib")
    # Admin suffixes that are part of the name only when capitalised ("Yonaguni Island" is the
    # town's island; "Java island" is Java, whatever level the text's "island" would hint).
    proper_suffixes: tuple[str, ...] = ()
    # regexes: "the city of Mosul" is not anaphora: ("of",)
    anaphora_blockers: tuple[str, ...] = ()
    person_titles: tuple[str, ...] = ()  # "President", "Mr": the next capitalised word is a person
    # Verbs of speech right after a name make it a person's ("Ali said", "Hassan told").
    person_verbs: tuple[str, ...] = ()
    # Storm words: the capitalised name after one is a storm's, not a place ("typhoon Haima"),
    # and so is that name anywhere else in the same text.
    storm_words: tuple[str, ...] = ()
    # Natural features written before their name ("Lake", "Mount", "lac", "بحيرة"), as regexes:
    # the name after one is the feature's ("the Lake Chad region", "Mount Kenya"), not the place
    # of that name. Case-sensitive: "Lake" opens the name, "the lake" does not.
    feature_words: tuple[str, ...] = ()
    # Particles that join the words of one place name ("de", "del", "da": "Litoral de San Juan",
    # "San José del Guaviare"), as regexes: a small place followed by one and a capitalised word
    # is the head of a longer name the gazetteer lacks.
    name_particles: tuple[str, ...] = ()
    # Phrases right after a name that make it a storm's ("made landfall", "(local name").
    storm_cues_after: tuple[str, ...] = ()
    # Words that, capitalised right before a name (headlines: "Floods Hit Kalasin"), are not the
    # first part of a person's name.
    headline_words: tuple[str, ...] = ()
    # Words after a place name that make it part of the name of an agreement, a meeting or a
    # process ("the Vienna Agreement", "Geneva talks"): a city named there is not where anything
    # happened. `event_words_before` ends right before the name ("accords d'", "acuerdo de").
    event_words: tuple[str, ...] = ()
    event_words_before: tuple[str, ...] = ()
    # Places that say where no one is, dropped like an event's place: a media outlet's name
    # ("the Jakarta Post", "Bergens Tidende"; `outlet_words` follow the name, case-sensitive,
    # `outlet_words_before` end right before it: "Radio", "صحيفة"); a source's seat ("told
    # reporters in Geneva", "Geneva-based", "con sede en"); a donor ("Japan donated", "funded by
    # Germany", "تبرعت"). `*_after` phrases follow the name after a space, or glued to it when
    # they open with a hyphen or an apostrophe ("-based", "'s donation"); `*_before` phrases end
    # right before the name.
    outlet_words: tuple[str, ...] = ()
    outlet_words_before: tuple[str, ...] = ()
    seat_after: tuple[str, ...] = ()
    seat_before: tuple[str, ...] = ()
    # A foreign office's seat, as regex fragments ending right before the name: "la délégation de
    # l'UE au Kenya", "die Botschaft der Ukraine in Polen": an embassy or delegation sits in the
    # country it is accredited to, which is not where the people it speaks of are.
    office_before: tuple[str, ...] = ()
    donor_after: tuple[str, ...] = ()
    donor_before: tuple[str, ...] = ()
    # Phrases ending right before a name that acts rather than is somewhere ("led by", "backed
    # by", "بقيادة"): "the offensive led by Turkey" says nothing of where the people are.
    actor_before: tuple[str, ...] = ()
    actor_after: tuple[str, ...] = ()  # "the US-led coalition", "den USA-ledede koalisjonen"
    # Nouns of an attack or an armed force ("invasion", "offensive", "armée", "bombardeos"), as
    # regex fragments: a country's adjective right after one ("l'invasion russe", "el ejército
    # sudanés") names the attacker, not where the people are ("l'invasion du Liban" still names
    # the place invaded: only the adjective right behind the noun).
    actor_nouns: tuple[str, ...] = ()
    # Regex fragments ending right before a name where a speaker speaks from ("said in", "dijo el
    # primer ministro en", "sa statsministeren i"): the place is the speaker's, and gives way to
    # any other place the sentence names ("In Japan, 70,000 remain displaced, the minister said in
    # Tokyo": Japan).
    speaker_before: tuple[str, ...] = ()
    # ... and right after a name that speaks: "Moscow said", "Kabul says" (a capital for its
    # government).
    speaker_after: tuple[str, ...] = ()
    # Regex fragments right after a country's name, or right before a country's name or its
    # people's adjective, that make it the owner of its capital: "Haiti's capital", "la capitale
    # haïtienne", "die Hauptstadt Haitis". The mention reads as the capital city (the country
    # table's), not the country.
    capital_after: tuple[str, ...] = ()
    capital_before: tuple[str, ...] = ()
    # Arabic-script clitics written onto a name ("بالخرطوم", "والموصل"): single-letter proclitics,
    # and the article forms they can carry ("ال", and "لل" for ل + ال).
    clitic_letters: str = ""
    articles: tuple[str, ...] = ()
    # A word's last letter as it is also written ("ه" for "ة", "ى" for "ي" and back, in Arabic
    # written without the dots: "الحسكه", "الوسطي"): a name not found as written is looked up
    # with it, letter -> the other letter, in words that carry one of `articles`.
    final_letter_variants: Mapping[str, str] = field(default_factory=dict)
    # A place named after a word saying what it is ("مدينة بن قردان", "مديرية عتمة") that the
    # gazetteer has in Latin letters only: `typed_place_words` maps each such word to the level
    # it names ("city", "admin1", "admin2", "" for any); `latin_consonants` reads the script's
    # letters as the consonant classes of places/finder.py's `latin_skeleton` ("" drops a letter:
    # long vowels, ʿayn); `optional_final` letters may or may not be written in Latin ("ة").
    typed_place_words: Mapping[str, str] = field(default_factory=dict)
    # Words that, right after a type word, show it in another sense ("ولاية رابعة": a fourth term
    # of office, not a state): ordinals and the like, never the name the consonants would read.
    typed_not_names: tuple[str, ...] = ()
    # Frequent common nouns of an uncased script that the gazetteer also holds as a town's name
    # ("معسكر", camp -> Mascara; "الثورة", revolution -> a former name of Al-Tabqa), without
    # article or clitics: bare, a place only where the text is about its country, and only when
    # the word is a spelling of the place's own name (not a former or translated name, which
    # needs a type word before it: "مدينة الثورة").
    common_nouns: tuple[str, ...] = ()
    # A village the gazetteer lacks, named where it lies: "evakuert i Olden i Sogn og Fjordane",
    # "in Kodyel, Est region". `nesting_words` join the village to a known admin area after it
    # (a comma always does); the village must follow one of `locative_prepositions`.
    nesting_words: tuple[str, ...] = ()
    # A village, camp or site the gazetteer lacks, named with a word saying what it is, as regex
    # fragments (case-insensitive): `settlement_before` ends right before the name ("the village
    # of", "the refugee camp of", "le village de"), `settlement_after` opens right after it
    # ("village", "refugee camp"). The place is named as written, in the admin area it is said to
    # lie in, else in the country the text names most.
    settlement_before: tuple[str, ...] = ()
    settlement_after: tuple[str, ...] = ()
    latin_consonants: Mapping[str, str] = field(default_factory=dict)
    optional_final: str = ""
    # Name a city or admin area as the text spells it when that spelling is one of the place's
    # own Latin-script names ("Raqqa", not GeoNames' "Ar Raqqah"). Only for English: elsewhere a
    # text's spelling is a local exonym ("Bagdad", "Mossoul", "Alepo") and the place takes
    # GeoNames' English name.
    text_spelling: bool = False
    # Names of regions spanning several countries ("Sahel", "Middle East", "Great Lakes") that
    # the gazetteer also holds as one country's admin area or town (Burkina Faso's Sahel region):
    # bare, that reading holds only where the text is about that country alone; with an admin
    # word ("la région du Sahel", "Sahel region") it always holds.
    multinational_regions: tuple[str, ...] = ()
    # Countries whose places the language's news names most (ISO alpha-3: "NOR" for Norwegian).
    # In a language that capitalises only names, a capitalised word mid-sentence that names a
    # place there is that place even when the language also has the word in lower case
    # ("i Oppland", "på Voss", "Molde").
    home_countries: tuple[str, ...] = ()

    # --- Read by extract/placing.py to choose the place of a figure. Entries are regex
    # fragments matched case-insensitively unless said otherwise; word lists are matched from a
    # word start (and to a word end where the rule reads a whole word).
    # True where prepositions and conjunctions are written onto the next word ("وفي العراق",
    # "بالموصل"): `locative_prepositions`, `country_words`, `transfer_verbs` and
    # `strong_origin_words` are then matched inside words, with no word boundary around them.
    glued_words: bool = False
    # Words joining the last items of a list of places ("and", "og", "et", "y", "e", "و"): a
    # figure for "Manabí y Esmeraldas" is about several places. Case-sensitive in
    # enumerations ("Mali, Niger and Chad"), where the next item must be capitalised.
    list_joiners: tuple[str, ...] = ()
    # Words offering places as alternatives ("or", "eller", "ou", "o"): "Mosul or Erbil" is a
    # list too, and the places share the side of a flow they are on.
    list_alternatives: tuple[str, ...] = ()
    # Articles written before a place name, each with what follows it: r"the\s+", r"l['’]".
    name_articles: tuple[str, ...] = ()
    # Words repeated before each region of a list ("du Nord-Ouest, du Nord et de l'Artibonite",
    # "de Manabí y de Esmeraldas"), each with what follows it: r"du\s+", r"de\s+l['’]".
    list_item_openers: tuple[str, ...] = ()
    # Prepositions right before a country that make it where things happen ("in Mozambique",
    # "au Mozambique", "i Irak", "في العراق"): a country named so is in play.
    locative_prepositions: tuple[str, ...] = ()
    # Possessive endings written right after a name ("'s" in "Turkey's", "s" in
    # "Russlands"): a country in a possessive is no place in play.
    possessive_suffixes: tuple[str, ...] = ()
    # Words for a river, after a name ("the Paraguay river", "elva"): that name is a river's.
    river_words: tuple[str, ...] = ()
    # Words of an institution after a country, its possessive and at most one word between
    # ("Russia's defence ministry", "Russlands forsvarsdepartement", "le gouvernement"): the
    # country speaks or acts, and is not where the people are.
    institution_words: tuple[str, ...] = ()
    # Words of an institution before a country, joined by "of" ("la Cour suprême d'Israël",
    # "los tribunales de inmigración de Estados Unidos"): regex fragments, with the language's
    # "of" (`institution_of`): that country acts, and is no origin behind its "de".
    institutions_before: tuple[str, ...] = ()
    institution_of: tuple[str, ...] = ()
    # Words after a comma that open a part about some of the people or about others ("of
    # whom", "including", "while", "dont", "hvorav", "de los cuales", "منهم"): the figure's
    # clause ends there.
    clause_openers: tuple[str, ...] = ()
    # Those of `clause_openers` that open a part of the people counted just before ("of whom",
    # "among them", "dont", "davon", "hvorav", "de los cuales"), not others ("while"): a part
    # whose clause names no place of its own is where the whole is.
    part_openers: tuple[str, ...] = ()
    # Words right after a part's figure, saying it counts some of the people of the figure before
    # ("2,8 millones de ellos", "300 of them", "1 200 d'entre eux"), as regex fragments: a place
    # named after such a part is the part's, not the whole's.
    part_closers: tuple[str, ...] = ()
    # Words opening a relative clause about a place, after a comma ("in Tahoua, where 195,000
    # people are displaced"): a figure in that clause is about the place right before the comma.
    relative_locatives: tuple[str, ...] = ()
    # Where people are now, before a place ("who fled violence in Nigeria are currently living in
    # Maradi"): the figure is a stock there (the spec: a stock's place is where people are now),
    # whatever place the clause names as where they fled from.
    present_locatives: tuple[str, ...] = ()
    # An administrative area named by its kind alone ("in the province", "in the governorate"):
    # the area of that rank named last before it (regex fragments, the preposition included).
    admin_anaphora: tuple[str, ...] = ()
    # Of `city_anaphora`, the nouns that name a settlement ("the village", "the town", "die Stadt",
    # "byen", "القرية"; not "the capital", "the municipality"), as plain text: in the figure's
    # clause one is the village, town or city named last before it, not a country or region the
    # clause or the sentences before name ("Fighting hit Kidal. The army in Mali said 3,000 fled
    # the town": Kidal).
    settlement_anaphora: tuple[str, ...] = ()
    # Capitalised nouns ending a proper name a country name may open or sit in ("New Sudan
    # Refugee Camp", "Kenya Settlement"): such a country is part of a camp's name, not a place
    # named (matched case-sensitively, one capitalised word between at most).
    name_nouns_after: tuple[str, ...] = ()
    # A prefix negating a demonym ("non-Sudanese individuals"): people of any other country, so
    # the demonym names no country of theirs (regex fragments).
    demonym_negations: tuple[str, ...] = ()
    # A count of areas a figure sums over ("in several provinces", "across 19 prefectures", "in
    # nine cities"): the count words, the plural nouns of first-level areas and of smaller ones,
    # and the prepositions that name the area holding them ("of Sichuan province", "in Bihar").
    area_counts: tuple[str, ...] = ()
    plural_regions: tuple[str, ...] = ()
    plural_localities: tuple[str, ...] = ()
    container_prepositions: tuple[str, ...] = ()
    # Words saying a figure is about the whole country ("the country", "nationwide", "au
    # total", "del país", "landet", "البلاد"); what matched becomes the place's text.
    country_words: tuple[str, ...] = ()
    # Those of `country_words` that only sum ("in total", "au total", "insgesamt", "totalt",
    # "في المجموع"): a sum is the country's only when the sentence names no smaller place ("14
    # houses in Sheikh Jarrah - 300 people in total -" is Sheikh Jarrah's).
    total_words: tuple[str, ...] = ()
    # Regexes ending right before a country word that make it a part of the country, not the
    # whole ("the north of", "le centre du", "midt i", "شمال"): r"...\s+$".
    part_of_before: tuple[str, ...] = ()
    # Verbs of moving people ("transferred", "hébergés", "trasladados", "flyttet", "نقل"): the
    # place they lead to is where people were taken, even behind an origin-like "de".
    transfer_verbs: tuple[str, ...] = ()
    # Prepositions right after a transfer verb that make its place where people were taken
    # from ("moved from", "transférés de", "flyttet fra").
    transfer_origins: tuple[str, ...] = ()
    # Prepositions that always mean where people came from ("from", "out of", "depuis",
    # "desde", "fra", "من"), with at most one word before the place.
    strong_origin_words: tuple[str, ...] = ()
    # Words for "the island" ("the island", "la isla", "l'île", "øya"): a figure whose clause
    # says it and names no place is about the island or country in play ("refugios ... de la
    # isla" in a text about Puerto Rico), not a town named in another clause.
    island_words: tuple[str, ...] = ()
    # Words of passing through ("via", "through", "en passant par", "gjennom", "عبر"), as
    # regexes taking in what may follow them before the place ("عبر ممر جليغم بريف" before
    # "حمص"): that place is neither where people left nor where they are.
    transit_words: tuple[str, ...] = ()
    # Datelines, where the reporter files from (never where the people are): the news agencies
    # the language's press names in brackets after the place ("BERLIN (dpa) -", "Oslo (NTB):",
    # "الخرطوم (سونا) -"), as regexes; with one, the dateline stands anywhere in a line and may
    # end in one of `dateline_marks` besides the dash every press uses (":" in Norwegian).
    dateline_agencies: tuple[str, ...] = ()
    dateline_marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguagePack:
    code: str  # the ISO 639-1 code the pack answers to first ("nb")
    name: str
    aliases: tuple[str, ...] = ()  # other codes this pack serves ("no", "nn")
    abbreviations: tuple[str, ...] = ()  # tokens ending in "." that do not end a sentence
    # The language writes ordinals as a figure and a dot ("am 7. Mai", "im 2. Weltkrieg"): a
    # digit's dot then ends no sentence. False (English): "began on October 7. Before" is two.
    ordinal_dot: bool = True
    numbers: NumberData = field(default_factory=NumberData)
    dates: DateData = field(default_factory=DateData)
    terms: TermData = field(default_factory=TermData)
    sources: SourceData = field(default_factory=SourceData)
    places: PlaceData = field(default_factory=PlaceData)
    # Language identification (ingest/language.py): function words that tell this pack's
    # varieties apart from each other and from the neighbours a language-ID model confuses them
    # with, keyed by ISO 639-1 code ({"nb": (...), "nn": (...), "da": (...), "sv": (...)}). Codes
    # the pack serves win where their words outnumber the neighbours'.
    marker_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code, *self.aliases)
