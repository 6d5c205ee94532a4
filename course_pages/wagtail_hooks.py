from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# The report of failed background jobs lives with the jobs (kbt is no app of its own).
from kbt import failed_jobs  # noqa: F401

from .caching import mark_served_page
from .site_settings import ContactDetails
from .snippets import ContactsViewSetGroup, ConversationSetViewSet

# Wagtail imports each app's ``wagtail_hooks``; the translators' hooks live with their rules.
from .translation import hooks as translation_hooks  # noqa: F401

# The page cache stores only the responses of pages served by wagtail_serve: see caching.py.
hooks.register("before_serve_page", mark_served_page)

register_snippet(ContactsViewSetGroup)
register_snippet(ConversationSetViewSet)


class ContactDetailsViewSet(SnippetViewSet):
    """The footer's contact details, one per language (site settings point to them)."""

    model = ContactDetails
    icon = "mail"
    menu_label = _("Contact details")
    add_to_settings_menu = True
    list_display = ["organisation_name", "opening_hours"]
    search_fields = ["organisation_name", "address"]


register_snippet(ContactDetailsViewSet)
