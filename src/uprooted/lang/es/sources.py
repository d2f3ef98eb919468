"""Spanish attribution phrases and organisation names (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

_NAME = r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñü.&'’-]*\s*){1,6}"

SOURCES = SourceData(
    patterns=(
        rf"(?:[Ss]egún|[Dd]e\s+acuerdo\s+(?:con|a)|[Cc]onforme\s+a)\s+(?:el\s+|la\s+|los\s+|las\s+|al\s+)?"
        rf"(?P<source>{_NAME})",
        r"(?P<source>(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñü.&'’-]*\s+){0,5}[A-ZÁÉÍÓÚÑ][\wáéíóúñü.&'’-]*)\s+"
        r"(?:informó|informaron|indicó|señaló|dijo|reportó|estimó|afirmó|confirmó|advirtió|precisó|"
        r"detalló|declaró)",
    ),
    organisations={
        r"Organización\s+Internacional\s+(?:para\s+las|de\s+las?)\s+Migraci(?:ones|ón)": "IOM",
        r"Matriz\s+de\s+Seguimiento\s+de\s+(?:los\s+)?Desplazamientos?": "IOM",
        r"(?:la\s+)?ONU|Naciones\s+Unidas|Organización\s+de\s+(?:las\s+)?Naciones\s+Unidas": "United Nations",
        r"Alto\s+Comisionado\s+de\s+(?:las\s+)?Naciones\s+Unidas\s+para\s+los\s+Refugiados|"
        r"agencia\s+(?:de\s+la\s+ONU\s+)?(?:para\s+los|de)\s+refugiados": "UNHCR",
        r"Oficina\s+(?:de\s+la\s+ONU\s+)?(?:para\s+la\s+)?(?:de\s+)?Coordinación\s+de\s+(?:Asuntos|"
        r"Ayuda)\s+Humanitari[oa]s?": "OCHA",
        r"Programa\s+Mundial\s+de\s+Alimentos": "WFP",
        r"Cruz\s+Roja": "Red Cross",
        r"Media\s+Luna\s+Roja": "Red Crescent",
        r"Comité\s+Internacional\s+de\s+la\s+Cruz\s+Roja": "ICRC",
        r"Médicos\s+[Ss]in\s+[Ff]ronteras": "MSF",
        r"Consejo\s+Noruego\s+para\s+(?:los\s+)?Refugiados": "NRC",
        r"Centro\s+de\s+Monitoreo\s+(?:del|de)\s+Desplazamiento\s+Interno": "IDMC",
        r"(?:organizaciones|agencias|organismos)\s+(?:humanitari[oa]s|de\s+ayuda|de\s+socorro)|"
        r"humanitarios": "aid agencies",
        r"(?:el\s+|la\s+|los\s+|las\s+)?(?:gobierno|autoridades|ministerio|ministro|ministra|gobernador|"
        r"gobernación|alcalde|alcaldesa|alcaldía|intendente|municipio|municipalidad|defensa\s+civil|"
        r"protección\s+civil|vocero|portavoz|policía|ejército|fuerzas\s+armadas|fuentes\s+oficiales|"
        r"funcionarios|Sinaproc|Onemi|Coen|Indeci|UNGRD|Conred|Copeco)": "government",
        r"(?:los\s+)?(?:medios(?:\s+locales)?|prensa(?:\s+local)?|diario|periódico|agencia\s+de\s+noticias)": "media",
        r"EFE": "media",
    },
    cues=(
        r"según|de\s+acuerdo\s+(?:con|a)|conforme\s+a|informó|informaron|informa|indicó|indicaron|indica|"
        r"señaló|señalaron|señala|dijo|dijeron|reportó|reportaron|reporta|reporte|informe|estimó|"
        r"estima|estimaciones?|afirmó|confirmó|confirma|advirtió|precisó|detalló|declaró|registró|"
        r"registra|registran|contabiliza|contabilizó|cifras?|datos|balance|boletín|comunicado|censo|"
        r"catastro",
    ),
)
