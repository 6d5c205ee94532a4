"""Editors keep the question bank in Wagtail's admin: create with inline questions, filter,
search, preview; bad input is a form error and saves nothing."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from question_bank.models import QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_question_bank_questiontheme:add")
INDEX_URL = reverse("wagtailsnippets_question_bank_questiontheme:list")


def theme_form(element="hope", title="Drømmer og ønsker", questions=("Hva drømmer du om?",), **extra):
    return nested_form_data(
        {
            "element": element,
            "collection": "question_bank",
            "title": title,
            "when_relevant": "Når personen er klar for å se fremover.",
            "sort_order": "40",
            "questions": inline_formset(
                [{"text": text, "kind": "conversation", "audience": ""} for text in questions]
            ),
            **extra,
        }
    )


def test_editor_creates_a_theme_with_its_questions(admin_client):
    data = theme_form(questions=["Hva drømmer du om?", "Hva vil du oppleve mer av?"])
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL + "?locale=nb", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    theme = QuestionTheme.objects.get(title="Drømmer og ønsker")
    assert theme.live
    assert theme.locale.language_code == "nb"
    assert [q.text for q in theme.questions.all()] == ["Hva drømmer du om?", "Hva vil du oppleve mer av?"]
    assert {q.locale_id for q in theme.questions.all()} == {theme.locale_id}
    assert theme.revisions.count() == 1


def test_saving_a_draft_keeps_the_theme_off_the_site(admin_client):
    response = admin_client.post(ADD_URL + "?locale=nb", theme_form())
    assert response.status_code == 302
    theme = QuestionTheme.objects.get(title="Drømmer og ønsker")
    assert not theme.live


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"questions-0-text": ""}, "questions-0-text"),
        ({"element": "courage"}, "element"),
        ({"title": ""}, "title"),
    ],
)
def test_bad_input_is_a_form_error_and_saves_nothing(admin_client, changes, field):
    data = theme_form()
    data.update(changes)
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL + "?locale=nb", data)
    assert response.status_code == 200
    assert QuestionTheme.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".error-message, .w-field__errors, [id$='-errors']"), "no error shown"
    # What the editor typed is still in the form.
    assert "Drømmer og ønsker" in response.content.decode() or field == "title"


def test_theme_needs_at_least_one_question(admin_client):
    data = theme_form(questions=[])
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL + "?locale=nb", data)
    assert response.status_code == 200
    assert QuestionTheme.objects.count() == 0


def test_listing_filters_and_searches(admin_client):
    make_theme(element="hope", title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    make_theme(element="meaning", title="Hverdagsaktiviteter", questions=["Hva gir dagene mening?"])

    def titles(params):
        response = admin_client.get(INDEX_URL, params)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        return {a.get_text(strip=True) for a in soup.select(".title-wrapper > a")}

    assert titles({"element": "meaning"}) == {"Hverdagsaktiviteter"}
    assert titles({"q": "dagene"}) == {"Hverdagsaktiviteter"}
    assert titles({"translation": "missing"}) == {"Tro på fremtiden", "Hverdagsaktiviteter"}
    assert titles({"translation": "complete"}) == set()
    assert titles({"live": "false"}) == set()


def test_preview_shows_the_theme_as_the_public_sees_it(admin_client):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    url = reverse("wagtailsnippets_question_bank_questiontheme:preview_on_edit", args=[theme.pk])
    data = theme_form(title="Tro på fremtiden (ny)", questions=["Hva gir deg håp i dag?"])
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "nb"
    assert soup.find("h1").get_text(strip=True) == "Tro på fremtiden (ny)"
    assert "Hva gir deg håp i dag?" in soup.get_text()


@pytest.mark.parametrize(
    "group_name, may_publish", [("Editors", False), ("Moderators", True)], ids=["editor", "moderator"]
)
def test_wagtails_editorial_groups_work_on_the_question_bank(client, group_name, may_publish):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.permissions import policy_registry

    user = get_user_model().objects.create_user(f"user-{group_name}", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    assert client.get(reverse("wagtailsnippets_question_bank_questiontheme:add")).status_code == 200
    policy = policy_registry.get_by_type(QuestionTheme)
    assert policy.user_has_permission(user, "publish") is may_publish
