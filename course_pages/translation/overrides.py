"""What a translation may put in place of a non-translatable value ("overrides").

wagtail-localize lets a translator replace, per language, a value that is not text: a link in
rich text, a URL block or field, a video address, an image or a document. Upstream stores any
value (wagtail-localize issue 305, "Validations are ignored") and uses it unchecked: a
``javascript:`` link goes live, an image id ``abc`` makes every preview, publish and sync of
the page a server error (issue 294). Here:

- ``override_problem`` is the rule for a new value, asked by the override endpoint
  (``views.edit_override``): a link must use a scheme Wagtail's own rich-text editor keeps
  (``wagtail.whitelist.check_url``: http, https, ftp, mailto, tel, or a relative address or
  anchor); an image, document or other chosen object must exist and be one the user may
  choose (``permissions.can_choose``).
- ``drop_unusable_overrides`` is the defence where stored values are used: an override that
  is not a safe link or an existing object (stored before this rule, or whose image was
  deleted since) is left out, so the translation shows the source's value.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.whitelist import check_url
from wagtail_localize.models import OverridableSegment, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue

from .permissions import can_choose

LINK = "link"
TEXT = "text"


def override_target(model, field_path):
    """What the override at ``field_path`` (a TranslationContext's field path, such as
    ``body.image.image`` or ``intro``) of ``model`` replaces: ``LINK``, ``TEXT``, or the model
    class of a chosen object. Rich-text fields and blocks have only their links overridable."""
    name, _dot, rest = field_path.partition(".")
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        block = field.stream_block
        for child in rest.split(".") if rest else []:
            block = block.child_block if isinstance(block, blocks.ListBlock) else block.child_blocks[child]
        if isinstance(block, blocks.ChooserBlock):
            return block.target_model
        if isinstance(block, blocks.RichTextBlock | blocks.URLBlock | EmbedBlock):
            return LINK
        return TEXT
    if isinstance(field, models.ManyToOneRel):
        return override_target(field.related_model, rest)
    if isinstance(field, models.ForeignKey):
        return field.related_model
    if isinstance(field, RichTextField | models.URLField):
        return LINK
    return TEXT


def chosen_object(model, value):
    """The ``model`` instance whose primary key is ``value``, or None (no such object, or not
    a valid key: ``abc`` for an integer key)."""
    try:
        pk = model._meta.pk.to_python(value)
    except (ValidationError, TypeError):
        return None
    return model._default_manager.filter(pk=pk).first() if pk is not None else None


def is_safe_link(value):
    """True for a non-empty string Wagtail's rich-text editor would keep as a link, other than
    a scheme-relative one (``//host/…``): that leads to another site, and Django's URL
    validation of a URL field or block refuses it, so a sync would fail on it."""
    if not isinstance(value, str) or not value.strip() or value.strip().startswith("//"):
        return False
    return check_url(value) is not None


def target_of(source, context):
    """What the override of ``context`` in ``source`` (a TranslationSource) replaces, or None
    when its field path no longer leads anywhere (the model or block changed since)."""
    try:
        field_path = context.field_path or context.get_field_path(source.as_instance())
        return override_target(source.specific_content_type.model_class(), field_path)
    except (FieldDoesNotExist, KeyError, AttributeError):
        return None


def override_problem(user, source, context, value):
    """Why ``value`` may not override ``context`` of ``source`` for ``user``: a translated
    message, or None when it may."""
    if not isinstance(value, str):
        return _("Enter a value.")
    target = target_of(source, context)
    if target is None:
        return _("This value can no longer be overridden.")
    if target == LINK:
        if not is_safe_link(value):
            return _(
                "Enter a web address (http or https), an e-mail (mailto:) or phone (tel:) link, "
                "or a relative address."
            )
    elif target != TEXT:
        instance = chosen_object(target, value)
        if instance is None or not can_choose(user, instance):
            return _("Choose an existing %(object)s that you may use.") % {
                "object": target._meta.verbose_name
            }
    return None


def is_usable(target, value):
    """May a stored override ``value`` of ``target`` (see ``target_of``) be used?"""
    if target is None:
        return False
    if target == LINK:
        return is_safe_link(value)
    if target == TEXT:
        return isinstance(value, str)
    return chosen_object(target, value) is not None


_upstream_get_segments = TranslationSource._get_segments_for_translation


def _get_segments_without_unusable_overrides(self, locale, fallback=False):
    segments = _upstream_get_segments(self, locale, fallback=fallback)
    if not any(isinstance(segment, OverridableSegmentValue) for segment in segments):
        return segments
    contexts = {
        segment.context.path: segment.context
        for segment in OverridableSegment.objects.filter(source=self).select_related("context")
    }
    return [
        segment
        for segment in segments
        if not isinstance(segment, OverridableSegmentValue)
        or is_usable(target_of(self, contexts[segment.path]), segment.data)
    ]


def drop_unusable_overrides():
    """Make every use of stored overrides (wagtail-localize's translation preview, publish,
    sync, and our "Submit for review", which all build the translation from
    ``TranslationSource._get_segments_for_translation``) leave out an override that is not a
    safe link or an existing object; the source's value stays. Upstream issues 294 and 305.
    Called once from ``CoursePagesConfig.ready``; the canary test in
    ``tests/test_translation_overrides.py`` fails when an upgrade makes this unnecessary."""
    TranslationSource._get_segments_for_translation = _get_segments_without_unusable_overrides
