r"""French reporting terms, units and non-facts (read by extract/engine.py).

Regex fragments, matched case-insensitively on whole words; noun entries match one token.
French glues the elided article to the noun ("d'habitants", "l'ONU"): the tokeniser keeps
"d'habitants" as one token, so noun entries accept an optional `d'`/`l'` in front.
Participles agree in gender and number: `é(?:e|s|es)?` covers "évacué/évacuée/évacués/évacuées".
"""

from dataclasses import replace

from uprooted.lang.base import TermData

_E = r"(?:e|s|es)?"  # participle agreement
_ELIDED = r"(?:[dl]['’])?"
_HOME = r"(?:foyers?|maisons?|domiciles?|logements?|habitations?|villages?|terres|quartiers?|demeures?)"
_SHELTER_PLACE = (
    r"(?:[dl]['’])?(?:camps?|tentes|abris|centres?|écoles?|églises?|mosquées?|gymnases?|stades?|salles?|sites?|"
    r"familles\s+d['’]accueil|bâtiments\s+publics|hôtels?|installations?)"
)

_RAW_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # Warnings, orders, projections: at_risk.
    (
        r"(?:appelé|sommé|invité|exhorté|prié|enjoint|ordonné|demandé)"
        + _E
        # the people told may be named at length between: "ont demandé aux 6 000 habitants des
        # quartiers riverains du fleuve de quitter leurs maisons"
        + r"\s+(?:\S+\s+){0,10}?(?:d['’]|de\s+|à\s+)(?:évacuer|quitter|partir|fuir)(?:\s+(?:leurs?|la|le|les)\s+"
        + _HOME
        + r")?|"
        r"ordres?\s+d['’]évacuation|(?:appels?|consignes?|avis|alertes?)\s+(?:à\s+l['’]|d['’])évacuation|"
        r"évacuation\s+(?:obligatoire|préventive|ordonnée)|menacé" + _E + r"\s+d['’](?:expulsion|évacuation)|"
        # the order received: "ont reçu l'ordre d'évacuer la ville", "reçoivent l'ordre de partir"
        r"(?:reçu|reçoivent|recevaient|reçoit)\s+(?:l['’]|un\s+|des\s+)ordres?\s+(?:d['’]évacuer|de\s+(?:quitter|"
        r"partir|fuir))|"
        # "ont ordonné l'évacuation de 40 000 habitants": ordered, not (yet) carried out
        r"(?:ordonné|ordonne|ordonnent|ordonnait|ordonnèrent|décrété|décrète|décrètent|exigé|exige|"
        r"exigent|demandé|demande|demandent|appelé\s+à|appelle\s+à|appellent\s+à)\s+(?:\S+\s+){0,2}?"
        r"l['’]évacuation",
        "at_risk",
        "at_risk",
    ),
    (
        r"(?:pourraient|pourrait|pourront|pourra|risquent|risque|devraient|devrait|devront|doivent|vont|"
        r"seront|sont\s+susceptibles)\s+(?:\w+\s+)?(?:d['’]|de\s+)?(?:être|se\s+retrouver)\s+(?:déplacé|"
        r"évacué|expulsé|jeté|chassé|contraint)" + _E + r"|(?:pourraient|pourrait|risquent|devront|"
        r"devraient)\s+(?:\w+\s+)?(?:fuir|quitter\s+leurs?\s+"
        + _HOME
        + r"|devoir\s+(?:fuir|partir|quitter|abandonner|être\s+évacué"
        + _E
        + r"))|"
        r"(?:menacé|exposé)" + _E + r"\s+(?:de\s+|d['’])(?:déplacement|être\s+déplacé" + _E + r")|"
        r"(?:pris|piégé)" + _E + r"\s+(?:entre\s+deux\s+feux|sous\s+les\s+tirs\s+croisés)|"
        # forced to leave, in the future or the conditional: "seront obligées de fuir"
        r"(?:seront|sera|serait|seraient|vont\s+être|va\s+être|pourraient\s+être|pourrait\s+être|"
        r"risquent\s+d['’]être)\s+(?:\w+\s+)?(?:contraint|obligé|forcé|poussé)"
        + _E
        + r"\s+(?:à\s+|de\s+|d['’])"
        r"(?:l['’])?(?:exil|fuir|partir|quitter|abandonner)",
        "at_risk",
        "at_risk",
    ),
    # Sheltered.
    (
        r"camps?(?:\s+de\s+(?:déplacés|réfugiés|fortune|transit|tentes|secours))?",
        "in_relief_camp",
        "sheltered",
    ),
    (
        r"(?:vivent|vivant|vivaient|séjournent|restent|demeurent|sont|étaient|se\s+trouvent|logent|"
        r"installé" + _E + r")\s+(?:toujours\s+|encore\s+|désormais\s+|actuellement\s+)?(?:dans|sous|en)\s+"
        r"(?:\S+\s+){0,3}?camps?",
        "in_relief_camp",
        "sheltered",
    ),
    (
        # (not a bare "installés": "réfugiés installés au Cameroun" live there, settled, and may be
        # the returnees of the sentence; settled in a shelter is read below)
        # (not refugees a country took in: "la Pologne a accueilli 2 millions de réfugiés" counts
        # refugees, not people in shelters; "la commune a accueilli 500 sinistrés" is a shelter)
        r"(?:hébergé|accueilli|logé|abrité|relogé\s+temporairement|recueilli)"
        + _E
        + r"(?!\s+(?:[\w'’]+\s+){0,6}?réfugié)|"
        r"(?:ont\s+|avaient\s+)?trouvé\s+refuge|se\s+sont\s+abrité" + _E + r"|"
        # "se sont réfugiés dans une église", "chez des proches"; not "se sont réfugiés au Tchad",
        # "sont réfugiés en Turquie" (people who fled: the refugees trigger below)
        r"(?:se\s+sont|s['’]étaient|s['’]est|sont|étaient)\s+réfugié"
        + _E
        + r"\s+(?:chez|(?:dans|à|au|aux|en|sous|"
        r"sur)\s+(?:\S+\s+){0,2}?" + _SHELTER_PLACE + r")|"
        r"centres?\s+(?:d['’]hébergement|d['’]accueil|d['’]évacuation|de\s+transit|collectifs?)|"
        r"sites?\s+(?:d['’]accueil|de\s+déplacés|de\s+regroupement|d['’]hébergement)|"
        r"abris?\s+(?:provisoires?|temporaires?|d['’]urgence|collectifs?)|hébergement\s+d['’]urgence|"
        r"familles\s+d['’]accueil|(?:vivent|vivant|sont|restent|logent|dorment|installé" + _E + r")"
        r"\s+(?:toujours\s+|encore\s+)?"
        r"(?:dans|sous|chez|en|sur)\s+(?:\S+\s+){0,3}?"
        + _SHELTER_PLACE
        + r"|écoles|églises|mosquées|gymnases|"
        r"tentes|hôtels",
        "sheltered",
        "sheltered",
    ),
    # "ont passé la nuit dans des gymnases", "s'entassent dans l'enceinte du monastère",
    # "déplacés entassés sur le site de l'aéroport": a night or a crowd in a shelter place.
    (
        r"(?:ont\s+|avaient\s+)?(?:passé|passent|passeront|passer)\s+la\s+nuit(?=\s+(?:\S+\s+){0,8}?"
        r"(?:dans|à|au|en|sous|sur)\s+(?:\S+\s+){0,3}?" + _SHELTER_PLACE + r")|"
        r"(?:s['’])?entass(?:ent|aient|és|ées|é|ée)(?=\s+(?:\S+\s+){0,2}?(?:dans|sur|sous|à|au)\s+"
        r"(?:\S+\s+){0,4}?(?:site|camp|enceinte|monastère|église|cathédrale|mosquée|mission|école|stade|"
        r"aéroport|centre|abri|bâtiment|gymnase|paroisse|couvent|base)s?\b)",
        "sheltered",
        "sheltered",
    ),
    # Returns. An evacuation order lifted lets people go home: "Après la levée de l'ordre
    # d'évacuation, 3 000 habitants ont pu regagner leur domicile".
    (
        r"(?:levée|levé|lever|fin|suspension)\s+(?:de\s+l['’]|des\s+|d['’]|l['’])(?:ordres?\s+d['’]|arrêtés?\s+d['’]|"
        r"mesures?\s+d['’])?évacuation",
        "returned",
        "returned",
    ),
    (
        r"(?:sont|étaient|ont\s+pu|avaient\s+pu)?\s*(?:rentré|retourné|revenu|reparti)"
        + _E
        + r"(?:\s+chez\s+eux|\s+dans\s+leurs?\s+"
        + _HOME
        + r")?|rentrer|retourner|revenir|regagné|regagner|"
        # the infinitive too: "a permis de rapatrier 150 Ivoiriens bloqués en Libye"
        r"de\s+retour|retours?|rapatrier|rapatrié"
        + _E
        + r"|rapatriements?|réintégré\s+leurs?\s+"
        + _HOME
        + r"|retournés|rentrés|revenus|rapatriés",
        "returned",
        "returned",
    ),
    # Remaining, trapped.
    (
        r"(?:toujours|encore)\s+(?:bloqué|piégé|coincé|assiégé|encerclé)"
        + _E
        + r"|bloqué"
        + _E
        + r"|piégé"
        + _E
        + r"|coincé"
        + _E
        + r"|pris"
        + _E
        + r"\s+au\s+piège|assiégé"
        + _E
        + r"|encerclé"
        + _E
        + r"|sous\s+siège|isolé"
        + _E
        + r"\s+par\s+les\s+eaux",
        "trapped",
        "remaining",
    ),
    (
        # not where people stay after fleeing: "restent à Bunia après avoir fui leurs villages"
        r"(?:(?:sont|restent|demeurent|vivent|se\s+trouvent)\s+(?:toujours|encore)\s+(?:à|dans|en|sur)|"
        r"rest(?:é|ée|és|ées|ent|aient)\s+(?:sur\s+place|dans|à|en|derrière))(?!\s+(?:\S+\s+){0,8}?(?:après|depuis)\s+"
        r"(?:avoir\s+(?:fui|quitté|abandonné|été\s+(?:chassé|déplacé|expulsé))|leur\s+(?:fuite|départ|déplacement)))|"
        r"toujours\s+sur\s+place|"
        r"(?:encore|toujours)\s+présent" + _E + r"|restant" + _E + r"|n['’]ont\s+pas\s+pu\s+(?:fuir|partir|"
        r"quitter)|dans\s+l['’]incapacité\s+de\s+(?:fuir|partir)",
        "remaining",
        "remaining",
    ),
    # Displaced.
    (
        r"(?:ont|avaient|ont\s+dû|avaient\s+dû|ont\s+été\s+contraint" + _E + r"\s+de|auraient)\s+fui|fui|"
        r"fuient|fuyaient|fuyant|fuir|s['’]enfuir|se\s+sont\s+enfui" + _E + r"|enfui" + _E + r"|"
        r"(?:ont\s+|avaient\s+)?pris\s+la\s+fuite|fuite|exode|fuyards",
        "fled",
        "displaced",
    ),
    (
        # ("d'abandonner": "de" elides before a vowel)
        r"(?:ont|avaient)\s+(?:dû\s+|été\s+(?:contraint|forcé|obligé)"
        + _E
        + r"\s+(?:de\s+|d['’]))(?:quitter|abandonner)"
        r"(?:\s+\w+){0,2}|(?:forcé|contraint|obligé|poussé)"
        + _E
        + r"\s+(?:\S+\s+){0,6}?(?:à\s+|de\s+)(?:l['’])?"
        # "ont poussé 250 000 personnes à se réfugier autour de Goma": made to flee
        r"(?:exil|fuir|partir|quitter|se\s+réfugier(?!\s+(?:dans|à|au|aux|en|sous|sur)\s+(?:\S+\s+){0,2}?"
        + _SHELTER_PLACE
        + r")|s['’]exiler|s['’]enfuir)|"
        # a town or area left, named or not: "ont quitté Khan Younès", "ont dû quitter la ville"
        r"(?:ont|avaient|ont\s+dû|avaient\s+dû)\s+(?:quitté|quitter|abandonné|abandonner)\s+(?:la\s+ville|le\s+village|"
        r"la\s+localité|la\s+commune|la\s+zone|la\s+région|le\s+quartier|l['’]île|(?-i:[A-ZÀÂÉÈÎÔ])[\w'’-]+)|"
        r"(?:ont\s+)?(?:quitté|abandonné)\s+(?:leurs?|ses|son|sa)\s+"
        + _HOME
        + r"|déplacé"
        + _E
        + r"|déplacements?|(?:déplacés|personnes\s+déplacées)\s+internes|PDI|IDP|"
        r"chassé" + _E + r"(?:\s+de\s+chez\s+eux)?|déraciné" + _E + r"|jeté" + _E + r"\s+sur\s+les\s+routes|"
        r"poussé" + _E + r"\s+à\s+l['’]exil|exilé" + _E + r"|en\s+exil|afflux",
        "displaced",
        "displaced",
    ),
    (
        r"évacué"
        + _E
        + r"|évacuations?|(?:ont\s+été\s+|ont\s+dû\s+être\s+)?mis"
        + _E
        + r"\s+à\s+l['’]abri|mis"
        + _E
        + r"\s+en\s+sécurité|héliporté"
        + _E
        + r"|secouru"
        + _E
        + r"\s+et\s+(?:évacué|transféré|relogé)"
        + _E,
        "evacuated",
        "displaced",
    ),
    (
        r"sans[\s-]+abris?|sans[\s-]+logis|sans\s+(?:toit|logement|domicile|maison)|"
        r"(?:ont\s+|avaient\s+)?perdu\s+(?:leurs?|ses|son|sa)\s+(?:maisons?|logements?|foyers?|habitations?|"
        r"domiciles?|toits?)|(?:se\s+sont\s+)?retrouvé" + _E + r"\s+à\s+la\s+rue|à\s+la\s+rue",
        "homeless",
        "displaced",
    ),
    (
        r"relogé" + _E + r"|relocalisé" + _E + r"|réinstallé" + _E + r"|réinstallations?|relogements?|"
        r"transféré" + _E + r"\s+(?:vers|dans|à)",
        "relocated",
        "displaced",
    ),
    (
        r"expulsé" + _E + r"|expulsions?|déguerpi" + _E + r"|déguerpissements?|délogé" + _E,
        "evicted",
        "displaced",
    ),
    (
        r"réfugié"
        + _E
        + r"|(?:ont\s+)?(?:traversé|franchi)\s+la\s+frontière|passé"
        + _E
        + r"\s+(?:la\s+frontière|en\s+)"
        # "4 150 personnes ont traversé en Slovaquie", like "crossed into" (a country after it)
        + r"|(?:ont\s+)?traversé\s+(?:en|vers)\s+",
        "refugees",
        "displaced",
    ),
    (
        r"demandeurs?\s+d['’]asile|(?:ont\s+)?demandé\s+l['’]asile|demandes?\s+d['’]asile|"
        r"sollicité\s+l['’]asile",
        "asylum_seekers",
        "displaced",
    ),
    # Homes.
    (
        r"(?:totalement\s+|complètement\s+|entièrement\s+)?(?:détruit|rasé|effondré|emporté|incendié|brûlé|"
        r"écroulé|soufflé|anéanti|démoli|dévasté)" + _E + r"|réduit" + _E + r"\s+en\s+(?:cendres|ruines)|"
        r"destructions?|se\s+sont\s+effondré" + _E,
        "destroyed_housing",
        "homes_destroyed",
    ),
    (
        r"(?:partiellement|gravement|sérieusement|légèrement)\s+(?:détruit|endommagé|touché)" + _E + r"|"
        r"endommagé" + _E + r"|inondé" + _E + r"|submergé" + _E + r"|fissuré" + _E + r"|dégâts|dommages|"
        r"sous\s+les\s+eaux|envahi" + _E + r"\s+par\s+les\s+eaux",
        "partially_destroyed_housing",
        "homes_damaged",
    ),
    (r"inhabitables?", "uninhabitable_housing", "homes_destroyed"),
)

