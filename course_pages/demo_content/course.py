"""Demo content for the CHIME overview page and the demo course with its five lessons, in
Norwegian and English.

Sources: seed 004 (the CHIME 2.0 grant application: personal versus clinical recovery, the
CHIME framework, recovery in Norwegian municipalities, the course format – one course in
each of the four participating municipalities for 25 service providers and service leaders,
2.5 hours, delivered by KBT Fagskole and the project group, developed with Experience-Based
Co-Design, evaluated with a questionnaire before and after), seed 000 (the CHIME 2.0 project
page: the pilot CHIME 1.0, goals, partners and participating municipalities), seed 001 (the
question bank's structure and phase guides, and the “CHIME-samtale- og tiltaksplan”: who it
is for, the strength-based interventions, the evaluation form after a conversation, links to
other tools; OCR errors repaired) and seed 002 (the practical guide's subcategories per
element). Lessons 3 and 5 embed the Identity question bank (question_bank/demo_content/
identity.py) and its phase guide (course_pages/demo_content/identity.py).
"""

from .identity import PHASE_GUIDE as IDENTITY_PHASE_GUIDE

# One sentence per element, shown under the link cards on the overview page and in lesson 2.
ELEMENT_LINKS = [
    (
        "connectedness",
        (
            "Nære relasjoner, støtte fra andre, møter med likepersoner og det å være en del av fellesskapet og samfunnet.",
            "Close relationships, support from others, meeting peers, and being part of the community and society.",
        ),
    ),
    (
        "hope",
        (
            "Tro på at bedring er mulig, motivasjon til endring, relasjoner som gir håp, og drømmer og ambisjoner for fremtiden.",
            "Belief that recovery is possible, motivation to change, relationships that inspire hope, and dreams and ambitions for the future.",
        ),
    ),
    (
        "identity",
        (
            "Å bli sett som mer enn diagnose og symptomer, gjenoppbygge en positiv selvforståelse og overvinne stigma og selvstigma.",
            "Being seen as more than a diagnosis and symptoms, rebuilding a positive sense of self, and overcoming stigma and self-stigma.",
        ),
    ),
    (
        "meaning",
        (
            "Mening i erfaringene, spiritualitet, livskvalitet, meningsfulle roller, personlige mål og det å gjenoppbygge livet.",
            "Meaning in one's experiences, spirituality, quality of life, meaningful roles, personal goals, and rebuilding one's life.",
        ),
    ),
    (
        "empowerment",
        (
            "Personlig ansvar, kontroll over eget liv og fokus på egne styrker – innflytelse, valg og egenkraft i eget liv.",
            "Personal responsibility, control over one's own life and a focus on one's own strengths – influence, choice and personal agency in one's own life.",
        ),
    ),
]


def element_link(code):
    return ("chime_link", {"element": code, "text": dict(ELEMENT_LINKS)[code]})


CHIME_DIAGRAM = (
    "image",
    {
        "image": "chime_diagram",
        "alt_text": (
            "Diagram av CHIME-modellen: fem fargede sirkler merket C, H, I, M og E, koblet til ordet recovery i midten.",
            "Diagram of the CHIME model: five coloured circles labelled C, H, I, M and E, linked to the word recovery in the centre.",
        ),
        "caption": (
            "CHIME: tilhørighet (C), håp (H), identitet (I), mening (M) og myndiggjøring (E) henger sammen i en recoveryprosess.",
            "CHIME: connectedness (C), hope (H), identity (I), meaning (M) and empowerment (E) are linked in a recovery process.",
        ),
    },
)

