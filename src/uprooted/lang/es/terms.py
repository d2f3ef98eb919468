r"""Spanish reporting terms, units and non-facts (read by extract/engine.py).

Regex fragments, matched case-insensitively on whole words; noun entries match one token.
Participles agree in gender and number: `(?:o|a|os|as)` covers "evacuado/evacuada/evacuados/
evacuadas". "Damnificados"/"afectados" are people affected, not a fact unless the text says
they lost or left their homes (see facts.md).
"""

from dataclasses import replace

from uprooted.lang.base import TermData

_A = r"(?:o|a|os|as)"  # participle agreement
_HOME = r"(?:hogares?|casas?|viviendas?|domicilios?|comunidades?|tierras|barrios?|pueblos?|veredas?|territorios|resguardos?)"
_SHELTER_PLACE = (
    r"(?:albergues?|refugios?|campamentos?|carpas|tiendas\s+de\s+campaña|escuelas?|colegios?|iglesias?|"
    r"polideportivos?|coliseos?|centros?|hoteles?|hostales?|pabellón|pabellones|gimnasios?|estadios?|salón|salones|"
    r"auditorios?|capillas?|parroquias?|templos?|canchas?|casas\s+comunales|"
    r"casas\s+de\s+(?:familiares|amigos|acogida)|instalaciones)"
)

# "obligó a 63.000 personas a refugiarse en albergues" is a shelter count (the sheltered trigger),
# not only a flight
_NOT_IN_SHELTER = r"(?!\s+(?:temporalmente\s+)?(?:en|dentro\s+de)\s+(?:\S+\s+){0,2}?" + _SHELTER_PLACE + r")"

