"""Saving a translation's target: the one path every wagtail-localize entry point takes.

wagtail-localize writes a translation into its target page or snippet with
``Translation.save_target(user, publish)``: starting a translation (``TranslationCreator``,
also for the snippets a page embeds), "Sync translated pages" (``UpdateTranslationsView``)
and the translation editor's "Publish". Upstream (1.14.5) that method has three faults:

- It publishes whenever it is asked to, without asking whether ``user`` may publish the
  target: an editor's "Sync translated pages" with "Publish immediately" put English pages
  and themes live in the editor's name.
- Asked for a draft (``publish=False``) of a target that is already live, it writes the
  translated fields to the live page row, so the public sees them at once, and for a snippet
  it sets ``live = False``, taking the English theme offline (wagtail-localize issue 463,
  "Don't change the page state until the translated page is published", and issue 655).
  Starting the translation of a page that embeds an already translated theme did exactly
  that to the theme.
- What it publishes is published on commit with no user, so the audit log says nobody did it.

``save_target`` below replaces the method (installed once, from ``CoursePagesConfig.ready``).
Publishing needs ``permissions.can_publish_translation``. The translation of an existing
target is saved as a new revision only, as Wagtail's own editor saves a draft: the live row,
its ``live`` flag and its live revision stay as they were until that revision is published,
in the name of the user who did it. wagtail-localize itself still creates new targets (as
drafts) and turns aliases into translations.
"""

import json
from functools import partial

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationLog,
    post_save_string_translation,
)

from .permissions import can_publish_translation

_upstream_save_target = Translation.save_target


def save_draft_revision(translation, user=None):
    """Save the current state of ``translation`` (a wagtail-localize ``Translation``) as a new
    revision of its existing target, leaving what is live untouched. Strings not yet
    translated fall back to the source text. Returns the ``Revision``: the target's latest
    one, not a copy of it, when the content is the same.

    Raises ``django.core.exceptions.ValidationError`` when the translated content is invalid,
    after marking the strings or overrides at fault, as wagtail-localize does: its editor
    shows them, and the next save leaves them out.
    """
    source, locale = translation.source, translation.target_locale
    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    if isinstance(draft, Page):
        # As wagtail-localize does when it saves a page: a translated slug may be taken.
        draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    latest = draft.latest_revision
    if latest is not None and revision_content(draft.serializable_data()) == revision_content(latest.content):
        # Nothing new to save (a page's translation started again for the snippets it
        # embeds): a copy of the same content would only show as "changes not yet published".
        return latest
    try:
        return draft.save_revision(user=user)
    except ValidationError as error:
        mark_field_errors(source, locale, error)
        raise


# Fields a revision records that say where and when, not what the content is.
BOOKKEEPING_FIELDS = {
    "depth",
    "draft_title",
    "first_published_at",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision",
    "latest_revision_created_at",
    "live",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
    "numchild",
    "path",
    "url_path",
}


def revision_content(data):
    """``data`` (an instance's ``serializable_data()`` or a revision's ``content``) as JSON,
    without ``BOOKKEEPING_FIELDS``: equal for two revisions of the same content."""
    content = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    return {key: value for key, value in content.items() if key not in BOOKKEEPING_FIELDS}


def mark_field_errors(source, locale, error):
    """Set the messages of ``error`` (a ``ValidationError`` by field name) on the
    ``locale`` string translations and overrides of those fields of ``source``, as
    ``TranslationSource.create_or_update_translation`` does upstream."""
    for field_name, messages in getattr(error, "error_dict", {}).items():
        context = TranslationContext.objects.filter(object=source.object, path=field_name).first()
        if context is None:
            continue
        strings = StringTranslation.objects.filter(
            translation_of_id__in=StringSegment.objects.filter(source=source).values("string_id"),
            context=context,
            locale=locale,
        )
        overrides = SegmentOverride.objects.filter(context=context, locale=locale)
        for marked in [*strings, *overrides]:
            marked.set_field_error(messages)


def save_target(self, user=None, publish=True):
    """``Translation.save_target(user=None, publish=True)`` with the rules above. ``user`` is
    None for work done by the system (the demo loader), which may publish.

    Raises what upstream raises: ``ValidationError`` for invalid translated content,
    ``SourceDeletedError`` when the source is gone.
    """
    source = self.source.get_source_instance()
    target = source.get_translation_or_none(self.target_locale)
    if not isinstance(target or source, DraftStateMixin):
        # A model without drafts can only be saved live; wagtail-localize does that.
        _upstream_save_target(self, user=user, publish=True)
        return
    if target is not None and not (isinstance(target, Page) and target.alias_of_id):
        revision = save_draft_revision(self, user)
        if isinstance(target, Page):
            self.source.update_target_view_restrictions(self.target_locale)
        TranslationLog.objects.create(source=self.source, locale=self.target_locale, revision=revision)
    else:
        _upstream_save_target(self, user=user, publish=False)
        revision = source.get_translation(self.target_locale).latest_revision
    already_live = target is not None and revision.pk == getattr(target, "live_revision_id", None)
    if publish and not already_live and can_publish_translation(user, source, self.target_locale):
        # On commit, as wagtail-localize does: publishing inside the caller's transaction
        # corrupts the target tree's child counts (DESIGN.md §7).
        transaction.on_commit(partial(revision.publish, user=user))


def update_draft_title(sender, instance, **kwargs):
    """``post_save`` receiver for ``StringTranslation``, in place of wagtail-localize's
    ``post_save_string_translation``: a translated title becomes the page's ``draft_title``
    (shown in the admin's page listings), cut to the column's length. Upstream writes it whole,
    and PostgreSQL refuses a title longer than 255 characters: the translator's save, and
    marking that very string as invalid, answered 500."""
    if instance.context.path == "title":
        max_length = Page._meta.get_field("draft_title").max_length
        Page.objects.filter(translation_key=instance.context.object_id, locale_id=instance.locale_id).update(
            draft_title=instance.data[:max_length]
        )


def install():
    """Replace wagtail-localize's ``Translation.save_target`` and its draft-title receiver
    with ours (idempotent)."""
    Translation.save_target = save_target
    post_save.disconnect(post_save_string_translation, sender=StringTranslation)
    post_save.connect(update_draft_title, sender=StringTranslation, dispatch_uid="kbt_update_draft_title")