OVERVIEW = {
    "title": ("CHIME – fem prosesser i personlig recovery", "CHIME – five processes in personal recovery"),
    "intro": (
        "CHIME er et rammeverk for personlig recovery. Det beskriver fem prosesser som står sentralt i en bedringsprosess: tilhørighet, håp, identitet, mening og myndiggjøring.",
        "CHIME is a framework for personal recovery. It describes five processes that are central to a recovery process: connectedness, hope, identity, meaning and empowerment.",
    ),
    "body": [
        ("heading", ("Hva er CHIME?", "What is CHIME?")),
        (
            "text",
            (
                "Navnet CHIME er satt sammen av forbokstavene i de engelske ordene Connectedness, Hope, Identity, Meaning og Empowerment – på norsk tilhørighet, håp, identitet, mening og myndiggjøring. Rammeverket gir tjenestemottakere, tjenesteytere og tjenesteledere et felles språk for å snakke om det som skjer i en recoveryprosess.",
                "The name CHIME is made up of the initial letters of the English words Connectedness, Hope, Identity, Meaning and Empowerment. The framework gives service users, service providers and service leaders a shared language for talking about what happens in a recovery process.",
            ),
        ),
        (
            "text",
            (
                "Recoveryorienterte tjenester går utover tradisjonell klinisk behandling som er sentrert om symptomreduksjon. De har som mål å hjelpe mennesker å gjenopprette sosiale forbindelser med andre mennesker og samfunnet for øvrig, utvikle håp og optimisme for fremtiden, rekonstruere en identitet utover det å være «den syke pasienten», oppdage mening med livet og føle seg myndiggjort til å få kontroll over egen behandling.",
                "Recovery-oriented services go beyond traditional clinical treatment centred on reducing symptoms. They aim to help people restore social connections with other people and with society at large, develop hope and optimism for the future, rebuild an identity beyond being “the sick patient”, discover meaning in life and feel empowered to take control of their own treatment.",
            ),
        ),
        ("heading", ("CHIME i norske kommuner", "CHIME in Norwegian municipalities")),
        (
            "text",
            (
                "I de fem regionale brukerstyrte sentrene i Norge har CHIME vært en velkjent tilnærming, og enkelte kommuner har søkt inspirasjon i recoverytenkning og CHIME-rammeverket. Det har likevel manglet en systematisk implementering av recoveryorienterte tjenester. I prosjektet CHIME 2.0 utvikles det derfor recoveryorienterte opplæringskurs for tjenesteledere og ansatte i kommunale psykiske helse- og rustjenester, sammen med de fire deltakerkommunene Bærum, Sandnes, Tromsø og Trondheim.",
                "CHIME has been a well-known approach at the five regional user-run centres in Norway, and some municipalities have drawn inspiration from recovery thinking and the CHIME framework. Even so, recovery-oriented services have not been implemented systematically. The CHIME 2.0 project is therefore developing recovery-oriented training courses for service leaders and staff in municipal mental-health and substance-abuse services, together with the four participating municipalities of Bærum, Sandnes, Tromsø and Trondheim.",
            ),
        ),
        ("heading", ("De fem prosessene", "The five processes")),
        CHIME_DIAGRAM,
        (
            "text",
            (
                "Prosessene er ikke trinn som skal gjennomføres i en bestemt rekkefølge. De henger sammen og påvirker hverandre: Håp bygges for eksempel gjennom relasjoner, mening og mestring. Hver prosess har sin egen side med spørsmål, veiledning og praktiske eksempler.",
                "The processes are not steps to be completed in a fixed order. They are connected and influence one another: hope, for example, is built through relationships, meaning and a sense of mastery. Each process has its own page with questions, guidance and practical examples.",
            ),
        ),
        ("heading", ("Slik bruker du sidene", "How to use these pages")),
        (
            "text",
            (
                "Alle elementsidene er bygd opp på samme måte. De begynner med formålet med spørsmålene og en praktisk veileder med underkategorier: hva hver av dem betyr, hvordan tjenesteyteren kan støtte den i praksis, og eksempler på spørsmål til refleksjon. Deretter følger spørsmålsbanken, en veiledning etter fase i samtalen og noen nøkkelprinsipper.",
                "All the element pages are organised in the same way. They begin with the purpose of the questions and a practical guide with subcategories: what each one means, how the service provider can support it in practice, and example questions for reflection. Then come the question bank, a guide by conversation phase and a few key principles.",
            ),
        ),
        (
            "text",
            (
                "Spørsmålsbanken er delt inn i temaområder. Hvert tema har eksempler på spørsmål og en kort veiledning om når spørsmålene er relevante. Spørsmålene er ment som inspirasjon, ikke som et skjema som skal fylles ut: Velg de som passer for personen og situasjonen, og still dem med dine egne ord. De samme spørsmålene brukes i kursets leksjoner og i de utskrivbare veilederne.",
                "The question bank is divided into themes. Each theme has example questions and a short note on when the questions are relevant. The questions are meant as inspiration, not as a form to be filled in: choose the ones that suit the person and the situation, and ask them in your own words. The same questions are used in the course lessons and in the printable guides.",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "Recovery er en individuell prosess. Bruk CHIME som et kompass i samtalen, ikke som en rigid mal.",
                    "Recovery is an individual process. Use CHIME as a compass in the conversation, not as a rigid template.",
                ),
            },
        ),
    ],
}


