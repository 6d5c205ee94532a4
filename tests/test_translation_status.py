"""Reports → Translations and the dashboard panel tell the truth about each translation:
live or not, in review, behind its Norwegian source."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from .conftest import make_theme

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]


@pytest.fixture
def en_theme(translate_now):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    en_theme = translate_now(theme, HOPE_PAIRS)
    en_theme.refresh_from_db()
    return en_theme


def report_states(client, title):
    """The state codes the Translations report shows on the row of the target ``title``."""
    response = client.get(reverse("wagtail_localize:translations_report"))
    soup = BeautifulSoup(response.content, "html.parser")
    for row in soup.select("table.listing tbody tr"):
        if title in row.get_text():
            return [span["data-translation-state"] for span in row.select("[data-translation-state]")]
    raise AssertionError(f"{title!r} is not in the report")


def test_an_up_to_date_live_translation_says_so(admin_client, en_theme):
    assert report_states(admin_client, "Belief in the future") == ["up_to_date"]


def test_an_english_theme_taken_offline_is_not_up_to_date(admin_client, en_theme):
    admin_client.post(reverse("wagtailsnippets_question_bank_questiontheme:unpublish", args=[en_theme.pk]))
    en_theme.refresh_from_db()
    assert not en_theme.live
    assert report_states(admin_client, "Belief in the future") == ["not_live"]


def test_a_changed_norwegian_source_shows_the_translation_as_behind(admin_client, en_theme):
    nb_theme = en_theme.get_translation(Locale.objects.get(language_code="nb"))
    draft = nb_theme.get_latest_revision_as_object()
    draft.when_relevant = "Når håpet er lite."
    draft.save_revision().publish()
    assert report_states(admin_client, "Belief in the future") == ["source_changed"]
    report = reverse("wagtail_localize:translations_report")
    response = admin_client.get(report, HTTP_ACCEPT_LANGUAGE="nb")
    assert "Endret på norsk siden siste synkronisering" in response.content.decode()


def test_a_translation_in_review_says_so(admin_client, admin_user, en_theme):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    workflow = Workflow.objects.create(name="Gjennomgang")
    task = GroupApprovalTask.objects.create(name="Moderatorer godkjenner")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    en_theme.save_revision(user=admin_user)
    workflow.start(en_theme, admin_user)
    assert report_states(admin_client, "Belief in the future") == ["in_review"]


def test_the_report_costs_the_same_few_queries_however_many_translations_it_lists(
    admin_client, translate_now, django_assert_max_num_queries
):
    """wagtail-localize's report read each row's objects one query at a time: 410 queries for
    85 translations (issue 14); course_pages/translation/report.py loads them per page."""
    for n in range(12):
        theme = make_theme(title=f"Tema {n}", questions=[f"Spørsmål {n}?"])
        translate_now(theme, [(f"Tema {n}", f"Theme {n}"), (f"Spørsmål {n}?", f"Question {n}?")])
    report = reverse("wagtail_localize:translations_report")
    admin_client.get(report)  # warm the per-process caches (content types)
    with django_assert_max_num_queries(20):
        response = admin_client.get(report)
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    targets = sorted(row.select("td")[2].get_text(" ", strip=True).split(" (")[0] for row in rows)
    assert targets == sorted(f"Theme {n}" for n in range(12))
    assert all(
        [span["data-translation-state"] for span in row.select("[data-translation-state]")] == ["up_to_date"]
        for row in rows
    )
