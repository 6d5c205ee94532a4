"""Snippet screens' breadcrumbs in the user's language.

Wagtail 8.0.1's ``SnippetViewSet.breadcrumbs_items`` labels its "Home" and "Snippets" crumbs
with ``gettext``, not ``gettext_lazy``, and the viewset hands that list to its views once, at
start-up: every user then reads the language active at start-up ("Home" for a Norwegian
editor). No upstream issue found; tests/test_admin_language.py fails when Wagtail fixes or
changes it.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy
from wagtail.snippets.views.snippets import SnippetViewSet

WAGTAIL_BREADCRUMBS_ITEMS = SnippetViewSet.breadcrumbs_items


def _lazy_breadcrumbs_items(self):
    items = WAGTAIL_BREADCRUMBS_ITEMS.fget(self)
    lazy = [gettext_lazy("Home")]
    if getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False) or not self.get_menu_item_is_registered():
        lazy.append(gettext_lazy("Snippets"))
    return [{**item, "label": label} for item, label in zip(items, lazy, strict=False)] + items[len(lazy) :]


def install():
    SnippetViewSet.breadcrumbs_items = property(_lazy_breadcrumbs_items)
