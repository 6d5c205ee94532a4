"""PDF delivery (issue 14): each PDF is built once per content version into the shared cache,
prebuilt by a background job after a publish, served with ETag/Last-Modified (304 when the
reader's copy is current), its key computed without rendering the page; the editor's PDF
preview is cached by content; concurrent cold builds of one PDF build it once."""

import threading
import time

import django_rq
import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils.http import http_date

from course_pages import printing

from .test_background_jobs import QUEUE, FakeQueue

pytestmark = pytest.mark.django_db


def publish_new_theme_title(guide, title):
    theme = guide.body[1].value["theme"]
    draft = theme.get_latest_revision_as_object()
    draft.title = title
    draft.save_revision().publish()


def test_a_reader_with_a_current_copy_gets_304(client, guide, builds):
    url = guide.url + "pdf/"
    first = client.get(url)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    older = client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(time.time() - 24 * 60 * 60))
    assert older.status_code == 200
    assert older.content == first.content
    assert len(builds) == 1

    publish_new_theme_title(guide, "Tro på fremtiden – nytt")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert len(builds) == 2


def test_a_cached_pdf_is_answered_without_rendering_the_page(
    client, guide, builds, rf, django_assert_num_queries, django_assert_max_num_queries
):
    """Its key used to cost the 15–18 queries of the print context; now the PDF view reads
    no table, and only Wagtail's routing of the request to the page does."""
    url = guide.url + "pdf/"
    client.get(url)
    with django_assert_num_queries(0):
        response = guide.pdf_response(rf.get(url))
    assert response.status_code == 200
    with django_assert_max_num_queries(11):
        assert client.get(url).status_code == 200
    assert len(builds) == 1


def test_the_pdf_is_kept_in_the_shared_cache_under_its_content_version(client, guide, rf):
    """The default cache is Redis in production: every worker reads the same entry."""
    response = client.get(guide.url + "pdf/")
    request = rf.get(guide.url + "pdf/")
    key, _context = guide.live_pdf_key(request)
    assert cache.get(key)["pdf"] == response.content


def test_after_a_theme_is_published_a_job_builds_the_pdfs_that_show_it(
    client, guide, builds, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.RQ_QUEUES = QUEUE
    queue = FakeQueue()
    monkeypatch.setattr(django_rq, "get_queue", lambda name, **kwargs: queue)
    en_guide = guide.get_translations().get(locale__language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        publish_new_theme_title(guide, "Tro på fremtiden – nytt")
    assert builds == []  # not in the editor's request
    assert [func for func, _args, _kwargs in queue.jobs] == [printing.build_live_pdfs]
    assert sorted(queue.jobs[0][1][0]) == sorted([guide.pk, en_guide.pk])
    # What the report of failed jobs would call it (kbt/failed_jobs.py).
    assert queue.options[0]["meta"]["kbt_description"]["nb"] == (
        "Lag PDF av sidene som viser spørsmålstemaet «Tro på fremtiden – nytt»"
    )

    queue.run_all()
    assert len(builds) == 2
    assert "Tro på fremtiden – nytt" in builds[0] + builds[1]
    # A reader at the Site's address (the job builds the PDF with the links a reader there gets).
    response = client.get(guide.url + "pdf/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert len(builds) == 2, "the reader got the prebuilt PDF"


def test_the_editors_pdf_preview_of_unchanged_content_is_built_once(admin_client, guide, builds):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    url = reverse("wagtailadmin_pages:preview_on_edit", args=[guide.pk])
    # One intro for every preview: the editor resends its block keys unchanged.
    intro = rich_text("<p>Et utkast.</p>")

    def preview(heading):
        data = nested_form_data(
            {
                "title": "Utkast",
                "slug": guide.slug,
                "intro": intro,
                "body": streamfield([("heading", heading)]),
            }
        )
        assert admin_client.post(url, data).json()["is_valid"]
        response = admin_client.get(url, {"mode": "pdf"})
        assert response["Content-Type"] == "application/pdf"
        return response.content

    first = preview("Første utkast")
    assert preview("Første utkast") == first
    assert len(builds) == 1
    preview("Andre utkast")
    assert len(builds) == 2


def test_concurrent_cold_builds_of_one_pdf_build_it_once(monkeypatch):
    monkeypatch.setattr(printing, "PDF_POLL_SECONDS", 0.01)
    calls = []

    def slow_build():
        calls.append(threading.get_ident())
        time.sleep(0.3)
        return b"%PDF-1.7 built once"

    results = []
    threads = [
        threading.Thread(
            target=lambda: results.append(printing.cached_pdf("pdf:concurrent-test", slow_build))
        )
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert [entry["pdf"] for entry in results] == [b"%PDF-1.7 built once"] * 4