_RAW_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders, projections: at_risk.
    (
        r"(?:ordenó|ordenaron|ordenado|ordenan|ordena|ordenará|pidió|pidieron|pedido|instó|instaron|llamó|llamaron|exhortó|"
        r"recomendó|conminó)\s+(?:\S+\s+){0,5}?(?:a\s+|que\s+)?"
        # the verb of the order in the infinitive or the subjunctive, present or past ("se ordenó
        # que 8.000 personas abandonaran sus hogares")
        r"(?:evacuar|evacuen|evacuaran|evacuasen|abandonar|abandonen|abandonaran|abandonasen|dejar|dejen|"
        r"dejaran|salir|salgan|salieran|desalojar|desalojen|desalojaran)(?:\s+(?:de\s+)?(?:sus|su|la|el)\s+"
        + _HOME
        + r")?|órdenes?\s+de\s+evacuación|"
        # the order received: "recibieron la orden de evacuar sus viviendas"
        r"(?:recibieron|recibió|recibían|reciben|recibe|han\s+recibido|habían\s+recibido)\s+(?:la|una|las)\s+"
        r"(?:orden|órdenes)\s+de\s+(?:evacuar|abandonar|desalojar|salir|dejar)|"
        r"alertas?\s+de\s+evacuación|evacuación\s+(?:obligatoria|preventiva)|evacuaciones\s+preventivas|"
        # "ordenaron la evacuación de 2.000 vecinos": ordered, not (yet) carried out
        r"(?:ordenó|ordenaron|ordenado|ordena|ordenan|ordenará|decretó|decretaron|decretado|dispuso|"
        r"dispusieron|dispuesto|pidió|pidieron|pedido|recomendó|recomendaron)\s+(?:\S+\s+){0,3}?"
        r"(?:la\s+)?evacuación|"
        r"en\s+riesgo\s+de\s+(?:ser\s+)?(?:desplazad|desalojad|evacuad)"
        + _A
        + r"?|amenazad"
        + _A
        + r"\s+(?:de|con)\s+(?:desalojo|desplazamiento)",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:podrían|podría|pueden|puede|podrán|podrá|tendrían\s+que|tendrán\s+que|deberán|deberían|"
        r"serían|serán|van\s+a)\s+(?:\w+\s+)?(?:ser|verse|quedar|resultar)\s+(?:desplazad|evacuad|desalojad|"
        r"afectad|obligad)" + _A + r"|(?:podrían|podría|pueden|tendrían\s+que|tendrán\s+que)\s+(?:\w+\s+)?"
        r"(?:huir|abandonar\s+sus\s+" + _HOME + r"|desplazarse|ser\s+reubicad" + _A + r")|"
        r"(?:en\s+medio\s+del|atrapad" + _A + r"\s+en\s+el)\s+fuego\s+cruzado",
        "at_risk",
        "at_risk",
    ),
    # Sheltered.
    (
        r"campamentos?(?:\s+de\s+(?:desplazados|refugiados|damnificados|tránsito|carpas))?|campos?\s+de\s+"
        r"(?:desplazados|refugiados)",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"(?:viven|vivían|permanecen|están|estaban|se\s+encuentran|siguen|continúan)\s+(?:aún\s+|todavía\s+)?"
        r"(?:en|dentro\s+de)\s+(?:\S+\s+){0,3}?(?:campamentos?|campos)",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"albergad"
        + _A
        + r"|albergues?|(?:alojad|acogid|resguardad|hospedad)"
        + _A
        + r"\s+(?:temporalmente\s+)?(?:en|dentro\s+de)|(?:se\s+)?(?:resguardaron|resguardan|alojaron|alojan)\s+en|"
        # taking refuge, or moved, in a shelter: "refugiadas en escuelas", "se refugiaron en
        # iglesias", "realojadas en hoteles" (refuge in a country is flight: below)
        r"(?:(?:se\s+)?(?:refugiaron|refugian|refugiaban|refugió|refugia|han\s+refugiado)|refugiad"
        + _A
        + r"|realojad"
        + _A
        + r"|reubicad"
        + _A
        + r"|trasladad"
        + _A
        + r"|llevad"
        + _A
        + r")\s+(?:temporalmente\s+)?(?:en|a|dentro\s+de|hacia)\s+(?:\S+\s+){0,2}?"
        + _SHELTER_PLACE
        + r"|(?:buscaron|encontraron|hallaron|tomaron)\s+refugio|"
        r"centros?\s+(?:de\s+(?:evacuación|acogida|alojamiento|refugio|tránsito)|colectivos?)|"
        r"refugios?\s+(?:temporales?|habilitados?|provisionales?)|(?:viven|malviven|permanecen|están|duermen|"
        # the night spent in a shelter place: "pasaron la noche en el pabellón", "durmieron en la
        # escuela" (the place must be a shelter: "pasaron la noche en el hospital" is not)
        r"durmieron|dormían|pernoctan|pernoctaron|(?:pasaron|pasan|han\s+pasado)\s+la\s+noche|"
        r"se\s+hacinan|se\s+encuentran|siguen|(?:aún|todavía)\s+(?:viven|están|permanecen|siguen|continúan)|continúan)"
        r"\s+(?:aún\s+|todavía\s+)?(?:en|dentro\s+de|bajo)\s+(?:\S+\s+){0,3}?"
        + _SHELTER_PLACE
        + r"|carpas|escuelas|iglesias|polideportivos|coliseos",
        "sheltered",
        "sheltered",
    ),
    # "3.000 desplazados ..., y muchos duermen en carpas": a part of the group with no figure of its
    # own is in a shelter; the figure counts the whole group, displaced, not sheltered.
    (
        r"(?:muchos|muchas|algunos|algunas|varios|varias|otros|otras|buena\s+parte|gran\s+parte)\s+"
        r"(?:de\s+(?:ellos|ellas)\s+)?(?:duermen|viven|están|permanecen|se\s+alojan|se\s+refugian|se\s+hacinan|"
        r"pasan\s+la\s+noche)\s+(?:aún\s+|todavía\s+)?(?:en|bajo)\s+(?:\S+\s+){0,2}?" + _SHELTER_PLACE,
        "displaced",
        "displaced",
    ),
    # Returns. An evacuation order lifted lets people go home: "tras el levantamiento de la orden
    # de evacuación, 3.000 vecinos volvieron".
    (
        r"(?:levantamiento|levantó|levantaron|levantada|fin|suspensión)\s+(?:de\s+)?(?:la|las)\s+"
        r"(?:(?:orden|órdenes)\s+de\s+(?:evacuación|desalojo)|evacuación|evacuaciones)",
        "returned",
        "returned",
    ),
    (
        r"(?:han\s+|habían\s+|pudieron\s+)?(?:retornad|regresad|vuelt|repatriad)" + _A + r"|retornaron|"
        r"regresaron|volvieron|retornan|regresan|vuelven|retornar|regresar|volver\s+a\s+sus\s+"
        + _HOME
        + r"|retornos?|repatriaciones?|retornados|retornadas|de\s+regreso|de\s+vuelta",
        "returned",
        "returned",
    ),
    # Remaining, trapped.
    (
        r"(?:todavía|aún|siguen|permanecen)\s+(?:atrapad|sitiad|cercad|aislad|incomunicad|varad)"
        + _A
        + r"|atrapad"
        + _A
        # "atrapados en los techos de sus casas": stuck waiting for rescue, not left in an area
        # under attack or cut off (spec: trapped is remaining there).
        + r"(?!\s+(?:en|sobre|bajo)\s+(?:los|las|el|la|sus|su|un|una|unos|unas)\s+(?:techos|tejados|azoteas|escombros|"
        r"vehículos|coches|autos|carros|ascensores|ascensor|árboles))"
        + r"|sitiad"
        + _A
        + r"|cercad"
        + _A
        + r"|asediad"
        + _A
        + r"|aislad"
        + _A
        + r"\s+por\s+(?:las\s+aguas|la\s+inundación|las\s+inundaciones)|incomunicad"
        + _A
        + r"|varad"
        + _A
        # confined by armed groups or mines where they live ("permanecen confinadas en veredas de
        # Hacarí"), not a lockdown or quarantine ("tres distritos siguen confinados", "confinados
        # en sus casas", "confinados por el coronavirus"): a place or a cause must follow
        + r"|confinad"
        + _A
        + r"(?=\s+(?:en|por|a\s+causa\s+de|debido\s+a)\s)(?!\s+en\s+(?:sus|su)\s+(?:casas?|hogares?|domicilios?|"
        r"viviendas?|habitaciones?))(?!\s+por\s+(?:(?:el|la|los|las)\s+)?(?:covid|coronavirus|pandemia|virus|"
        r"cuarentena|contagios|brotes?|rebrotes?|casos|sars))",
        "trapped",
        "remaining",
    ),
    (
        # not where they stay after fleeing: "permanecen en el parque tras huir de la violencia" (displaced
        # people where they are now, the flight verb's fact)
        r"(?:permanecen|siguen|continúan|quedan|se\s+quedaron|permanecían)\s+(?:aún\s+|todavía\s+)?"
        # not in a shelter: "aún permanecen en albergues" counts the sheltered (above)
        r"(?:en|dentro\s+de)(?!\s+(?:\S+\s+){0,2}?"
        + _SHELTER_PLACE
        + r")(?!\s+(?:\S+\s+){0,8}?(?:tras|después\s+de|luego\s+de|desde\s+que)\s+(?:haber\s+)?"
        r"(?:huir|huido|huyeron|escapar|ser\s+desplazad|sido\s+desplazad|fueron\s+desplazad|ser\s+desalojad|"
        r"sido\s+desalojad|abandonar|dejar\s+sus))|(?:aún|todavía)\s+(?:viven|están|permanecen)\s+en(?!\s+(?:\S+\s+){0,2}?"
        + _SHELTER_PLACE
        + r")|se\s+negaron\s+a\s+"
        r"(?:salir|abandonar|evacuar)|no\s+(?:han\s+)?(?:podido|pudieron)\s+(?:salir|huir|escapar)|"
        r"resistentes",
        "remaining",
        "remaining",
    ),
    # Displaced.
    (
        r"(?:han\s+|habían\s+|tuvieron\s+que\s+|debieron\s+)?(?:huido|huir)|huyeron|huyen|huía|huían|"
        # the noun: "provocaron la huida de 4.700 personas"
        r"huyendo|escaparon|escapan|escapado|salieron\s+huyendo|(?:se\s+)?fugaron|éxodo|huida|"
        r"se\s+vieron\s+obligad" + _A + r"\s+a\s+(?:huir|salir|abandonar)",
        "fled",
        "displaced",
    ),
    (
        # not (yet) able to go back: "siguen sin poder regresar a sus hogares"
        r"sin\s+poder\s+(?:regresar|volver|retornar)|"
        r"(?:internamente\s+|forzosamente\s+)?desplazad" + _A + r"(?:\s+internos?|\s+internas?)?|"
        # "desplazamientos" are also trips ("prohíbe los desplazamientos entre comunidades", "los
        # desplazamientos no esenciales", "desplazamientos en coche"): not where travel follows
        r"desplazamientos?(?:\s+forzados?|\s+masivos?)?(?!\s+(?:entre|no\s+esenciales|innecesarios|"
        r"interprovinciales|interiores|turísticos|vacacionales|por\s+(?:carretera|motivos|ocio|trabajo|vacaciones)|"
        r"en\s+(?:coche|tren|avión|autobús|vehículo|transporte)|de\s+(?:largo|corto)\s+recorrido|al\s+trabajo|"
        r"dentro\s+de\s+(?:la|las|su|sus)\s+(?:comunidad|comunidades|provincia|provincias)))|desplazó|desplazaron|desplaza|(?:se\s+)?(?:han\s+)?desplazado|se\s+desplazaron|"
        r"(?:abandonaron|abandonar|dejaron|dejar|han\s+abandonado|han\s+dejado|tuvieron\s+que\s+abandonar|"
        r"tuvieron\s+que\s+dejar)\s+(?:sus\s+|su\s+)" + _HOME + r"|abandonando\s+(?:\w+\s+){0,2}|"
        # a town or area left, named or not: "han abandonado Jan Yunis", "abandonaron la ciudad"
        r"(?:abandonaron|han\s+abandonado|habían\s+abandonado|tuvieron\s+que\s+abandonar)\s+(?:la\s+ciudad|el\s+pueblo|"
        r"la\s+localidad|el\s+municipio|la\s+zona|la\s+región|el\s+barrio|la\s+isla|"
        # a whole people's exodus: "millones de venezolanos han abandonado su país"
        r"su\s+país|sus\s+países|(?-i:[A-ZÁÉÍÓÚÑ])[\w-]+)|"
        r"expulsad" + _A + r"\s+de\s+(?:sus\s+)?" + _HOME + r"|desarraigad" + _A + r"|"
        r"forzad"
        + _A
        + r"\s+a\s+(?:huir|salir|abandonar|desplazarse|refugiarse"
        + _NOT_IN_SHELTER
        + r")|obligad"
        + _A
        + r"\s+a\s+(?:huir|salir|"
        r"abandonar|desplazarse|refugiarse" + _NOT_IN_SHELTER + r")|"
        # made to flee, the people named between: "empujó a 2.500 personas a refugiarse en el pueblo"
        r"(?:empujó|empujaron|empujado|empuja|empujan|obligó|obligaron|forzó|forzaron)\s+a\s+(?:\S+\s+){1,6}?a\s+"
        r"(?:huir|refugiarse" + _NOT_IN_SHELTER + r"|desplazarse|abandonar|dejar\s+sus|salir\s+de\s+sus)",
        "displaced",
        "displaced",
    ),
    (
        r"víctimas\s+del?\s+(?:desplazamiento|desarraigo)(?:\s+forzad[oa])?",
        "displaced",
        "displaced",
    ),
    (
        r"(?:han\s+sido\s+|fueron\s+|habían\s+sido\s+)?evacuad" + _A + r"|evacuaciones|evacuación|"
        r"evacuaron|evacuó|evacuaba|evacuar|aerotransportad"
        + _A
        + r"|rescatad"
        + _A
        + r"\s+y\s+(?:trasladad|evacuad|"
        r"reubicad)" + _A + r"|puest" + _A + r"\s+a\s+salvo|trasladad" + _A + r"\s+a\s+(?:zonas|lugares)\s+"
        r"(?:seguros|seguras|altos|altas)",
        "evacuated",
        "displaced",
    ),
    (
        r"sin\s+(?:hogar|hogares|techo|vivienda|viviendas|casa|casas)|(?:perdieron|perdido|pierden)\s+(?:sus\s+|su\s+)"
        r"(?:hogares?|casas?|viviendas?|techos?)|damnificad" + _A + r"\s+sin\s+(?:hogar|techo|vivienda)|"
        r"quedaron\s+en\s+la\s+calle|a\s+la\s+intemperie|desamparad" + _A,
        "homeless",
        "displaced",
    ),
    (
        r"reubicad" + _A + r"|reubicaciones?|reubicación|reasentad" + _A + r"|reasentamientos?|"
        r"realojad"
        + _A
        + r"|trasladad"
        + _A
        # "fueron trasladados el sábado a otro centro": a day between the participle and where to
        + r"\s+(?:(?:el|este|ese|la|esta|esa)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
        r"mañana|tarde|noche|madrugada)\s+)?(?:a|hacia)",
        "relocated",
        "displaced",
    ),
    (
        # not the cause a protest or a law is against: "una manifestación contra los desahucios",
        # "la ley contra los desalojos" (the issue, not people put out)
        r"(?<!contra\s)(?<!contra\slos\s)(?<!contra\slas\s)(?<!contra\sel\s)(?<!contra\sla\s)"
        r"(?:desalojó|desalojaron|desalojan|desalojar|desahució|desahuciaron|desalojad"
        + _A
        + r"|desalojos?|desahuciad"
        + _A
        + r"|desahucios?|lanzamientos?|"
        r"expulsad" + _A + r")",
        "evicted",
        "displaced",
    ),
    (
        r"refugiad"
        + _A
        + r"|(?:se\s+)?(?:refugiaron|refugiaban|refugió|han\s+refugiado|habían\s+refugiado)|cruzaron\s+(?:la\s+frontera|hacia|a)|(?:han\s+)?cruzado\s+(?:la\s+frontera|a|hacia)",
        "refugees",
        "displaced",
    ),
    (
        r"solicitantes?\s+de\s+asilo|(?:solicitaron|pidieron|han\s+solicitado|buscan)\s+asilo|"
        r"solicitudes\s+de\s+asilo|peticiones\s+de\s+asilo",
        "asylum_seekers",
        "displaced",
    ),
    # Homes.
    (
        r"(?:totalmente\s+|completamente\s+)?(?:destruid|derrumbad|derruid|arrasad|colapsad|calcinad|"
        r"incendiad|quemad|demolid|devastad|reducid"
        + _A
        + r"\s+a\s+cenizas|arrastrad|desplomad)"
        + _A
        # buried by a slide or lava: "70 casas quedaron sepultadas" (a home measure needs a home noun;
        # "sepultados" people stay casualties)
        + r"|sepultad"
        + _A
        + r"|soterrad"
        + _A
        + r"|destruyó|destruyeron|arrasó|arrasaron|derribó|derribaron|pérdida\s+total|se\s+derrumbaron|"
        r"colapsaron",
        "destroyed_housing",
        "homes_destroyed",
    ),
    (
        r"(?:parcialmente\s+|gravemente\s+|severamente\s+)?(?:dañad|averiad|inundad|anegad|afectad"
        + _A
        + r"\s+(?:parcialmente|estructuralmente)|agrietad)"
        + _A
        + r"|con\s+daños|daños|dañó|dañaron|"
        r"inundó|inundaron|bajo\s+el\s+agua",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (r"inhabitables?|no\s+habitables?", "uninhabitable_housing", "homes_destroyed"),
)