LESSON_PERSONAL_RECOVERY = {
    "title": ("Hva er personlig recovery?", "What is personal recovery?"),
    "summary": (
        "Hva som skiller personlig recovery fra klinisk recovery, og hvorfor recoveryorienterte tjenester trenger begge perspektivene.",
        "What distinguishes personal recovery from clinical recovery, and why recovery-oriented services need both perspectives.",
    ),
    "minutes": 25,
    "body": [
        (
            "heading",
            (
                "Et nytt paradigme i psykisk helse- og rusarbeid",
                "A new paradigm in mental health and substance abuse work",
            ),
        ),
        (
            "text",
            (
                "Recovery er det nye paradigmet innen psykisk helse- og rusarbeid i hele verden. I fagfeltet skilles det mellom personlig og klinisk recovery. De to begrepene beskriver ulike ting, og forskjellen har stor betydning for hvordan tjenestene møter menneskene de er til for.",
                "Recovery is the new paradigm in mental health and substance abuse work throughout the world. The field distinguishes between personal and clinical recovery. The two terms describe different things, and the difference matters a great deal for how services meet the people they exist for.",
            ),
        ),
        ("heading", ("Personlig recovery", "Personal recovery")),
        (
            "text",
            (
                "Personer med levd erfaring har definert recovery som en dypt personlig prosess. Recovery handler da ikke først og fremst om å bli kvitt symptomer, men om å leve et godt liv på egne premisser – også med de begrensningene en sykdom kan gi.",
                "People with lived experience have defined recovery as a deeply personal process. Recovery, then, is not first and foremost about getting rid of symptoms, but about living a good life on one's own terms – even with the limitations an illness may bring.",
            ),
        ),
        (
            "quote",
            {
                "quote": (
                    "En måte å leve et tilfredsstillende, håpefullt og bidragende liv på, selv med eventuelle begrensninger forårsaket av sykdom.",
                    "A way of living a satisfying, hopeful and contributing life, even with any limitations caused by illness.",
                ),
                "attribution": (
                    "Definisjon av personlig recovery (1993)",
                    "A definition of personal recovery (1993)",
                ),
            },
        ),
        ("heading", ("Klinisk recovery", "Clinical recovery")),
        (
            "text",
            (
                "Klinisk recovery har vært det tradisjonelle synet på recovery. Det bygger på en medisinsk modell og et symptomfokusert behandlingsperspektiv, der recovery forstås som at sykdommen går tilbake – på engelsk «recovery as remission of illness».",
                "Clinical recovery has been the traditional view of recovery. It is based on a medical model and a symptom-focused treatment perspective, in which recovery is understood as the illness going into remission – “recovery as remission of illness”.",
            ),
        ),
        (
            "text",
            (
                "Empiriske studier som har sammenliknet personlig og klinisk recovery, viser at de er begrepsmessig forskjellige og ikke nødvendigvis henger sammen. Færre symptomer betyr altså ikke automatisk at personen opplever livet som tilfredsstillende og håpefullt, og et godt liv forutsetter ikke at alle symptomer er borte.",
                "Empirical studies comparing personal and clinical recovery show that they are conceptually different and not necessarily related. Fewer symptoms, in other words, do not automatically mean that the person experiences life as satisfying and hopeful, and a good life does not require every symptom to be gone.",
            ),
        ),
        (
            "callout",
            {
                "kind": "info",
                "text": (
                    "Tradisjonell, symptomfokusert behandling er ofte nødvendig, men er ikke alltid tilstrekkelig. I recoveryorienterte tjenester har tjenestemottakeren kontroll over egen recoveryprosess, og de ansatte tilbyr tiltak og støtte som retter seg mot både klinisk og personlig recovery.",
                    "Traditional, symptom-focused treatment is often necessary, but it is not always enough. In recovery-oriented services the service user is in control of their own recovery process, and staff offer interventions and support aimed at both clinical and personal recovery.",
                ),
            },
        ),
        (
            "heading",
            ("Hva en recoveryorientert tilnærming betyr", "What a recovery-oriented approach means"),
        ),
        (
            "text",
            (
                "Recoveryorienterte praksiser er viktige for livene til mennesker med alvorlige psykiske lidelser og rusproblemer. De fører til individuell fleksibilitet, økt selvtillit, styrket selvansvar og egenomsorg, personlig transformasjon og sosial inkludering.",
                "Recovery-oriented practices matter for the lives of people with severe mental illness and substance use problems. They lead to individual flexibility, greater self-confidence, a stronger sense of personal responsibility and self-care, personal transformation and social inclusion.",
            ),
        ),
        (
            "text",
            (
                "En recoveryorientert tilnærming vektlegger tjenestemottakerens styrker og ressurser snarere enn begrensningene, og setter tjenestemottakeren i sentrum. Den fremmer en kultur og et språk preget av håp, og setter i verk tiltak som sikrer sosial inkludering.",
                "A recovery-oriented approach emphasises the service user's strengths and resources rather than their limitations, and puts the service user at the centre. It promotes a culture and a language of hope, and takes action to ensure social inclusion.",
            ),
        ),
        ("heading", ("Recovery i norske kommuner", "Recovery in Norwegian municipalities")),
        (
            "text",
            (
                "Internasjonalt har recovery en betydelig lengre historie enn i Norge. Pilotprosjektet CHIME 1.0 fant store variasjoner i hvordan tjenesteytere og tjenesteledere arbeider med personlig og klinisk recovery, og i hvor mye de vektlegger erfaringskompetanse i arbeidet med tjenestemottakere. Det er fortsatt stort behov for å utvikle recoveryorienterte psykiske helse- og rustjenester i norske kommuner, særlig på tjenestemottakerens premisser.",
                "Recovery has a considerably longer history internationally than in Norway. The CHIME 1.0 pilot project found wide variation in how service providers and service leaders work with personal and clinical recovery, and in how much weight they give to experience-based knowledge in their work with service users. There is still a great need to develop recovery-oriented mental-health and substance-abuse services in Norwegian municipalities, particularly on the service user's terms.",
            ),
        ),
        (
            "text",
            (
                "Dette kurset er utviklet i prosjektet CHIME 2.0 sammen med tjenestemottakere, tjenesteytere og tjenesteledere i fire kommuner. Arbeidet bygger på metoden Experience-Based Co-Design, der deltakerne er eksperter på egne erfaringer og får rom til å uttrykke ønsker og innspill, undersøke løsninger og komme med forslag og ideer til god recoveryorientert opplæring.",
                "This course was developed in the CHIME 2.0 project together with service users, service providers and service leaders in four municipalities. The work is based on the Experience-Based Co-Design method, in which the participants are experts on their own experiences and are given room to express their wishes and views, explore solutions and put forward suggestions and ideas for good recovery-oriented training.",
            ),
        ),
        (
            "reflection",
            {
                "title": (
                    "Klinisk og personlig recovery i din tjeneste",
                    "Clinical and personal recovery in your service",
                ),
                "prompt": (
                    "Tenk på en vanlig arbeidsdag i tjenesten din. Hvilke samtaler, rutiner eller tiltak handler mest om symptomer og behandling, og hvilke handler om personens eget liv, mål og verdier? Skriv ned ett eksempel på hver, og noter én ting tjenesten kunne gjort for å gi mer plass til personlig recovery.",
                    "Think about an ordinary working day in your service. Which conversations, routines or interventions are mostly about symptoms and treatment, and which are about the person's own life, goals and values? Write down one example of each, and note one thing your service could do to make more room for personal recovery.",
                ),
            },
        ),
    ],
}


