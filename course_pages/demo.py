"""Builds the demo page tree in Norwegian from our data modules, then translates every page
into English through wagtail-localize (parents first; snippets before the pages that embed
them). Pages are found again by parent and slug, so a second run changes nothing."""

import re
from datetime import date
from importlib import import_module
from uuid import uuid4

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from course_pages.translation.demo import translate
from question_bank.demo import ensure_theme, find_theme
from question_bank.elements import ELEMENTS
from question_bank.models import Question, ThemeCollection

from .demo_content import home as home_content
from .demo_content import sections
from .demo_images import load_images
from .models import (
    ChimeElementPage,
    ChimeOverviewPage,
    ContactDetails,
    CourseIndexPage,
    CoursePage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    LessonPage,
    SearchPage,
    SiteSettings,
    SocialLink,
    StandardPage,
)

# The demo's standard pages were "last reviewed" on a fixed day, so that runs are repeatable.
DEMO_REVIEW_DATE = date(2026, 11, 2)

ELEMENT_TITLES = {
    "connectedness": ("Tilhørighet", "Connectedness"),
    "hope": ("Håp", "Hope"),
    "identity": ("Identitet", "Identity"),
    "meaning": ("Mening", "Meaning"),
    "empowerment": ("Myndiggjøring", "Empowerment"),
}


def slug_pair(title_pair):
    """URL slugs for a (nb, en) title pair; Norwegian letters become ae, o and a."""
    nb, en = title_pair
    nb = nb.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return slugify(nb)[:80].strip("-"), slugify(en)[:80].strip("-")


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(texts):
    return "<ul>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + "</ul>"


def list_items(values):
    """A ListBlock value in Wagtail's stored form. Items need ids: wagtail-localize extracts
    no segments from a bare list, so its text would stay Norwegian on English pages."""
    return [{"type": "item", "value": value, "id": str(uuid4())} for value in values]


# Shorthands of the demo modules for blocks of another name.
BLOCK_NAMES = {"paragraphs": "text", "bullets": "text"}


class StreamBuilder:
    """Turns the demo modules' block tuples into StreamField data, remembering text pairs."""

    def __init__(self, memory, images=None):
        self.memory = memory
        self.images = images or {}

    def text(self, pair):
        return self.memory.add(pair) if pair else ""

    def texts(self, pairs):
        return [self.text(pair) for pair in pairs]

    def build(self, blocks):
        return [
            {"type": BLOCK_NAMES.get(name, name), "value": self.value(name, value)} for name, value in blocks
        ]

    def value(self, name, value):
        t = self.text
        if name == "heading":
            return t(value)
        if name == "text":
            return paragraphs([t(value)])
        if name == "paragraphs":
            return paragraphs(self.texts(value))
        if name == "bullets":
            return bullets(self.texts(value))
        if name == "quote":
            return {"quote": t(value["quote"]), "attribution": t(value.get("attribution"))}
        if name == "callout":
            return {"kind": value["kind"], "text": paragraphs([t(value["text"])])}
        if name == "reflection":
            return {"title": t(value["title"]), "prompt": paragraphs([t(value["prompt"])]), "answer_lines": 4}
        if name in ("purpose", "key_principles"):
            return {"heading": t(value.get("heading")), "items": list_items(self.texts(value["items"]))}
        if name == "practical_guide":
            return {
                "heading": t(value.get("heading")),
                "element": value.get("element", ""),
                "rows": list_items(
                    {
                        "subcategory": t(row["subcategory"]),
                        "meaning": t(row["meaning"]),
                        "support": t(row["support"]),
                        # The example questions live in the question bank (one source).
                        "example_questions": find_theme(
                            value["element"], row["subcategory"][0], ThemeCollection.PRACTICAL_GUIDE
                        ).pk,
                        "questions": "",
                    }
                    for row in value["rows"]
                ),
            }
        if name == "phase_guide":
            return {
                "heading": t(value.get("heading")),
                "rows": list_items({"phase": t(phase), "tips": t(tips)} for phase, tips in value["rows"]),
            }
        if name == "question_theme":
            theme = find_theme(value["element"], value["theme"])
            return {
                "theme": theme.pk,
                "show_guidance": value.get("show_guidance", True),
                "answer_lines": value.get("answer_lines", 0),
            }
        if name == "element_themes":
            return {
                "element": value["element"],
                "show_guidance": value.get("show_guidance", True),
                "answer_lines": value.get("answer_lines", 0),
            }
        if name == "question_set":
            return {
                "heading": t(value.get("heading")),
                "questions": list_items(
                    Question.objects.get(
                        theme__locale=Locale.get_default(), theme__element=element, text=text
                    ).pk
                    for element, text in value["questions"]
                ),
                "answer_lines": value.get("answer_lines", 0),
            }
        if name == "answer_field":
            return {
                "label": t(value["label"]),
                "help_text": t(value.get("help_text")),
                "lines": value.get("lines", 4),
            }
        if name == "checklist":
            return {"heading": t(value["heading"]), "items": list_items(self.texts(value["items"]))}
        if name == "image":
            return {
                "image": self.images[value["image"]].pk,
                "alt_text": t(value["alt_text"]),
                "caption": t(value.get("caption")),
            }
        if name == "chime_link":
            return {"element": value["element"], "text": t(value.get("text"))}
        raise ValueError(f"Unknown demo block type {name!r}")


