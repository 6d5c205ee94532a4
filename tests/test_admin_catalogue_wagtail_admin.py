"""wagtail.admin's server messages are complete and correct in Norwegian bokmål.

Wagtail 8.0.1's own nb catalogue translates 396 of wagtail.admin's 902 messages and has faults
("Avpublisér", "Lagre Kladd", "Godkjenn og Publiser"), so locale/wagtail_admin/nb/ holds a complete
catalogue of ours, found through LOCALE_PATHS before Wagtail's. These tests list what is missing
after a Wagtail upgrade, check that every translation keeps its msgid's placeholders and the
terms of the glossary in README.md ("Norsk terminologi i administrasjonen"), and that staff with
the Norwegian admin see the translations on the screens they use.
"""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext, pgettext

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "wagtail_admin" / "nb" / "LC_MESSAGES" / "django.po"
WAGTAIL_ADMIN = Path(__import__("wagtail.admin").admin.__file__).parent
TEMPLATE = WAGTAIL_ADMIN / "locale" / "en" / "LC_MESSAGES" / "django.po"

# printf-style (%(name)s, %s, %d) and str.format-style ({name}) placeholders
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")

# Terms a translation must not use, with the glossary's term to use instead.
NOT_OUR_TERMS = {
    r"\bkladd": "utkast (draft)",
    r"\bsnippets?\b": "snutt (snippet)",
    r"\blokalitet": "språk (locale)",
    r"\bmerkelapp|\btagg(?:er)?\b": "stikkord (tag)",
    r"\bmodererings": "godkjenning (moderation)",
    r"\bforeldreside|\bforelder": "overordnet side (parent page)",
    r"\bRedigér|\bPublisér|\bAvpublisér|\bKopiér|\bOppdatér": "no accent on imperatives (Rediger, Publiser)",
    r"[a-zæøå] Side\b": '"side" mid-sentence, not "Side"',
}


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _translations(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


@pytest.fixture(scope="module")
def ours():
    return polib.pofile(str(CATALOGUE))


def test_every_wagtail_admin_message_has_a_norwegian_translation(ours):
    theirs = polib.pofile(str(TEMPLATE))
    translated = {_key(entry) for entry in ours.translated_entries() if all(_translations(entry))}
    missing = [
        f"{entry.msgctxt or ''}|{entry.msgid}"
        for entry in theirs
        if entry.msgid and _key(entry) not in translated
    ]
    assert len(theirs) > 800
    assert ours.fuzzy_entries() == []
    assert missing == [], "translate these in locale/wagtail_admin/nb/LC_MESSAGES/django.po"


def test_nb_catalogue_has_two_plural_forms(ours):
    assert ours.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert all(len(entry.msgstr_plural) == 2 for entry in ours if entry.msgid_plural)


def test_translations_keep_the_placeholders_of_their_source(ours):
    """A lost or misspelt placeholder raises KeyError when Wagtail fills in the message."""
    wrong = []
    for entry in ours:
        if entry.msgid_plural:
            singular, plural = _translations(entry)
            source_plural = sorted(PLACEHOLDER.findall(entry.msgid_plural))
            # "1 side" for "1 page": the singular may leave out the count, nothing else.
            in_singular = set(PLACEHOLDER.findall(singular))
            if sorted(PLACEHOLDER.findall(plural)) != source_plural or not (
                set(PLACEHOLDER.findall(entry.msgid)) <= in_singular <= set(source_plural)
            ):
                wrong.append(entry.msgid)
        elif sorted(PLACEHOLDER.findall(entry.msgstr)) != sorted(PLACEHOLDER.findall(entry.msgid)):
            wrong.append(entry.msgid)
    assert wrong == []


def test_translations_keep_the_html_of_their_source(ours):
    tags = re.compile(r"</?[a-z]+[^>]*>")
    wrong = [
        entry.msgid
        for entry in ours
        for text in _translations(entry)
        if sorted(tags.findall(text)) != sorted(tags.findall(entry.msgid_plural or entry.msgid))
        and sorted(tags.findall(text)) != sorted(tags.findall(entry.msgid))
    ]
    assert wrong == []


def test_translations_use_the_glossary_and_norwegian_quotes(ours):
    wrong = []
    for entry in ours:
        for text in _translations(entry):
            for pattern, term in NOT_OUR_TERMS.items():
                if re.search(pattern, text, flags=re.IGNORECASE if pattern.islower() else 0):
                    wrong.append((entry.msgid, text, term))
            # a quoted name is «…», as in the rest of the site; quotes inside HTML attributes stay
            if re.search(r"(?<!=)[\"'“”]%\(\w+\)s", text):
                wrong.append((entry.msgid, text, "«» quotes"))
    assert wrong == []


def test_compiled_catalogue_matches_its_source():
    def pairs(catalogue):
        return {(_key(entry), tuple(_translations(entry))) for entry in catalogue if entry.msgid}

    source = polib.pofile(str(CATALOGUE))
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))
    assert pairs(compiled) == pairs(source)


