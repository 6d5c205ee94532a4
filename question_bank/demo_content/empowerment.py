"""Demo question bank for the CHIME element Empowerment (Myndiggjøring), in Norwegian and English.

Source: seed 001 (the question bank, "Spørsmålsbank for “Empowerment”"), with the OCR
errors in the Norwegian text repaired. Each theme holds its example questions as
(kind, audience, Norwegian, English) and its "Når det er relevant" guidance. The source is
cut off at a page break in the last theme ("Samarbeid og balanse i støtte"): its third
question and its guidance end mid-sentence, so both stop at the last complete phrase.

Each theme's ``phases`` follow the rule in ``question_bank.demo``; the comment above each
theme says what in seed 001 decided them.
"""

THEMES = [
    {
        "title": ("Egen påvirkning og valg", "Personal influence and choices"),
        "when_relevant": (
            "Bruk i begynnelsen av recoveryforløp eller ved overgang til mer selvstendig liv – for å identifisere hvor personen ønsker større kontroll.",
            "Use at the start of a recovery process or during the transition to a more independent life – to identify where the person would like more control.",
        ),
        # Seed: «Bruk i begynnelsen av recoveryforløp» (the opening row: «opplevelse av kontroll og
        # påvirkning»); «Hvilke valg … som du er fornøyd med?» is the follow-up row's «… siden sist
        # som du er fornøyd med?».
        "phases": ["opening", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilke valg har du tatt den siste tiden som du er fornøyd med?",
                "What choices have you made recently that you are pleased with?",
            ),
            (
                "conversation",
                "",
                "Hvordan påvirker du beslutninger som gjelder deg?",
                "How do you influence decisions that affect you?",
            ),
            (
                "conversation",
                "",
                "Er det områder der du ønsker å bestemme mer selv?",
                "Are there areas where you would like to make more of the decisions yourself?",
            ),
        ],
    },
    {
        "title": ("Mestring og styrker", "Mastery and strengths"),
        "when_relevant": (
            "Passer i refleksjons- og oppfølgingssamtaler for å styrke tro på egen kompetanse. Nyttig i arbeidstrening og frivillig sektor.",
            "Suitable for reflection and follow-up conversations to strengthen belief in one's own competence. Useful in work training and the voluntary sector.",
        ),
        # Seed: «Passer i refleksjons- og oppfølgingssamtaler»; «Hva mestrer du godt i dag?» is the
        # low self-efficacy row's «Hva har du klart i dag …?».
        "phases": ["middle", "follow_up", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva mestrer du godt i dag?",
                "What do you manage well these days?",
            ),
            (
                "conversation",
                "",
                "Hva forteller det deg om dine evner?",
                "What does that tell you about your abilities?",
            ),
            (
                "conversation",
                "",
                "Hvordan kan du bruke disse erfaringene i nye situasjoner?",
                "How can you use these experiences in new situations?",
            ),
        ],
    },
    {
        "title": ("Erfaringer med makt og innflytelse", "Experiences of power and influence"),
        "when_relevant": (
            "Bruk når temaer som makt, medvirkning eller samhandling med systemet dukker opp. Viktig ved relasjonsbygging og brukermedvirkning.",
            "Use when themes such as power, participation or dealings with the system come up. Important in relationship building and service user involvement.",
        ),
        # Seed: «Viktig ved relasjonsbygging og brukermedvirkning»: the opening row's foundation,
        # and the middle row's «Kartlegg hvor personen ønsker støtte».
        "phases": ["opening", "middle"],
        "questions": [
            (
                "conversation",
                "",
                "Når har du kjent deg overkjørt eller oversett – og hva skulle vært annerledes?",
                "When have you felt overruled or overlooked – and what should have been different?",
            ),
            (
                "conversation",
                "",
                "Hva trenger du for å føle at stemmen din blir hørt?",
                "What do you need in order to feel that your voice is heard?",
            ),
            (
                "conversation",
                "",
                "Hvordan kan du si ifra på en måte som fungerer for deg?",
                "How can you speak up in a way that works for you?",
            ),
        ],
    },
    {
        "title": ("Støtte og ressurser", "Support and resources"),
        "when_relevant": (
            "Passer midt i prosessen, når dere kartlegger behov og samarbeidsform. Egnet i både helsetjenester og frivillige organisasjoner.",
            "Suitable in the middle of the process, when you are mapping needs and how to work together. Suited to both health services and voluntary organisations.",
        ),
        # Seed: «Passer midt i prosessen»; «Hva eller hvem gir deg styrke når du skal ta valg?» is
        # the group row's «støtte hverandre i å ta egne valg».
        "phases": ["middle", "group"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilken støtte trenger du for å ta mer kontroll?",
                "What support do you need to take more control?",
            ),
            (
                "conversation",
                "",
                "Hva eller hvem gir deg styrke når du skal ta valg?",
                "What or who gives you strength when you have choices to make?",
            ),
            (
                "conversation",
                "",
                "Hvordan kan vi støtte deg uten å ta over?",
                "How can we support you without taking over?",
            ),
        ],
    },
    {
        "title": ("Handlingskraft og små steg", "Taking action and small steps"),
        "when_relevant": (
            "Bruk i planleggings- og tiltaksfase for å gjøre mål realistiske og målbare. Velegnet i mestringsplaner og oppfølging.",
            "Use in the planning and action phase to make goals realistic and measurable. Well suited to coping plans and follow-up.",
        ),
        # Seed: «Bruk i planleggings- og tiltaksfase … og oppfølging»; the follow-up row: «Fokuser
        # på små steg».
        "phases": ["middle", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hva er ett lite skritt du kan ta denne uken for å føle deg mer i førersetet?",
                "What is one small step you could take this week to feel more in the driving seat?",
            ),
            (
                "conversation",
                "",
                "Hva vil fortelle deg at du er på rett vei?",
                "What will tell you that you are on the right track?",
            ),
            (
                "conversation",
                "",
                "Hva kan du gjøre når du møter hindringer?",
                "What can you do when you come up against obstacles?",
            ),
        ],
    },
    {
        "title": ("Opplevelse av styrke", "Experiencing strength"),
        "when_relevant": (
            "Bruk i samtaler som handler om selvfølelse, motivasjon og gjenoppbygging av handlekraft etter motgang.",
            "Use in conversations about self-esteem, motivation and rebuilding the capacity to act after setbacks.",
        ),
        # Seed: «gjenoppbygging av handlekraft etter motgang»: the row «Ved lav mestringstro eller
        # passivitet».
        "phases": ["crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Når har du følt deg på ditt sterkeste?",
                "When have you felt at your strongest?",
            ),
            (
                "conversation",
                "",
                "Hva bidro til den følelsen?",
                "What contributed to that feeling?",
            ),
            (
                "conversation",
                "",
                "Hva minner deg på at du faktisk har makt til å påvirke livet ditt?",
                "What reminds you that you actually have the power to influence your life?",
            ),
        ],
    },
    {
        "title": ("Samarbeid og balanse i støtte", "Collaboration and balance in support"),
        "when_relevant": (
            "Bruk kontinuerlig – spesielt i relasjonsarbeid, veiledning og peer-support.",
            "Use on an ongoing basis – especially in relational work, guidance and peer support.",
        ),
        # Seed: «Bruk kontinuerlig – spesielt i relasjonsarbeid, veiledning og peer-support»; the
        # group row: «Hvordan kan vi i gruppa støtte hverandre …?».
        "phases": ["opening", "middle", "follow_up", "group"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan kan jeg støtte deg uten å styre?",
                "How can I support you without steering you?",
            ),
            (
                "conversation",
                "",
                "Hva vil du helst klare selv?",
                "What would you most like to manage on your own?",
            ),
            (
                "conversation",
                "",
                "Hvordan ønsker du at vi skal jobbe sammen?",
                "How would you like us to work together?",
            ),
        ],
    },
]
