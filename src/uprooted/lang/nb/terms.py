"""Reporting terms, units and non-facts of this language (read by extract/engine.py).

Bokmål with Nynorsk forms beside them. Regex fragments, matched case-insensitively on whole
words; noun entries match one token, so `\\w*` prefixes cover compounds ("IS-krigere",
"regjeringssoldater"). Triggers are (regex, term, measure); the longest match wins.
"""

from dataclasses import replace

from uprooted.lang.base import TermData

TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders, projections.
    (
        r"(?:bedt|beordret|beordra|bede|bedne|bedd|ber|ba|bad|oppfordr(?:et|er|a|ar))\s+(?:\S+\s+){0,6}?om\s+(?:å\s+)?"
        r"(?:evakuere|forlate|flykte|flytte)|(?:beordret|beordra|bedt|bedd|pålagt|pålagde)\s+(?:til\s+)?(?:å\s+)?(?:evakuere|forlate)|"
        # the people ordered named between: "beordra 150 bebuarar i Tokke til å forlate heimane"
        r"(?:beordret|beordra|beordrer|beordrar|påla|pålegger|pålegg|pålagt|pålagde)\s+(?:\S+\s+){1,6}?til\s+å\s+"
        r"(?:evakuere|forlate|forlata|flytte|flytta)|"
        r"evakueringsordre\w*|evakueringspålegg\w*|evakueringsvarsel\w*|"
        # told to leave: "har fått beskjed om å evakuere", "fekk ordre om å forlate heimane"
        r"(?:fått|fikk|fekk|får|har\s+fått)\s+(?:\w+\s+)?(?:beskjed|ordre|pålegg|varsel|melding)\s+om\s+å\s+"
        r"(?:evakuere|evakuera|forlate|forlata|flytte\s+ut|komme\s+seg\s+bort|kome\s+seg\s+bort)|"
        # "gitt ordre om evakuering av", "ordren om å evakuere"; "ordren gjelder 250.000 mennesker"
        r"ordre(?:n|ar|r)?\s+om\s+(?:å\s+)?(?:evakuering|evakuere|forlate)|"
        r"(?:ordren|ordra|pålegget|påbodet)\s+(?:gjelder|gjeld|omfatter|omfattar|berører|rammer|rammar)|"
        r"(?:gjelder|gjeld|omfatter|omfattar|berører|rammer|rammar)\s+(?:evakuerings)?(?:ordren|ordra|pålegget|påbodet)|"
        # "bedt om å være forberedt på evakuering", "er førebudde på å forlate heimane"
        r"(?:forberedt|forberedte|førebudd|førebudde|budd|budde|beredt)\s+på\s+(?:en\s+|ei\s+|ein\s+|mulig\s+|mogleg\s+)?"
        r"(?:å\s+)?(?:evakuering|evakuere|forlate)|(?:beordret|beordra|påla|pålagt|vedtok|vedtatt|varslet|varsla)\s+"
        r"(?:\w+\s+){0,2}?evakuering(?:en)?|pålagt\s+å\s+(?:evakuere|forlate)",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:kan|kunne|vil|ville|risikerer\s+å)\s+(?:\w+\s+)?(?:bli|verte|måtte)\s+(?:fordrevet|fordrive|"
        r"evakuert|drevet\s+på\s+flukt|flykte|forlate)",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:ventes|forventes|fryktes|antas)\s+(?:å\s+)?(?:bli\s+)?(?:fordrevet|evakuert|flykte)",
        "at_risk",
        "at_risk",
    ),
    # Fear of being caught in the fighting (the shared seed gold's reading). Not "i faresonen":
    # people merely living in a hazard zone are exposed, not told to leave (the spec).
    (
        r"(?:kan|kunne|vil|ville)\s+(?:\w+\s+)?(?:havne|bli\s+fanget|komme)\s+i\s+(?:kryssilden|skuddlinjen)|"
        r"i\s+kryssilden|i\s+skuddlinjen",
        "at_risk",
        "at_risk",
    ),
    # Sheltered. Not the camps of scouts, sports teams, schools, armies or prisons ("landsleir",
    # "treningsleir", "sommarleir", "militærleir", "fangeleir"): nobody sheltering lives there.
    (
        r"(?!(?:lands|trenings|sommer|sommar|vinter|speider|speidar|idretts|fotball|ungdoms|konfirmant|"
        r"misjons|militær|hær|fange|base|høst|haust|påske|tenåring|barne|skole|skule|tropps?)"
        r"leir)\w*leir(?:en|er|ene|ar|ane)?",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"(?:evakuerings|mottaks|nød|naud)(?:mottak|bolig|bustad|innkvartering|overnatting|losji|husvære|husvere|"
        r"leir|senter|sentr|hall|bu|telt|hus)\w*|\w*mottak(?:et|ene|a)?|"
        r"(?:evakuerings|mottaks|asyl|transitt|ankomst|flyktning|beredskaps|omsorgs)\w*sent(?:er|eret|re|rene|ra|ret)|"
        r"husly|husrom|hotell(?:er|et|ene|a|ane)?|(?:fått|funnet|søkt|søkte|fikk|fann|fant)\s+(?:ly|husly|tilflukt)(?=\s+(?:i|på)\s+"
        r"(?:\S+\s+){0,3}?(?:\w*leir\w*|\w*senter\w*|\w*sentre\w*|\w*skole\w*|\w*skoler|\w*skul\w*|\w*kirke\w*|"
        r"\w*kyrkj\w*|\w*moske\w*|\w*moské\w*|\w*hall\w*|telt|\w*mottak\w*|[\w-]*bas(?:e|en|er|ene|ar|ane)))|"
        r"idrettshall\w*|gymsal\w*|(?:i|under)\s+telt|telt(?:et|ene|a)|innkvartert|innkvartera|"
        r"innlosjert|overnattet|overnatta|overnatter|overnattar|overnatte|samfunnshuset|grendahuset|grendehuset|hotellet|(?:bodde|budde|overnattet|"
        r"overnatta|sov)\s+(?:\w+\s+){0,3}?(?:på|i)\s+(?:skolen|skulen|skoler|skular|skolene|skulane|hallen|\w*hallen|hotell\w*|kirken|kyrkja)|"
        r"(?:innkvartert|innkvartera|plassert|samlet|samla|husa|huset)\s+(?:\w+\s+){0,2}?(?:på|i)\s+(?:\w+\s+)?"
        r"(?:skolen|skulen|skoler|skular|skolene|skulane|\w*skole|\w*skule)",
        "sheltered",
        "sheltered",
    ),
    # "550.000 flyktninger, de fleste i leirer", "150 familiar ..., og mange bur i telt": a part of
    # the group with no figure of its own is in camps or tents; the figure counts the whole group,
    # displaced, not sheltered.
    (
        r"(?:mange|de\s+fleste|dei\s+fleste|flere|fleire|noen|nokre|en\s+del|ein\s+del|mange\s+av\s+(?:dem|dei)|"
        r"de\s+fleste\s+av\s+dem|dei\s+fleste\s+av\s+dei)\s+(?:(?:bor|bur|lever|er|var|oppholder\s+seg|"
        r"opphalder\s+seg|sover|søv)\s+)?(?:\w+\s+)?(?:i|under|på)\s+(?:\w+\s+){0,2}?(?:telt(?:leirer|leirar)?|"
        r"\w*leir(?:en|er|ene|ar|ane)?|\w*mottak(?:et|ene|a)?|\w*sent(?:er|re|ra|rene|ret|eret)|\w*hall(?:er|ar|en)?|"
        r"skoler|skular|skolen|skulen|\w*husvære|\w*husvere|nødboliger|naudbustader)\b",
        "displaced",
        "displaced",
    ),
    # "tvunget til å forlate leirene": leaving a camp is not being sheltered in one.
    (
        r"(?:forlate|forlot|forlatt|forlete|tvunget\s+ut\s+av|kastet\s+ut\s+av|drevet\s+ut\s+av)\s+"
        r"(?:\w+\s+)?\w*leir(?:en|er|ene|ar|ane)?",
        "left_camp",
        "displaced",
    ),
    # "funnet husly hos slektninger", "bur hos familie": displaced people staying with relatives
    # or host families, not in a shelter
    (
        r"(?:bor|bur|bodde|budde|overnattet|overnatta|overnatter|overnattar|sov|søv|funnet\s+husly|fått\s+husly|fikk\s+husly|fann\s+husly|funne\s+husly|"
        r"søkt\s+tilflukt|søkte\s+tilflukt)\s+hos\s+(?:\w+\s+){0,2}?(?:slektninger|slektningar|familie\w*|"
        r"venner|vener|vertsfamili\w*|kjente|kjende)",
        "displaced",
        "displaced",
    ),
    # "søkt tilflukt i nabodistriktet": people who left home, not (yet) in a shelter.
    (r"(?:fått|funnet|søkt|søkte|fikk|fann|fant)\s+(?:ly|tilflukt)|tilflukt", "fled", "displaced"),
    # Returns.
    (
        r"(?:har\s+|er\s+)?(?:vendt|venda|reist|flyttet|flytta|dratt|kommet|kome)\s+(?:\w+\s+)?(?:tilbake|heim|hjem)|"
        # the verb first, its subject between: "vendte 43.000 mennesker hjem", "kom 600 heim"
        r"(?:vende|vender|vendte|flytte|flytter|flyttet|reise|reiser|reiste|dra|drar|dro|komme|kom)\s+"
        r"(?:\w+(?:[.,]\d+)*\s+){0,3}?(?:tilbake\s+til\s+(?:hjem|heim|hus|bolig|hjemsted)\w*|hjem|heim)(?:\s+igjen)?|"
        r"returnert|returnerer|returnere|returnerte|retur|tilbakevendte|vende\s+tilbake|reise\s+hjem|"
        r"(?:kom|kome|komme|kjem|vende|vendt|venda|reiste|reist|flytta|flytte)\s+(?:heim\s+)?att",
        "returned",
        "returned",
    ),
    # Remaining, trapped.
    (
        r"fanget|fanga|innestengt|innestengte|innestengd|innestengde|innesperret|innesperra|beleiret|beleira|"
        r"omringet|omringa|kringsett|sitter\s+fast|sit\s+fast|(?:sitter|sit|satt|sat)\s+(?:\S+\s+){1,4}?fast",
        "trapped",
        "remaining",
    ),
    (
        r"(?<!hjem\s)(?<!heim\s)(?<!tilbake\s)(?:igjen|att)(?=\s*(?:$|[,.;:!?)–-]|(?:i|på|inne|der|her|hjemme|"
        r"heime|bak|no|nå)\b))|gjenværende|attverande|"
        # "fortsatt er internt fordrevne", "framleis er på flukt": still displaced, not left behind
        # nor where people stay after fleeing: "oppholder seg fortsatt i kirken etter å ha flyktet"
        r"(?:fortsatt\s+(?:bor|i|er)|framleis\s+(?:bur|i|er))(?!\s+(?:\S+\s+){0,6}?etter\s+å\s+ha\s+(?:flyktet|"
        r"flykta|rømt|rømd|blitt\s+fordrevet|vorte\s+fordriven|vorte\s+fordrive|forlatt|forlate|mistet|mista))(?!\s+(?:\w+\s+)?(?:fordrevne|fordrivne|fordrevet|"
        r"fordriven|på\s+flukt|flyktninger|flyktningar|evakuert|evakuerte|hjemløse|heimlause|uten\s+tak|utan\s+tak))|"
        # not "befinner seg som flyktninger i Europa": refugees where they are, not people left behind
        r"bur\s+framleis|(?:befinner|befinn)\s+seg(?!\s+(?:\w+\s+)?(?:som\s+)?(?:flyktninger|flyktningar|"
        r"asylsøkere|asylsøkjarar|internt\s+fordrevne|internt\s+fordrivne|på\s+flukt|i\s+eksil))|blitt\s+værende|"
        r"blir\s+værende|bor\s+fortsatt",
        "remaining",
        "remaining",
    ),
    # Displaced.
    (
        r"flykt(?:et|a|ar|er|e|ende)?|flykte|flykter|flyktet|flyktende|flukt(?:en)?|rømt|rømte|"
        r"drevet\s+på\s+flukt|på\s+flukt|"
        r"(?:strømmer|strømmet|strømma|strøymer|strøymde|strøyma)\s+(?:over\s+grens\w*|inn\s+over\s+grens\w*|"
        r"ut\s+av|ut\s+fra|ut\s+frå|fra|frå|mot\s+grens\w*|til\s+nabo\w*)",
        "fled",
        "displaced",
    ),
    (
        r"fordrevne?|fordrevet|fordrive|fordrivelsen|fordrivelse|internt\s+fordrevne|drevet\s+(?:fra|ut)|"
        # Nynorsk writes the infinitive "forlata" as well as "forlate"
        r"måttet\s+forlate|forlatt\s+(?:sine\s+|hjemmene|hjema)|(?:forlate|forlata)\s+(?:sine\s+)?(?:hjem|hus)|"
        r"(?:forlate|forlata|forlot|forlét|forlatt|forlete)\s+(?:sine\s+)?(?:hjemmene|hjema|heimane|heimen|heimen|"
        r"husene|husa|boligene|bustadene|bygda|byen)|"
        r"på\s+flyttefot|(?:forlatt|forlot|forlate|forlata|forlét|forlete)\s+(?:\w+\s+)?(?:enklaven|byen|bydelen|"
        r"området|områdene|landet|hjemlandet|regionen|provinsen|landsby(?:en|ene)|bygda|øya|dalen)",
        "displaced",
        "displaced",
    ),
    # the passive infinitive: Bokmål "evakueres", Nynorsk "evakuerast" (simplemma misses it)
    (r"evakuert(?:e)?|evakuering(?:en)?|evakuerte|evakuerer|evakueres|evakuerast", "evacuated", "displaced"),
    (
        # living in the open, or made to sleep there: "tusenvis av familiar bur under open himmel",
        # "måtte sove under åpen himmel" (not "speidere sov under åpen himmel")
        r"(?:(?:bor|bur|budde|bodde)|(?:må|måtte|måtta|måttet)\s+(?:\w+\s+)?(?:sove|sova|bo|bu))\s+(?:\w+\s+)?"
        r"under\s+(?:åpen|open)\s+himmel|"
        r"hjemløse?|heimlause?|husløse?|huslause?|husvill(?:e|a)?|uten\s+(?:tak\s+over\s+hodet|hjem|bolig)|"
        r"utan\s+(?:tak\s+over\s+hovudet|heim|bustad)|"
        r"(?:mistet|mista|miste|mister)\s+(?:sine\s+|sitt\s+|sin\s+)?(?:hjem(?:met|mene)?|hus(?:et|ene|a)?|"
        r"bolig(?:en|er|ene)?|heim(?:en|ane)?|bustad(?:en|ene)?|leilighet(?:en|er|ene)?)",
        "homeless",
        "displaced",
    ),
    (
        r"(?:ble|blei|vart|er|var|blitt|vorte|måtte|måtta|måttet)\s+(?:\w+\s+)?(?:flyttet|flytta|flytte)\s+til|"
        r"omplassert|gjenbosatt|relokalisert",
        "relocated",
        "displaced",
    ),
    (r"kastet\s+ut|utkastet|tvangsflyttet|tvangsutkastelse", "evicted", "displaced"),
    (
        r"\w*flyktning(?:er|ene|ar|ane)?|(?:krysset|kryssa)\s+grens(?:en|a)(?!\s+for\s+å\s+(?:handle|jobbe|arbeide|"
        r"feriere|besøke|handla|arbeida))",
        "refugees",
        "displaced",
    ),
    (
        r"asylsøker(?:e|ne)?|(?:søkte|søkt|søker|søkjer)\s+(?:om\s+)?(?:asyl|beskyttelse|vern)|asylsøknader|"
        # "enslige mindreårige" is the name of unaccompanied minor asylum seekers
        r"(?:enslige|einslege)\s+mindreårige(?!\s+(?:asylsøk|flyktning))",
        "asylum_seekers",
        "displaced",
    ),
    # a people counted in flight, arriving: "700.000 rohingyaer har kommet til Bangladesh" (the
    # Rohingya counted abroad are refugees; a bare arrival of others needs a flight word)
    (
        r"(?<=\s)(?:rohingya(?:er|ene|ar|ane)?\s+)(?:har\s+|hadde\s+)?(?:kommet|kome|kom|ankom(?:met)?|krysset|kryssa)\s+"
        r"(?:\w+\s+){0,2}?(?:til|over|inn\s+i)\b|"
        # the verb before the figure: "i september kom 30.000 rohingyaer over grensen"
        r"(?<=\s)rohingya(?:er|ene|ar|ane)?\s+over\s+(?:grensen|grensa|grensene)\b",
        "refugees",
        "displaced",
    ),
    # protection granted: "40.000 syrere har fått beskyttelse", "fått vern", "fått asyl"
    (
        # and the kind of protection between: "fått midlertidig kollektiv beskyttelse" (Ukrainians),
        # "fekk mellombels kollektivt vern", "fått permanent opphold som flyktning" is not here
        r"(?:fått|fikk|fekk|får|innvilget|innvilga|gitt|gjeve)\s+(?:innvilget\s+|innvilga\s+)?"
        r"(?:(?:midlertidig|mellombels|kollektiv|kollektivt|internasjonal|internasjonalt)\s+){0,2}"
        r"(?:beskyttelse|vern|asyl|flyktningstatus)|"
        # the subject after the verb: "I fjor fikk 3.000 eritreere beskyttelse"
        r"(?:fikk|fekk)\s+(?:\S+\s+){1,4}?(?:beskyttelse|vern|asyl|flyktningstatus)\b",
        "refugees",
        "displaced",
    ),
    # Arrivals: people fleeing only where the text around them is about refugees or flight
    # (the engine checks); "den siste uken kom det over 1.000".
    (
        r"kom(?:\s+det)?|(?:har|hadde)\s+(?:kommet|kome|komme)|ankom(?:met)?|nyankomne|ankomster",
        "arrival",
        "arrival",
    ),
    # Homes.
    (
        r"(?:totalt\s+|fullstendig\s+)?(?:ødelagt|ødelagte|ødela|ødelegger|ødelagde|raser(?:t|te)|kollapset|skylt\s+bort|tatt\s+av\s+"
        r"flommen|(?:tatt|teke|tekne|tekin)\s+av\s+(?:flommen|flaumen|skredet|raset|elva|elven|brannen|stormen)|"
        r"(?:feid|feide|feidd|feia|skylt|skylte|skylja|skylde)\s+bort|(?:tok|tatt|teke|tekne)\s+med\s+seg|brant\s+ned|i\s+(?:aske|oske|grus)|brann\s+ned|brent\s+ned|brunne\s+ned|nedbrent|utbrent|totalskad(?:d|de|et|a)|jevnet\s+med\s+jorden|revet)",
        "destroyed_housing",
        "homes_destroyed",
    ),
    (
        # Nynorsk "skada" (damaged): "skada over 100 bustadhus", "30 hus vart skada"
        r"skadet|skadd|skadde|skada|delvis\s+ødelagt|oversvømt|oversvømte|overfløymd\w*|"
        r"(?:satt|sett|sette|står|stod|sto|stå|kom|kommet|kome)\s+under\s+(?:vann|vatn)|"
        r"(?:fått|fikk|fekk|får)\s+(?:\w+\s+)?(?:skader|skadar|skade)",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (r"ubeboelige?|ubebuelege?", "uninhabitable_housing", "homes_destroyed"),
)

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(
        r"personer|personar|mennesker|menneske|folk|sivile|innbyggere|innbyggjarar|beboere|bebuarar|landsbyboere|"
        r"individer|barn|kvinner|menn|eldre|\w*flyktninger|\w*flyktningar|fordrevne|internt|"
        r"evakuerte|hjemløse|heimlause|asylsøkere|migranter|\w*boere|sjeler|"
        r"personene|menneskene|innbyggerne|beboerne|\w*boerne|barna|kvinnene|mennene|de\s+sivile|"
        r"\w*flyktningene|\w*flyktningane|asylsøkerne|migrantene|"
        r"(?-i:[A-ZÆØÅ]\w+(?:ere|ske|er))|"
        # nationalities and faiths are written in lower case: "syrere", "buddhister og hinduer"
        r"(?!tidligere|senere|flere|videre|nærmere|lengere|mere|bedre|større|færre)\w{3,}(?:ere|ere|anere)|"
        r"\w*rohingya(?:er|ene)?|buddhister|hinduer|muslimer|kristne|jesidier|yazidier|sikher|jøder|"
        r"beboarar|husstandsmedlemmer|sivilister",
    ),
    unit_nouns={
        "families": (r"famili(?:er|ar|ene|en)?",),
        "households": (
            r"husstand(?:er|ar|ene|ane|en)?|hushold(?:ning|ninger|ningene|ningen)?|"
            r"hushald(?:ning|ningar|ningane|ninga|a|et)?",
        ),
        "homes": (
            r"hjem|heimar|hus|husene|boliger|bustader|bygninger|hjemmene|hus(?:et)?|leiligheter|"
            r"(?:bolig|bustad|våningshus|enebolig|rekkehus|tømmer)\w*|bolighus(?:et|ene|a)?|eneboliger",
        ),
    },
    non_fact_nouns=(
        r"\w*krigere|\w*krigarar|\w*soldater|\w*styrker|\w*militante|\w*opprørere|\w*terrorister|"
        r"\w*militsfolk|politifolk|\w*betjenter|brannfolk|\w*arbeidere|\w*ansatte|\w*tilsette|frivillige|"
        r"pasienter|passasjerer|elever|lærere|lærerne|studenter|turister|tilskuere|journalister|fanger|gisler|"
        r"\w*granater|\w*raketter|\w*bomber|\w*missiler|\w*angrep|\w*luftangrep|\w*kontrollposter|"
        r"dager|døgn|uker|måneder|år|timer|minutter|ganger|prosent|kroner|dollar|euro|"
        r"tonn|kilo|km|kilometer|mil|meter|dekar|hektar|telt|tepper|lastebiler|biler|busser|båter|"
        r"skip|fly|helikoptre|skoler|\w*sentre|\w*sentrene|\w*sentra|\w*leirene|\w*leirane|\w*mottakene|\w*mottaka|sykehus|landsbyer|kommuner|fylker|provinser|land|byer|"
        r"\w*leirer|steder|områder|dødsofre|omkomne|døde|drepte|skadde|savnede|ofre|tilfeller|"
        r"søknader|stemmer|seter|plasser|senger|rom|\w*dyr|sauer|kyr",
        # escaped farmed fish ("110.000 smolt rømte"), spectators, guests, customers, players
        r"smolt|\w*laks|\w*fisk|\w*ørret|\w*torsk|\w*yngel|tilskodar\w*|\w*gjester|\w*gjestene|publikum|"
        r"kunder|kundene|kundar|kundane|spillere|spelarar|\w*deltakere|\w*deltakerne|\w*deltakarar|\w*deltakarane|"
        r"tilskuerne|tilskodarane|supportere|supporterne|supporterar|supporterane|fans|tilhengere|tilhengarar|",
        # office holders met or counted: "møtte 30 ordførere", "40 ordførarar"
        r"ordførere|ordførerne|ordførarar|ordførarane|\w*politikere|\w*politikarar|\w*ministre|\w*ministrar|"
        r"\w*representanter|\w*representantar|\w*ledere|\w*leiarar|delegater|delegatar|",
        # holiday cabins: "hundrevis av hytter er evakuert"
        r"hytter|hyttene|hytte|hytta|fritidsboliger|fritidsbustader",
        # animals: "2000 hjemløse hunder ble omplassert", "heimlause kattar"
        r"hunder|hundene|hundar|hundane|katter|kattene|kattar|kattane|hester|hestar|geiter|geitene|griser|grisar|"
        r"høner|høns|kalver|kalvar|kuer|storfe|reinsdyr|husdyr|kjæledyr",
    ),
    casualty_words=(
        r"drept|drepte|drepe|dreper|omkom|omkommet|omkomne|døde|død|dødd|dødsfall|dødstall|livet|"
        r"såret|sårede|såra|skadd|skadde|skadet|savnet|savna|savnede|druknet|druknet|begravd|"
        r"henrettet|massakrert|symptomer",
    ),
    soft_blockers=(
        r"berørt|berørte|rammet|ramma|trenger|behov|hjelp|nødhjelp|bistand|mottatt|mottok|behandlet|"
        r"behandla|registrert\s+med|smittet|syke|arrestert|pågrepet|kidnappet|bortført|reddet|"
        r"sultne|underernærte|om\s+bord|ombord",
    ),
    negations=(r"ingen|ikke|ikkje|aldri|verken|uten",),
    hypotheticals=(
        r"kan|kunne|vil|ville|ventes|forventes|fryktes|fryktet|frykter|frykta|antas\s+å|risikerer|"
        r"trolig|sannsynligvis|planlegger|planlagt|planer|kanskje|dersom|hvis|om\s+(?=\w+\s+blir)",
    ),
    bare_followers=(
        r"har|hadde|er|var|ble|blei|vart|blir|vil|skal|kan|kunne|må|måtte|bli|blitt|vært|være|"
        r"i|på|fra|frå|til|av|for|med|om|over|under|mot|etter|før|siden|sidan|innen|ut|inn|"
        r"fikk|får|fått|kom|kommer|gikk|går|bor|bodde|budde|lever|levde|sitter|satt|står|sto|"
        r"og|eller|men|mens|som|der|hvorav|derav|av|de|dem|den|det|denne|seg|nå|no|allerede|fortsatt|ennå|"
        r"igjen|att|bare|berre|totalt|alene|til\s+sammen|så|også|og|også|rundt|mer|flere|andre|"
        r"\w+et|\w+te|\w+de|\w+ende|\w+t",
        # Nynorsk: "15.000 bur i teltleirar", "45.000 flykta", "2000 kjem"
        r"bur|budd|fekk|kjem|gjekk|sit|sat|stod|vert|verte|vorte|medan|kvar|dei|desse|framleis|enno|"
        r"alt|åleine|til\s+saman|òg|måtta|\w{3,}a",
        # a time as an adverbial (a definite singular after a figure counts nothing): "mot 2.118
        # året før", "900 uka etter", "mot 40 same perioden i fjor"
        r"året|uka|uken|veka|måneden|månaden|dagen|døgnet|helga|helgen|kvartalet|perioden|halvåret|same|samme",
    ),
    noun_gap_words=(
        r"av|flere|nye|andre|internt|registrerte|anslagsvis|sivile|lokale|\w+ske|\w+iske|"
        r"dem|disse|de|fordrevne|dei|desse|fordrivne",
    ),
    non_fact_before=(
        # an average: "i snitt kommer det 40 asylsøkere", "i gjennomsnitt 300 i måneden"
        r"(?:i\s+)?(?:snitt|gjennomsnitt)\s+(?:\w+\s+){0,3}$",
        r"(?:telt|plass|kapasitet|husly|boliger|senger|rom)\s+(?:til|for)\s*$",
        r"kapasitet\s+(?:på|til)\s*$",
        # "en leir som skal kunne huse 250.000": what a place can hold, not who is there
        r"(?:kunne|kan|skal|vil)\s+(?:\w+\s+)?(?:huse|romme|ta\s+imot|ta\s+i\s+mot|gi\s+plass\s+til)\s*$",
        r"(?:beregnet|bygget|laget|dimensjonert|plass)\s+(?:for|til)\s*$",
        r"(?:økte|øker|økt|steg|stiger|falt|faller|sank|synker|minket|minka|auka|aukar|fall|fell|søkk|"
        r"gikk\s+ned|gikk\s+opp|gjekk\s+ned|gjekk\s+opp|redusert|redusere|redusera|kutte|kutta|kuttet)\s+(?:med)\s*$",
        # "Ahmed (34)": an age in parentheses after a name
        r"(?-i:[A-ZÆØÅ])[\w-]*\s\(\s*$",
        r"(?:alder|alderen|(?:befolkning|befolkningen|folketal|folketalet|folketall|folketallet|innbyggertall|"
        r"innbyggertallet|innbyggjartal|innbyggjartalet)\s+på|by\s+med|by\s+på)\s*$",
        # people who disappeared, the verb first: "I fjor forsvann 80 asylsøkjarar frå mottak"
        r"(?:forsvant|forsvann|forsvinner|forsvinn)\s+(?:det\s+)?(?:\w+\s+)?$",
        # a budget's assumption: "UDI har budsjettert med 10.000 asylsøkere"
        r"(?:budsjettert|budsjetterer|budsjetterte|planlegger|planlegg|planla)\s+med\s+(?:\w+\s+){0,2}$",
        # a quota set or changed: "Kvoten er satt til 1.000", "kvoten for overføringsflyktningar er sett til 1500"
        r"kvote\w*\s+(?:\S+\s+){0,4}?(?:satt|sett|fastsatt|fastsett|økt|auka|redusert|redusera|kuttet|kutta|senket|senka)"
        r"\s+til\s+(?:\w+\s+){0,1}$",
        r"(?:rute|vei|nr\.|fly|resolusjon|artikkel|kapittel|kategori|fase)\s*$",
        # "kvartal 2", "blokk 5": en nummerert del av en leir eller by
        r"(?:kvartal|blokk|sone|sektor|seksjon|gate|tomt)\s*$",
        # "Av de 18 sentrene er 5 i Gaza by": 5 teller sentre
        r"av\s+de\s+\d[\d .]*\s+(?:[\w-]+\s+){0,3}?(?:sentrene|leirene|mottakene|skolene|fylkene|provinsene|"
        r"distriktene|landsbyene)\s*,?\s*(?:er|var|ligger|lå)?\s*$",
        # "strømmen tilbake til 721 husstander"
        r"(?:strøm|strømmen|vann|vannet|elektrisitet)\s+(?:\w+\s+){0,2}(?:til|for)\s*$",
        # the infinitive "(å) ta imot N", "bosette N": a plan, quota, proposal or capacity, not people
        # received ("har tatt imot", "tok imot"); "har måttet ta imot" is what happened
        r"(?<!måttet\s)(?<!måtte\s)(?<!måtta\s)(?<!\w)(?:ta\s+imot|ta\s+i\s+mot|bosette|busetje|busette)\s+"
        r"(?:\w+\s+){0,2}$",
        # money or places for settling: "3,5 milliarder til bosetting av 20.000 flyktninger" (a plan)
        r"(?:til|for)\s+(?:bosetting|bosettingen|busetjing|busetjinga|busetting)\s+av\s*$",
        # the present "Norge tar imot 3000 kvoteflyktninger i år", "kommunen tek imot 40": a
        # year's quota, plan or intake rate, not people received ("har tatt imot", "tok imot")
        r"(?<!\w)(?:tar|tek)\s+(?:\w+\s+)?(?:imot|i\s+mot)\s+(?:\w+\s+){0,1}$",
        # money spent, granted or cost, its currency left out: "vil bruke 4,2 milliarder på
        # integrering", "bevilget 300 millioner til mottak", "kostet 12 millioner" (Nynorsk "bruka",
        # "løyvde", "kosta")
        r"(?:bruke|bruker|brukte|brukt|bruka|brukar|bevilge|bevilger|bevilget|bevilga|bevilgede|løyve|løyver|"
        r"løyvde|løyvd|koste|koster|kostet|kosta|kostar|investere|investerer|investerte|investert|"
        r"(?:sette|setter|satte|satt|setje|set|sett)\s+av|spare|sparer|sparte|spart|spara|sparar)\s+(?:\w+\s+){0,2}$",
        # a casualty count, the verb first (verb second after a place or time): "I Etiopia omkom 22
        # mennesker", "i fjor druknet 40 migranter" (not "mistet": homes are lost too)
        # (a qualifier at most between: "titals er døde og over 100.000 fordrivne" is two groups)
        r"(?:omkom|omkommet|omkome|døde|døydde|drepte|drap|druknet|drukna|forulykket|forulykka)\s+"
        r"(?:det\s+)?(?:(?:minst|over|rundt|nesten|nærmere|nærare|nær|om\s+lag|kring|vel|bortimot|hele|heile|"
        r"totalt|anslagsvis)\s+)?$",
        # "politiet pågrep 14 personer": the people arrested, deported or charged
        r"(?:pågrep|pågreip|pågriper|arresterte|arresterer|anholdt|anheldt|fengslet|fengsla|siktet|sikta|"
        r"uttransporterte|tvangsreturnerte|sendte\s+ut|sende\s+ut)\s+(?:\w+\s+){0,2}$",
    ),
    non_fact_after=(
        # "seks av de ti fylkene", "to av skolebyggene": anlegg og områder
        r"^\s*av\s+(?:de|disse)\s+(?:\d[\d .]*\s+)?(?:[\w-]+\s+){0,2}?(?:fylkene|provinsene|distriktene|"
        r"leirene|sentrene|mottakene|skolene|skolebyggene|landsbyene)\b",
        r"^\s*av\s+(?:skolebyggene|leirene|sentrene|mottakene|fylkene)\b",
        # "721 husstander har fått strømmen tilbake"
        r"^\W*(?:\w+\s+){0,2}(?:fått\s+(?:strømmen|strøm|vann)\s+tilbake|fikk\s+(?:strømmen|strøm)\s+tilbake)",
        r"^\W*(?:\w+\s+){0,3}(?:i|per|hver|om)\s+(?:dagen|døgnet|døgeret|uken|uka|veka|måneden|månaden|året|timen)\b"
        r"(?!\s+(?:fram|frem|som|før|etter|til|da|då))",
        r"^\W*(?:\w+\s+){0,3}(?:per|pr\.|hver|hvert|kvar|kvart)\s+(?:dag|døgn|uke|veke|måned|månad|år|time)\b",
        r"^\W*(?:\w+\s+){0,3}(?:daglig|ukentlig|månedlig|årlig)\b",
        # (not across a comma: "1,7 millioner mennesker, rundt 75 prosent av befolkningen, er ...")
        r"^(?!\s*,)\W*(?:\w+\s+){0,2}(?:om\s+bord|ombord|med\s+symptomer|på\s+sykehus|prosent)\b",
        r"^\W*(?:\w+\s+){0,2}år\s+gamle?\b",
        r"^\W*og\s+en?\s+halv\s+(?:time|dag|døgn|uke|måned|år|kilometer|mil|meter)\w*\b",
        # people counted for what was done to them or what they did: "20 asylsøkere ble pågrepet",
        # "1000 personar er behandla for kolera", "30 flyktninger demonstrerte"
        r"^\W*(?:\w+\s+){0,2}(?:pågrepet|pågripne|pågripen|arrestert|arresterte|anholdt|anhaldne|fengslet|"
        r"fengsla|siktet|sikta|tiltalt|dømt|dømde|dømte|uttransportert|uttransporterte|sendt\s+ut|"
        r"tvangsreturnert\w*)\b",
        r"^\W*(?:\w+\s+){0,2}(?:behandlet|behandla|smittet|smitta|vaksinert|vaksinerte|testet|testa)\s+"
        r"(?:for|mot)\b",
        r"^\W*(?:\w+\s+){0,1}(?:som\s+)?(?:demonstrerte|demonstrerer|protesterte|protesterer|sultestreiket|"
        r"sultestreikar|sultestreiker|svolt|svelt|sveltestreika\w*|sultestreik\w*|deltok|deltek|deltar|stemte|røystar|røysta|"
        # marching: "1000 menneske gjekk i tog for flyktningane", "gikk i fakkeltog"
        r"(?:gikk|gjekk|går|gjeng|marsjerte|marsjerer)\s+i\s+\w*tog|markerte\s+seg)\b",
        # people with no fixed abode (a housing statistic, not people driven from home by an
        # event): "3.300 personer er registrert bostedsløse", "1.200 er bustadlause"
        r"^\W*(?:\w+\s+){0,3}(?:registrert\s+|registrerte\s+)?(?:som\s+)?(?:bostedsløse|bustadlause|bostedsløs|bustadlaus)\b",
        # people counted for work or schooling: "45 av dem har allerede fått jobb", "300 er i arbeid",
        # "200 har fått statsborgerskap" (integration figures)
        r"^\W*(?:\w+\s+){0,4}(?:fått|fikk|fekk|får)\s+(?:\w+\s+)?(?:jobb|arbeid|fast\s+jobb|statsborgerskap|"
        r"studieplass|lærlingplass|læreplass)\b",
        r"^\W*(?:\w+\s+){0,3}(?:er|var)\s+(?:\w+\s+)?(?:i\s+(?:jobb|arbeid|utdanning|utdanning)|sysselsatt\w*)\b",
        # a decision on an application: "150 asylsøkere har fått avslag", "fekk endeleg avslag"
        r"^\W*(?:\w+\s+){0,3}(?:fått|fikk|fekk|får)\s+(?:\w+\s+)?(?:avslag|utvisningsvedtak)\b",
        # a flight from the police, a guard, a prison or a partner: "to menn flyktet fra politiet"
        r"^\W*(?:\S+\s+){0,4}?(?:flyktet|flykta|flykter|flyktar|rømte|rømde|rømt|rømmer|rømer|stakk\s+av|"
        r"(?:er|var)\s+på\s+flukt)\s+(?:fra|frå)\s+(?:\w+\s+)?(?:politi\w*|vakt\w*|vekter\w*|fengsel\w*|"
        r"anstalt\w*|åstedet|ulykkesstedet|kontroll\w*|betjent\w*|ektemann\w*|ektemannen|kona|samboer\w*|"
        r"kjæresten|institusjon\w*|barnevern\w*)",
        # evacuated or rescued from a vessel, a plane or a rig: "over 300 er evakuert fra en
        # brennende elvebåt" (the spec: not from where they live); an apposition may stand between
        # ("passasjerene, 250 i alt, ble evakuert fra toget")
        r"^\W*(?:\w+,?\s+){0,3}(?:evakuert|evakuerte|evakuerast|evakueres|evakuerer|reddet|redda|hentet|henta|"
        r"tatt\s+av|teke\s+av)\s+(?:fra|frå|ut\s+av|om\s+bord\s+på)\s+(?:\w+\s+){0,3}?\w*(?:båt|båten|skip|skipet|"
        r"ferge|ferga|fergen|ferje|ferja|fly|flyet|tog|toget|plattform|plattformen|rigg|riggen|fartøy|fartøyet)\b",
        # or from a public place: a station, a shopping centre, an arena, a hospital ("over 1.000
        # mennesker ble evakuert fra Oslo S", "evakuert fra kjøpesenteret")
        r"^\W*(?:\w+\s+){0,3}(?:evakuert|evakuerte|evakuerast|evakueres|evakuerer)\s+(?:fra|frå|ut\s+av)\s+"
        r"(?:\w+\s+){0,2}?(?:\w*stasjon(?:en)?|(?-i:Oslo\s+S)|kjøpesenter\w*|handlesenter\w*|arena(?:en)?|"
        r"stadion|stadionet|\w*hallen|flyplass(?:en)?|lufthavn(?:en)?|\w*terminal(?:en)?|sykehus(?:et)?|sjukehus(?:et)?|"
        r"butikk(?:en)?|kino(?:en)?|konserthus(?:et)?|festivalområde(?:t)?)\b",
        # the verb first, the people then the public place: "politiet evakuerte 200 mennesker fra
        # kjøpesenteret", "evakuerte 90 reisande frå togstasjonen"
        r"^\W*(?:\w+\s+){0,2}(?:fra|frå|ut\s+av)\s+(?:\w+\s+){0,2}?(?:\w*stasjon(?:en)?|(?-i:Oslo\s+S)|"
        r"kjøpesenter\w*|handlesenter\w*|arena(?:en)?|stadion|stadionet|\w*hallen|flyplass(?:en)?|lufthavn(?:en)?|"
        r"\w*terminal(?:en)?|butikk(?:en)?|kino(?:en)?|konserthus(?:et)?|festivalområde(?:t)?)\b",
        # shut in or stuck inside a building, a lift, a vehicle or traffic, or trapped in rubble (the
        # spec: no word of leaving home): "500 mennesker var innestengt i kjøpesenteret"
        r"^\W*(?:\w+\s+){0,3}(?:innestengt\w*|innestengd\w*|innesperr\w*|sitter\s+fast|satt\s+fast|sat\s+fast|sit\s+fast|"
        r"fanget|fanga)\s+(?:\w+\s+)?(?:i|på|inne\s+i|under)\s+(?:en\s+|et\s+|ei\s+|ein\s+|eit\s+|den\s+|det\s+)?"
        r"\w*(?:senter|senteret|sentret|butikk|butikken|heis|heisen|tunnel|tunnelen|hall|hallen|bygning|bygningen|bygget|"
        r"kontor|kontoret|skole|skolen|skule|skulen|stadion|arena|arenaen|gondol|gondolen|gondolbanen|tog|toget|fly|flyet|"
        r"bil|bilen|bilene|buss|bussen|båt|båten|snøen|køen|trafikken|ruinene|ruinane|ruiner|ruinar|rasmassene|"
        r"rasmassane|bygningsmassen)\b",
        # transferred or sent back under the Dublin rules, deported, or told to leave the country:
        # "1.100 asylsøkere ble returnert til Russland", "vart sende tilbake til Italia"
        r"^\W*(?:\w+\s+){0,3}(?:ble|blei|vart|er|har\s+blitt|har\s+vorte|blir|vert)\s+(?:\w+\s+)?(?:returnert|sendt\s+tilbake|"
        r"sende\s+tilbake|send\s+tilbake|overført|overførte|utvist|utviste|tvangssendt\w*)\s+til\s+(?!(?:sine\s+|sitt\s+|sin\s+)?"
        r"(?:(?:hjem|heim)(?:met|mene|men|ene|en|ane|a)?\b|(?:hjem|heim)(?:by|sted|stad|bygd)|landsby|hus|bolig|bustad)\w*)",
        r"^\W*(?:\S+\s+){0,8}?(?:etter|under|i\s+tråd\s+med|i\s+medhald\s+av|i\s+henhold\s+til)\s+Dublin",
        r"^\W*(?:\w+\s+){0,4}(?:fått|fikk|fekk|får)\s+(?:\w+\s+)?(?:beskjed|ordre|pålegg|vedtak)\s+om\s+å\s+forlate\s+"
        r"(?:Norge|Noreg|landet|riket|Europa|Schengen)\b",
        # people who disappeared: "112 asylsøkere forsvant fra mottak"
        r"^\W*(?:\w+\s+){0,4}(?:som\s+)?(?:har\s+|er\s+)?(?:forsvant|forsvann|forsvinner|forsvinn|forsvunnet|forsvunne|"
        r"forsvunni|sporløst)\b",
        # visitors: "300 mennesker har vært innom leiren"
        r"^\W*(?:\w+\s+){0,2}(?:vært|var|kom|kommet|kome|stakk|svingte)\s+innom\b",
        r"^\W*(?:\w+\s+){0,2}(?:besøkte|besøkt|vitja|vitjar|besøker)\b",
        # "1000 mennesker har meldt seg som frivillige": helpers, not the people helped
        r"^\W*(?:\w+\s+){0,3}som\s+frivillige\b",
        # a casualty count: "35 mennesker ble drept", "4 er framleis sakna" (not "skadet"/"skadde":
        # homes are damaged too)
        r"^\W*(?:(?:ble|blei|vart|er|var|har|hadde|blitt|vorte|fortsatt|framleis|ennå|enno)\s+){0,3}"
        r"(?:drept|drepne|drepte|omkom|omkommet|omkomne|omkome|såret|såra|sårede|døde|døydde|dødd|savnet|"
        r"sakna|savna|druknet|drukna|mistet\s+livet|mista\s+livet)\b",
        # things in use: "250 senger, men bare 180 er i bruk"
        r"^\W*(?:\w+\s+){0,2}i\s+bruk\b",
        # a crowd gathered: "2000 mennesker var samlet til minnestund", "møtte opp"
        r"^\W*(?:\w+\s+){0,2}(?:samlet|samla)\s+(?:seg\s+)?(?:til|for\s+å|utenfor|utanfor|foran|framfor)\b",
        r"^\W*(?:\w+\s+){0,2}(?:møtte|møtt)\s+(?:opp|fram)\b",
        # a difference: "5.000 færre asylsøkere enn året før"
        r"^\s*færre\b|^\s*(?:flere|fleire|mer|meir)\s+(?:\S+\s+){0,6}?enn\b",
        # to be settled or received: "5.000 flyktninger skal bosettes i 2020", "skal busetjast"
        # (a plan or a quota, not people who came)
        r"^\W*(?:\w+\s+){0,2}(?:skal|skulle|bør|burde|må|kan)\s+(?:\w+\s+)?(?:bosettes|bosettast|busetjast|"
        r"busettast|busetjes|tas\s+imot|takast\s+imot|tas\s+i\s+mot|takast\s+i\s+mot|fordeles|fordelast)\b",
        # people without power, water or a service (not without a home): "framleis er 30 000 menneske
        # utan straum", "2.000 husstander er uten vann"
        r"^\W*(?:\w+\s+){0,3}(?:uten|utan)\s+(?:strøm|straum|strømforsyning|straumforsyning|vann|vatn|"
        r"drikkevann|drikkevatn|mobildekning|dekning|nett|internett|telefon|fastlege|lege|jobb|arbeid|skoleplass|"
        r"skuleplass|barnehageplass)\b",
        # taking a course: "80 flyktningar tek norskkurs", "300 tar norskopplæring"
        r"^\W*(?:\w+\s+){0,2}(?:tar|tek|tok|går\s+på|gjekk\s+på|gikk\s+på|følger|følgjer|fullførte|fullført)\s+"
        r"(?:\w+\s+)?(?:norskkurs\w*|norskopplæring\w*|\w*kurs|introduksjonsprogram\w*|\w*utdanning|opplæring\w*)\b",
        # people sent to hospital, on a waiting list, at work or school, in an integration programme
        r"^\W*(?:\w+\s+){0,4}(?:til|på)\s+(?:sykehus|sjukehus|legevakt)\w*",
        r"^\W*(?:\w+\s+){0,2}(?:innlagt|innlagde|lagt\s+inn)\b",
        r"^\W*(?:\w+\s+){0,3}(?:på\s+venteliste|i\s+(?:arbeid|jobb|utdanning|introduksjonsprogram\w*)|"
        r"på\s+(?:norskkurs|introduksjonsprogram\w*))",
    ),
    non_home_evacuation=(
        r"(?:fra|frå|ut\s+av)\s+(?:et\s+|en\s+|ei\s+|det\s+|den\s+)?(?:\w+\s+)?(?:skip\w*|båt\w*|ferge\w*|"
        r"fly(?:et)?|tog(?:et)?|kontor\w*|fabrikk\w*|gruve\w*|stadion|arena\w*|senter\w*|flyplass\w*|"
        r"sykehus\w*|konsert\w*|festival\w*|ambassade\w*|plattform\w*|rigg\w*|bygning\w*|fengsel\w*|"
        # a station, a shop, a school, a church, a hotel ("evakuert fra Oslo S")
        r"\w*stasjon\w*|kjøpesenter\w*|butikk\w*|skole\w*|kirke\w*|kyrkje\w*|hotell\w*|(?-i:Oslo\s+S)\b)",
        r"passasjerer|mannskap\w*|arbeidere|ansatte|diplomater|turister|utlendinger|campinggjester|"
        r"campingplass\w*|hyttegjester|hyttefelt\w*|feriegjester|"
        # a bomb threat clears a public place
        r"bombetrussel\w*|bombetrugsmål\w*",
    ),
    clause_breaks=(r";|\bmen\b|\bmens\b|\bmedan\b|\bderimot\b|\bselv\s+om\b|\bsamtidig\b",),
    temporal_anaphora=(
        r"da|den\s+gang|på\s+det\s+tidspunktet|den\s+gangen",
        # and a consequence of what the sentence before tells, which happened when it did
        r"som\s+(?:en\s+)?følge\s+av\s+dette|som\s+følge",
        # and an addition to its account, of the same time
        r"i\s+tillegg|dessuten",
    ),
    origin_prepositions=(r"(?:fra|frå|ut\s+av)\s+(?:\w+\s+){0,3}$",),
    destination_prepositions=(r"(?:til|inn\s+i|over\s+til|mot)\s+(?:\w+\s+){0,2}$",),
    figure_links=(
        r"(?:har\s+|hadde\s+)?(?:økt|økte|øker|steget|steg|stiger|falt|falt|sank|gått\s+(?:opp|ned))\s+til|"
        r"(?:var|er|har)\s+(?:nå\s+)?(?:kommet|kome)\s+opp\s+i|kom\s+opp\s+i|(?:er|var)\s+(?:nå\s+)?oppe\s+i|"
        r"(?:har\s+|hadde\s+)?(?:passert|passerte|passerer|nådd|nådde|når|oversteg|overstiger|oversteget|rundet|"
        r"runder)|(?:er|var)\s+nå\s+(?:på|over)|ligger\s+(?:nå\s+)?på|lå\s+på|"
        r"(?:opp|ned)\s+fra|sammenlignet\s+med|"
        r"(?:er|var|blir)\s+(?:nå|no|i\s+dag|totalt|samla|til\s+sammen|til\s+saman)",
    ),
    coordinators=(r"og|eller|men|så",),
    modifier_openers=(r"som|der",),
    participle_terms=(r"fordrevet|fordrevne|evakuert|drevet\s+på\s+flukt|tvunget\s+på\s+flukt",),
    second_measure_joiners=(r"og|etter\s+å\s+ha|og\s+bor\s+nå|og\s+er\s+nå",),
    restatement_joiners=(r"\(|eller|dvs\.|det\s+vil\s+si|tilsammen|til\s+sammen",),
    country_scope=(
        r"(?:i\s+)?hele\s+landet|over\s+hele\s+landet|landsdekkende|(?:i\s+)?(?:flere|mange|store)\s+deler\s+av\s+landet",
    ),
    other_words=(r"andre",),
    # compounds are one word ("flyktningleir"): "returnerte 3000 mennesker heim" counts people
    closed_compounds=True,
    # "sine fire barn", "hennes tre barn": one person's family, not a count of people who moved
    non_fact_spans=(
        # a share in small numbers: "tre av fire asylsøkere får opphold", "ni av ti flyktningar"
        r"\b(?:en|ein|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|\d)\s+av\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|"
        r"\d{1,2})\b(?!\s*(?:000|millioner|millionar|tusen|prosent))",
        # an ordinal: digits and a full stop before a lower-case word ("for 2. gang", "den 3. uka",
        # "det 2. året"; a figure ending a sentence is followed by a capital)
        r"(?<![\d.,])\d{1,4}\.(?=[ \t]+[a-zæøå])",
        # a span of time: "de siste 24 timene", "dei neste tre vekene" ("de første 200 evakuerte" are people)
        r"\b(?:de|dei)\s+(?:siste|neste|første|fyrste)\s+\S+\s+(?:dag|døgn|uke|veke|måned|månad|år|time|tim|minutt|"
        r"sekund|kilometer|meter|mil)\w*",
        # deported, the subject after the auxiliary: "I fjor ble 2.000 personer returnert til hjemlandet"
        r"\b(?:ble|blei|vart)\s+(?:\S+\s+){1,4}?(?:returnert|sendt\s+tilbake|sende\s+tilbake|overført|utvist|"
        r"tvangssendt\w*)\s+til\s+(?!(?:sine\s+|sitt\s+|sin\s+)?"
        r"(?:(?:hjem|heim)(?:met|mene|men|ene|en|ane|a)?\b|(?:hjem|heim)(?:by|sted|stad|bygd)|landsby|hus|bolig|bustad)\w*)",
        # an older year after "i" (the engine reads years from 1800 on): "rømte fra Alhambra i 1492"
        r"\b(?:i|anno|år|året)\s+1[0-7]\d\d\b(?!\s*[^\W\d_])",
        # family or money brought along: "tok med seg 3 barn og 200 kroner"
        r"\b(?:tok|tatt|tar|teke|tek)\s+med\s+seg\s+\S+\s+(?:barn\w*|born\w*|søsken|familie\w*|kroner|kr|dollar|"
        r"euro)\b",
        # home from a holiday, a trip or work: "500 nordmenn kom hjem fra ferie"
        r"\b(?:(?:har|hadde|er|var)\s+)?(?:kom|kommet|kome|komme|reiste|reist|dro|dratt|fløy|vendte|vendt|vende)\s+"
        r"(?:\w+\s+)?"
        r"(?:hjem|heim|tilbake)\s+(?:igjen\s+|att\s+)?(?:fra|frå)\s+(?:\w+\s+){0,2}?(?:\w*ferie\w*|\w*tur|\w*turen|"
        r"reise\w*|jobb\w*|arbeid\w*|skolen|skulen|trening\w*|studie\w*|opphold\w*|utlandet|utenlands\w*|"
        r"utanlands\w*|\w*kamp\w*|\w*finale\w*|konsert\w*|festival\w*|\w*stevne\w*|\w*mesterskap\w*|\w*meisterskap\w*|"
        r"turnering\w*|\w*løp\w*|\w*rennet|OL|VM|EM)\b",
        # a difference: "5.000 færre asylsøkere enn året før", "3000 fleire enn i fjor"
        r"\b\d[\d .,]*\s+(?:flere|fleire|mer|meir|færre)\s+(?:\S+\s+){0,5}?enn\b",
        r"\b(?:sine|hans|hennes|deres|mine|våre|dine)\s+\S+\s+(?:barn|barna|sønner|døtre|barnebarn|søsken)\b",
        r"\b\S+\s+(?:barn|barna|sønner|døtre|barnebarn)\s+(?:sine|sin|sitt)\b",
    ),
    # Measures (issue 7): shelter denied, a group counted in the next sentence.
    shelter_negators=(r"utenfor", r"ikke\s+i"),
    anaphora_demonstratives=(
        r"disse",
        r"dei",
        # the number of the sentence before, restated for another time: "I fjor var tallet 5.100",
        # "talet var 2000 året før"
        r"(?:var|er|blei|ble|vart)\s+(?:tallet|talet|antallet)(?:\s+(?:på|nå|no|bare|berre|om\s+lag|rundt|kring))?",
        r"(?:tallet|talet|antallet)\s+(?:var|er|ble|blei|vart)(?:\s+(?:på|nå|no|bare|berre))?",
        # a part of that group, the copula first: "Av disse er 20.000 syrere", "Blant dei var 300 born"
        r"(?:av|blant)\s+(?:dem|dei|disse|desse)\s+(?:er|var)",
    ),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(
        # not a roof received: "60 beboere fikk overnatte på hotell", "150 fikk husrom"
        # nor leave to go home: "fikk 30 av de evakuerte flytte hjem", "fekk lov til å reise heim"
        r"(?:fikk|får|fekk)(?!\s+(?:overnatte|overnatta|husrom|husly|ly|bo|bu|sove|sova|rom|plass|tak\s+over))"
        # nor protection or residence: "fikk 3.000 eritreere beskyttelse", "fekk 13 000 bosniske
        # flyktningar opphald i Noreg"
        r"(?!\s+(?:\S+\s+){0,6}?(?:beskyttelse|vern|asyl|flyktningstatus|opphold|opphald|oppholdstillatelse\w*|"
        r"opphaldsløyve\w*)\b)"
        r"(?!\s+(?:\S+\s+){0,4}?(?:lov\s+(?:til\s+)?(?:å\s+)?)?(?:flytte|flytta|reise|dra|vende|komme|kome)\s+"
        r"(?:hjem|heim|tilbake))",
        r"mottok",
        r"mottar",
        r"delte\s+ut",
        r"deler\s+ut",
        r"hjelp",
        r"nødhjelp",
        r"bistand",
        r"matutdeling",
        r"trenger",
        r"bosett(?:e|es|ing)",
        r"busetj(?:e|ast|ing)",
        r"ta\s+imot",
        r"hjelpe|hjelper|hjelpa|hjalp|hjulpet|hjelpt|bistå|bistår|bisto",
    ),
    health_words=(
        r"testet",
        r"smittet",
        r"tilfeller",
        r"vaksinert",
        r"pasienter",
        r"covid(?:-19)?",
        r"korona\w*",
        r"kolera|meslinger|meslingar|malaria|diaré|behandla|behandlet|smitta|sjuke|syke",
    ),
    custody_words=(
        r"pågrepet",
        r"arrestert",
        r"varetekt",
        r"internert",
        r"deportert",
        r"uttransportert",
        r"elever",
    ),
)

