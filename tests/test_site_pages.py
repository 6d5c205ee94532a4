"""Standard pages (about, contact, accessibility statement, privacy), the site settings and
the footer built from them, in nb and en."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from course_pages.models import ContactDetails, HomePage, SearchPage, SiteSettings, SocialLink, StandardPage

from .conftest import make_user

pytestmark = pytest.mark.django_db

UUSTATUS = "https://uustatus.no/nb/erklaringer/publisert/00000000-0000-0000-0000-000000000000"


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def en(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def standard_page(home_pages, memory, translate_now):
    def make(title, slug, text=("", ""), body=()):
        nb_home, _ = home_pages
        page = StandardPage(
            title=memory.add(title),
            slug=memory.add(slug),
            intro=f"<p>{memory.add(text)}</p>" if text[0] else "",
            body=list(body),
        )
        nb_home.add_child(instance=page)
        page.save_revision().publish()
        translate_now(page)
        return StandardPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def site_settings(standard_page, memory, translate_now):
    """Settings of the default site with contact details in nb (translated to en) and the
    three footer pages."""
    contact = ContactDetails.objects.create(
        locale=Locale.objects.get(language_code="nb"),
        organisation_name=memory.add(("KBT Fagskole", "KBT Fagskole")),
        address=memory.add(("Eksempelgata 1, 0000 Eksempelby", "Eksempelgata 1, 0000 Eksempelby, Norway")),
        opening_hours=memory.add(("hverdager 08.00–15.30", "weekdays 8 am – 3.30 pm")),
    )
    translate_now(contact)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_details = contact
    settings.phone = "+47 12 34 56 78"
    settings.email = "post@example.org"
    settings.uustatus_url = UUSTATUS
    settings.contact_page = standard_page(("Kontakt oss", "Contact us"), ("kontakt", "contact"))
    settings.accessibility_page = standard_page(
        ("Tilgjengelighetserklæring", "Accessibility statement"),
        ("tilgjengelighetserklaering", "accessibility-statement"),
    )
    settings.privacy_page = standard_page(("Personvern", "Privacy"), ("personvern", "privacy"))
    settings.social_links = [SocialLink(service="linkedin", url="https://www.example.org/linkedin")]
    settings.save()
    return settings


def test_home_page_allows_the_new_page_types():
    assert {SearchPage, StandardPage} <= set(HomePage.allowed_subpage_models())
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert SearchPage.allowed_subpage_models() == []


def test_standard_page_renders_in_both_languages(standard_page, memory, client):
    body = [
        {"type": "heading", "value": memory.add(("Hva vi gjør", "What we do"))},
        {"type": "text", "value": f"<p>{memory.add(('Vi lager kurs.', 'We make courses.'))}</p>"},
    ]
    intro = ("Om fagskolen.", "About the college.")
    page = standard_page(("Om oss", "About us"), ("om-oss", "about"), intro, body)
    page.last_reviewed = "2026-11-02"
    page.save_revision().publish()
    assert [block.block_type for block in StandardPage.objects.get(pk=page.pk).body] == ["heading", "text"]

    soup = soup_of(client.get("/nb/om-oss/"))
    assert soup.find("h1").get_text(strip=True) == "Om oss"
    assert "Vi lager kurs." in soup.select_one(".body").get_text()
    assert soup.select_one(".page-reviewed time")["datetime"] == "2026-11-02"
    soup = soup_of(client.get("/en/about/"))
    assert soup.find("html")["lang"] == "en"
    assert soup.find("h1").get_text(strip=True) == "About us"
    assert soup.select_one(".lead").get_text(strip=True) == "About the college."
    assert "We make courses." in soup.select_one(".body").get_text()


def test_footer_shows_the_settings_in_the_readers_language(site_settings, client):
    for url, expected in (
        (
            "/nb/kontakt/",
            {
                "address": "Eksempelgata 1, 0000 Eksempelby",
                "hours": "(hverdager 08.00–15.30)",
                "pages": ["/nb/tilgjengelighetserklaering/", UUSTATUS, "/nb/personvern/"],
                "contact": "/nb/kontakt/",
            },
        ),
        (
            "/en/contact/",
            {
                "address": "Eksempelgata 1, 0000 Eksempelby, Norway",
                "hours": "(weekdays 8 am – 3.30 pm)",
                "pages": ["/en/accessibility-statement/", UUSTATUS, "/en/privacy/"],
                "contact": "/en/contact/",
            },
        ),
    ):
        footer = soup_of(client.get(url)).find("footer")
        assert footer.find("address").get_text(strip=True) == expected["address"]
        assert footer.select_one("a[href^='tel:']")["href"] == "tel:+4712345678"
        assert footer.select_one("a[href^='mailto:']").get_text(strip=True) == "post@example.org"
        assert expected["hours"] in footer.get_text()
        assert [a["href"] for a in footer.select(".site-footer__about ul:first-of-type a")] == expected[
            "pages"
        ]
        assert footer.select_one(".site-footer__contact p a")["href"] == expected["contact"]
        assert footer.select_one(".site-footer__social a")["href"] == "https://www.example.org/linkedin"
        assert {a["hreflang"] for a in footer.select(".site-footer__languages a")} == {"nb", "en"} - {
            url[1:3]
        }


def test_footer_shows_untranslated_contact_details_marked_norwegian(site_settings, client):
    ContactDetails.objects.filter(locale__language_code="en").delete()
    footer = soup_of(client.get("/en/contact/")).find("footer")
    contact = footer.select_one(".site-footer__contact")
    assert contact["lang"] == "nb"
    assert contact.find("address").get_text(strip=True) == "Eksempelgata 1, 0000 Eksempelby"
    # The interface around it stays English.
    assert contact.select_one(".site-footer__contact-list")["lang"] == "en"


def test_accessibility_statement_links_to_uustatus(site_settings, client):
    for url in ("/nb/tilgjengelighetserklaering/", "/en/accessibility-statement/"):
        main = soup_of(client.get(url)).find("main")
        assert main.select_one(f"a[href='{UUSTATUS}']") is not None
    assert soup_of(client.get("/nb/personvern/")).find("main").select_one(f"a[href='{UUSTATUS}']") is None


def settings_form(settings, **changes):
    data = {
        "contact_details": settings.contact_details_id,
        "phone": settings.phone,
        "email": settings.email,
        "uustatus_url": settings.uustatus_url,
        "contact_page": settings.contact_page_id,
        "accessibility_page": settings.accessibility_page_id,
        "privacy_page": settings.privacy_page_id,
        "social_links": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data({name: "" if value is None else value for name, value in data.items()})


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["course_pages", "sitesettings", site.pk])


def test_admin_edits_the_settings_of_each_site_and_the_footer_follows(site_settings, admin_client, client):
    default = Site.objects.get(is_default_site=True)
    other = Site.objects.create(hostname="other.example.org", root_page=default.root_page)
    client.get("/nb/kontakt/")  # the footer is cached now

    response = admin_client.post(edit_url(default), settings_form(site_settings, phone="+47 12 00 00 00"))
    assert response.status_code == 302
    assert SiteSettings.for_site(default).phone == "+47 12 00 00 00"
    assert "+47 12 00 00 00" in soup_of(client.get("/nb/kontakt/")).find("footer").get_text()

    other_settings = SiteSettings.for_site(other)
    response = admin_client.post(edit_url(other), settings_form(other_settings, phone="+47 13 00 00 00"))
    assert response.status_code == 302
    assert SiteSettings.for_site(other).phone == "+47 13 00 00 00"
    assert SiteSettings.for_site(default).phone == "+47 12 00 00 00"


def test_uustatus_address_must_be_on_uustatus(site_settings, admin_client):
    default = Site.objects.get(is_default_site=True)
    response = admin_client.post(
        edit_url(default), settings_form(site_settings, uustatus_url="https://example.org/")
    )
    assert response.status_code == 200
    assert "uustatus.no" in str(response.context["form"].errors["uustatus_url"])
    assert SiteSettings.for_site(default).uustatus_url == UUSTATUS


def test_editor_may_not_change_the_settings(site_settings, client):
    client.force_login(make_user("editor", "Editors"))
    default = Site.objects.get(is_default_site=True)
    response = client.post(edit_url(default), settings_form(site_settings, phone="+47 19 99 99 99"))
    assert response.status_code in (302, 403)
    assert SiteSettings.for_site(default).phone == "+47 12 34 56 78"


def test_footer_follows_a_page_being_unpublished(site_settings, client):
    assert client.get("/nb/kontakt/").content.count(b"/nb/personvern/") == 1
    Page.objects.get(pk=site_settings.privacy_page_id).unpublish()
    footer = soup_of(client.get("/nb/kontakt/")).find("footer")
    assert "/nb/personvern/" not in str(footer)