LESSON_FRAMEWORK = {
    "title": ("CHIME-rammeverket", "The CHIME framework"),
    "summary": (
        "De fem prosessene i personlig recovery – tilhørighet, håp, identitet, mening og myndiggjøring – og hvordan de henger sammen.",
        "The five processes in personal recovery – connectedness, hope, identity, meaning and empowerment – and how they are connected.",
    ),
    "minutes": 30,
    "body": [
        ("heading", ("Fem prosesser i personlig recovery", "Five processes in personal recovery")),
        (
            "text",
            (
                "CHIME-rammeverket samler fem prosesser som er sentrale i personlig recovery. Navnet er satt sammen av forbokstavene i de engelske betegnelsene: Connectedness (tilhørighet), Hope (håp), Identity (identitet), Meaning (mening) og Empowerment (myndiggjøring). Rammeverket gir tjenesteytere og tjenestemottakere et felles språk for å snakke om det som skjer i en bedringsprosess, utover symptomer og behandling.",
                "The CHIME framework brings together five processes that are central to personal recovery. The name is made up of the initial letters of the five English terms: Connectedness, Hope, Identity, Meaning and Empowerment. The framework gives service providers and service users a shared language for talking about what happens in a recovery process, beyond symptoms and treatment.",
            ),
        ),
        CHIME_DIAGRAM,
        (
            "text",
            (
                "Prosessene er ikke trinn på en stige. I illustrasjonen av CHIME-modellen er de fem komponentene knyttet sammen på kryss og tvers, og i praksis styrker de hverandre: Tilhørighet kan gi håp, mening kan styrke identitet, og opplevelsen av å bli myndiggjort kan gjøre det lettere å ta nye steg. Hvilke prosesser som er viktigst, og når, varierer fra person til person.",
                "The processes are not rungs on a ladder. In the illustration of the CHIME model the five components are linked to one another in every direction, and in practice they strengthen each other: connectedness can bring hope, meaning can strengthen identity, and feeling empowered can make it easier to take new steps. Which processes matter most, and when, varies from person to person.",
            ),
        ),
        ("heading", ("Tilhørighet", "Connectedness")),
        (
            "text",
            (
                "Tilhørighet handler om relasjoner og fellesskap: nære og støttende relasjoner til venner, familie, partner og naboer, opplevelsen av å bli støttet – emosjonelt, praktisk eller sosialt – og det å være inkludert i lokalsamfunn, arbeidsliv, utdanning og fritid. Likepersons- og støttegrupper gir mulighet til å møte andre med liknende erfaringer og dele håp og mestringsstrategier. Spørsmålene hjelper dere å utforske personens sosiale nettverk, finne arenaer for trygghet, støtte og tilhørighet og fange opp isolasjon, savn og behov for kontakt.",
                "Connectedness is about relationships and community: close and supportive relationships with friends, family, a partner and neighbours, the experience of being supported – emotionally, practically or socially – and being included in the local community, working life, education and leisure. Peer and support groups offer the chance to meet others with similar experiences and to share hope and coping strategies. The questions help you explore the person's social network, find places of safety, support and belonging, and pick up on isolation, loss and a need for contact.",
            ),
        ),
        element_link("connectedness"),
        ("heading", ("Håp", "Hope")),
        (
            "text",
            (
                "Håp handler om tillit til at livet kan bli bedre, og at bedring er mulig til tross for utfordringer. Det omfatter motivasjon til endring, relasjoner som oppmuntrer og ser styrker og muligheter, et fokus på styrker og prestasjoner fremfor bare vansker, og drømmer og ambisjoner å jobbe mot. Håp er en prosess, ikke et mål: Det bygges gjennom relasjon, mening og mestring, og det kan lånes, deles og bæres av andre når personen selv mangler tro.",
                "Hope is about trusting that life can get better and that recovery is possible despite difficulties. It includes motivation to change, relationships that encourage and see strengths and possibilities, a focus on strengths and achievements rather than only on difficulties, and dreams and ambitions to work towards. Hope is a process, not a goal: it is built through relationships, meaning and mastery, and it can be borrowed, shared and carried by others when the person has no belief of their own.",
            ),
        ),
        element_link("hope"),
        ("heading", ("Identitet", "Identity")),
        (
            "text",
            (
                "Identitet handler om at mennesket er mer enn diagnose og symptomer: Det har roller, interesser, personlighet og historie. Arbeidet går ut på å utforske hvem personen er, gjenoppbygge eller redefinere en positiv selvforståelse etter erfaring med psykiske vansker, og motvirke skam og negative merkelapper både fra samfunnet og fra personen selv. Recovery handler om å bygge en ny fortelling om seg selv, ikke om å gå tilbake til «slik man var før».",
                "Identity is about a person being more than a diagnosis and symptoms: they have roles, interests, a personality and a history. The work involves exploring who the person is, rebuilding or redefining a positive sense of self after experiencing mental health difficulties, and counteracting shame and negative labels, both from society and from the person themselves. Recovery is about building a new story about yourself, not about going back to “the way you were before”.",
            ),
        ),
        element_link("identity"),
        ("heading", ("Mening", "Meaning")),
        (
            "text",
            (
                "Mening handler om det som gir en følelse av hensikt og retning i livet. Det kan være å finne personlig betydning eller læring i erfaringene med psykiske utfordringer, en følelse av tilknytning til noe større enn seg selv, god livskvalitet, verdsatte roller i familie, arbeid, utdanning eller samfunn, og personlige mål som gir retning. Mening skapes i sammenheng og handling, ikke bare i refleksjon – ofte i små øyeblikk av mestring eller fellesskap.",
                "Meaning is about what gives a sense of purpose and direction in life. It may be finding personal significance or learning in one's experience of mental health difficulties, a sense of connection to something greater than oneself, a good quality of life, valued roles in the family, at work, in education or in society, and personal goals that give direction. Meaning is created in context and through action, not only through reflection – often in small moments of mastery or community.",
            ),
        ),
        element_link("meaning"),
        ("heading", ("Myndiggjøring", "Empowerment")),
        (
            "text",
            (
                "Myndiggjøring handler om å styrke opplevelsen av innflytelse, kontroll, valg og egenkraft i eget liv. Det omfatter personlig ansvar for egen bedring og daglige valg, kontroll over retningen i eget liv og et fokus på egne styrker fremfor bare utfordringer. Empowerment handler om å flytte makt, ikke om å gi den: Tjenesteyteren går ved siden av personen, ikke foran.",
                "Empowerment is about strengthening a person's sense of influence, control, choice and personal agency in their own life. It includes personal responsibility for one's own recovery and daily choices, control over the direction of one's own life, and a focus on one's own strengths rather than only on difficulties. Empowerment is about shifting power, not handing it out: the service provider walks beside the person, not in front.",
            ),
        ),
        element_link("empowerment"),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "Hver elementside har en praktisk veileder, en spørsmålsbank, en veiledning etter fase i samtalen og nøkkelprinsipper. Bruk lenkene over til å bli kjent med sidene før neste leksjon.",
                    "Each element page has a practical guide, a question bank, a guide by conversation phase and key principles. Use the links above to get to know the pages before the next lesson.",
                ),
            },
        ),
        (
            "reflection",
            {
                "title": ("De fem prosessene i din tjeneste", "The five processes in your service"),
                "prompt": (
                    "Hvilken av de fem prosessene får mest plass i arbeidet i tjenesten din i dag, og hvilken får minst? Skriv ned ett konkret eksempel på hvordan tjenesten kunne gitt mer plass til den prosessen som får minst oppmerksomhet.",
                    "Which of the five processes gets the most room in your service's work today, and which gets the least? Write down one concrete example of how your service could make more room for the process that gets the least attention.",
                ),
            },
        ),
    ],
}


