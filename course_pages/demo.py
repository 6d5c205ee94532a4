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
    ConversationSet,
    ConversationToolPage,
    CourseIndexPage,
    CoursePage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    LessonPage,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    Organisation,
    PartnerKind,
    Person,
    ProjectIndexPage,
    ProjectMember,
    ProjectPage,
    ProjectPartner,
    ProjectRelatedCourse,
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
            text = paragraphs([t(value["text"])])
            return {"kind": value["kind"], "title": t(value.get("title")), "text": text}
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
                "rows": list_items(
                    {"phase": t(phase), "tips": t(tips), "conversation_phase": code}
                    for code, phase, tips in value["rows"]
                ),
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


def assert_blocks_saved(page, built_body, field="body"):
    """Wagtail silently drops blocks whose type it does not know: fail loudly instead."""
    if built_body is None:
        return
    expected = [block["type"] for block in built_body]
    saved = [block.block_type for block in getattr(type(page).objects.get(pk=page.pk), field)]
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


class DemoConflict(Exception):
    """The database holds content the demo cannot be built around."""


def check_site_root():
    """Raise ``DemoConflict`` if the database has a Norwegian home page that is not the demo's,
    before the build changes anything. The demo's is the one with the demo's title and slug
    (``demo_content.home``) or, once built, the default Site's root with a live English
    translation, whatever an editor has renamed it to. The demo brings its own home page as
    the default Site's root, with every page under it; it cannot adopt a home page someone
    made, nor translate its words."""
    title, slug = home_content.TITLE[0], home_content.SLUG[0]
    site = Site.objects.filter(is_default_site=True).first()
    for home in HomePage.objects.filter(locale__language_code="nb"):
        if (home.title, home.slug) == (title, slug):
            continue
        if site is not None and site.root_page_id == home.pk and home.get_translations().live().exists():
            continue
        raise DemoConflict(
            f"This database already has a home page of its own, «{home.title}», and the demo "
            "brings its own. Load the demo into a new database (just migrated) instead."
        )


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
    load_conversation_tool(loader, overview)
    return overview


