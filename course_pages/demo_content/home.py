"""The front page's demo text (our own words, nb and en)."""

TITLE = ("KBT Fagskole", "KBT Fagskole")
SLUG = ("kbt", "kbt")
INTRO = (
    "Kurs og læremateriell for recoveryorientert praksis i kommunale tjenester innen psykisk helse og rus.",
    "Courses and learning material for recovery-oriented practice in municipal mental-health and substance-abuse services.",
)
BODY = [
    ("heading", ("Om nettstedet", "About this site")),
    (
        "text",
        (
            "Her finner du kurs, leksjoner og praktiske veiledere fra KBT Fagskole. Alt innhold finnes på norsk og engelsk, og veilederne kan skrives ut eller lastes ned som PDF.",
            "Here you will find courses, lessons and practical guides from KBT Fagskole. All content is available in Norwegian and English, and the guides can be printed or downloaded as PDFs.",
        ),
    ),
]

# The front page's sections (course_pages.demo.load_front_page).
FEATURED_HEADING = ("Kurs og veiledere", "Courses and guides")
FEATURED_INTRO = (
    "Start med kurset om CHIME-modellen, eller ta med den praktiske veilederen inn i samtalen.",
    "Start with the course on the CHIME model, or take the practical guide into the conversation.",
)
CHIME_HEADING = ("CHIME-modellen", "The CHIME model")
CHIME_INTRO = (
    "CHIME beskriver fem områder som har betydning for personlig recovery: tilhørighet, håp, identitet, mening og myndiggjøring. Hvert område har sin egen side med praktisk veileder og spørsmålsbank.",
    "CHIME describes five areas that matter for personal recovery: connectedness, hope, identity, meaning and empowerment. Each area has its own page with a practical guide and a question bank.",
)
NEWS_HEADING = ("Siste nytt", "Latest news")
PROJECT_HEADING = ("Prosjektet vårt", "Our project")