LESSON_QUESTION_BANK = {
    "title": ("Spørsmålsbanken i samtalen", "The question bank in conversations"),
    "summary": (
        "Hvordan spørsmålsbanken er bygd opp, og hvordan du velger spørsmål etter fasen i samtalen – med identitet som eksempel.",
        "How the question bank is organised, and how to choose questions to suit the phase of the conversation – with identity as an example.",
    ),
    "minutes": 35,
    "body": [
        ("heading", ("Slik er spørsmålsbanken bygd opp", "How the question bank is organised")),
        (
            "text",
            (
                "Spørsmålsbanken har en del for hvert av de fem CHIME-elementene. Hver del begynner med formålet med spørsmålene. Deretter følger en rekke temaområder, hvert med eksempler på spørsmål og en kort veiledning om når spørsmålene er relevante. Til slutt kommer en veiledning for bruk etter fase i samtalen og noen nøkkelprinsipper for arbeidet.",
                "The question bank has a section for each of the five CHIME elements. Each section begins with the purpose of the questions. Then comes a series of themes, each with example questions and a short note on when the questions are relevant. Finally, there is a guide to using the questions by conversation phase, and a few key principles for the work.",
            ),
        ),
        (
            "text",
            (
                "Spørsmålene er eksempler. De er ikke ment som et intervju som skal gjennomføres fra start til slutt, men som inspirasjon til åpne og utforskende samtaler. Velg noen få spørsmål som passer for personen og situasjonen, still dem med dine egne ord, og følg det personen er opptatt av. Arbeidet bør være utforskende, ikke vurderende – brukeren er ekspert på seg selv.",
                "The questions are examples. They are not meant as an interview to be worked through from start to finish, but as inspiration for open, exploratory conversations. Choose a few questions that suit the person and the situation, ask them in your own words, and follow what matters to the person. The work should be exploratory, not evaluative – the service user is the expert on themselves.",
            ),
        ),
        ("heading", ("Spørsmål etter fase i samtalen", "Questions by conversation phase")),
        (
            "text",
            (
                "Hvilke spørsmål som passer, avhenger av hvor dere er i samtalen og i samarbeidet. For hvert element beskriver spørsmålsbanken fasene i samtalen, med formål og anbefalt tilnærming for hver fase. Fasene har litt ulike navn fra element til element, men mønsteret er det samme. I den innledende fasen skaper dere trygghet med åpne spørsmål. I midtfasen utforsker dere verdier, erfaringer og ressurser og ser etter sammenhenger. I oppfølgingsfasen gjør dere det dere har funnet, konkret, og følger med på utviklingen.",
                "Which questions fit depends on where you are in the conversation and in your work together. For each element, the question bank describes the phases of the conversation, with the purpose and recommended approach for each phase. The phases have slightly different names from element to element, but the pattern is the same. In the opening phase you create a sense of safety with open questions. In the middle phase you explore values, experiences and resources and look for connections. In the follow-up phase you make what you have found concrete and keep track of progress.",
            ),
        ),
        (
            "text",
            (
                "I tillegg gir spørsmålsbanken råd om spørsmål i grupper og aktivitetstilbud, der deling og refleksjon skaper fellesskap, og om situasjoner som krever ekstra varsomhet – for eksempel når personen har lav selvfølelse, opplever meningsløshet eller har lav mestringstro. Tabellen under viser veiledningen for identitet.",
                "The question bank also gives advice on questions for groups and activity programmes, where sharing and reflection build a sense of community, and on situations that call for extra care – for example when the person has low self-esteem, experiences a lack of meaning or has little belief in their own abilities. The table below shows the guide for identity.",
            ),
        ),
        ("phase_guide", {"rows": IDENTITY_PHASE_GUIDE}),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "I den innledende fasen kan enkle spørsmål som «Hva liker du å bruke tid på?» eller «Hva sier venner at du er god på?» åpne for en samtale om hvem personen er, uten at diagnoser eller problemer kommer i sentrum.",
                    "In the opening phase, simple questions such as “What do you like spending your time on?” or “What do your friends say you are good at?” can open up a conversation about who the person is, without putting diagnoses or problems at the centre.",
                ),
            },
        ),
        ("heading", ("Eksempel: et tema fra identitet", "Example: a theme from identity")),
        (
            "text",
            (
                "Temaet «Selvbeskrivelse og selvbilde» egner seg i starten av en prosess. Spørsmålene hjelper personen å løfte blikket fra problemhistorien til en mer helhetlig selvforståelse. Legg merke til at spørsmålene ikke spør etter symptomer eller utfordringer, men etter hvem personen er og ønsker å bli sett som.",
                "The theme “Self-description and self-image” is suitable at the start of a process. The questions help the person look beyond their problem story towards a fuller understanding of themselves. Notice that the questions do not ask about symptoms or difficulties, but about who the person is and wants to be seen as.",
            ),
        ),
        (
            "question_theme",
            {
                "element": "identity",
                "theme": "Selvbeskrivelse og selvbilde",
                "show_guidance": True,
                "answer_lines": 0,
            },
        ),
        (
            "text",
            (
                "Lytt etter styrker, verdier og roller i svarene, og speil dem tilbake. Å støtte identitet handler om å se, speile og verdsette personen – ikke om å vurdere svarene.",
                "Listen for strengths, values and roles in the answers, and reflect them back. Supporting identity is about seeing, mirroring and valuing the person – not about assessing their answers.",
            ),
        ),
        ("heading", ("Alle temaene for identitet", "All the themes for identity")),
        (
            "text",
            (
                "Spørsmålsbanken for identitet har åtte temaområder, fra selvbeskrivelse og roller i hverdagen til fremtidig identitet og utforskning sammen. Under hvert tema står det når spørsmålene er relevante. Bruk oversikten til å velge tema ut fra hvor personen er i prosessen.",
                "The question bank for identity has eight themes, ranging from self-description and everyday roles to future identity and exploring together. Each theme says when its questions are relevant. Use the overview to choose a theme according to where the person is in the process.",
            ),
        ),
        ("element_themes", {"element": "identity", "show_guidance": True, "answer_lines": 0}),
        (
            "reflection",
            {
                "title": ("Planlegg en samtale", "Plan a conversation"),
                "prompt": (
                    "Tenk på en samtale du skal ha med en tjenestemottaker i løpet av de nærmeste ukene. Hvilken fase er dere i? Velg ett tema fra spørsmålsbanken for identitet og to spørsmål du vil bruke, og skriv dem om med dine egne ord.",
                    "Think of a conversation you will be having with a service user in the next few weeks. Which phase are you in? Choose one theme from the question bank for identity and two questions you would like to use, and rewrite them in your own words.",
                ),
            },
        ),
    ],
}


