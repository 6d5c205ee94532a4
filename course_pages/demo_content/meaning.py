"""Demo content for the CHIME element page Meaning (Mening), in Norwegian and English.

Sources: seed 001 (purpose of the questions, usage guide by conversation phase and key
principles for the element "Meaning", OCR errors repaired), seed 002 (the practical
guide's "Mening i livet" table) and seed 004 (recovery as discovering meaning in life).
The element's question bank is in question_bank/demo_content/meaning.py.
"""

INTRO = (
    "Recovery handler også om å oppdage mening med livet – hva som gir personen følelse av hensikt, retning og tilhørighet. Arbeidet med mening handler om å koble erfaringer, interesser og verdier til konkrete aktiviteter og å forankre endring i noe som føles viktig og meningsfullt.",
    "Recovery is also about discovering meaning in life – what gives the person a sense of purpose, direction and belonging. Working with meaning means linking experiences, interests and values to concrete activities, and anchoring change in something that feels important and meaningful.",
)

PURPOSE = [
    (
        "Utforske hva som gir personen følelse av hensikt, retning og tilhørighet.",
        "Explore what gives the person a sense of purpose, direction and belonging.",
    ),
    (
        "Hjelpe til å koble erfaringer, interesser og verdier til konkrete aktiviteter.",
        "Help link experiences, interests and values to concrete activities.",
    ),
    (
        "Støtte refleksjon om livsvalg, mål og verdier – både personlig og sosialt.",
        "Support reflection on life choices, goals and values – both personal and social.",
    ),
    (
        "Bygge motivasjon ved å forankre endring i noe som føles viktig og meningsfullt.",
        "Build motivation by anchoring change in something that feels important and meaningful.",
    ),
]

# Rows: (phase code of question_bank.phases, label, purpose and tips), in the seed's order.
# The seed's guide for Meaning has a planning row after its middle row, both the middle
# phase, and no follow-up row.
PHASE_GUIDE = [
    (
        "opening",
        ("Innledende fase", "Opening phase"),
        (
            "Bruk åpne og lette spørsmål som «Hva gleder du deg til i løpet av uka?» for å bygge trygghet og se etter små glimt av mening.",
            "Use open, light questions such as “What are you looking forward to this week?” to build a sense of safety and look for small glimpses of meaning.",
        ),
    ),
    (
        "middle",
        ("Midtfase (refleksjon og kobling)", "Middle phase (reflection and making connections)"),
        (
            "Utforsk verdier, interesser og erfaringer som gir retning. Hjelp personen å se sammenheng mellom fortid, nåtid og fremtid.",
            "Explore values, interests and experiences that give direction. Help the person see the connection between past, present and future.",
        ),
    ),
    (
        "middle",
        ("Planleggingsfase", "Planning phase"),
        (
            "Knytt mening til konkrete handlinger: «Hvordan kan du få mer av dette i hverdagen?» eller «Hvem kan støtte deg i det?»",
            "Link meaning to concrete actions: “How can you get more of this in your everyday life?” or “Who can support you with that?”",
        ),
    ),
    (
        "group",
        ("Gruppe- og aktivitetstilbud", "Group and activity programmes"),
        (
            "Bruk åpne spørsmål som «Hva gjør denne aktiviteten meningsfull for deg?» for å styrke refleksjon og fellesskap.",
            "Use open questions such as “What makes this activity meaningful for you?” to encourage reflection and a sense of community.",
        ),
    ),
    (
        "crisis",
        ("I møte med meningsløshet eller apati", "When meeting meaninglessness or apathy"),
        (
            "Start smått og konkret: «Når føles det litt bedre?» eller «Hva pleide å gi deg mening før?» – ikke press frem store svar. Hjelp personen å finne små kilder til retning.",
            "Start small and concrete: “When does it feel a little better?” or “What used to give you meaning before?” – don't push for big answers. Help the person find small sources of direction.",
        ),
    ),
]

KEY_PRINCIPLES = [
    (
        "Mening skapes i sammenheng og handling, ikke bare i refleksjon.",
        "Meaning is created through connection and action, not only through reflection.",
    ),
    (
        "Det kan handle om små øyeblikk av mestring eller fellesskap – ikke nødvendigvis store livsvalg.",
        "It can be about small moments of mastery or community – not necessarily major life choices.",
    ),
    (
        "Mening styrkes når personen får bruke seg selv, sine verdier og erfaringer i noe som oppleves verdifullt.",
        "Meaning grows stronger when the person gets to use themselves, their values and their experiences in something that feels worthwhile.",
    ),
    (
        "I frivillige og ideelle settinger handler det ofte om å bli del av noe større enn seg selv – en aktivitet, et prosjekt eller et felles mål.",
        "In voluntary and non-profit settings, it is often about becoming part of something bigger than oneself – an activity, a project or a shared goal.",
    ),
]

PRACTICAL_GUIDE_TITLE = ("Mening", "Meaning")

