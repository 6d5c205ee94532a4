"""Demo content for the CHIME element page Connectedness (Tilhørighet), in Norwegian and English.

Sources: seed 001 (purpose of the questions, usage guide by conversation phase and key
principles for the element "Connectedness", OCR errors repaired) and seed 002 (the practical
guide's "Tilhørighet" table, TY/TM written out in full). The element's question bank is in
question_bank/demo_content/connectedness.py.
"""

INTRO = (
    "Tilhørighet handler om nære og støttende relasjoner, om opplevelsen av å være støttet av andre og om å være en del av samfunnet og fellesskapet. Arbeidet med tilhørighet handler om å utforske personens sosiale nettverk og relasjoner, finne arenaer for trygghet, støtte og tilhørighet og lytte etter hvem, hva og hvor personen allerede opplever kontakt.",
    "Connectedness is about close and supportive relationships, the experience of being supported by others and being part of society and the community. Working with connectedness means exploring the person's social network and relationships, finding settings that offer safety, support and belonging, and listening for who, what and where the person already experiences connection.",
)

PURPOSE = [
    (
        "Utforske personens sosiale nettverk og relasjoner.",
        "Explore the person's social network and relationships.",
    ),
    (
        "Identifisere arenaer for trygghet, støtte og tilhørighet.",
        "Identify settings that offer safety, support and belonging.",
    ),
    (
        "Fange opp mulige områder for isolasjon, savn og behov for kontakt.",
        "Pick up on possible areas of isolation, loss and a need for contact.",
    ),
    (
        "Kartlegge ressurser i nærmiljøet og opplevelse av tilknytning til samfunn eller fellesskap.",
        "Map resources in the local area and the person's sense of connection to society or a community.",
    ),
]

# Rows: (phase code of question_bank.phases, label, purpose and tips), in the seed's order.
PHASE_GUIDE = [
    (
        "opening",
        ("Innledende fase", "Opening phase"),
        (
            "Utforsk trygt og åpent hvem og hva som betyr mest for personen. Bruk varme og nysgjerrige spørsmål som inviterer til refleksjon uten å presse frem detaljer.",
            "Explore safely and openly who and what matters most to the person. Use warm and curious questions that invite reflection without pushing for details.",
        ),
    ),
    (
        "middle",
        ("Midtfase (planlegging)", "Middle phase (planning)"),
        (
            "Bruk spørsmål som «Hva gir deg energi?» eller «Hva savner du?» for å identifisere konkrete mål eller tiltak (f.eks. gjenoppta kontakt, delta i gruppe, oppsøke frivillig arena).",
            "Use questions such as “What gives you energy?” or “What do you miss?” to identify specific goals or actions (e.g. getting back in touch with someone, joining a group, seeking out a voluntary setting).",
        ),
    ),
    (
        "follow_up",
        ("Oppfølgingsfase", "Follow-up phase"),
        (
            "Gå tilbake til spørsmål som «Hva har hjulpet deg å føle tilhørighet siden sist?» eller «Har du oppdaget nye måter å være sammen med andre på?» for å følge progresjon og justere tiltak.",
            "Return to questions such as “What has helped you feel a sense of belonging since last time?” or “Have you discovered new ways of being with other people?” to follow progress and adjust the actions.",
        ),
    ),
    (
        "group",
        ("I grupper eller aktivitetstilbud", "In groups or activity programmes"),
        (
            "Tilpass spørsmålene til felles refleksjon, f.eks. i en aktivitetsgruppe: «Hva betyr fellesskap for deg?» eller «Hvordan kan vi gjøre denne gruppen tryggere for alle?»",
            "Adapt the questions for shared reflection, e.g. in an activity group: “What does community mean to you?” or “How can we make this group safer for everyone?”",
        ),
    ),
    (
        "crisis",
        ("Ved motstand eller lav motivasjon", "When there is resistance or low motivation"),
        (
            "Bruk mer indirekte, ufarlige spørsmål: «Er det situasjoner der du trives bedre enn andre?» eller «Når føler du deg mest rolig blant folk?» – for å åpne opp gradvis.",
            "Use more indirect, non-threatening questions: “Are there situations where you feel more at ease than in others?” or “When do you feel calmest around other people?” – to open up gradually.",
        ),
    ),
]

