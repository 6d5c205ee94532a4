"""The anonymous page cache and its invalidation (issue 14, "Anonymous page cache with exact
invalidation"): an anonymous page view is answered from the cache without a query, and every
change shows at once on every cached page it touches, in both languages; the frontend cache
(CDN or proxy) is told exactly the same URLs."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import HttpResponse
from django.middleware.common import CommonMiddleware
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, PageViewRestriction

from course_pages.caching import PageCacheMiddleware

from . import test_question_bank_usage as usage_tests
from .conftest import make_user
from .test_question_bank_usage import element_block, guide_table, picked_block, theme_block

pytestmark = pytest.mark.django_db

# The question-bank usage tests' pages: every way a page can show a theme.
add_page, element_page, guide_page = usage_tests.add_page, usage_tests.element_page, usage_tests.guide_page
hope, example = usage_tests.hope, usage_tests.example

# The default Site is localhost:80: only requests for its own URLs are cached (see caching.py).
HOST = "localhost"


def get(client, url, **extra):
    return client.get(url, HTTP_HOST=HOST, **extra)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return soup_of(response).get_text(" ", strip=True)


def en(instance):
    return instance.get_translation(Locale.objects.get(language_code="en"))


def warm(client, urls, django_assert_num_queries):
    """Renders each of ``urls`` once, then checks the next view comes from the cache (no query)."""
    for url in urls:
        first = get(client, url)
        assert first.status_code == 200, url
        with django_assert_num_queries(0):
            second = get(client, url)
        assert second.content == first.content, url


def outline(response):
    return [li.get_text(strip=True) for li in soup_of(response).select(".outline li")]


class RecordingBackend(BaseBackend):
    """A frontend cache that remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


@pytest.fixture
def frontend_cache():
    RecordingBackend.purged = []
    with override_settings(WAGTAILFRONTENDCACHE={"fake": {"BACKEND": f"{__name__}.RecordingBackend"}}):
        yield RecordingBackend.purged


@pytest.fixture
def lessons(make_lesson):
    """Three published lessons of one course, each with its English translation."""
    return [
        make_lesson([], title=("Første", "First"), translated=True),
        make_lesson([], title=("Andre", "Second"), translated=True),
        make_lesson([], title=("Tredje", "Third"), translated=True),
    ]


# --- What is cached, and what never is -------------------------------------------------------


def test_an_anonymous_page_view_is_served_from_the_cache_without_queries(
    client, home_pages, lessons, django_assert_num_queries
):
    nb_home, en_home = home_pages
    lesson = lessons[1]
    pages = [nb_home, en_home, lesson, en(lesson), lesson.get_parent()]
    urls = [page.url for page in pages] + [lesson.url + "print/", en(lesson).url + "print/"]
    warm(client, urls, django_assert_num_queries)

    response = get(client, lesson.url)
    assert lesson.title in text_of(response)
    assert en(lesson).title in text_of(get(client, en(lesson).url))
    assert response["Content-Language"] == "nb"
    # Public, revalidated by browsers with its ETag: a publish shows at once.
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=0"}
    assert not response.cookies
    with django_assert_num_queries(0):
        not_modified = get(client, lesson.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert not_modified.status_code == 304


def rendered(client, url):
    """Whether a GET of ``url`` ran queries (was rendered) rather than came from the cache."""
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    assert response.status_code == 200
    return len(queries) > 0


def test_a_logged_in_reader_is_never_served_from_the_cache_nor_cached(
    client, lessons, django_assert_num_queries
):
    cached, fresh = lessons[0], lessons[1]
    warm(client, [cached.url], django_assert_num_queries)
    client.force_login(make_user("redaktor", "Editors"))
    assert rendered(client, cached.url)
    assert rendered(client, fresh.url)
    response = get(client, fresh.url)
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]

    client.logout()
    assert rendered(client, fresh.url)  # what the editor was shown was not stored
    assert not rendered(client, fresh.url)


def test_a_preview_is_never_cached_and_never_replaces_the_cached_live_page(
    client, lessons, django_assert_num_queries
):
    lesson = lessons[0]
    warm(client, [lesson.url], django_assert_num_queries)
    draft = lesson.get_latest_revision_as_object()
    draft.title = "Første (utkast)"
    draft.save_revision()
    client.force_login(make_user("admin", is_superuser=True))
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]), HTTP_HOST=HOST)
    assert "Første (utkast)" in text_of(preview)
    assert "no-cache" in preview.get("Cache-Control", "") or "private" in preview.get("Cache-Control", "")
    client.logout()
    with django_assert_num_queries(0):
        live = get(client, lesson.url)
    assert "Første (utkast)" not in text_of(live)