def assert_blocks_saved(page, built_body):
    """Wagtail silently drops blocks whose type it does not know: fail loudly instead."""
    if built_body is None:
        return
    expected = [block["type"] for block in built_body]
    saved = [block.block_type for block in type(page).objects.get(pk=page.pk).body]
    if saved != expected:
        raise ValueError(f"{page.title}: saved blocks {saved} differ from the built {expected}")


class PageLoader:
    def __init__(self, memory, stdout, images):
        self.memory = memory
        self.stdout = stdout
        self.streams = StreamBuilder(memory, images)
        self.created = 0

    def page(self, parent, page_class, title, slug=None, **fields):
        """The Norwegian page under ``parent``, created and published if missing, then its
        English translation."""
        slug = slug or slug_pair(title)
        nb_slug = self.memory.add(slug)
        page = page_class.objects.child_of(parent).filter(slug=nb_slug).first()
        if page is None:
            page = page_class(title=self.memory.add(title), slug=nb_slug, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            assert_blocks_saved(page, fields.get("body"))
            self.created += 1
        else:
            self.memory.add(title)
        translate(page, self.memory, "en")
        return page

    def rich(self, pair):
        return paragraphs([self.memory.add(pair)])


def load_home(memory, stdout):
    """The nb home page becomes the default site's root; its en twin is a translation."""
    nb = Locale.objects.get(language_code="nb")
    home = HomePage.objects.filter(locale=nb).first()
    streams = StreamBuilder(memory)
    title = memory.add(home_content.TITLE)
    slug = memory.add(home_content.SLUG)
    intro = paragraphs([memory.add(home_content.INTRO)])
    body = streams.build(home_content.BODY)
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title=title, slug=slug, locale=nb, intro=intro, body=body)
        root.add_child(instance=home)
        home.save_revision().publish()
        assert_blocks_saved(home, body)
        site = Site.objects.filter(is_default_site=True).first()
        welcome = site.root_page if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = "KBT Fagskole"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page has served its purpose.
        if welcome is not None and welcome.specific_class is Page and welcome.depth == 2:
            welcome.delete()
        stdout.write("Created the Norwegian home page.")
    translate(home, memory, "en")
    return home


def content_module(name):
    return import_module(f"{__package__}.demo_content.{name}")


def load_chime(loader, home):
    overview_data = content_module("course").OVERVIEW
    overview = loader.page(
        home,
        ChimeOverviewPage,
        overview_data["title"],
        slug=("chime", "chime"),
        show_in_menus=True,
        intro=loader.rich(overview_data["intro"]),
        body=loader.streams.build(overview_data["body"]),
    )
    for element in ELEMENTS:
        content = content_module(element.code)
        body = [
            ("heading", ("Formål med spørsmålene", "Purpose of the questions")),
            ("purpose", {"items": content.PURPOSE}),
            ("heading", ("Praktisk veileder", "Practical guide")),
            (
                "practical_guide",
                {
                    "heading": content.PRACTICAL_GUIDE_TITLE,
                    "element": element.code,
                    "rows": content.PRACTICAL_GUIDE,
                },
            ),
            ("heading", ("Spørsmålsbank", "Question bank")),
            ("element_themes", {"element": element.code}),
            ("heading", ("Veiledning etter fase i samtalen", "Guide by conversation phase")),
            ("phase_guide", {"rows": content.PHASE_GUIDE}),
            ("heading", ("Nøkkelprinsipper", "Key principles")),
            ("key_principles", {"items": content.KEY_PRINCIPLES}),
        ]
        loader.page(
            overview,
            ChimeElementPage,
            ELEMENT_TITLES[element.code],
            element=element.code,
            intro=loader.rich(content.INTRO),
            body=loader.streams.build(body),
        )
    return overview


