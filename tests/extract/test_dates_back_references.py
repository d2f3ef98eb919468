"""Dates a figure takes from around its sentence: a footnote marker glued to a year, the year
written earlier in the sentence, a cited source's date for a displacement that goes on, "over the
past months", "since then", a sentence opening on a consequence, homes lost on the day of a
one-day event, and a dateline's date. Sentences written for these tests."""

from datetime import date

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.lang import get_pack


def _facts(text: str, lang: str, published: date | None):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def _fact(text: str, lang: str, value: int, published: date | None = None):
    (f,) = [f for f in _facts(text, lang, published) if f.value == value]
    return f


def _mentions(text: str, lang: str, published: date | None = date(2020, 6, 1)):
    return [(d.role, d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), published)]


# -- a footnote marker glued to a year ----------------------------------------------------------


def test_footnote_after_a_year_leaves_the_year() -> None:
    assert _mentions("fled between December 2019 and March 20204 due to the fighting", "en") == [
        ("range", "2019-12", "2020-03")
    ]
    assert _mentions("prices rose sharply since June 20193, the report says", "en") == [
        ("since", "2019-06", None)
    ]
    assert _mentions("zwischen Dezember 2019 und März 20204 geflohen", "de") == [
        ("range", "2019-12", "2020-03")
    ]
    assert _mentions("entre décembre 2019 et mars 20203 selon le rapport", "fr") == [
        ("range", "2019-12", "2020-03")
    ]


def test_a_number_after_a_month_is_no_footnoted_year() -> None:
    # a count led by the year's digits and a zero: no footnote is numbered 0
    assert _mentions("In March 20000 people fled", "en") == [("period", "2020-03", "2020-03")]
    assert _mentions("In May 2015 people fled", "en") == [("period", "2015-05", "2015-05")]


# -- a year written earlier in the sentence, with no publication date ---------------------------


def test_months_take_the_year_written_before_them_not_a_cited_one_after() -> None:
    f = _fact(
        "In 2014, a total of 311 people fled their homes in Garissa between July and August (NDMA, April 2015).",
        "en",
        311,
    )
    assert (f.start, f.end) == ("2014-07", "2014-08")
    f = _fact(
        "Im Jahr 2014 flohen zwischen Juli und August 311 Menschen aus Garissa (UNHCR, April 2015).",
        "de",
        311,
    )
    assert (f.start, f.end) == ("2014-07", "2014-08")


# -- a cited source's date ends a displacement that goes on --------------------------------------


def test_cited_date_ends_an_ongoing_displacement() -> None:
    f = _fact(
        "In Kenya, some 900 villagers displaced by clashes in 2009 have not been able to return to their "
        "homes (NRC interviews, March 2014).",
        "en",
        900,
    )
    assert (f.start, f.end) == ("2009", "2014-03")
    f = _fact(
        "In Kenya, some 900 villagers evicted from their homes in Garissa in May 2011 and again in June 2012 "
        "remain displaced (NRC, March 2014).",
        "en",
        900,
    )
    assert (f.start, f.end) == ("2011-05", "2014-03")
    f = _fact(
        "Au Mali, quelque 900 villageois déplacés en 2012 n'ont pas pu rentrer chez eux (HCR, mars 2014).",
        "fr",
        900,
    )
    assert (f.start, f.end) == ("2012", "2014-03")


def test_cited_date_does_not_end_a_displacement_that_is_over() -> None:
    f = _fact(
        "In Kenya, some 900 villagers were evicted from their homes in Garissa in May 2011 (NRC, March 2014).",
        "en",
        900,
    )
    assert (f.start, f.end) == ("2011-05", "2011-05")
    # "continue to" is the other figure's
    f = _fact(
        "Of the 113,000 people who fled Kupang in 1999, some 22,000 continue to live in camps (Jakarta Post, "
        "17 January 2014).",
        "en",
        113000,
    )
    assert (f.start, f.end) == ("1999", "1999")


# -- "over the past months": no start, held at publication ---------------------------------------