@pytest.mark.parametrize(
    ("message", "norwegian"),
    [
        # untranslated in Wagtail's nb catalogue
        ("Help", "Hjelp"),
        ("Toggle sidebar", "Vis/skjul sidemenyen"),
        ("Set schedule", "Lag tidsplan"),
        ("Go-live:", "Publiseres:"),
        ("Preview in new tab", "Forhåndsvis i ny fane"),
        ("Content metrics", "Innholdsmål"),
        ("Filter by", "Filtrer på"),
        ("Locale", "Språk"),
        # wrong in Wagtail's nb catalogue
        ("Unpublish", "Avpubliser"),
        ("Save Draft", "Lagre utkast"),
        ("Update", "Oppdater"),
        ("Edit this page", "Rediger denne siden"),
    ],
)
def test_django_finds_our_translation_before_wagtails(message, norwegian):
    with translation.override("nb"):
        assert gettext(message) == norwegian


# Messages are looked up through variables, so that `make messages` does not copy Wagtail's
# messages into our own catalogues.
DELETE_PAGES = ("Delete 1 page", "Delete %(counter)s pages")


def test_plural_messages_follow_the_count():
    with translation.override("nb"):
        assert ngettext(*DELETE_PAGES, 1) == "Slett 1 side"
        assert ngettext(*DELETE_PAGES, 3) % {"counter": 3} == "Slett 3 sider"
        # an unknown context falls back to the message itself, not to another translation
        context, message = "no such context", "Help"
        assert pgettext(context, message) == "Help"


# The screens staff use most, as each role with the Norwegian admin ------------------------------


def _visible_texts(html):
    """The strings a person sees or hears: text nodes, aria-labels, titles and placeholders."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    texts = set(soup.stripped_strings)
    for tag in soup.find_all(True):
        texts.update(tag[name].strip() for name in ("aria-label", "title", "placeholder") if tag.get(name))
    return texts


@pytest.fixture(scope="module")
def english_admin_messages():
    """wagtail.admin's English messages that read differently in Norwegian, less those that are
    also Wagtail core's (a model's or field's verbose name, translated in locale/wagtail)."""
    core = WAGTAIL_ADMIN.parent / "locale" / "en" / "LC_MESSAGES" / "django.po"
    core_messages = {entry.msgid.lower() for entry in polib.pofile(str(core))}
    with translation.override("nb"):
        return {
            entry.msgid
            for entry in polib.pofile(str(TEMPLATE))
            if not entry.msgid_plural
            and gettext(entry.msgid) != entry.msgid
            and entry.msgid.lower() not in core_messages
        }


