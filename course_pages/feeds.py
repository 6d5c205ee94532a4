"""Atom and RSS feeds of a news index: one per language, since each language has its own
news index (``NewsIndexPage.atom_feed`` and ``rss_feed`` serve them)."""

import datetime
from html import unescape

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

FEED_ITEMS = 20


def plain_text(html):
    """Rich text as the plain text a feed item carries ("R&amp;D" becomes "R&D"; the feed
    escapes it again)."""
    return unescape(strip_tags(html)).strip()


class NewsFeed(Feed):
    """The newest ``FEED_ITEMS`` live articles of ``index``, in the index's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        # Django writes it as the feed's <language> (RSS) or xml:lang (Atom).
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        # Titles and descriptions of our own are in the feed's language, whatever the URL.
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return _("%(site)s: %(title)s") % {"site": _("KBT Fagskole"), "title": index.title}

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return plain_text(index.intro) or _("News from KBT Fagskole.")

    def items(self, index):
        return index.news().prefetch_related("tags")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(plain_text(item.intro)).words(60)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class RssNewsFeed(NewsFeed):
    feed_type = Rss201rev2Feed


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
