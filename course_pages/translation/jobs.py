"""Translation work done off the request (``kbt.jobs.enqueue``): "Translate this page" and
"Sync translated pages".

Translating a page also translates every question theme it embeds (wagtail-localize's
``TranslationCreator`` follows related objects), about a hundred queries a theme: a page
embedding 40 themes took 4,258 queries and about 3 s (37 s on a loaded machine) inside the
request. The views check the user's rights and enqueue one of these; the functions take
primary keys, as a worker reads the data when it runs. A source deleted, or a user deleted
or deactivated, before the job runs ends it with a log line, not an error: the job never acts
without the rights the request was checked for (``None`` would mean "the system", which may
publish everything).
"""

import contextlib
import logging

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object, translate_page_subtree

from .tree import mirror_position, mirror_subtree

logger = logging.getLogger(__name__)


def _user(user_id):
    """The active user ``user_id``, or None (logged) when there is none any more."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        logger.warning("User %s is gone or inactive: the translation job is not run.", user_id)
    return user


def translate_page(page_id, locale_ids, include_subtree, user_id):
    """Translate page ``page_id`` (with the snippets it embeds, and its subpages when
    ``include_subtree``) into the locales ``locale_ids`` as user ``user_id``, as
    wagtail-localize's "Translate this page" does, then put the translations in their
    source's place in each tree (``tree.py``)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        logger.warning("Page %s was deleted before it could be translated.", page_id)
        return
    user = _user(user_id)
    if user is None:
        return
    page = page.specific
    locales = list(Locale.objects.filter(pk__in=locale_ids))
    translate_object(page, locales, None, user)
    if include_subtree:
        translate_page_subtree(page.pk, locales, None, user)
    mirror = mirror_subtree if include_subtree else mirror_position
    # After the translations are saved and published (on commit, saving.py): the pages must
    # exist in their final state to be placed.
    transaction.on_commit(lambda: mirror(page))


@transaction.atomic
def sync_translations(translation_source_id, user_id, publish):
    """ "Sync translated pages" for ``translation_source_id``: read the source again and save
    every enabled translation's target, published when ``publish`` (``saving.save_target``
    still checks that the user may publish each), as wagtail-localize's
    ``UpdateTranslationsView`` does."""
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        logger.warning("Translation source %s was deleted before it could be synced.", translation_source_id)
        return
    user = _user(user_id)
    if user is None:
        return
    try:
        source.update_from_db()
    except ObjectDoesNotExist:
        # The page or snippet was deleted; its TranslationSource row outlives it.
        logger.warning(
            "The source of translation source %s was deleted before it could be synced.", source.pk
        )
        return
    translations = source.translations.filter(enabled=True).select_related("source", "target_locale")
    for translation in translations:
        # As upstream: a translation whose content does not validate keeps its last good state.
        with contextlib.suppress(ValidationError):
            if publish:
                translation.save_target(user=user, publish=True)
            else:
                translation.source.update_target_view_restrictions(translation.target_locale)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        transaction.on_commit(lambda: mirror_position(instance))
