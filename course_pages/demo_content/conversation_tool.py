"""Demo content for the conversation tool (issue 15), in Norwegian and English: the tool page
under the CHIME overview and a few ready-made sets, drawn from the phase guides of seed 001
("Veiledning etter fase i samtalen"). The conversation plan section appended to a PDF is the
plan's worksheet (``sections.PLAN_WORKSHEET``)."""

TITLE = ("Samtaleverktøy", "Conversation tool")
SLUG = ("samtaleverktoy", "conversation-tool")
INTRO = (
    "Sett sammen spørsmålene til neste samtale: velg CHIME-elementer, fasen i samtalen og hvem spørsmålene er til. Du får spørsmålene med veiledning for fasen, og kan skrive dem ut eller laste dem ned som en PDF med plass til svar.",
    "Put together the questions for your next conversation: choose CHIME elements, the phase of the conversation and whom the questions are for. You get the questions with guidance for the phase, and can print them or download them as a PDF with room for answers.",
)
OVERVIEW_LINK = (
    "Sett sammen spørsmål til en samtale med samtaleverktøyet.",
    "Put together the questions for a conversation with the conversation tool.",
)

# (title, description, elements, phase, audience, Norwegian theme titles, answer lines, plan)
SETS = [
    {
        "title": ("Første samtale – Håp", "First conversation – Hope"),
        "description": (
            "Trygge, åpne spørsmål om håp til den første samtalen.",
            "Safe, open questions about hope for the first conversation.",
        ),
        "elements": ["hope"],
        "phase": "opening",
        "audience": "",
        "themes": [],
        "answer_lines": 3,
        "include_plan": False,
    },
    {
        "title": ("Oppfølging – hele CHIME", "Follow-up – all of CHIME"),
        "description": (
            "Se tilbake på hva som har hjulpet siden sist, med samtaleplanen til slutt.",
            "Look back at what has helped since last time, with the conversation plan at the end.",
        ),
        "elements": [],
        "phase": "follow_up",
        "audience": "",
        "themes": [],
        "answer_lines": 2,
        "include_plan": True,
    },
    {
        "title": ("Gruppesamtale – Tilhørighet og håp", "Group conversation – Connectedness and hope"),
        "description": (
            "Spørsmål til felles refleksjon i grupper og på møteplasser.",
            "Questions for shared reflection in groups and meeting places.",
        ),
        "elements": ["connectedness", "hope"],
        "phase": "group",
        "audience": "",
        "themes": [],
        "answer_lines": 2,
        "include_plan": False,
    },
    {
        "title": ("Når det er tungt – Håp", "When things are hard – Hope"),
        "description": (
            "Nære, jordnære spørsmål når personen er motløs eller i krise.",
            "Down-to-earth questions for when the person is despondent or in crisis.",
        ),
        "elements": ["hope"],
        "phase": "crisis",
        "audience": "",
        "themes": ["Styrker og ressurser"],
        "answer_lines": 3,
        "include_plan": False,
    },
]