def test_past_months_hold_at_publication_with_no_start() -> None:
    pub = date(2018, 9, 28)
    cases = [
        (
            "en",
            "Over the past months, Benghazi received 2,990 new IDPs from Derna, where clashes were reported in May.",
            2990,
        ),
        (
            "de",
            "In den letzten Monaten sind rund 3000 Menschen aus Derna geflohen, wo im Mai heftige Kämpfe stattfanden.",
            3000,
        ),
        (
            "fr",
            "Ces derniers mois, plus de 3000 personnes ont fui la ville de Derna, où des combats ont eu lieu en mai.",
            3000,
        ),
        ("ar", "خلال الأشهر الماضية نزح أكثر من 3000 شخص من مدينة درنة.", 3000),
    ]
    for lang, text, value in cases:
        f = _fact(text, lang, value, pub)
        assert (f.start, f.end) == (None, "2018-09-28"), lang


def test_the_past_month_keeps_its_thirty_days() -> None:
    assert _mentions("in the past month", "en") == [("period", "2020-05-02", "2020-06-01")]


# -- "since then" -------------------------------------------------------------------------------


def test_since_then_starts_at_the_previous_sentences_date() -> None:
    cases = [
        (
            "de",
            "Im März 2016 wurde die Balkanroute geschlossen. Seitdem sind rund 18.000 Menschen über Libyen geflohen.",
            18000,
            "2016-03",
        ),
        (
            "fr",
            "Les combats ont commencé le 3 mai à Bangui. Depuis lors, plus de 18 000 personnes ont fui la ville.",
            18000,
            "2016-05-03",
        ),
        (
            "ar",
            "اندلعت الاشتباكات في مدينة درنة في 3 مايو 2016. ومنذ ذلك الحين نزح أكثر من 18 ألف شخص من المدينة.",
            18000,
            "2016-05-03",
        ),
        (
            "nb",
            "Kampene brøt ut i Mosul 3. mai. Siden da har over 18 000 mennesker flyktet fra byen.",
            18000,
            "2016-05-03",
        ),
    ]
    for lang, text, value, start in cases:
        f = _fact(text, lang, value, date(2016, 9, 1))
        assert (f.start, f.end) == (start, "2016-09-01"), lang
    f = _fact(
        "A ceasefire was signed in northern Uganda in 2006. Since then, more than 18,000 displaced people have returned to Gulu.",
        "en",
        18000,
        date(2010, 3, 1),
    )
    assert (f.start, f.end) == ("2006", "2010-03-01")


def test_since_then_without_a_date_before_or_with_its_own_start() -> None:
    f = _fact(
        "A ceasefire was signed in northern Uganda. Since then, more than 18,000 people have returned to Gulu.",
        "en",
        18000,
        date(2010, 3, 1),
    )
    assert f.start is None
    f = _fact(
        "A ceasefire was signed in northern Uganda in 2006. Since then, and since 3 January in particular, "
        "more than 18,000 people have returned to Gulu.",
        "en",
        18000,
        date(2010, 3, 1),
    )
    assert f.start == "2010-01-03"


# -- a sentence opening on a consequence ---------------------------------------------------------


def test_a_consequence_happens_when_the_sentence_before_says() -> None:
    pub = date(2015, 6, 4)
    cases = [
        (
            "en",
            "In 2010 heavy rains struck the north of Benin. As a result, more than 150,000 people were left homeless in Benin.",
            150000,
            "2010",
        ),
        (
            "de",
            "Im Jahr 2013 trat die Elbe über die Ufer. Infolgedessen mussten in Sachsen rund 20.000 Menschen ihre Häuser verlassen.",
            20000,
            "2013",
        ),
        (
            "fr",
            "En 2010, des pluies torrentielles ont frappé le nord du Bénin. Par conséquent, plus de 150 000 personnes se sont retrouvées sans abri au Bénin.",
            150000,
            "2010",
        ),
        (
            "es",
            "En 2010 las lluvias azotaron el norte de Benín. Como resultado, más de 150.000 personas quedaron sin hogar en Benín.",
            150000,
            "2010",
        ),
        (
            "ar",
            "في عام 2010 ضربت فيضانات شمال بنين. ونتيجة لذلك نزح أكثر من 150 ألف شخص في بنين.",
            150000,
            "2010",
        ),
    ]
    for lang, text, value, year in cases:
        f = _fact(text, lang, value, pub)
        assert (f.start, f.end) == (year, year), lang


