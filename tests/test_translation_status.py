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
