"""The CHIME 2.0 project page: seed 000 (Norwegian) and its English version in seed 003.

Names of the project group are shown as the college shows them publicly; no phone numbers
or e-mail addresses. Seed 000 gives the nine activities and says they are spread over four
phases, without saying which activity belongs to which phase; the grouping below follows
its description of the phases (1–2: gathering input, co-design and the pilot; 3: the
courses; 4: evaluation, continuation and dissemination).
"""

INDEX_TITLE = ("Prosjekter", "Projects")
INDEX_SLUG = ("prosjekter", "projects")
INDEX_INTRO = (
    "Utviklingsprosjekter KBT Fagskole leder eller deltar i, sammen med kommuner, brukerorganisasjoner og forskningsmiljøer.",
    "Development projects that KBT Fagskole leads or takes part in, together with municipalities, user organisations and research groups.",
)

# (name, url)
ORGANISATIONS = {
    "kbt": (("KBT Fagskole", "KBT Fagskole"), "https://www.kbtfagskole.no/"),
    "rph": (("Rådet for psykisk helse", "Council for Mental Health"), "https://www.psykiskhelse.no/"),
    "kings": (("King’s College London", "King’s College London"), "https://www.kcl.ac.uk/"),
    "ntnu": (("NTNU", "NTNU"), "https://www.ntnu.no/"),
    "baerum": (("Bærum kommune", "Bærum municipality"), "https://www.baerum.kommune.no/"),
    "sandnes": (("Sandnes kommune", "Sandnes municipality"), "https://www.sandnes.kommune.no/"),
    "tromso": (("Tromsø kommune", "Tromsø municipality"), "https://www.tromso.kommune.no/"),
    "trondheim": (("Trondheim kommune", "Trondheim municipality"), "https://www.trondheim.kommune.no/"),
    "dam": (("Stiftelsen Dam", "The Dam Foundation"), "https://dam.no/"),
}

# key: (name, title, organisation key)
PEOPLE = {
    "karl_johan": ("Karl Johan Johansen", ("Rektor", "Principal"), "kbt"),
    "anne": ("Anne Hirrich", None, "kbt"),
    "yvonne": ("Yvonne Vornes", ("Erfaringskonsulent", "Peer support worker"), "kbt"),
    "ottar": ("Ottar Ness", None, "ntnu"),
    "mary": ("Mary Leamy", None, "kings"),
}

