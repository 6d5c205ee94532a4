from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .site_settings import ContactDetails

# Wagtail imports each app's ``wagtail_hooks``; the translators' hooks live with their rules.
from .snippets import ContactsViewSetGroup
from .translation import hooks  # noqa: F401

register_snippet(ContactsViewSetGroup)


class ContactDetailsViewSet(SnippetViewSet):
    """The footer's contact details, one per language (site settings point to them)."""

    model = ContactDetails
    icon = "mail"
    menu_label = _("Contact details")
    add_to_settings_menu = True
    list_display = ["organisation_name", "opening_hours"]
    search_fields = ["organisation_name", "address"]


register_snippet(ContactDetailsViewSet)