# French puts adjectives after the noun: in "2 300 familles sinistrées sont hébergées" the word
# "sinistrées" (affected) stands between the noun and its predicate. A trigger may open with
# such an adjective, so the predicate governs, not the adjective.
_POSTPOSED = (
    r"(?:(?:sinistré|affecté|touché)(?:e|s|es)?\s+(?:et\s+)?(?:(?:ont|sont|été|étaient|avaient)\s+){0,2})?"
)
TRIGGERS = tuple((_POSTPOSED + "(?:" + rx + ")", term, measure) for rx, term, measure in _RAW_TRIGGERS)

_PEOPLE = (
    r"personnes|habitants|civils|résidents|riverains|villageois|gens|âmes|individus|enfants|femmes|"
    r"hommes|citoyens|ressortissants|populations?|familles?\s+entières|déplacés|déplacées|réfugiés|"
    r"réfugiées|évacués|évacuées|sinistrés|sans-abri|sans-abris|rapatriés|retournés|rescapés|"
    r"migrants|exilés|survivants|pdi|idp|idps|agriculteurs|éleveurs|pêcheurs|nomades|âgés|"
    r"membres|ménagères|mineurs|"
    # peoples and communities often counted as displaced, whose names no demonym ending gives
    # "70 000 d'entre elles": a part of the people counted before
    r"eux|elles|"
    r"rohingyas?|kurdes|yézidis|yazidis|touaregs?|peuls|roms|tutsis|hutus|chrétiens|musulmans|"
    # Demonyms as nouns: "Syriens", "Congolais", "Burundaises".
    r"(?-i:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:iens|iennes|ains|aines|ais|aises|ois|oises|ens|ennes|ites|ains|ots))"
)

