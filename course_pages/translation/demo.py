"""Translate demo content the way a translator would: through wagtail-localize.

The demo data modules hold every text as a ``(norwegian, english)`` pair. For a source
object we start a wagtail-localize translation, fill each of its string segments from those
pairs, and publish the target. The result is a real translation that translators can open
and edit in wagtail-localize's editor, not a hand-made copy.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links

from .tree import mirror_position


class MissingDemoTranslation(Exception):
    pass


class TranslationMemory:
    """Norwegian → English pairs collected from the demo data modules."""

    def __init__(self):
        self._pairs = {}

    def add(self, pair):
        """Remember a ``(nb, en)`` pair and return the Norwegian text for building nb content."""
        nb, en = pair
        if nb:
            known = self._pairs.setdefault(nb, en)
            if known != en:
                raise ValueError(f"Two English texts for {nb!r}: {known!r} and {en!r}")
        return nb

    def lookup(self, nb):
        try:
            return self._pairs[nb]
        except KeyError:
            raise MissingDemoTranslation(f"No English text for {nb!r}") from None


def _is_valid_translation(string, data):
    """``StringTranslation.save``'s check (wagtail-localize), which sets ``has_error`` when not."""
    try:
        StringValue.from_translated_html(data)
        validate_translation_links(string.data, data)
    except ValueError:
        return False
    return True


def translate(instance, memory, language_code="en", publish=True, update=False):
    """Translate ``instance`` into ``language_code`` with wagtail-localize and publish it.

    Returns the translated instance. Does nothing when a live translation already exists, so
    running the demo loader again changes nothing — unless ``update``: then the existing
    translation is synced with the source's current content, as "Sync translated pages" does.
    Embedded snippets must be translated before the pages that embed them (wagtail-localize
    needs the target's related objects).

    Not wrapped in ``transaction.atomic``: ``save_target`` publishes on commit, and doing it
    inside an outer transaction corrupts the target tree's child counts (see DESIGN.md §7).
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None and getattr(existing, "live", True) and not update:
        return existing

    # What wagtail-localize's TranslationCreator does to start a translation, less its first
    # save_target: that one would create and publish the target in the source's words, to be
    # saved and published again at once below with the English filled in.
    if isinstance(instance, Page):
        instance = instance.specific
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    english = {
        (segment.string, segment.context): StringValue.from_plaintext(
            memory.lookup(StringValue(segment.string.data).render_text())
        ).data
        for segment in segments
    }
    if existing is None:
        # Nothing shows these strings yet (no target): new ones in one query, as
        # StringTranslation.save would store them (with its has_error check).
        present = set(
            StringTranslation.objects.filter(
                locale=locale, translation_of__in={string for string, _context in english}
            ).values_list("translation_of_id", "context_id")
        )
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of=string,
                    locale=locale,
                    context=context,
                    data=data,
                    has_error=not _is_valid_translation(string, data),
                )
                for (string, context), data in english.items()
                if (string.pk, context.pk) not in present
            ]
        )
        english = {key: data for key, data in english.items() if (key[0].pk, key[1].pk) in present}
    for (string, context), data in english.items():
        StringTranslation.objects.update_or_create(
            translation_of=string, locale=locale, context=context, defaults={"data": data}
        )
    translation.save_target(publish=publish)
    if isinstance(instance, Page):
        transaction.on_commit(lambda: mirror_position(instance))
    return instance.get_translation(locale)
