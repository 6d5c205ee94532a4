"""Render cost of public pages: a lesson's outline and previous/next do not load the
siblings' bodies and cost the same however long the course is; the English page of a CHIME
element costs no more queries than the Norwegian one (issue 14, "Cheaper renders")."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from course_pages.models import ChimeElementPage, ChimeOverviewPage

from .conftest import make_theme
from .test_question_bank_embeds import HOPE_PAIRS, hope_theme, theme_block

pytestmark = pytest.mark.django_db


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), [q["sql"] for q in queries.captured_queries]


def body_reads(queries):
    return [sql for sql in queries if '"course_pages_lessonpage"."body"' in sql]


def test_lesson_outline_cost_does_not_grow_with_the_number_of_lessons(client, make_lesson):
    lessons = [make_lesson([], title=(f"Leksjon {n}", f"Lesson {n}")) for n in range(1, 6)]
    third = lessons[2]
    client.get(third.url)  # warm the site-root cache, as on a running site
    soup, five = render(client, third.url)
    outline = [li.get_text(strip=True) for li in soup.select(".outline li")]
    assert outline == [f"Leksjon {n}" for n in range(1, 6)]
    assert soup.select_one(".pager__prev").get_text(" ", strip=True).endswith("Leksjon 2")
    assert soup.select_one(".pager__next").get_text(" ", strip=True).endswith("Leksjon 4")
    assert "Leksjon 3 av 5" in soup.select_one(".eyebrow").get_text(" ", strip=True)

    for n in range(6, 51):
        make_lesson([], title=(f"Leksjon {n}", f"Lesson {n}"))
    client.get(third.url)  # warm again: a new page empties the footer's cache (site_settings.py)
    soup, fifty = render(client, third.url)
    assert len(soup.select(".outline li")) == 50
    assert soup.select_one(".pager__next").get_text(" ", strip=True).endswith("Leksjon 4")
    assert len(fifty) == len(five)
    # Only the lesson itself is read with its body, never its siblings.
    assert len(body_reads(fifty)) == 1


def test_outline_leaves_out_a_lesson_with_its_own_view_restriction(client, make_lesson):
    first, second, third = (make_lesson([], title=(f"Leksjon {n}", f"Lesson {n}")) for n in (1, 2, 3))
    PageViewRestriction.objects.create(page=second, restriction_type="password", password="hemmelig")
    soup, _queries = render(client, first.url)
    assert [li.get_text(strip=True) for li in soup.select(".outline li")] == ["Leksjon 1", "Leksjon 3"]
    assert soup.select_one(".pager__next").get_text(" ", strip=True).endswith("Leksjon 3")


@pytest.fixture
def element_pages(home_pages, memory, translate_now):
    """The Hope element page in nb and en, embedding a translated and an untranslated theme."""
    nb_home, _ = home_pages
    translated = hope_theme()
    translate_now(translated, HOPE_PAIRS)
    untranslated = make_theme(title="Styrker", questions=["Hva er du god på?", "Hva liker du å gjøre?"])
    overview = ChimeOverviewPage(title=memory.add(("CHIME", "CHIME")), slug=memory.add(("chime", "chime")))
    nb_home.add_child(instance=overview)
    overview.save_revision().publish()
    translate_now(overview)
    page = ChimeElementPage(
        title=memory.add(("Håp", "Hope")),
        slug=memory.add(("hap", "hope")),
        element="hope",
        body=[
            theme_block(translated),
            theme_block(untranslated),
            {
                "type": "element_themes",
                "value": {"element": "hope", "show_guidance": True, "answer_lines": 0},
            },
        ],
    )
    overview.add_child(instance=page)
    page.save_revision().publish()
    translate_now(page)
    return page, page.get_translation(Locale.objects.get(language_code="en"))


def test_english_element_page_costs_no_more_queries_than_the_norwegian_one(client, element_pages):
    nb_page, en_page = element_pages
    client.get(nb_page.url)
    client.get(en_page.url)
    nb_soup, nb_queries = render(client, nb_page.url)
    en_soup, en_queries = render(client, en_page.url)
    assert len(en_queries) <= len(nb_queries)
    # The same content, each in its language: the untranslated theme in Norwegian, marked so.
    nb_titles = [h.get_text(strip=True) for h in nb_soup.select(".question-theme h3")]
    en_themes = en_soup.select(".question-theme")
    assert nb_titles[:2] == ["Tro på fremtiden", "Styrker"]
    assert [h.get_text(strip=True) for h in en_soup.select(".question-theme h3")][:2] == [
        "Belief in the future",
        "Styrker",
    ]
    assert en_themes[1]["lang"] == "nb"
    assert len(en_themes) == len(nb_titles)


# What the router and the site-wide caches keep (course_pages/routing.py, site_settings.py)
# follows every change a reader could see.


def test_a_view_restriction_added_to_an_ancestor_applies_to_the_next_view(client, make_lesson):
    lesson = make_lesson([], title=("Leksjon 1", "Lesson 1"))
    assert client.get(lesson.url).status_code == 200
    course = lesson.get_parent()
    PageViewRestriction.objects.create(page=course, restriction_type="password", password="hemmelig")
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert "private" in response["Cache-Control"]
    assert "Leksjon 1" not in BeautifulSoup(response.content, "html.parser").get_text()


def test_the_main_menu_follows_a_page_published_and_unpublished(client, home_pages, memory):
    from course_pages.models import StandardPage

    nb_home, _ = home_pages

    def menu():
        soup = BeautifulSoup(client.get(nb_home.url).content, "html.parser")
        return [a.get_text(strip=True) for a in soup.select(".primary-nav a")]

    assert "Om oss" not in menu()  # the menu is cached now
    page = StandardPage(title="Om oss", slug="om-oss", show_in_menus=True)
    nb_home.add_child(instance=page)
    page.save_revision().publish()
    assert "Om oss" in menu()
    page.unpublish()
    assert "Om oss" not in menu()

    page.save_revision().publish()
    assert "Om oss" in menu()
    page.delete()
    assert "Om oss" not in menu()


def test_site_chrome_read_before_a_change_commits_is_not_kept(home_pages, django_capture_on_commit_callbacks):
    """Wagtail deletes a page inside a transaction: a worker that builds the menu between the
    delete and its commit reads the old tree. What it caches must not outlive the commit."""
    from course_pages.site_settings import cached_site_wide, forget_site_chrome

    with django_capture_on_commit_callbacks(execute=True):
        forget_site_chrome()  # the delete's signal, inside the transaction
        cached_site_wide("menu", lambda: "the menu read before the commit")  # another worker
    assert cached_site_wide("menu", lambda: "the menu after the commit") == "the menu after the commit"


def test_a_new_locale_is_known_to_the_next_request(client, home_pages):
    from django.test import RequestFactory

    from course_pages.locales import request_locales

    nb_home, _ = home_pages
    client.get(nb_home.url)  # the Locale rows are cached now
    assert "nn" not in request_locales(RequestFactory().get("/"))
    Locale.objects.create(language_code="nn")
    assert "nn" in request_locales(RequestFactory().get("/"))


def test_a_new_site_for_a_host_takes_its_requests_at_once(client, home_pages, settings):
    nb_home, _ = home_pages
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    # No site of its own yet: the default site answers for the host (and is cached for it).
    assert client.get(nb_home.url, HTTP_HOST="other.example").context["page"] == nb_home
    from wagtail.models import Page, Site

    other_root = Page.get_first_root_node().add_child(instance=Page(title="Annet nettsted", slug="annet"))
    Site.objects.create(hostname="other.example", root_page=other_root, is_default_site=False)
    assert client.get(nb_home.url, HTTP_HOST="other.example").context["page"] == other_root
    assert client.get(nb_home.url).context["page"] == nb_home