TERMS = TermData(
    triggers=TRIGGERS,
    people_nouns=(_ELIDED + "(?:" + _PEOPLE + ")",),
    unit_nouns={
        "families": (_ELIDED + r"familles?",),
        "households": (_ELIDED + r"ménages?|" + _ELIDED + r"foyers",),
        "homes": (
            _ELIDED + r"(?:maisons?|logements?|habitations?|domiciles?|bâtiments?|cases|huttes|abris|"
            r"immeubles?|appartements?|constructions?|bâtisses|demeures|masures|toits|édifices)",
        ),
    },
    non_fact_nouns=(
        _ELIDED + r"(?:combattants|soldats|militaires|rebelles|insurgés|miliciens|milices|jihadistes|"
        r"djihadistes|terroristes|assaillants|policiers|gendarmes|agents|pompiers|sapeurs-pompiers|"
        r"secouristes|sauveteurs|employés|salariés|travailleurs|ouvriers|volontaires|bénévoles|"
        r"humanitaires|médecins|infirmiers|patients|passagers|élèves|étudiants|enseignants|touristes|"
        r"visiteurs|spectateurs|électeurs|journalistes|prisonniers|détenus|otages|morts|tués|blessés|"
        r"victimes|décès|corps|cas|jours|semaines|mois|ans|années|heures|minutes|fois|euros|dollars|"
        r"francs|tonnes|kilomètres|km|mètres|hectares|tentes|couvertures|kits|bâches|camions|"
        r"véhicules|voitures|bus|bateaux|embarcations|navires|hélicoptères|avions|vols|roquettes|obus|"
        r"bombes|missiles|frappes|raids|attaques|explosions|incendies|feux|séismes|répliques|écoles|"
        r"hôpitaux|centres|villages|localités|communes|provinces|préfectures|départements|pays|villes|"
        r"sites|camps|quartiers|régions|districts|territoires|routes|ponts|têtes|bêtes|animaux|"
        r"bovins|moutons|chèvres|volailles|repas|rations|lits|places|ong|organisations|agences|"
        r"millimètres|mm|degrés|voix|sièges|points|appels|plaintes|demandes|dossiers|articles)",
    ),
    casualty_words=(
        r"tué" + _E + r"|tuant|tués|morts?|mortes|décédé" + _E + r"|décès|ont\s+péri|péri|périssent|"
        r"blessé" + _E + r"|blessant|disparu" + _E + r"|portés?\s+disparus|noyé" + _E + r"|"
        r"victimes|ont\s+perdu\s+la\s+vie|perdu\s+la\s+vie|trouvé\s+la\s+mort|mort" + _E + r"|"
        r"enseveli"
        + _E
        + r"|sous\s+les\s+décombres|cadavres|corps\s+sans\s+vie|massacré"
        + _E
        + r"|exécuté"
        + _E
        + r"|tombés",
    ),
    soft_blockers=(
        r"affecté" + _E + r"|touché" + _E + r"|sinistré" + _E + r"|dans\s+le\s+besoin|besoin|besoins|"
        r"nécessit(?:ent|ant)|assisté"
        + _E
        + r"|aidé"
        + _E
        + r"|(?:ont\s+)?reçu(?!\s+(?:l['’]|un\s+|des\s+)ordres?\b)|"
        r"bénéficié|bénéficiaires|"
        r"vacciné" + _E + r"|soigné" + _E + r"|hospitalisé" + _E + r"|infecté" + _E + r"|malades|"
        r"arrêté"
        + _E
        + r"|interpellé"
        + _E
        + r"|enlevé"
        + _E
        + r"|kidnappé"
        + _E
        + r"|secouru"
        + _E
        + r"|sauvé"
        + _E
        + r"|exposé"
        + _E
        + r"|vivent|vivant|habitent|habitant\s+(?:dans|à|en)|"
        r"souffrent|en\s+situation\s+d['’]insécurité\s+alimentaire|à\s+bord|manifest(?:é|ent|aient)|"
        r"(?:privant|privé"
        + _E
        + r")\s+(?:\S+\s+){0,6}?(?:d['’](?:un\s+accès\s+à\s+l['’])?(?:éducation|école|enseignement)|"
        r"de\s+(?:l['’]école|scolarité|cours))|déscolarisé" + _E + r"|non\s+scolarisé" + _E,
    ),
    # "ne" right before the verb it stands on, with no "pas" between, is the expletive "ne" of
    # "le HCR craint que 100 000 personnes ne fuient": no negation (the negated "ne fuient pas"
    # has its "pas" after the verb; compound tenses put it between: "n'ont pas fui")
    negations=(r"ne(?=\s+\S)|n['’]\w+|pas|aucun|aucune|jamais|ni|nullement|personne\s+n['’]a",),
    hypotheticals=(
        r"pourrait|pourraient|pourra|pourront|pourrait|risque|risquent|devraient|devrait|devront|"
        r"prévu" + _E + r"|prévoi(?:t|ent)|prévisions?|attendu" + _E + r"|craint|craignent|crainte|"
        r"redout\w+|(?:de\s+)?peur\s+que|appréhend\w+|"
        r"menace|menacé" + _E + r"|éventuel\w*|si|s['’]ils?|d['’]ici|projections?|plans?|"
        r"planifi\w+|susceptibles?|potentiellement|scénario|hypothèse",
    ),
    bare_followers=(
        r"ont|avaient|auraient|a|avait|sont|étaient|seraient|serait|est|était|sera|seront|ont\s+été|"
        r"se|s['’]\w+|y|en|à|au|aux|dans|de|du|des|d['’]\w+|l['’]\w+|le|la|les|depuis|selon|et|ou|"
        r"mais|sur|vers|pour|par|parmi|dont|qui|que|qu['’]\w+|déjà|encore|toujours|désormais|"
        r"actuellement|environ|autres|au\s+total|en\s+tout|chez|hors|sous|entre|contre|avec|sans|"
        r"cette|ce|ces|leur|leurs|sont|fuient|vivent|restent|demeurent|attendent|"
        r"\w+(?:é|ée|és|ées|is|ies|ait|aient|ant|ent)",
    ),
    noun_gap_words=(
        r"de|d['’]entre|des|nouveaux|nouvelles|nouvelle|nouveau|autres|supplémentaires|civils|"
        r"civiles|environ|enregistrés|enregistrées|recensés|recensées|déplacés|déplacées|"
        r"membres|au\s+total|"
        # adjectives of nationality after the noun head are read by the noun itself; before it:
        r"jeunes|pauvres|vulnérables|locaux|locales",
    ),
    non_fact_before=(
        # lives saved: "a sauvé la vie de plus de 1 000 personnes" (rescued, no word of leaving home)
        r"(?:sauvé|sauvée|sauvés|sauver|sauvant|sauve)\s+(?:la\s+vie\s+(?:de|d['’])\s*|les\s+vies\s+de\s+)?"
        r"(?:(?:plus\s+de|près\s+de|quelque|environ|au\s+moins)\s+)?$",
        r"(?:tentes?|abris|places?|capacité|logements|lits|sites?|centres?|camps?|assez)\s+"
        r"(?:pour|pouvant\s+(?:accueillir|héberger|abriter)|d['’]une\s+capacité\s+de)\s*$",
        r"capacité\s+(?:de|d['’]accueil\s+de)\s*$",
        r"(?:pouvant|peut|peuvent|capable\s+d['’])\s*(?:accueillir|héberger|abriter|loger)\s*$",
        # "un camp prévu pour 250 000 personnes": what a place is built for, not who is there
        r"(?:prévu|conçu|construit|destiné|aménagé|dimensionné|équipé)e?s?\s+pour\s*$",
        r"(?:augment(?:é|ation)|hausse|baisse|dimin(?:ué|ution)|recul(?:é)?|progress(?:é|ion))\s+de\s*$",
        r"(?:âgée?s?\s+de|âge\s+de|population\s+de|ville\s+de|commune\s+de|peuplée?\s+de|"
        r"comptant)\s*$",
        r"(?:route|nationale|vol|résolution|article|chapitre|niveau|catégorie|phase|n°)\s*$",
        r"(?:des|les|ces|au\s+cours\s+des|pendant\s+les|durant\s+les)\s+(?:derniers?|dernières|prochains?|"
        r"prochaines)\s*$",
    ),
    non_fact_after=(
        r"^\W*(?:\w+\s+){0,3}(?:par|chaque)\s+(?:jour|semaine|mois|an|année|heure)\b",
        r"^\W*(?:\w+\s+){0,3}(?:quotidiennement|hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?)\b",
        r"^\W*(?:\w+\s+){0,2}(?:à\s+bord|avec\s+des\s+symptômes|à\s+l['’]hôpital|pour\s+cent)\b",
        r"^\W*(?:\w+\s+){0,2}âgés?\s+de\b",
        # without power or water: exposed, not displaced ("100 000 foyers restent privés d'électricité")
        r"^\W*(?:\S+\s+){0,3}?(?:privée?s?\s+d['’]|privée?s?\s+de\s+|sans\s+)(?:électricité|courant|eau\s+potable|"
        r"eau|chauffage|gaz)\b",
    ),
    non_home_evacuation=(
        r"(?:d['’]un|d['’]une|du|de\s+la|de\s+l['’]|des|hors\s+du|hors\s+de\s+la)\s*(?:\w+\s+)?(?:navire|"
        r"bateau|ferry|paquebot|avion|train|bureaux?|usine|mine|stade|salle|centre\s+commercial|aéroport|"
        r"hôpital|hôpitaux|concert|festival|ambassade|tour|plateforme|bâtiment|prison|université|campus|"
        r"hôtel|croisière|gare|métro)\b",
        r"passagers|équipage|ouvriers|employés|salariés|commerçants|marchands|clients|"
        r"diplomates|touristes|étrangers|ressortissants|"
        r"spectateurs|élèves|patients|campeurs|vacanciers|estivants|(?:terrain\s+de\s+)?camping",
    ),
    clause_breaks=(
        r";|\bmais\b|\btandis\s+que\b|\balors\s+que\b|\bcependant\b|\btoutefois\b|\bpar\s+ailleurs\b",
    ),
    temporal_anaphora=(
        r"alors|à\s+l['’]époque|à\s+ce\s+moment(?:-là)?|ce\s+jour-là",
        # and a consequence of what the sentence before tells, which happened when it did
        r"en\s+conséquence|par\s+conséquent|de\s+ce\s+fait",
        # and an addition to its account, of the same time
        r"en\s+outre|de\s+plus",
    ),
    # (not the "de" of a name's own type noun: "le camp de Farchana", "la ville d'Abéché" name the
    # place, they do not say people came from it)
    origin_prepositions=(
        r"(?<!\bcamp\s)(?<!\bcamps\s)(?<!\bsite\s)(?<!\bville\s)(?<!\bvillage\s)(?<!\bcommune\s)"
        r"(?<!\blocalité\s)(?<!\bquartier\s)"
        r"(?:\b(?:de|du|des)|d['’]|depuis|hors\s+de|fui|fuyant|quitté|quitter)\s*(?:l['’]|la\s+|le\s+)?"
        r"(?:\w+\s+|\w+['’]){0,3}$",
    ),
    destination_prepositions=(
        r"(?:vers|jusqu['’]à|en\s+direction\s+de|rejoint|gagné|atteint|"
        # "ont traversé en Slovaquie", "sont passés au Tchad": crossed into
        r"(?:traversée?s?|passée?s?|entrée?s?)\s+(?:en|au|aux)|"
        # "sont rentrés à Bangui", "retournés au Burundi": where returnees went back to
        r"(?:rentrée?s?|retournée?s?|revenue?s?|rapatriée?s?)\s+(?:à|au|aux|en|dans))"
        r"\s+(?:l['’]|la\s+|le\s+)?(?:\w+\s+){0,2}$",
    ),
    restatement_joiners=(r"\(|soit|ou|c['’]est-à-dire|représentant|totalisant|équivalant\s+à",),
    other_words=(r"autres?|de\s+plus|supplémentaires",),
    modifier_openers=(r"qui|que|dont|lesquel(?:le)?s",),
    participle_terms=(
        r"déplacé(?:e|s|es)?|évacué(?:e|s|es)?|sinistré(?:e|s|es)?|délogé(?:e|s|es)?|"
        r"expulsé(?:e|s|es)?|chassé(?:e|s|es)?|réfugié(?:e|s|es)?|sans[- ]abri|rapatrié(?:e|s|es)?",
    ),
    coordinators=(r"et|ou|mais|puis",),
    # "ses quatre enfants": one person's family, not a count of people who moved
    non_fact_spans=(
        r"\b(?:ses|leurs|mes|nos|vos|tes|son|sa)\s+\S+\s+(?:enfants|fils|filles|petits-enfants|frères|sœurs)\b",
        # a population: "la ville compte 45 000 habitants", "abritant deux millions d'âmes" (a
        # country that "compte un million de réfugiés" states a fact)
        r"\b(?:compte|comptent|comptait|comptaient|abrite|abritent|abritait|abritant)\s+(?:\S+\s+){0,4}?"
        r"(?:[dl]['’])?(?:habitants|âmes|résidents)\b",
    ),
    # Measures (issue 7): shelter denied, a group counted in the next sentence.
    shelter_negators=(r"hors\s+des?", r"en\s+dehors\s+des?", r"pas\s+dans\s+les?"),
    anaphora_demonstratives=(
        r"ces",
        r"celles?-ci",
        r"ceux-ci",
        # a part of that group: "Parmi eux figurent 900 000 Syriens", "Parmi elles, on compte 300"
        r"parmi\s+(?:eux|elles|ceux-ci|celles-ci),?\s+(?:figurent|se\s+trouvent|on\s+compte|il\s+y\s+a)",
    ),
    # Word classes for the fact model (issue 7): people counted for another reason.
    aid_words=(
        r"distribu\w+",
        r"fourni\w*",
        # not an order received: "ont reçu l'ordre d'évacuer" (the at_risk trigger)
        r"reçu\w*(?!\s+(?:l['’]|un\s+|des\s+)ordres?\b)",
        r"bénéfici\w+",
        r"assist\w+",
        r"aide\s+alimentaire",
        r"kits?",
        r"ont\s+besoin",
        r"dans\s+le\s+besoin",
        r"enregistr\w+",
    ),
    health_words=(
        r"test\w+",
        r"cas",
        r"vaccin\w+",
        r"patients?",
        r"infect\w+",
        r"covid(?:-19)?",
        r"choléra",
        r"paludisme",
    ),
    custody_words=(r"détenu\w*", r"arrêt\w+", r"interpell\w+", r"expuls\w+", r"réinstall\w+", r"élèves?"),
)

