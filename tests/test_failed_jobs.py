"""Reports → "Failed background jobs" (kbt/failed_jobs.py): a job that fails on the queue is
listed for superusers, read from RQ's FailedJobRegistry, with what it was, who asked and the
last line of its error; nobody else may open it; without a queue or with Redis down the report
says so.

A real Redis (127.0.0.1:6379, database 13, emptied around each test) and an RQ SimpleWorker in
burst mode, in this process, run the jobs."""

import re

import django_rq
import pytest
import redis
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from rq import SimpleWorker
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from course_pages.translation import jobs as translation_jobs
from kbt import failed_jobs, jobs

from .conftest import make_user, role_user
from .test_admin_screens_nb import interface_strings, is_english

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/13"
REPORT = "/admin/reports/failed-jobs/"


def explode(message):
    """A job that fails with ``message``."""
    raise RuntimeError(message)


@pytest.fixture
def queue(settings):
    """django-rq's default queue in Redis database 13, empty."""
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    connection = redis.Redis.from_url(REDIS_URL)
    connection.flushdb()
    # "auto": enqueue at once, not when the test's transaction commits (it never does).
    yield django_rq.get_queue("default", commit_mode="auto")
    connection.flushdb()


def run_worker(queue):
    """Run every job on the queue, as `manage.py rqworker default --burst` would."""
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


def with_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def admin_client(client):
    client.force_login(with_language(role_user("admin"), "nb"))
    return client


@pytest.fixture
def editor():
    return with_language(make_user("redaktor", "Editors", first_name="Kari", last_name="Nordmann"), "nb")


@pytest.fixture
def failed_translation(queue, editor, make_lesson, monkeypatch, django_capture_on_commit_callbacks):
    """An editor asks for "Translate this page"; the job fails in the worker with an error
    whose message holds markup."""
    lesson = make_lesson([], title=("Håp", "Hope"))
    en = Locale.objects.get(language_code="en")
    client = Client()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [en.pk]}
        )
    assert response.status_code == 302
    assert queue.count == 1

    def failing_translate_page(*args, **kwargs):
        raise ValueError("Siden kunne ikke oversettes: <script>alert('x')</script>")

    # The worker imports the job's function by name when it runs it.
    monkeypatch.setattr(translation_jobs, "translate_page", failing_translate_page)
    run_worker(queue)
    assert queue.failed_job_registry.count == 1
    return queue.failed_job_registry.get_job_ids()[0]


def test_a_superuser_sees_what_failed_who_asked_and_the_error(admin_client, failed_translation):
    response = admin_client.get(REPORT)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Bakgrunnsjobber som feilet" in html
    assert "Oversett siden «Håp» til engelsk" in html
    assert "Kari Nordmann" in html
    # The error's last line, escaped; not the traceback.
    assert (
        "ValueError: Siden kunne ikke oversettes: &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    )
    assert "<script>alert(" not in html
    assert "Traceback" not in html
    assert "failing_translate_page" not in html


def test_the_list_has_no_english_for_a_bokmal_reader(admin_client, failed_translation):
    """The columns, buttons and their labels (the screens test sees only the empty report)."""
    html = admin_client.get(REPORT).content.decode()
    content = {"Håp", "Kari Nordmann", "admin", "Siden kunne ikke oversettes: <script>alert('x')</script>"}
    english = [text for text in interface_strings(html) if is_english(text, content)]
    assert english == []
    for text in ("Feilet", "Jobb", "Forespurt av", "Feil", "Kjør på nytt", "Slett"):
        assert text in interface_strings(html)
    assert "Kjør på nytt: Oversett siden «Håp» til engelsk" in interface_strings(html)


def test_the_description_is_in_the_readers_admin_language(client, failed_translation):
    client.force_login(with_language(role_user("admin"), "en"))
    html = client.get(REPORT).content.decode()
    assert "Failed background jobs" in html
    assert "Translate page “Håp” into English" in html


def test_the_job_keeps_its_description_and_user_in_rq(queue, failed_translation, editor):
    job = queue.fetch_job(failed_translation)
    assert job.description == "Translate page “Håp” into English"  # the worker's log line
    assert job.meta[jobs.META_USER_ID] == editor.pk
    assert job.meta[jobs.META_DESCRIPTION]["nb"] == "Oversett siden «Håp» til engelsk"


@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
def test_no_one_else_may_open_the_report_or_act_on_a_job(client, queue, role, request):
    """Wagtail's answer to a view's PermissionDenied in its admin: back to the dashboard with
    "Sorry, you do not have permission to access this area." (a 403 for fetch requests)."""
    if role == "translator":
        request.getfixturevalue("home_pages")  # the translators' group needs the English tree
    job = queue.enqueue(explode, "boom")
    run_worker(queue)
    client.force_login(with_language(role_user(role), "nb"))

    for response in (
        client.get(REPORT),
        client.post(reverse("kbt_failed_jobs:delete", args=[job.id])),
        client.post(reverse("kbt_failed_jobs:requeue", args=[job.id])),
    ):
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
    assert client.get(REPORT, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    assert job.id in queue.failed_job_registry
    assert queue.count == 0
    # Nor is it in their menu.
    assert REPORT not in client.get("/admin/").content.decode()


def test_the_report_is_in_a_superusers_reports_menu(admin_client, queue):
    assert REPORT in admin_client.get("/admin/").content.decode()


def test_a_job_without_a_description_shows_rqs_own(admin_client, queue):
    """As wagtail-localize's own jobs (``LocalizeJobBackend``): RQ's call string."""
    queue.enqueue(explode, "Ingen beskrivelse")
    run_worker(queue)
    html = admin_client.get(REPORT).content.decode()
    assert "tests.test_failed_jobs.explode(&#x27;Ingen beskrivelse&#x27;)" in html
    assert "RuntimeError: Ingen beskrivelse" in html


def test_without_a_queue_the_report_says_jobs_run_at_once(admin_client, settings):
    settings.RQ_QUEUES = {}
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    assert "bakgrunnsjobber kjøres med en gang" in response.content.decode()


def test_with_redis_down_the_report_says_so(admin_client, settings):
    """Nothing listens on port 1."""
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0?socket_connect_timeout=0.5"}}
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    assert "Jobbkøen (Redis) kan ikke nås" in response.content.decode()

    response = admin_client.post(reverse("kbt_failed_jobs:delete", args=["abc"]))
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)][-1].startswith("Jobbkøen (Redis)")