def load_course(loader, home):
    index = loader.page(
        home,
        CourseIndexPage,
        ("Kurs", "Courses"),
        show_in_menus=True,
        intro=loader.rich(sections.COURSE_INDEX_INTRO),
    )
    data = content_module("course").COURSE
    course = loader.page(
        index,
        CoursePage,
        data["title"],
        intro=loader.rich(data["intro"]),
        audience=loader.memory.add(data["audience"]),
        learning_outcomes=bullets(loader.memory.add(pair) for pair in data["learning_outcomes"]),
        format=data["format"],
        duration=loader.memory.add(data["duration"]),
        credits=loader.memory.add(data["credits"]),
        provider=loader.memory.add(data["provider"]),
        signup_text=loader.memory.add(data["signup"]),
    )
    for lesson in data["lessons"]:
        loader.page(
            course,
            LessonPage,
            lesson["title"],
            intro=loader.rich(lesson["summary"]),
            estimated_minutes=lesson["minutes"],
            body=loader.streams.build(lesson["body"]),
        )
    return course


def load_guides(loader, home):
    index = loader.page(
        home,
        GuideIndexPage,
        ("Veiledere", "Guides"),
        show_in_menus=True,
        intro=loader.rich(sections.GUIDE_INDEX_INTRO),
    )

    practical = []
    for element in ELEMENTS:
        content = content_module(element.code)
        practical += [
            ("heading", content.PRACTICAL_GUIDE_TITLE),
            ("practical_guide", {"element": element.code, "rows": content.PRACTICAL_GUIDE}),
        ]
    loader.page(
        index,
        GuidePage,
        sections.PRACTICAL_GUIDE_TITLE,
        slug=("chime-praktisk-veileder", "chime-practical-guide"),
        intro=loader.rich(sections.PRACTICAL_GUIDE_INTRO),
        body=loader.streams.build(practical),
    )

    for element in ELEMENTS:
        content = content_module(element.code)
        name = ELEMENT_TITLES[element.code]
        loader.page(
            index,
            GuidePage,
            (f"Spørsmålsbank: {name[0]}", f"Question bank: {name[1]}"),
            intro=loader.rich(content.INTRO),
            body=loader.streams.build(
                [
                    ("heading", ("Formål med spørsmålene", "Purpose of the questions")),
                    ("purpose", {"items": content.PURPOSE}),
                    ("heading", ("Spørsmål", "Questions")),
                    ("element_themes", {"element": element.code, "answer_lines": 2}),
                    ("heading", ("Veiledning etter fase i samtalen", "Guide by conversation phase")),
                    ("phase_guide", {"rows": content.PHASE_GUIDE}),
                    ("heading", ("Nøkkelprinsipper", "Key principles")),
                    ("key_principles", {"items": content.KEY_PRINCIPLES}),
                ]
            ),
        )

    plan = content_module("conversation_plan")
    plan_themes = import_module("question_bank.demo_content.conversation_plan").THEMES
    loader.page(
        index,
        GuidePage,
        ("CHIME-samtale- og tiltaksplan", "CHIME conversation and action plan"),
        slug=("chime-samtale-og-tiltaksplan", "chime-conversation-and-action-plan"),
        intro=loader.rich(plan.INTRO),
        body=loader.streams.build(
            [
                ("heading", ("Hvem planen er for", "Who the plan is for")),
                ("bullets", plan.WHO_FOR),
                ("paragraphs", [plan.WHY_USE]),
                ("heading", ("Styrkebaserte tiltak", "Strength-based interventions")),
                *[
                    (
                        "callout",
                        {
                            "kind": "info",
                            "text": (f"{i['title'][0]}: {i['text'][0]}", f"{i['title'][1]}: {i['text'][1]}"),
                        },
                    )
                    for i in plan.INTERVENTIONS
                ],
                ("heading", ("Min plan", "My plan")),
                (
                    "checklist",
                    {
                        "heading": ("CHIME-områder vi har snakket om", "CHIME areas we have talked about"),
                        "items": [ELEMENT_TITLES[element.code] for element in ELEMENTS],
                    },
                ),
                *sections.PLAN_WORKSHEET,
                ("heading", ("Evaluering etter samtalen", "Evaluation after the conversation")),
                *[
                    (
                        "question_theme",
                        {"element": "", "theme": theme["title"][0], "show_guidance": True, "answer_lines": 2},
                    )
                    for theme in plan_themes
                ],
                ("answer_field", {"label": ("Andre kommentarer", "Other comments"), "lines": 4}),
                ("heading", ("Andre verktøy", "Other tools")),
                ("bullets", plan.OTHER_TOOLS),
                ("callout", {"kind": "tip", "text": plan.REMINDER}),
            ]
        ),
    )


