"""Demo content for the CHIME element page Empowerment (Myndiggjøring), in Norwegian and English.

Sources: seed 001 (purpose of the questions, usage guide by conversation phase and key
principles for the element "Empowerment", OCR errors repaired) and seed 002 (the practical
guide's "Myndiggjøring" table). The element's question bank is in
question_bank/demo_content/empowerment.py.
"""

INTRO = (
    "Myndiggjøring handler om å styrke opplevelsen av innflytelse, kontroll, valg og egenkraft i eget liv. Arbeidet handler om å flytte makt – ikke å gi den – og om å støtte personen i å ta eierskap over egen bedring, egne valg og egen fremtid.",
    "Empowerment is about strengthening a person's sense of influence, control, choice and personal agency in their own life. The work is about shifting power – not handing it out – and about supporting the person in taking ownership of their own recovery, their own choices and their own future.",
)

PURPOSE = [
    (
        "Utforske hvordan personen tar og ønsker å ta beslutninger i eget liv.",
        "Explore how the person makes, and would like to make, decisions in their own life.",
    ),
    (
        "Støtte utviklingen av selvstendighet, selvtillit og opplevelse av mestring.",
        "Support the development of independence, self-confidence and a sense of mastery.",
    ),
    (
        "Identifisere områder hvor maktbalansen kan justeres – fra «hjelp til» til «samarbeid med».",
        "Identify areas where the balance of power can be adjusted – from “helping” to “collaborating with”.",
    ),
    (
        "Fremme handling og aktiv deltakelse i egen prosess.",
        "Encourage action and active participation in the person's own process.",
    ),
]

# Rows: (phase code of question_bank.phases, label, purpose and tips), in the seed's order.
PHASE_GUIDE = [
    (
        "opening",
        ("Innledende fase", "Opening phase"),
        (
            "Utforsk personens nåværende opplevelse av kontroll og påvirkning. Bruk åpne spørsmål som «Når føler du at du har mest styring i livet ditt?» for å etablere grunnlag.",
            "Explore the person's current sense of control and influence. Use open questions such as “When do you feel most in control of your life?” to lay a foundation.",
        ),
    ),
    (
        "middle",
        ("Midtfase (refleksjon og planlegging)", "Middle phase (reflection and planning)"),
        (
            "Jobb med å identifisere styrker og ressurser. Spør «Hva har du klart på egen hånd før?» for å bygge mestringstro. Kartlegg hvor personen ønsker støtte.",
            "Work on identifying strengths and resources. Ask “What have you managed on your own before?” to build self-efficacy. Map out where the person would like support.",
        ),
    ),
    (
        "follow_up",
        ("Oppfølgingsfase (handling og læring)", "Follow-up phase (action and learning)"),
        (
            "Fokuser på små steg og synlige resultater. «Hva var det du fikk til siden sist som du er fornøyd med?» eller «Hva lærte du av det valget du tok?»",
            "Focus on small steps and visible results. “What did you manage to do since last time that you are pleased with?” or “What did you learn from the choice you made?”",
        ),
    ),
    (
        "group",
        ("I grupper eller kollektive settinger", "In groups or collective settings"),
        (
            "Bruk spørsmål som løfter frem deltakelse og ansvar: «Hvordan kan vi i gruppa støtte hverandre i å ta egne valg?» – styrker fellesskapsfølelse og myndiggjøring.",
            "Use questions that highlight participation and responsibility: “How can we in the group support each other in making our own choices?” – this strengthens the sense of community and empowerment.",
        ),
    ),
    (
        "crisis",
        ("Ved lav mestringstro eller passivitet", "When self-efficacy is low or there is passivity"),
        (
            "Start forsiktig og konkret. «Hva har du klart i dag som du trodde du ikke skulle orke?» – løft små, realistiske eksempler på kontroll og egeninnsats.",
            "Start gently and concretely. “What have you managed today that you thought you wouldn't have the energy for?” – highlight small, realistic examples of control and personal effort.",
        ),
    ),
]

