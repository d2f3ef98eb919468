"""French attribution phrases and organisation names (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.&'’-]*\s*){1,6}"

SOURCES = SourceData(
    patterns=(
        rf"(?:[Ss]elon|[Dd]'après|[Dd]’après|[Dd]e\s+source)\s+(?:l'|l’|le\s+|la\s+|les\s+|des\s+)?"
        rf"(?P<source>{_NAME})",
        r"(?P<source>(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.&'’-]*\s+){0,5}[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.&'’-]*)\s+(?:a|ont)\s+"
        r"(?:indiqué|annoncé|déclaré|rapporté|affirmé|estimé|précisé|signalé|confirmé|averti)",
    ),
    organisations={
        r"Organisation\s+internationale\s+(?:pour\s+les|des)\s+migrations": "IOM",
        r"Matrice\s+de\s+suivi\s+des\s+déplacements": "IOM",
        r"(?:l['’])?ONU|Nations\s+[Uu]nies|Organisation\s+des\s+Nations\s+[Uu]nies": "United Nations",
        r"Haut[\s-]+[Cc]ommissariat\s+(?:des\s+Nations\s+[Uu]nies\s+)?(?:aux|pour\s+les)\s+réfugiés|"
        r"agence\s+(?:onusienne\s+)?(?:de\s+l['’]ONU\s+)?(?:pour\s+les|des)\s+réfugiés": "UNHCR",
        r"Bureau\s+(?:de\s+l['’]ONU\s+)?(?:pour\s+)?(?:de\s+)?la\s+coordination\s+des\s+affaires\s+"
        r"humanitaires|BCAH": "OCHA",
        r"Programme\s+alimentaire\s+mondial": "WFP",
        r"Fonds\s+des\s+Nations\s+[Uu]nies\s+pour\s+l['’]enfance": "UNICEF",
        r"Croix[\s-]Rouge": "Red Cross",
        r"Croissant[\s-]Rouge": "Red Crescent",
        r"Comité\s+international\s+de\s+la\s+Croix[\s-]Rouge": "ICRC",
        r"Médecins\s+[Ss]ans\s+[Ff]rontières": "MSF",
        r"Conseil\s+norvégien\s+pour\s+les\s+réfugiés": "NRC",
        r"Observatoire\s+des\s+situations\s+de\s+déplacement\s+interne": "IDMC",
        r"(?:organisations?|agences?|acteurs?|ONG)\s+(?:humanitaires|d['’]aide|de\s+secours)|"
        r"humanitaires": "aid agencies",
        r"(?:le\s+|la\s+|les\s+|l['’])?(?:gouvernement|autorités|ministère|ministre|préfet|préfecture|"
        r"gouverneur|maire|mairie|protection\s+civile|sécurité\s+civile|porte-parole|police|"
        r"gendarmerie|armée|responsables?\s+locaux|officiels|sources?\s+officielles?)": "government",
        r"Agence\s+France[\s-]Presse": "AFP",
        r"(?:les\s+)?(?:médias|presse\s+locale|journal|quotidien|agence\s+de\s+presse)": "media",
    },
    cues=(
        r"selon|d['’]après|a\s+indiqué|ont\s+indiqué|indique|a\s+annoncé|ont\s+annoncé|annonce|"
        r"a\s+déclaré|déclare|a\s+rapporté|rapporte|rapport|a\s+estimé|estime|estimations?|"
        r"a\s+précisé|précise|a\s+signalé|signale|a\s+confirmé|confirme|a\s+averti|avertit|"
        r"recense|a\s+recensé|recensés?|enregistré|dénombré|chiffres?|données|bilan|"
        r"communiqué|bulletin|de\s+source|a\s+affirmé|affirme|fait\s+état|faisait\s+état|identifiés?",
    ),
)