# Spanish puts adjectives after the noun ("200 familias damnificadas fueron albergadas"): a
# trigger may open with such an adjective, so the predicate governs, not the adjective.
_POSTPOSED = (
    r"(?:(?:damnificad|afectad)"
    + _A
    + r"\s+(?:y\s+)?(?:(?:han|fueron|han\s+sido|están|estaban|se)\s+){0,2})?"
)
TRIGGERS = tuple((_POSTPOSED + "(?:" + rx + ")", term, measure) for rx, term, measure in _RAW_TRIGGERS)

# Spanish writes demonyms in lower case ("80.000 sirios"): their plurals are people nouns.
_DEMONYM_PLURALS = (
    r"sirios|sirias|iraquíes|afganos|afganas|venezolanos|venezolanas|colombianos|colombianas|"
    r"haitianos|haitianas|hondureños|hondureñas|salvadoreños|salvadoreñas|guatemaltecos|guatemaltecas|"
    r"nicaragüenses|cubanos|cubanas|ecuatorianos|ecuatorianas|peruanos|peruanas|bolivianos|bolivianas|"
    r"mexicanos|mexicanas|palestinos|palestinas|libaneses|yemeníes|libios|sudaneses|sursudaneses|"
    r"somalíes|etíopes|eritreos|congoleños|nigerianos|malienses|ucranianos|ucranianas|rusos|"
    r"rohinyás|rohingyas|birmanos|bangladesíes|pakistaníes|filipinos|mozambiqueños|centroafricanos|"
    r"chadianos|cameruneses|kurdos|yazidíes|dominicanos|nicaragüenses|chilenos|argentinos|brasileños"
)

