"""Guards around wagtail-localize's admin views, served at the same URLs.

wagtail-localize lets anyone with its global ``submit_translation`` permission start or
sync a translation of any page or snippet, and (with live-status sync) create live pages
in another locale's tree. Here starting or syncing a translation also needs edit rights on
the source and add/edit rights where the translation goes. Translations are always made
from the default language (nb): translating a translation on into a third language can
corrupt wagtail-localize's records (its issues 662 and 878).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page, PreviewableMixin
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, submit_translations, update_translations


def can_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "change", instance)


def can_write_translation(user, source, locale):
    """May ``user`` create or update the ``locale`` translation of ``source``?"""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return can_edit(user, existing)
    if isinstance(source, Page):
        parent = source.get_parent()
        # A home page's translation is added beside it, under the tree root.
        target_parent = parent if parent.is_root() else parent.get_translation_or_none(locale)
        return target_parent is not None and target_parent.permissions_for_user(user).can_add_subpage()
    policy = policy_registry.get(source)
    if not policy.user_has_permission(user, "change"):
        return False
    locale_ids = getattr(policy, "editable_locale_ids", lambda user: None)(user)
    return locale_ids is None or locale.pk in locale_ids


def check_translation_rights(request, source, locales):
    if source.locale_id != Locale.get_default().pk:
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


class GuardedSubmitMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        source = self.get_object()
        if request.method == "POST":
            locales = Locale.objects.filter(pk__in=request.POST.getlist("locales"))
        else:
            locales = []
        if not check_translation_rights(request, source, locales):
            return refuse_non_source(request)
        return super().dispatch(request, *args, **kwargs)


class SubmitPageTranslationView(GuardedSubmitMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(GuardedSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages": needs edit rights on the source and on every translation."""

    def dispatch(self, request, *args, **kwargs):
        translation_source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        source = translation_source.get_source_instance()
        locales = [
            t.target_locale for t in Translation.objects.filter(source=translation_source, enabled=True)
        ]
        if request.method == "POST":
            locales += list(Locale.objects.filter(pk__in=request.POST.getlist("locales")))
        if not check_translation_rights(request, source, locales):
            return refuse_non_source(request)
        return super().dispatch(request, *args, **kwargs)


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
