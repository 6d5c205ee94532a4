"""The admin screens an editor, a moderator and a translator use, rendered with bokmål as
their admin language, show no English interface strings.

Each screen is rendered with the test client as each role; the test reads its visible text and
its aria-label, title, placeholder and tooltip attributes, takes out names and user content
(titles, usernames, the site's name, product names) and flags a string as English when it
holds a common English interface word (ENGLISH_WORDS — a word list, not a language model).

An English string is traced back to the catalogue whose English message it is. Strings from
wagtail.admin's server catalogue are translated in locale/wagtail_admin/ (its own developer
and test); until that catalogue is present, ``test_no_english_outside_wagtail_admin`` checks
every other source, and ``test_no_english_at_all`` is skipped. Once both are merged, the
second one holds the whole screen to the rule.

``python -m pytest tests/test_admin_screens_nb.py -s -k report`` prints the counts per screen.
"""

import json
import re
from functools import cache
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageLogEntry, TaskState
from wagtail.users.models import UserProfile

from course_pages.translation.demo import TranslationMemory

from .conftest import _publishing_on_save, _Quiet, make_theme, make_user, role_user

ROOT = Path(__file__).resolve().parent.parent
SITE_PACKAGES = Path(__import__("wagtail").__file__).parent.parent
WAGTAIL_ADMIN_CATALOGUE = ROOT / "locale" / "wagtail_admin" / "nb" / "LC_MESSAGES" / "django.po"

# Common words of English interface text that bokmål does not use (so no "for", "at", "by",
# "all", "side", "status", "filter", "type", "time", "send", "start", "be", "last", "men").
ENGLISH_WORDS = set(
    """
    about action actions add added after ago already an and any apply approval approve approved
    are available back been before block blocks can cancel change changed changes check choose
    clear close collapse collection collections comment comments compare confirm content continue
    copy create created current dashboard date delete deleted details document documents download
    draft edit edited editor editing email enter error errors expand explorer export file files
    find first found go group groups has have height help here hide history home how image images
    import in insert into is it items latest live loading locale locales lock locked log menu
    metrics more move my name new next no not notifications of on one only open or order ordering
    out page pages parent password please preview previous private privacy public publish published
    recent reject rejected remove reorder replace report reports request requested reset results
    revision revisions save saved saving schedule scheduled search select set settings should show
    sidebar site sites size snippet snippets sort-by sorry submit submitted success tags task tasks
    text the there these this title to today toggle unlock unpublish unpublished update updated
    upload uploaded usage used user users view views was what when which width will with workflow
    workflows write yes you your
    january february march june july october december monday tuesday wednesday thursday friday
    """.split()
)
NAMES = {
    "KBT",
    "Fagskole",
    "Wagtail",
    "CHIME",
    "API",
    "URL",
    "JSON",
    "CSV",
    "XLSX",
    "PDF",
    "Gravatar",
    "UTC",
}
ATTRIBUTES = ("aria-label", "title", "placeholder", "data-w-tooltip-content-value", "aria-description")
ROLES = ("editor", "moderator", "translator", "admin")  # admin: Settings → Workflows
TIME_ZONES = set(settings.WAGTAIL_USER_TIME_ZONES)


def words(text):
    return re.findall(r"[A-Za-zÆØÅæøåé'-]+", text)


def is_english(text, user_content):
    if text in TIME_ZONES:  # names, e.g. "America/New_York"
        return False
    for item in sorted(user_content, key=len, reverse=True):
        text = text.replace(item, " ")
    return any(word.lower().strip("'-") in ENGLISH_WORDS for word in words(text) if word not in NAMES)


