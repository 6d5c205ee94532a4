"""Guards around wagtail-localize's admin views, served at the same URLs.

wagtail-localize lets anyone with its global ``submit_translation`` permission start or
sync a translation of any page or snippet, and (with live-status sync) create live pages
in another locale's tree. Here starting or syncing a translation also needs edit rights on
the source and add/edit rights where the translation goes. Translations are always made
from the default language (nb): translating a translation on into a third language can
corrupt wagtail-localize's records (its issues 662 and 878).
"""

from functools import partial, wraps
from urllib.parse import quote
from xml.sax.saxutils import escape

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext, gettext_lazy
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Locale, Page, PreviewableMixin
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

from kbt import jobs
from kbt.ids import object_id

from .jobs import sync_translations, translate_page
from .overrides import override_problem
from .permissions import (
    can_edit,
    can_publish,
    can_publish_translation,
    can_write_translation,
    is_source_locale,
)
from .tree import mirror_position


def check_translation_rights(request, source, locales):
    if not is_source_locale(source.locale_id):
        return False
    if not can_edit(request.user, source):
        raise PermissionDenied
    for locale in locales:
        if not can_write_translation(request.user, source, locale):
            raise PermissionDenied
    return True


REFUSAL = gettext_lazy(
    "Translations are made from the Norwegian original only. Translate the Norwegian version instead."  # noqa: E501
)


def refuse_non_source(request):
    messages.error(request, REFUSAL)
    return redirect("wagtailadmin_home")


def posted_locales(request):
    """The locales a form posted (ids that are not numbers are ignored, not a 500)."""
    ids = [pk for value in request.POST.getlist("locales") if (pk := object_id(value)) is not None]
    return list(Locale.objects.filter(pk__in=ids))


class GuardedSubmitMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        source = self.get_object()
        locales = posted_locales(request) if request.method == "POST" else []
        if not check_translation_rights(request, source, locales):
            return refuse_non_source(request)
        return super().dispatch(request, *args, **kwargs)


TRANSLATING_IN_BACKGROUND = gettext_lazy(
    "“%(title)s” is being translated into %(languages)s in the background. When it is done, "
    "usually within a minute, the translation appears in that language's page tree and in the "
    "page's language menu."
)


def language_names(locales):
    """``locales`` as the editor reads them: "English", "English, nynorsk"."""
    return ", ".join(str(locale.get_display_name()) for locale in locales)


# What the jobs are, as the report of failed jobs names them (kbt/failed_jobs.py).
TRANSLATE_JOB = gettext_lazy("Translate page “%(title)s” into %(languages)s")
TRANSLATE_SUBTREE_JOB = gettext_lazy("Translate page “%(title)s” and its subpages into %(languages)s")
SYNC_JOB = gettext_lazy("Update the translations of “%(title)s”")
SYNC_AND_PUBLISH_JOB = gettext_lazy("Update and publish the translations of “%(title)s”")


def describe_translation(title, locales, include_subtree):
    message = TRANSLATE_SUBTREE_JOB if include_subtree else TRANSLATE_JOB
    return message % {"title": title, "languages": language_names(locales)}