def test_a_consequence_with_no_date_before_or_its_own_date() -> None:
    pub = date(2015, 6, 4)
    f = _fact(
        "Heavy rains struck the north of Benin. As a result, more than 150,000 people were left homeless in Benin.",
        "en",
        150000,
        pub,
    )
    assert f.end == "2015-06-04"
    f = _fact(
        "In 2010 heavy rains struck the north of Benin. As a result, more than 150,000 people were left homeless "
        "in Benin on 3 June.",
        "en",
        150000,
        pub,
    )
    assert (f.start, f.end) == ("2015-06-03", "2015-06-03")


# -- homes lost on the day of a one-day event ------------------------------------------------------


def test_homes_fall_on_the_day_of_an_event_written_as_one_day() -> None:
    text = "The landslide struck Chinautla on Saturday, 11 July 2015. Officials say the landslide destroyed 10 houses and damaged 11 others."
    facts = {f.value: f for f in _facts(text, "en", date(2015, 7, 14))}
    assert (facts[10].start, facts[10].end) == ("2015-07-11", "2015-07-11")
    assert (facts[11].start, facts[11].end) == ("2015-07-11", "2015-07-11")
    f = _fact(
        "Das Erdbeben traf die Stadt Amatrice am 24. August. Nach Angaben der Behörden wurden 300 Häuser zerstört.",
        "de",
        300,
        date(2016, 8, 27),
    )
    assert (f.start, f.end) == ("2016-08-24", "2016-08-24")
    f = _fact(
        "Le séisme a frappé la ville d’Amatrice le 24 août. Selon les autorités, 300 maisons ont été détruites.",
        "fr",
        300,
        date(2016, 8, 27),
    )
    assert (f.start, f.end) == ("2016-08-24", "2016-08-24")


def test_people_and_ongoing_events_keep_the_report_date() -> None:
    pub = date(2015, 7, 14)
    f = _fact(
        "The landslide struck Chinautla on Saturday, 11 July 2015. Officials say the landslide forced 300 people from their homes.",
        "en",
        300,
        pub,
    )
    assert (f.start, f.end) == ("2015-07-11", "2015-07-14")
    f = _fact(
        "Heavy rains have fallen on Chinautla since 11 July. Officials say the floods destroyed 10 houses.",
        "en",
        10,
        pub,
    )
    assert (f.start, f.end) == ("2015-07-11", "2015-07-14")
    # an event weeks before the report: the homes are counted as of the report
    f = _fact(
        "The earthquake struck Amatrice on 24 August. Officials said on Tuesday that 300 houses were destroyed.",
        "en",
        300,
        date(2016, 9, 10),
    )
    assert f.end == "2016-09-06"


# -- a dateline's date dates no figure -------------------------------------------------------------


def test_a_dateline_date_gives_way_to_the_figures_own_day() -> None:
    f = _fact(
        "SHANTOU, June 16 (Xinhua) -- About 13,000 people have been evacuated after a typhoon hit Shantou City "
        "on Sunday afternoon, officials said Monday.",
        "en",
        13000,
        date(2014, 6, 16),
    )
    assert (f.start, f.end) == ("2014-06-15", "2014-06-15")
    f = _fact(
        "KABUL, 3 May (Reuters) - More than 2,000 people fled their homes in Faryab province after floods on "
        "Saturday, officials said.",
        "en",
        2000,
        date(2015, 5, 3),
    )
    assert (f.start, f.end) == ("2015-05-02", "2015-05-02")


def test_a_date_opening_running_text_still_dates_its_figures() -> None:
    f = _fact(
        "On June 16, about 13,000 people were evacuated from Shantou City, officials said.",
        "en",
        13000,
        date(2014, 6, 18),
    )
    assert (f.start, f.end) == ("2014-06-16", "2014-06-16")


# -- a figure restated in brackets, and a list of figures each with its month ---------------------


def test_a_bracketed_restatement_does_not_hide_the_figures_date() -> None:
    text = (
        "DTM Sudan April - June 2020\n\nIn Kadugli locality, 2,085 individuals (654 households) were "
        "registered as displaced in April, 660 individuals (217 households) in May."
    )
    facts = {f.value: f for f in _facts(text, "en", None)}
    assert (facts[2085].start, facts[2085].end) == ("2020-04", "2020-04")
    assert (facts[660].start, facts[660].end) == ("2020-05", "2020-05")


