"""Data the admin shows, in the admin user's language: Wagtail's default group, workflow and
task names, locale names, dates, page-type names and notification e-mails; and the small
frictions of the same issue (account settings, time zones, ASCII slugs, a confirmation after
approving from the dashboard)."""

import datetime
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Locale, Page, Task, TaskState, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from .conftest import make_user, role_user

pytestmark = pytest.mark.django_db

NORWEGIAN_DATE = re.compile(
    r"\b\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}"
)
ENGLISH_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def logged_in(client, user, language="nb"):
    client.force_login(prefer(user, language))
    return client


def submit_for_moderation(page, user):
    """What "Submit for moderation" in the editor does."""
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


# Wagtail's default names ------------------------------------------------------------------


def test_default_workflow_is_named_in_each_admin_users_language(client):
    admin = role_user("admin")
    logged_in(client, admin, "nb")
    page = client.get("/admin/workflows/list/").content.decode()
    assert "Moderatorgodkjenning" in page
    assert "Moderators approval" not in page

    prefer(admin, "en")
    page = client.get("/admin/workflows/list/").content.decode()
    assert "Moderators approval" in page
    assert "Moderatorgodkjenning" not in page


def test_groups_and_tasks_keep_their_stored_english_names():
    """Code and migrations look groups up by name; the database keeps what Wagtail stored."""
    with translation.override("nb"):
        moderators = Group.objects.get(name="Moderators")
        assert str(moderators) == "Moderatorer"
        assert f"Send inn til {Workflow.objects.get().name}" == "Send inn til Moderatorgodkjenning"
        moderators.save()  # unchanged, as the group form posts it back: "Moderatorer"
        task = Task.objects.get().specific
        task.name = "Moderatorgodkjenning"
        task.save()
    assert Group.objects.filter(name="Moderators").exists()
    assert Task.objects.filter(name="Moderators approval").exists()


def test_dumpdata_and_forms_see_the_stored_names():
    """Serializers (dumpdata, the test database's serialized copy) and model forms read the
    stored value: a dump made by a Norwegian admin loads back as Wagtail's names."""
    from django.core import serializers
    from django.forms.models import model_to_dict

    with translation.override("nb"):
        dumped = serializers.serialize("json", Group.objects.all()) + serializers.serialize(
            "json", Workflow.objects.all()
        )
        assert model_to_dict(Workflow.objects.get())["name"] == "Moderators approval"
    assert '"Moderators"' in dumped and '"Moderators approval"' in dumped
    assert "Moderatorer" not in dumped and "Moderatorgodkjenning" not in dumped


def test_a_renamed_default_keeps_the_new_name():
    with translation.override("nb"):
        workflow = Workflow.objects.get()
        workflow.name = "Fagredaksjonens godkjenning"
        workflow.save()
    assert Workflow.objects.get().name == "Fagredaksjonens godkjenning"


# Locale names ----------------------------------------------------------------------------


def test_locale_names_are_in_the_admin_users_language(en_locale, nb_locale):
    with translation.override("nb"):
        assert en_locale.get_display_name() == "engelsk"
        assert nb_locale.get_display_name() == "norsk bokmål"
    with translation.override("en"):
        assert en_locale.get_display_name() == "English"


def test_the_public_language_switch_still_names_each_language_in_itself():
    assert dict(settings.LANGUAGES) == {"nb": "Norsk bokmål", "en": "English"}


def test_locales_screen_names_languages_in_norwegian(client):
    logged_in(client, role_user("admin"), "nb")
    html = client.get("/admin/locales/").content.decode()
    assert "engelsk" in html
    assert ">English<" not in html


# Dates and page types ---------------------------------------------------------------------


def test_admin_dates_are_in_norwegian_format(client, home_pages):
    logged_in(client, role_user("admin"), "nb")
    html = client.get("/admin/reports/site-history/").content.decode()
    assert NORWEGIAN_DATE.search(html)
    assert not ENGLISH_MONTH.search(html)


def test_page_types_report_names_types_in_sentence_case_without_labels(client, home_pages):
    logged_in(client, role_user("admin"), "nb")
    html = client.get("/admin/reports/page-types-usage/").content.decode()
    assert "Side for CHIME-element" in html
    assert "Side For Chime-Element" not in html
    assert "course_pages.lessonpage" not in html
    assert "Kurssider" in html


