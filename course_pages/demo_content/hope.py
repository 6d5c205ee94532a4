"""Demo content for the CHIME element page Hope (Håp), in Norwegian and English.

Sources: seed 001 (purpose of the questions, usage guide by conversation phase and key
principles for the element "Hope", OCR errors repaired), seed 002 (the practical guide's
"Håp og fremtidstro" table, TY/TM written out in full) and seed 004 (the CHIME framework's
description of hope, for the introduction). The element's question bank is in
question_bank/demo_content/hope.py.
"""

INTRO = (
    "Håp handler om tillit til at livet kan bli bedre og at bedring er mulig til tross for utfordringer. Arbeidet med håp går ut på å utvikle håp og optimisme for fremtiden, forsterke håp gjennom små fremskritt og opplevelser av mestring og gjøre håpet konkret og realistisk – forankret i hverdagslivet.",
    "Hope is about trusting that life can get better and that recovery is possible despite challenges. Working with hope means developing hope and optimism for the future, reinforcing hope through small steps forward and experiences of mastery, and making hope concrete and realistic – rooted in everyday life.",
)

PURPOSE = [
    (
        "Utforske hva som gir mening og tro på fremtiden.",
        "Explore what gives meaning and belief in the future.",
    ),
    (
        "Forsterke håp gjennom små fremskritt og opplevelser av mestring.",
        "Reinforce hope through small steps forward and experiences of mastery.",
    ),
    (
        "Hjelpe personer å se egne ressurser, styrker og tidligere erfaringer med endring.",
        "Help people see their own resources, strengths and past experiences of change.",
    ),
    (
        "Gjøre håp konkret og realistisk – forankret i hverdagsliv, ikke bare idealer.",
        "Make hope concrete and realistic – rooted in everyday life, not just in ideals.",
    ),
]

# Rows: (phase code of question_bank.phases, label, purpose and tips), in the seed's order.
PHASE_GUIDE = [
    (
        "opening",
        ("Innledende fase", "Opening phase"),
        (
            "Bruk åpne spørsmål som «Hva gir deg tro på at ting kan bli bedre?» for å åpne et håpsrom uten å bagatellisere vansker. Viktig å møte realisme og smerte parallelt med håp.",
            "Use open questions such as “What gives you faith that things can get better?” to open up a space for hope without playing down difficulties. It is important to acknowledge realism and pain alongside hope.",
        ),
    ),
    (
        "middle",
        ("Midtfase (prosess og refleksjon)", "Middle phase (process and reflection)"),
        (
            "Utforsk erfaringer, styrker og små fremskritt. Spørsmål som «Hva hjalp deg sist gang?» gir trygghet og viser kontinuitet i egen mestring.",
            "Explore experiences, strengths and small steps forward. Questions such as “What helped you last time?” provide a sense of security and show continuity in the person's own ability to cope.",
        ),
    ),
    (
        "follow_up",
        ("Oppfølgingsfase", "Follow-up phase"),
        (
            "Feir små steg og revider mål. Spør «Hva har gitt deg håp siden sist?» eller «Hva overrasket deg positivt den siste tiden?» – styrker egenkraft.",
            "Celebrate small steps and revise goals. Ask “What has given you hope since last time?” or “What has surprised you in a good way recently?” – this strengthens personal agency.",
        ),
    ),
    (
        "group",
        ("Gruppe- og lavterskelsettinger", "Group and low-threshold settings"),
        (
            "Bruk spørsmål som inviterer til felles refleksjon og deling: «Hva inspirerer dere når ting er vanskelig?» Håp blir da kollektivt, ikke bare individuelt.",
            "Use questions that invite shared reflection and sharing: “What inspires you when things are difficult?” Hope then becomes collective, not just individual.",
        ),
    ),
    (
        "crisis",
        (
            "Når personen er i motløshet eller akutt krise",
            "When the person is despondent or in acute crisis",
        ),
        (
            "Unngå for store spørsmål om fremtiden. Bruk heller nærværende og jordnære spørsmål som «Hva hjelper deg å holde ut akkurat nå?» eller «Hvem eller hva gir deg et lite pust av håp i dag?»",
            "Avoid questions about the future that are too big. Instead, use down-to-earth questions rooted in the present, such as “What helps you keep going right now?” or “Who or what gives you a small breath of hope today?”",
        ),
    ),
]

