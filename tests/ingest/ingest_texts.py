"""Fixture texts written for these tests (invented events, invented outlets)."""

EN_STORY = (
    "Floods force thousands from homes in Valdoria\n"
    "More than 12,000 people have fled their homes in the northern province of Valdoria after "
    "three days of heavy rain, the regional disaster agency said on Tuesday. Relief workers "
    "opened eleven shelters in school buildings and sports halls across the provincial capital. "
    "Roads to the mountain villages remain cut off and helicopters are dropping food parcels."
)
NB_STORY = (
    "Over 3000 personer har flyktet fra hjemmene sine etter at elva gikk over sine bredder natt "
    "til søndag. Kommunen har åpnet to evakueringssentre, og flere veier er fortsatt stengt."
)
NN_STORY = (
    "Fleire hundre menneske måtte forlate heimane sine då flaumen kom. Kommunen seier at dei "
    "fleste får bu hjå familie og vener medan vatnet trekkjer seg tilbake."
)
FR_STORY = (
    "Plus de 5 000 personnes ont été déplacées par les combats dans la région, selon les "
    "autorités locales, qui ont ouvert trois camps d'accueil près de la frontière."
)
ES_STORY = (
    "Más de 800 familias tuvieron que abandonar sus viviendas tras el deslizamiento de tierra, "
    "informó la oficina municipal de gestión de riesgos este miércoles."
)
AR_STORY = (
    "نزح أكثر من ألفي شخص من منازلهم بعد اشتداد القتال في المنطقة، وفقا لمسؤولين محليين "
    "قالوا إن العائلات لجأت إلى المدارس والمساجد."
)

WIRE_BODY = (
    "Heavy fighting around the river town of Kessara has driven about 18,500 people from their "
    "homes since Friday, the United Nations refugee agency said on Monday. Most of those who "
    "left walked to camps near the border, where water and latrines are already in short "
    "supply. Aid workers said many families arrived with nothing but the clothes they wore, "
    "and that children were showing signs of severe malnutrition. The agency appealed for "
    "more tents and blankets as night temperatures fall. Local officials said the road to the "
    "provincial capital had been closed to civilian traffic, trapping others in villages to "
    "the south, where shelling continued through the weekend."
)
OTHER_WORDS_SAME_EVENT = (
    "Roughly 18,500 residents of Kessara and nearby villages have abandoned their houses as "
    "clashes intensified over the last few days, according to UNHCR. The exodus has swollen "
    "border camps whose wells cannot cope. Humanitarian staff describe people turning up "
    "empty-handed and report malnourished infants. Blankets and shelter are urgently needed "
    "as the weather turns cold, while the highway to the regional centre is shut and "
    "bombardment persists in southern settlements."
)


def html_page(
    title: str, body_paragraphs: list[str], published: str | None = None, extra_head: str = ""
) -> str:
    """A small but realistic news page: navigation, article, footer."""
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Valdoria Herald</title>
{date_meta}{extra_head}
<meta property="og:site_name" content="Valdoria Herald"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer><p>Copyright Valdoria Herald. All rights reserved.</p></footer>
</body></html>"""


def jsonl_line(**fields) -> str:
    """One JSON Lines record, properly escaped."""
    import json

    return json.dumps(fields, ensure_ascii=False)