def test_wagtails_page_types_report_template_is_the_one_we_copied():
    """site/templates/…/_list_page_types_usage.html is a copy of Wagtail 8.0.1's; when an
    upgrade changes Wagtail's, bring the copy up to date and record the new hash here."""
    original = (
        Path(__import__("wagtail").__file__).parent
        / "admin/templates/wagtailadmin/reports/listing/_list_page_types_usage.html"
    )
    assert hashlib.sha256(original.read_bytes()).hexdigest() == PAGE_TYPES_TEMPLATE_SHA256


PAGE_TYPES_TEMPLATE_SHA256 = "d8b25a2f35ef4b89c32eabf6322db0f0a24119e45b0987fb9b373965e064e302"


# Notification e-mails ---------------------------------------------------------------------


def test_moderation_e_mails_are_in_each_recipients_language(home_pages):
    nb_home, _ = home_pages
    editor = prefer(make_user("editor", "Editors", email="editor@example.org"), "en")
    prefer(make_user("moderator-nb", "Moderators", email="nb@example.org"), "nb")
    prefer(make_user("moderator-en", "Moderators", email="en@example.org"), "en")
    with translation.override("en"):  # the editor's request
        submit_for_moderation(nb_home, editor)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    norwegian, english = by_recipient["nb@example.org"], by_recipient["en@example.org"]
    assert "Moderatorgodkjenning" in norwegian.subject
    assert "Moderators approval" not in norwegian.subject + norwegian.body
    assert "Moderators approval" in english.subject
    assert "Moderatorgodkjenning" not in english.subject + english.body


# Account settings -------------------------------------------------------------------------


def test_account_time_zones_are_real_zones(client):
    assert "localtime" not in settings.WAGTAIL_USER_TIME_ZONES
    assert "Factory" not in settings.WAGTAIL_USER_TIME_ZONES
    assert "Europe/Oslo" in settings.WAGTAIL_USER_TIME_ZONES
    logged_in(client, role_user("editor"), "nb")
    html = client.get("/admin/account/").content.decode()
    assert 'value="Europe/Oslo"' in html
    assert 'value="localtime"' not in html


def test_a_superuser_made_by_createsuperuser_can_save_account_settings(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "x")
    call_command("createsuperuser", interactive=False, username="boss", email="boss@example.org", verbosity=0)
    client.force_login(get_user_model().objects.get(username="boss"))
    response = client.post(
        "/admin/account/",
        {
            "name_email-first_name": "",
            "name_email-last_name": "",
            "name_email-email": "boss@example.org",
            "locale-preferred_language": "en",
            "locale-current_time_zone": "Europe/Oslo",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            "notifications-submitted_notifications": "on",
        },
    )
    assert response.status_code == 302
    profile = UserProfile.objects.get(user__username="boss")
    assert profile.preferred_language == "en"
    assert profile.current_time_zone == "Europe/Oslo"


# Slugs ------------------------------------------------------------------------------------


def test_slugs_made_from_titles_are_ascii(home_pages):
    from course_pages.models import CourseIndexPage

    nb_home, _ = home_pages
    page = CourseIndexPage(title="Håp og mestring")
    nb_home.add_child(instance=page)
    assert page.slug == "hap-og-mestring"


def test_the_editors_slug_field_makes_ascii_slugs(client, home_pages):
    nb_home, _ = home_pages
    logged_in(client, role_user("admin"), "nb")
    html = client.get(f"/admin/pages/add/course_pages/courseindexpage/{nb_home.pk}/").content.decode()
    assert 'data-w-slug-allow-unicode-value="false"' in html or "data-w-slug-allow-unicode-value" not in html
    assert 'data-w-slug-allow-unicode-value="true"' not in html