KEY_PRINCIPLES = [
    (
        "Empowerment handler om å flytte makt – ikke å gi den: støtte mennesker til å finne og bruke sin egen stemme.",
        "Empowerment is about shifting power – not handing it out: supporting people to find and use their own voice.",
    ),
    (
        "Reell myndiggjøring skjer når personen opplever valgfrihet og ansvar, ikke bare får lov til å velge innenfor rammene.",
        "Real empowerment happens when the person experiences freedom of choice and responsibility, not merely being allowed to choose within set limits.",
    ),
    (
        "Det innebærer balanse mellom støtte og autonomi – «jeg går ved siden av deg, ikke foran».",
        "It involves a balance between support and autonomy – “I walk beside you, not in front of you”.",
    ),
    (
        "Myndiggjøring styrkes i fellesskap: når mennesker deler erfaringer, inspirerer hverandre og blir sett som aktører, ikke mottakere.",
        "Empowerment grows stronger in community: when people share experiences, inspire one another and are seen as active participants, not recipients.",
    ),
]

PRACTICAL_GUIDE_TITLE = ("Myndiggjøring", "Empowerment")

PRACTICAL_GUIDE = [
    {
        "subcategory": ("Personlig ansvar", "Personal responsibility"),
        "meaning": (
            "Ta eierskap over egen bedring og daglige valg, innenfor egne rammer og kapasitet.",
            "Taking ownership of one's own recovery and daily choices, within one's own limits and capacity.",
        ),
        "support": (
            "Støtte personen til å ta beslutninger selv; legge til rette for samvalg og gradvis økt selvstendighet; gi verktøy for egenmestring.",
            "Support the person in making decisions themselves; make room for shared decision-making and gradually greater independence; provide tools for self-management.",
        ),
        "questions": (
            "Hvilke valg ønsker du å ta selv i egen situasjon? På hvilke områder føler du deg klar til å ta mer ansvar?",
            "What choices would you like to make yourself in your own situation? In which areas do you feel ready to take on more responsibility?",
        ),
    },
    {
        "subcategory": ("Kontroll over eget liv", "Control over one's own life"),
        "meaning": (
            "Følelse av å kunne styre retning, ta beslutninger og påvirke egen fremtid.",
            "A sense of being able to set one's direction, make decisions and influence one's own future.",
        ),
        "support": (
            "Jobbe med mål og livsplaner; gi reell innflytelse på behandling og hverdagsbeslutninger; tilrettelegg slik at personen kan velge aktiviteter, nettverk og støtte.",
            "Work on goals and life plans; give real influence over treatment and everyday decisions; arrange things so that the person can choose their activities, network and support.",
        ),
        "questions": (
            "Hvor føler du mest og minst kontroll i livet ditt? Hva kunne hjelpe deg å oppleve mer styring over egen hverdag?",
            "Where in your life do you feel most and least in control? What could help you feel more in charge of your everyday life?",
        ),
    },
    {
        "subcategory": ("Fokus på egne styrker", "Focus on one's own strengths"),
        "meaning": (
            "Se og bruke ressurser, ferdigheter og kvaliteter fremfor bare utfordringer.",
            "Seeing and using resources, skills and qualities rather than only challenges.",
        ),
        "support": (
            "Utforsk styrker gjennom kartlegging, refleksjon og anerkjennelse; bruk styrkebasert språk; legg opp til aktiviteter som gir mestringsfølelse.",
            "Explore strengths through mapping, reflection and recognition; use strength-based language; plan activities that give a sense of mastery.",
        ),
        "questions": (
            "Hva er du god på eller får energi av? Hvilke egenskaper har hjulpet deg gjennom vanskelige tider?",
            "What are you good at, or what gives you energy? Which qualities have helped you through difficult times?",
        ),
    },
]
