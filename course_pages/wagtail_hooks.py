# Wagtail imports each app's ``wagtail_hooks``; the translators' hooks live with their rules.
from .translation import hooks  # noqa: F401