PRACTICAL_GUIDE = [
    {
        "subcategory": (
            "Finne mening i erfaringene med psykiske utfordringer",
            "Finding meaning in experiences of mental health challenges",
        ),
        "meaning": (
            "Oppdage personlig betydning eller læring i det man har opplevd.",
            "Discovering personal significance or learning in what one has been through.",
        ),
        "support": (
            "Støtte personlig fortelling og refleksjon; bruk narrativ praksis og likepersonserfaringer for å innlemme vanskelige opplevelser i livshistorien.",
            "Support personal storytelling and reflection; use narrative practice and peer experiences to integrate difficult experiences into the person's life story.",
        ),
        "questions": (
            "Hva har dine erfaringer lært deg om deg selv eller livet? Har utfordringene dine gitt deg nye verdier eller innsikter?",
            "What have your experiences taught you about yourself or about life? Have your challenges given you new values or insights?",
        ),
    },
    {
        "subcategory": ("Spiritualitet", "Spirituality"),
        "meaning": (
            "Følelse av tilknytning til noe større enn en selv – kan være religion eller personlig meningssystem.",
            "A sense of connection to something greater than oneself – this may be religion or a personal system of meaning.",
        ),
        "support": (
            "Utforske åndelige eller eksistensielle ressurser hvis personen ønsker; knytte til trossamfunn, natur, meditasjon eller ritualer.",
            "Explore spiritual or existential resources if the person wishes; make links to faith communities, nature, meditation or rituals.",
        ),
        "questions": (
            "Har spiritualitet eller tro en plass i livet ditt? Finnes det praksiser eller verdier som gir deg ro eller styrke?",
            "Does spirituality or faith have a place in your life? Are there practices or values that give you peace or strength?",
        ),
    },
    {
        "subcategory": ("Livskvalitet", "Quality of life"),
        "meaning": (
            "Opplevelse av velvære, tilfredshet og balanse i viktige livsområder.",
            "A sense of well-being, satisfaction and balance in important areas of life.",
        ),
        "support": (
            "Hjelpe personen med å kartlegge hva som gir trivsel (bolig, relasjoner, trygghet, fritid); lage konkrete planer for å bedre hverdagsliv og balanse.",
            "Help the person map out what brings them well-being (housing, relationships, safety, leisure); make concrete plans to improve everyday life and balance.",
        ),
        "questions": (
            "Hva gjør livet godt eller verdt å leve for deg? Er det områder i livet du ønsker mer tilfredshet i?",
            "What makes life good or worth living for you? Are there areas of your life where you would like to feel more satisfied?",
        ),
    },
    {
        "subcategory": (
            "Meningsfulle roller og sosial deltakelse",
            "Meaningful roles and social participation",
        ),
        "meaning": (
            "Å ha verdsatte roller i familie, arbeid, utdanning eller samfunn.",
            "Having valued roles in the family, at work, in education or in society.",
        ),
        "support": (
            "Støtte deltakelse i roller som gir hensikt; hjelpe med å utforske arbeid, utdanning, frivillighet eller kreative arenaer.",
            "Support participation in roles that give a sense of purpose; help explore work, education, volunteering or creative settings.",
        ),
        "questions": (
            "Hvilke roller får deg til å føle deg verdifull eller inkludert? Er det roller du ønsker å utforske eller gå tilbake til?",
            "Which roles make you feel valued or included? Are there roles you would like to explore or return to?",
        ),
    },
    {
        "subcategory": ("Personlige mål og livsretning", "Personal goals and direction in life"),
        "meaning": (
            "Å sette og forfølge viktige, personlige mål og ha drømmer som gir mening.",
            "Setting and pursuing important personal goals and having dreams that give meaning.",
        ),
        "support": (
            "Bruke målsettingsverktøy (f.eks. personlig recoveryplan, WRAP); hjelpe å bryte mål ned i realistiske steg.",
            "Use goal-setting tools (e.g. a personal recovery plan, WRAP); help break goals down into realistic steps.",
        ),
        "questions": (
            "Hvilke personlige mål føles viktige for deg nå? Hvordan kan vi se at du gjør fremskritt mot det som betyr noe for deg?",
            "Which personal goals feel important to you now? How can we tell that you are making progress towards what matters to you?",
        ),
    },
    {
        "subcategory": ("Gjenoppbygge livet", "Rebuilding one's life"),
        "meaning": (
            "Aktivt skape et liv som føles helt og verdifullt etter kriser eller sykdom.",
            "Actively creating a life that feels whole and worthwhile after crises or illness.",
        ),
        "support": (
            "Støtte fremtidsplanlegging og bygge selvtillit; hjelpe å fjerne praktiske barrierer (ferdigheter, ressurser, nettverk); feire milepæler.",
            "Support planning for the future and build self-confidence; help remove practical barriers (skills, resources, networks); celebrate milestones.",
        ),
        "questions": (
            "Hvordan vil du beskrive livet du ønsker å bygge videre på nå? Hva kan være første skritt i å skape et nytt kapittel i livet ditt?",
            "How would you describe the life you now want to build on? What could be the first step in creating a new chapter in your life?",
        ),
    },
]
