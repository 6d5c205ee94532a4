"""Work off the request path (issue 14): "Translate this page" and "Sync translated pages" run
as background jobs (kbt/jobs.py) on a Redis queue when there is one, in the request when there
is none (tests, the SQLite demo) or when Redis cannot be reached, and the editor is told
which happened."""

import logging
import pickle

import django_rq
import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize import tasks as localize_tasks
from wagtail_localize.models import TranslationSource

from kbt import jobs

from .conftest import _publishing_on_save, make_theme, make_user

pytestmark = pytest.mark.django_db

QUEUE = {"default": {"URL": "redis://127.0.0.1:6379/0"}}


class FakeQueue:
    """Stands in for django-rq's queue: keeps the jobs, checking that each would travel to a
    worker (pickled) as RQ sends it."""

    def __init__(self):
        self.jobs = []
        self.options = []  # RQ's own options of each job: description, meta

    def enqueue_call(self, func, args=(), kwargs=None, **options):
        pickle.loads(pickle.dumps((func, args, kwargs, options)))
        self.jobs.append((func, args, kwargs or {}))
        self.options.append(options)

    def run_all(self):
        while self.jobs:
            func, args, kwargs = self.jobs.pop(0)
            func(*args, **kwargs)


@pytest.fixture
def queue(settings, monkeypatch):
    """A configured queue (as with REDIS_URL) whose jobs wait until the test runs them."""
    settings.RQ_QUEUES = QUEUE
    fake = FakeQueue()
    monkeypatch.setattr(django_rq, "get_queue", lambda name, **kwargs: fake)
    return fake


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def lesson(make_lesson):
    """A Norwegian lesson embedding two question themes, none of them translated yet."""
    themes = [make_theme(title=f"Tema {number}", questions=[f"Spørsmål {number}?"]) for number in (1, 2)]
    body = [
        {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}
        for theme in themes
    ]
    return make_lesson(body, title=("Om håp", "About hope"))


@pytest.fixture
def editor(client):
    """An editor whose admin is in Norwegian."""
    user = make_user("redaktor", "Editors")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nb"
    profile.save()
    client.force_login(user)
    return client


def translate_this_page(client, page, locale, capture):
    with capture(execute=True):
        return client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]}
        )


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_without_a_queue_the_translation_is_there_when_the_editor_is_redirected(editor, lesson, en):
    """As in the SQLite demo, where each statement commits at once (``_publishing_on_save``)."""
    with _publishing_on_save():
        response = editor.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [en.pk]}
        )

    translated = lesson.get_translation(en)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert not any("bakgrunnen" in text for text in message_texts(response))


def test_with_a_queue_translate_this_page_answers_at_once_and_the_job_makes_the_translation(
    editor, lesson, en, queue, django_capture_on_commit_callbacks
):
    sources_before = TranslationSource.objects.count()
    response = translate_this_page(editor, lesson, en, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert lesson.get_translation_or_none(en) is None
    assert TranslationSource.objects.count() == sources_before  # not even started in the request
    assert len(queue.jobs) == 1
    # The editor goes back to the listing the page is in, not to an editor that does not exist yet.
    assert response["Location"] == reverse("wagtailadmin_explore", args=[lesson.get_parent().pk])
    assert message_texts(response) == [
        "«Om håp» oversettes til engelsk i bakgrunnen. Når det er ferdig, vanligvis innen et "
        "minutt, vises oversettelsen i sidetreet for det språket og i sidens språkmeny."
    ]

    with django_capture_on_commit_callbacks(execute=True):
        queue.run_all()

    translated = lesson.get_translation(en)
    assert translated.title == "Om håp"  # a draft, with the source text until translated
    # The two themes it embeds were translated with it, as in the request before.
    assert TranslationSource.objects.count() == sources_before + 3


def test_sync_translated_pages_is_a_job_too(editor, lesson, en, queue, django_capture_on_commit_callbacks):
    translate_this_page(editor, lesson, en, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        queue.run_all()
    lesson.title = "Om håp og mot"
    lesson.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(lesson)
    synced_at = source.last_updated_at

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})

    assert response.status_code == 302
    assert len(queue.jobs) == 1
    source.refresh_from_db()
    assert source.last_updated_at == synced_at
    assert any("oppdateres i bakgrunnen" in text for text in message_texts(response))
    # What the report of failed jobs calls it, and who asked (kbt/failed_jobs.py).
    assert queue.options[-1]["description"] == "Update the translations of “Om håp og mot”"
    assert queue.options[-1]["meta"]["kbt_description"]["nb"] == "Oppdater oversettelsene av «Om håp og mot»"
    assert queue.options[-1]["meta"]["kbt_user_id"] == get_user_model().objects.get(username="redaktor").pk

    with django_capture_on_commit_callbacks(execute=True):
        queue.run_all()
    source.refresh_from_db()
    assert source.last_updated_at > synced_at
    assert "Om håp og mot" in [segment.string.data for segment in source.stringsegment_set.all()]


def test_a_job_whose_user_is_gone_or_inactive_does_nothing(
    editor, lesson, en, queue, django_capture_on_commit_callbacks, caplog
):
    """The rights were checked for the user in the request; without that user the job does
    not run (as None it would count as the system, which may publish everything)."""
    translate_this_page(editor, lesson, en, django_capture_on_commit_callbacks)
    editor_user = get_user_model().objects.get(username="redaktor")
    editor_user.is_active = False
    editor_user.save()
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        queue.run_all()
    assert lesson.get_translation_or_none(en) is None
    assert "gone or inactive" in caplog.text


def test_a_sync_of_a_deleted_source_ends_with_a_log_line(
    editor, lesson, en, queue, django_capture_on_commit_callbacks, caplog
):
    translate_this_page(editor, lesson, en, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        queue.run_all()
    source = TranslationSource.objects.get_for_instance(lesson)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    lesson.get_translation(en).delete()
    lesson.delete()
    assert TranslationSource.objects.filter(pk=source.pk).exists()  # it outlives its page
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        queue.run_all()
    assert "was deleted before it could be synced" in caplog.text


def test_with_redis_down_the_job_runs_in_the_request_with_a_warning(
    settings, editor, lesson, en, caplog, django_capture_on_commit_callbacks
):
    """Nothing listens on port 1: enqueueing fails, and the editor gets the translation
    (slower), not a 500."""
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0?socket_connect_timeout=0.5"}}

    with caplog.at_level(logging.WARNING, logger="kbt.jobs"):
        response = translate_this_page(editor, lesson, en, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert lesson.get_translation_or_none(en) is not None
    assert "The job queue is unreachable" in caplog.text


def test_wagtail_localizes_own_jobs_go_the_same_way(settings, monkeypatch):
    """Its subtree translation and locale sync use ``WAGTAILLOCALIZE_JOBS``."""
    assert isinstance(localize_tasks.get_backend(), jobs.LocalizeJobBackend)
    collected = []
    monkeypatch.setattr(jobs, "enqueue", lambda func, *args, **kwargs: collected.append((func, args, kwargs)))
    localize_tasks.get_backend().enqueue(print, ["a"], {"sep": ""})
    assert collected == [(print, ("a",), {"sep": ""})]