def test_each_listed_figure_takes_the_month_after_it() -> None:
    text = "À Kadugli, 2400 personnes ont été déplacées en avril et 660 personnes en mai."
    facts = {f.value: f for f in _facts(text, "fr", date(2020, 6, 30))}
    assert facts[2400].end == "2020-04" and facts[660].end == "2020-05"
    # with no month after it, the figure keeps the one before
    f = _fact(
        "About 2,000 people fled Kadugli in April, and 660 more have fled since.", "en", 660, date(2020, 6, 1)
    )
    assert f.end == "2020-04"


# -- superlatives before "since" compare, they start nothing ---------------------------------------


def test_a_superlative_since_a_year_is_no_start() -> None:
    assert _mentions("The period saw the deadliest attack since 2015 in the region.", "en") == []
    assert _mentions("Es war der schwerste Angriff seit 2015 in der Region.", "de") == []
    assert _mentions("وهو الهجوم الأعنف منذ عام 2015 في المنطقة.", "ar") == []
    # a plain "since" still starts a flow
    assert _mentions("نزح 3000 شخص منذ عام 2015 من المنطقة.", "ar") == [("since", "2015", None)]
    assert _mentions("3,000 people have fled since 2015.", "en") == [("since", "2015", None)]


# -- an undated report's header period ----------------------------------------------------------


def test_an_undated_reports_flows_fall_in_its_header_period() -> None:
    text = (
        "OPERATIONAL UPDATE\nDemocratic Republic of the Congo July 2021\n\n"
        "UNHCR facilitated the voluntary repatriation of 968 Burundian refugees from South Kivu province "
        "to Burundi. Since January, 5,000 refugees have returned to Burundi."
    )
    facts = {f.value: f for f in _facts(text, "en", None)}
    assert (facts[968].start, facts[968].end) == ("2021-07", "2021-07")
    assert (facts[5000].start, facts[5000].end) == ("2021-01", "2021-07")
    f = _fact(
        "UNHCR FLASH UPDATE 21 - 28 September 2018\n\nSome 3,000 people fled their homes in Tripoli.",
        "en",
        3000,
    )
    assert (f.start, f.end) == ("2018-09-21", "2018-09-28")


def test_an_event_start_written_before_the_figure_beats_the_header_period() -> None:
    text = (
        "WFP Country Brief January 2020\n\nSince late December 2019, clashes in Geneina have led to an "
        "influx of refugees into Chad. Latest arrivals bring the number of new refugees who fled to Chad to 16,250."
    )
    f = _fact(text, "en", 16250)
    assert f.start == "2019-12"


# -- an event counted back from the report -------------------------------------------------------


def test_an_event_over_the_past_days_starts_a_flow_that_gives_no_date() -> None:
    pub = date(2014, 4, 7)
    text = "Heavy storms over the past week slammed eight provinces. In Battambang, 36 houses were destroyed."
    assert _fact(text, "en", 36, pub).start == "2014-03-31"
    text = "Schwere Unwetter in den vergangenen Tagen haben acht Provinzen getroffen. In Battambang wurden 36 Häuser zerstört."
    assert _fact(text, "de", 36, pub).start == "2014-03-31"
    # no event noun: the week is the officials', no start
    text = (
        "Over the past week, officials met in the capital. In Battambang, 36 houses were destroyed by a fire."
    )
    assert _fact(text, "en", 36, pub).start is None


def test_a_start_the_text_writes_beats_days_counted_back() -> None:
    text = (
        "Heavy rain has been falling in the region since Monday 21 July 2014. Five people were killed in "
        "flooding incidents over the last few days. Floods have displaced around 2,000 people in Madhya Pradesh so far."
    )
    assert _fact(text, "en", 2000, date(2014, 7, 24)).start == "2014-07-21"


# -- the last quarter of a year; the Arabic elongation mark; a German year opening its sentence ----