def load_conversation_tool(loader, overview):
    """The conversation tool under the CHIME overview (after the element pages, whose phase
    guides it shows) and its ready-made sets, each translated into English."""
    data = content_module("conversation_tool")
    loader.page(
        overview,
        ConversationToolPage,
        data.TITLE,
        slug=data.SLUG,
        intro=loader.rich(data.INTRO),
        plan_section=loader.streams.build([("heading", ("Min plan", "My plan")), *sections.PLAN_WORKSHEET]),
    )
    nb = Locale.get_default()
    for order, content in enumerate(data.SETS, start=1):
        title = loader.memory.add(content["title"])
        conversation_set = ConversationSet.objects.filter(locale=nb, title=title).first()
        if conversation_set is None:
            conversation_set = ConversationSet.objects.create(
                locale=nb,
                title=title,
                description=loader.memory.add(content["description"]),
                elements=content["elements"],
                phase=content["phase"],
                audience=content["audience"],
                answer_lines=content["answer_lines"],
                include_plan=content["include_plan"],
                sort_order=order * 10,
                themes=[
                    find_theme(element, theme).pk
                    for element in content["elements"]
                    for theme in content["themes"]
                ],
            )
            conversation_set.save_revision().publish()
        else:
            loader.memory.add(content["description"])
        translate(conversation_set, loader.memory, "en")


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
    practical_guide = loader.page(
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
                        {"kind": "info", "title": i["title"], "text": i["text"]},
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
    return practical_guide


def load_front_page(loader, home, course, guide, project):
    """The front page's sections, once the pages they show exist: the course and the practical
    guide as featured pages, the CHIME model, the latest news and the CHIME 2.0 project. Filled
    only while the front page has no sections, so an editor's choice survives another run; the
    English front page is synced."""
    if home.sections or home.get_latest_revision_as_object().sections:
        return
    memory = loader.memory
    diagram = dict(content_module("course").CHIME_DIAGRAM[1])
    sections_data = [
        {
            "type": "featured_pages",
            "value": {
                "heading": memory.add(home_content.FEATURED_HEADING),
                "intro": memory.add(home_content.FEATURED_INTRO),
                "pages": list_items([course.pk, guide.pk]),
            },
        },
        {
            "type": "chime_model",
            "value": {
                "heading": memory.add(home_content.CHIME_HEADING),
                "intro": paragraphs([memory.add(home_content.CHIME_INTRO)]),
                "diagram": loader.streams.images[diagram["image"]].pk,
                "diagram_alt_text": memory.add(diagram["alt_text"]),
                "elements": list_items([element.code for element in ELEMENTS]),
            },
        },
        {"type": "latest_news", "value": {"heading": memory.add(home_content.NEWS_HEADING), "count": 3}},
        {
            "type": "current_project",
            "value": {"heading": memory.add(home_content.PROJECT_HEADING), "project": project.pk},
        },
    ]
    home.sections = sections_data
    home.save_revision().publish()
    assert_blocks_saved(home, sections_data, field="sections")
    translate(home, memory, "en", update=True)
    loader.stdout.write("Filled the front page's sections.")


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


def ensure_snippet(memory, model, lookup, **fields):
    """The published Norwegian snippet found by ``lookup`` (Norwegian values), created with
    ``fields`` if missing, and its English translation through wagtail-localize."""
    nb = Locale.get_default()
    instance = model.objects.filter(locale=nb, **lookup).first()
    if instance is None:
        instance = model(locale=nb, **lookup, **fields)
        instance.save()
        instance.save_revision().publish()
    translate(instance, memory, "en")
    return instance


def rich_text(memory, parts):
    """Rich text from ``[("p", pair), ("ul" or "ol", [pairs])]``: paragraphs and flat lists,
    which wagtail-localize splits into one segment per paragraph or list item."""
    html = []
    for kind, value in parts:
        if kind == "p":
            html.append(paragraphs([memory.add(value)]))
        else:
            html.append(
                f"<{kind}>" + "".join(f"<li>{escape(memory.add(item))}</li>" for item in value) + f"</{kind}>"
            )
    return "".join(html)


def assert_phases_saved(page, phases):
    saved = ProjectPage.objects.get(pk=page.pk).phases
    if [len(block.value["activities"]) for block in saved] != [len(phase["activities"]) for phase in phases]:
        raise ValueError(f"{page.title}: the phases and activities were not saved as built")


def load_project(loader, home, course):
    """The CHIME 2.0 project (seeds 000 and 003) with its people and organisations."""
    memory = loader.memory
    data = content_module("project")
    organisations = {
        key: ensure_snippet(memory, Organisation, {"name": memory.add(name)}, url=url)
        for key, (name, url) in data.ORGANISATIONS.items()
    }
    people = {
        key: ensure_snippet(
            memory,
            Person,
            {"name": memory.add((name, name))},
            role=memory.add(title) if title else "",
            organisation=organisations[organisation],
        )
        for key, (name, title, organisation) in data.PEOPLE.items()
    }
    index = loader.page(
        home,
        ProjectIndexPage,
        data.INDEX_TITLE,
        slug=data.INDEX_SLUG,
        show_in_menus=True,
        intro=loader.rich(data.INDEX_INTRO),
    )
    project = data.PROJECT
    phases = [
        {
            "type": "phase",
            "value": {
                "title": memory.add(phase["title"]),
                "description": memory.add(phase["description"]),
                "activities": list_items(memory.add(activity) for activity in phase["activities"]),
            },
        }
        for phase in project["phases"]
    ]
    page = loader.page(
        index,
        ProjectPage,
        project["title"],
        slug=project["slug"],
        summary=memory.add(project["summary"]),
        start_year=project["start_year"],
        end_year=project["end_year"],
        status=project["status"],
        body=loader.streams.build(project["body"]),
        goals=rich_text(memory, project["goals"]),
        expected_contributions=rich_text(memory, project["expected_contributions"]),
        phases_intro=paragraphs(memory.add(pair) for pair in project["phases_intro"]),
        phases=phases,
        funder=organisations[project["funder"]],
        # In the data's order, as the editor's inline panels would number them: rows without
        # a sort_order come back in any order on PostgreSQL.
        members=[
            ProjectMember(person=people[key], role=memory.add(role) if role else "", sort_order=order)
            for order, (key, role) in enumerate(project["members"])
        ],
        partners=[
            ProjectPartner(organisation=organisations[key], kind=kind, sort_order=order)
            for order, (key, kind) in enumerate(
                [(key, PartnerKind.PARTNER) for key in project["partners"]]
                + [(key, PartnerKind.MUNICIPALITY) for key in project["municipalities"]]
            )
        ],
        related_courses=[ProjectRelatedCourse(page=course, sort_order=0)],
    )
    assert_phases_saved(page, project["phases"])
    return page


def load_news(loader, home, project):
    """Every news item of seed 003 (and the CHIME 2.0 news of seed 000) in nb and en."""
    memory = loader.memory
    data = content_module("news")
    index = loader.page(
        home,
        NewsIndexPage,
        data.INDEX_TITLE,
        slug=data.INDEX_SLUG,
        show_in_menus=True,
        intro=loader.rich(data.INDEX_INTRO),
    )
    diagram = loader.streams.images["chime_diagram"]
    for item in data.NEWS:
        image_fields = {}
        if item["project"]:
            # The CHIME diagram (drawn in code) as the lead image of the project's news.
            alt_text = content_module("course").CHIME_DIAGRAM[1]["alt_text"]
            image_fields = {"lead_image": diagram, "lead_image_alt_text": memory.add(alt_text)}
        loader.page(
            index,
            NewsPage,
            item["title"],
            slug=item["slug"],
            date=item["date"],
            intro=loader.rich(item["intro"]),
            body=loader.streams.build(item["body"]),
            related_project=project if item["project"] else None,
            tags=[NewsPageTag(name=memory.add(tag)) for tag in item["tags"]],
            **image_fields,
        )
    return index


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
    course = load_course(loader, home)
    guide = load_guides(loader, home)
    project = load_project(loader, home, course)
    load_news(loader, home, project)
    load_front_page(loader, home, course, guide, project)

    load_course(loader, home)
    load_guides(loader, home)
    load_site_pages(loader, home)
    if loader.created:
        stdout.write(f"Created {loader.created} pages.")
    return home