def test_with_no_failed_jobs_the_report_says_so(admin_client, queue):
    assert "Ingen bakgrunnsjobber har feilet." in admin_client.get(REPORT).content.decode()
    # The results alone, as Wagtail's listings fetch them to refresh.
    response = admin_client.get(reverse("kbt_failed_jobs:results"))
    assert response.status_code == 200
    assert "Ingen bakgrunnsjobber har feilet." in response.content.decode()


def csrf_client(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def posted_token(client):
    """The CSRF token of the report's forms."""
    html = client.get(REPORT).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_superuser_deletes_a_failed_job_with_the_forms_token(queue):
    job = queue.enqueue(explode, "boom")
    run_worker(queue)
    client = csrf_client(with_language(role_user("admin"), "nb"))
    url = reverse("kbt_failed_jobs:delete", args=[job.id])

    assert client.post(url).status_code == 403  # no CSRF token
    token = posted_token(client)
    response = client.post(url, {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert response["Location"] == REPORT
    assert job.id not in queue.failed_job_registry
    assert queue.fetch_job(job.id) is None
    # Again: it is gone, and says so.
    response = client.post(url, {"csrfmiddlewaretoken": token})
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Jobben er slettet fra listen over jobber som feilet: tests.test_failed_jobs.explode('boom').",
        "Den jobben er ikke lenger i listen over jobber som feilet.",
    ]


def test_a_superuser_runs_a_failed_job_again(admin_client, queue, monkeypatch):
    job = queue.enqueue(explode, "boom")
    run_worker(queue)

    response = admin_client.post(reverse("kbt_failed_jobs:requeue", args=[job.id]))

    assert response.status_code == 302
    assert job.id not in queue.failed_job_registry
    assert queue.job_ids == [job.id]
    run_worker(queue)  # fails again: back in the list
    assert job.id in queue.failed_job_registry


def test_the_list_pages_newest_first(admin_client, queue, settings, monkeypatch):
    monkeypatch.setattr(failed_jobs.FailedJobsReportView, "paginate_by", 2)
    for number in range(3):
        queue.enqueue(explode, f"feil {number}", failure_ttl=1000 + number)  # later: expires later
        run_worker(queue)
    first = admin_client.get(REPORT).content.decode()
    second = admin_client.get(REPORT + "?p=2").content.decode()
    assert "RuntimeError: feil 2" in first and "RuntimeError: feil 1" in first
    assert "feil 0" not in first
    assert "RuntimeError: feil 0" in second


@pytest.mark.parametrize(
    "exc_string, message",
    [
        (
            'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    raise ValueError("a")\n'
            "ValueError: a\n",
            "ValueError: a",
        ),
        (
            'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    raise E\n'
            "E: first line\nsecond line\n",
            "E: first line second line",
        ),
        (
            "Work-horse terminated unexpectedly; waitpid returned 9",
            "Work-horse terminated unexpectedly; waitpid returned 9",
        ),
        ("", ""),
        (None, ""),
        ("ValueError: " + "x" * 400, "ValueError: " + "x" * 287 + "…"),
    ],
)
def test_error_message_is_the_exceptions_last_line(exc_string, message):
    assert failed_jobs.error_message(exc_string) == message


def test_a_description_that_fails_does_not_stop_the_job(queue, caplog):
    jobs.run(explode, ("boom",), {}, description=lambda: 1 / 0)
    assert queue.count == 1
    assert "Could not describe a job" in caplog.text
