"""Our own demo texts for the site's pages outside the course material — about, contact,
accessibility statement, privacy, search — and the site settings (nb, en).

Contact details are clearly fictional placeholders: no real address, a phone number in a
series Norway does not give to subscribers, an example.org e-mail address.
"""

SEARCH = {
    "title": ("Søk", "Search"),
    "slug": ("sok", "search"),
    "intro": (
        "Søk i kursene, CHIME-sidene, veilederne og spørsmålsbanken.",
        "Search the courses, the CHIME pages, the guides and the question bank.",
    ),
}

CONTACT_DETAILS = {
    "organisation_name": ("KBT Fagskole", "KBT Fagskole"),
    "address": ("Eksempelgata 1, 0000 Eksempelby", "Eksempelgata 1, 0000 Eksempelby, Norway"),
    "opening_hours": ("hverdager 08.00–15.30", "weekdays 8 am – 3.30 pm"),
    "about": (
        "Kurs og læremateriell for recovery-orientert praksis i kommunale tjenester innen psykisk helse og rus.",
        "Courses and learning material for recovery-oriented practice in municipal mental-health and substance-abuse services.",
    ),
}

# Fictional: Norwegian subscriber numbers never start with 1, and example.org is reserved.
SETTINGS = {
    "phone": "+47 12 34 56 78",
    "email": "post@example.org",
    "uustatus_url": "https://uustatus.no/nb/erklaringer/publisert/00000000-0000-0000-0000-000000000000",
    "social_links": [("linkedin", "https://www.example.org/linkedin")],
}

ABOUT = {
    "title": ("Om KBT Fagskole", "About KBT Fagskole"),
    "slug": ("om-oss", "about"),
    "intro": (
        "KBT Fagskole gir kurs og læremateriell til ansatte i kommunale tjenester innen psykisk helse og rus.",
        "KBT Fagskole offers courses and learning material for staff in municipal mental-health and substance-abuse services.",
    ),
    "body": [
        ("heading", ("Hva vi gjør", "What we do")),
        (
            "paragraphs",
            [
                (
                    "Vi utvikler kurs, veiledere og arbeidsark som støtter recovery-orientert praksis. Materiellet bygger på CHIME-rammeverket og er laget sammen med tjenesteytere, tjenestebrukere og pårørende.",
                    "We develop courses, guides and worksheets that support recovery-oriented practice. The material builds on the CHIME framework and is made together with service providers, service users and relatives.",
                ),
                (
                    "Alt innhold på nettstedet er fritt tilgjengelig, kan skrives ut og lastes ned som PDF.",
                    "Everything on the site is freely available and can be printed or downloaded as a PDF.",
                ),
            ],
        ),
    ],
}

CONTACT = {
    "title": ("Kontakt oss", "Contact us"),
    "slug": ("kontakt", "contact"),
    "intro": (
        "Spørsmål om kurs, materiell eller nettstedet? Ta kontakt med sentralbordet eller send oss en e-post.",
        "Questions about courses, material or the site? Call the switchboard or send us an e-mail.",
    ),
    "body": [
        ("heading", ("Telefon og e-post", "Phone and e-mail")),
        (
            "paragraphs",
            [
                (
                    "Telefonnummer, e-postadresse og adresse står nederst på hver side.",
                    "Our phone number, e-mail address and postal address are at the bottom of every page.",
                ),
                (
                    "Ikke send helseopplysninger eller andre personopplysninger om tjenestebrukere på e-post.",
                    "Do not send health information or other personal data about service users by e-mail.",
                ),
            ],
        ),
    ],
}

