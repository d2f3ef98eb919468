"""Attribution phrases and organisation names of this language (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

SOURCES = SourceData(
    patterns=(
        r"according\s+to\s+(?:the\s+)?(?P<source>(?:[A-Z][\w.&'’-]*\s*){1,6})",
        r"(?P<source>(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)\s+(?:said|says|reported|estimated|"
        r"estimates|announced|stated|warned|confirmed|told)",
    ),
    organisations={
        r"International\s+Organi[sz]ation\s+for\s+Migration": "IOM",
        r"(?:the\s+)?United\s+Nations|(?<![A-Za-z])U\.?N\.?(?![A-Za-z])|UN\s+agenc(?:y|ies)": "United Nations",
        r"(?:UN\s+|U\.N\.\s+)?refugee\s+agency|High\s+Commissioner\s+for\s+Refugees": "UNHCR",
        r"Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs": "OCHA",
        r"World\s+Food\s+Programme|World\s+Food\s+Program": "WFP",
        r"Red\s+Cross": "Red Cross",
        r"Red\s+Crescent": "Red Crescent",
        r"Internal\s+Displacement\s+Monitoring\s+Cent(?:re|er)": "IDMC",
        r"Norwegian\s+Refugee\s+Council": "NRC",
        r"Doctors\s+Without\s+Borders|M[ée]decins\s+Sans\s+Fronti[èe]res": "MSF",
        r"(?:aid|relief|humanitarian)\s+(?:agencies|organi[sz]ations|groups|workers)|aid\s+organi[sz]ations": "aid agencies",
        r"(?:the\s+)?(?:\w+\s+)?(?:government|authorities|officials?|ministry|minister|governor|mayor|"
        r"spokes(?:man|woman|person)|police|sheriff|regent|(?:district|county|provincial|regional)\s+(?:chief|commissioner|administrator|officer|executive|judge|head)|army|military|civil\s+defen[cs]e|disaster\s+(?:management\s+)?"
        r"(?:agency|authority|office|council)|emergency\s+(?:services|management))": "government",
        r"(?:state|official)\s+(?:media|news\s+agency|television|TV)": "government",
        r"Associated\s+Press": "AP",
        r"(?:local\s+)?(?:media|newspaper|press|reporters?|photographer)": "media",
    },
    organisation_words=(
        r"ministry|ministries|agency|agencies|authority|authorities|office|council|commission|"
        r"committee|department|directorate|bureau|service|services|society|association|federation|"
        r"fund|programme|program|organi[sz]ation|institute|institution|cent(?:re|er)|mission|force|"
        r"army|police|government|administration|network|group|coalition|union|foundation|trust|"
        r"radio|television|tv|news|times|post|press|herald|gazette|tribune|observatory|monitor|"
        r"cluster|secretariat|unit|board|corps|command|brigade|province|state|county|municipality|"
        r"city|district|region",
    ),
    cues=(
        r"according\s+to|said|says|say|reported|reports|report|estimated|estimates|estimate|"
        r"announced|stated|warned|warns|confirmed|told|showed|shows|indicated|indicates|recorded|"
        r"registered|counted|noted|added|explained|quoted|figures\s+(?:from|by)|data\s+(?:from|by)|"
        r"(?:statement|report|update|bulletin|assessment|survey)",
    ),
)
