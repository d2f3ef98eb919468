"""Generalisation suites for German, Spanish, French, Bokmål, Nynorsk, Arabic and English news (issues 7 and 8): does
extraction hold on sentences nobody tuned on?

The sentences in tests/lang/data/generalisation_{de,es,fr}[_negative].jsonl were written for
this suite in the style of news agencies (dpa, EFE, AFP), UN/NGO releases and local news, and
labelled by the spec (facts.md) before the extractor was run on them. `*_negative` files hold
sentences whose numbers are not displacement facts (casualties, money, ages, capacities, people
in need, votes, scores, migrants on a boat, arrests, tourists ...).

Each line: {"text", "facts": [{"measure", "value", optional "unit", "qualifier", "place",
"country"}], optional "optional" (facts the spec allows either way: neither missed nor false)
optional "published" (the case's own ISO publication date; else the suite's 2024-05-15)
and "xfail" (a reason: the core check is known to fail) and "xfail_details"}.
`*_documents` files (round 2) hold short dispatches, headline and body, with every fact listed;
`*_round3` files sentences in the genres of the real sources (refugee-crisis news, Mexican news,
BBC Afrique), hard negatives among them; `de_round4` to `de_round17` more blind batches of Austrian and
German refugee-movement, flood and asylum-statistics news, each scored before any fix (score in the file's first line);
`de_round16` holds short dispatches (headline and body, every fact listed) with costs, capacities, polls,
votes and school figures beside the facts. `de_round18` (Austrian politics, budgets, polls, court and
police news, asylum statistics, Grundversorgung and Bundesländer quotas, border counts, transit refugees,
costs per refugee; blind core F1 .837, P .818) and `de_round19` (floods, storms, fires, avalanches, gas
leaks, bomb disposals, with money, ages, times and scores beside them; blind core F1 .792, P .840);
`de_round20` (session 8: border counts, transit and emergency quarters, Grundversorgung stocks,
applications, deportations, quotas, family reunion, floods; half with no fact; blind core F1 .870,
P .952, false facts per no-fact case .050; after its fixes .917) and `de_round21` (twelve
multi-paragraph dispatches in the style of Der Standard and dpa with statistics, quotas, costs,
votes and staff beside the facts; blind core F1 .789, P .833, 2 false facts on 4 no-fact
documents; after its fixes .919, none). `de_round22` (session 9: 46 multi-sentence passages in styles
rounds 3-21 did not cover: Swiss and Austrian local papers, Deutsche Welle and tagesschau world news
from Syria, Ukraine, Sudan, Afghanistan and the Mediterranean, Bundestag debates, municipal housing in
sports halls, containers, hotels and Erstaufnahme, integration, labour-market and crime statistics
naming refugees, history pieces on the expellees of 1945 and GDR refugees; 21 with no fact; blind score
in the file's first line: core F1 .707, P .744, R .674, full .585, 5 false facts on 21 no-fact passages;
after its fixes core .872, P .971, R .791, full .718, 1 false fact; the headline 'Millionen' of case 27,
left out by the blind labels, made optional).
`de_round23` (session 10: 47 multi-sentence passages in the styles of Destatis, BAMF, Eurostat and SEM
statistics, court rulings, asylum-law explainers, SRF/NZZ, ORF, Bavarian and Saxon local papers, Spiegel
long reads: Ukrainian refugees in 2022-24, the 2023 Turkey/Syria earthquake, climate displacement; 31 with
no fact but refugee nouns beside figures of employment, crime, schools, costs, welfare, decisions,
deportations, visitors; blind core F1 .648, P .605, R .697, full .451, 12 false facts on 31 no-fact passages;
after its fixes core .800, P .889, R .727, full .600, 2 false facts: a custody, crime, school or work word as the
counted noun's attribute, welfare-law compounds, pupils, permits and protection granted, a figure taking the
next one's noun, comparisons with a year, Containerstädte, 'Status S').
`de_round24` (session 10, engineer de10b: 20 passages, half with no fact, on round 23's leftovers in new
sentences: figures in brackets after country names, extended participle attributes with a year before them,
'hinzu kommen' taking the noun of the clause before, demonyms spelt like their country (Polen, Ungarn);
blind core F1 .839, P .867, R .812, full .774, 1 false fact on 10 no-fact passages; after its fixes core .938,
P .938, R .938, full .875: bracketed lists share the term before them, a year before 'von der'/'durch die'
is a year, 'hinzu kommen' is no arrival; 'Polen'/'Ungarn' as people stay open).
`de_round25` (session 11, engineer de11: a change of method after the blind test did not follow the
rounds: 15 long articles of 10-13 sentences each in the styles of Der Standard 2015-16 and WMT news,
every fact labelled in document mode: Traiskirchen, Spielfeld, Nickelsdorf, Grundversorgung quotas, the
2015 asylum statistics, the Salzburg transit garage, winter quarters, Idomeni, Aleppo, the Chennai floods,
the Nepal earthquake, the refugees of 1956/1968/1981, the asylum cap, refugees on the labour market; 3 with
no fact): blind core F1 .740, P .755, R .725, full .620, P at >= 0.8 .829, 3 false facts on 3 no-fact
articles; after its fixes core .961 (P .961, R .961), full .843, P at >= 0.8 1.000, none: 'Ungarn'/'Polen'
as people after a figure, years after a singular article or before a past verb, a shelter named first
with its verb far behind, border crossings with the subject between, 'waren es' with an adverbial, rates
opening a clause, attendance, relocation ahead, readiness, apprentices, guests, a country hosting
nationals, holding out at a border, 'von Bund und Ländern versorgt'.
The Norwegian files (generalisation_{nb,nn}[_negative].jsonl) were written in the style of
Norwegian news (NTB, NRK, Aftenposten, VG, regional papers); the Nynorsk file is partly the Bokmål
one in Nynorsk, partly its own sentences. Their negatives stand near displacement words: asylum
quotas and targets, budgets, reception places and beds, resettlement decisions, combatants,
staff, municipalities, people evacuated from a ferry or a school; a subgroup ("hvorav 1400 barn")
is `optional`. `{nb,nn}_round9` (NTB/NPK-style displacement news: UDI figures, quota refugees,
floods, slides, fires, asylum centres, with money, votes, ages, casualties and rates beside them)
and `{nb,nn}_round10` (everyday news whose words are displacement words in another sense: camps of
scouts and teams, escaped fish and prisoners, guests and spectators evacuated, moves, crowds) were
each scored blind before any fix (score in the file's first line), as were `_round11` (NPK-style
passages with several figures each), `_round12` (sports, economy, work and crime news),
`_round13` (asylum and integration news) and `_round14` (shares, negations, forecasts);
`{nb,nn}_round15` (NTB/NPK news of all kinds: budgets, sport, crime, floods, slides, quota
refugees), `{nb,nn}_round16` (evacuations from public places, housing statistics, still
displaced), `nb_round17` (asylum, slides, integration, prices), `es_round5` to `es_round8`
(Spanish and Mexican news, 2020-21: Covid travel bans and lockdowns, parties cleared by the police,
migrants at sea, hurricanes, eruptions, fires) and `fr_round5` (BBC Afrique news: Sahel violence,
floods, sport, prices) likewise. Session 7 (30 cases each, half with no fact; blind score before any
fix, core F1 by uprooted eval on scripts/generalisation_gold.py output, and false facts per no-fact
document): `nb_round18` (NTB news of all kinds: quick-clay slides, asylum arrivals, resettlement
decisions, cabins and ships evacuated) 1.000, .000; `nn_round17` (NPK news written in Nynorsk:
slides, floods, busette, mottak, evacuation orders) .857, .067; `es_round9` (Mexican and Spanish news:
desplazados, damnificados, albergues, caravans, with money, victims and votes) .909, .133;
`fr_round6` (Sahel, Great Lakes, Cameroon, West African floods: déplacés, sinistrés, retournés,
with casualties, budgets and votes) .903, .000. After the session's pack fixes: nb 1.000, nn .944, es .968,
fr .938 (the misses left are xfails with their reasons).
Session 8 (30 cases each, half with no fact, labelled with place and dates where the text gives
them; blind core F1, full F1 and false facts per no-fact document, then after the session's pack
fixes): `nb_round19` (NTB news of displacement abroad: Sudan, Gaza, Haiti, floods in Brazil and
Kenya, asylum arrivals, quota refugees, ships and schools evacuated) .839/.581/.067 -> 1.000/.800/.000;
`nn_round18` (the same genres in Nynorsk) .895/.842/.067 -> 1.000/.944/.000; `es_round10` (Colombian
and Mexican desplazamiento, caravans, La Palma, Eta and Grace, with money, victims and votes)
.909/.667/.000 -> .970/.727/.000; `fr_round7` (BBC Afrique: Sahel, Cameroon, DRC, Mozambique, floods,
with casualties and money) .857/.571/.067 -> 1.000/.733/.000.
Session 9: `es_round11` (42 cases, half with no fact, labelled with place and dates stated in many
ways: "desde principios de marzo", "el pasado fin de semana", "semana 19", "a finales de 2023", "a la
fecha", a day and month ahead of publication; Venezuelan migration statistics, Colombian desplazamiento,
Central American floods and hurricanes, Canarias arrivals, volcano evacuations) .783/.478/.000 ->
.844/.667/.000.
Session 9 (36 cases each, about half with no fact, place and dates labelled): `nb_round20` (NTB/NPK
news of all kinds beside the facts: budgets, sport, elections, crime, weather; the Finnmark evacuation
of 1944, refugees to Sweden in 1940-45, Bosnian and Kosovar refugees of the 1990s, slides and fires)
blind core F1 .895 (P 1.000), full .789, 0 false facts on 17 no-fact cases; `nn_round19` (Nynorsk
regional news of Sogn og Fjordane, Hordaland and NRK Vestland, with the same history) .857 (P 1.000),
full .686, 0 false facts on 18. After the session's nb/nn pack fixes: nb core 1.000, full .905; nn core
1.000, full .900; no false facts (left: two villages missing from the gazetteer, 'året før' dated to
last year, Bosnian refugees settled in Norway placed in Bosnia). Then `nb_round21` and `nn_round20` (24 cases
each, half with no fact, the same genres, written and labelled after those fixes): blind core F1 .917
(P .917), full .667, 0 false facts on 12 no-fact cases; nn .833 (P .833), full .833, 2 false facts on 12;
after their fixes nb core 1.000, full .833 (Derna's label corrected to GeoNames' Darnah), nn core .957
(the Rohingya arrivals, xfail), full .957, no false facts.
Session 10: `nb_round22` and `nn_round21` (26 cases each, about half with no fact: quotas, budgets,
reception places, sport, history pieces, passengers evacuated from a train or a ferry; dates written
"i fjor", "siden nyttår", "i løpet av helga", "ved utgangen av 2023", "det er 80 år siden", "fram til
no", "i fjor haust", "sidan"; Rohingya arrivals with no flight word; villages below the gazetteer's
cut): blind nb core F1 .923, full .615, 1 false fact on 14 no-fact cases; nn core .909, full .545, 1
false fact on 15. After their fixes (the end of a year, anniversaries, "året før", passengers behind an
apposition, Rohingya arrivals, villages and regions in the places data): nb and nn core and full 1.000,
no false facts; the earlier nb/nn rounds together full .933 -> .968 (nb), .945 -> .967 (nn).
Arabic has blind rounds only: `ar_round1`, `ar_round2` (MSA news-wire displacement news in the style of
2018 Syria, Yemen, Iraq, Libya, Gaza and Rohingya reporting: Arabic-Indic digits, ألف/آلاف/مليون,
duals, "15 ألفا و500", vague words, families; blind core F1 .867, full .667; after its fixes .984 and
.885), `ar_round3` (hard negatives from the same news: casualties, prisoners, food baskets, budgets,
resolutions, votes, beds, schools, capacities, populations; blind core F1 .571 with 6 false facts on 32
no-fact sentences; after its fixes .889, 1 false fact), and `ar_round4` (40 cases in 2018 news-wire style,
half with no fact: Ghouta, Afrin, Daraa, Hodeidah, Derna, Tripoli, Gaza, Cox's Bazar, Sudan, with place
and dates labelled; blind core F1 .905, full .667, 0 false facts on 20 no-fact sentences; after its
fixes core .952, full .857: Cox's Bazar and Rakhine are not in the gazetteer's Arabic names).
`ar_round5` (session 9: 45 cases in the styles of Al Jazeera, Asharq Al-Awsat, SANA, Anadolu and UN News
Arabic: Sudan, Gaza, Syria, Yemen, the Libya floods, Iraq returns; 23 with no fact: casualties and detainees beside
displacement words, coordinated 'آخرون', aid baskets, budgets, votes, ages, capacities; place and dates labelled;
blind core F1 .808 (P .750), full .654, 3 false facts on 23 no-fact sentences; after its fixes core 1.000, full
.917, none: casualty and custody verbs before the figure, 'ما زالوا نازحين', orders to evacuate, verb-first shelter).
`ar_round6` (session 10: 46 passages in the styles of Al Jazeera, BBC Arabic, Asharq Al-Awsat, SANA, UN News and
OCHA Arabic: Syria, Iraq, Yemen, Sudan, Gaza, Lebanon, the Libya floods; 22 with no fact; ordinal days ('منذ السادس من
أيار'), paired month names with 'الماضي'/'الجاري', Hijri dates, periods, places with clitics, common words beside
places; blind core F1 .889 (P .857), full .593, 3 false facts on 22 no-fact passages; after its fixes core 1.000,
full .923, none: ordinal days, days of this or last month, spans counted back in the dual or plural, 'أي' after a
comma as 'that is', affected families, released detainees, displaced families who returned, common words as places,
clitics on listed names, the undotted final letter; left: a Hijri month, Gezira as a stop-word).
Session 10 (29 passages each, 13 with no fact, place and dates labelled): `fr_round8` (AFP/RFI/BBC
Afrique: Ukrainians fleeing via Moldova or across Poland, 'depuis l'invasion russe', 'fuyant la guerre au
Soudan', Kivu, Sahel, Kenya floods, Haiti, with casualties, budgets, visas, soldiers, workers evacuated
from a market) blind core F1 .944, full .778, 1 false fact on 13 no-fact passages; `es_round12`
(EFE/El Tiempo/Prensa Libre: bare region names Catatumbo, Chocó, Tabasco, Darién, Petén, the island
and the Salvadoran town of La Palma, UARIV and Defensoría counts, 'en lo que va del año', 'desde el
pasado 15 de abril', 'la semana pasada') blind core .941, full .471, none. After the session's
fr/es pack fixes: fr core .973, full .865 (the traders evacuated from a market, xfail); es core
1.000, full .824.
English news (issue 7; English humanitarian reports have their own rounds in
tests/extract/test_generalisation_en_reports.py; session 11's `round6` there: 30 report passages,
blind core F1 .806, .27 false facts a no-fact passage, after the enrep11 rules .958 and none): `en_round1` (session 10: 30 short multi-sentence
passages in the styles of Reuters, AP, AFP, Al Jazeera and Indian, Philippine, Nigerian and Kenyan
papers: Sudan, Gaza, Haiti, Ukraine, DRC, floods, typhoons, a cyclone, wildfires, earthquakes,
evictions; 15 with no fact: deaths and injured, homes without power, troops, pledges, people in need,
migrants rescued at sea, asylum applications, evacuation orders with no count, stranded passengers,
people affected; place and dates labelled): blind core F1 .865 (P .889 R .842), full .649, 1 false
fact on 15 no-fact passages; after its fixes (driven or pushed from their homes, moved or shifted into
shelters, 'bringing the number of refugees to N'; the EU asylum-application total moved to optional, the
dev gold's convention) core 1.000, full .789, and .842 with a name that 'launched' or 'invaded' taken as a party to the war,
not the place; none (left: a town below the gazetteer's cut, a settlement in Nairobi, a dateline).
`en_round2` (session 11, ennews11: 14 long articles of 9-10 sentences in the styles of Reuters, AP, AFP,
Al Jazeera, Canadian Press and Punch, each with its own `published` date: Cyclone Mocha, Sudan, DRC, the
Kharkiv offensive, Rafah, Kenya floods and evictions, Yellowknife, the Herat earthquake, Haiti, Mount Ruang,
Burkina Faso, Myanmar, Lagos demolitions, Derna; 77 facts with casualties, money, people affected and in need,
flights, distances, ages and past events with years beside them, place and dates labelled): blind core F1
.869 (P .926), full .690, 5 false facts; after its fixes core .967 (P .986), full .768 (left: places).
Session 11, engineer placeml11 (issues 7/8, the place choice): `ar_round7`, `de_round26`, `fr_round9`,
`es_round13` (30 multi-sentence passages, 4 with no fact, place and country labelled, dates not: where
the figure is when a sentence names several places, origins and destinations, camps in another country,
returnees from a country of asylum, national figures, a speaker's or outlet's seat, clitics and
inflected names): blind core F1 .873, full .655 over the four, 1 false fact on 4 no-fact passages; after
the session's fixes (an embassy's or delegation's country is its seat, 'informó ... desde' and
'ذكرت ... في' a speaker's seat, 'le camp de X' no origin, returnees where they went back to, 'installés
au Cameroun' no shelter, a later part's place or demonym ('dont 88 Kenyans', 'de ellos viven en') not
the whole's, 'han abandonado su país', 'a accueilli N réfugiés') core .947, full .807 on the blind labels,
and core .966, full .931 after four label fixes (two GeoNames names, Darnah and Comalapa; a headline
'Zehntausende' the labels left out; an intake 'aufgenommen' also readable as a flow); left: the Ménaka
region resolved to Gao (the gazetteer names that admin1 after its old region), a besieged town's
'مئات الآلاف داخل المدينة', injured people near a camp (xfails).
Session 11, engineer nbnn11 (issue 8): `nb_round23` and its Nynorsk version `nn_round22` (30 passages each, 12
with no fact) in the style of NPK/NTB wire passages on foreign news as Norwegian agencies relay Reuters, AFP and UN
figures: Sudan, Myanmar, DR Congo, Burkina Faso, Mali and Mauritania, Gaza and Rafah, Kharkiv, Idlib, Haiti,
Venezuela, Kenya floods, Somali drought, the Herat earthquake, Afghan returns from Pakistan, Rohingya in Cox's Bazar;
sources, 'anslagsvis', 'minst', 'rundt', 'titusenvis', '1,2 millioner'; negatives with casualties, aid money, people
in need, votes, ages, athletes, migrants drowned, embassy staff evacuated, a quake nobody had to leave. Blind core F1
.923 both (P .947), full .821, no false facts on 12 no-fact passages; after the fixes (driven or forced over the
border or out of the country; a camp that 'huser' N people; demonyms of foreign-news countries and Nynorsk
'-ierar'; nationals leaving 'landet' left their own country) core 1.000 both, full .950 (left: a donor's
country, 'Norge gir ... til Gaza, der 1,9 millioner ...', chosen over the relative clause's Gaza).
`value` is the figure as written (the spec's `reported_value`); vague amounts take the order of
magnitude ("Tausende", "tusenvis" 1000).

- test_core: the scoring's core match, both ways: every expected fact has a system fact of the
  same measure and figure, and the system states nothing else.
- test_details: for the facts found, the qualifier, unit and place the wording gives.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from generalisation_helpers import check_details, match, show
from uprooted.extract import extract_text

DATA = Path(__file__).parent / "data"
PUB = date(2024, 5, 15)  # a Wednesday
LANGS = ("de", "es", "fr", "nb", "nn", "ar", "en")
MIN_NEGATIVES = {"de": 25, "es": 25, "fr": 25, "nb": 30, "nn": 30}


def _round_files(lang):
    """Every file of the language, by round number: a new round is tested once its file exists."""

    def order(path):
        kind = path.stem.removeprefix(f"generalisation_{lang}")
        number = re.search(r"_round(\d+)$", kind)
        return (1, int(number.group(1))) if number else (0, kind)

    paths = [DATA / f"generalisation_{lang}.jsonl", *DATA.glob(f"generalisation_{lang}_*.jsonl")]
    return sorted((p for p in paths if p.exists()), key=order)


def _cases():
    for lang in LANGS:
        for path in _round_files(lang):
            kind = path.stem.removeprefix(f"generalisation_{lang}")
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip() and not line.startswith("#"):  # '#': the round's blind score
                    yield f"{lang}{kind or '_positive'}-{i:02d}", lang, json.loads(line)


CASES = list(_cases())


def _published(case: dict) -> date:
    """The case's own publication date (`published`, ISO) or the suite's."""
    return date.fromisoformat(case["published"]) if case.get("published") else PUB


def _params(xfail_key: str):
    out = []
    for case_id, lang, case in CASES:
        marks = ()
        if case.get(xfail_key):
            marks = (pytest.mark.xfail(reason=case[xfail_key], strict=True),)
        out.append(pytest.param(lang, case, id=case_id, marks=marks))
    return out


def test_every_language_has_a_suite_of_the_promised_size():
    for lang in (code for code in LANGS if code in MIN_NEGATIVES):  # ar: blind rounds only so far
        single = [
            (i, c) for i, code, c in CASES if code == lang and i.startswith((f"{lang}_pos", f"{lang}_neg"))
        ]
        positives = [c for _, c in single if c["facts"]]
        negatives = [c for _, c in single if not c["facts"]]
        assert len(positives) >= 40, (lang, len(positives))
        assert len(negatives) >= MIN_NEGATIVES[lang], (lang, len(negatives))


@pytest.mark.parametrize(("lang", "case"), _params("xfail"))
def test_core(lang, case):
    found = extract_text(case["text"], lang=lang, published=_published(case))
    _pairs, missed, extra = match(found, case["facts"])
    _, _, extra = match(extra, case.get("optional", []))
    assert not missed and not extra, {"missed": missed, "extra": show(extra), "all": show(found)}


@pytest.mark.parametrize(
    ("lang", "case"),
    [p for p in _params("xfail_details") if p.values[1]["facts"] and "_positive" in p.id],
)
def test_details(lang, case):
    check_details(extract_text(case["text"], lang=lang, published=_published(case)), case)


# --- Rules --------------------------------------------------------------------------------------
# One or more sentences for every rule the suite above led to: each a variant of the construction,
# written for this test after the fix, with its facts by the spec (data/generalisation_rules.jsonl:
# lang, rule, text, facts).

RULE_CASES = [
    json.loads(line)
    for line in (DATA / "generalisation_rules.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=(pytest.mark.xfail(reason=c["xfail"], strict=True),) if c.get("xfail") else ())
        for c in RULE_CASES
    ],
    ids=[f"{c['lang']}-{i:02d}" for i, c in enumerate(RULE_CASES, 1)],
)
def test_rule(case):
    found = extract_text(case["text"], lang=case["lang"], published=PUB)
    _pairs, missed, extra = match(found, case["facts"])
    _, _, extra = match(extra, case.get("optional", []))
    assert not missed and not extra, {"rule": case["rule"], "missed": missed, "extra": show(extra)}


def test_every_rule_case_names_its_rule():
    assert {c["lang"] for c in RULE_CASES} == {"de", "es", "fr", "ar"}  # Norwegian rules: test_no_rules.py
    assert all(c["rule"] for c in RULE_CASES)