def interface_strings(html):
    """The strings a person reads or hears on the page: text and the attributes read aloud or
    shown as tooltips; not scripts, styles or comments."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    strings = []
    for text in soup.find_all(string=True):
        if isinstance(text, Comment):
            continue
        text = " ".join(text.split())
        if text:
            strings.append(text)
    for tag in soup.find_all(True):
        for attribute in ATTRIBUTES:
            value = " ".join(str(tag.get(attribute, "")).split())
            if value:
                strings.append(value)
        if tag.name == "input" and tag.get("type") in ("submit", "button") and tag.get("value"):
            strings.append(tag["value"])
    return strings


@cache
def message_patterns():
    """(catalogue, regex) for every English message of the admin's catalogues, so a rendered
    text can be traced back to its message. A message is split at its tags and at placeholders
    that wrap markup (``%(link_start)s``), since each piece renders as a text of its own."""
    sources = {"wagtail.admin": SITE_PACKAGES / "wagtail/admin/locale/en/LC_MESSAGES/django.po"}
    for path in sorted(SITE_PACKAGES.glob("wagtail/**/locale/en/LC_MESSAGES/*.po")):
        label = ".".join(path.relative_to(SITE_PACKAGES).parts[:-4])
        if label == "wagtail.admin" and path.name == "django.po":
            continue
        sources[f"{label}:{path.stem}"] = path
    sources["wagtail_localize"] = SITE_PACKAGES / "wagtail_localize/locale/en/LC_MESSAGES/django.po"
    placeholder = r"%\(\w+\)[sd]|%[sd]|\{\w*\}|\{\{[^}]*\}\}"
    patterns = []
    for catalogue, path in sources.items():
        for entry in polib.pofile(str(path)):
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                fragments = re.split(r"<[^>]+>", msgid)
                # A placeholder may hold a link ("manage your %(account_link)s"): the text on
                # either side renders as a text of its own.
                fragments += [
                    chunk
                    for chunk in re.split(rf"<[^>]+>|{placeholder}", msgid)
                    if len(re.findall(r"[A-Za-z]+", chunk)) >= 2
                ]
                for fragment in fragments:
                    parts = re.split(placeholder, " ".join(fragment.split()))
                    if not re.search(r"[A-Za-z]{2}", "".join(parts)):
                        continue  # only placeholders: it would match any text
                    regex = ".+?".join(re.escape(part) for part in parts)
                    patterns.append((catalogue, re.compile(rf"^\s*{regex}\s*$", re.I)))
    return patterns


def source_of(text):
    """The catalogue whose English message ``text`` is, or None (data, or text not marked for
    translation)."""
    text = re.sub(r" - Wagtail$", "", text)  # the admin's <title> suffix
    # "History: <page title>": a message and a name joined by the template.
    candidates = [text, *re.split(r":\s+", text)]
    matches = [
        (regex, catalogue)
        for catalogue, regex in message_patterns()
        for part in candidates
        if regex.match(part)
    ]
    # A message without placeholders that matches is the source rather than one with them.
    exact = [catalogue for regex, catalogue in matches if ".+?" not in regex.pattern]
    found = exact or [catalogue for _, catalogue in matches]
    if not found:
        return None
    return "wagtail.admin" if "wagtail.admin" in found else found[0]


# The content and the people -------------------------------------------------------------


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Pages (one in moderation), a question theme, an image, a document, and one user per
    role with bokmål as admin language; made once for the module, rolled back after it."""
    from course_pages import demo as page_demo
    from course_pages.models import CourseIndexPage

    with django_db_blocker.unblock(), transaction.atomic():
        with _publishing_on_save():
            home = page_demo.load_home(TranslationMemory(), _Quiet())
        users = {role: role_user(role) for role in ROLES}
        for user in users.values():
            user.email = f"{user.username}@example.org"
            user.save()
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = "nb"
            profile.save()
        courses = CourseIndexPage(title="Kurs", slug="kurs")
        home.add_child(instance=courses)
        courses.save_revision(user=users["editor"]).publish()
        courses.title = "Kurs og opplæring"
        courses.save_revision(user=users["editor"], log_action=True)
        courses.get_workflow().start(courses, users["editor"])
        task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
        theme = make_theme()
        Image.objects.create(title="Håp", file=get_test_image_file())
        document = Document(title="Samtaleplan")
        document.file.save("samtaleplan.txt", ContentFile(b"Plan"), save=False)
        document.save()
        author = make_user("forfatter", "Editors", first_name="Kari", last_name="Nordmann")
        content = {
            "home": home,
            "page": Page.objects.get(pk=courses.pk).specific,
            "task_state": task_state,
            "theme": theme,
            "users": users,
            "user_content": user_content() | {author.get_full_name()},
        }
        with django_db_blocker.block():
            yield content
        transaction.set_rollback(True)


def user_content():
    """Names and text people wrote: they may be in any language."""
    from django.contrib.auth import get_user_model

    from question_bank.models import QuestionTheme

    content = {"KBT Fagskole"}
    for page in Page.objects.all():
        content |= {page.title, page.draft_title, page.slug}
    for theme in QuestionTheme.objects.all():
        content.add(theme.title)
    content |= set(Image.objects.values_list("title", flat=True))
    content |= set(Document.objects.values_list("title", flat=True))
    # What the history shows of deleted pages, e.g. Wagtail's "Welcome to your new Wagtail site!"
    content |= set(PageLogEntry.objects.values_list("label", flat=True))
    for user in get_user_model().objects.all():
        content |= {user.username, user.get_full_name(), user.email}
    return {item for item in content if item}


