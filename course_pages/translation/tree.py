"""A translated tree follows its source's shape and order: the one rule, in one place.

Every translation (or alias) of a Norwegian page sits under the translation of the Norwegian
page's parent, in the same order among its translated siblings. wagtail-localize and Wagtail
do not keep this:

- translations are added as the last child, so they keep the order they were translated in
  (wagtail-localize issue 84);
- moving or reordering a Norwegian page leaves its translations where they were
  (wagtail-localize issue 469); the trees then differ, and the Locales screen's "Synchronise
  content from another locale" answers 500 "Page with this Translation key and Locale already
  exists" for a new language (wagtail-localize issue 906: ``synctree.PageIndex`` walks pages
  of every locale and meets the moved page under its translation's old parent first).

``mirror_position`` puts the translations back in place; the views run it after translating
or syncing, and ``follow_source_move`` after every move of a Norwegian page (the move and
bulk move views and the explorer's drag-and-drop reordering all send ``post_page_move``).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronizationModelForm

from .permissions import is_source_locale


def _place_for(translation, source_parent, earlier_keys):
    """Where ``translation`` belongs: ``(target, pos)`` for ``MovePageAction``, ``None`` when
    it is already there or its parent is not translated into its language."""
    parent = source_parent.get_translation_or_none(translation.locale)
    if parent is None:
        return None
    siblings = {
        page.translation_key: page
        for page in parent.get_children().filter(translation_key__in=earlier_keys).exclude(pk=translation.pk)
    }
    previous = next((siblings[key] for key in earlier_keys if key in siblings), None)
    if previous is not None:
        return None if translation.get_prev_sibling() == previous else (previous, "right")
    first = parent.get_first_child()
    if first is None:
        return parent, "first-child"
    return None if first == translation else (first, "left")


def mirror_position(source):
    """Move every translation and alias of ``source`` (a page in the source locale, nb) under
    the translation of ``source``'s parent, right after the translation of its nearest earlier
    sibling (first when there is none). A translation whose new parent is not translated,
    where its slug is taken, that holds a locked page, or that is live while its new parent is
    not stays where it is. Moves are logged as Wagtail's own
    ``wagtail.move``/``wagtail.reorder``, for the user of the admin request."""
    if source.depth <= 2 or not is_source_locale(source.locale_id):
        return
    source_parent = source.get_parent()
    earlier_keys = list(
        source_parent.get_children()
        .filter(path__lt=source.path)
        .order_by("-path")
        .values_list("translation_key", flat=True)
    )
    for translation in Page.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
        place = _place_for(translation, source_parent, earlier_keys)
        if place is None:
            continue
        target, pos = place
        new_parent = target if pos == "first-child" else target.get_parent()
        if not Page._slug_is_available(translation.slug, new_parent, page=translation):
            continue
        if translation.live and not new_parent.live:
            # A live page under a draft parent would vanish from the public site: it follows
            # when that parent is published (follow_parent_publish).
            continue
        if translation.get_descendants(inclusive=True).filter(locked=True).exists():
            # Locked content is moved by nobody but its lock holder (permissions.locked_for);
            # the next sync puts it in place once it is unlocked.
            continue
        MovePageAction(translation, target, pos=pos).execute(skip_permission_checks=True)


def mirror_subtree(source):
    """``mirror_position`` for ``source`` and each of its descendants, parents first."""
    for page in source.get_descendants(inclusive=True).order_by("path"):
        mirror_position(page)


def follow_source_move(sender, instance, **kwargs):
    """``post_page_move`` receiver: a moved or reordered nb page takes its translations along."""
    mirror_position(instance)


def follow_parent_publish(sender, instance, **kwargs):
    """``page_published`` receiver: once a translation is published, the live translations
    that belong under it (and waited for it, see ``mirror_position``) move there."""
    if is_source_locale(instance.locale_id):
        return
    source = instance.get_translation_or_none(Locale.get_default())
    if source is not None:
        for child in source.get_children():
            mirror_position(child)


LOCALE_SYNC_REFUSAL = gettext_lazy(
    "Synchronising content from another language is turned off on this site: it would publish "
    "that language's text in this language's pages at once. Create this language's pages with "
    "“Translate this page” on the Norwegian home page, including its subpages."
)


class NoLocaleSynchronizationForm(LocaleSynchronizationModelForm):
    """The Locales screen's "Synchronise content from another locale", refused.

    wagtail-localize's ``synctree`` creates live aliases of every source page, whatever
    ``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE`` says (wagtail-localize issue 743), so
    Norwegian text goes live under /en/ or /nn/ without anyone publishing it. Languages are
    added by translating the Norwegian home page instead (README, "Adding Nynorsk").
    Installed as ``LocaleSynchronization.base_form_class`` by ``CoursePagesConfig.ready``."""

    def validate_with_locale(self, locale):
        raise ValidationError({"sync_from": LOCALE_SYNC_REFUSAL})
