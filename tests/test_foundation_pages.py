"""The front page per locale, the language switch, hreflang and the 404 page."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import StringTranslation, Translation


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_root_redirects_to_a_language(client, home_pages):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "path, lang, heading",
    [
        ("/nb/", "nb", "Om nettstedet"),
        ("/en/", "en", "About this site"),
    ],
)
def test_home_renders_in_its_language(client, home_pages, path, lang, heading):
    response = client.get(path)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == lang
    assert soup.find("h2").get_text(strip=True) == heading
    assert len(soup.find_all("h1")) == 1
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert alternates == {
        "nb": "http://testserver/nb/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/nb/",
    }


def test_language_switch_goes_to_the_twin_page(client, home_pages):
    soup = soup_of(client.get("/nb/"))
    switch = soup.find("nav", class_="language-switch")
    link = switch.find("a", hreflang="en")
    assert link["href"] == "/en/"
    assert link.get_text(strip=True) == "English"
    current = switch.find(attrs={"aria-current": "true"})
    assert current.get_text(strip=True) == "Norsk bokmål"


def test_english_home_is_a_wagtail_localize_translation(home_pages):
    nb_home, en_home = home_pages
    assert en_home.translation_key == nb_home.translation_key
    assert en_home.live
    translation = Translation.objects.get(source__object_id=nb_home.translation_key)
    assert translation.target_locale.language_code == "en"
    assert StringTranslation.objects.filter(data="About this site").exists()


@pytest.mark.parametrize(
    "path, lang, heading",
    [("/nb/finnes-ikke/", "nb", "Fant ikke siden"), ("/en/does-not-exist/", "en", "Page not found")],
)
def test_404_page_is_localized_without_a_trace(client, home_pages, path, lang, heading):
    response = client.get(path)
    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.html["lang"] == lang
    assert soup.find("h1").get_text(strip=True) == heading
    assert b"Traceback" not in response.content


@pytest.mark.parametrize("lang, heading", [("nb", "Noe gikk galt"), ("en", "Something went wrong")])
def test_500_page_is_localized_without_a_trace(client, settings, lang, heading):
    settings.ROOT_URLCONF = "tests.urls_raising"
    client.raise_request_exception = False
    response = client.get(f"/{lang}/failing/")
    assert response.status_code == 500
    soup = soup_of(response)
    assert soup.html["lang"] == lang
    assert soup.find("h1").get_text(strip=True) == heading
    assert b"RuntimeError" not in response.content


@pytest.mark.parametrize("with_alias", [False, True], ids=["untranslated", "alias-only"])
def test_switch_offers_the_nearest_translated_page_when_this_one_is_not_translated(
    client, course, make_lesson, with_alias
):
    """An alias made by locale sync shows the Norwegian text under an English URL: it is not
    a translation, so the switch and the hreflang links pass it by."""
    from wagtail.models import Locale

    lesson = make_lesson([], title=("Bare norsk", "Only Norwegian"))
    en = Locale.objects.get(language_code="en")
    if with_alias:
        alias = lesson.copy_for_translation(en, alias=True)
        assert alias.live and alias.alias_of_id == lesson.pk
    soup = soup_of(client.get(lesson.url))
    link = soup.find("nav", class_="language-switch").find("a", hreflang="en")
    assert link["href"] == course.get_translation(en).url
    note = link.find_next_sibling(class_="language-switch__note").get_text()
    assert "ikke oversatt ennå" in note  # the Norwegian page's own words
    hreflangs = {tag.get("hreflang") for tag in soup.find_all("link", rel="alternate")}
    assert "en" not in hreflangs