PROJECT = {
    "title": (
        "CHIME 2.0 – Recoveryorienterte opplæringskurs",
        "CHIME 2.0 – Recovery-oriented training courses",
    ),
    "slug": ("chime-2-0", "chime-2-0"),
    "summary": (
        "Sammen med fire norske kommuner utvikler og leverer vi recoveryorienterte opplæringskurs for tjenesteledere og ansatte i kommunale psykiske helse- og rustjenester.",
        "Together with four Norwegian municipalities, we develop and deliver recovery-oriented training courses for service leaders and employees in municipal mental health and addiction services.",
    ),
    "start_year": 2023,
    "end_year": 2025,
    "status": "ongoing",
    # (person key, role in the project)
    "members": [
        ("karl_johan", ("prosjektleder", "project manager")),
        (
            "anne",
            (
                "prosjektkoordinator, permisjon 1.12.2023–30.11.2024",
                "project coordinator, on leave 1.12.2023–30.11.2024",
            ),
        ),
        ("yvonne", ("prosjektmedarbeider, erfaringskonsulent", "project member, peer support worker")),
        ("ottar", None),
        ("mary", None),
    ],
    "body": [
        ("heading", ("Om CHIME 2.0", "About CHIME 2.0")),
        (
            "paragraphs",
            [
                (
                    "Prosjektet bygger på pilotprosjektet CHIME 1.0. I piloten undersøkte vi utfordringer og pådrivere knyttet til implementering av recoveryorienterte praksiser i helse- og velferdstjenester i Norge. Vi identifiserte store variasjoner hos tjenesteytere og -ledere i måten de jobber med personlig og/eller klinisk recovery, og i måten de vektlegger erfaringskompetanse i arbeidet med tjenestemottakere.",
                    "The project builds on the pilot project CHIME 1.0. The pilot examined challenges and drivers related to the implementation of recovery-oriented practices in health and welfare services in Norway. We identified significant variations in how service providers and leaders work with personal and/or clinical recovery and how they emphasise experiential expertise in working with service recipients.",
                ),
                (
                    "Bakgrunnen for CHIME 2.0 er derfor identifiserte behov for å utvikle recoveryorienterte psykiske helse- og rustjenester i norske kommuner, særlig på tjenestemottakerens premisser. Videre er det behov for å tydeliggjøre hvordan endringer i kunnskap, ferdigheter og holdninger hos alle involverte i tjenesteutvikling skal skje.",
                    "The background for CHIME 2.0 is therefore the identified need to develop recovery-oriented mental health and addiction services in Norwegian municipalities, particularly on the service recipient’s terms. Furthermore, there is a need to clarify how changes in knowledge, skills and attitudes among all involved in service development should occur.",
                ),
            ],
        ),
        ("heading", ("Skal utvikle recoveryorienterte kurs", "Developing recovery-oriented courses")),
        (
            "paragraphs",
            [
                (
                    "I prosjektet CHIME 2.0 skal vi sammen med fire norske kommuner utvikle og levere recoveryorienterte opplæringskurs for tjenesteledere og ansatte i kommunale psykiske helse- og rustjenester.",
                    "In the CHIME 2.0 project, we will develop and deliver recovery-oriented training courses for service leaders and employees in municipal mental health and addiction services together with four Norwegian municipalities.",
                ),
                (
                    "Målet er at kursene videreføres av deltakerkommunenes egne ansatte og lokale frivillige, og å etablere et digitalt opplæringstilbud via KBT Fagskole. Opplæringen skal ta for seg hvordan praktisk recoveryarbeid kan bli organisert, anvendt og gjennomført i tjenestene.",
                    "The goal is that the courses will be continued by the participating municipalities’ own employees and local volunteers, and to establish a digital training offering through KBT Fagskole. The training will address how practical recovery work can be organised, applied and carried out in services.",
                ),
            ],
        ),
        (
            "heading",
            (
                "Tjenester, tjenestemottakere og tjenesteytere",
                "Services, service recipients and service providers",
            ),
        ),
        (
            "paragraphs",
            [
                (
                    "Opplæringskursene utvikles i samarbeid med tjenestemottakere, -ytere og -ledere i psykiske helse- og rustjenester i deltakerkommunene.",
                    "The training courses are developed in collaboration with service recipients, providers and leaders in mental health and addiction services in the participating municipalities.",
                ),
                (
                    "Med tjenester mener vi kommunale virksomheter, enheter eller organisasjoner som tilbyr aktiviteter og tiltak innen rus og psykisk helsehjelp. Tjenestemottakere er eksempelvis brukere, deltakere eller pasienter av tjenestene, eller innbyggere som får kommunal rus- og psykisk helsehjelp.",
                    "By services, we mean municipal businesses, units or organisations that offer activities and measures within substance abuse and mental health assistance. Service recipients are, for example, users, participants or patients of the services, or residents who receive municipal substance abuse and mental health assistance.",
                ),
                (
                    "Tjenesteytere er kommunalt ansatte i tjenestene, for eksempel erfaringskonsulenter/-medarbeidere, miljø- og sosialarbeidere og helsepersonell. Tjenesteledere er kommunale ledere i tjenestene, for eksempel avdelings- og enhetsledere.",
                    "Service providers are municipal employees in the services, such as peer support workers, environmental and social workers, and healthcare personnel. Service leaders are municipal leaders in the services, for example department and unit managers.",
                ),
            ],
        ),
    ],
    "goals": [
        (
            "p",
            (
                "Målet med prosjektet er å utvikle og levere recoveryorienterte opplæringskurs for tjenesteledere og ansatte i kommunale psykiske helse- og rustjenester. Kursene skal bidra til å styrke livskvaliteten til tjenestemottakere av kommunale psykiske helse- og rustjenester ved å sikre at tjenestene",
                "The project aims to develop and deliver recovery-oriented training courses for service leaders and employees in municipal mental health and addiction services. The courses shall help enhance the quality of life for recipients of municipal mental health and addiction services by ensuring that the services",
            ),
        ),
        (
            "ul",
            [
                ("jobber recoveryorientert", "work in a recovery-oriented way"),
                (
                    "involverer tjenestemottakere slik at deres styrker, behov, personlige verdier og mål blir identifisert og vektlagt",
                    "involve service recipients so that their strengths, needs, personal values and goals are identified and emphasised",
                ),
            ],
        ),
        (
            "p",
            (
                "Kursene skal også støtte ledere og ansatte i kommunale psykiske helse- og rustjenester til å",
                "The courses shall also support leaders and employees in municipal mental health and addiction services to",
            ),
        ),
        (
            "ul",
            [
                ("implementere en recoveryvisjon", "implement a recovery vision"),
                (
                    "skape engasjement og kultur på tvers av tjenestene",
                    "create engagement and culture across their services",
                ),
                (
                    "styrke de ansattes praktiske ferdigheter og kunnskaper innen personlig recovery for å sikre gode tilbud til tjenestemottakeren",
                    "strengthen the practical skills and knowledge of employees within personal recovery to ensure good offers to the service recipient",
                ),
            ],
        ),
    ],
    "expected_contributions": [
        (
            "p",
            (
                "Vi har flere forventninger og tanker rundt hva CHIME 2.0 kan bidra til og føre til:",
                "We have several expectations and thoughts on what CHIME 2.0 can contribute to and lead to:",
            ),
        ),
        (
            "ol",
            [
                (
                    "Å styrke et recoveryorientert tjenestedesign på brukerens premisser.",
                    "Strengthening a recovery-oriented service design on the user’s terms.",
                ),
                (
                    "Styrket samskaping mellom tjenestemottakere og -ytere i læringsprosesser om personlig recovery.",
                    "Enhanced co-creation between service recipients and providers in learning processes about personal recovery.",
                ),
                (
                    "At flere kommuner får tilgang til opplæringskursene på sikt.",
                    "That more municipalities gain access to the training courses over time.",
                ),
                (
                    "At frivillige bruker- og pårørendeorganisasjoner får tilgang til opplæringskursene.",
                    "That voluntary user and family organisations gain access to the training courses.",
                ),
                (
                    "En systematisk implementering av recoveryorienterte praksiser og rutiner i tjenestene.",
                    "A systematic implementation of recovery-oriented practices and routines in services.",
                ),
                (
                    "Et styrket samarbeid mellom tjenestene på brukerens premisser.",
                    "Strengthened cooperation between services on the user’s terms.",
                ),
                (
                    "Samarbeidsrelasjoner og en felles recoveryorientering mellom tjenesteytere og -ledere.",
                    "Collaborative relationships and a common recovery orientation between service providers and leaders.",
                ),
                (
                    "Forbedret kunnskap, ferdigheter og holdninger innen personlig recovery for helsepersonell.",
                    "Improved knowledge, skills and attitudes within personal recovery for health personnel.",
                ),
                (
                    "At deltakerkommunene viderefører opplæringskursene etter fullført prosjekt.",
                    "That the participating municipalities continue the training courses after the project is completed.",
                ),
                (
                    "At opplæringskursene utvikles som utdanningstilbud hos KBT Fagskole.",
                    "That the training courses are developed as educational offerings at KBT Fagskole.",
                ),
            ],
        ),
    ],
    "partners": ["kbt", "rph", "kings", "ntnu"],
    "municipalities": ["baerum", "sandnes", "tromso", "trondheim"],
    "phases_intro": [
        (
            "Prosjektet gjennomføres med ni aktiviteter fordelt på fire faser. I fase 1 og 2 innhenter og analyserer vi tilbakemeldinger, refleksjoner og innspill fra tjenestemottakere, -ytere og -ledere. Vi skal også utvikle og gjennomføre en pilot av opplæringskurset.",
            "The project is conducted with nine activities spread across four phases. In phases 1 and 2, we gather and analyse feedback, reflections and input from service recipients, providers and leaders. We will also develop and carry out a pilot of the training course.",
        ),
        (
            "I fase 3 gjennomfører vi opplæringskurs i de resterende deltakerkommunene. I fase 4 jobber vi med evaluering av opplæringskursene samt videreføring og formidling av opplæringstilbudet.",
            "In phase 3, we conduct training courses in the remaining participating municipalities. In phase 4, we work on the evaluation of the training courses as well as the continuation and dissemination of the training offer.",
        ),
    ],
    "phases": [
        {
            "title": ("Kartlegging og innspill", "Mapping and input"),
            "description": (
                "Vi innhenter tilbakemeldinger, refleksjoner og innspill fra tjenestemottakere, -ytere og -ledere.",
                "We gather feedback, reflections and input from service recipients, providers and leaders.",
            ),
            "activities": [
                (
                    "Kartleggingsmøter med tjenesteledere og ekspert- og rådgivningsgruppen",
                    "Mapping meetings with service leaders and the expert and advisory group",
                ),
                (
                    "Individuelle dybdesamtaler med tjenestemottakere og -ytere",
                    "Individual in-depth conversations with service recipients and providers",
                ),
                (
                    "Drøftingsmøter med tjenestemottakere og -ytere",
                    "Discussion meetings with service recipients and providers",
                ),
            ],
        },
        {
            "title": ("Samskaping og pilot", "Co-design and pilot"),
            "description": (
                "Vi analyserer innspillene sammen med prosjektdeltakerne og utvikler og prøver ut opplæringskurset.",
                "We analyse the input together with the project participants, and develop and pilot the training course.",
            ),
            "activities": [
                (
                    "Samarbeidsworkshops med prosjektdeltakerne",
                    "Collaboration workshops with project participants",
                ),
                (
                    "Avslutningsarrangementer med prosjektdeltakerne",
                    "Closing events with project participants",
                ),
                ("Pilot og ferdigstilling av opplæringskurs", "Pilot and completion of training courses"),
            ],
        },
        {
            "title": (
                "Opplæringskurs i deltakerkommunene",
                "Training courses in the participating municipalities",
            ),
            "description": (
                "Vi gjennomfører opplæringskurs i de resterende deltakerkommunene.",
                "We conduct training courses in the remaining participating municipalities.",
            ),
            "activities": [
                (
                    "Recoveryorienterte opplæringskurs for tjenesteytere og -ledere",
                    "Recovery-oriented training courses for service providers and leaders",
                ),
            ],
        },
        {
            "title": ("Evaluering, videreføring og formidling", "Evaluation, continuation and dissemination"),
            "description": (
                "Vi evaluerer opplæringskursene og sørger for at opplæringstilbudet videreføres og blir kjent.",
                "We evaluate the training courses and make sure the training offer is continued and made known.",
            ),
            "activities": [
                (
                    "Oppfølgingsmøter med tjenesteledere og ekspert- og rådgivningsgruppen",
                    "Follow-up meetings with service leaders and the expert and advisory group",
                ),
                (
                    "Videreføring og digitalisering av opplæringstilbudene",
                    "Continuation and digitalisation of training offerings",
                ),
            ],
        },
    ],
    "funder": "dam",
}
