"""Demo question bank for the CHIME element Connectedness (Tilhørighet), in Norwegian and English.

Source: seed 001 (the question bank, "Spørsmålsbank for tilhørighet"), with the OCR
errors in the Norwegian text repaired. Each theme holds its example questions as
(kind, audience, Norwegian, English) and its "Når det er relevant" guidance.

Each theme's ``phases`` follow the rule in ``question_bank.demo``; the comment above each
theme says what in seed 001 decided them.
"""

THEMES = [
    {
        "title": ("Nære relasjoner og støtte", "Close relationships and support"),
        "when_relevant": (
            "Bruk tidlig i samtalen for å kartlegge personens nære relasjoner og trygghetsnettverk. Gir innsikt i både ressurser og mulige sårbare områder.",
            "Use early in the conversation to map the person's close relationships and their network of people they feel safe with. Gives insight into both resources and possible areas of vulnerability.",
        ),
        # Seed: «Bruk tidlig i samtalen»; the opening row: «Utforsk trygt og åpent hvem og hva som
        # betyr mest».
        "phases": ["opening"],
        "questions": [
            (
                "conversation",
                "",
                "Hvem opplever du at forstår deg best?",
                "Who do you feel understands you best?",
            ),
            (
                "conversation",
                "",
                "Er det noen du føler deg trygg på å være helt ærlig med?",
                "Is there anyone you feel safe being completely honest with?",
            ),
            (
                "conversation",
                "",
                "Hvordan har kontakten med familie, venner eller kolleger endret seg over tid?",
                "How has your contact with family, friends or colleagues changed over time?",
            ),
        ],
    },
    {
        "title": ("Fellesskap og deltakelse", "Community and participation"),
        "when_relevant": (
            "Bruk i samtaler som handler om sosial integrasjon, hverdagsliv, aktivitet og fritid – spesielt i ideelle/frivillige settinger som aktivitetshus, arbeidstrening eller kulturtilbud.",
            "Use in conversations about social integration, everyday life, activities and leisure – especially in non-profit/voluntary settings such as activity centres, work training or cultural programmes.",
        ),
        # Seed: «aktivitetshus»: the group row's «i en aktivitetsgruppe». «Når i løpet av uken føler
        # du mest tilhørighet …» is the resistance row's kind of indirect question («Er det
        # situasjoner der du trives bedre enn andre?»).
        "phases": ["group", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Er det steder eller grupper der du føler deg som «en del av noe»?",
                "Are there places or groups where you feel “part of something”?",
            ),
            (
                "conversation",
                "",
                "Når i løpet av uken føler du mest tilhørighet eller glede over å være sammen med andre?",
                "When during the week do you feel the strongest sense of belonging or the most joy in being with other people?",
            ),
            (
                "conversation",
                "",
                "Hva skal til for at du skal ønske å delta mer sosialt?",
                "What would it take for you to want to take part more socially?",
            ),
        ],
    },
    {
        "title": ("Sosialt savn og ensomhet", "Missing social contact and loneliness"),
        "when_relevant": (
            "Relevante når personen beskriver isolasjon, tap av nettverk eller ønsker bedre sosial støtte. Viktig å stille varsomt og utforskende.",
            "Relevant when the person describes isolation or loss of their network, or wants better social support. It is important to ask gently and in an exploratory way.",
        ),
        # Seed: The middle row's «Hva savner du?», to find steps such as «gjenoppta kontakt».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Er det perioder eller situasjoner der du føler deg utenfor?",
                "Are there times or situations when you feel left out?",
            ),
            (
                "conversation",
                "",
                "Er det noen relasjoner du gjerne skulle reparert eller styrket?",
                "Are there any relationships you would like to repair or strengthen?",
            ),
            (
                "conversation",
                "",
                "Hva pleide å gi deg kontakt og fellesskap før, som du savner nå?",
                "What used to give you contact and a sense of community that you miss now?",
            ),
        ],
    },
    {
        "title": ("Gjensidighet og bidrag", "Reciprocity and contribution"),
        "when_relevant": (
            "Bruk når personen er klar for å utforske deltakelse eller bidra tilbake. Særlig nyttig i rehabilitering, frivillighet og arbeidstrening.",
            "Use when the person is ready to explore taking part or giving something back. Particularly useful in rehabilitation, volunteering and work training.",
        ),
        # Seed: «Når personen er klar for å utforske deltakelse eller bidra tilbake»: the middle
        # row's «delta i gruppe, oppsøke frivillig arena».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hva liker du å bidra med i fellesskap med andre?",
                "What do you like to contribute when you are together with others?",
            ),
            (
                "conversation",
                "",
                "Når føler du at du har noe å gi?",
                "When do you feel that you have something to give?",
            ),
            (
                "conversation",
                "",
                "Hva kunne du tenke deg å bidra med – stort eller smått – i ditt nærmiljø?",
                "What would you like to contribute – big or small – in your local area?",
            ),
        ],
    },
    {
        "title": ("Lokalmiljø og tilhørighet", "Local community and belonging"),
        "when_relevant": (
            "Passer når samtalen handler om integrering i lokalmiljøet, inkludering eller planlegging av meningsfulle aktiviteter utenfor tjenesteapparatet.",
            "Suitable when the conversation is about integration into the local community, inclusion or planning meaningful activities outside the services.",
        ),
        # Seed: «planlegging av meningsfulle aktiviteter utenfor tjenesteapparatet»: planning.
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hva betyr nærmiljøet eller stedet du bor for deg?",
                "What does your neighbourhood or the place where you live mean to you?",
            ),
            (
                "conversation",
                "",
                "Finnes det arenaer i nærmiljøet der du kunne tenke deg å være mer del av?",
                "Are there places or activities in your local area that you would like to be more a part of?",
            ),
            (
                "conversation",
                "",
                "Hvordan opplever du støtten fra lokalsamfunnet eller tjenestene der du bor?",
                "How do you experience the support from the local community or the services where you live?",
            ),
        ],
    },
    {
        "title": ("Relasjoner til tjenesteapparatet", "Relationships with the services"),
        "when_relevant": (
            "Bruk i samtaler mellom bruker og fagperson for å styrke relasjon, tillit og samarbeid.",
            "Use in conversations between the service user and the professional to strengthen the relationship, trust and collaboration.",
        ),
        # Seed: «Er det noe som kunne gjort samarbeidet bedre?»: the follow-up row's «justere
        # tiltak».
        "phases": ["follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan opplever du kontakten med fagpersonene du møter?",
                "How do you experience your contact with the professionals you meet?",
            ),
            (
                "conversation",
                "",
                "Føler du deg lyttet til og involvert i de beslutningene som gjelder deg?",
                "Do you feel listened to and involved in the decisions that concern you?",
            ),
            (
                "conversation",
                "",
                "Er det noe som kunne gjort samarbeidet bedre?",
                "Is there anything that could make the collaboration better?",
            ),
        ],
    },
    {
        "title": ("Å bygge nye relasjoner", "Building new relationships"),
        "when_relevant": (
            "Relevant i planleggings- og tiltaksfasen, når man sammen utforsker realistiske veier til økt sosial tilknytning.",
            "Relevant in the planning and action phase, when you explore realistic paths to greater social connection together.",
        ),
        # Seed: «Relevant i planleggings- og tiltaksfasen»; the follow-up row's «Har du oppdaget nye
        # måter å være sammen med andre på?».
        "phases": ["middle", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Er det noe du kunne tenke deg å delta på, men ikke har «turt» ennå?",
                "Is there something you would like to take part in but haven't “dared” to yet?",
            ),
            (
                "conversation",
                "",
                "Hva kan være første lille skritt mot mer kontakt med andre?",
                "What could be a first small step towards more contact with other people?",
            ),
            (
                "conversation",
                "",
                "Hvem eller hva kunne hjulpet deg med å komme i gang?",
                "Who or what could help you get started?",
            ),
        ],
    },
]