class SubmitPageTranslationView(GuardedSubmitMixin, submit_translations.SubmitPageTranslationView):
    """ "Translate this page" as a background job (``translation.jobs.translate_page``): the
    request checks the rights and answers at once, whatever the page embeds."""

    def form_valid(self, form):
        source = self.object
        locales = list(form.cleaned_data["locales"])
        include_subtree = bool(form.cleaned_data.get("include_subtree"))
        title = source.get_admin_display_title()
        jobs.enqueue(
            translate_page,
            source.pk,
            [locale.pk for locale in locales],
            include_subtree,
            self.request.user.pk,
            job_description=partial(describe_translation, title, locales, include_subtree),
            job_user=self.request.user,
        )
        # Without a queue (or outside a transaction) the job has run by now: then say so and
        # go where wagtail-localize goes, to the new translation's editor when there is one.
        translations = list(
            Page.objects.filter(translation_key=source.translation_key, locale__in=locales, alias_of=None)
        )
        if len(translations) < len(locales):
            messages.success(
                self.request,
                TRANSLATING_IN_BACKGROUND
                % {"title": source.get_admin_display_title(), "languages": language_names(locales)},
            )
            return redirect(self.get_success_url() or self.get_default_success_url())
        translated = translations[0] if len(locales) == 1 else None
        messages.success(self.request, self.get_success_message(language_names(locales)))
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class SubmitSnippetTranslationView(GuardedSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    def get_object(self):
        # A primary key that is not a number ("abc") is a page that does not exist: 404, not
        # the ValueError wagtail-localize's get_object_or_404 lets through.
        try:
            return super().get_object()
        except (ValueError, ValidationError) as error:
            raise Http404 from error


PUBLISH_NOT_OFFERED = gettext_lazy(
    "You may not publish every translation of this, so the updates are not published. Someone "
    "who may publish them does so, or approves them in review."
)


SYNCING_IN_BACKGROUND = gettext_lazy(
    "The translations of “%(title)s” are being updated in the background. The changes appear "
    "in them when it is done, usually within a minute."
)


class DraftOnlyUpdateTranslationsForm(update_translations.UpdateTranslationsForm):
    """The sync form without "Publish immediately", for who may not publish every target."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data["publish_translations"] = False
        return cleaned_data


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages": needs edit rights on the source and on every translation,
    and "Publish immediately" is offered only to who may publish every translation."""

    def dispatch(self, request, *args, **kwargs):
        translation_source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        source = translation_source.get_source_instance()
        target_locales = [
            t.target_locale for t in Translation.objects.filter(source=translation_source, enabled=True)
        ]
        locales = list(target_locales)
        if request.method == "POST":
            locales += posted_locales(request)
        if not check_translation_rights(request, source, locales):
            return refuse_non_source(request)
        self.may_publish = all(can_publish_translation(request.user, source, loc) for loc in target_locales)
        if not self.may_publish and request.method == "GET":
            messages.info(request, PUBLISH_NOT_OFFERED)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        """The sync as a background job (``translation.jobs.sync_translations``), which also
        puts a page's translations in place after it. Machine translation (not configured
        here) stays with upstream's view, in the request."""
        if form.cleaned_data.get("use_machine_translation"):
            response = super().form_valid(form)
            source = self.object.get_source_instance()
            if isinstance(source, Page):
                transaction.on_commit(lambda: mirror_position(source))
            return response
        started = self.object.last_updated_at
        publish = form.cleaned_data["publish_translations"]
        # The source as it is now (``object_repr`` is its title at the last sync).
        source = self.object.get_source_instance()
        title = source.get_admin_display_title() if isinstance(source, Page) else str(source)
        jobs.enqueue(
            sync_translations,
            self.object.pk,
            self.request.user.pk,
            publish,
            job_description=lambda: (SYNC_AND_PUBLISH_JOB if publish else SYNC_JOB) % {"title": title},
            job_user=self.request.user,
        )
        self.object.refresh_from_db(fields=["last_updated_at"])
        if self.object.last_updated_at == started:
            messages.success(self.request, SYNCING_IN_BACKGROUND % {"title": self.object.object_repr})
        else:
            messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def get_form(self):
        if self.may_publish:
            return super().get_form()
        data = self.request.POST if self.request.method == "POST" else None
        return DraftOnlyUpdateTranslationsForm(data)


def target_rule(rule):
    """A decorator for wagtail-localize's endpoints of one translation (``translation_id``):
    ``rule(user, target)`` (a ``permissions`` function) must allow the user this
    translation's target; 404 when the target is gone, else ``PermissionDenied``."""

    def decorate(view):
        @wraps(view)
        def guarded(request, translation_id, *args, **kwargs):
            translation = get_object_or_404(Translation, id=translation_id)
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist as error:
                raise Http404 from error
            if not rule(request.user, target):
                raise PermissionDenied
            return view(request, translation_id, *args, **kwargs)

        return guarded

    return decorate


# wagtail-localize's editing endpoints (strings, overrides, PO upload, machine translation)
# check snippet rights model-wide, so a translator of one language could change another's.
target_editors_only = target_rule(can_edit)

# Stopping a synced translation detaches it from its source for good (later syncs no longer
# reach it), so it needs publish rights on the target, not only the edit rights
# wagtail-localize asks for: a translator could detach a live English theme in one click.
stop_translation = target_rule(can_publish)(edit_translation.stop_translation)


@api_view(["PUT", "DELETE"])
@permission_classes([IsAuthenticated])
@authentication_classes([SessionAuthentication])
def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's override endpoint (the translation editor's "Override" of a link,
    image or document), refusing a value ``overrides.override_problem`` rejects: nothing is
    stored, and the answer is the override as the editor reads it, ``{"segment_id", "data",
    "error"}``, with the message as its ``error``. The editor's React code reads only a 200 or
    201 answer and shows an override's ``error`` on the segment, marked as an error; any other
    status left the refused value looking saved. Upstream stores any value (wagtail-localize
    issue 305). A DELETE (revert) goes through."""
    if request.method == "PUT":
        translation = get_object_or_404(Translation, id=translation_id)
        segment = get_object_or_404(
            OverridableSegment.objects.select_related("context"),
            id=overridable_segment_id,
            source=translation.source,
        )
        value = request.POST.get("value")
        problem = override_problem(request.user, translation.source, segment.context, value)
        if problem:
            return Response({"segment_id": segment.pk, "data": value, "error": problem})
    # DRF has parsed the form into the Django request, so upstream's view reads it again.
    return edit_translation.edit_override(request._request, translation_id, overridable_segment_id)


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias puts the source's text live at once, so it
    needs publish rights on the page, not only the edit rights wagtail-localize asks for."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def preview_translation(request, translation_id, mode=None):
    """wagtail-localize previews pages only; show a snippet translation as the public would."""
    translation = get_object_or_404(Translation, id=translation_id)
    instance = translation.get_target_instance()
    if isinstance(instance, Page) or not isinstance(instance, PreviewableMixin):
        return edit_translation.preview_translation(request, translation_id, mode)
    if not can_edit(request.user, instance):
        raise PermissionDenied
    ephemeral = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    return ephemeral.make_preview_request(request, mode or ephemeral.default_preview_mode)


class ImagesAPIViewSet(ImagesAdminAPIViewSet):
    """Wagtail's admin image API (``/admin/api/main/images/<id>/``), which the translation
    editor asks for the thumbnail of an image segment. For an image deleted from the library it
    answers a 404 whose JSON has the shape the editor's React ``ImageChooser`` reads
    (``id``, ``title``, ``thumbnail.url/width/height``): the editor would otherwise wait for
    ever or, given Wagtail's ``{"message": …}``, fail to draw. The thumbnail is a drawn label,
    "Image deleted", so the segment says what happened."""

    def detail_view(self, request, pk):
        try:
            return super().detail_view(request, pk)
        except Http404:
            if object_id(pk) is None or get_image_model().objects.filter(pk=pk).exists():
                raise
        label = gettext("Image deleted")
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="165" height="100" viewBox="0 0 165 100">'
            '<rect width="165" height="100" fill="#eee" stroke="#767676"/>'
            '<text x="82.5" y="55" text-anchor="middle" font-family="sans-serif" font-size="14">'
            f"{escape(label)}</text></svg>"
        )
        thumbnail = {"url": "data:image/svg+xml," + quote(svg), "width": 165, "height": 100}
        return Response(
            {"id": int(pk), "title": label, "deleted": True, "thumbnail": thumbnail},
            status=status.HTTP_404_NOT_FOUND,
        )
