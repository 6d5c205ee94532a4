"""Demo evaluation form of the CHIME conversation and action plan, in Norwegian and English.

Source: seed 001 (the "CHIME-samtale- og tiltaksplan" at the end of the question bank, its
"Refleksjon og oppfølging" part: "Evalueringsskjema etter samtale"), with the OCR errors in
the Norwegian text repaired. One theme per group of the form ("For brukeren", "For
fagpersonen"), each holding its evaluation questions as (kind, audience, Norwegian, English).
The themes belong to no CHIME element; the "when relevant" texts are drawn from the form's
heading and questions.

Both evaluation forms suit the follow-up phase (``phases``, codes of question_bank.phases):
seed 001 places them under «Refleksjon og oppfølging».
"""

THEMES = [
    {
        "title": (
            "Evalueringsskjema etter samtale – for brukeren",
            "Evaluation form after a conversation – for the service user",
        ),
        "when_relevant": (
            "Bruk etter samtalen, som del av refleksjon og oppfølging. Brukeren svarer selv og gir tilbakemelding på hvordan samtalen ble opplevd, hvilke CHIME-områder som var mest relevante, og hvilke neste steg som føles riktige.",
            "Use after the conversation, as part of reflection and follow-up. The service user answers these questions themselves and gives feedback on how they experienced the conversation, which CHIME areas were most relevant and which next steps feel right.",
        ),
        # Seed: Seed 001 places the evaluation form under «Refleksjon og oppfølging».
        "phases": ["follow_up"],
        "questions": [
            (
                "evaluation",
                "service_user",
                "Hvor godt følte du deg hørt og forstått?",
                "How well did you feel heard and understood?",
            ),
            (
                "evaluation",
                "service_user",
                "Hvilke CHIME-områder føltes mest relevante?",
                "Which CHIME areas felt most relevant?",
            ),
            (
                "evaluation",
                "service_user",
                "Hva tar du med deg fra samtalen?",
                "What will you take away with you from the conversation?",
            ),
            (
                "evaluation",
                "service_user",
                "Hvilke neste steg føles riktige for deg?",
                "Which next steps feel right for you?",
            ),
        ],
    },
    {
        "title": (
            "Evalueringsskjema etter samtale – for fagpersonen",
            "Evaluation form after a conversation – for the professional",
        ),
        "when_relevant": (
            "Bruk etter samtalen, som del av refleksjon og oppfølging. Fagpersonen vurderer egen praksis: balansen mellom lytting og veiledning, om tilnærmingen var styrkebasert og fikk frem brukerens ressurser, og hvilke oppfølgingstiltak som bør velges.",
            "Use after the conversation, as part of reflection and follow-up. The professional reviews their own practice: the balance between listening and guidance, whether the approach was strength-based and brought out the service user's resources, and which follow-up interventions to choose.",
        ),
        # Seed: Seed 001 places the evaluation form under «Refleksjon og oppfølging».
        "phases": ["follow_up"],
        "questions": [
            (
                "evaluation",
                "service_provider",
                "Hvordan balanserte jeg lytting og veiledning?",
                "How did I balance listening and guidance?",
            ),
            (
                "evaluation",
                "service_provider",
                "Fikk vi belyst brukerens ressurser?",
                "Did we shed light on the service user's resources?",
            ),
            (
                "evaluation",
                "service_provider",
                "Var tilnærmingen tilstrekkelig styrkebasert?",
                "Was the approach sufficiently strength-based?",
            ),
            (
                "evaluation",
                "service_provider",
                "Hvilke oppfølgingstiltak er mest hensiktsmessige?",
                "Which follow-up interventions are most appropriate?",
            ),
        ],
    },
]
