"""Every message the admin can show from Wagtail's apps (server and JavaScript), django-taggit
and django-filter has a Norwegian translation: in our catalogue (locale/wagtail/nb), and in
what Django actually serves in nb.

One test per upstream catalogue, so a failure names it. wagtail.admin's server (django)
catalogue is checked by its own test next to locale/wagtail_admin/. After a Wagtail upgrade,
these list the new messages to translate into locale/wagtail/nb/LC_MESSAGES/*.po.
"""

import json
import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.users.models import UserProfile

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "locale" / "wagtail" / "nb" / "LC_MESSAGES"
SITE_PACKAGES = Path(__import__("wagtail").__file__).parent.parent

# (package directory, domain, language of the template): each app's own message template.
# django-filter ships no en catalogue; its German one lists every message as well.
CATALOGUES = [
    ("wagtail", "django", "en"),
    ("wagtail/admin", "djangojs", "en"),
    ("wagtail/contrib/forms", "django", "en"),
    ("wagtail/contrib/redirects", "django", "en"),
    ("wagtail/contrib/search_promotions", "django", "en"),
    ("wagtail/contrib/settings", "django", "en"),
    ("wagtail/contrib/table_block", "django", "en"),
    ("wagtail/contrib/typed_table_block", "django", "en"),
    ("wagtail/documents", "django", "en"),
    ("wagtail/embeds", "django", "en"),
    ("wagtail/images", "django", "en"),
    ("wagtail/locales", "django", "en"),
    ("wagtail/search", "django", "en"),
    ("wagtail/sites", "django", "en"),
    ("wagtail/snippets", "django", "en"),
    ("wagtail/users", "django", "en"),
    ("taggit", "django", "en"),
    ("django_filters", "django", "de"),
]


def catalogue_id(catalogue):
    package, domain, _ = catalogue
    return f"{package.replace('/', '.')}:{domain}"


def template_entries(package, domain, language):
    path = SITE_PACKAGES / package / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]


def key(entry):
    return (entry.msgctxt, entry.msgid)


def describe(entry):
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


@pytest.fixture(scope="module")
def ours():
    return {domain: polib.pofile(str(OURS / f"{domain}.po")) for domain in ("django", "djangojs")}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=catalogue_id)
def test_every_message_has_a_norwegian_translation_in_our_catalogue(ours, catalogue):
    package, domain, language = catalogue
    theirs = template_entries(package, domain, language)
    translated = {key(entry): entry for entry in ours[domain].translated_entries()}
    assert not ours[domain].fuzzy_entries()
    missing = [describe(entry) for entry in theirs if key(entry) not in translated]
    assert theirs, f"no messages found for {package}"
    assert missing == [], f"{len(missing)} messages of {package} ({domain}) lack nb"
    lacking_plural = [
        describe(entry)
        for entry in theirs
        if entry.msgid_plural and not all(translated[key(entry)].msgstr_plural.get(i) for i in (0, 1))
    ]
    assert lacking_plural == []


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
TAG = re.compile(r"</?\w+[^>]*>")


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_translations_keep_placeholders_and_markup(ours, domain):
    """A lost ``%(title)s`` raises at display time; a changed tag breaks the admin's HTML."""
    faults = []
    for entry in ours[domain]:
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        wanted = set(PLACEHOLDER.findall(" ".join(sources)))
        for target in targets:
            found = set(PLACEHOLDER.findall(target))
            # A singular form may say "ett" instead of the count.
            if found - wanted or (not entry.msgid_plural and found != wanted):
                faults.append((entry.msgid, target))
            if sorted(TAG.findall(entry.msgid)) != sorted(TAG.findall(target)):
                faults.append((entry.msgid, target))
    assert faults == []


# Wrong strings in Wagtail's own nb catalogues that ours corrects; each must stay corrected.
CORRECTED = {
    "Unpublish": "Avpubliser",  # Wagtail: "Avpublisér"
    # Wagtail: "Tiittel på siden …"
    "The page title as you'd like it to be seen by the public": (
        "Sidens tittel slik du vil at publikum skal se den"
    ),
    "%(label)s and Publish": "%(label)s og publiser",  # title case
    "Save draft": "Lagre utkast",  # "kladd": the glossary says utkast
    "tagged items": "oppføringer med stikkord",  # "Taggede Elementer"
}


@pytest.mark.parametrize("msgid", CORRECTED)
def test_django_serves_our_corrections(msgid):
    with translation.override("nb"):
        assert translation.gettext(msgid) == CORRECTED[msgid]


@pytest.mark.parametrize("catalogue", [c for c in CATALOGUES if c[1] == "django"], ids=catalogue_id)
def test_django_serves_every_message_in_norwegian(catalogue):
    """What the admin renders: Django's merged nb catalogue (LOCALE_PATHS + apps)."""
    served = trans_real.translation("nb")._catalog
    missing = []
    for entry in template_entries(*catalogue):
        msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            if (msgid, 0) not in served or (msgid, 1) not in served:
                missing.append(describe(entry))
        elif msgid not in served:
            missing.append(describe(entry))
    assert missing == []


def test_admin_javascript_receives_every_message_in_norwegian(client, django_user_model):
    """The admin's JavaScript takes its strings from /admin/jsi18n/ (Django's
    JavaScriptCatalog for wagtail.admin, which also reads LOCALE_PATHS) in the user's language."""
    user = django_user_model.objects.create_superuser("nb-admin", password="x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nb"
    profile.save()
    client.force_login(user)
    response = client.get("/admin/jsi18n/")
    assert response.status_code == 200
    body = response.content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
    missing = [
        describe(entry)
        for entry in template_entries("wagtail/admin", "djangojs", "en")
        if (f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid) not in catalog
    ]
    assert missing == []
    assert catalog["Toggle sidebar"] == "Vis/skjul sidemenyen"
    assert catalog["%(num)s error"] == ["%(num)s feil", "%(num)s feil"]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_matches_its_source(ours, domain):
    """The .mo Django reads says what the .po says (run `make messages` after editing)."""
    compiled = polib.mofile(str(OURS / f"{domain}.mo"))
    source = {(e.msgctxt, e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in ours[domain]}
    built = {
        (e.msgctxt, e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in compiled if e.msgid
    }
    assert source == built