def test_a_password_protected_page_with_its_csrf_form_is_never_cached(
    client, lessons, django_assert_num_queries
):
    lesson = lessons[0]
    warm(client, [lesson.url], django_assert_num_queries)
    # Protecting a cached page purges it: the next reader gets the password form, not the page.
    PageViewRestriction.objects.create(page=lesson, restriction_type="password", password="hemmelig")
    for _ in range(2):
        response = get(client, lesson.url)
        form = soup_of(response).find("form")
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
        assert form.find("input", attrs={"name": "password"}) is not None
        assert not soup_of(response).select(".outline")
        assert "private" in response["Cache-Control"]
    # Lifting the protection makes the page public (and cacheable) again.
    PageViewRestriction.objects.all().delete()
    warm(client, [lesson.url], django_assert_num_queries)


def test_unknown_query_parameters_are_not_cached_and_pagination_is_bounded(
    client, lessons, django_assert_num_queries
):
    lesson = lessons[0]
    tracked = get(client, lesson.url + "?utm_source=nyhetsbrev")
    assert "no-store" in tracked["Cache-Control"]
    assert get(client, lesson.url + "?utm_source=nyhetsbrev").status_code == 200
    warm(client, [lesson.url + "?page=2"], django_assert_num_queries)
    assert "no-store" in get(client, lesson.url + "?page=99999")["Cache-Control"]
    # A query-string variant is purged with its page.
    lesson.title = "Første, ny"
    lesson.save_revision().publish()
    assert "Første, ny" in text_of(get(client, lesson.url + "?page=2"))


def test_a_host_other_than_the_sites_is_not_cached(client, lessons):
    response = client.get(lessons[0].url)  # "testserver": not a URL the invalidation can name
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_a_response_that_sets_a_cookie_is_not_stored(monkeypatch):
    import course_pages.caching as caching

    monkeypatch.setattr(caching, "page_urls", lambda page, cache_object=None: ["http://localhost/nb/"])
    rendered = []

    def view(request):
        request._page_cache_page = UnrestrictedPage()  # as the before_serve_page hook marks it
        rendered.append(request)
        response = HttpResponse("<p>Hei</p>", content_type="text/html")
        response.set_cookie("valg", "1")
        return response

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/nb/", HTTP_HOST=HOST))
        assert response.cookies["valg"].value == "1"
        assert "no-store" in response["Cache-Control"]
    assert len(rendered) == 2


class UnrestrictedPage:
    """Stands in for a served page without view restrictions."""

    def get_view_restrictions(self):
        return PageViewRestriction.objects.none()


def test_a_cached_response_never_replays_a_csp_nonce(monkeypatch):
    """With django-csp's nonces (added by another part of issue 14), a hit gets a fresh nonce,
    in the page and in the header; fails if django-csp stops keeping it in ``_csp_nonce``."""
    csp_middleware = pytest.importorskip("csp.middleware")
    from csp.constants import NONCE, SELF

    import course_pages.caching as caching

    monkeypatch.setattr(caching, "page_urls", lambda page, cache_object=None: ["http://localhost/nb/"])
    rendered = []

    def view(request):
        request._page_cache_page = UnrestrictedPage()
        rendered.append(request)
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>', content_type="text/html")

    middleware = PageCacheMiddleware(CommonMiddleware(csp_middleware.CSPMiddleware(view)))
    nonces = []
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"script-src": [SELF, NONCE]}}):
        for _ in range(3):
            response = middleware(RequestFactory().get("/nb/", HTTP_HOST=HOST))
            nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
            assert response.content.decode() == f'<script nonce="{nonce}">1</script>'
            assert response["Content-Length"] == str(len(response.content))
            nonces.append(nonce)
    assert len(rendered) == 1  # the second and third came from the cache
    assert len(set(nonces)) == 3


# --- A question theme published: every page that shows it, at once ---------------------------


