"""The news: every news item of seed 003 in Norwegian with its English translation, plus the
CHIME 2.0 news item that seed 000 links to, written from the project page's own facts.

The English texts are the seed's where it has them (the Nordplus article) and our own
otherwise. Obvious slips of the seed are corrected ("Velferdsetaten", "Fagskole"). The seed
gives no publication dates; the dates below follow what each text says ("1.–2. februar",
"søknadsfrist 15. januar", "tidligere i høst"). Contact details of people are left out:
readers reach the college through the site's contact page.
"""

import datetime

INDEX_TITLE = ("Nyheter", "News")
INDEX_SLUG = ("nyheter", "news")
INDEX_INTRO = (
    "Nytt fra KBT Fagskole: kurs, prosjekter, studier og samarbeid.",
    "News from KBT Fagskole: courses, projects, studies and collaboration.",
)

PEER_EXPERTISE = ("erfaringskompetanse", "peer expertise")
COURSES = ("kurs", "courses")
PROJECTS = ("prosjekter", "projects")
SOCIAL_ENTREPRENEURSHIP = ("sosialt entreprenørskap", "social entrepreneurship")
STUDIES = ("studier", "studies")
NETWORKS = ("nettverk", "networks")
DEMENTIA_CARE = ("demensomsorg", "dementia care")
RECOVERY = ("recovery", "recovery")

