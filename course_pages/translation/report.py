"""wagtail-localize's "Translations" report in a number of queries bounded by the page's kinds
of content, not its rows.

wagtail-localize 1.14.5's ``TranslationsReportView`` (wagtail_localize/views/report.py) lists
``Translation`` rows and reads, for each row, its source, the source's content type and locale
and the target locale (no ``select_related``), the source object three times and the target
object three times (``get_source_instance`` and ``get_target_instance`` query each time they
are called); our status column (``status.translation_states``) adds the target's workflow
state and its string progress. That was 410 queries for 85 translations (issue 14).

``install`` (from ``CoursePagesConfig.ready``) gives the view's queryset its ``select_related``
and loads, for each page of 50 rows, the source and target objects with one query per model
and locale, their workflow states in one query, and the untranslated strings of every row in
one. tests/test_translation_status.py counts the queries.
"""

from collections import defaultdict

from django.db.models import Subquery
from wagtail.models import WorkflowMixin, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views.report import TranslationsReportView

from .status import untranslated_count

WAGTAIL_LOCALIZE_GET_QUERYSET = TranslationsReportView.get_queryset


def get_queryset(self):
    # Upstream's queryset has no order, so its pages could repeat or skip rows on PostgreSQL
    # (Django warns UnorderedObjectListWarning): newest first, as the other reports list.
    return (
        WAGTAIL_LOCALIZE_GET_QUERYSET(self)
        .select_related("source__specific_content_type", "source__locale", "target_locale")
        .order_by("-created_at", "-pk")
    )


def _load_objects(translations):
    """``{(model, locale id, translation key): object}`` for every row's source and target."""
    wanted = defaultdict(set)
    for translation in translations:
        source = translation.source
        model = source.specific_content_type.model_class()
        if model is not None:
            wanted[(model, source.locale_id)].add(source.object_id)
            wanted[(model, translation.target_locale_id)].add(source.object_id)
    found = {}
    for (model, locale_id), keys in wanted.items():
        for instance in model._default_manager.filter(locale_id=locale_id, translation_key__in=keys):
            found[(model, locale_id, instance.translation_key)] = instance
    return found


def _attach_workflow_states(instances):
    """Set what ``WorkflowMixin.workflow_in_progress`` reads (``_current_workflow_states``,
    as Wagtail's ``prefetch_workflow_states`` does) on every instance, in one query."""
    instances = [instance for instance in instances if isinstance(instance, WorkflowMixin)]
    keys = {(instance.get_base_content_type().pk, str(instance.pk)): instance for instance in instances}
    states = defaultdict(list)
    if keys:
        in_progress = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, object_id__in={object_id for _ct, object_id in keys}
        )
        for state in in_progress:
            states[(state.base_content_type_id, state.object_id)].append(state)
    for key, instance in keys.items():
        instance._current_workflow_states = states[key]


def decorate_paginated_queryset(self, object_list):
    translations = list(object_list)
    found = _load_objects(translations)
    _attach_workflow_states(found.values())
    untranslated = dict(
        Translation.objects.filter(pk__in=[translation.pk for translation in translations])
        .annotate(untranslated=Subquery(untranslated_count()))
        .values_list("pk", "untranslated")
    )
    for translation in translations:
        source = translation.source
        model = source.specific_content_type.model_class()
        source_instance = found.get((model, source.locale_id, source.object_id))
        target = found.get((model, translation.target_locale_id, source.object_id))
        # A missing object keeps wagtail-localize's own lookup, which raises DoesNotExist.
        if source_instance is not None:
            source.get_source_instance = lambda instance=source_instance: instance
        if target is not None:
            translation.get_target_instance = lambda instance=target: instance
        translation.untranslated = untranslated.get(translation.pk) or 0
    return translations


def install():
    TranslationsReportView.get_queryset = get_queryset
    TranslationsReportView.decorate_paginated_queryset = decorate_paginated_queryset