@pytest.fixture
def theme_pages(hope, example, make_lesson, element_page, guide_page):
    """Every way a page can show "Tro på fremtiden" (each page in nb and en)."""
    return [
        make_lesson([theme_block(hope)], title=("Om håp", "About hope"), translated=True),
        element_page("hope", [element_block("hope")], ("Håp", "Hope")),
        guide_page([element_block("hope"), guide_table(example)], ("Samtaleguide", "Conversation guide")),
        make_lesson(
            [picked_block(hope.questions.get())],
            title=("Plukkede spørsmål", "Picked questions"),
            translated=True,
        ),
    ]


def publish_question(theme, text):
    draft = theme.get_latest_revision_as_object()
    question = draft.questions.first()
    question.text = text
    draft.questions = [question]
    draft.save_revision().publish()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_published_theme_shows_at_once_on_every_cached_page_that_shows_it(
    client, hope, theme_pages, language, django_assert_num_queries
):
    pages = theme_pages if language == "nb" else [en(page) for page in theme_pages]
    theme = hope if language == "nb" else en(hope)
    old = "Hva gir deg håp?" if language == "nb" else "What gives you hope?"
    urls = [page.url for page in pages] + [page.url + "print/" for page in pages]
    warm(client, urls, django_assert_num_queries)
    for url in urls:
        assert old in text_of(get(client, url)), url

    publish_question(theme, "Hva gir deg håp i dag?" if language == "nb" else "What gives you hope today?")
    new = "Hva gir deg håp i dag?" if language == "nb" else "What gives you hope today?"
    for url in urls:
        html = text_of(get(client, url))
        assert new in html, url
        assert old not in html, url


def test_a_theme_moved_to_another_element_leaves_the_old_elements_cached_pages(
    client, hope, element_page, django_assert_num_queries
):
    hope_page = element_page("hope", [element_block("hope")], ("Håp", "Hope"))
    meaning_page = element_page("meaning", [element_block("meaning")], ("Mening", "Meaning"))
    warm(client, [hope_page.url, meaning_page.url], django_assert_num_queries)
    draft = hope.get_latest_revision_as_object()
    draft.element = "meaning"
    draft.save_revision().publish()
    assert "Hva gir deg håp?" not in text_of(get(client, hope_page.url))
    assert "Hva gir deg håp?" in text_of(get(client, meaning_page.url))


def test_an_unrelated_page_stays_cached_when_a_theme_is_published(
    client, hope, lessons, theme_pages, django_assert_num_queries
):
    warm(client, [lessons[0].url], django_assert_num_queries)
    publish_question(hope, "Hva gir deg håp i dag?")
    assert not rendered(client, lessons[0].url)


# --- A page published, unpublished, moved or deleted: it and its neighbours -------------------


def test_a_new_lesson_shows_in_its_siblings_outline_and_previous_next(
    client, lessons, make_lesson, django_assert_num_queries
):
    urls = [lesson.url for lesson in lessons] + [lessons[0].get_parent().url]
    warm(client, urls, django_assert_num_queries)
    make_lesson([], title=("Fjerde", "Fourth"))
    for lesson in lessons:
        assert outline(get(client, lesson.url)) == ["Første", "Andre", "Tredje", "Fjerde"]
    assert (
        soup_of(get(client, lessons[2].url))
        .select_one("a[rel=next]")
        .get_text(" ", strip=True)
        .endswith("Fjerde")
    )
    assert "Fjerde" in text_of(get(client, lessons[0].get_parent().url))  # the course's lesson list


def test_a_renamed_lesson_changes_its_siblings_and_its_english_twin_keeps_its_own(
    client, lessons, django_assert_num_queries
):
    urls = [lesson.url for lesson in lessons] + [en(lesson).url for lesson in lessons]
    warm(client, urls, django_assert_num_queries)
    draft = lessons[1].get_latest_revision_as_object()
    draft.title = "Andre, omdøpt"
    draft.save_revision().publish()
    for lesson in lessons:
        assert outline(get(client, lesson.url)) == ["Første", "Andre, omdøpt", "Tredje"]
    assert outline(get(client, en(lessons[0]).url)) == ["First", "Second", "Third"]


def test_a_body_change_leaves_the_siblings_in_the_cache(client, lessons, django_assert_num_queries):
    warm(client, [lesson.url for lesson in lessons], django_assert_num_queries)
    draft = lessons[1].get_latest_revision_as_object()
    draft.estimated_minutes = 45
    draft.save_revision().publish()
    assert "45" in text_of(get(client, lessons[1].url))
    assert not rendered(client, lessons[0].url)  # its outline shows titles only