def test_the_last_quarter_of_a_year() -> None:
    pub = date(2021, 3, 10)
    cases = [
        ("en", "8,000 refugees are expected to return in the last quarter of 2020.", 8000),
        ("de", "Im letzten Quartal 2020 kehrten 8000 Flüchtlinge zurück.", 8000),
        ("fr", "Au dernier trimestre 2020, 8000 réfugiés sont rentrés.", 8000),
        ("ar", "عاد 8000 لاجئ خلال الربع الأخير من عام 2020.", 8000),
    ]
    for lang, text, value in cases:
        f = _fact(text, lang, value, pub)
        assert (f.start, f.end) == ("2020-10", "2020-12"), lang
    f = _fact("Im ersten Halbjahr 2019 flohen 8000 Menschen aus Syrien.", "de", 8000, pub)
    assert (f.start, f.end) == ("2019-01", "2019-06")
    # with no year, "the last quarter" is no part of a known year
    f = _fact("In the last quarter, 8,000 refugees returned to Burundi.", "en", 8000, pub)
    assert f.end == "2021-03-10"


def test_a_phrase_written_with_tatweel_is_read_without_it() -> None:
    pub = date(2021, 3, 10)
    for text in ("نزح 3000 شخص خلال الـ24 ساعة الماضية.", "نزح 3000 شخص خلال ال24 ساعة الماضية."):
        assert _mentions(text, "ar", pub) == [("period", "2021-03-09", "2021-03-10")]


def test_a_german_year_before_the_verb_opens_a_sentence() -> None:
    f = _fact("2014 sind 214.000 Personen über das Mittelmeer in die EU geflohen.", "de", 214000)
    assert (f.start, f.end) == ("2014", "2014")
    assert _mentions("Zum Vergleich: 1956 und 1957 kamen rund 180.000 Menschen nach Österreich.", "de") == [
        ("range", "1956", "1957")
    ]
    # after a comma, or before a noun, a number is no opening year
    assert _mentions("In Aleppo blieben viele, 2015 sind es mehr geworden.", "de") == []
    assert _mentions("2015 Menschen sind aus der Stadt geflohen.", "de") == []


# -- "in the same period"; wars dated by their year; days that name places -------------------------


def test_in_the_same_period_takes_the_period_of_the_sentence_before() -> None:
    pub = date(2018, 4, 8)
    cases = [
        (
            "en",
            "Fighting killed 49 civilians in Dhamar in 2017. In the same period, 19 houses were destroyed.",
        ),
        (
            "de",
            "Im Jahr 2017 wurden in Dhamar 49 Zivilisten getötet. Im gleichen Zeitraum wurden 19 Häuser zerstört.",
        ),
        (
            "fr",
            "En 2017, 49 civils ont été tués à Dhamar. Au cours de la même période, 19 maisons ont été détruites.",
        ),
        ("ar", "ووثق التقرير قتل 49 مدنيا خلال العام الماضي في ذمار. كما رصد تفجير 19 منزلا في ذات الفترة."),
    ]
    for lang, text in cases:
        f = _fact(text, lang, 19, pub)
        assert (f.start, f.end) == ("2017", "2017"), lang


def test_in_the_same_period_with_no_date_before_or_its_own_date() -> None:
    pub = date(2018, 4, 8)
    f = _fact(
        "Fighting killed 49 civilians in Dhamar. In the same period, 19 houses were destroyed.", "en", 19, pub
    )
    assert f.end == "2018-04-08"
    text = "Fighting killed 49 civilians in Dhamar in 2017. In the same period, 19 houses were destroyed on 3 March."
    assert _fact(text, "en", 19, pub).end == "2018-03-03"


def test_arabic_during_last_year_is_the_calendar_year_before() -> None:
    assert _mentions("نزح 3000 شخص خلال العام الماضي.", "ar", date(2018, 4, 8)) == [
        ("period", "2017", "2017")
    ]


def test_a_war_is_dated_by_its_year_but_runs_on() -> None:
    pub = date(2018, 5, 23)
    f = _fact("وتهجير أكثر من 760 ألف فلسطيني في حرب 1948.", "ar", 760000, pub)
    assert f.end == "1948"
    f = _fact("The 1948 war forced more than 700,000 Palestinians from their homes.", "en", 700000, pub)
    assert f.end == "1948"
    # a sentence opening on the war is not the episode the sentence before dates
    text = "واستهدف التحالف الحديدة العام الماضي. وأدت الحرب في اليمن إلى تشريد حوالي ثلاثة ملايين شخص."
    assert _fact(text, "ar", 3000000, date(2018, 5, 29)).end == "2018-05-29"


