"""German attribution phrases and organisation names (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

_NAME = r"[A-ZÄÖÜ][\wäöüß.&'’-]*"

SOURCES = SourceData(
    patterns=(
        r"(?:laut|zufolge)\s+(?:de[mnrs]\s+|einer?\s+)?(?P<source>(?:" + _NAME + r"\s*){1,5})",
        r"nach\s+Angaben\s+(?:de[mnrs]\s+|von\s+)?(?P<source>(?:" + _NAME + r"\s*){1,5})",
        r"(?:wie|so)\s+(?:de[mnrs]\s+|die\s+)?(?P<source>(?:" + _NAME + r"\s+){0,4}" + _NAME + r")\s+"
        r"(?:mitteilte|berichtete|meldete|erklärte|sagte|bekanntgab|angab)",
        r"(?P<source>(?:" + _NAME + r"\s+){0,4}" + _NAME + r")\s+(?:teilte|teilten|berichtete|berichteten|"
        r"meldete|meldeten|erklärte|erklärten|sagte|sagten|schätzt|schätzte|schätzen|gab|gaben|warnte|bestätigte)",
    ),
    organisations={
        r"Internationale\w*\s+Organisation\s+für\s+Migration|Uno-Migrationsorganisation|UN-Migrationsorganisation|"
        r"Migrationsorganisation\w*": "IOM",
        r"Vereinte\w*\s+Nationen|UNO|Uno|UN|Uno-\w+|UN-\w+": "United Nations",
        r"UN-Flüchtlingshilfswerk\w*|Uno-Flüchtlingshilfswerk\w*|UN-Flüchtlingshochkommissar\w*|"
        r"Flüchtlingshilfswerk\w*|Flüchtlingshochkommissar\w*|Hohe\w*\s+Flüchtlingskommissar\w*": "UNHCR",
        r"UN-Nothilfebüro\w*|Uno-Nothilfebüro\w*|UN-Büro\s+für\s+die\s+Koordinierung\s+humanitärer\s+"
        r"Angelegenheiten|Nothilfebüro\w*": "OCHA",
        r"Welternährungsprogramm\w*": "WFP",
        r"Rote\w*\s+Kreuz\w*|Roten\s+Kreuzes|Internationale\w*\s+Komitee\w*\s+vom\s+Roten\s+Kreuz": "Red Cross",
        r"Rote\w*\s+Halbmond\w*": "Red Crescent",
        r"Ärzte\s+ohne\s+Grenzen": "MSF",
        r"Norwegische\w*\s+Flüchtlingsrat\w*": "NRC",
        r"Hilfsorganisation(?:en)?|Hilfswerk(?:e|en)?|Helfer(?:innen)?|Hilfsorganisationen": "aid agencies",
        r"(?:\w+\s+)?(?:Regierung|Behörde(?:n)?|\w*[Mm]inisterium|\w*[Mm]inisteriums|Minister(?:in)?|"
        r"Innenministerium|Innenministeriums|Innenressort\w*|Gouverneur\w*|Bürgermeister\w*|Sprecher(?:in)?|"
        r"Polizei|Armee|Militär\w*|Zivilschutz\w*|Katastrophenschutz\w*|Landesregierung|Bundesregierung|"
        r"Bundesamt\w*|Landesamt\w*|Präfektur|Bezirkshauptmannschaft|Stadtverwaltung|Gemeinde|"
        r"Katastrophenschutzbehörde\w*|Feuerwehr|Einsatzkräfte)": "government",
        r"BAMF|Bundesamt\s+für\s+Migration\s+und\s+Flüchtlinge": "government",
        r"(?:dpa|APA|AFP|Reuters|AP|KNA|epd|Nachrichtenagentur\w*|Medien|Medienberichte\w*|Staatsfernseh\w*|"
        r"Staatsmedien)": "media",
    },
    organisation_words=(
        r"\w*[Mm]inisterium\w*|\w*[Bb]ehörde\w*|\w*[Aa]mt\w*|\w*[Bb]üro\w*|\w*[Rr]at|\w*[Kk]ommission\w*|"
        r"\w*[Kk]omitee\w*|\w*[Oo]rganisation\w*|\w*[Vv]erband\w*|\w*[Vv]erein\w*|\w*[Ii]nstitut\w*|"
        r"\w*[Zz]entrum\w*|\w*[Dd]ienst\w*|\w*[Hh]ilfswerk\w*|\w*[Hh]ilfe|\w*[Pp]olizei|\w*[Aa]rmee|"
        r"\w*[Rr]egierung|\w*[Vv]erwaltung|\w*[Gg]emeinde|[Zz]eitung|[Rr]adio|[Ff]ernsehen|\w*[Aa]gentur\w*|"
        r"\w*[Ss]tiftung|\w*[Mm]ission|\w*[Kk]reuz\w*",
    ),
    cues=(
        r"laut|zufolge|nach\s+Angaben|Angaben\s+zufolge|teilte|teilten|mitgeteilt|berichtete|berichteten|"
        r"berichtet|meldete|meldeten|gemeldet|erklärte|erklärten|sagte|sagten|schätzt|schätzte|schätzen|"
        r"Schätzungen|gab\s+an|gaben\s+an|bekannt|bestätigte|warnte|hieß\s+es|zählte|registrierte|"
        r"registriert|Zahlen\s+(?:der|des|von)|Bericht|Statistik",
    ),
)
