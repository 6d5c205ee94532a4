"""Demo content for the CHIME element page Identity (Identitet), in Norwegian and English.

Sources: seed 001 (purpose of the questions, usage guide by conversation phase and key
principles for the element "Identity", OCR errors repaired) and seed 002 (the practical
guide's "Identitet" table, TY/TM written out in full). The element's question bank is in
question_bank/demo_content/identity.py.
"""

INTRO = (
    "Mennesket er mer enn diagnose og symptomer – det har roller, interesser, personlighet og historie. Arbeidet med identitet handler om å utforske hvem personen er, bygge stolthet og selvaksept og styrke personens eierskap til egen historie og fremtid.",
    "A person is more than a diagnosis and symptoms – they have roles, interests, a personality and a history. Working with identity means exploring who the person is, building pride and self-acceptance, and strengthening the person's ownership of their own story and future.",
)

PURPOSE = [
    (
        "Utforske hvem personen er, utover diagnose, roller og problemer.",
        "Explore who the person is, beyond their diagnosis, roles and problems.",
    ),
    (
        "Hjelpe til å identifisere styrker, verdier, interesser og personlige ressurser.",
        "Help identify strengths, values, interests and personal resources.",
    ),
    (
        "Bygge stolthet, selvaksept og mening.",
        "Build pride, self-acceptance and meaning.",
    ),
    (
        "Styrke personens eierskap til egen historie og fremtid.",
        "Strengthen the person's ownership of their own story and future.",
    ),
]

# Rows: (phase code of question_bank.phases, label, purpose and tips), in the seed's order.
PHASE_GUIDE = [
    (
        "opening",
        ("Innledende fase", "Opening phase"),
        (
            "Bruk åpne, trygge spørsmål for å utforske hvem personen er og ønsker å være. Unngå å fokusere på diagnoser eller problemer. Eksempel: «Hva liker du å bruke tid på?» eller «Hva sier venner at du er god på?»",
            "Use open, safe questions to explore who the person is and wants to be. Avoid focusing on diagnoses or problems. For example: “What do you like spending your time on?” or “What do your friends say you are good at?”",
        ),
    ),
    (
        "middle",
        ("Midtfase (refleksjon og oppdagelse)", "Middle phase (reflection and discovery)"),
        (
            "Utforsk tidligere roller, verdier og erfaringer. Hjelp personen til å se sammenheng mellom livserfaring og personlige kvaliteter. Gjerne bruk «styrkekort», fortelling eller bilder som støtte.",
            "Explore past roles, values and experiences. Help the person see the connection between their life experience and their personal qualities. Feel free to use “strength cards”, storytelling or pictures as support.",
        ),
    ),
    (
        "follow_up",
        ("Oppfølgingsfase (handling og forankring)", "Follow-up phase (action and consolidation)"),
        (
            "Gjør identitet konkret: Hvilke valg, relasjoner eller aktiviteter støtter deg i å være den du ønsker å være? Sjekk utvikling: «Hva merker du ved deg selv nå som du ikke så før?»",
            "Make identity concrete: What choices, relationships or activities support you in being the person you want to be? Check progress: “What do you notice about yourself now that you didn't see before?”",
        ),
    ),
    (
        "group",
        ("Grupper og aktivitetstilbud", "Groups and activity programmes"),
        (
            "Bruk spørsmål som egner seg til deling og refleksjon: «Hva betyr det å være seg selv?» eller «Hva i deg er du mest stolt av?» Skaper fellesskap og styrker positiv identitet i gruppen.",
            "Use questions that lend themselves to sharing and reflection: “What does it mean to be yourself?” or “What about yourself are you most proud of?” This builds a sense of community and strengthens positive identity in the group.",
        ),
    ),
    (
        "crisis",
        ("Ved lav selvfølelse eller skam", "When self-esteem is low or shame is present"),
        (
            "Vær forsiktig og bruk spørsmål som fremhever styrker og verdier. F.eks.: «Hvilke egenskaper hjelper deg å holde ut?» eller «Hva sier det om deg at du fremdeles står her?»",
            "Tread carefully and use questions that highlight strengths and values. For example: “What qualities help you keep going?” or “What does it say about you that you are still standing here?”",
        ),
    ),
]

