"""Builds the demo page tree in Norwegian and translates it into English."""

from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from kbt.demo_translation import translate

from .demo_content import home as home_content
from .models import HomePage


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def stream(memory, blocks):
    """Turn demo body tuples into StreamField data, remembering each text pair."""
    data = []
    for block_type, value in blocks:
        if block_type == "heading":
            data.append(("heading", memory.add(value)))
        elif block_type == "text":
            data.append(("text", paragraphs([memory.add(value)])))
        else:
            raise ValueError(f"Unknown demo block type {block_type!r}")
    return data


def load_home(memory, stdout):
    """The nb home page becomes the default site's root; its en twin is a translation."""
    nb = Locale.objects.get(language_code="nb")
    home = HomePage.objects.filter(locale=nb).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=memory.add(home_content.TITLE),
            slug=memory.add(home_content.SLUG),
            locale=nb,
            intro=paragraphs([memory.add(home_content.INTRO)]),
            body=stream(memory, home_content.BODY),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        welcome = site.root_page if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = "KBT Fagskole"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page has served its purpose.
        if welcome is not None and welcome.specific_class is Page and welcome.depth == 2:
            welcome.delete()
        stdout.write("Created the Norwegian home page.")
    else:
        memory.add(home_content.TITLE)
        memory.add(home_content.SLUG)
        memory.add(home_content.INTRO)
        stream(memory, home_content.BODY)
    for locale in Locale.objects.exclude(pk=nb.pk):
        if locale.language_code == "en":
            translate(home, memory, "en")
    return home