LESSON_ACTION_PLAN = {
    "title": ("CHIME-samtale- og tiltaksplanen", "The CHIME conversation and action plan"),
    "summary": (
        "Hvem planen er for, de fire styrkebaserte tiltakene og hvordan planen kan kobles til andre verktøy.",
        "Who the plan is for, the four strength-based interventions and how the plan can be linked to other tools.",
    ),
    "minutes": 30,
    "body": [
        ("heading", ("Et strukturert verktøy", "A structured tool")),
        (
            "text",
            (
                "CHIME-samtale- og tiltaksplanen er et strukturert verktøy som fagpersoner og erfaringskonsulenter kan bruke når de planlegger, gjennomfører og evaluerer recoveryorienterte samtaler og tiltak. Planen tar utgangspunkt i de fem CHIME-prosessene og gir konkrete verktøy for systematisk arbeid med brukerens recoveryprosess, med vekt på styrkebaserte tilnærminger og norsk praksis.",
                "The CHIME conversation and action plan is a structured tool that professionals and peer support workers can use when they plan, carry out and evaluate recovery-oriented conversations and interventions. The plan is based on the five CHIME processes and offers practical tools for working systematically with the service user's recovery process, with an emphasis on strength-based approaches and Norwegian practice.",
            ),
        ),
        (
            "text",
            (
                "Planen kan brukes på tvers av felt og tjenester: i individuell recoveryplanlegging, i psykiske helse- og rustjenester, i ideelle organisasjoner og frivillig sektor, av erfaringskonsulenter og medarbeidere med brukererfaring, i rehabilitering og oppfølging, i fritids- og arbeidstreningstiltak og fleksibelt i kriseintervensjon og stabilisering. Den egner seg også i arbeid med mål, mestring og motivasjon, i opplæring og fagutvikling og i samarbeid med pårørende og nettverk.",
                "The plan can be used across fields and services: in individual recovery planning, in mental-health and substance-abuse services, in non-profit organisations and the voluntary sector, by peer support workers and staff with lived experience, in rehabilitation and follow-up, in leisure and work-training programmes, and flexibly in crisis intervention and stabilisation. It is also suitable for work on goals, coping and motivation, in training and professional development, and in collaboration with family members and networks.",
            ),
        ),
        (
            "text",
            (
                "Planen samler ulike aktører rundt et felles språk for recovery. Den synliggjør personens egne mål og ressurser, styrker samarbeidet på tvers av sektorer og kan brukes uavhengig av fagbakgrunn.",
                "The plan brings different people and services together around a shared language for recovery. It makes the person's own goals and resources visible, strengthens collaboration across sectors and can be used whatever one's professional background.",
            ),
        ),
        ("heading", ("Styrkebaserte tiltak", "Strength-based interventions")),
        (
            "text",
            (
                "Planen beskriver fire styrkebaserte tiltak og intervensjoner. Alle tar utgangspunkt i det som fungerer og i personens egne ressurser, ikke i problemene.",
                "The plan describes four strength-based interventions. All of them start from what works and from the person's own resources, not from the problems.",
            ),
        ),
        (
            "text",
            (
                "Nettverkskartlegging: Sammen visualiserer dere brukerens sosiale nettverk og identifiserer ressursene i det. Med et sirkeldiagram kan dere kartlegge de nærmeste støttepersonene – familie og venner, profesjonelle hjelpere og interessefellesskap.",
                "Network mapping: together you visualise the service user's social network and identify the resources in it. With a circle diagram you can map the closest support persons – family and friends, professional helpers and communities of interest.",
            ),
        ),
        element_link("connectedness"),
        (
            "text",
            (
                "Ressursorientering: Oppmerksomheten rettes mot brukerens styrker, interesser og tidligere mestringsopplevelser. Et styrkekart viser hva som fungerer godt, og dere ser etter tidligere suksesser og mestring og etter naturlige talenter og interesser.",
                "Focusing on resources: attention is directed to the service user's strengths, interests and past experiences of coping. A strengths map shows what is working well, and you look for past successes and achievements and for natural talents and interests.",
            ),
        ),
        (
            "text",
            (
                "Målrettet planlegging: Dere setter sammen håndterbare delmål som bygger mot større visjoner. SMART-mål kan brukes, men tilpasset recovery: Planene skal være fleksible og ha rom for endring, og det er brukerens egne prioriteringer som styrer.",
                "Goal-oriented planning: together you set manageable intermediate goals that build towards larger visions. SMART goals can be used, but adapted to recovery: plans should be flexible and leave room for change, and it is the service user's own priorities that lead the way.",
            ),
        ),
        (
            "text",
            (
                "Empowerment-teknikker: Målet er å styrke brukerens opplevelse av kontroll og påvirkning. Det betyr å gi valgmuligheter i alle faser, å anerkjenne brukerens ekspertise på eget liv og å legge til rette for gradvis økt selvstendighet.",
                "Empowerment techniques: the aim is to strengthen the service user's sense of control and influence. This means offering choices in every phase, recognising the service user's expertise on their own life and making room for gradually increasing independence.",
            ),
        ),
        element_link("empowerment"),
        ("heading", ("Fra samtale til plan", "From conversation to plan")),
        (
            "text",
            (
                "I planen noterer dere hvilke CHIME-områder dere har snakket om, hvilke mål personen har, hvilke neste steg dere blir enige om – hva som skal gjøres, av hvem og når – og hvem som kan være støttepersoner underveis. Planen finnes som et utskrivbart arbeidsark under Veiledere.",
                "In the plan you note which CHIME areas you have talked about, what goals the person has, which next steps you agree on – what is to be done, by whom and when – and who can act as support persons along the way. The plan is available as a printable worksheet under Guides.",
            ),
        ),
        (
            "text",
            (
                "CHIME-planen kan enkelt integreres med andre verktøy. Mål og tiltak kan overføres til individuell plan (IP), planen kan tas med i kriseplanen og de daglige strategiene i WRAP, og relevant informasjon kan deles med det tverrfaglige teamet.",
                "The CHIME plan can easily be combined with other tools. Goals and interventions can be transferred to the individual plan (IP), the plan can be included in the crisis plan and daily strategies in WRAP, and relevant information can be shared with the interdisciplinary team.",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "Husk at recovery er en individuell prosess. Bruk CHIME som kompass, ikke som en rigid mal – fleksibilitet og brukermedvirkning er avgjørende for at planen skal fungere.",
                    "Remember that recovery is an individual process. Use CHIME as a compass, not as a rigid template – flexibility and service-user involvement are essential if the plan is to work.",
                ),
            },
        ),
        (
            "reflection",
            {
                "title": ("Styrkebaserte tiltak i praksis", "Strength-based interventions in practice"),
                "prompt": (
                    "Tenk på en tjenestemottaker du har fulgt opp, uten å bruke navn eller andre kjennetegn. Hvilket av de fire styrkebaserte tiltakene kunne passet best i samarbeidet med denne personen, og hvorfor? Beskriv hvordan du ville introdusert tiltaket i neste samtale.",
                    "Think of a service user you have supported, without using their name or any other identifying details. Which of the four strength-based interventions might suit your work with this person best, and why? Describe how you would introduce it in your next conversation.",
                ),
            },
        ),
    ],
}


