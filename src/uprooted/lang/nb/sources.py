"""Attribution phrases and organisation names of this language (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

SOURCES = SourceData(
    patterns=(
        r"ifølge\s+(?:det\s+|den\s+)?(?P<source>(?:[\wæøåÆØÅ.&'’-]+\s*){1,5})",
        r"(?P<source>(?:[A-ZÆØÅ][\wæøå.&'’-]*\s+){0,4}[A-ZÆØÅ][\wæøå.&'’-]*)\s+(?:opplyser|melder|sier|"
        r"anslår|rapporterer|rapporterte|skriver|kunngjorde|bekrefter|advarer)",
    ),
    organisations={
        r"(?:Den\s+)?[Ii]nternasjonale\s+[Oo]rganisasjonen\s+for\s+[Mm]igrasjon|"
        r"[Dd]en\s+internasjonale\s+migrantorganisasjonen|[Mm]igrasjonsbyrået": "IOM",
        r"FN|De\s+forente\s+nasjoner|Dei\s+sameinte\s+nasjonane|FNs\s+\w+": "United Nations",
        r"FNs\s+høykommissær\s+for\s+flyktninger|FNs\s+høykommissær|FNs\s+flyktningorganisasjon|"
        r"FNs\s+flyktninghjelp|flyktningbyrå\w*": "UNHCR",
        r"FNs\s+nødhjelpskontor|FNs\s+kontor\s+for\s+koordinering\s+av\s+humanitær\w*": "OCHA",
        r"Røde\s+Kors|Raude\s+Krossen|Den\s+internasjonale\s+Røde\s+Kors-komiteen": "Red Cross",
        r"Røde\s+Halvmåne": "Red Crescent",
        r"Flyktninghjelpen": "NRC",
        r"Leger\s+uten\s+grenser": "MSF",
        r"hjelpeorganisasjon(?:er|ene)?|nødhjelpsorganisasjon(?:er|ene)?|bistandsorganisasjon(?:er|ene)?": "aid agencies",
        r"(?:\w+\s+)?(?:regjering(?:en|ens)?|myndighet(?:ene|er)|departement(?:et)?|minister(?:en)?|"
        r"guvernør(?:en)?|ordfører(?:en)?|talsperson|talsmann|talskvinne|politiet|hæren|militæret|"
        r"sivilforsvaret|offisielle\s+kilder|fylkesmann(?:en)?|statsforvalter(?:en)?|lensmann(?:en)?|politimester(?:en)?|"
        r"kommunen|fylkeskommunen|direktoratet)": "government",
        r"NTB|NRK|VG|Dagbladet|Aftenposten|Expressen|nyhetsbyrå\w*|mediene|medier": "media",
    },
    organisation_words=(
        r"\w*departement(?:et)?|\w*direktorat(?:et)?|\w*byrå(?:et)?|\w*tilsyn(?:et)?|\w*kontor(?:et)?|"
        r"\w*råd(?:et)?|\w*kommisjon(?:en)?|\w*komit[eé](?:en)?|\w*organisasjon(?:en)?|\w*forbund(?:et)?|"
        r"\w*forening(?:en)?|\w*institutt(?:et)?|\w*senter(?:et)?|\w*sentral(?:en)?|\w*etat(?:en)?|"
        r"\w*verk(?:et)?|\w*forsvar(?:et)?|\w*politi(?:et)?|\w*hjelp(?:en)?|\w*kommune(?:n)?|"
        r"\w*fylke(?:t)?|regjering(?:en)?|radio|tv|avis(?:en)?|\w*posten|\w*bladet|\w*tidende",
    ),
    cues=(
        r"ifølge|opplyser|melder|meldte|sier|sa|anslår|anslo|rapporterer|rapporterte|skriver|"
        r"kunngjorde|bekrefter|bekreftet|advarer|advarte|viser|viste|registrert|tall\s+fra|"
        r"rapport|oppgir|oppga",
    ),
)
