"""Demo question bank for the CHIME element Identity (Identitet), in Norwegian and English.

Source: seed 001 (the question bank, "Spørsmålsbank for “Identity”"), with the OCR
errors in the Norwegian text repaired. Each theme holds its example questions as
(kind, audience, Norwegian, English) and its "Når det er relevant" guidance.

Each theme's ``phases`` follow the rule in ``question_bank.demo``; the comment above each
theme says what in seed 001 decided them.
"""

THEMES = [
    {
        "title": ("Selvbeskrivelse og selvbilde", "Self-description and self-image"),
        "when_relevant": (
            "Bruk i starten av en prosess for å hjelpe personen å løfte blikket fra problemhistorie til helhetlig selvforståelse.",
            "Use at the start of a process to help the person look beyond their problem story towards a fuller understanding of themselves.",
        ),
        # Seed: «Bruk i starten av en prosess»; the opening row: «Unngå å fokusere på diagnoser».
        "phases": ["opening"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan ville du beskrive deg selv uten å nevne utfordringer eller diagnoser?",
                "How would you describe yourself without mentioning challenges or diagnoses?",
            ),
            (
                "conversation",
                "",
                "Hvilke sider ved deg selv ønsker du at andre skal se?",
                "Which sides of yourself would you like others to see?",
            ),
            (
                "conversation",
                "",
                "Hva slags menneske vil du være kjent som?",
                "What kind of person would you like to be known as?",
            ),
        ],
    },
    {
        "title": ("Roller og identitet i hverdagen", "Roles and identity in everyday life"),
        "when_relevant": (
            "Bruk når dere utforsker ressurser, ansvar og sosiale roller i samfunnet – nyttig i arbeidstrening, fritid og frivillighet.",
            "Use when you are exploring resources, responsibilities and social roles in society – useful in work training, leisure activities and volunteering.",
        ),
        # Seed: The middle row: «Utforsk tidligere roller, verdier og erfaringer».
        "phases": ["middle"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilke roller har du hatt i livet ditt (forelder, venn, kollega, frivillig osv.)?",
                "What roles have you had in your life (parent, friend, colleague, volunteer, etc.)?",
            ),
            (
                "conversation",
                "",
                "Hvilke av disse rollene savner du, og hvilke ønsker du å utvikle?",
                "Which of these roles do you miss, and which would you like to develop?",
            ),
        ],
    },
    {
        "title": ("Styrker og stolthet", "Strengths and pride"),
        "when_relevant": (
            "Bruk for å bygge selvtillit og anerkjenne tidligere erfaringer som ressurser. Særlig effektivt i oppfølgingssamtaler og refleksjon.",
            "Use to build self-confidence and to recognise past experiences as resources. Particularly effective in follow-up conversations and reflection.",
        ),
        # Seed: «oppfølgingssamtaler og refleksjon»; the group row's «Hva i deg er du mest stolt
        # av?»; the low self-esteem row's «Hvilke egenskaper hjelper deg å holde ut?».
        "phases": ["middle", "follow_up", "group", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva er du mest stolt av at du har fått til?",
                "What are you most proud of having achieved?",
            ),
            (
                "conversation",
                "",
                "Hvilke egenskaper hjalp deg dit?",
                "What qualities helped you get there?",
            ),
            (
                "conversation",
                "",
                "Hva forteller det deg om hvem du egentlig er?",
                "What does that tell you about who you really are?",
            ),
        ],
    },
    {
        "title": ("Verdier og livssyn", "Values and outlook on life"),
        "when_relevant": (
            "Bruk når personen søker retning eller ønsker å forstå seg selv bedre. Velegnet i livsmestring, recoverygrupper og veiledningssamtaler.",
            "Use when the person is looking for direction or wants to understand themselves better. Well suited to life-skills work, recovery groups and guidance sessions.",
        ),
        # Seed: The middle row's «verdier»; «recoverygrupper»; the low self-esteem row: «spørsmål
        # som fremhever styrker og verdier».
        "phases": ["middle", "group", "crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hvilke verdier er viktigst for deg i livet?",
                "Which values matter most to you in life?",
            ),
            (
                "conversation",
                "",
                "Hvordan prøver du å leve i tråd med dem?",
                "How do you try to live in line with them?",
            ),
            (
                "conversation",
                "",
                "Er det verdier du ønsker å styrke fremover?",
                "Are there values you would like to strengthen going forward?",
            ),
        ],
    },
    {
        "title": ("Endring og utvikling", "Change and personal growth"),
        "when_relevant": (
            "Passer når personen reflekterer over fortid og vekst – nyttig for å se kontinuitet og utvikling.",
            "Suitable when the person is reflecting on their past and on growth – useful for seeing continuity and development.",
        ),
        # Seed: «reflekterer over fortid og vekst»; the follow-up row's «Sjekk utvikling».
        "phases": ["middle", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan opplever du at du har endret deg som menneske de siste årene?",
                "How do you feel you have changed as a person in recent years?",
            ),
            (
                "conversation",
                "",
                "Hvilke erfaringer har påvirket deg mest?",
                "Which experiences have shaped you the most?",
            ),
            (
                "conversation",
                "",
                "Hva har du lært om deg selv gjennom vanskelige perioder?",
                "What have you learned about yourself through difficult periods?",
            ),
        ],
    },
    {
        "title": ("Selvaksept og håp for egen identitet", "Self-acceptance and hope for one's own identity"),
        "when_relevant": (
            "Bruk i samtaler der temaer som skam, stigma eller selvbilde dukker opp. Krever trygg relasjon og varme.",
            "Use in conversations where themes such as shame, stigma or self-image come up. Requires a safe relationship and warmth.",
        ),
        # Seed: «der temaer som skam, stigma eller selvbilde dukker opp»: the row «Ved lav
        # selvfølelse eller skam».
        "phases": ["crisis"],
        "questions": [
            (
                "conversation",
                "",
                "Hva gjør det lettere for deg å være deg selv?",
                "What makes it easier for you to be yourself?",
            ),
            (
                "conversation",
                "",
                "Er det sider ved deg selv du ønsker å akseptere mer?",
                "Are there sides of yourself you would like to accept more?",
            ),
            (
                "conversation",
                "",
                "Hva skal til for at du skal føle deg friere til å være den du er?",
                "What would it take for you to feel freer to be who you are?",
            ),
        ],
    },
    {
        "title": ("Fremtidig identitet og retning", "Future identity and direction"),
        "when_relevant": (
            "Bruk i planlegging og målsettingssamtaler. Gjør identitet til et aktivt utviklingsmål.",
            "Use in planning and goal-setting conversations. Makes identity an active goal for development.",
        ),
        # Seed: «Bruk i planlegging og målsettingssamtaler»; the follow-up row: «Gjør identitet
        # konkret».
        "phases": ["middle", "follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hvis du kunne beskrive deg selv om fem år – hvem er du da?",
                "If you could describe yourself five years from now – who would you be?",
            ),
            (
                "conversation",
                "",
                "Hva håper du andre skal si om deg?",
                "What do you hope others will say about you?",
            ),
            (
                "conversation",
                "",
                "Hvilke små steg kan bringe deg nærmere den personen du ønsker å være?",
                "What small steps could bring you closer to the person you want to be?",
            ),
        ],
    },
    {
        "title": ("Utforskning sammen", "Exploring together"),
        "when_relevant": (
            "Bruk i avslutning eller tiltaksplan – for å forankre arbeidet i samarbeid og empowerment.",
            "Use when wrapping up or in the action plan – to ground the work in collaboration and empowerment.",
        ),
        # Seed: «Bruk i avslutning eller tiltaksplan – for å forankre arbeidet»: the row
        # «Oppfølgingsfase (handling og forankring)».
        "phases": ["follow_up"],
        "questions": [
            (
                "conversation",
                "",
                "Hvordan kan vi sammen bidra til å styrke din identitet?",
                "How can we work together to help strengthen your identity?",
            ),
            (
                "conversation",
                "",
                "Hva kan hjelpe deg å bruke dine styrker i praksis?",
                "What could help you put your strengths into practice?",
            ),
            (
                "conversation",
                "",
                "Hvem eller hva støtter deg i å være deg selv?",
                "Who or what supports you in being yourself?",
            ),
        ],
    },
]