_PEOPLE = (
    r"personas|habitantes|civiles|residentes|pobladores|vecinos|lugareños|gente|almas|individuos|niños|"
    r"niñas|mujeres|hombres|ciudadanos|ciudadanas|poblaciones?|población|desplazados|desplazadas|"
    r"refugiados|refugiadas|evacuados|evacuadas|damnificados|damnificadas|afectados|retornados|"
    r"repatriados|sobrevivientes|migrantes|campesinos|campesinas|indígenas|comuneros|agricultores|"
    r"pescadores|mineros|adultos|ancianos|menores|miembros|integrantes|personas\s+desplazadas|"
    # "unas 500 de ellas": a part of the people counted before
    r"ellos|ellas|"
    r"(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:anos|anas|enses|eños|eñas|inos|inas|eses|íes|ies|ecos|ecas))|"
    + _DEMONYM_PLURALS
)

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(_PEOPLE,),
    unit_nouns={
        "families": (r"familias?|núcleos|grupos\s+familiares",),
        "households": (r"hogares?",),
        "homes": (
            r"viviendas?|casas?|domicilios?|inmuebles?|edificios?|edificaciones?|construcciones?|"
            r"ranchos|chozas|departamentos|apartamentos|techos|moradas|residencias",
        ),
    },
    non_fact_nouns=(
        r"combatientes|soldados|militares|rebeldes|insurgentes|guerrilleros|paramilitares|milicianos|"
        r"yihadistas|terroristas|sicarios|pandilleros|policías|agentes|uniformados|efectivos|bomberos|"
        r"rescatistas|socorristas|brigadistas|voluntarios|funcionarios|trabajadores|empleados|obreros|"
        r"médicos|enfermeros|pacientes|pasajeros|alumnos|estudiantes|docentes|maestros|turistas|"
        # people at an event or a match: "500 aficionados pasaron la noche en el estadio"
        r"aficionados|hinchas|asistentes|peregrinos|"
        r"visitantes|espectadores|votantes|periodistas|presos|reos|detenidos|rehenes|muertos|fallecidos|"
        r"heridos|lesionados|desaparecidos|víctimas|cadáveres|cuerpos|casos|días|semanas|meses|años|horas|"
        r"minutos|veces|pesos|dólares|euros|soles|toneladas|kilómetros|km|metros|hectáreas|carpas|"
        r"frazadas|mantas|colchonetas|kits|camiones|vehículos|autos|buses|lanchas|botes|barcos|buques|"
        r"helicópteros|aviones|vuelos|cohetes|proyectiles|bombas|misiles|bombardeos|ataques|"
        r"explosiones|incendios|sismos|réplicas|escuelas|hospitales|centros|aldeas|localidades|"
        r"municipios|comunas|provincias|departamentos\s+del|países|ciudades|sitios|campamentos|barrios|"
        r"regiones|distritos|estados|carreteras|puentes|cabezas|reses|animales|ganado|raciones|"
        r"camas|plazas|cupos|ong|organizaciones|agencias|milímetros|mm|grados|votos|escaños|puntos|"
        r"llamadas|denuncias|solicitudes|expedientes|artículos",
    ),
    casualty_words=(
        r"muert" + _A + r"|murieron|murió|muere|mueren|fallecid" + _A + r"|fallecieron|falleció|"
        r"fallecimientos?|decesos?|heridos?|heridas?|herid" + _A + r"|lesionad" + _A + r"|"
        r"desaparecid" + _A + r"|ahogad" + _A + r"|víctimas\s+mortales|víctimas|perdieron\s+la\s+vida|"
        r"perdido\s+la\s+vida|sepultad"
        + _A
        + r"|bajo\s+los\s+escombros|cadáveres|asesinad"
        + _A
        + r"|ejecutad"
        + _A
        + r"|masacrad"
        + _A,
    ),
    soft_blockers=(
        r"afectad" + _A + r"|damnificad" + _A + r"|perjudicad" + _A + r"|impactad" + _A + r"|"
        r"necesitan|necesitados|requieren|en\s+necesidad|asistid" + _A + r"|atendid" + _A + r"|"
        r"recibieron|reciben|beneficiad" + _A + r"|beneficiarios|vacunad" + _A + r"|tratad" + _A + r"|"
        r"hospitalizad" + _A + r"|infectad" + _A + r"|contagiad" + _A + r"|enferm" + _A + r"|"
        r"detenid" + _A + r"|arrestad" + _A + r"|secuestrad" + _A + r"|rescatad" + _A + r"|"
        r"salvad" + _A + r"|expuest" + _A + r"|viven\s+en\s+(?:zonas|áreas)|"
        r"inseguridad\s+alimentaria|a\s+bordo|protestaron|marcharon|sin\s+clases|sin\s+escuela|"
        r"fuera\s+de\s+la\s+escuela|desescolarizad" + _A,
    ),
    negations=(r"no|ningún|ninguna|ninguno|nunca|jamás|ni|nadie",),
    hypotheticals=(
        r"podría|podrían|podrá|podrán|puede|pueden|deberán|deberían|tendrían|tendrán|riesgo|"
        r"prevé|prevén|previsto|prevista|previstos|previstas|pronóstico|pronostica|se\s+espera|esperan|"
        r"temen|teme|temor|amenaza|eventual\w*|si|proyecciones?|proyecta|plan|planes|planea|planean|"
        r"susceptibles?|potencialmente|escenario|hipótesis",
    ),
    bare_followers=(
        r"han|habían|habrían|ha|había|son|eran|serían|sería|es|era|será|serán|fueron|fue|están|estaban|"
        r"estarían|se|lo|la|los|las|le|les|en|a|al|de|del|desde|según|y|e|o|u|pero|sobre|hacia|para|"
        r"por|entre|contra|con|sin|tras|durante|que|quienes|cuyos|cuyas|ya|aún|todavía|actualmente|"
        r"aproximadamente|más|otros|otras|en\s+total|este|esta|estos|estas|sus|su|"
        r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|aron|ieron|ando|iendo|an|en|ían|aban)",
    ),
    noun_gap_words=(
        r"de|más|nuevos|nuevas|otros|otras|adicionales|civiles|registrados|registradas|censados|censadas|"
        r"desplazados|desplazadas|miembros|en\s+total|pobres|vulnerables|locales|"
        r"personas\s+de|familias\s+de",
    ),
    non_fact_before=(
        r"(?:carpas?|albergues?|refugios?|espacios?|cupos?|plazas|capacidad|camas|sitios?|centros?|"
        r"campamentos?|suficiente)\s+(?:para|con\s+capacidad\s+(?:de|para))\s*$",
        r"capacidad\s+(?:de|para)\s*$",
        r"(?:puede|pueden|podrá|podrán)\s+(?:albergar|alojar|acoger|recibir)\s*$",
        # "un campamento previsto para 5.000 personas": for what a place is built, not who is there
        r"(?:previst|diseñad|construid|pensad|destinad|habilitad)[oa]s?\s+para\s*$",
        r"(?:aument(?:ó|o)|aumento|subió|bajó|disminuyó|descendió|creció|cayó|redujo|reducción)\s+(?:de|en)\s*$",
        r"(?:edad\s+de|de\s+edad|población\s+de|ciudad\s+de|localidad\s+de|municipio\s+de)\s*$",
        r"(?:ruta|carretera|vuelo|resolución|artículo|capítulo|nivel|categoría|fase|kilómetro|n°|nº)\s*$",
        r"(?:los|las|en\s+los|en\s+las|durante\s+los|durante\s+las)\s+(?:últimos|últimas|próximos|próximas)\s*$",
    ),
    non_fact_after=(
        # people counted for what they did: "5.000 personas firmaron una petición", "votaron"
        r"^\W*(?:\w+\s+){0,1}(?:firmaron|firman|suscribieron|votaron|votan|protestaron|"
        r"se\s+manifestaron|participaron\s+en)\b",
        # a count of shelters, the noun right after the figure: "45 albergues abiertos", "habilitó
        # 40 refugios temporales" (not "300 siguen en albergues": people in them)
        r"^\s+(?:albergues|refugios|alojamientos|centros\s+de\s+acopio)\b",
        r"^\W*(?:\w+\s+){0,3}(?:por|cada|al|a\s+la)\s+(?:día|semana|mes|año|hora)\b",
        r"^\W*(?:\w+\s+){0,3}(?:diarios|diarias|diariamente|semanales|mensuales|anuales|anualmente)\b",
        r"^\W*(?:\w+\s+){0,2}(?:a\s+bordo|con\s+síntomas|en\s+el\s+hospital|por\s+ciento|por\s+cien)\b",
        # people rescued at sea and brought ashore ("900 migrantes fueron rescatados en el
        # Mediterráneo y trasladados a Lampedusa"): from a boat, not from where they live
        r"^\W*(?:\w+\s+){0,3}(?:fueron|han\s+sido|habían\s+sido|son)\s+(?:\w+\s+)?(?:rescatad|auxiliad|interceptad)"
        r"(?:o|a|os|as)\s+(?:en|del|desde)\s+(?:el\s+|la\s+|alta\s+)?(?:mar|Mediterráneo|océano|Atlántico|Caribe|"
        r"estrecho|canal|costa\s+de\s+(?:Libia|Túnez|Marruecos|Italia)|pateras?|cayucos?|embarcaci\w+|lanchas?|balsas?)\b",
        r"^\W*(?:\w+\s+){0,2}años\s+de\s+edad\b",
        # travel: "3 millones de personas se desplazaron por carretera durante el puente"
        r"^\W*(?:\w+\s+){0,3}(?:se\s+)?(?:desplazaron|desplazan|desplazarán|desplazó|desplaza|han\s+desplazado|"
        r"desplazarse)\s+(?:\w+\s+)?(?:por\s+carretera|en\s+(?:coche|tren|avión|autobús|vehículo|transporte)|"
        r"durante\s+(?:el|los)\s+(?:puentes?|vacaciones|verano|fin\s+de\s+semana)|de\s+vacaciones|"
        r"a\s+(?:sus\s+)?segundas?\s+residencias?|a\s+(?:la|las)\s+(?:playa|playas|costa|costas))\b",
        # people counted for what was done to their health: "1.500 personas fueron vacunadas en el
        # campamento", "300 fueron hospitalizados" (as the other packs)
        r"^\W*(?:\w+\s+){0,2}(?:vacunad|inmunizad|hospitalizad|contagiad|infectad)[oa]s?\b",
        # without power or water: exposed, not displaced ("100.000 hogares siguen sin luz")
        r"^\W*(?:\S+\s+){0,3}?(?:sin|privad[oa]s\s+de)\s+(?:luz|electricidad|energía\s+eléctrica|agua\s+potable|"
        r"agua|servicio\s+eléctrico|suministro\s+eléctrico)\b",
    ),
    non_home_evacuation=(
        r"(?:de\s+un|de\s+una|del|de\s+la|de\s+los|de\s+las|desde\s+el|desde\s+la)\s+(?:\w+\s+)?(?:barco|"
        r"buque|crucero|ferri|ferry|avión|aeronave|tren|oficinas?|fábrica|mina|estadio|coliseo|"
        r"centro\s+comercial|aeropuerto|hospital|concierto|festival|embajada|torre|plataforma|edificio|"
        r"cárcel|penal|prisión|universidad|hotel|estación|metro|colegio|escuela|patera|cayuco|embarcación|"
        r"lancha|balsa)\b",
        r"pasajeros|tripulantes|tripulación|trabajadores|empleados|diplomáticos|turistas|extranjeros|"
        r"espectadores|alumnos|estudiantes|pacientes|reos|presos|campistas|veraneantes|vacacionistas|camping",
        # a party, a concert, a match: the people at an event, not from where they live
        # ("la policía desalojó una fiesta ilegal con 300 personas")
        r"\b(?:fiestas?|botellón|botellones|discotecas?|conciertos?|partidos?|mitin|mítines|celebración|verbena)\b",
    ),
    clause_breaks=(
        r";|\bpero\b|\bmientras\s+que\b|\bmientras\b|\bsin\s+embargo\b|\baunque\b|\bno\s+obstante\b",
    ),
    temporal_anaphora=(
        r"entonces|en\s+ese\s+momento|en\s+aquel\s+momento|para\s+entonces|ese\s+día",
        # and a consequence of what the sentence before tells, which happened when it did
        r"como\s+resultado|como\s+consecuencia|en\s+consecuencia|por\s+consiguiente",
        # and an addition to its account, of the same time
        r"además|asimismo",
    ),
    origin_prepositions=(
        r"(?:de|del|desde|huyendo\s+de|abandonando|abandonaron|salieron\s+de)\s+(?:el\s+|la\s+|los\s+)?"
        r"(?:\w+\s+){0,3}$",
    ),
    destination_prepositions=(
        r"(?:hacia|hasta|a|al|rumbo\s+a|con\s+destino\s+a|dirigiéndose\s+a\s+pie\s+hacia|"
        r"dirigiéndose\s+(?:a|hacia))\s+(?:el\s+|la\s+|los\s+)?(?:\w+\s+){0,2}$",
    ),
    restatement_joiners=(
        r"\(|es\s+decir|o\s+sea|o|/|equivalentes?\s+a|unas|unos|que\s+suman|lo\s+que\s+representa",
    ),
    other_words=(r"otr[ao]s?|más",),
    modifier_openers=(r"que|quienes|l[oa]s\s+cuales|cuy[oa]s",),
    participle_terms=(
        r"desplazad[oa]s?|evacuad[oa]s?|damnificad[oa]s?|desalojad[oa]s?|refugiad[oa]s?|"
        r"expulsad[oa]s?|sin\s+hogar|repatriad[oa]s?|reubicad[oa]s?",
    ),
    coordinators=(r"y|e|o|u|pero",),
    # "sus tres hijos": one person's family, not a count of people who moved
    non_fact_spans=(
        r"\b(?:sus|mis|tus|nuestros|nuestras)\s+\S+\s+(?:hijos|hijas|nietos|nietas|hermanos|hermanas|niños)\b",
        # an armed unit's number: "el frente 33 de las disidencias", "el batallón 23"
        r"\b(?:frentes?|bloques?|batallón|batallones|brigadas?|columnas?|compañías?|escuadrones?)\s+\d+\b",
        # a population: "cuenta con 3.000 habitantes", "alberga a dos millones de almas" (a place
        # that "cuenta con 1,9 millones de desplazados" states a fact)
        r"\b(?:cuenta|cuentan|contaba|contaban|alberga|albergan|albergaba|tiene|tienen|tenía)\s+(?:con\s+|a\s+)?"
        r"(?:\S+\s+){1,5}?(?:habitantes|pobladores|almas)\b",
        # "el municipio, con 95.000 habitantes, ...": a place's size ("con 300 habitantes
        # desplazados" is people)
        r"\bcon\s+(?:(?:unos|unas|más\s+de|cerca\s+de|casi|apenas)\s+)?\d[\d.,]*(?:\s+(?:mil|millones))?\s+"
        r"(?:habitantes|pobladores|almas)\b(?!\s+(?:desplazad|evacuad|desalojad|damnificad|refugiad))",
        # the people at an event: "una fiesta ilegal con 300 personas", "un concierto con 5.000
        # asistentes" (cleared by the police, not driven from home)
        r"\b(?:fiestas?|botellón|botellones|discotecas?|conciertos?|reuniones|reunión|celebración|"
        # or on premises cleared: "desalojaron un local con 140 personas que incumplían las medidas"
        r"celebraciones|bodas?|velorios?|eventos?|misas?|verbenas?|local(?:es)?|bar(?:es)?|restaurantes?|pubs?|"
        r"salas?\s+de\s+fiestas)\s+(?:\S+\s+){0,5}?con\s+"
        r"(?:(?:más\s+de|unas|unos|cerca\s+de|casi|al\s+menos)\s+)?\d[\d.,]*\s+"
        r"(?:personas|asistentes|invitados|jóvenes|participantes)\b",
    ),
    # Measures (issue 7): shelter denied, a group counted in the next sentence.
    shelter_negators=(r"fuera\s+de(?:\s+los|\s+las|l)?", r"no\s+en(?:\s+los|\s+las)?"),
    anaphora_demonstratives=(r"estas", r"estos", r"esas", r"esos", r"dichas", r"dichos"),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(
        r"distribu\w+",
        r"entreg\w+",
        # not an order received: "recibieron la orden de evacuar" (the at_risk trigger)
        r"recib\w+(?!\s+(?:la|una|las)\s+(?:orden|órdenes))",
        r"benefici\w+",
        r"asist\w+",
        r"ayuda\s+humanitaria",
        r"kits?",
        r"necesita\w*",
        r"registr\w+",
    ),
    health_words=(r"prueba\w*", r"casos?", r"vacun\w+", r"pacientes?", r"contagi\w+", r"covid(?:-19)?"),
    custody_words=(r"deten\w+", r"aprehen\w+", r"arrest\w+", r"deportad\w+", r"reasentad\w+", r"alumnos?"),
)