def screens(site):
    """(name, url, how to read the response): the screens of issue 13."""
    page, task_state = site["page"], site["task_state"]
    theme_urls = site["theme"].snippet_viewset
    return [
        ("dashboard", "/admin/", "html"),
        ("page explorer", f"/admin/pages/{site['home'].pk}/", "html"),
        ("page editor", f"/admin/pages/{page.pk}/edit/", "html"),
        ("page status panel", f"/admin/pages/{page.pk}/edit/", "status-panel"),
        ("page history", f"/admin/pages/{page.pk}/history/", "html"),
        (
            "request changes dialog",
            f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
            "modal",
        ),
        ("workflow report", "/admin/reports/workflow/", "html"),
        ("workflow tasks report", "/admin/reports/workflow_tasks/", "html"),
        ("settings: workflows", "/admin/workflows/list/", "html"),
        ("settings: workflow tasks", "/admin/workflows/tasks/index/", "html"),
        ("site history", "/admin/reports/site-history/", "html"),
        # The snippets listing: question themes are the site's only snippets (/admin/snippets/
        # redirects to their own menu).
        ("question bank listing", reverse(theme_urls.get_url_name("list")), "html"),
        ("image listing", "/admin/images/", "html"),
        ("document listing", "/admin/documents/", "html"),
        ("account", "/admin/account/", "html"),
        ("page search", "/admin/pages/search/?q=kurs", "html"),
        # Superusers only; without a queue (as here) it says that jobs run at once.
        ("failed jobs report", "/admin/reports/failed-jobs/", "html"),
    ]


SCREEN_NAMES = [
    "dashboard",
    "page explorer",
    "page editor",
    "page status panel",
    "page history",
    "request changes dialog",
    "workflow report",
    "workflow tasks report",
    "settings: workflows",
    "settings: workflow tasks",
    "site history",
    "question bank listing",
    "image listing",
    "document listing",
    "account",
    "page search",
    "failed jobs report",
]


def render(client, site, role, screen):
    """The screen's interface strings as ``role`` sees them, or None when the role may not
    open it (Wagtail refuses or redirects)."""
    client.force_login(site["users"][role])
    _, url, kind = next(item for item in screens(site) if item[0] == screen)
    response = client.get(url)
    if response.status_code in (302, 403):
        return None
    assert response.status_code == 200, (screen, role, response.status_code)
    html = response.content.decode()
    if kind == "modal":
        html = json.loads(html)["html"]
    elif kind == "status-panel":
        soup = BeautifulSoup(html, "html.parser")
        panel = soup.select_one('[data-side-panel="status"]')
        assert panel is not None, "the editor has a status side panel"
        html = str(panel)
    return interface_strings(html)


def english_strings(strings, site):
    return [text for text in strings if is_english(text, site["user_content"])]


# The tests --------------------------------------------------------------------------------


def test_the_word_list_tells_english_from_bokmal():
    content = {"Recovery in practice"}
    assert is_english("Save draft", content)
    assert is_english("Available in 2 locales", content)
    assert is_english("Send inn til Moderators approval", content)
    assert not is_english("Lagre utkast", content)
    assert not is_english("Send til godkjenning for side «Recovery in practice»", content)
    assert not is_english("Status: publisert, for alle, at 30. november 2026", content)


def test_english_strings_are_traced_to_their_catalogue():
    assert source_of("Recovery in practice") is None  # content
    assert source_of("Sorry, no pages match") == "wagtail.admin"
    assert source_of("Are you sure you want to delete this locale?") == "wagtail.locales:django"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("screen", SCREEN_NAMES)
def test_no_english_outside_wagtail_admin(client, site, db, role, screen):
    """Every English string on the screen is one of wagtail.admin's server messages (another
    catalogue's work); ours, Wagtail's other apps', wagtail-localize's and data show none."""
    strings = render(client, site, role, screen)
    if strings is None:
        pytest.skip(f"{role} may not open {screen}")
    assert strings
    english = [text for text in english_strings(strings, site) if source_of(text) != "wagtail.admin"]
    assert english == []


@pytest.mark.skipif(
    not WAGTAIL_ADMIN_CATALOGUE.exists(),
    reason="wagtail.admin's nb catalogue (locale/wagtail_admin) is not merged yet",
)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("screen", SCREEN_NAMES)
def test_no_english_at_all(client, site, db, role, screen):
    strings = render(client, site, role, screen)
    if strings is None:
        pytest.skip(f"{role} may not open {screen}")
    assert english_strings(strings, site) == []


def test_report(client, site, db, capsys):
    """Prints, per screen and role, how many interface strings it has, how many are English,
    and how many of those wagtail.admin's catalogue is to translate; fails when a screen is
    open to none of the roles (then the tests above would skip it silently)."""
    lines = []
    opened = set()
    for screen in SCREEN_NAMES:
        for role in ROLES:
            strings = render(client, site, role, screen)
            if strings is None:
                lines.append(f"{screen:26} {role:10} (not allowed)")
                continue
            opened.add(screen)
            english = english_strings(strings, site)
            from_admin = [text for text in english if source_of(text) == "wagtail.admin"]
            lines.append(
                f"{screen:26} {role:10} strings={len(strings):4} english={len(english):3} "
                f"(wagtail.admin {len(from_admin)}) {sorted(set(english))[:8]}"
            )
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert opened == set(SCREEN_NAMES)
