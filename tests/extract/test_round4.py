"""Round 4: start anchors, destination countries, new wordings (invented sentences)."""

from datetime import date

from uprooted.extract import extract_text

PUB = date(2017, 3, 6)  # a Monday


def facts(text, lang="en", published=PUB):
    out = extract_text(text, lang=lang, published=published)
    for f in out:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.text
    return out


def by_value(out):
    return {f.value: f for f in out}


# A stock anchored to the start of an offensive holds for the day the document says it began.


def test_stock_at_the_start_of_the_offensive_takes_the_launch_day():
    text = (
        "Government troops launched their assault on the southern districts of Raqqa on Feb. 12.\n\n"
        "About 300,000 civilians were trapped in the southern districts at the start of the offensive, "
        "aid groups estimated."
    )
    f = by_value(facts(text))[300000]
    assert (f.measure, f.end) == ("remaining", "2017-02-12")


def test_stock_without_an_anchor_keeps_the_publication_date():
    text = (
        "Government troops launched their assault on the southern districts of Raqqa on Feb. 12.\n\n"
        "About 300,000 civilians remain trapped in the southern districts, aid groups estimated."
    )
    f = by_value(facts(text))[300000]
    assert f.end == "2017-03-06"


def test_norwegian_stock_when_the_offensive_started():
    text = (
        "Regjeringsstyrkene startet offensiven mot byen 12. februar.\n\n"
        "Rundt 300 000 sivile var fortsatt igjen i byen da offensiven startet, ifølge FN."
    )
    f = by_value(facts(text, "nb"))[300000]
    assert (f.measure, f.end) == ("remaining", "2017-02-12")


def test_french_stock_au_debut_de_l_offensive():
    text = (
        "L'armée a lancé le 12 février son offensive sur les quartiers sud.\n\n"
        "Quelque 300 000 civils étaient piégés dans les quartiers sud au début de l'offensive, selon l'ONU."
    )
    f = by_value(facts(text, "fr"))[300000]
    assert f.end == "2017-02-12"


# A city is not dropped for a country the people fled to.


def test_destination_country_does_not_hide_the_origin_city():
    (f,) = facts(
        "More than 12,000 Syrians have fled towards Turkey from Aleppo in the past week, UNHCR said."
    )
    assert (f.place.name, f.place.country) == ("Aleppo", "SYR")


# A term before its figure beats a term of the next clause; "others" counts the noun before.


def test_destroyed_then_damaged_others():
    found = {
        f.measure: f.value for f in facts("The cyclone destroyed 2,300 houses and damaged 5,100 others.")
    }
    assert found == {"homes_destroyed": 2300, "homes_damaged": 5100}


def test_damaged_is_not_aged():
    (f,) = facts("Heavy rain damaged 640 homes in the district.")
    assert (f.measure, f.value) == ("homes_damaged", 640)


def test_spanish_otras_before_the_figure():
    found = {f.measure: f.value for f in facts("El sismo destruyó 900 viviendas y dañó otras 2.100.", "es")}
    assert found == {"homes_destroyed": 900, "homes_damaged": 2100}


def test_french_destroyed_then_damaged():
    found = {
        f.measure: f.value for f in facts("Le cyclone a détruit 700 maisons et endommagé 1 900 autres.", "fr")
    }
    assert found == {"homes_destroyed": 700, "homes_damaged": 1900}


# Romance adjectives after the noun describe it; the predicate after them counts the people.


def test_spanish_participle_after_noun_then_returned():
    (f,) = facts("Unas 6.000 personas desplazadas volvieron a sus casas en Homs.", "es")
    assert f.measure == "returned"


def test_french_participle_after_noun_then_returned():
    (f,) = facts("Environ 1 800 personnes déplacées sont rentrées chez elles à Bangui.", "fr")
    assert f.measure == "returned"


def test_spanish_participle_alone_stays_displaced():
    (f,) = facts("Hay unas 6.000 personas desplazadas en Homs.", "es")
    assert f.measure == "displaced"


# Arabic marks do not split words, and evidence points into the original text.


def test_arabic_tatweel_and_vowels_keep_offsets():
    text = "قال مسؤولون إن الفيضانات أدت إلى نـزوح 900 شَخْصٍ من البصرة. وأُجْلِيَ 400 شخص من الموصل."
    out = facts(text, "ar")
    assert {f.value for f in out} == {900, 400}


# Returns, lost homes, a week ending on a day, a place in a "where" clause.


def test_left_the_camps_heading_home_is_a_return():
    (f,) = facts("Around 4,200 people left the camps heading home on Friday, officials said.")
    assert (f.measure, f.end) == ("returned", "2017-03-03")


def test_went_back_to_their_villages():
    (f,) = facts("About 1,700 people went back to their villages near Kunduz last week.")
    assert f.measure == "returned"


def test_homes_were_lost():
    (f,) = facts("Some 950 homes were lost when the fire swept through Slave Lake.")
    assert (f.measure, f.value) == ("homes_destroyed", 950)


def test_badly_damaged_houses():
    (f,) = facts("About 2,600 houses were badly damaged in Assam.")
    assert f.measure == "homes_damaged"


def test_week_to_a_weekday_is_seven_days():
    (f,) = facts("Nearly 9,000 people fled Raqqa in the week to Saturday, the UN said.")
    assert (f.start, f.end) == ("2017-02-26", "2017-03-04")


def test_norwegian_week_to_a_weekday():
    (f,) = facts("Nesten 9000 mennesker flyktet fra Raqqa i uken fram til lørdag.", "nb")
    assert (f.start, f.end) == ("2017-02-26", "2017-03-04")


def test_place_in_a_where_clause():
    (f,) = facts("The earthquake struck Ludian county, where 12,000 homes were destroyed.")
    assert (f.measure, f.place.name) == ("homes_destroyed", "Ludian")