# --- Inflections and Nynorsk forms (issue 8) -------------------------------------------------
# Every form of these verbs and nouns, found through simplemma's Bokmål and Nynorsk lemmas
# ("flykta", "flyktar", "øydela", "øydelagde", "asylsøkjarar", "busette", "heimlause"), and the
# Nynorsk definite plurals the lists above lack ("innbyggjarane", "heimane").
_FLED = ("fled", "displaced")
_DESTROYED = ("destroyed_housing", "homes_destroyed")
LEMMA_TERMS = {
    "flykte": _FLED,
    "flykta": _FLED,
    "rømme": _FLED,
    "evakuere": ("evacuated", "displaced"),
    "fordrive": ("displaced", "displaced"),
    "fordriv": ("displaced", "displaced"),
    "fordreve": ("displaced", "displaced"),
    "ødelegge": _DESTROYED,
    "øydelegge": _DESTROYED,
    "øydeleggje": _DESTROYED,
    "øydelage": _DESTROYED,
    "asylsøker": ("asylum_seekers", "displaced"),
    "asylsøkjar": ("asylum_seekers", "displaced"),
    "asylsøkjarane": ("asylum_seekers", "displaced"),
    "flyktning": ("refugees", "displaced"),
    "busette": ("relocated", "displaced"),
    "bosette": ("relocated", "displaced"),
    "busatt": ("relocated", "displaced"),
    "heimlaus": ("homeless", "displaced"),
    "hjemløs": ("homeless", "displaced"),
}
TERMS = replace(
    TERMS,
    triggers=(
        *TERMS.triggers,
        # "fjerna frå heimane sine", "fjernet fra hjemmene": removed from their homes
        (
            r"(?:fjerna|fjernet|fjernede|flytta\s+ut|flyttet\s+ut)\s+(?:frå|fra|av)\s+(?:\w+\s+)?"
            r"(?:heim\w*|hjem\w*|hus\w*|bustad\w*|bolig\w*)",
            "displaced",
            "displaced",
        ),
        # "tvang 7.000 mennesker fra hjemmene sine": forced from their homes
        (
            r"(?:tvang|tvinga|tvunget|tvinge)\s+(?:\S+\s+){0,4}?(?:fra|frå|ut\s+av)\s+(?:sine\s+)?"
            r"(?:hjem\w*|heim\w*|hus\w*|bolig\w*|bustad\w*)",
            "displaced",
            "displaced",
        ),
        # "drevet 12.000 mennesker fra hjemmene", "drive 4000 menneske frå heimane": driven from
        # their homes, active or passive ("er drivne frå heimane sine"), the figure between
        (
            r"(?:drevet|drev|driver|drive|drivne|driven|drivi)\s+(?:\S+\s+){0,4}?(?:fra|frå|ut\s+av)\s+"
            r"(?:sine\s+|sitt\s+|sin\s+)?(?:hjem\w*|heim\w*|hus\w*|bolig\w*|bustad\w*)",
            "displaced",
            "displaced",
        ),
        # driven or forced across the border or out of the country: "drevet over 90.000 maliere over
        # grensen", "tvinga 3000 menneske ut av landet", "jaget tusenvis over grensa"
        (
            r"(?:drevet|drev|driver|drive|drivne|driven|drivi|tvang|tvinga|tvunget|tvinge|jaget|jaga|jager|jagar)\s+"
            r"(?:\S+\s+){0,4}?(?:over\s+grensen|over\s+grensa|over\s+grensene|over\s+grensene|ut\s+av\s+landet)\b",
            "fled",
            "displaced",
        ),
        # a camp or a centre that "huser" people: who lives there now ("leiren, som nå huser over
        # 100.000 flyktninger"); what it can hold ("kan huse") is a capacity, blocked elsewhere
        (r"(?:huser|husar|huste)\b", "sheltered", "sheltered"),
        # "fire familiar har måtta flytte ut", "måtte flytte ut av husene": made to move out (of
        # their homes: the verb alone says it); not "flytte ut av kontorlokalene"
        (
            r"(?:måttet|måtta|måtte|må)\s+(?:\S+\s+){0,3}?(?:flytte|flytta)\s+ut\b(?!\s+(?:av|fra|frå)\s+"
            r"(?:\w+\s+)?(?:kontor|lokal|butikk|skole|skule|barnehage|sjukehus|sykehus)\w*)",
            "displaced",
            "displaced",
        ),
        # "måtta flytte frå heimane sine", "flyttet ut fra boligene": moved out of their homes
        (
            r"(?:flytte|flytta|flyttet|flytter|flyttar)\s+(?:ut\s+)?(?:fra|frå|av)\s+(?:sine\s+|sitt\s+|sin\s+)?"
            r"(?:hjem\w*|heim\w*|hus\w*|bolig\w*|bustad\w*)",
            "displaced",
            "displaced",
        ),
        # the number or the stream of refugees named by a compound: "flyktningstrømmen fra Kosovo har
        # nådd 300.000", "flyktningtalet passerte 2 millionar", "asylsøkertallet falt til 2.900"
        (r"\w*flyktning(?:e|s)?(?:strøm|straum|tall|tal)\w*", "refugees", "displaced"),
        (r"asyl(?:søker|søkjar|søkar)?(?:e|s)?(?:strøm|straum|tall|tal)\w*", "asylum_seekers", "displaced"),
        # sent away to safety: "dei 3000 innbyggjarane vart sende sørover", "brakt i sikkerhet"
        (
            r"(?:sendt|sende|send|sendte|fraktet|frakta|ført|førte)\s+(?:sørover|nordover|vestover|"
            r"østover|austover|til\s+tryggare\s+område\w*|til\s+tryggere\s+områder)|"
            r"(?:brakt|brakte|bringe|bringer|bringes|bringast|ført|førte|henta|hentet)\s+(?:\S+\s+){0,4}?i\s+"
            r"(?:sikkerhet|tryggleik|tryggheit)",
            "evacuated",
            "displaced",
        ),
        # hiding from war where they are instead of leaving: "rundt 3.500 gjemte seg i gruvene", "gøymde
        # seg i kjellarar" (not in a lorry or under a table)
        (
            r"(?:gjemte|gjemmer|gjømte|gøymde|gøymer|gjemt|gøymt)\s+seg\s+(?:\S+\s+){0,2}?(?:i|under)\s+(?:\S+\s+)?"
            r"(?:kjeller\w*|kjellar\w*|gruve\w*|tunnel\w*|huler|hulene|hule|bunker\w*|tilfluktsrom\w*|"
            r"gammer|gammene|skogen|skogane|skogene|fjellet|fjella|fjellene)\b",
            "remaining",
            "remaining",
        ),
        # evacuees allowed home, now or later, not yet returned: "det er uvisst når de 21 evakuerte
        # får flytte hjem", "dei evakuerte får flytte heim att i morgon": the people are still
        # displaced (not "kan vende tilbake": refugees who may return are a forecast of returns)
        (
            r"(?:får|kan\s+få)\s+(?:lov\s+(?:til\s+)?(?:å\s+)?)?(?:flytte|flytta)\s+(?:hjem|heim)(?:\s+igjen|\s+att)?",
            "displaced",
            "displaced",
        ),
        # evacuation compounds: "tvangsevakuert", "tvangsevakuerte", "masseevakueringa",
        # "nødevakuerast" (forced, mass, emergency)
        (r"(?:tvangs|masse|nød|naud)evakuer\w*", "evacuated", "displaced"),
        (r"tvangsforflytt\w*", "relocated", "displaced"),
        # refused or chose not to leave: civilians still in the area ("nektet å forlate Finnmark",
        # "nekta å flytte frå garden", "ville ikke forlate hjemmene", "valde å bli verande")
        (
            r"(?:nektet|nekta|nekter|nektar|nekte|nektar)\s+å\s+(?:forlate|forlata|flytte|flytta|evakuere|evakuera|"
            r"reise|dra)|(?:ville|vil)\s+ikke\s+(?:forlate|flytte|evakuere)|(?:ville|vil)\s+ikkje\s+(?:forlate|"
            r"forlata|flytte|flytta|evakuere|evakuera)|(?:valgte|valte|valde|velger|vel)\s+å\s+(?:bli|verte)\s+"
            r"(?:igjen|att|værende|verande|buande|boende)",
            "remaining",
            "remaining",
        ),
        # the homes between verb and particle: "brant tre eneboliger ned", "sette 60 bustader
        # under vatn", "la 40 hus i ruiner", "feide 12 hus bort", "tok med seg åtte hus"
        (
            r"(?:brant|brann|brente|brende)\s+(?:\S+\s+){1,3}?ned\b|(?:brente|brende|brenner|brenn|brenne)\s+ned\b|(?:la|lagt|lagde|legg|legger)\s+(?:\S+\s+){1,3}?"
            r"i\s+(?:ruiner|ruinar|grus|aske|oske)\b|(?:feide|feia|feier|skylte|skylde|skylja|skyl|skyller)\s+"
            r"(?:\S+\s+){1,3}?(?:bort|vekk|på\s+sjøen)\b",
            "destroyed_housing",
            "homes_destroyed",
        ),
        (
            r"(?:satte|sette|satt|set|setter|settar)\s+(?:\S+\s+){1,3}?under\s+(?:vann|vatn)\b",
            "partially_destroyed_housing",
            "homes_damaged",
        ),
        # put up for the night in a church, a school, a hall or a community house ("40 menneske
        # søv i Gloppen kyrkje", "sov på bedehuset", "overnattar i samfunnshuset")
        (
            r"(?:sov|søv|sover|sove|sova|overnattet|overnatta|overnatter|overnattar|overnatte)\s+(?:\S+\s+){0,3}?"
            r"(?:på|i)\s+(?:\S+\s+)?(?:\w*kirke(?:n|r|ne)?|\w*kyrkj(?:e|a|er|ene)|\w*skole(?:n|r|ne)?|"
            r"\w*skule(?:n|ar|ane)?|\w*hall(?:en|er|ar|ane|ene)?|hotell\w*|(?:bede|grende|grenda|samfunns|"
            r"forsamlings|ungdoms|kultur|misjons|folke)hus(?:et)?|gymsal\w*|leirskole\w*|leirskule\w*)\b",
            "sheltered",
            "sheltered",
        ),
        # "I 2015 søkte 31.145 personer asyl": the subject after the verb (verb second), the
        # figure between verb and "asyl"
        (
            r"(?:søkte|søkt|søker|søkjer|søkje)\s+(?:\S+\s+){1,4}?(?:om\s+)?(?:asyl|beskyttelse|vern)|"
            r"(?:søke|søkje)\s+(?:om\s+)?(?:asyl|beskyttelse|vern)",
            "asylum_seekers",
            "displaced",
        ),
    ),
    people_nouns=(
        *TERMS.people_nouns,
        # Nynorsk agent and nationality nouns in -ar: "ukrainarar", "eritrearane", "lærarar"
        r"\w{3,}ar(?:ar|ane)|\w+menn(?:ene)?",
        # ... and those that keep the Bokmål "-ier" before it: "malierar", "haitierarane"
        r"\w{2,}ierar(?:ane)?",
        r"innbyggjar(?:ar|ane)|bebuar(?:ar|ane)|personane|menneska|flyktningane|asylsøkj?ar(?:ar|ane)|"
        r"sivile|borna|ungane|kvinnene|mennene|busette",
        # a people most often counted in flight: "500 000 rohingyaer har kome til Bangladesh"
        r"rohingya(?:er|ene|ar|ane)?",
    ),
    unit_nouns={
        **TERMS.unit_nouns,
        "homes": (*TERMS.unit_nouns["homes"], r"heim(?:en|ar|ane|a)?|husa|bustad(?:ar|ane|en)"),
    },
    casualty_words=(
        *TERMS.casualty_words,
        r"drukna|omkome|drepne|døydde|døyr|daud|daude|sakna|skadde|såra|omkomne",
    ),
    non_fact_nouns=(
        *TERMS.non_fact_nouns,
        r"\w*elevar|\w*elevane|tilfelle|tilfella|soldatar|\w*krigarar|\w*styrkar|pasientar|passasjerar|"
        r"tilsette|frivillige|studentar|lærarar|lærarane|turistar|bilar|båtar|dagar|veker|månader|timar|\w*leirar",
        # places and things counted: "85 asylmottak", "tre evakueringssenter", "12 skular"
        r"\w*mottak|\w*mottaka|\w*senter|\w*skular|kyrkjer|\w*hallar|hotell|plassar|\w*plassane|"
        r"\w*kommunar|\w*kommunane|landsbyar|landsbyane|mannskap|mannskaper",
        r"klager|klagar|klagene|klagane|\w*søknader|\w*søknadar|saker|vedtak|henvendelser|førespurnader|oppdrag|"
        r"mandater|mandat|hotellrom|klasserom|hybelrom|soverom|\w*senger|\w*sengene|\w*plasser",
    ),
    non_home_evacuation=(
        *TERMS.non_home_evacuation,
        r"\w*elevar|\w*elever|pasientar|passasjerar|tilsette|tilskodarar|\w*hall(?:en)?|togstasjon\w*|stasjon\w*",
    ),
    lemma_terms={**LEMMA_TERMS, "asylsøkar": ("asylum_seekers", "displaced")},
    lemma_languages=("nb", "nn"),
)

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/nb/roles.py) ----
from uprooted.lang.nb.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
