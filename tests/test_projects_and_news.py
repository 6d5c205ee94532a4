"""Project pages and news: tree rules, what a reader sees in nb and en, the news index's
pagination and filters, the feeds per language, translation through wagtail-localize, the
translators' rules for the people and organisation snippets, and query budgets."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailTestUtils

from course_pages.models import (
    HomePage,
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
)
from course_pages.translation.permissions import can_delete, can_edit, can_publish

from .conftest import role_user
from .test_site_design import set_sections

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
QUERY_BUDGET = 20


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ", strip=True).split())


@pytest.fixture
def snippet(memory, translate_now):
    """Creates a published nb snippet (texts as (nb, en) pairs) and translates it into en."""

    def make(model, translated=True, **fields):
        values = {
            name: memory.add(value) if isinstance(value, tuple) else value for name, value in fields.items()
        }
        instance = model(**values)
        instance.save()
        instance.save_revision().publish()
        if translated:
            translate_now(instance)
        return instance

    return make


@pytest.fixture
def project(home_pages, memory, translate_now, snippet, course):
    """The CHIME 2.0 project in short: two members, a partner, a municipality, a funder, two
    phases with three activities, a related course; published in nb and translated into en."""
    nb_home, _en_home = home_pages
    kbt = snippet(Organisation, name=("KBT Fagskole", "KBT Fagskole"))
    ntnu = snippet(Organisation, name=("NTNU", "NTNU"), url="https://www.ntnu.no/")
    baerum = snippet(Organisation, name=("Bærum kommune", "Bærum municipality"))
    dam = snippet(Organisation, name=("Stiftelsen Dam", "The Dam Foundation"))
    karl = snippet(Person, name=("Karl Johan Johansen", "Karl Johan Johansen"), role=("Rektor", "Principal"))
    ottar = snippet(Person, name=("Ottar Ness", "Ottar Ness"), organisation=ntnu)

    index = ProjectIndexPage(
        title=memory.add(("Prosjekter", "Projects")), slug=memory.add(("prosjekter", "projects"))
    )
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    translate_now(index)

    phase = {"type": "phase", "value": None}
    page = ProjectPage(
        title=memory.add(("CHIME 2.0", "CHIME 2.0")),
        slug=memory.add(("chime-2-0", "chime-2-0")),
        summary=memory.add(("Opplæringskurs i recovery.", "Training courses in recovery.")),
        start_year=2023,
        end_year=2025,
        status="ongoing",
        goals=f"<ul><li>{memory.add(('Styrke livskvaliteten.', 'Enhance the quality of life.'))}</li></ul>",
        phases=[
            {
                **phase,
                "value": {
                    "title": memory.add(("Kartlegging", "Mapping")),
                    "description": "",
                    "activities": [
                        {
                            "type": "item",
                            "value": memory.add(("Kartleggingsmøter", "Mapping meetings")),
                            "id": "a1",
                        },
                        {
                            "type": "item",
                            "value": memory.add(("Dybdesamtaler", "In-depth conversations")),
                            "id": "a2",
                        },
                    ],
                },
            },
            {
                **phase,
                "value": {
                    "title": memory.add(("Opplæring", "Training")),
                    "description": "",
                    "activities": [
                        {
                            "type": "item",
                            "value": memory.add(("Opplæringskurs", "Training courses")),
                            "id": "a3",
                        }
                    ],
                },
            },
        ],
        funder=dam,
    )
    # Numbered as the editor's inline panels number them (PostgreSQL orders unnumbered rows
    # as it likes).
    page.members = [
        ProjectMember(person=karl, role=memory.add(("prosjektleder", "project manager")), sort_order=0),
        ProjectMember(person=ottar, sort_order=1),
    ]
    page.partners = [
        ProjectPartner(organisation=kbt, kind=PartnerKind.PARTNER, sort_order=0),
        ProjectPartner(organisation=baerum, kind=PartnerKind.MUNICIPALITY, sort_order=1),
    ]
    page.related_courses = [ProjectRelatedCourse(page=course)]
    index.add_child(instance=page)
    page.save_revision().publish()
    translate_now(page)
    return page


@pytest.fixture
def news_index(home_pages, memory, translate_now):
    nb_home, _en_home = home_pages
    index = NewsIndexPage(title=memory.add(("Nyheter", "News")), slug=memory.add(("nyheter", "news")))
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    translate_now(index)
    return index


@pytest.fixture
def make_news(news_index, memory, translate_now):
    """Creates a published nb article (title and tags as (nb, en) pairs), translated into en
    unless ``translated=False``."""

    def make(title, date, tags=(), project=None, translated=True, image=None):
        number = NewsPage.objects.count() + 1
        page = NewsPage(
            title=memory.add(title),
            slug=f"nyhet-{number}",
            date=date,
            intro=f"<p>{memory.add((f'Ingress {number}.', f'Lead {number}.'))}</p>",
            related_project=project,
            lead_image=image,
            lead_image_alt_text=memory.add(("Et bilde", "A picture")) if image else "",
        )
        page.tags = [NewsPageTag(name=memory.add(tag)) for tag in tags]
        news_index.add_child(instance=page)
        page.save_revision().publish()
        if translated:
            memory.add((page.slug, f"news-{number}"))
            translate_now(page)
        return page

    return make


# Tree rules


def test_tree_rules():
    assert set(ProjectIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(NewsIndexPage.allowed_parent_page_models()) == {HomePage}
    assert ProjectIndexPage in HomePage.allowed_subpage_models()
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert ProjectIndexPage.allowed_subpage_models() == [ProjectPage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert ProjectPage.allowed_subpage_models() == []
    assert NewsPage.allowed_subpage_models() == []


# The project page


def test_project_page_shows_its_facts_in_norwegian(client, project, make_news):
    make_news(("CHIME 2.0 er i gang", "CHIME 2.0 has started"), datetime.date(2024, 3, 1), project=project)
    soup = soup_of(client.get(project.url))
    assert soup.find("h1").get_text(strip=True) == "CHIME 2.0"
    facts = {div.dt.get_text(strip=True): text_of(div.dd) for div in soup.select(".facts div")}
    assert facts == {"Varighet": "2023 – 2025", "Status": "Pågår", "Finansiert av": "Stiftelsen Dam"}
    assert [time["datetime"] for time in soup.select(".facts time")] == ["2023", "2025"]
    assert [text_of(li) for li in soup.select(".people li")] == [
        "Karl Johan Johansen , prosjektleder",
        "Ottar Ness (NTNU)",
    ]
    phases = soup.select("ol.phases > li")
    assert [phase.h3.get_text(strip=True) for phase in phases] == ["Fase 1: Kartlegging", "Fase 2: Opplæring"]
    activities = [(li["value"], li.get_text(strip=True)) for li in soup.select("ol.activities li")]
    assert activities == [("1", "Kartleggingsmøter"), ("2", "Dybdesamtaler"), ("3", "Opplæringskurs")]
    assert soup.select("ol.activities")[1]["start"] == "3"
    partners = soup.find(id="project-partners").parent
    assert [text_of(li) for li in partners.select("ul.organisations li")] == ["KBT Fagskole", "Bærum kommune"]
    assert partners.find("a", string="NTNU") is None  # NTNU is a member's organisation, not a partner
    assert [a.get_text(strip=True) for a in soup.find(id="project-courses").parent.select("a")] == [
        "Recovery i praksis"
    ]
    news = soup.find(id="project-news").parent
    assert news.find("a", string="CHIME 2.0 er i gang") is not None
    assert news.find("time")["datetime"] == "2024-03-01"


def test_project_page_in_english_shows_the_translated_snippets_and_pages(
    client, project, make_news, en_locale
):
    make_news(("CHIME 2.0 er i gang", "CHIME 2.0 has started"), datetime.date(2024, 3, 1), project=project)
    en_project = project.get_translation(en_locale)
    soup = soup_of(client.get(en_project.url))
    assert en_project.url.startswith("/en/")
    facts = {div.dt.get_text(strip=True): text_of(div.dd) for div in soup.select(".facts div")}
    assert facts == {"Duration": "2023 – 2025", "Status": "Ongoing", "Funded by": "The Dam Foundation"}
    assert [text_of(li) for li in soup.select(".people li")] == [
        "Karl Johan Johansen , project manager",
        "Ottar Ness (NTNU)",
    ]
    assert [phase.h3.get_text(strip=True) for phase in soup.select("ol.phases > li")] == [
        "Phase 1: Mapping",
        "Phase 2: Training",
    ]
    assert [li.get_text(strip=True) for li in soup.select("ol.activities li")] == [
        "Mapping meetings",
        "In-depth conversations",
        "Training courses",
    ]
    partners = soup.find(id="project-partners").parent
    assert [text_of(li) for li in partners.select("li")] == ["KBT Fagskole", "Bærum municipality"]
    course_link = soup.find(id="project-courses").parent.find("a")
    assert (course_link.get_text(strip=True), course_link["href"][:4]) == ("Recovery in practice", "/en/")
    news_link = soup.find(id="project-news").parent.find("a")
    assert news_link.get_text(strip=True) == "CHIME 2.0 has started"


def test_project_page_leaves_out_people_not_published(client, project, snippet):
    draft = Person(name="Utkast Person")
    draft.save()  # never published: live is False after save_revision only
    draft.live = False
    draft.save()
    project.members.add(ProjectMember(person=draft, role="deltaker"))
    project.save_revision().publish()
    soup = soup_of(client.get(project.url))
    assert "Utkast Person" not in soup.get_text()


def test_deleting_a_person_leaves_the_project_page_without_them(client, project):
    Person.objects.get(name="Ottar Ness", locale=project.locale).delete()
    # The published page's rows stay as they were published; the emptied one is left out.
    assert [member.person_id is None for member in project.members.all()] == [False, True]
    soup = soup_of(client.get(project.url))
    assert [text_of(li) for li in soup.select(".people li")] == ["Karl Johan Johansen , prosjektleder"]


def test_project_cannot_end_before_it_starts(project):
    project.end_year = 2020
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "end_year" in error.value.message_dict


def test_project_index_lists_projects_with_duration_and_status(client, project):
    soup = soup_of(client.get(project.get_parent().url))
    card = soup.select_one(".cards li")
    assert card.h2.get_text(strip=True) == "CHIME 2.0"
    assert text_of(card.select_one(".meta")) == "2023 – 2025 · Pågår"


def test_person_photo_needs_alt_text():
    image = Image.objects.create(title="Portrett", file=get_test_image_file())
    person = Person(name="Anne", image=image)
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "image_alt_text" in error.value.message_dict


# News articles


def test_news_article_shows_date_lead_image_project_and_tags(client, project, make_news, en_locale):
    image = Image.objects.create(title="Samling", file=get_test_image_file())
    article = make_news(
        ("Ny rapport", "New report"),
        datetime.date(2024, 2, 5),
        tags=[("erfaringskompetanse", "peer expertise")],
        project=project,
        image=image,
    )
    soup = soup_of(client.get(article.url))
    assert soup.find("article").h1.get_text(strip=True) == "Ny rapport"
    assert soup.select_one("article header time")["datetime"] == "2024-02-05"
    assert soup.select_one("article header time").get_text(strip=True) == "5. februar 2024"
    assert soup.select_one(".lead").get_text(strip=True) == "Ingress 1."
    assert soup.select_one("figure.lead-image img")["alt"] == "Et bilde"
    assert soup.select_one("article header a")["href"] == project.url
    tag = soup.select_one(".news-article__footer a")
    assert (tag.get_text(strip=True), tag["href"]) == (
        "erfaringskompetanse",
        "/nb/nyheter/?tag=erfaringskompetanse",
    )

    en_soup = soup_of(client.get(article.get_translation(en_locale).url))
    assert en_soup.find("article").h1.get_text(strip=True) == "New report"
    assert en_soup.select_one("article header time").get_text(strip=True) == "Feb. 5, 2024"
    assert en_soup.select_one("figure.lead-image img")["alt"] == "A picture"
    # The English article links to the English project, and has English tags.
    assert en_soup.select_one("article header a")["href"] == project.get_translation(en_locale).url
    assert en_soup.select_one(".news-article__footer a").get_text(strip=True) == "peer expertise"


def test_lead_image_needs_alt_text(news_index):
    image = Image.objects.create(title="Samling", file=get_test_image_file())
    article = NewsPage(title="Nyhet", slug="nyhet", intro="<p>Ingress</p>", lead_image=image)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "lead_image_alt_text" in error.value.message_dict


# The news index: pagination and filters


def test_news_index_lists_newest_first_and_paginates(client, news_index, make_news):
    for day in range(1, 13):
        make_news((f"Sak {day}", f"Story {day}"), datetime.date(2024, 1, day), translated=False)
    soup = soup_of(client.get(news_index.url))
    titles = [a.get_text(strip=True) for a in soup.select(".news-items h3 a")]
    assert titles == [f"Sak {day}" for day in range(12, 2, -1)]
    assert soup.select_one(".news-list [role=status]").get_text(" ", strip=True).startswith("12 saker")
    assert soup.select_one(".pagination a[rel=next]")["href"] == "?page=2"

    soup = soup_of(client.get(news_index.url + "?page=2"))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["Sak 2", "Sak 1"]
    assert soup.select_one(".pagination [aria-current=page]").get_text(strip=True) == "Side 2"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


@pytest.mark.parametrize("number", ["3", "0", "-1", "abc", "1.5", "9" * 30, "\x00"])
def test_a_page_number_that_is_no_page_is_a_404(client, news_index, make_news, number):
    make_news(("Sak", "Story"), datetime.date(2024, 1, 1), translated=False)
    assert client.get(news_index.url, {"page": number}).status_code == 404


def test_news_index_filters_by_tag(client, news_index, make_news, en_locale):
    make_news(("Om BSB", "About BSB"), datetime.date(2024, 1, 2), tags=[("kurs", "courses")])
    make_news(("Om SING", "About SING"), datetime.date(2024, 1, 3), tags=[("prosjekt", "project")])
    soup = soup_of(client.get(news_index.url, {"tag": "kurs"}))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["Om BSB"]
    assert soup.find(id="news-list-heading").get_text(strip=True) == "Saker merket «kurs»"
    assert [a.get_text(strip=True) for a in soup.select("nav.news-filters ul a")] == ["kurs", "prosjekt"]
    assert soup.select_one("nav.news-filters a[aria-current]").get_text(strip=True) == "kurs"

    en_index = news_index.get_translation(en_locale)
    soup = soup_of(client.get(en_index.url, {"tag": "courses"}))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["About BSB"]
    # A Norwegian tag finds nothing on the English index.
    soup = soup_of(client.get(en_index.url, {"tag": "kurs"}))
    assert soup.select(".news-items") == []
    assert "No news matches this filter." in soup.get_text()


def test_news_index_filters_by_project(client, project, news_index, make_news, en_locale):
    make_news(("Om CHIME", "About CHIME"), datetime.date(2024, 1, 2), project=project)
    make_news(("Annet", "Other"), datetime.date(2024, 1, 3))
    soup = soup_of(client.get(news_index.url, {"project": project.slug}))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["Om CHIME"]
    assert soup.find(id="news-list-heading").get_text(strip=True) == "Saker om CHIME 2.0"
    en_project = project.get_translation(en_locale)
    soup = soup_of(client.get(news_index.get_translation(en_locale).url, {"project": en_project.slug}))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["About CHIME"]


@pytest.mark.parametrize("query", [{"tag": "finnes-ikke"}, {"project": "finnes-ikke"}, {"tag": "<script>"}])
def test_a_filter_that_matches_nothing_says_so(client, news_index, make_news, query):
    make_news(("Sak", "Story"), datetime.date(2024, 1, 1), tags=[("kurs", "courses")])
    response = client.get(news_index.url, query)
    soup = soup_of(response)
    assert "Ingen saker passer til dette filteret." in soup.get_text()
    assert b"<script>" not in response.content


def test_an_overlong_filter_is_a_404(client, news_index):
    assert client.get(news_index.url, {"tag": "x" * 500}).status_code == 404


# Feeds


def test_atom_feed_per_language_has_that_languages_items_only(client, news_index, make_news, en_locale):
    make_news(("Ny rapport", "New report"), datetime.date(2024, 2, 5), tags=[("rapport", "report")])
    make_news(("Bare på norsk", "Only in Norwegian"), datetime.date(2024, 2, 6), translated=False)
    response = client.get(news_index.url + "feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nb"
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Bare på norsk", "Ny rapport"]
    entry = feed.find(f"{ATOM}entry[{ATOM}title='Ny rapport']")
    assert entry.find(f"{ATOM}link").get("href") == "http://localhost/nb/nyheter/nyhet-1/"
    assert entry.find(f"{ATOM}published").text.startswith("2024-02-05")
    assert entry.find(f"{ATOM}category").get("term") == "rapport"

    en_feed = ET.fromstring(client.get(news_index.get_translation(en_locale).url + "feed/atom/").content)
    assert en_feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert [entry.find(f"{ATOM}title").text for entry in en_feed.iter(f"{ATOM}entry")] == ["New report"]
    assert en_feed.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("http://localhost/en/")


def test_rss_feed_per_language(client, news_index, make_news, en_locale):
    make_news(("Ny rapport", "New report"), datetime.date(2024, 2, 5))
    response = client.get(news_index.get_translation(en_locale).url + "feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("language").text == "en"
    assert channel.find("title").text == "KBT Fagskole: News"
    assert [item.find("title").text for item in channel.iter("item")] == ["New report"]
    assert channel.find("item/description").text == "Lead 1."


def test_feed_texts_are_plain_text_escaped_once(client, news_index, make_news):
    article = make_news(("R&D-nytt", "R&D news"), datetime.date(2024, 2, 5), translated=False)
    article.intro = "<p>Forskning &amp; <b>utvikling</b> &lt;3</p>"
    article.save_revision().publish()
    item = ET.fromstring(client.get(news_index.url + "feed/rss/").content).find("channel/item")
    assert item.find("title").text == "R&D-nytt"
    assert item.find("description").text == "Forskning & utvikling <3"


def test_news_pages_link_their_languages_feeds_from_the_head(client, news_index, make_news, en_locale):
    article = make_news(("Ny rapport", "New report"), datetime.date(2024, 2, 5))
    for page, prefix in ((news_index, "/nb/nyheter/"), (article, "/nb/nyheter/")):
        head = soup_of(client.get(page.url)).head
        links = {link["type"]: link["href"] for link in head.select("link[rel=alternate][type]")}
        assert links == {
            "application/atom+xml": prefix + "feed/atom/",
            "application/rss+xml": prefix + "feed/rss/",
        }
    head = soup_of(client.get(article.get_translation(en_locale).url)).head
    assert head.select_one("link[type='application/atom+xml']")["href"] == "/en/news/feed/atom/"


# Translation through wagtail-localize


def test_translated_snippets_and_pages_are_made_by_wagtail_localize(project, en_locale):
    from wagtail_localize.models import Translation, TranslationSource

    for instance in [project, project.funder, project.members.first().person]:
        source = TranslationSource.objects.get_for_instance(instance)
        assert Translation.objects.filter(source=source, target_locale=en_locale).exists()
    en_person = project.members.first().person.get_translation(en_locale)
    assert (en_person.role, en_person.locale) == ("Principal", en_locale)
    en_project = project.get_translation(en_locale)
    assert [member.person_id for member in en_project.members.all()][0] == en_person.pk
    assert en_project.funder == project.funder.get_translation(en_locale)


# The translators' rules for people and organisations


def test_translators_edit_only_their_languages_people_and_organisations(project, en_locale):
    translator = role_user("translator")
    nb_person = project.members.first().person
    en_person = nb_person.get_translation(en_locale)
    assert can_edit(translator, en_person)
    assert not can_edit(translator, nb_person)
    assert not can_publish(translator, en_person)
    assert not can_delete(translator, en_person)
    assert can_edit(translator, project.funder.get_translation(en_locale))
    assert not can_edit(translator, project.funder)


class TestSnippetAdmin(WagtailTestUtils):
    def test_translator_cannot_open_or_change_the_norwegian_person(self, client, project, en_locale):
        translator = role_user("translator")
        client.force_login(translator)
        nb_person = project.members.first().person
        edit_url = f"/admin/snippets/course_pages/person/edit/{nb_person.pk}/"
        assert client.get(edit_url).status_code in (302, 403)
        response = client.post(edit_url, {"name": "Endret"})
        assert response.status_code in (302, 403)
        nb_person.refresh_from_db()
        assert nb_person.name == "Karl Johan Johansen"
        en_person = nb_person.get_translation(en_locale)
        assert client.get(f"/admin/snippets/course_pages/person/edit/{en_person.pk}/").status_code == 200

    def test_editor_may_add_but_not_delete_a_published_organisation(self, client, project):
        editor = role_user("editor")
        client.force_login(editor)
        assert client.get("/admin/snippets/course_pages/organisation/add/").status_code == 200
        funder = project.funder
        client.post(f"/admin/snippets/course_pages/organisation/delete/{funder.pk}/")
        assert Organisation.objects.filter(pk=funder.pk).exists()


# Query budgets


def test_project_page_query_budget_in_both_languages(client, project, make_news, en_locale):
    for day in range(1, 4):
        make_news((f"Sak {day}", f"Story {day}"), datetime.date(2024, 1, day), project=project)
    for page in (project, project.get_translation(en_locale)):
        client.get(page.url)  # warm the site root paths cache, as after the first request
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        assert len(queries) <= QUERY_BUDGET, page.url


def test_news_index_costs_the_same_with_5_or_100_articles(client, news_index, make_news):
    image = Image.objects.create(title="Samling", file=get_test_image_file())

    def count_queries():
        client.get(news_index.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(news_index.url).status_code == 200
        return len(queries)

    for day in range(5):
        make_news(
            (f"Sak {day}", f"Story {day}"),
            datetime.date(2024, 1, 1),
            tags=[("kurs", "courses")],
            image=image,
            translated=False,
        )
    few = count_queries()
    for _number in range(95):
        make_news(("Sak", "Story"), datetime.date(2023, 1, 1), tags=[("kurs", "courses")], translated=False)
    many = count_queries()
    assert few == many
    assert many <= QUERY_BUDGET


def test_news_article_and_feed_query_budget(client, news_index, make_news, project):
    article = make_news(
        ("Sak", "Story"), datetime.date(2024, 1, 1), tags=[("kurs", "courses")], project=project
    )
    for url in (article.url, news_index.url + "feed/atom/"):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= QUERY_BUDGET, url


# The editor's path: Wagtail's admin forms


def test_a_moderator_publishes_a_news_article_with_tags_from_the_admin(client, news_index, project):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    client.force_login(role_user("moderator"))
    add_url = reverse("wagtailadmin_pages:add", args=["course_pages", "newspage", news_index.pk])
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "title": "Kurs i mars",
            "slug": "kurs-i-mars",
            "date": "2024-03-01",
            "intro": rich_text("<p>Nytt kurs.</p>"),
            "lead_image": "",
            "lead_image_alt_text": "",
            "lead_image_caption": "",
            "body": streamfield([("text", rich_text("<p>Velkommen!</p>"))]),
            "related_project": project.pk,
            "tags": inline_formset([{"name": "kurs"}, {"name": "mars"}]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsPage.objects.get(slug="kurs-i-mars")
    assert article.live
    assert [block.block_type for block in article.body] == ["text"]
    soup = soup_of(client.get(article.url))
    assert [a.get_text(strip=True) for a in soup.select(".news-article__footer a")] == ["kurs", "mars"]
    assert soup.select_one("article header a")["href"] == project.url


def test_an_invalid_project_form_is_a_form_error_and_saves_nothing(client, project):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    client.force_login(role_user("moderator"))
    data = nested_form_data(
        {
            "title": "Nytt prosjekt",
            "slug": "nytt-prosjekt",
            "summary": "Et prosjekt.",
            "start_year": "2024",
            "end_year": "2023",
            "status": "planned",
            "body": streamfield([]),
            "goals": rich_text(""),
            "expected_contributions": rich_text(""),
            "phases_intro": rich_text(""),
            "phases": streamfield(
                [("phase", {"title": "", "description": "", "activities": streamfield([])})]
            ),
            "funder": "",
            "members": inline_formset([]),
            "partners": inline_formset([]),
            "related_courses": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    add_url = reverse("wagtailadmin_pages:add", args=["course_pages", "projectpage", project.get_parent().pk])
    response = client.post(add_url, data)
    # A form error, not a 500, and nothing saved.
    assert response.status_code == 200
    text = response.content.decode()
    assert (
        "Prosjektet kan ikke slutte før det starter." in text
        or "The project cannot end before it starts." in text
    )
    assert not ProjectPage.objects.filter(slug="nytt-prosjekt").exists()


def test_a_private_article_is_left_out_of_the_listing_and_the_feed(client, news_index, make_news):
    from wagtail.models import PageViewRestriction

    make_news(("Åpen sak", "Open story"), datetime.date(2024, 1, 1), translated=False)
    private = make_news(("Intern sak", "Internal story"), datetime.date(2024, 1, 2), translated=False)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    soup = soup_of(client.get(news_index.url))
    assert [a.get_text(strip=True) for a in soup.select(".news-items h3 a")] == ["Åpen sak"]
    feed = client.get(news_index.url + "feed/atom/").content.decode()
    assert "Åpen sak" in feed and "Intern sak" not in feed


# The front page's news and project sections


def test_front_page_shows_the_latest_news_of_its_language_newest_first(client, home_pages, make_news):
    make_news(("Eldst", "Oldest"), datetime.date(2024, 1, 5))
    make_news(("Nyest", "Newest"), datetime.date(2024, 9, 1))
    make_news(("Midterst", "Middle"), datetime.date(2024, 5, 1))
    make_news(("Bare norsk", "Norwegian only"), datetime.date(2023, 1, 1), translated=False)
    nb_home, en_home = home_pages
    for home, heading in ((nb_home, "Siste nytt"), (en_home, "Latest news")):
        set_sections(home, [{"type": "latest_news", "value": {"heading": heading, "count": 2}}])

    nb = soup_of(client.get("/nb/")).select_one("section.latest-news")
    assert nb.find("h2").get_text(strip=True) == "Siste nytt"
    assert [a.get_text(strip=True) for a in nb.select(".card h3 a")] == ["Nyest", "Midterst"]
    assert nb.select_one("time")["datetime"] == "2024-09-01"
    assert nb.select_one(".front-section__more a")["href"] == "/nb/nyheter/"

    en = soup_of(client.get("/en/")).select_one("section.latest-news")
    assert [a.get_text(strip=True) for a in en.select(".card h3 a")] == ["Newest", "Middle"]
    assert all(a["href"].startswith("/en/news/news-") for a in en.select(".card h3 a"))
    assert en.select_one(".front-section__more a")["href"] == "/en/news/"


def test_front_page_without_news_shows_no_empty_news_section(client, home_pages, news_index):
    nb_home, _ = home_pages
    set_sections(nb_home, [{"type": "latest_news", "value": {"heading": "Siste nytt", "count": 3}}])
    assert soup_of(client.get("/nb/")).select_one("section.latest-news") is None


def test_front_page_shows_the_chosen_project_in_the_readers_language(client, home_pages, project):
    nb_home, en_home = home_pages
    for home, heading in ((nb_home, "Prosjektet vårt"), (en_home, "Our project")):
        # A translated front page keeps the Norwegian choice; the section shows its translation.
        set_sections(
            home, [{"type": "current_project", "value": {"heading": heading, "project": project.pk}}]
        )

    nb = soup_of(client.get("/nb/")).select_one("section.current-project")
    assert nb.select_one("h3 a")["href"] == "/nb/prosjekter/chime-2-0/"
    assert "Opplæringskurs i recovery." in text_of(nb)
    assert "2023 – 2025" in text_of(nb)
    en = soup_of(client.get("/en/")).select_one("section.current-project")
    assert en.select_one("h3 a")["href"] == "/en/projects/chime-2-0/"
    assert "Training courses in recovery." in text_of(en)

    project.unpublish()
    assert soup_of(client.get("/nb/")).select_one("section.current-project") is None


def test_project_page_describes_itself_with_its_summary(client, project):
    """No intro field: the meta description is the project's summary (course_pages/metadata.py)."""
    for url, summary in (
        ("/nb/prosjekter/chime-2-0/", "Opplæringskurs i recovery."),
        ("/en/projects/chime-2-0/", "Training courses in recovery."),
    ):
        soup = soup_of(client.get(url))
        assert soup.find("meta", attrs={"name": "description"})["content"] == summary
