"""Demo question bank for the CHIME element Hope (Håp), in Norwegian and English.

Source: seed 001 (the question bank, "Spørsmålsbank for håp"), with the OCR errors in the
Norwegian text repaired. Each theme holds its example questions as
(kind, audience, Norwegian, English) and its "Når det er relevant" guidance.

Each theme's ``phases`` follow the rule in ``question_bank.demo``; the comment above each
theme says what in seed 001 decided them.
"""

THEMES = [
    {
        "title": ("Tro på fremtiden", "Belief in the future"),
        "when_relevant": (
            "Bruk tidlig i samtalen for å åpne perspektivet. Spesielt nyttig når personen har mistet troen på fremgang, eller står fast.",
            "Use early in the conversation to broaden the perspective. Especially useful when the person has lost faith in progress or feels stuck.",
        ),
        # Seed: «Bruk tidlig i samtalen» (the opening row: «Hva gir deg tro på at ting kan bli
        # bedre?»); «når personen har mistet troen på fremgang», with present-day questions like the
        # crisis row's «Hvem eller hva gir deg et lite pust av håp i dag?».
        "phases": ["opening", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva gir deg håp eller energi om dagen, selv om ting er vanskelig?",
                "What gives you hope or energy these days, even when things are difficult?",
            ),
            (
                "conversation",
                "",
                "Hva er det du ser frem til akkurat nå?",
                "What are you looking forward to right now?",
            ),
            (
                "conversation",
                "",
                "Hvem eller hva minner deg om at endring er mulig?",
                "Who or what reminds you that change is possible?",
            ),
        ],
    },
    {
        "title": ("Erfaringer med endring og motstandskraft", "Experiences of change and resilience"),
        "when_relevant": (
            "Passer når du vil styrke personens bevissthet om egen motstandskraft og hente håp fra tidligere erfaringer. Brukes gjerne midt i samtalen.",
            "Suitable when you want to strengthen the person's awareness of their own resilience and draw hope from past experiences. Often used in the middle of the conversation.",
        ),
        # Seed: «Brukes gjerne midt i samtalen»; the middle row's «Hva hjalp deg sist gang?».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hva har hjulpet deg tidligere når du har hatt det tungt?",
                "What has helped you in the past when you have been going through a hard time?",
            ),
            (
                "conversation",
                "",
                "Hva gjorde at du kom deg gjennom vanskelige perioder før?",
                "What got you through difficult periods before?",
            ),
            (
                "conversation",
                "",
                "Hva forteller det deg om deg selv?",
                "What does that tell you about yourself?",
            ),
        ],
    },
    {
        "title": ("Feire små fremskritt", "Celebrating small steps forward"),
        "when_relevant": (
            "Bruk i oppfølgingssamtaler for å forsterke mestringsfølelse. Effektivt i arbeidstrening, praksisoppfølging og frivillige møteplasser.",
            "Use in follow-up conversations to reinforce a sense of mastery. Effective in work training, work-placement follow-up and voluntary-sector meeting places.",
        ),
        # Seed: «Bruk i oppfølgingssamtaler»; the follow-up row: «Feir små steg».
        "phases": ["follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hva er ett lite steg du har tatt i riktig retning den siste tiden?",
                "What is one small step you have taken in the right direction recently?",
            ),
            (
                "conversation",
                "",
                "Hva kan vi feire sammen i dag?",
                "What can we celebrate together today?",
            ),
            (
                "conversation",
                "",
                "Hva er du litt stolt av at du har fått til?",
                "What are you a little proud of having achieved?",
            ),
        ],
    },
    {
        "title": ("Drømmer og ønsker", "Dreams and wishes"),
        "when_relevant": (
            "Bruk når du vil utforske motivasjon og retning. Passer godt i miljøer der målet er sosial inkludering, kreativ utfoldelse eller ny livsretning.",
            "Use when you want to explore motivation and direction. Works well in settings where the aim is social inclusion, creative expression or a new direction in life.",
        ),
        # Seed: «utforske motivasjon og retning»: the middle row's exploring; too big a future
        # question for the crisis row.
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hvis du kunne tegne et bilde av et godt liv for deg – hvordan ville det sett ut?",
                "If you could draw a picture of a good life for yourself – what would it look like?",
            ),
            (
                "conversation",
                "",
                "Hva er dine innerste drømmer, store eller små?",
                "What are your deepest dreams, big or small?",
            ),
            (
                "conversation",
                "",
                "Hva vil du gjerne oppleve mer av i hverdagen?",
                "What would you like to experience more of in your everyday life?",
            ),
        ],
    },
    {
        "title": ("Styrker og ressurser", "Strengths and resources"),
        "when_relevant": (
            "Relevante når du vil løfte personens selvbilde og identitet. Brukes ofte sammen med «Identity»-elementet.",
            "Relevant when you want to boost the person's self-image and identity. Often used together with the “Identity” element.",
        ),
        # Seed: The middle row explores «styrker»; «Hvilke egenskaper ved deg selv hjelper deg å
        # holde ut?» is the crisis row's «Hva hjelper deg å holde ut akkurat nå?».
        "phases": ["middle", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilke egenskaper ved deg selv hjelper deg å holde ut?",
                "What qualities in yourself help you keep going?",
            ),
            (
                "conversation",
                "",
                "Hva pleier andre å si at du er god på?",
                "What do others usually say you are good at?",
            ),
            (
                "conversation",
                "",
                "Hva kunne du bygge videre på for å skape endring?",
                "What could you build on to create change?",
            ),
        ],
    },
    {
        "title": ("Realistiske mål og neste steg", "Realistic goals and next steps"),
        "when_relevant": (
            "Passer i planleggings- og tiltaksfasen. Brukes for å konkretisere håp til handling, og støtte mestringsplaner.",
            "Suitable for the planning and action phase. Used to turn hope into concrete action and to support coping plans.",
        ),
        # Seed: «Passer i planleggings- og tiltaksfasen»; the follow-up row's «revider mål».
        "phases": ["middle", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hva kunne vært et lite mål den kommende uken som gir deg en følelse av fremgang?",
                "What could be a small goal for the coming week that would give you a sense of progress?",
            ),
            (
                "conversation",
                "",
                "Hva kan jeg, eller vi sammen, bidra med for å støtte deg i det?",
                "What can I, or the two of us together, do to support you in that?",
            ),
            (
                "conversation",
                "",
                "Hvilke tegn vil fortelle deg at du er på vei i riktig retning?",
                "What signs will tell you that you are heading in the right direction?",
            ),
        ],
    },
    {
        "title": ("Inspirasjon og rollemodeller", "Inspiration and role models"),
        "when_relevant": (
            "Bruk i grupper eller refleksjonssamtaler. Gir fellesskapsfølelse og smitteeffekt av håp.",
            "Use in groups or reflective conversations. Creates a sense of community and lets hope spread from one person to another.",
        ),
        # Seed: «Bruk i grupper eller refleksjonssamtaler»; the group row's «Hva inspirerer dere når
        # ting er vanskelig?».
        "phases": ["middle", "group"],
        "questions": [
            (
                "conversation",
                "",
                "Finnes det mennesker du ser opp til som gir deg håp?",
                "Are there people you look up to who give you hope?",
            ),
            (
                "conversation",
                "",
                "Hva med deres historie eller holdning inspirerer deg?",
                "What is it about their story or attitude that inspires you?",
            ),
            (
                "conversation",
                "",
                "Hva minner deg om at endring faktisk er mulig?",
                "What reminds you that change really is possible?",
            ),
        ],
    },
    {
        "title": ("Håp i fellesskap", "Hope in community"),
        "when_relevant": (
            "Egner seg for grupper i aktivitetshus, recoveryverksteder, lavterskel- og frivillighetsarenaer.",
            "Well suited to groups in activity centres, recovery workshops, and low-threshold and voluntary-sector settings.",
        ),
        # Seed: «Egner seg for grupper i aktivitetshus, recoveryverksteder, lavterskel- …»: the
        # group and low-threshold row.
        "phases": ["group"],
        "questions": [
            (
                "conversation",
                "group",
                "Når føler du at du får energi eller tro på deg selv gjennom andre?",
                "When do you feel that other people give you energy or belief in yourself?",
            ),
            (
                "conversation",
                "group",
                "Hvordan påvirker fellesskapet deg?",
                "How does being part of the community affect you?",
            ),
            (
                "conversation",
                "group",
                "Hva kan vi gjøre her for å spre mer håp mellom oss?",
                "What can we do here to spread more hope among us?",
            ),
        ],
    },
]
