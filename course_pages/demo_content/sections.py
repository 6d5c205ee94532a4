"""Our own demo texts for the section pages and the guides' framing (nb, en)."""

COURSE_INDEX_INTRO = (
    "Kurs fra KBT Fagskole for ansatte i kommunale tjenester innen psykisk helse og rus.",
    "Courses from KBT Fagskole for staff in municipal mental-health and substance-abuse services.",
)
GUIDE_INDEX_INTRO = (
    "Praktiske veiledere og arbeidsark til bruk i samtaler og undervisning. Alle kan skrives ut eller lastes ned som PDF.",
    "Practical guides and worksheets for conversations and teaching. All of them can be printed or downloaded as PDFs.",
)
PRACTICAL_GUIDE_TITLE = (
    "CHIME – Praktisk veileder for bruk i tjeneste og undervisning",
    "CHIME – A practical guide for services and teaching",
)
PRACTICAL_GUIDE_INTRO = (
    "CHIME (tilhørighet, håp, identitet, mening og myndiggjøring) er et rammeverk for personlig recovery. Veilederen beskriver hver prosess med underkategorier, forklaringer, forslag til praktisk bruk og eksempler på spørsmål.",
    "CHIME (connectedness, hope, identity, meaning and empowerment) is a framework for personal recovery. The guide describes each process with subcategories, explanations, suggestions for practical use and example questions.",
)
PLAN_WORKSHEET = [
    (
        "answer_field",
        {
            "label": ("Mine mål", "My goals"),
            "help_text": ("Hva ønsker du å oppnå?", "What would you like to achieve?"),
            "lines": 5,
        },
    ),
    (
        "answer_field",
        {
            "label": ("Neste steg", "Next steps"),
            "help_text": ("Hva gjør vi, hvem gjør hva, og når?", "What will we do, who does what, and when?"),
            "lines": 5,
        },
    ),
    (
        "answer_field",
        {
            "label": ("Støttepersoner", "Support persons"),
            "help_text": ("Hvem kan støtte deg underveis?", "Who can support you along the way?"),
            "lines": 3,
        },
    ),
]