def _in_norwegian(user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nb"
    profile.save()
    return user


@pytest.fixture
def page_in_moderation(home_pages):
    """The Norwegian home page, submitted by an editor to the default moderation workflow."""
    from .conftest import make_user, role_user

    nb_home, _ = home_pages
    people = {
        "editor": _in_norwegian(role_user("editor")),
        "moderator": _in_norwegian(make_user("moderator", "Moderators")),
        "admin": _in_norwegian(role_user("admin")),
    }
    nb_home.save_revision(user=people["editor"])
    nb_home.get_workflow().start(nb_home, people["editor"])
    nb_home.refresh_from_db()
    return nb_home, people


SCREENS = {
    # screen: (role, URL maker, Norwegian strings of ours that must be there)
    "page editor": (
        "editor",
        lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ["Ingen tidsplan for publisering", "Forhåndsvis i ny fane", "Innholdsmål", "Sidens synlighet:"],
    ),
    "page editor, reviewing": (
        "moderator",
        lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ["Lagre utkast", "Godkjenn og publiser", "Lag tidsplan", "Handlinger"],
    ),
    "dashboard": (
        "moderator",
        lambda page: reverse("wagtailadmin_home"),
        ["Venter på din gjennomgang", "Oversikt over nettstedet"],
    ),
    "workflow report": (
        "moderator",
        lambda page: reverse("wagtailadmin_reports:workflow"),
        ["Side/snutt", "Etter oppgave", "Filtrer på"],
    ),
    "settings, workflows": (
        "admin",
        lambda page: reverse("wagtailadmin_workflows:index"),
        ["Legg til en arbeidsflyt", "Vis deaktiverte", "Trinn 1"],
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("screen", SCREENS)
def test_screen_shows_wagtail_admin_messages_in_norwegian(
    client, page_in_moderation, english_admin_messages, screen
):
    page, people = page_in_moderation
    role, url, expected = SCREENS[screen]
    client.force_login(people[role])
    response = client.get(url(page))
    assert response.status_code == 200
    texts = _visible_texts(response.content.decode())
    assert [text for text in expected if text not in texts] == []
    assert sorted(texts & english_admin_messages) == []


def test_canary_wagtail_hard_codes_the_slim_header_actions_label():
    """site/templates/wagtailadmin/shared/headers/_actions.html translates the label of the
    header's action buttons, which Wagtail 8.0.1 writes in English. When this fails, Wagtail
    has changed its template: compare, and drop our copy if upstream now translates it."""
    upstream = WAGTAIL_ADMIN / "templates" / "wagtailadmin" / "shared" / "headers" / "_actions.html"
    assert 'aria-label="Actions"' in upstream.read_text()
    ours = ROOT / "site" / "templates" / "wagtailadmin" / "shared" / "headers" / "_actions.html"
    assert ours.read_text().split("{# Actions divider #}")[1] == upstream.read_text().split(
        "{# Actions divider #}"
    )[1].replace('aria-label="Actions"', "aria-label=\"{% trans 'Actions' %}\"")


def test_admin_times_read_in_norwegian():
    """The workflow status ("Sendt til … 3 minutter siden") uses Django's naturaltime."""
    from datetime import timedelta

    from django.template import Context, Template
    from django.utils import timezone

    template = Template("{% load wagtailadmin_tags %}{{ when|naturaltime }}")
    with translation.override("nb"):
        shown = template.render(Context({"when": timezone.now() - timedelta(minutes=3, seconds=5)}))
    assert shown.replace("\xa0", " ") == "3 minutter siden"


@pytest.mark.django_db
def test_moderators_notification_email_is_in_norwegian(home_pages, mailoutbox, english_admin_messages):
    from .conftest import make_user

    nb_home, _ = home_pages
    editor = _in_norwegian(make_user("redaktor", "Editors", email="redaktor@example.org"))
    _in_norwegian(make_user("moderator", "Moderators", email="moderator@example.org"))
    nb_home.save_revision(user=editor)
    nb_home.get_workflow().start(nb_home, editor)

    to_moderator = [message for message in mailoutbox if message.to == ["moderator@example.org"]]
    assert to_moderator
    for message in to_moderator:
        assert message.subject.startswith(f"Siden «{nb_home.title}» er sendt ")
        lines = {line.strip() for line in message.body.splitlines() if line.strip()}
        assert "Hei, moderator!" in lines
        assert sorted(lines & english_admin_messages) == []
        assert not [line for line in lines if line.startswith(("The page", "You can", "Edit your"))]