def test_an_unpublished_lesson_leaves_the_cache_and_its_siblings(client, lessons, django_assert_num_queries):
    urls = [lesson.url for lesson in lessons]
    warm(client, urls, django_assert_num_queries)
    lessons[1].unpublish()
    assert get(client, urls[1]).status_code == 404
    assert outline(get(client, urls[0])) == ["Første", "Tredje"]
    assert soup_of(get(client, urls[0])).select_one("a[rel=next]")["href"] == urls[2]
    # And it comes back when published again.
    lessons[1].save_revision().publish()
    assert outline(get(client, urls[2])) == ["Første", "Andre", "Tredje"]


def test_a_moved_lesson_changes_the_order_everywhere(client, lessons, django_assert_num_queries):
    first, second, third = lessons
    warm(client, [lesson.url for lesson in lessons], django_assert_num_queries)
    third.move(first, pos="left")
    for lesson in lessons:
        assert outline(get(client, lesson.url)) == ["Tredje", "Første", "Andre"]
    assert soup_of(get(client, second.url)).select_one("a[rel=next]") is None


def test_a_deleted_lesson_leaves_the_cache_and_its_siblings(client, lessons, django_assert_num_queries):
    urls = [lesson.url for lesson in lessons]
    warm(client, urls, django_assert_num_queries)
    lessons[2].delete()
    assert get(client, urls[2]).status_code == 404
    assert outline(get(client, urls[1])) == ["Første", "Andre"]
    assert soup_of(get(client, urls[1])).select_one("a[rel=next]") is None


def test_a_changed_slug_stops_the_old_url_answering_from_the_cache(
    client, lessons, django_assert_num_queries
):
    old_url = lessons[0].url
    warm(client, [old_url], django_assert_num_queries)
    draft = lessons[0].get_latest_revision_as_object()
    draft.slug = "den-forste"
    draft.save_revision().publish()
    assert get(client, old_url).status_code in (301, 404)
    assert "den-forste" in soup_of(get(client, lessons[1].url)).select(".outline a")[0]["href"]


def test_a_renamed_course_changes_its_lessons_breadcrumb_and_eyebrow(
    client, course, lessons, django_assert_num_queries
):
    warm(client, [lesson.url for lesson in lessons], django_assert_num_queries)
    draft = course.get_latest_revision_as_object()
    draft.title = "Recovery i hverdagen"
    draft.save_revision().publish()
    for lesson in lessons:
        soup = soup_of(get(client, lesson.url))
        assert "Recovery i hverdagen" in soup.select_one(".eyebrow").get_text()
        assert "Recovery i hverdagen" in soup.select_one(".breadcrumb").get_text()


def test_a_published_translation_shows_in_the_language_switch_and_hreflang(
    client, make_lesson, translate_now, django_assert_num_queries
):
    lesson = make_lesson([], title=("Ny leksjon", "New lesson"))
    warm(client, [lesson.url], django_assert_num_queries)
    assert [link["hreflang"] for link in soup_of(get(client, lesson.url)).select("link[hreflang]")] != []
    before = {link["hreflang"] for link in soup_of(get(client, lesson.url)).select("link[hreflang]")}
    assert "en" not in before
    translate_now(lesson)
    soup = soup_of(get(client, lesson.url))
    assert "en" in {link["hreflang"] for link in soup.select("link[hreflang]")}
    assert en(lesson).url in [a["href"] for a in soup.select("a[hreflang], a[lang]")]


def test_a_new_top_level_page_shows_in_every_pages_menu(
    client, home_pages, lessons, add_page, django_assert_num_queries
):
    from course_pages.models import GuideIndexPage

    nb_home, _ = home_pages
    warm(client, [nb_home.url, lessons[0].url], django_assert_num_queries)
    index = GuideIndexPage(title="Veiledere", slug="veiledere", show_in_menus=True)
    add_page(nb_home, index, translated=False)
    for url in (nb_home.url, lessons[0].url):
        menu = soup_of(get(client, url)).select("header nav a")
        assert "Veiledere" in [a.get_text(strip=True) for a in menu]


# --- The frontend cache gets the same URLs -----------------------------------------------------