NEWS = [
    {
        "title": (
            "CHIME 2.0 – å fremme recovery og livskvalitet",
            "CHIME 2.0 – promoting recovery and quality of life",
        ),
        "slug": (
            "chime-2-0-a-fremme-recovery-og-livskvalitet",
            "chime-2-0-promoting-recovery-and-quality-of-life",
        ),
        "date": datetime.date(2023, 9, 15),
        "intro": (
            "Med støtte fra Stiftelsen Dam utvikler KBT Fagskole recoveryorienterte opplæringskurs sammen med Bærum, Sandnes, Tromsø og Trondheim kommune.",
            "With support from the Dam Foundation, KBT Fagskole is developing recovery-oriented training courses together with the municipalities of Bærum, Sandnes, Tromsø and Trondheim.",
        ),
        "tags": [RECOVERY, PROJECTS, COURSES],
        "project": True,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "CHIME 2.0 bygger på pilotprosjektet CHIME 1.0, som viste store variasjoner i hvordan tjenesteytere og -ledere jobber med personlig og klinisk recovery, og i hvordan de vektlegger erfaringskompetanse.",
                        "CHIME 2.0 builds on the pilot project CHIME 1.0, which showed great variation in how service providers and leaders work with personal and clinical recovery, and in how they value experiential expertise.",
                    ),
                    (
                        "Kursene utvikles sammen med tjenestemottakere, tjenesteytere og tjenesteledere i de fire deltakerkommunene, i samarbeid med Rådet for psykisk helse, King’s College London og NTNU. Målet er at kommunene selv viderefører kursene, og at KBT Fagskole kan tilby dem digitalt.",
                        "The courses are developed with service recipients, service providers and service leaders in the four participating municipalities, in collaboration with the Council for Mental Health, King’s College London and NTNU. The aim is that the municipalities continue the courses themselves, and that KBT Fagskole can offer them digitally.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Fra erfaring til ressurs – ny rapport fra Velferdsetaten i Oslo",
            "From experience to resource – new report from the Welfare Agency in Oslo",
        ),
        "slug": ("fra-erfaring-til-ressurs", "from-experience-to-resource"),
        "date": datetime.date(2023, 11, 20),
        "intro": (
            "Da Velferdsetaten i Oslo kommune lanserte rapporten «Fra erfaring til ressurs – Erfaringskompetanse og likepersonsarbeid i Uteseksjonen», var vi så heldige å bli invitert for å dele våre tanker om rapporten og erfaringskompetanse i tjenestene.",
            "When the Welfare Agency of the City of Oslo launched the report “From experience to resource – Experiential expertise and peer work in the Outreach Service”, we were fortunate to be invited to share our thoughts on the report and on experiential expertise in the services.",
        ),
        "tags": [PEER_EXPERTISE, RECOVERY],
        "project": False,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "Rapporten beskriver blant annet hvordan de benytter erfaringskonsulenter og likepersoner i tjenestene, hvilke erfaringer de har gjort seg, hvordan de forstår erfaringskompetanse, verdier og prinsipper, suksessfaktorer og fallgruver. Både i rapporten og på lanseringen kom det fram at Oslo satser på erfaringskonsulenter, og at de ser behov for at de skal få opplæring og utdanning.",
                        "The report describes, among other things, how they use peer support workers and peers in the services, what they have learned, how they understand experiential expertise, values and principles, success factors and pitfalls. Both the report and the launch made clear that Oslo is investing in peer support workers, and that it sees a need for them to receive training and education.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "Jeg er interessert i at vi kan samarbeide videre og opplevde en genuin interesse for fagskolen og det vi holder på med. Erfaringskonsulenter er en del av en internasjonal trend, og en viktig del av satsingen på recovery og recoveryorientert arbeid. Jeg håper vi i fellesskap kan legge til rette for at det kan bli flere erfaringskonsulenter, og at de kan få opplæring, trening og bli respektert.",
                        "I am keen that we can continue to work together, and I sensed a genuine interest in the college and what we do. Peer support workers are part of an international trend, and an important part of the commitment to recovery and recovery-oriented work. I hope that together we can make room for more peer support workers, and that they can receive education and training and be respected.",
                    ),
                    "attribution": (
                        "Karl Johan Johansen, rektor ved KBT Fagskole",
                        "Karl Johan Johansen, principal of KBT Fagskole",
                    ),
                },
            ),
            (
                "paragraphs",
                [
                    (
                        "På lanseringen ble det nevnt hvor viktig ansettelsesprosessen er for å legge grunnlaget for verdsetting, likeverdighet og integrering. Det kom også fram at noen erfaringskonsulenter kan møte stigma på arbeidsplassen, at det kan være krevende å være den ene erfaringskonsulenten, og at ledelsesforankring og veiledning – både individuelt og i grupper – er viktig.",
                        "At the launch, it was pointed out how important the recruitment process is in laying the foundation for appreciation, equality and integration. It also emerged that some peer support workers may face stigma at work, that it can be demanding to be the only peer support worker, and that support from management and supervision – both individually and in groups – is important.",
                    ),
                ],
            ),
            (
                "heading",
                ("Erfaringskonsulenten som brobygger", "The peer support worker as a bridge-builder"),
            ),
            (
                "paragraphs",
                [
                    (
                        "I rapporten er det flere korte eksempler som illustrerer bruk av erfaringskompetanse i praksis, og hvilken forskjell det kan gjøre for andre. Den gir også gode beskrivelser av hvordan fag og erfaringskompetanse på lag bidrar til tjenester som er bedre tilpasset innbyggerne.",
                        "The report contains several short examples that illustrate experiential expertise in practice and the difference it can make for others. It also describes well how professional and experiential expertise working together contribute to services that are better suited to residents.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "Gjennom egne erfaringer kan erfaringskonsulenter bidra med nye tanker og spørsmål i møte med en klient. Enkelte av de vi jobber med har dårlige erfaringer eller føler seg utrygge i møte med ulike hjelpetjenester. Her vil erfaringskonsulenten kunne være en god støtte og brobygger mellom klient og hjelper.",
                        "Through their own experiences, peer support workers can bring new thoughts and questions to the meeting with a client. Some of the people we work with have had bad experiences or feel unsafe when meeting various support services. Here, the peer support worker can be a good support and a bridge-builder between client and helper.",
                    ),
                    "attribution": (
                        "Fra kapittelet «Rollen som erfaringskonsulent», side 11 i rapporten",
                        "From the chapter “The role of the peer support worker”, page 11 of the report",
                    ),
                },
            ),
            (
                "paragraphs",
                [
                    (
                        "Rektor Karl Johan Johansen og erfaringskonsulent Yvonne Vornes fikk komme med sine tilbakemeldinger på rapporten. Vi ser at Oslo kommune har gjort seg mange av de samme erfaringene som vi har gjort, og ser fram til å finne arenaer for samarbeid framover.",
                        "Principal Karl Johan Johansen and peer support worker Yvonne Vornes were invited to give their feedback on the report. We see that the City of Oslo has had many of the same experiences as we have, and we look forward to finding arenas for collaboration in the future.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Nordplus-nettverk har gitt fart til utviklingen av opplæringstilbud for erfaringskonsulenter",
            "Nordplus network about training peer support workers – what impact has it made?",
        ),
        "slug": ("nordplus-nettverk-erfaringskonsulenter", "nordplus-network-peer-support-workers"),
        "date": datetime.date(2023, 11, 28),
        "intro": (
            "Tidligere i høst hadde det nordisk-baltiske nettverket om utdanning og opplæring av erfaringskonsulenter møte i Trondheim. Etter møtet spurte vi de andre landene hvordan situasjonen er nå, og hvilken innvirkning nettverket har hatt.",
            "Earlier this autumn, the Nordic-Baltic network about educating and training peer support workers met in Trondheim. After the meeting, we asked the other countries how things stand now, and what impact the network has had.",
        ),
        "tags": [PEER_EXPERTISE, NETWORKS],
        "project": False,
        "body": [
            ("heading", ("Spørsmålene", "The questions")),
            (
                "bullets",
                [
                    (
                        "Hvilken type opplæring finnes for erfaringskonsulenter i ditt land?",
                        "What kind of training exists for peer support workers in your country?",
                    ),
                    (
                        "Hva er planene for videre utvikling når det gjelder opplæring av erfaringskonsulenter?",
                        "What are your plans for further development regarding the training of peer support workers?",
                    ),
                    (
                        "Har Nordplus-nettverket hatt innvirkning på denne utviklingen?",
                        "Has the Nordplus network made an impact on this development?",
                    ),
                    (
                        "På hvilken måte har nettverket inspirert den videre utviklingen?",
                        "In what way has the network inspired your further development?",
                    ),
                ],
            ),
            ("heading", ("Sverige", "Sweden")),
            (
                "paragraphs",
                [
                    (
                        "Fra Sverige deltar organisasjonen NSPH, som står for opplæring av erfaringskonsulenter i hele landet. NSPH tilbyr en fem ukers opplæring for å bli erfaringskonsulent, og planlegger å utvide programmet til tolv måneder. «Vi lærer spesielt av KBT Fagskoles opplæringsprogram, som allerede tilbyr tolv måneders opplæring, og av hvert medlem under møtene og i mellomtiden.»",
                        "From Sweden, the organisation NSPH takes part; it trains peer support workers across the country. NSPH offers a five-week training to become a peer support worker, and plans to extend the programme to twelve months. “We are learning in particular from KBT Fagskole’s training programme, which already offers twelve months of training, and from each member during the meetings and in between.”",
                    ),
                ],
            ),
            ("heading", ("Litauen", "Lithuania")),
            (
                "paragraphs",
                [
                    (
                        "Greta Klidziūtė er prosjektleder i NGO Mental Health Perspectives. For øyeblikket finnes det ingen opplæringskurs i Litauen, men noen har deltatt på kurs i Intentional Peer Support på Island og er entusiastiske over å bruke det de lærte.",
                        "Greta Klidziūtė is project manager at the NGO Mental Health Perspectives. Currently, there are no training courses available in Lithuania, but some have attended Intentional Peer Support training in Iceland and are enthusiastic about applying what they learned.",
                    ),
                    (
                        "«Nordplus-nettverket har hatt en betydelig innvirkning på utviklingen av erfaringskonsulenter i Litauen. Erfaringskonsulenter er begynnelsen på en sosial endring, og denne prosessen kan være utfordrende. Å ha støtte og kunne be om råd når det er nødvendig, er avgjørende.»",
                        "“The Nordplus network has had a significant impact on the development of peer support in Lithuania. Peer support is the beginning of a social change, and this process can be challenging. Having support and being able to ask for advice when needed is crucial.”",
                    ),
                ],
            ),
            ("heading", ("Island", "Iceland")),
            (
                "paragraphs",
                [
                    (
                        "Elín Ebba Ásmundsdóttir fra Hlutverkasetur forteller at Island i dag har grunnopplæringen i Intentional Peer Support (IPS), som tar 40 timer. Planen er å tilby IPS-opplæring også utenfor Reykjavik, og å ta i bruk den svenske modellen på fem uker.",
                        "Elín Ebba Ásmundsdóttir of Hlutverkasetur tells us that Iceland today has the Intentional Peer Support (IPS) core training, which takes 40 hours. The plan is to offer IPS training outside Reykjavik too, and to adopt the five-week Swedish model.",
                    ),
                    (
                        "«Nettverket har fremskyndet prosessen, og vi har lært at det finnes ulike modeller for opplæring av erfaringskonsulenter. Gjennom nettverket knyttet vi kontakt med Litauen, og tre derfra kom til Island i august og tok grunnopplæringen. Uten Nordplus ville dette aldri ha skjedd.»",
                        "“The network has speeded up the process, and we have learned that there is more than one way to train peer support workers. Through the network we connected with Lithuania, and three people from there came to Iceland in August and took the core training. If not for Nordplus, this would never have happened.”",
                    ),
                ],
            ),
            (
                "paragraphs",
                [
                    (
                        "Karl Johan og Preben fra KBT Fagskole har vært pådrivere for å få i gang det nordisk-baltiske nettverket. Selv om vi i Norge har kommet lenger enn mange andre land i opplæring av erfaringskonsulenter, har vi mye å lære av andre.",
                        "Karl Johan and Preben of KBT Fagskole have driven the Nordic-Baltic network from the start. Although Norway has come further than many other countries in training peer support workers, we have a lot to learn from others.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Ildsjeler og innovasjon – møt studenter i sosialt entreprenørskap",
            "Enthusiasts and innovation – meet students of social entrepreneurship",
        ),
        "slug": ("ildsjeler-og-innovasjon", "enthusiasts-and-innovation"),
        "date": datetime.date(2023, 12, 4),
        "intro": (
            "Høsten 2023 begynte det første kullet med studenter i sosialt entreprenørskap ved KBT Fagskole. I årets andre samlingsuke tok vi en prat med Ivar Brecke Nygaard og Leif Munkelien om studentlivet.",
            "In the autumn of 2023, the first class of students of social entrepreneurship started at KBT Fagskole. During this year’s second week of classes, we talked to Ivar Brecke Nygaard and Leif Munkelien about student life.",
        ),
        "tags": [SOCIAL_ENTREPRENEURSHIP, STUDIES],
        "project": False,
        "body": [
            (
                "heading",
                (
                    "Forskjellige forkunnskaper – samme engasjement",
                    "Different backgrounds – the same commitment",
                ),
            ),
            (
                "paragraphs",
                [
                    (
                        "De to ildsjelene har startet i hver sin ende når det gjelder sosialt entreprenørskap, men deler ønsket om å hjelpe andre. Leif grunnla Metalheads Against Bullying allerede i 2015 – en organisasjon mot mobbing og utenforskap. Ivar har fått praktisk erfaring gjennom Stiftelsen Medvandrerne og ønsker på sikt å starte et eget prosjekt: en gård som mestringsarena.",
                        "The two enthusiasts started from opposite ends of social entrepreneurship, but share the wish to help others. Leif founded Metalheads Against Bullying back in 2015 – an organisation against bullying and exclusion. Ivar has gained practical experience through the Medvandrerne foundation and hopes in time to start a project of his own: a farm as a place to master everyday life.",
                    ),
                ],
            ),
            ("heading", ("Personlig og faglig vekst", "Personal and professional growth")),
            (
                "paragraphs",
                [
                    (
                        "På utdanningen lærer studentene blant annet forskjellen mellom en «vanlig» entreprenør og en sosial entreprenør. Alle er tydelige på at de ikke drives av en drøm om å tjene penger, men om å gjøre en forskjell i samfunnet.",
                        "Among other things, the students learn the difference between an “ordinary” entrepreneur and a social entrepreneur. All of them are clear that they are not driven by a dream of making money, but of making a difference in society.",
                    ),
                    (
                        "Leif forteller at han gjennom utdanningen har funnet ut at han begynte i feil ende da han startet MAB: «Hva hadde skjedd om jeg hadde gått her først?» Også Ivar har fått aha-opplevelser: «Jeg har fått en helt annen innsikt i hvordan en organisasjon funker.»",
                        "Leif says the programme has shown him that he started at the wrong end when he founded MAB: “What would have happened if I had studied here first?” Ivar has had some eye-openers too: “I have gained a completely different insight into how an organisation works.”",
                    ),
                ],
            ),
            (
                "heading",
                ("Å lære av sine feil – og ikke gi opp", "Learning from mistakes – and not giving up"),
            ),
            (
                "paragraphs",
                [
                    (
                        "Innovasjon og entreprenørskap går ikke alltid rett fram. I undervisningen møter studentene folk som har vært i bransjen i noen år: «Jo mer du snubler, jo mer lærer du.» Vi ønsker studentene lykke til videre, og gleder oss til å følge dem!",
                        "Innovation and entrepreneurship do not always go in a straight line. In class, the students meet people who have been in the field for some years: “The more you stumble, the more you learn.” We wish our students the best of luck and look forward to following them!",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Ledige studieplasser i sosialt entreprenørskap",
            "Study places available in social entrepreneurship",
        ),
        "slug": ("ledige-studieplasser-sosialt-entreprenorskap", "study-places-social-entrepreneurship"),
        "date": datetime.date(2023, 12, 12),
        "intro": (
            "Vil du studere sosialt entreprenørskap på høyere yrkesfaglig nivå? Da kan du starte allerede i januar! Søknadsfrist: 15. januar.",
            "Would you like to study social entrepreneurship at higher vocational level? Then you can start as early as January! Application deadline: 15 January.",
        ),
        "tags": [SOCIAL_ENTREPRENEURSHIP, STUDIES],
        "project": False,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "I 2023 startet vi en helt ny utdanning ved KBT Fagskole. Utdanningen i sosialt entreprenørskap passer både for deg som kan tenke deg å jobbe med sosialt entreprenørskap i framtiden, og for deg som allerede har kommet i gang, men trenger å lære mer for å videreutvikle virksomheten din.",
                        "In 2023 we started a brand new programme at KBT Fagskole. The programme in social entrepreneurship suits both those who would like to work with social entrepreneurship in the future and those who have already started but need to learn more to develop their business further.",
                    ),
                ],
            ),
            ("heading", ("Studiestart i januar", "Studies start in January")),
            (
                "paragraphs",
                [
                    (
                        "Søknadene behandles fortløpende, og vi har som mål å ha gitt alle søkere svar innen en uke etter søknadsfristen. Studiestart er 16. januar 2024, eventuelt 23. januar for dem som blir tatt opp etter 16. januar.",
                        "Applications are processed continuously, and we aim to give all applicants an answer within a week of the deadline. Studies start on 16 January 2024, or on 23 January for those admitted after 16 January.",
                    ),
                    (
                        "Det første emnet til våren er «Sosiale entreprenører og profesjonalitet». Her lærer du å se mulighetene for sosial innovasjon og markedsmuligheter for nye måter å tenke på. Emnet bruker verktøyene VPS og Business Model Canvas, og handler i stor grad om hvilke mål og resultater sosiale virksomheter bør jobbe etter – samfunnsmessige, sosiale, miljømessige og andre «mykere målsettinger» – satt opp mot nødvendigheten av en økonomi som gjør virksomheten bærekraftig.",
                        "The first course this spring is “Social entrepreneurs and professionalism”. Here you learn to see the opportunities for social innovation and the market opportunities for new ways of thinking. The course uses the tools VPS and Business Model Canvas, and deals largely with the goals and results social enterprises should work towards – societal, social, environmental and other “softer objectives” – weighed against the need for finances that make the enterprise sustainable.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Nytt Interreg-prosjekt: Synergier innen Nordens grønne belte – SING",
            "New Interreg project: Synergies within the Green Belt of the North – SING",
        ),
        "slug": ("nytt-interreg-prosjekt-sing", "new-interreg-project-sing"),
        "date": datetime.date(2024, 1, 8),
        "intro": (
            "I desember fikk vi gladnyheten om tilskudd til et nytt norsk-svensk Interreg-prosjekt, SING (Synergier inom Nordens Gröna Bälte), for perioden 1.1.2024–31.12.2026.",
            "In December we received the good news of funding for a new Norwegian-Swedish Interreg project, SING (Synergies within the Green Belt of the North), for the period 1 January 2024 to 31 December 2026.",
        ),
        "tags": [SOCIAL_ENTREPRENEURSHIP, PROJECTS],
        "project": False,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "Vår svenske samarbeidspartner i prosjektet er Coompanion, som også er med i prosjektet MERSE. Begge prosjektene handler om sosialt entreprenørskap, men med ulik tilnærming, målgruppe og tiltak. I SING dreier det seg særlig om det norsk-svenske samarbeidet.",
                        "Our Swedish partner in the project is Coompanion, which is also involved in the MERSE project. Both projects are about social entrepreneurship, but with different approaches, target groups and measures. SING is above all about Norwegian-Swedish collaboration.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "Det er veldig gledelig at vi har fått innvilget dette prosjektet. Det vil bidra til kompetanseutvikling på tvers av Trøndelag og Jämtland/Västernorrland, og gir en mulighet til å bygge praktisk samarbeid mellom kommuner og fagmiljøer innen sosialt entreprenørskap.",
                        "We are very pleased that this project has been granted. It will contribute to competence development across Trøndelag and Jämtland/Västernorrland, and gives an opportunity to build practical collaboration between municipalities and professional communities in social entrepreneurship.",
                    ),
                    "attribution": (
                        "Karl Johan Johansen, rektor ved KBT Fagskole",
                        "Karl Johan Johansen, principal of KBT Fagskole",
                    ),
                },
            ),
            (
                "heading",
                (
                    "Bærekraftig entreprenørskap i Midt-Norge og Midt-Norrland",
                    "Sustainable entrepreneurship in Central Norway and Central Norrland",
                ),
            ),
            (
                "paragraphs",
                [
                    (
                        "Målet for SING er å forbedre bærekraftig vekst og konkurranseevne for små og mellomstore bedrifter og å skape nye arbeidsplasser i slike selskaper. Prosjektet skal styrke gründerkunnskapen i grenseregionen, og ser særlig på tynt befolkede områder på begge sider av grensen.",
                        "SING aims to improve sustainable growth and competitiveness for small and medium-sized businesses and to create new jobs in such companies. The project will strengthen entrepreneurial knowledge in the border region, with a particular eye on sparsely populated areas on both sides of the border.",
                    ),
                    (
                        "Vi vil utvikle et digitalt læringsprogram, legge til rette for nettverksbygging og spre kunnskap om forretningsmodeller som er tilpasset sosialt entreprenørskap. Prosjektets hovedmål er en støttestruktur som fremmer sosialt entreprenørskap som bygger på bærekraft og sosial nytte, gjennom",
                        "We will develop a digital learning programme, facilitate networking and spread knowledge of business models suited to social entrepreneurship. The project’s main goal is a support structure that promotes social entrepreneurship built on sustainability and social benefit, through",
                    ),
                ],
            ),
            (
                "bullets",
                [
                    (
                        "smarte og inspirerende løsninger for kunnskapsutveksling",
                        "smart and inspiring solutions for sharing knowledge",
                    ),
                    ("samarbeid", "collaboration"),
                    (
                        "læring mellom folk og organisasjoner innen sosialt entreprenørskap",
                        "learning between people and organisations in social entrepreneurship",
                    ),
                ],
            ),
            ("heading", ("Hva vil vi få til i SING?", "What do we want to achieve in SING?")),
            (
                "bullets",
                [
                    (
                        "Et tilpasset læringssystem på tvers av landegrensen, med materiell på både norsk og svensk.",
                        "A learning system adapted across the border, with material in both Norwegian and Swedish.",
                    ),
                    (
                        "Sektorvise og tverrsektorielle nettverk blant bedrifter i grenseregionen.",
                        "Sector-specific and cross-sector networks among businesses in the border region.",
                    ),
                    (
                        "Et utviklet og validert digitalt læringsprogram for sosiale entreprenører, etter modell fra Social Enterprise Academy i Sverige og Skottland.",
                        "A developed and validated digital learning programme for social entrepreneurs, modelled on the Social Enterprise Academy in Sweden and Scotland.",
                    ),
                ],
            ),
            (
                "paragraphs",
                [
                    (
                        "Prosjektet er finansiert gjennom programmet Interreg Sverige-Norge og Den europeiske union: Det europeiske regionale utviklingsfondet. I tillegg har Trøndelag fylkeskommune bidratt med medfinansiering.",
                        "The project is funded through the Interreg Sweden-Norway programme and the European Union: the European Regional Development Fund. Trøndelag County Council has also contributed co-funding.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Erfaringsmedarbeidere i demensomsorgen – pilotprosjektet i Trøndelag fortsetter",
            "Peer workers in dementia care – the pilot project in Trøndelag continues",
        ),
        "slug": ("erfaringsmedarbeidere-i-demensomsorgen", "peer-workers-in-dementia-care"),
        "date": datetime.date(2024, 1, 15),
        "intro": (
            "Siden 2021 har kommunene Frøya og Indre Fosen prøvd ut erfaringsmedarbeidere i demensomsorgen. Nå blir prosjektet videreført enda et år, med midler fra Statsforvalteren i Trøndelag.",
            "Since 2021, the municipalities of Frøya and Indre Fosen have piloted peer workers in dementia care. Now the project continues for another year, funded by the County Governor of Trøndelag.",
        ),
        "tags": [DEMENTIA_CARE, PEER_EXPERTISE, PROJECTS],
        "project": False,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "I hver kommune ble det ansatt to personer med pårørendeerfaring, som utgjør et lavterskeltilbud for yngre hjemmeboende med demens. Erfaringsmedarbeiderne har bidratt til at folk har kunnet bo lenger hjemme, vært brobyggere mellom personer med demens og tjenesteapparatet, og hjulpet folk å få tilbake troen på egne evner.",
                        "Each municipality employed two people with experience as next of kin, who offer a low-threshold service for younger people with dementia living at home. The peer workers have helped people live at home for longer, built bridges between people with dementia and the services, and helped people regain faith in their own abilities.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "I bevilgningsbrevet stilte Statsforvalteren krav om at prosjektdeltakerne deltar på regionale samlinger i deres regi. Vi anser dette som en bekreftelse på at de ser potensialet med erfaringsmedarbeidere i demensomsorgen. Med denne drahjelpen er vi nærmere visjonen vår: at det er ansatt erfaringsmedarbeidere i hjemmebaserte tjenester i alle kommuner i Norge.",
                        "In the grant letter, the County Governor required the project participants to take part in regional gatherings it organises. We see this as confirmation that they see the potential of peer workers in dementia care. With this help, we are closer to our vision: that every municipality in Norway employs peer workers in its home-based services.",
                    ),
                    "attribution": ("Roger Santokhie, prosjektleder", "Roger Santokhie, project manager"),
                },
            ),
            (
                "heading",
                ("Nå blir det enklere å starte opp andre steder", "Now it will be easier to start elsewhere"),
            ),
            (
                "paragraphs",
                [
                    (
                        "Pilotkommunene har gitt oss mye kunnskap om hva som er suksessfaktorer og utfordringer når erfaringsmedarbeidere innføres i demensomsorgen. I det videre arbeidet skal vi teste den utviklede modellen for å integrere erfaringsmedarbeidere i kommunens hukommelsesteam. Indre Fosen kommune skal lage et opplæringsprogram som hjelper pårørende å håndtere «ventesorg», og Frøya kommune et opplæringsprogram for kommunikasjon og samhandling med personer med demens.",
                        "The pilot municipalities have taught us a great deal about the success factors and challenges of introducing peer workers in dementia care. Next, we will test the model we have developed for integrating peer workers into the municipality’s memory team. Indre Fosen municipality will create a training programme that helps next of kin cope with “anticipatory grief”, and Frøya municipality a training programme on communicating and interacting with people with dementia.",
                    ),
                    (
                        "Blant verktøyene som er utviklet, er rekrutteringsplan, stillingsbeskrivelse og opplæringsplan for erfaringsmedarbeidere i demensomsorgen. Utfordringer som er identifisert – rollekonflikter, etiske dilemmaer, relasjonelle og strukturelle utfordringer – skal det utvikles verktøy for i 2024.",
                        "The tools developed include a recruitment plan, a job description and a training plan for peer workers in dementia care. Tools for the challenges identified – role conflicts, ethical dilemmas, relational and structural challenges – will be developed in 2024.",
                    ),
                ],
            ),
            ("heading", ("Effekter av pilotprosjektet", "Effects of the pilot project")),
            (
                "bullets",
                [
                    (
                        "Erfaringsmedarbeiderne gir rom for at de pårørende kan være familie, ikke bare omsorgspersoner.",
                        "The peer workers make room for next of kin to be family, not only carers.",
                    ),
                    (
                        "Personene de jobber med, får stort eierskap til og tillit til erfaringsmedarbeiderne.",
                        "The people they work with develop a strong sense of ownership of, and trust in, the peer workers.",
                    ),
                    (
                        "Overgangen til andre tjenester blir mykere: erfaringsmedarbeiderne går ikke i uniform, noe som gjør dem lettere å godta.",
                        "The transition to other services becomes smoother: the peer workers do not wear uniforms, which makes them easier to accept.",
                    ),
                    (
                        "Samfunnet kan spare mye når folk bor lenger hjemme, pårørende får avlastning og unngår å bli utslitt, og ubenyttet kompetanse i befolkningen tas i bruk.",
                        "Society can save a great deal when people live at home for longer, next of kin get respite and avoid burning out, and unused skills in the population are put to use.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": (
            "Bli med på introkurs om Bruker Spør Bruker-metoden",
            "Join an introductory course on the User Asks User method",
        ),
        "slug": ("introkurs-bruker-spor-bruker", "introductory-course-user-asks-user"),
        "date": datetime.date(2024, 1, 10),
        "intro": (
            "1.–2. februar arrangerer KBT og KBT Fagskole et kurs om Bruker Spør Bruker-metoden, med Heidi Westerlund, en av utviklerne av metoden, og Karl Johan Johansen.",
            "On 1–2 February, KBT and KBT Fagskole hold a course on the User Asks User method, with Heidi Westerlund, one of the developers of the method, and Karl Johan Johansen.",
        ),
        "tags": [COURSES],
        "project": False,
        "body": [
            (
                "paragraphs",
                [
                    (
                        "I kurset får du en oversikt over hva metoden innebærer, og hører om praktiske erfaringer med Bruker Spør Bruker-prosjekter. Mer informasjon, program og påmelding finner du på kbtkompetanse.no.",
                        "The course gives you an overview of what the method involves and practical experience from User Asks User projects. More information, the programme and registration are at kbtkompetanse.no.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "Karl Johan og jeg vil blant annet vise dere noen praktiske prosjektcase fra BSBs portefølje, som kan være nyttige både for deg som vil bli prosessleder og for deg som vurderer metoden for egen tjenesteutvikling. Velkommen til to innholdsrike dager!",
                        "Karl Johan and I will show you some practical project cases from the BSB portfolio, useful both if you want to become a process leader and if you are considering the method for developing your own services. Welcome to two rich days!",
                    ),
                    "attribution": ("Heidi Westerlund", "Heidi Westerlund"),
                },
            ),
            (
                "heading",
                (
                    "Trenger flere som kan jobbe praktisk med prosjekter",
                    "More people are needed who can run projects in practice",
                ),
            ),
            (
                "paragraphs",
                [
                    (
                        "BSB er en metode som gir brukere og tjenesteutøvere, for eksempel i en kommune, en mulighet til å gå i dialog om kvaliteten i tjenesten. Kurset passer både for deg som er interessert i hvordan metoden kan brukes, og i historien bak den. Du forplikter deg ikke til noe ved å delta.",
                        "BSB is a method that lets users and service providers, for example in a municipality, enter into dialogue about the quality of the service. The course suits both those interested in how the method can be used and in the history behind it. Taking part commits you to nothing.",
                    ),
                    (
                        "For å bli prosessleder må du ta et mer omfattende kurs som følger et prosjekt i praksis. Det er foreløpig ingen konkrete planer om prosesslederkurs, men blir interessen stor, vil vi se på hva som kan være mulig.",
                        "To become a process leader, you need to take a more extensive course that follows a project in practice. There are no firm plans for a process leader course yet, but if there is great interest we will look at what may be possible.",
                    ),
                ],
            ),
        ],
    },
]
