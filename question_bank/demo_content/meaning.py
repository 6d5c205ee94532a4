"""Demo question bank for the CHIME element Meaning (Mening), in Norwegian and English.

Source: seed 001 (the question bank, "Spørsmålsbank for “Meaning”"), with the OCR
errors in the Norwegian text repaired. Each theme holds its example questions as
(kind, audience, Norwegian, English) and its "Når det er relevant" guidance. The seed is
cut off at a page break in the last theme ("Fellesskap og kollektiv mening"): its guidance
ends at the last complete sentence, and only the two questions that survive are included.

Each theme's ``phases`` follow the rule in ``question_bank.demo``; the comment above each
theme says what in seed 001 decided them.
Meaning's guide has no follow-up row; its themes' own texts name follow-up
(«Egnet i oppfølging», «ved justering av tiltak»).
"""

THEMES = [
    {
        "title": ("Kilder til mening og glede", "Sources of meaning and joy"),
        "when_relevant": (
            "Bruk tidlig i samtalen for å identifisere kilder til mening, glede og energi. Nyttig i motløshet, rehabilitering og sosialt arbeid.",
            "Use early in the conversation to identify sources of meaning, joy and energy. Useful when the person is feeling disheartened, and in rehabilitation and social work.",
        ),
        # Seed: «Bruk tidlig i samtalen»; «Nyttig i motløshet», the row «I møte med meningsløshet
        # eller apati».
        "phases": ["opening", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva gir deg en følelse av at livet er verdt å leve?",
                "What gives you a sense that life is worth living?",
            ),
            (
                "conversation",
                "",
                "Når kjenner du deg mest levende eller engasjert?",
                "When do you feel most alive or engaged?",
            ),
            (
                "conversation",
                "",
                "Hva får deg til å miste tid og bare være i flyt?",
                "What makes you lose track of time and simply be in the flow?",
            ),
        ],
    },
    {
        "title": ("Verdier og retning", "Values and direction"),
        "when_relevant": (
            "Passer når personen ønsker retning eller balanse i livet. Nyttig ved planlegging av mål og prioriteringer.",
            "Suitable when the person wants direction or balance in life. Useful when planning goals and priorities.",
        ),
        # Seed: «Nyttig ved planlegging av mål»; the middle row: «Utforsk verdier, interesser og
        # erfaringer som gir retning».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hva er virkelig viktig for deg i livet?",
                "What really matters to you in life?",
            ),
            (
                "conversation",
                "",
                "Hvilke verdier ønsker du at beslutningene dine skal bygge på?",
                "Which values would you like your decisions to be based on?",
            ),
            (
                "conversation",
                "",
                "Hvordan kan du ta små steg i retning av det som betyr mest for deg?",
                "How can you take small steps towards what matters most to you?",
            ),
        ],
    },
    {
        "title": ("Aktivitet, engasjement og bidrag", "Activity, engagement and contribution"),
        "when_relevant": (
            "Bruk i arbeidstrening, frivillighet, fritid eller dagaktivitet – når personen skal utforske mestring og deltakelse.",
            "Use in work training, volunteering, leisure activities or day activities – when the person is to explore mastery and participation.",
        ),
        # Seed: The planning row's «Knytt mening til konkrete handlinger»; the group and activity
        # row's «Hva gjør denne aktiviteten meningsfull for deg?».
        "phases": ["middle", "group"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilke aktiviteter, oppgaver eller prosjekter gir deg følelsen av å bidra?",
                "Which activities, tasks or projects give you the feeling that you are contributing?",
            ),
            (
                "conversation",
                "",
                "Hvordan liker du å gjøre en forskjell for andre?",
                "How do you like to make a difference for others?",
            ),
            (
                "conversation",
                "",
                "Hva skjer med deg når du føler at du betyr noe for noen?",
                "What happens to you when you feel that you matter to someone?",
            ),
        ],
    },
    {
        "title": ("Sammenheng og livserfaring", "Coherence and life experience"),
        "when_relevant": (
            "Relevante i samtaler om livshistorie, bearbeiding eller når man ønsker å gjøre vanskelige erfaringer til ressurser.",
            "Relevant in conversations about the person's life story, about working through experiences, or when the aim is to turn difficult experiences into resources.",
        ),
        # Seed: The middle row: «se sammenheng mellom fortid, nåtid og fremtid».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan har erfaringene dine formet deg og det du bryr deg om?",
                "How have your experiences shaped you and the things you care about?",
            ),
            (
                "conversation",
                "",
                "Er det noe du har lært som du kunne tenke deg å dele med andre?",
                "Is there something you have learned that you would like to share with others?",
            ),
            (
                "conversation",
                "",
                "Hvordan gir det mening for deg å bruke erfaringene dine i dag?",
                "In what way is it meaningful for you to use your experiences today?",
            ),
        ],
    },
    {
        "title": ("Motivasjon og drivkraft", "Motivation and drive"),
        "when_relevant": (
            "Bruk for å styrke indre motivasjon og selvtillit. Egnet i oppfølging, coaching, veiledning og utdanning.",
            "Use to strengthen inner motivation and self-confidence. Suited to follow-up, coaching, guidance and education.",
        ),
        # Seed: «Egnet i oppfølging».
        "phases": ["follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hva får deg til å stå opp om morgenen?",
                "What gets you out of bed in the morning?",
            ),
            (
                "conversation",
                "",
                "Hva holder deg gående når du møter motstand?",
                "What keeps you going when you face setbacks?",
            ),
            (
                "conversation",
                "",
                "Hvilke drømmer eller mål driver deg fremover akkurat nå?",
                "What dreams or goals are driving you forward right now?",
            ),
        ],
    },
    {
        "title": ("Hverdagsliv og balanse", "Everyday life and balance"),
        "when_relevant": (
            "Passer i planleggingsfase eller ved justering av tiltak, spesielt i hverdagsrehabilitering og fritidstilbud.",
            "Suitable in the planning phase or when adjusting measures, especially in everyday rehabilitation and leisure programmes.",
        ),
        # Seed: «Passer i planleggingsfase eller ved justering av tiltak» (the planning row's
        # «Hvordan kan du få mer av dette i hverdagen?»); «Hvilke små ting …» is the apathy row's
        # «Start smått og konkret».
        "phases": ["middle", "follow_up", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva kan du gjøre oftere for å få mer mening i hverdagen?",
                "What could you do more often to bring more meaning into your everyday life?",
            ),
            (
                "conversation",
                "",
                "Hvordan kan du tilpasse dagene slik at de rommer det du verdsetter mest?",
                "How could you arrange your days so that they make room for what you value most?",
            ),
            (
                "conversation",
                "",
                "Hvilke små ting gir deg følelse av mening akkurat nå?",
                "What small things give you a sense of meaning right now?",
            ),
        ],
    },
    {
        "title": ("Eksistensielle perspektiver", "Existential perspectives"),
        "when_relevant": (
            "Brukes i dypere refleksjon eller når personen selv åpner for eksistensielle tema. Egner seg best i trygge, modne relasjoner.",
            "Used in deeper reflection or when the person themselves opens up to existential themes. Best suited to safe, well-established relationships.",
        ),
        # Seed: «Brukes i dypere refleksjon»: the row «Midtfase (refleksjon og kobling)».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hva gir livet ditt en større sammenheng?",
                "What gives your life a wider sense of coherence?",
            ),
            (
                "conversation",
                "",
                "Hvilken betydning ønsker du å ha for mennesker rundt deg?",
                "What significance would you like to have for the people around you?",
            ),
            (
                "conversation",
                "",
                "Hvilken arv eller innflytelse vil du etterlate deg?",
                "What legacy or influence would you like to leave behind?",
            ),
        ],
    },
    {
        "title": ("Fellesskap og kollektiv mening", "Community and shared meaning"),
        "when_relevant": (
            "Relevante i gruppe- og aktivitetsarenaer. Fremmer deltakelse og samhørighet.",
            "Relevant in group and activity settings. Promotes participation and a sense of togetherness.",
        ),
        # Seed: «Relevante i gruppe- og aktivitetsarenaer».
        "phases": ["group"],
        "questions": [
            (
                "conversation",
                "",
                "Når opplever du mening gjennom å være sammen med andre?",
                "When do you experience meaning through being with other people?",
            ),
            (
                "conversation",
                "",
                "Finnes det fellesskap du føler at du bidrar til?",
                "Are there communities you feel you contribute to?",
            ),
        ],
    },
]
