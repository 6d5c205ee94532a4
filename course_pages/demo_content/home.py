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
