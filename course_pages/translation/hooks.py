"""The translators' admin hooks: guarded wagtail-localize views, the dashboard panel and
"Submit for review". Imported by ``course_pages.wagtail_hooks``, which Wagtail discovers."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.views import edit_translation

from kbt.ids import object_id

from . import review, views
from .permissions import is_translator, may_place_under
from .status import TranslationStatusPanel


@hooks.register("register_admin_urls")
def guard_translation_views():
    """Same paths as wagtail-localize's views; our app's hooks run first, so these win."""
    urls = [
        path("submit/page/<int:page_id>/", views.SubmitPageTranslationView.as_view()),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
        ),
        path("update/<int:translation_source_id>/", views.UpdateTranslationsView.as_view()),
        path("translate/<int:translation_id>/preview/", views.preview_translation),
        path("translate/<int:translation_id>/preview/<str:mode>/", views.preview_translation),
        path("page/<int:page_id>/convert_to_alias/", views.convert_to_alias),
    ]
    guarded = views.target_editors_only
    urls += [
        path(
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            guarded(edit_translation.edit_string_translation),
        ),
        path(
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            guarded(views.edit_override),
        ),
        path("translate/<int:translation_id>/pofile/upload/", guarded(edit_translation.upload_pofile)),
        path(
            "translate/<int:translation_id>/machine_translate/", guarded(edit_translation.machine_translate)
        ),
        path("translate/<int:translation_id>/disable/", views.stop_translation),
    ]
    return [path("localize/", include((urls, "kbt_localize"), namespace="kbt_localize"))]


@hooks.register("construct_admin_api", order=1)
def images_api_that_knows_deleted_images(router):
    """After (``order=1``) wagtail.images registers its endpoint, so this one wins."""
    router.register_endpoint("images", views.ImagesAPIViewSet)


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation") or is_translator(request.user):
        panels.append(TranslationStatusPanel(request.user))


@hooks.register("before_edit_page")
def submit_page_translation_for_review(request, page):
    if request.method == "POST" and review.SUBMIT_ACTION in request.POST:
        return review.submit_for_review(request, page)


@hooks.register("before_edit_snippet")
def submit_snippet_translation_for_review(request, instance):
    if (
        request.method == "POST"
        and review.SUBMIT_ACTION in request.POST
        and isinstance(instance, TranslatableMixin)
    ):
        return review.submit_for_review(request, instance)


OTHER_LANGUAGE_TREE = gettext_lazy(
    "A page can only be copied or moved within its own language. "
    "Use “Translate this page” to bring a page into another language."
)


def refuse_other_language_tree(request, page):
    messages.error(request, OTHER_LANGUAGE_TREE)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_copy_page")
def copy_within_language_only(request, page):
    """Wagtail's copy view takes the new parent from the form (its page chooser offers every
    tree) and copies into another language's tree (Wagtail issue 13577)."""
    if request.method != "POST":
        return None
    parent_id = request.POST.get("new_parent_page", "")
    parent_pk = object_id(parent_id)
    parent = Page.objects.filter(pk=parent_pk).first() if parent_pk is not None else None
    if parent is None or not may_place_under(page, parent):
        return refuse_other_language_tree(request, page)
    return None


@hooks.register("before_move_page")
def move_within_language_only(request, page, destination):
    """Wagtail refuses the move itself (``Page.can_move_to``) but with a bare permission
    error; say why, and how a page reaches another language. Bulk moves list such pages
    as "without destination access" and move none of them."""
    if not may_place_under(page, destination):
        return refuse_other_language_tree(request, page)
    return None