LESSON_FOLLOW_UP = {
    "title": ("Refleksjon og oppfølging etter samtalen", "Reflection and follow-up after the conversation"),
    "summary": (
        "Hvordan dere evaluerer samtalen sammen, følger opp det som er viktig for personen, og reflekterer over egen praksis.",
        "How to evaluate the conversation together, follow up what matters to the person, and reflect on your own practice.",
    ),
    "minutes": 30,
    "body": [
        ("heading", ("Evaluering etter samtalen", "Evaluation after the conversation")),
        (
            "text",
            (
                "CHIME-samtale- og tiltaksplanen avsluttes med et evalueringsskjema som brukes etter samtalen. Skjemaet har spørsmål både til brukeren og til fagpersonen. Når dere evaluerer sammen, får personen en ny mulighet til å påvirke hvordan samarbeidet skal fortsette. Evalueringen er med andre ord også en del av brukermedvirkningen.",
                "The CHIME conversation and action plan ends with an evaluation form to be used after the conversation. The form has questions both for the service user and for the professional. When you evaluate together, the person has another opportunity to influence how your work together continues. In other words, the evaluation is itself part of service-user involvement.",
            ),
        ),
        (
            "text",
            (
                "Spørsmålene til brukeren handler om hvor godt personen følte seg hørt og forstått, hvilke CHIME-områder som føltes mest relevante, hva personen tar med seg fra samtalen, og hvilke neste steg som føles riktige.",
                "The questions for the service user are about how well the person felt heard and understood, which CHIME areas felt most relevant, what the person is taking away from the conversation, and which next steps feel right.",
            ),
        ),
        (
            "text",
            (
                "Fagpersonen spør seg selv hvordan lytting og veiledning ble balansert, om dere fikk belyst brukerens ressurser, om tilnærmingen var tilstrekkelig styrkebasert, og hvilke oppfølgingstiltak som er mest hensiktsmessige.",
                "The professional asks themselves how listening and guidance were balanced, whether you managed to bring the service user's resources to light, whether the approach was sufficiently strength-based, and which follow-up measures are most appropriate.",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "Still evalueringsspørsmålene på samme måte som resten av samtalen: åpent og nysgjerrig. Målet er ikke å gi samtalen karakter, men å finne ut hva dere skal gjøre mer av – og hva dere bør gjøre annerledes neste gang.",
                    "Ask the evaluation questions in the same way as the rest of the conversation: openly and with curiosity. The aim is not to give the conversation a mark, but to find out what you should do more of – and what you ought to do differently next time.",
                ),
            },
        ),
        ("heading", ("Oppfølgingssamtalen", "The follow-up conversation")),
        (
            "text",
            (
                "I oppfølgingsfasen handler det om å gjøre det dere har funnet, konkret. For identitet kan det bety å spørre hvilke valg, relasjoner eller aktiviteter som støtter personen i å være den vedkommende ønsker å være, og å sjekke utviklingen: «Hva merker du ved deg selv nå som du ikke så før?»",
                "In the follow-up phase the task is to make what you have found concrete. For identity, this may mean asking which choices, relationships or activities support the person in being who they want to be, and checking progress: “What do you notice about yourself now that you didn't see before?”",
            ),
        ),
        (
            "text",
            (
                "Små fremskritt skal anerkjennes og feires – de blir drivstoff for videre utvikling. Spør etter det personen har fått til siden sist og er fornøyd med, og hva personen har lært av valgene som er tatt.",
                "Small steps forward should be acknowledged and celebrated – they become fuel for further progress. Ask about what the person has achieved since last time and is pleased with, and what the person has learned from the choices they have made.",
            ),
        ),
        (
            "text",
            (
                "Spørsmålene under er hentet fra spørsmålsbanken for identitet. De passer godt i oppfølgingssamtaler, der dere ser tilbake på det som har skjedd og fremover mot neste steg.",
                "The questions below are taken from the question bank for identity. They work well in follow-up conversations, where you look back at what has happened and ahead to the next step.",
            ),
        ),
        (
            "question_set",
            {
                "heading": ("Spørsmål til oppfølgingssamtalen", "Questions for the follow-up conversation"),
                "questions": [
                    ("identity", "Hva er du mest stolt av at du har fått til?"),
                    ("identity", "Hva kan hjelpe deg å bruke dine styrker i praksis?"),
                    ("identity", "Hvilke små steg kan bringe deg nærmere den personen du ønsker å være?"),
                ],
                "answer_lines": 2,
            },
        ),
        ("heading", ("Refleksjon over egen praksis", "Reflecting on your own practice")),
        (
            "text",
            (
                "Refleksjon og oppfølging gjelder også for tjenesten som helhet. I CHIME 2.0 blir opplæringskursene evaluert med et standardisert og validert spørreskjema før og etter kurset, som måler endringer i deltakernes kunnskap om og holdninger til recovery. Etter kursene møter prosjektet tjenestelederne til oppfølgingsmøter for å drøfte hvordan kommunene kan videreføre opplæringen, for eksempel ved å lære opp egne ansatte til å bli kursholdere.",
                "Reflection and follow-up also apply to the service as a whole. In CHIME 2.0 the training courses are evaluated with a standardised, validated questionnaire before and after the course, which measures changes in participants' knowledge of and attitudes to recovery. After the courses, the project holds follow-up meetings with the service leaders to discuss how the municipalities can continue the training, for example by training their own staff to become course leaders.",
            ),
        ),
        (
            "reflection",
            {
                "title": ("Se tilbake på en samtale", "Looking back on a conversation"),
                "prompt": (
                    "Tenk tilbake på en samtale du har hatt nylig, og bruk spørsmålene til fagpersonen fra evalueringsskjemaet. Hvordan balanserte du lytting og veiledning? Fikk dere belyst personens ressurser? Var tilnærmingen tilstrekkelig styrkebasert? Skriv ned én ting du vil gjøre annerledes i neste samtale.",
                    "Think back to a conversation you have had recently, and use the questions for the professional from the evaluation form. How did you balance listening and guidance? Did you manage to bring the person's resources to light? Was the approach sufficiently strength-based? Write down one thing you will do differently in your next conversation.",
                ),
            },
        ),
    ],
}