KEY_PRINCIPLES = [
    (
        "Recovery handler om å bygge en ny fortelling om seg selv, ikke å gå tilbake til «slik man var før».",
        "Recovery is about building a new story about yourself, not about going back to “the way you were before”.",
    ),
    (
        "Identitet styrkes når man blir sett som mer enn utfordringene sine.",
        "Identity grows stronger when you are seen as more than your difficulties.",
    ),
    (
        "Arbeidet bør være utforskende, ikke vurderende – brukeren er ekspert på seg selv.",
        "The work should be exploratory, not evaluative – the service user is the expert on themselves.",
    ),
    (
        "Å støtte identitet handler om å se, speile og verdsette: «Jeg ser hvem du er – og hvem du kan bli.»",
        "Supporting identity is about seeing, mirroring and valuing: “I see who you are – and who you can become.”",
    ),
]

PRACTICAL_GUIDE_TITLE = ("Identitet", "Identity")

PRACTICAL_GUIDE = [
    {
        "subcategory": ("Ulike dimensjoner av identitet", "Different dimensions of identity"),
        "meaning": (
            "Mennesket er mer enn diagnose og symptomer – har roller, interesser, personlighet og historie.",
            "A person is more than a diagnosis and symptoms – they have roles, interests, a personality and a history.",
        ),
        "support": (
            "Utforsk personens ulike roller og styrker; hjelp til å hente frem identitet som venn, forelder, arbeidstaker, student, nabo osv.",
            "Explore the person's various roles and strengths; help them draw on their identity as a friend, parent, employee, student, neighbour, etc.",
        ),
        "questions": (
            "Hva ønsker du at andre skal vite om deg – som person? Hvilke roller og interesser betyr mest for deg?",
            "What would you like others to know about you – as a person? Which roles and interests mean the most to you?",
        ),
    },
    {
        "subcategory": (
            "Gjenoppbygge / redefinere positiv selvforståelse",
            "Rebuilding / redefining a positive sense of self",
        ),
        "meaning": (
            "Utvikle en ny, mer hel og styrket oppfatning av seg selv etter erfaring med psykiske vansker.",
            "Developing a new, more complete and stronger view of oneself after experiencing mental health difficulties.",
        ),
        "support": (
            "Støtt narrativt arbeid (egen historie), bruk kreative verktøy som livslinje, recoveryfortellinger, verdikort; anerkjenn små skritt mot ny identitetsdannelse.",
            "Support narrative work (the person's own story) and use creative tools such as lifelines, recovery stories and value cards; acknowledge small steps towards forming a new identity.",
        ),
        "questions": (
            "Hvis du skulle beskrive deg selv med tre ord i dag, hvilke ville du velge? Hvilke sider ved deg selv tenker du er de aller beste?",
            "If you were to describe yourself in three words today, which would you choose? Which sides of yourself do you think are the very best?",
        ),
    },
    {
        "subcategory": ("Overvinne stigma og selvstigma", "Overcoming stigma and self-stigma"),
        "meaning": (
            "Å motvirke skam og negative merkelapper både fra samfunnet og en selv.",
            "Counteracting shame and negative labels, both from society and from oneself.",
        ),
        "support": (
            "Snakk åpent om stigma; gi informasjon om rettigheter; fremhev styrker og verdighet; tilby arenaer for erfaringsdeling som normaliserer erfaringene.",
            "Talk openly about stigma; provide information about rights; highlight strengths and dignity; offer forums for sharing experiences that help normalise what people have been through.",
        ),
        "questions": (
            "Har du noen gang følt at stigma har påvirket deg? Hva hjelper deg å stå imot eller utfordre negative merkelapper?",
            "Have you ever felt that stigma has affected you? What helps you resist or challenge negative labels?",
        ),
    },
]
