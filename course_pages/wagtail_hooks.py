from wagtail import hooks

# Wagtail imports each app's ``wagtail_hooks``; the translators' hooks live with their rules.
from .caching import mark_served_page
from .translation import hooks as translation_hooks  # noqa: F401

# The page cache stores only the responses of pages served by wagtail_serve: see caching.py.
hooks.register("before_serve_page", mark_served_page)