COURSE = {
    "title": ("Recoveryorientert praksis med CHIME", "Recovery-oriented practice with CHIME"),
    "intro": (
        "Et kurs for tjenesteytere og tjenesteledere om hva recovery går ut på, og hvordan praktisk recoveryarbeid kan organiseres og gjennomføres i tjenestene. Kurset bygger på CHIME-rammeverket og er utviklet i prosjektet CHIME 2.0 sammen med tjenestemottakere, tjenesteytere og tjenesteledere i fire kommuner.",
        "A course for service providers and service leaders on what recovery involves and how practical recovery work can be organised and carried out in services. The course is based on the CHIME framework and was developed in the CHIME 2.0 project together with service users, service providers and service leaders in four municipalities.",
    ),
    "audience": (
        "Tjenesteytere og tjenesteledere i kommunale psykiske helse- og rustjenester, for eksempel erfaringskonsulenter, miljø- og sosialarbeidere, helsepersonell og avdelings- og enhetsledere.",
        "Service providers and service leaders in municipal mental-health and substance-abuse services, such as peer support workers, milieu and social workers, health professionals, and department and unit managers.",
    ),
    "learning_outcomes": [
        (
            "Forklare forskjellen mellom personlig og klinisk recovery.",
            "Explain the difference between personal and clinical recovery.",
        ),
        (
            "Beskrive de fem prosessene i CHIME-rammeverket og hvordan de henger sammen.",
            "Describe the five processes of the CHIME framework and how they are connected.",
        ),
        (
            "Bruke spørsmålsbanken til å velge spørsmål som passer fasen i samtalen.",
            "Use the question bank to choose questions that suit the phase of the conversation.",
        ),
        (
            "Bruke CHIME-samtale- og tiltaksplanen og de styrkebaserte tiltakene sammen med tjenestemottakeren.",
            "Use the CHIME conversation and action plan and the strength-based interventions together with the service user.",
        ),
        (
            "Evaluere en samtale sammen med tjenestemottakeren og reflektere over egen praksis.",
            "Evaluate a conversation together with the service user and reflect on their own practice.",
        ),
    ],
    "format": "hybrid",
    "duration": ("2,5 timer, fordelt på fem leksjoner", "2.5 hours, spread over five lessons"),
    "credits": ("", ""),
    "provider": (
        "KBT Fagskole og prosjektgruppen i CHIME 2.0",
        "KBT Fagskole and the CHIME 2.0 project group",
    ),
    "signup": (
        "Kurset holdes i hver av de fire deltakerkommunene Bærum, Sandnes, Tromsø og Trondheim, med plass til 25 tjenesteytere og tjenesteledere per kurs – til sammen 100 deltakere. Ta kontakt med lederen i tjenesten din eller med kontaktpersonen for prosjektet i kommunen hvis du vil delta.",
        "The course is held in each of the four participating municipalities – Bærum, Sandnes, Tromsø and Trondheim – with places for 25 service providers and service leaders per course, 100 participants in all. If you would like to take part, contact the manager of your service or the project's contact person in your municipality.",
    ),
    "lessons": [
        LESSON_PERSONAL_RECOVERY,
        LESSON_FRAMEWORK,
        LESSON_QUESTION_BANK,
        LESSON_ACTION_PLAN,
        LESSON_FOLLOW_UP,
    ],
}