def test_the_frontend_cache_is_told_exactly_the_purged_urls(
    client, hope, theme_pages, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish_question(hope, "Hva gir deg håp i dag?")
    expected = {
        f"http://localhost{url}{path}"
        for page in theme_pages
        for url in (page.url, en(page).url)
        for path in ("", "print/", "pdf/")
    }
    assert sorted(frontend_cache) == sorted(expected)


def test_the_frontend_cache_gets_a_lessons_neighbours(
    client, lessons, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lessons[1].unpublish()
    course = lessons[0].get_parent()
    # The lesson and its translation (language switch), its siblings (outline), the course.
    pages = [lessons[1], en(lessons[1]), lessons[0], lessons[2]]
    expected = {f"http://localhost{page.url}{path}" for page in pages for path in ("", "print/", "pdf/")}
    expected.add(f"http://localhost{course.url}")
    assert set(frontend_cache) == expected
    assert len(frontend_cache) == len(expected)


def test_no_frontend_cache_is_configured_without_its_environment():
    from django.conf import settings

    assert settings.WAGTAILFRONTENDCACHE == {}
    assert settings.WAGTAILFRONTENDCACHE_LANGUAGES == []


def test_the_page_cache_must_come_before_a_csp_nonce_middleware():
    from django.conf import settings

    from course_pages.caching import check_middleware_order

    assert check_middleware_order() == []
    before = [name for name in settings.MIDDLEWARE if "PageCache" not in name]
    position = before.index("django.middleware.security.SecurityMiddleware") + 1
    right = [*before[:position], "course_pages.caching.PageCacheMiddleware", "csp.middleware.CSPMiddleware"]
    wrong = [*before[:position], "csp.middleware.CSPMiddleware", "course_pages.caching.PageCacheMiddleware"]
    with override_settings(MIDDLEWARE=right):
        assert check_middleware_order() == []
    with override_settings(MIDDLEWARE=wrong):
        assert [error.id for error in check_middleware_order()] == ["kbt.E001"]


def test_a_pdf_is_public_for_browsers_and_proxies_but_left_to_its_own_cache(client, lessons):
    response = get(client, lessons[0].url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert "public" in response["Cache-Control"]
    assert rendered(client, lessons[0].url + "pdf/")  # from printing.py's cache, not the page cache


@override_settings(ALLOWED_HOSTS=["localhost", "kurs.example.org"])
def test_a_new_site_address_empties_the_old_addresses_cache(client, lessons, django_assert_num_queries):
    from wagtail.models import Site

    warm(client, [lessons[0].url], django_assert_num_queries)
    site = Site.objects.get(is_default_site=True)
    site.hostname = "kurs.example.org"
    site.save()
    assert rendered(client, lessons[0].url)  # "localhost" is no longer the site's address
    assert rendered(client, lessons[0].url)
    response = client.get(lessons[0].url, HTTP_HOST="kurs.example.org")
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize(
    "environment, seconds, frontend",
    [
        ({}, "0", "{}"),  # each worker's own memory: a publish could not reach the others
        ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "3600", "{}"),
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/0", "FRONTEND_CACHE_URL": "http://127.0.0.1:6081"},
            "3600",
            "{'proxy': {'BACKEND': 'wagtail.contrib.frontend_cache.backends.HTTPBackend', "
            "'LOCATION': 'http://127.0.0.1:6081'}}",
        ),
    ],
)
def test_production_caches_pages_only_in_a_shared_cache_and_purges_a_configured_proxy(
    environment, seconds, frontend
):
    from .test_foundation_settings import run_manage

    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.PAGE_CACHE_SECONDS); print(s.WAGTAILFRONTENDCACHE)",
        env={
            "DJANGO_SETTINGS_MODULE": "kbt.settings.production",
            "SECRET_KEY": "x" * 60,
            "WAGTAILADMIN_BASE_URL": "https://kurs.example.org",
            "DATABASE_URL": "sqlite:////tmp/kbt-settings-check.sqlite3",
            **environment,
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [seconds, frontend]


def test_a_lesson_renamed_and_published_in_the_admin_shows_at_once_in_its_siblings(
    client, admin_client, lessons, django_assert_num_queries
):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    warm(client, [lesson.url for lesson in lessons], django_assert_num_queries)
    lesson = lessons[1]
    data = nested_form_data(
        {
            "title": "Andre, fra redaktøren",
            "slug": lesson.slug,
            "intro": rich_text(""),
            "estimated_minutes": "20",
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    assert response.status_code == 302
    for other in lessons:
        assert outline(get(client, other.url)) == ["Første", "Andre, fra redaktøren", "Tredje"]
