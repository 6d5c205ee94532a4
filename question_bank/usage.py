"""Where a question theme is used: Wagtail's ReferenceIndex, kept fresh for the embeds that
show a theme without naming it.

Every question-bank embed records a reference to each theme it can show, in every language
(``QuestionBankEmbed.extract_references``), so Wagtail's own "Used N times" (edit view, delete
and unpublish views, listing) counts every page that shows a theme. A page is re-indexed
whenever it is saved; what changes without the page being saved is which themes an embed
shows: a new theme (or a new translation) joins an element's question bank or a translation
group, and a theme can move to another element or collection. Those saves re-index the
pages concerned here.
"""

from collections import defaultdict
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField
from wagtail.models import ReferenceIndex

from .blocks import ElementThemesBlock, QuestionBankEmbed
from .models import QuestionTheme, ThemeCollection


def embed_of(reference):
    """The ``QuestionBankEmbed`` block that recorded ``reference`` (a ReferenceIndex row,
    found by walking its ``model_path`` through the StreamField's block definitions), or
    None when the reference comes from anything else."""
    try:
        block = getattr(reference.source_field, "stream_block", None)
    except FieldDoesNotExist:
        return None
    found = None
    for name in reference.model_path_components[1:]:
        if isinstance(block, QuestionBankEmbed):
            found = block
        if isinstance(block, ListBlock):
            block = block.child_block if name == "item" else None
        elif isinstance(block, (StreamBlock, StructBlock)):
            block = block.child_blocks.get(name)
        else:
            block = None
    return block if isinstance(block, QuestionBankEmbed) else found


def embed_kinds(references):
    """The distinct embed kinds (translated labels) among ``references``, sorted; a
    reference from outside the question-bank embeds is named by its field, as Wagtail does."""
    kinds = set()
    for reference in references:
        block = embed_of(reference)
        kinds.add(str(block.get_embed_kind()) if block else reference.describe_source_field())
    return sorted(kinds)


def theme_usage(theme):
    """Every object that shows ``theme`` — any language, any embed kind — as a list of
    ``(object, [ReferenceIndex rows])`` like Wagtail's usage view's, ordered by language and
    title. Its length is Wagtail's "Used N times". Queries: one for the references and one
    per kind of source (pages are loaded as ``Page`` with their locale), not one per object."""
    references = defaultdict(list)
    for reference in ReferenceIndex.get_references_to(theme).order_by("id"):
        references[(reference.base_content_type_id, reference.object_id)].append(reference)
    rows = [
        (obj, references[(content_type_id, str(obj.pk))]) for content_type_id, obj in load_objects(references)
    ]
    return sorted(rows, key=lambda row: (getattr(row[0], "locale_id", 0), str(row[0])))


def load_objects(keys):
    """``(content_type_id, object)`` for ``keys``, ``(content_type_id, object_id)`` pairs as
    the ReferenceIndex stores them: one query per content type, with the locale when it has one."""
    ids_by_type = defaultdict(set)
    for content_type_id, object_id in keys:
        ids_by_type[content_type_id].add(object_id)
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        objects = model._default_manager.all()
        if hasattr(model, "locale"):
            objects = objects.select_related("locale")
        for obj in objects.filter(pk__in=ids):
            yield content_type_id, obj


def _block_contains(block, block_class):
    if isinstance(block, block_class):
        return True
    children = (
        [block.child_block] if isinstance(block, ListBlock) else getattr(block, "child_blocks", {}).values()
    )
    return any(_block_contains(child, block_class) for child in children)


@cache
def element_embed_fields():
    """``(model, field name)`` of every indexed StreamField that can hold an element embed."""
    return [
        (model, field.name)
        for model in apps.get_models()
        if ReferenceIndex.is_indexed(model)
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        and field.model is model
        and _block_contains(field.stream_block, ElementThemesBlock)
    ]


def _element_codes(block, raw):
    """The element codes of the element embeds in ``raw`` (a StreamField's stored JSON, read
    without converting it, which would load every chooser's object)."""
    if isinstance(block, ElementThemesBlock):
        if isinstance(raw, dict):
            yield raw.get("element")
    elif isinstance(block, StreamBlock):
        for child in raw or []:
            if isinstance(child, dict) and child.get("type") in block.child_blocks:
                yield from _element_codes(block.child_blocks[child["type"]], child.get("value"))
    elif isinstance(block, StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            yield from _element_codes(child_block, raw.get(name))
    elif isinstance(block, ListBlock):
        for item in raw or []:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _element_codes(block.child_block, item["value"] if is_wrapped else item)


def objects_embedding_elements(codes):
    """Every object with an element embed of one of ``codes``. Reads every object of the
    models that can hold one: only run when a theme joins or leaves an element."""
    found = []
    for model, name in element_embed_fields():
        stream_block = model._meta.get_field(name).stream_block
        for obj in model._default_manager.all():
            if set(_element_codes(stream_block, list(getattr(obj, name).raw_data))) & codes:
                found.append(obj)
    return found


def objects_showing_translations_of(theme):
    """Every object the index says shows a theme of ``theme``'s translation group."""
    group = QuestionTheme.objects.filter(translation_key=theme.translation_key)
    sources = (
        ReferenceIndex.get_references_to_in_bulk(group).values_list("content_type", "object_id").distinct()
    )
    return [obj for _content_type_id, obj in load_objects(sources)]


def _element_state(element, collection):
    """The element whose question bank shows a theme, or None."""
    return element if element and collection == ThemeCollection.QUESTION_BANK else None


_UNKNOWN = object()


@receiver(pre_save, sender=QuestionTheme)
def remember_element(sender, instance, raw=False, update_fields=None, **kwargs):
    """Note which element's question bank showed the theme before this save."""
    instance._element_before = _UNKNOWN
    if (
        raw
        or instance.pk is None
        or (update_fields is not None and not {"element", "collection"} & set(update_fields))
    ):
        return
    before = QuestionTheme.objects.filter(pk=instance.pk).values_list("element", "collection").first()
    if before is not None:
        instance._element_before = _element_state(*before)


@receiver(post_save, sender=QuestionTheme)
def reindex_pages_showing(sender, instance, created, raw=False, **kwargs):
    """When a theme is new (a new translation too) or moves between elements' question
    banks, re-index the pages whose embeds now show it or no longer do."""
    before = getattr(instance, "_element_before", _UNKNOWN)
    after = _element_state(instance.element, instance.collection)
    if raw or not (created or before not in (_UNKNOWN, after)):
        return
    codes = {code for code in (before, after) if code and code is not _UNKNOWN}
    objects = {(type(obj), obj.pk): obj for obj in objects_showing_translations_of(instance)}
    if codes:
        objects.update({(type(obj), obj.pk): obj for obj in objects_embedding_elements(codes)})
    with transaction.atomic():
        for obj in objects.values():
            ReferenceIndex.create_or_update_for_object(obj)