KEY_PRINCIPLES = [
    (
        "Connectedness-spørsmål fungerer best når man ønsker å bygge relasjon, trygghet og utforske nettverk.",
        "Connectedness questions work best when you want to build a relationship and a sense of safety, and to explore the person's network.",
    ),
    (
        "De kan brukes i både profesjonelle samtaler (DPS, NAV, recovery-team) og i frivillige settinger (fritidsklubber, aktivitetshus, arbeidstrening, kirkelige organisasjoner osv.).",
        "They can be used both in professional conversations (district psychiatric centres, NAV, recovery teams) and in voluntary settings (youth clubs, activity centres, work training, church organisations, etc.).",
    ),
    (
        "Nøkkelen er å lytte etter ressurser: hvem, hva og hvor personen allerede opplever kontakt – og hvordan dette kan styrkes.",
        "The key is to listen for resources: who, what and where the person already experiences connection – and how this can be strengthened.",
    ),
]

PRACTICAL_GUIDE_TITLE = ("Tilhørighet", "Connectedness")

PRACTICAL_GUIDE = [
    {
        "subcategory": ("Likepersons- og støttegrupper", "Peer and support groups"),
        "meaning": (
            "Mulighet til å møte andre med liknende erfaringer og dele håp og mestringsstrategier.",
            "The opportunity to meet others with similar experiences and to share hope and coping strategies.",
        ),
        "support": (
            "Informer om og legg til rette for kontakt med selvhjelpsgrupper, brukerorganisasjoner eller digitale fellesskap. Inviter erfaringskonsulenter inn i tjenester.",
            "Provide information about, and make it easier to get in touch with, self-help groups, service-user organisations or online communities. Invite peer support workers into services.",
        ),
        "questions": (
            "Har du møtt andre som har opplevd noe lignende? Kunne det være nyttig å snakke med noen som har gått veien før deg?",
            "Have you met others who have been through something similar? Could it be helpful to talk to someone who has walked this path before you?",
        ),
    },
    {
        "subcategory": ("Relasjoner", "Relationships"),
        "meaning": (
            "Nære og støttende personlige relasjoner – venner, familie, partner, naboer.",
            "Close and supportive personal relationships – friends, family, partner, neighbours.",
        ),
        "support": (
            "Utforsk og styrk eksisterende relasjoner, hjelp tjenestemottakeren å reparere eller bygge nye når det er ønskelig. Tilby familiesamtaler eller nettverksmøter.",
            "Explore and strengthen existing relationships, and help the service user repair them or build new ones when they wish to. Offer family conversations or network meetings.",
        ),
        "questions": (
            "Hvem er viktige støttespillere i livet ditt? Finnes det relasjoner du ønsker å styrke eller gjenoppta?",
            "Who are the important people supporting you in your life? Are there relationships you would like to strengthen or take up again?",
        ),
    },
    {
        "subcategory": ("Støtte fra andre", "Support from others"),
        "meaning": (
            "Opplevelsen av å være støttet – emosjonelt, praktisk eller sosialt – fra både profesjonelle og private nettverk.",
            "The experience of being supported – emotionally, practically or socially – by both professional and private networks.",
        ),
        "support": (
            "Sikre kontinuitet i tjenestene, vær tilgjengelig, vis oppriktig interesse. Koble til frivillige ressurser eller mentorordninger.",
            "Ensure continuity in the services, be available and show genuine interest. Make links to voluntary resources or mentoring schemes.",
        ),
        "questions": (
            "Hvem kan du lene deg på i vanskelige tider? Hva slags støtte har vært mest nyttig for deg tidligere?",
            "Who can you lean on in difficult times? What kind of support has been most helpful to you in the past?",
        ),
    },
    {
        "subcategory": ("Være en del av samfunnet/fellesskapet", "Being part of society/the community"),
        "meaning": (
            "Opplevelsen av inkludering i lokalsamfunn, arbeidsliv, utdanning og fritid.",
            "The experience of being included in the local community, working life, education and leisure.",
        ),
        "support": (
            "Tilrettelegg for deltagelse i arbeid, skole, kultur, idrett eller frivillighet. Hjelp med praktiske barrierer (transport, informasjon, ledsaging).",
            "Make it easier to take part in work, school, cultural life, sport or volunteering. Help with practical barriers (transport, information, someone to go along with them).",
        ),
        "questions": (
            "Hvilke aktiviteter eller arenaer pleide å gi deg følelsen av å høre til? Er det arenaer du kan tenke deg å delta aktivt i?",
            "Which activities or places used to give you a sense of belonging? Are there settings you could imagine taking an active part in?",
        ),
    },
]