def split_questions(pair):
    """Seed 002 writes a row's example questions as one text; the question bank holds each
    question apart: ``("Hva? Hvem?", "What? Who?")`` → ``[("Hva?", "What?"), ("Hvem?", "Who?")]``."""
    nb, en = (re.findall(r"[^?]+\?", text) for text in pair)
    return [(n.strip(), e.strip()) for n, e in zip(nb, en, strict=True)]


def load_practical_guide_examples(memory, stdout):
    """The practical guide's example questions (seed 002) as question-bank themes, one per
    subcategory, which the guide's rows embed."""
    created = 0
    for element in ELEMENTS:
        for order, row in enumerate(content_module(element.code).PRACTICAL_GUIDE, start=1):
            data = {
                "title": row["subcategory"],
                "when_relevant": ("", ""),
                "questions": [("conversation", "", nb, en) for nb, en in split_questions(row["questions"])],
            }
            created += ensure_theme(memory, element.code, data, order * 10, ThemeCollection.PRACTICAL_GUIDE)
    if created:
        stdout.write(f"Created {created} themes of practical-guide example questions.")


def load_site_pages(loader, home):
    """The search page, the about, contact, accessibility and privacy pages, the contact
    details (translated like any snippet), the site settings and two search promotions."""
    data = content_module("site_pages")
    loader.page(
        home,
        SearchPage,
        data.SEARCH["title"],
        slug=data.SEARCH["slug"],
        intro=loader.rich(data.SEARCH["intro"]),
    )
    pages = {}
    for name in ("ABOUT", "CONTACT", "ACCESSIBILITY", "PRIVACY"):
        content = getattr(data, name)
        pages[name] = loader.page(
            home,
            StandardPage,
            content["title"],
            slug=content["slug"],
            intro=loader.rich(content["intro"]),
            body=loader.streams.build(content["body"]),
            last_reviewed=DEMO_REVIEW_DATE,
        )

    nb = Locale.objects.get(language_code="nb")
    fields = {name: loader.memory.add(pair) for name, pair in data.CONTACT_DETAILS.items()}
    contact = ContactDetails.objects.filter(locale=nb).first()
    if contact is None:
        contact = ContactDetails.objects.create(locale=nb, **fields)
        loader.stdout.write("Created the contact details.")
    translate(contact, loader.memory, "en")

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if settings.contact_details_id is None:
        settings.contact_details = contact
        settings.phone = data.SETTINGS["phone"]
        settings.email = data.SETTINGS["email"]
        settings.uustatus_url = data.SETTINGS["uustatus_url"]
        settings.contact_page = pages["CONTACT"]
        settings.accessibility_page = pages["ACCESSIBILITY"]
        settings.privacy_page = pages["PRIVACY"]
        settings.social_links = [
            SocialLink(service=service, url=url) for service, url in data.SETTINGS["social_links"]
        ]
        settings.save()
        loader.stdout.write("Filled in the site settings.")

    for query_string, slug, description in data.PROMOTIONS:
        query = Query.get(query_string)
        page = StandardPage.objects.child_of(home).get(slug=slug)
        SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": 0}
        )


def load_pages(memory, stdout):
    # Snippets first: translating a page needs the English versions of what it embeds.
    load_practical_guide_examples(memory, stdout)
    home = load_home(memory, stdout)
    loader = PageLoader(memory, stdout, load_images(stdout))
    load_chime(loader, home)
    load_course(loader, home)
    load_guides(loader, home)
    load_site_pages(loader, home)
    if loader.created:
        stdout.write(f"Created {loader.created} pages.")
    return home
