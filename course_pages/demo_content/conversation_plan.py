"""Demo content for the guide "CHIME conversation and action plan", in Norwegian and English.

Source: seed 001 (the "CHIME-samtale- og tiltaksplan" at the end of the question bank: its
introduction, where the plan can be used, why to use it, the strength-based interventions
and the links to other tools), with the OCR errors in the Norwegian text repaired. The
plan's evaluation form is in question_bank/demo_content/conversation_plan.py.
"""

INTRO = (
    "Et strukturert verktøy for fagpersoner og erfaringskonsulenter til planlegging, gjennomføring og evaluering av recovery-orienterte samtaler og tiltak basert på CHIME-prosessene. Denne malen gir konkrete verktøy for systematisk arbeid med brukerens recovery-prosess, med fokus på styrkebaserte tilnærminger og norsk praksis.",
    "A structured tool for professionals and peer support workers for planning, carrying out and evaluating recovery-oriented conversations and interventions based on the CHIME processes. This template provides concrete tools for working systematically with the service user's recovery process, with a focus on strength-based approaches and Norwegian practice.",
)

WHO_FOR = [
    (
        "Individuell recovery-planlegging: Gir struktur for samtaler om mening, retning og livskvalitet, og hjelper til å tydeliggjøre personlige mål og støttebehov.",
        "Individual recovery planning: Gives structure to conversations about meaning, direction and quality of life, and helps to clarify personal goals and support needs.",
    ),
    (
        "Psykisk helse- og rustjenester: Et verktøy for å systematisere recovery-orientert praksis i ulike tjenester, ved å knytte klinisk arbeid til brukerens egne mål.",
        "Mental-health and substance-abuse services: A tool for making recovery-oriented practice more systematic across different services, by linking clinical work to the service user's own goals.",
    ),
    (
        "Ideelle organisasjoner og frivillig sektor: Gir ansatte og frivillige et felles språk for å støtte bedringsprosesser i aktivitetshus og møteplasser.",
        "Non-profit organisations and the voluntary sector: Gives staff and volunteers a shared language for supporting recovery processes in activity centres and meeting places.",
    ),
    (
        "Erfaringskonsulenter og medarbeidere med brukererfaring: Et rammeverk for strukturert bruk av egen erfaring i samtaler og veiledning.",
        "Peer support workers and staff with lived experience: A framework for the structured use of their own experience in conversations and guidance.",
    ),
    (
        "Rehabilitering og oppfølging: Brukes i samtaler ved overgang til selvstendig liv for å identifisere støttebehov og fremme mestring.",
        "Rehabilitation and follow-up: Used in conversations during the transition to independent living, to identify support needs and promote mastery.",
    ),
    (
        "Fritids- og arbeidstreningstiltak: Støtter ansatte og veiledere i å se deltakernes styrker og knytte aktiviteter til personlig utvikling.",
        "Leisure and work-training programmes: Supports staff and supervisors in seeing the participants' strengths and linking activities to personal development.",
    ),
    (
        "Kriseintervensjon og stabilisering: Kan brukes fleksibelt i akutte situasjoner for å skape struktur, trygghet og kartlegge støtte.",
        "Crisis intervention and stabilisation: Can be used flexibly in acute situations to create structure and safety and to map support.",
    ),
    (
        "Målstyring, mestring og motivasjon: Fremmer aktiv deltakelse i egen prosess ved å definere realistiske og meningsfulle mål og delmål.",
        "Goal management, mastery and motivation: Encourages active participation in one's own process by defining realistic and meaningful goals and sub-goals.",
    ),
    (
        "Utdanning, opplæring og fagutvikling: Brukes i opplæring for å bygge felles forståelse av recovery-orientert arbeid.",
        "Education, training and professional development: Used in training to build a shared understanding of recovery-oriented work.",
    ),
    (
        "Samarbeid med pårørende og nettverk: Bidrar indirekte til å involvere og informere pårørende, og styrker støtten rundt personen.",
        "Collaboration with family, carers and networks: Contributes indirectly to involving and informing family and carers, and strengthens the support around the person.",
    ),
]

WHY_USE = (
    "Hvorfor bruke CHIME-samtale- og tiltaksplanen? Den samler ulike aktører rundt et felles språk for recovery, synliggjør menneskets egne mål og ressurser, styrker samarbeid på tvers av sektorer, og kan brukes uavhengig av fagbakgrunn.",
    "Why use the CHIME conversation and action plan? It brings different stakeholders together around a shared language for recovery, makes the person's own goals and resources visible, strengthens collaboration across sectors, and can be used regardless of professional background.",
)

INTERVENTIONS = [
    {
        "title": ("Nettverkskartlegging", "Network mapping"),
        "text": (
            "Visualiser brukerens sosiale nettverk og identifiser ressurser. Bruk sirkeldiagram for å kartlegge nærmeste støttepersoner – familie og venner, profesjonelle hjelpere og interessefellesskap.",
            "Visualise the service user's social network and identify resources. Use a circle diagram to map the closest support persons – family and friends, professional helpers and communities of interest.",
        ),
    },
    {
        "title": ("Ressursorientering", "Resource orientation"),
        "text": (
            "Fokuser på brukerens styrker, interesser og tidligere mestringsopplevelser – styrkekartet (hva fungerer godt?), tidligere suksesser og mestring, og naturlige talenter og interesser.",
            "Focus on the service user's strengths, interests and past experiences of mastery – the strengths map (what is working well?), past successes and mastery, and natural talents and interests.",
        ),
    },
    {
        "title": ("Målrettet planlegging", "Goal-oriented planning"),
        "text": (
            "Sett sammen håndterbare delmål som bygger mot større visjoner – SMART-mål tilpasset recovery, fleksible planer med rom for endring, og brukerens egne prioriteringer.",
            "Put together manageable sub-goals that build towards larger visions – SMART goals adapted to recovery, flexible plans with room for change, and the service user's own priorities.",
        ),
    },
    {
        "title": ("Empowerment-teknikker", "Empowerment techniques"),
        "text": (
            "Styrk brukerens opplevelse av kontroll og påvirkning – valgmuligheter i alle faser, brukerens ekspertise på eget liv og gradvis økt selvstendighet.",
            "Strengthen the service user's sense of control and influence – choices in every phase, the service user's expertise in their own life, and gradually increasing independence.",
        ),
    },
]

OTHER_TOOLS = [
    (
        "Individuell plan (IP): Overfør mål og tiltak",
        "Individual plan (IP): Transfer goals and interventions",
    ),
    (
        "WRAP: Inkluder i kriseplan og daglige strategier",
        "WRAP: Include in the crisis plan and daily strategies",
    ),
    (
        "Teamsamarbeid: Del relevant informasjon med tverrfaglig team",
        "Teamwork: Share relevant information with the interdisciplinary team",
    ),
]

# The source's closing reminder.
REMINDER = (
    "Husk: Recovery er en individuell prosess. Bruk CHIME som kompass, ikke som rigid mal. Fleksibilitet og brukermedvirkning er avgjørende for suksess.",
    "Remember: Recovery is an individual process. Use CHIME as a compass, not as a rigid template. Flexibility and user involvement are essential for success.",
)