# --- Inflections (issue 8) -------------------------------------------------------------------
# Every form of these verbs, found through simplemma's lemmas (passé simple, present and
# imperfect forms the triggers above do not spell out: "fuirent", "évacuèrent", "détruisit").
LEMMA_TERMS = {
    "fuir": ("fled", "displaced"),
    "enfuir": ("fled", "displaced"),
    "évacuer": ("evacuated", "displaced"),
    "évacué": ("evacuated", "displaced"),
    "déplacer": ("displaced", "displaced"),
    "déplacé": ("displaced", "displaced"),
    "détruire": ("destroyed_housing", "homes_destroyed"),
    "endommager": ("partially_destroyed_housing", "homes_damaged"),
    "endommagé": ("partially_destroyed_housing", "homes_damaged"),
    "reloger": ("relocated", "displaced"),
    "relogé": ("relocated", "displaced"),
    "expulser": ("evicted", "displaced"),
    "expulsé": ("evicted", "displaced"),
}
TERMS = replace(TERMS, lemma_terms=LEMMA_TERMS, lemma_languages=("fr",))

# --- Roles (issue 7): predicates and word classes the fact model weighs (lang/fr/roles.py) ----
from uprooted.lang.fr.roles import with_roles  # noqa: E402

TERMS = with_roles(TERMS)
