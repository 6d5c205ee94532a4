from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, F, Func, OuterRef, Subquery
from django.urls import include, path
from laces.components import Component
from wagtail import hooks
from wagtail.models import TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import edit_translation

from . import translation_review, translation_views


@hooks.register("register_admin_urls")
def guard_translation_views():
    """Same paths as wagtail-localize's views; our app's hooks run first, so these win."""
    urls = [
        path("submit/page/<int:page_id>/", translation_views.SubmitPageTranslationView.as_view()),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_views.SubmitSnippetTranslationView.as_view(),
        ),
        path("update/<int:translation_source_id>/", translation_views.UpdateTranslationsView.as_view()),
        path("translate/<int:translation_id>/preview/", translation_views.preview_translation),
        path("translate/<int:translation_id>/preview/<str:mode>/", translation_views.preview_translation),
        path("page/<int:page_id>/convert_to_alias/", translation_views.convert_to_alias),
    ]
    guarded = translation_views.target_editors_only
    urls += [
        path(
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            guarded(edit_translation.edit_string_translation),
        ),
        path(
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            guarded(edit_translation.edit_override),
        ),
        path("translate/<int:translation_id>/pofile/upload/", guarded(edit_translation.upload_pofile)),
        path(
            "translate/<int:translation_id>/machine_translate/", guarded(edit_translation.machine_translate)
        ),
        path("translate/<int:translation_id>/disable/", guarded(edit_translation.stop_translation)),
    ]
    return [path("localize/", include((urls, "kbt_localize"), namespace="kbt_localize"))]


def translations_behind():
    """Enabled translations with strings not yet translated, annotated with how many, in one
    query (wagtail-localize's get_progress() costs a query per translation)."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(Exists(translated))
        .order_by()
        .annotate(count=Func(F("pk"), function="COUNT"))
        .values("count")
    )
    return (
        Translation.objects.filter(enabled=True)
        .annotate(untranslated=Subquery(untranslated))
        .filter(untranslated__gt=0)
        .select_related("source", "target_locale", "source__locale")
        .order_by("-source__last_updated_at")
    )


class TranslationsBehindPanel(Component):
    """Dashboard panel: the translations the signed-in user may work on that are behind
    their Norwegian source (strings not yet translated, for example after a sync)."""

    name = "translations_behind"
    template_name = "course_pages/admin/translations_behind_panel.html"
    order = 110
    limit = 20

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        from .translation_views import can_edit

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
                    "url": translation.get_target_instance_edit_url(),
                }
            )
            if len(behind) >= self.limit:
                break
        return {"translations": behind}


@hooks.register("construct_homepage_panels")
def add_translations_behind_panel(request, panels):
    if (
        request.user.has_perm("wagtail_localize.submit_translation")
        or request.user.groups.filter(name__startswith="Translators").exists()
    ):
        panels.append(TranslationsBehindPanel(request.user))


@hooks.register("before_edit_page")
def submit_page_translation_for_review(request, page):
    if request.method == "POST" and translation_review.SUBMIT_ACTION in request.POST:
        return translation_review.submit_for_review(request, page)


@hooks.register("before_edit_snippet")
def submit_snippet_translation_for_review(request, instance):
    if (
        request.method == "POST"
        and translation_review.SUBMIT_ACTION in request.POST
        and isinstance(instance, TranslatableMixin)
    ):
        return translation_review.submit_for_review(request, instance)