def test_a_day_that_names_a_place_dates_nothing() -> None:
    pub = date(2018, 11, 10)
    text = "On 5 and 6 November, about 300 people fled their homes in the 7 July neighbourhood to seek refuge in Bajil."
    f = _fact(text, "en", 300, pub)
    assert (f.start, f.end) == ("2018-11-05", "2018-11-06")
    assert _mentions("About 300 people fled 26 September Street in Taiz on 3 May.", "en", pub) == [
        ("point", "2018-05-03", "2018-05-03")
    ]
    assert _mentions("نزح 300 شخص من حي 7 يوليو في الحديدة يوم 5 نوفمبر.", "ar", pub) == [
        ("point", "2018-11-05", "2018-11-05")
    ]
    assert _mentions("Quelque 300 personnes ont fui la rue du 4 Septembre le 5 novembre.", "fr", pub) == [
        ("point", "2018-11-05", "2018-11-05")
    ]
    # a day followed by other words is a date
    assert _mentions("About 300 people fled on 7 July, officials said.", "en", pub) == [
        ("point", "2018-07-07", "2018-07-07")
    ]


# -- a statement's date yields to the event's ------------------------------------------------------


def test_a_reporting_verbs_date_yields_to_the_events_in_the_figures_clause() -> None:
    text = (
        "A profiling exercise led by NRC in 2005 found that 65,000 people were displaced during the "
        "1988-1994 conflict between Azerbaijan and Armenia."
    )
    f = _fact(text, "en", 65000)
    assert (f.start, f.end) == ("1988", "1994")
    # the statement's date alone still dates the figure
    f = _fact("Officials said on Sunday that 5,000 people had fled Mosul.", "en", 5000, date(2017, 3, 7))
    assert f.end == "2017-03-05"


def test_spanish_and_norwegian_back_references() -> None:
    f = _fact(
        "Los combates comenzaron en Tumaco el 3 de mayo. Desde entonces, más de 18.000 personas han huido de sus hogares.",
        "es",
        18000,
        date(2017, 9, 1),
    )
    assert (f.start, f.end) == ("2017-05-03", "2017-09-01")
    f = _fact(
        "I 2010 rammet kraftige flommer Benin. Som følge av dette ble over 150 000 mennesker hjemløse i Benin.",
        "nb",
        150000,
        date(2015, 6, 4),
    )
    assert (f.start, f.end) == ("2010", "2010")
    f = _fact(
        "En 2017, 49 civiles murieron en Tumaco. En el mismo período, 19 viviendas fueron destruidas.",
        "es",
        19,
        date(2018, 4, 8),
    )
    assert (f.start, f.end) == ("2017", "2017")
    f = _fact(
        "I 2017 ble 49 sivile drept i Mosul. I samme periode ble 19 hus ødelagt.", "nb", 19, date(2018, 4, 8)
    )
    assert (f.start, f.end) == ("2017", "2017")


def test_arabic_eruptions_and_indefinite_event_nouns_date_their_events() -> None:
    text = (
        "قالت السلطات إن ثوران بركان فويغو الأحد أسفر عن مقتل 99 شخصا. كما هجر أكثر من 12 ألف شخص من ديارهم."
    )
    f = _fact(text, "ar", 12000, date(2018, 6, 9))
    assert (f.start, f.end) == ("2018-06-03", "2018-06-09")
    f = _fact("أدى ثوران البركان يوم الأحد إلى تدمير 300 منزل في القرية.", "ar", 300, date(2018, 6, 5))
    assert (f.start, f.end) == ("2018-06-03", "2018-06-03")
    # no event before the figure: no start
    f = _fact("قالت السلطات إن أكثر من 12 ألف شخص هجروا من ديارهم.", "ar", 12000, date(2018, 6, 9))
    assert f.start is None


def test_since_a_named_update_with_its_acronym() -> None:
    text = "Since the last update of the Displacement Tracking Matrix (DTM) on 08 August 2019, the situation remained volatile."
    assert _mentions(text, "en", None) == [("since", "2019-08-08", None)]
    text = "Depuis la dernière mise à jour de la Matrice (DTM) le 8 août 2019, la situation reste instable."
    assert _mentions(text, "fr", None) == [("since", "2019-08-08", None)]
    # a bracket that is no acronym still breaks the clause
    text = "Since the floods (which killed 40 people) on 08 August 2019, the situation remained volatile."
    assert _mentions(text, "en", None) == [("point", "2019-08-08", "2019-08-08")]