ACCESSIBILITY = {
    "title": ("Tilgjengelighetserklæring", "Accessibility statement"),
    "slug": ("tilgjengelighetserklaering", "accessibility-statement"),
    "intro": (
        "Nettstedet skal kunne brukes av alle. Her er hva vi har gjort, hva som gjenstår og hvordan du kan melde fra.",
        "Everyone should be able to use this site. Here is what we have done, what remains and how to tell us about problems.",
    ),
    "body": [
        ("heading", ("Krav og status", "Requirements and status")),
        (
            "paragraphs",
            [
                (
                    "Nettstedet skal oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger krever.",
                    "The site is to meet WCAG 2.1 at level AA, as the Norwegian regulations on universal design of ICT solutions require.",
                ),
                (
                    "Vi tester hver sidetype automatisk med axe-core ved hver endring, både på stor skjerm og på mobil, og vi sjekker tastaturbruk og skjermleser for hånd.",
                    "We test every page type automatically with axe-core on every change, on large screens and on phones, and we check keyboard use and screen readers by hand.",
                ),
            ],
        ),
        ("heading", ("Kjente mangler", "Known issues")),
        (
            "bullets",
            [
                (
                    "PDF-filene er merket for skjermlesere, men store tabeller kan deles over flere sider.",
                    "The PDF files are tagged for screen readers, but large tables may be split across pages.",
                ),
                (
                    "Spørsmål som ennå ikke er oversatt, vises på norsk på de engelske sidene og er merket som norsk tekst.",
                    "Questions not yet translated are shown in Norwegian on the English pages and marked as Norwegian text.",
                ),
            ],
        ),
        ("heading", ("Meld fra om problemer", "Report a problem")),
        (
            "paragraphs",
            [
                (
                    "Finner du noe som ikke fungerer for deg, vil vi gjerne vite det. Kontaktopplysningene står nederst på siden.",
                    "If something does not work for you, we would like to know. Our contact details are at the bottom of the page.",
                ),
                (
                    "Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt i Digitaliseringsdirektoratet.",
                    "If you get no answer, or are not satisfied with it, you can complain to the Authority for Universal Design of ICT at the Norwegian Digitalisation Agency.",
                ),
            ],
        ),
    ],
}

PRIVACY = {
    "title": ("Personvern og informasjonskapsler", "Privacy and cookies"),
    "slug": ("personvern", "privacy"),
    "intro": (
        "Nettstedet samler så lite som mulig om deg. Her står hva som lagres, hvorfor og hvor lenge.",
        "The site collects as little as possible about you. This page says what is stored, why and for how long.",
    ),
    "body": [
        ("heading", ("Ingen sporing", "No tracking")),
        (
            "paragraphs",
            [
                (
                    "Vi bruker ikke analyseverktøy, annonser eller sporingskapsler, og nettstedet henter ikke innhold fra tredjeparter som kan spore deg.",
                    "We use no analytics, advertising or tracking cookies, and the site loads nothing from third parties that could track you.",
                ),
                (
                    "Det du søker etter, lagres ikke.",
                    "What you search for is not stored.",
                ),
            ],
        ),
        ("heading", ("Informasjonskapsler for redaktører", "Cookies for editors")),
        (
            "paragraphs",
            [
                (
                    "Bare når en redaktør logger inn i publiseringsløsningen, settes en innloggingskapsel (sessionid) og en sikkerhetskapsel mot forfalskede skjemaer (csrftoken). De slettes når redaktøren logger ut eller økten utløper.",
                    "Only when an editor signs in to the publishing system are a session cookie (sessionid) and a security cookie against forged forms (csrftoken) set. They are deleted when the editor signs out or the session expires.",
                ),
            ],
        ),
        ("heading", ("Serverlogger", "Server logs")),
        (
            "paragraphs",
            [
                (
                    "Serveren logger hver forespørsel med IP-adresse, tidspunkt, adressen som ble bedt om og nettleserens navn. Loggene brukes bare til drift og sikkerhet, deles ikke med andre og slettes etter kort tid.",
                    "The server logs every request with the IP address, the time, the address requested and the browser's name. The logs are used only for operations and security, are not shared and are deleted after a short time.",
                ),
                (
                    "Har du spørsmål om personvern, kan du kontakte oss på adressen nederst på siden.",
                    "If you have questions about privacy, contact us at the address at the bottom of the page.",
                ),
            ],
        ),
    ],
}

# Editors' promotions for the search page: query → the page it recommends.
# A promotion is for one query string, so each language's query has its own description.
PROMOTIONS = [
    ("kontakt", CONTACT["slug"][0], "Telefon, e-post og adresse."),
    ("contact", CONTACT["slug"][0], "Phone, e-mail and address."),
]