KEY_PRINCIPLES = [
    (
        "Håp er en prosess, ikke et mål – det bygges gjennom relasjon, mening og mestring.",
        "Hope is a process, not a goal – it is built through relationships, meaning and mastery.",
    ),
    (
        "Det kan lånes, deles og bæres av andre når personen selv mangler tro.",
        "It can be borrowed, shared and carried by others when the person lacks that belief themselves.",
    ),
    (
        "Håp styrkes når man knytter det til konkrete handlinger, fellesskap og verdier.",
        "Hope grows stronger when it is linked to concrete actions, community and values.",
    ),
    (
        "Små fremskritt skal anerkjennes og feires – de blir drivstoff for videre utvikling.",
        "Small steps forward should be acknowledged and celebrated – they become fuel for further development.",
    ),
]

PRACTICAL_GUIDE_TITLE = ("Håp", "Hope")

PRACTICAL_GUIDE = [
    {
        "subcategory": ("Tro på mulighet for bedring", "Belief in the possibility of recovery"),
        "meaning": (
            "Tillit til at livet kan bli bedre og at bedring er mulig til tross for utfordringer.",
            "Trust that life can get better and that recovery is possible despite challenges.",
        ),
        "support": (
            "Formidle tro på personens utviklingsmuligheter, dele historier om bedring, unngå språk som antyder at situasjonen er fastlåst.",
            "Convey belief in the person's potential to develop, share stories of recovery, and avoid language that suggests the situation is stuck.",
        ),
        "questions": (
            "Hva ser du som neste steg for å komme nærmere målet du har satt deg? Har du møtt noen som tidligere var i samme situasjon som deg, og som har nådd sine mål?",
            "What do you see as the next step towards the goal you have set yourself? Have you met anyone who was once in the same situation as you and who has reached their goals?",
        ),
    },
    {
        "subcategory": ("Motivasjon til endring", "Motivation for change"),
        "meaning": (
            "Ønske og vilje til å ta steg mot forbedring og et bedre liv.",
            "The wish and the will to take steps towards improvement and a better life.",
        ),
        "support": (
            "Støtte målsetting i eget tempo; bryte ned store endringer i små, oppnåelige skritt; feire fremgang underveis.",
            "Support goal-setting at the person's own pace; break big changes down into small, achievable steps; celebrate progress along the way.",
        ),
        "questions": (
            "Hvilke endringer føles viktigst for deg akkurat nå? Hva kunne være et første lite steg i riktig retning?",
            "Which changes feel most important to you right now? What could be a first small step in the right direction?",
        ),
    },
    {
        "subcategory": ("Relasjoner som gir håp", "Relationships that give hope"),
        "meaning": (
            "Forbindelser til mennesker som oppmuntrer og ser styrker og muligheter.",
            "Connections with people who offer encouragement and see strengths and possibilities.",
        ),
        "support": (
            "Bygg tillitsfulle relasjoner; koble personen til likepersoner eller mentorer som kan inspirere; skap trygge og støttende nettverk.",
            "Build trusting relationships; put the person in touch with peers or mentors who can inspire them; create safe and supportive networks.",
        ),
        "questions": (
            "Hvem i livet ditt gir deg håp eller styrke? Hvordan kan vi styrke din opplevelse av støtte og tillit?",
            "Who in your life gives you hope or strength? How can we strengthen your sense of support and trust?",
        ),
    },
    {
        "subcategory": (
            "Positiv tenkning og å verdsette mestring og suksess",
            "Positive thinking and valuing mastery and success",
        ),
        "meaning": (
            "Fokus på styrker og prestasjoner fremfor kun vansker.",
            "A focus on strengths and achievements rather than on difficulties alone.",
        ),
        "support": (
            "Hjelpe personen å identifisere egne ressurser og tidligere mestring; bruk styrkebasert språk i kommunikasjonen.",
            "Help the person identify their own resources and past experiences of mastery; use strength-based language when communicating.",
        ),
        "questions": (
            "Hva er du stolt av å ha klart så langt? Hvilke personlige egenskaper har hjulpet deg før?",
            "What are you proud of having managed so far? Which personal qualities have helped you before?",
        ),
    },
    {
        "subcategory": ("Drømmer og ambisjoner", "Dreams and ambitions"),
        "meaning": (
            "Å kunne se for seg en meningsfull og tilfredsstillende fremtid med mål å jobbe mot.",
            "Being able to picture a meaningful and satisfying future with goals to work towards.",
        ),
        "support": (
            "Legg til rette for å utforske håp og livsdrømmer; bruk fremtidsplanlegging, visjonstavler eller veiledende samtaler.",
            "Make room for exploring hopes and life dreams; use future planning, vision boards or guidance conversations.",
        ),
        "questions": (
            "Hvordan ser du for deg livet ditt om ett år? Er det håp eller ambisjoner du har lagt bort som du ønsker å ta frem igjen?",
            "How do you picture your life a year from now? Are there hopes or ambitions you have put aside that you would like to take up again?",
        ),
    },
]
