"""Datelines anywhere in a line (a headline and its lead run together), with the news agencies
and marks of each pack: "Graz – ...", "BERLIN (dpa) - ...", "LYON, 4 avril (AFP) - ...",
"Wien/Salzburg – ...", "Bergen (NTB): ...", "حلب - ...". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.placing import _place_context
from uprooted.lang import get_pack


def datelines(text: str, lang: str) -> dict[str, bool]:
    ctx = _place_context(text, get_pack(lang))
    return {m.text: id(m) in ctx.datelines for m in ctx.mentions if m.kind != "demonym"}


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Mehr Anträge im Herbst. Graz – Die Landesregierung meldet neue Zahlen.", "de", ["Graz"]),
        ("Neue Zahlen. HAMBURG (dpa) - Die Stadt rechnet mit mehr Anträgen.", "de", ["HAMBURG"]),
        ("Wieder Züge gestoppt. Wien/Salzburg – Hunderte Menschen warten.", "de", ["Wien", "Salzburg"]),
        ("Le bilan s'alourdit. PARIS, 4 avril (AFP) - Les pompiers ont évacué un quartier.", "fr", ["PARIS"]),
        ("Ny rekord. Bergen (NTB): Antall søknader stiger.", "nb", ["Bergen"]),
        ("Trondheim (NTB-AFP): Regjeringen legger fram tall.", "nb", ["Trondheim"]),
        ("أمطار غزيرة في الشمال. حلب - قالت السلطات إن المياه غمرت الأحياء.", "ar", ["حلب"]),
        ("Heavy rain again. MANILA, Philippines (AP) — Rescuers reached villages.", "en", ["MANILA"]),
        ("Lluvias intensas. Quito (EFE) - Las autoridades cerraron carreteras.", "es", ["Quito"]),
    ],
)
def test_a_dateline_within_a_line_is_recognised(text, lang, names):
    found = datelines(text, lang)
    for name in names:
        assert found.get(name) is True, found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # A dash inside a sentence sets off an aside, not a dateline.
        ("Viele flohen nach Graz – die meisten davon mit Kindern.", "de", "Graz"),
        ("Die Menschen kamen aus Syrien – Frauen und Kinder zuerst.", "de", "Syrien"),
        ("Families fled to Kenya - the government said on Monday.", "en", "Kenya"),
        # A headline's topic before a colon is no dateline: no agency in brackets.
        ("Flom i Bergen: 40 evakuert fra hjemmene sine.", "nb", "Bergen"),
        ("Inondations à Lyon : des centaines de sinistrés.", "fr", "Lyon"),
        # After a sentence's end, a dash not followed by a report opening.
        ("Sie kamen an. Graz – 40 Menschen, Linz – 30 Menschen.", "de", "Graz"),
    ],
)
def test_a_dash_or_colon_elsewhere_is_no_dateline(text, lang, name):
    assert datelines(text, lang).get(name) is False


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The dateline alone: its country, not the town the reporter files from.
        (
            "Mehr Ankünfte im Süden. Rom – Seit Jahresbeginn haben 40.000 Flüchtlinge das Mittelmeer überquert.",
            "de",
            ("Italy", "ITA"),
        ),
        (
            "Trafikk stoppet. Oslo (NTB): Rundt 300 personer ble evakuert fra hjemmene sine i natt.",
            "nb",
            ("Norway", "NOR"),
        ),
        # A place named in the report wins over the dateline.
        (
            "Crue record. PARIS, 3 mars (AFP) - Quelque 2 000 habitants de Nevers ont été évacués.",
            "fr",
            ("Nevers", "FRA"),
        ),
    ],
)
def test_an_inline_dateline_is_never_the_place(text, lang, expected):
    found = extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
    assert len(found) == 1, [(f.measure, f.value) for f in found]
    p = found[0].place
    assert (p.name, p.country) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Where a speaker spoke is no place of the people: a later sentence naming no place is
        # about the place in play before it.
        (
            "Floods forced 2,000 people from their homes in Mandalay. The agency briefed reporters, "
            "a spokesman said in Geneva on Friday. About 500 of them remain in camps.",
            "en",
            "Mandalay",
        ),
        (
            "In Mossul sind 3.000 Menschen geflohen, sagte ein Sprecher am Freitag in Genf. "
            "Rund 800 von ihnen leben in Lagern.",
            "de",
            "Mosul",
        ),
        # A place named otherwise stays in play (no speaker there).
        (
            "Floods forced 2,000 people from their homes in Mandalay. Later the river rose in Sagaing. "
            "About 500 people remain in camps.",
            "en",
            "Sagaing",
        ),
    ],
)
def test_a_speakers_seat_is_not_carried_forward(text, lang, expected):
    found = extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
    last = max(found, key=lambda f: f.evidence[0].start)
    assert last.place is not None and last.place.name == expected, [(f.value, f.place) for f in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A place naming an institution ("the Helmand government") is its seat: it puts no
        # place in play for a later sentence naming none.
        (
            "Clashes forced 3,000 people from their homes in Kandahar. The Helmand government promised "
            "help. About 500 of them remain in camps.",
            "en",
            "Kandahar",
        ),
        (
            "In Dresden mussten 3.000 Menschen ihre Häuser verlassen. Sachsens Regierung sagte Hilfe zu. "
            "Rund 800 von ihnen leben in Notunterkünften.",
            "de",
            "Dresden",
        ),
        # A place named for itself is in play.
        (
            "In Dresden mussten 3.000 Menschen ihre Häuser verlassen. In Leipzig stieg das Wasser ebenfalls. "
            "Rund 800 Menschen leben in Notunterkünften.",
            "de",
            "Leipzig",
        ),
    ],
)
def test_an_institutions_seat_is_not_carried_forward(text, lang, expected):
    found = extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
    last = max(found, key=lambda f: f.evidence[0].start)
    assert last.place is not None and last.place.name == expected, [(f.value, f.place) for f in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Arabic datelines are written with the Arabic comma "،" before the country.
        (
            "ارتفاع الأسعار.\n\nدبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة عن خسائر.",
            ["دبي", "الإمارات العربية المتحدة"],
        ),
        ("اجتماع طارئ.\n\nلندن، بريطانيا (CNN) – قالت الحكومة إن المجلس سيجتمع.", ["لندن", "بريطانيا"]),
        ("قمة في المساء.  باريس، فرنسا (أ ف ب) - وصل الرؤساء إلى القصر.", ["باريس", "فرنسا"]),
    ],
)
def test_an_arabic_dateline_with_its_country_is_recognised(text, names):
    found = datelines(text, "ar")
    for name in names:
        assert found.get(name) is True, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the Arabic comma in a sentence, without a bracketed agency or a dash, is no dateline
        ("وصل الوفد إلى دبي، ثم توجه إلى الرياض مساء الأحد.", "دبي"),
        ("قالت السلطات في عمان، إن مئات الأسر نزحت.", "عمان"),
    ],
)
def test_an_arabic_comma_alone_is_no_dateline(text, name):
    assert datelines(text, "ar").get(name) is False