# --- Inflections (issue 8) -------------------------------------------------------------------
# Every form of these verbs and nouns, found through simplemma's lemmas: subjunctives
# ("huyeran", "evacuaran"), preterites and participles in any agreement ("se autoevacuaron",
# "desplazó", "reubicadas"). "Damnificado" stays a soft blocker: affected people are a fact only
# where the text says they lost or left their homes.
_FLED = ("fled", "displaced")
LEMMA_TERMS = {
    "huir": _FLED,
    "escapar": _FLED,
    "desplazar": ("displaced", "displaced"),
    "evacuar": ("evacuated", "displaced"),
    "autoevacuar": ("evacuated", "displaced"),
    "desalojar": ("evicted", "displaced"),
    "reubicar": ("relocated", "displaced"),
    "reasentar": ("relocated", "displaced"),
    # "obligó a realojar a 45 vecinos en un hotel"
    "realojar": ("relocated", "displaced"),
    "destruir": ("destroyed_housing", "homes_destroyed"),
    "derrumbar": ("destroyed_housing", "homes_destroyed"),
    # "destruyó 500 viviendas, además de dañar otras 700": the infinitive and every tense
    "dañar": ("partially_destroyed_housing", "homes_damaged"),
    "regresar": ("returned", "returned"),
    "retornar": ("returned", "returned"),
    "albergar": ("sheltered", "sheltered"),
}
TERMS = replace(
    TERMS,
    triggers=(
        *TERMS.triggers,
        # "se autoevacuaron", "auto-evacuados", "autoevacuación": people who left on their own
        (r"(?:se\s+)?auto-?evacu\w+", "evacuated", "displaced"),
    ),
    lemma_terms=LEMMA_TERMS,
    lemma_languages=("es",),
)

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/es/roles.py) ----
from uprooted.lang.es.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