# Approving from the dashboard -------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "message"),
    [("approve", "«{}» er godkjent."), ("reject", "Det er bedt om endringer i «{}».")],
)
def test_acting_from_the_dashboard_confirms_it(client, home_pages, action, message):
    nb_home, _ = home_pages
    editor = make_user("editor", "Editors")
    submit_for_moderation(nb_home, editor)
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    logged_in(client, role_user("moderator"), "nb")
    dashboard = client.get("/admin/").content.decode()
    url = f"/admin/pages/workflow/action/{nb_home.pk}/{action}/{task_state.pk}/"
    assert url in dashboard
    response = client.post(f"{url}?next=/admin/", {"comment": "OK"}, follow=True)
    assert response.status_code == 200
    assert message.format(nb_home.title) in response.content.decode()
    assert TaskState.objects.get(pk=task_state.pk).status != TaskState.STATUS_IN_PROGRESS


def test_no_confirmation_when_nothing_happened(client, home_pages):
    """A second click on an action already taken says it is no longer awaiting moderation."""
    nb_home, _ = home_pages
    submit_for_moderation(nb_home, make_user("editor", "Editors"))
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    task_state.workflow_state.cancel(user=None)
    logged_in(client, role_user("moderator"), "nb")
    url = f"/admin/pages/workflow/action/{nb_home.pk}/approve/{task_state.pk}/?next=/admin/"
    html = client.post(url, follow=True).content.decode()
    assert "er godkjent" not in html
    assert Page.objects.get(pk=nb_home.pk).live
    assert Locale.objects.exists()


def test_relative_times_in_the_editor_are_norwegian(client, home_pages):
    """The status panel's "Submitted to … 10 seconds ago" comes from Django's humanize."""
    nb_home, _ = home_pages
    submit_for_moderation(nb_home, make_user("editor", "Editors"))
    # Ten minutes ago, so that the time is not "nå" (now) on a fast machine.
    earlier = timezone.now() - datetime.timedelta(minutes=10)
    WorkflowState.objects.update(created_at=earlier)
    TaskState.objects.update(started_at=earlier)
    logged_in(client, role_user("moderator"), "nb")
    html = client.get(f"/admin/pages/{nb_home.pk}/edit/").content.decode()
    assert re.search(r"\b\d+\s+(sekund|sekunder|minutt|minutter) siden", html)
    assert not re.search(r"\b(seconds?|minutes?) ago\b", html)


# Snippet breadcrumbs ----------------------------------------------------------------------


@pytest.mark.parametrize(("language", "home"), [("nb", "Hjem"), ("en", "Home")])
def test_snippet_breadcrumbs_are_in_the_users_language(client, language, home):
    from bs4 import BeautifulSoup
    from django.urls import reverse

    logged_in(client, role_user("editor"), language)
    html = client.get(reverse("wagtailsnippets_question_bank_questiontheme:list")).content
    crumbs = BeautifulSoup(html, "html.parser").select("[data-w-breadcrumbs-target] a, nav[aria-label] ol a")
    assert home in [crumb.get_text(strip=True) for crumb in crumbs]


def test_wagtails_snippet_breadcrumbs_still_use_gettext():
    """course_pages/breadcrumbs.py works around SnippetViewSet.breadcrumbs_items calling
    gettext at start-up; when Wagtail changes it, check whether the override is still needed."""
    import inspect

    from course_pages.breadcrumbs import WAGTAIL_BREADCRUMBS_ITEMS

    source = inspect.getsource(WAGTAIL_BREADCRUMBS_ITEMS.fget)
    assert '"label": _("Home")' in source


def test_the_dashboards_search_button_is_translated(client):
    logged_in(client, role_user("editor"), "nb")
    html = client.get("/admin/").content.decode()
    assert '<input type="submit" value="Søk" class="button" />' in html
    assert 'value="Search"' not in html


def test_wagtails_dashboard_template_is_the_one_we_copied():
    """site/templates/wagtailadmin/home.html is a copy of Wagtail 8.0.1's; when an upgrade
    changes Wagtail's, bring the copy up to date (or drop it if Wagtail translates the button)."""
    original = Path(__import__("wagtail").__file__).parent / "admin/templates/wagtailadmin/home.html"
    assert hashlib.sha256(original.read_bytes()).hexdigest() == (
        "7eb3ee7b5a9d1355b79a97fdc4c6a9c8612821bb1cdccf24efdd7a36c827c17d"
    )
