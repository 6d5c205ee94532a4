from wagtail.snippets.models import register_snippet

# Wagtail imports each app's ``wagtail_hooks``; the translators' hooks live with their rules.
from .snippets import ContactsViewSetGroup
from .translation import hooks  # noqa: F401

register_snippet(ContactsViewSetGroup)
