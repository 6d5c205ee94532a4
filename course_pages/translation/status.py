"""What is behind in translation, for the translators' dashboard panel.

Two kinds of "behind": a translation with strings not yet translated (new, or changed by a
sync), and a Norwegian page or theme published after its translations were last synced,
whose changes the translations do not show until someone syncs them.
"""

from collections import defaultdict

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, F, Func, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .permissions import can_edit


def untranslated_count():
    """A subquery for a ``Translation`` queryset: how many of its source's strings have no
    translation in its target locale (wagtail-localize's get_progress() costs a query per
    translation)."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    return (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(Exists(translated))
        .order_by()
        .annotate(count=Func(F("pk"), function="COUNT"))
        .values("count")
    )


def translations_behind():
    """Enabled translations with strings not yet translated, annotated with how many, in one
    query."""
    return (
        Translation.objects.filter(enabled=True)
        .annotate(untranslated=Subquery(untranslated_count()))
        .filter(untranslated__gt=0)
        .select_related("source", "target_locale", "source__locale")
        .order_by("-source__last_updated_at")
    )


def changed_since_sync(source, instance):
    """Was ``instance`` (the source object of the TranslationSource ``source``, or None)
    published after its translations were last synced, so that they do not show it yet?"""
    published = getattr(instance, "last_published_at", None)
    return published is not None and published > source.last_updated_at


def sources_changed_since_sync():
    """``(source, instance)`` for every translated Norwegian page or snippet published after
    its translation source was last brought up to date; a query per model, not per object."""
    groups = defaultdict(list)
    sources = TranslationSource.objects.filter(translations__enabled=True).distinct()
    for source in sources.select_related("specific_content_type"):
        model = source.specific_content_type.model_class()
        if model is not None and issubclass(model, DraftStateMixin):
            groups[(Page if issubclass(model, Page) else model, source.locale_id)].append(source)
    changed = []
    for (model, locale_id), group in groups.items():
        instances = model.objects.filter(
            locale_id=locale_id, translation_key__in=[source.object_id for source in group]
        )
        by_key = {instance.translation_key: instance for instance in instances}
        for source in group:
            instance = by_key.get(source.object_id)
            if changed_since_sync(source, instance):
                changed.append((source, instance))
    changed.sort(key=lambda pair: pair[1].last_published_at, reverse=True)
    return changed


STATES = {
    "not_live": _("Not published"),
    "in_review": _("In review"),
    "unpublished_changes": _("Changes not yet published"),
    "untranslated": _("Waiting for translations"),
    "source_changed": _("Norwegian changed since the last sync"),
    "up_to_date": _("Up to date"),
}


def translation_states(translation, target, untranslated=None):
    """What one translation's readers and translators need to know, as ``(code, label)`` pairs
    from ``STATES``, most pressing first; ``[("up_to_date", …)]`` when there is nothing.

    ``translation`` is a wagtail-localize ``Translation``, ``target`` its target instance;
    ``untranslated`` (how many strings lack a translation) is computed when not given.
    wagtail-localize's own status looks only at the strings, so it said "Up to date" for an
    English theme that was offline, or whose Norwegian source had changed since the last sync.
    """
    codes = []
    if isinstance(target, DraftStateMixin):
        if not target.live:
            codes.append("not_live")
        if getattr(target, "workflow_in_progress", False):
            codes.append("in_review")
        elif target.live and target.has_unpublished_changes:
            codes.append("unpublished_changes")
    if untranslated is None:
        total, done = translation.get_progress()
        untranslated = total - done
    if untranslated:
        codes.append("untranslated")
    if changed_since_sync(translation.source, translation.source.get_source_instance()):
        codes.append("source_changed")
    return [(code, STATES[code]) for code in codes or ["up_to_date"]]


class TranslationStatusPanel(Component):
    """Dashboard panel for whoever works on translations: what they may translate that is
    behind, and what changed in Norwegian since the last sync."""

    name = "translation_status"
    template_name = "course_pages/admin/translation_status_panel.html"
    order = 110
    limit = 20

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        behind = []
        for translation in translations_behind():
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue
            if not can_edit(self.user, target):
                continue
            behind.append(
                {
                    "title": str(target),
                    "locale": translation.target_locale.get_display_name(),
                    "missing": translation.untranslated,
                    "states": translation_states(translation, target, translation.untranslated),
                    "url": translation.get_target_instance_edit_url(),
                }
            )
            if len(behind) >= self.limit:
                break
        changed = [
            {
                "title": str(instance),
                "published": instance.last_published_at,
                # Syncing needs edit rights on the source (see permissions.can_write_translation).
                "sync_url": reverse("wagtail_localize:update_translations", args=[source.pk])
                if can_edit(self.user, instance)
                else None,
            }
            for source, instance in sources_changed_since_sync()[: self.limit]
        ]
        return {"translations": behind, "changed": changed}
