"""The CHIME model: an overview page and one page per element and language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from question_bank.elements import ELEMENT_CHOICES, get_element

from ..printing import PrintableMixin
from .base import BodyPage


class ChimeOverviewPage(BodyPage):
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.ChimeElementPage", "course_pages.ConversationToolPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("CHIME overview")
        verbose_name_plural = _("CHIME overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = {p.element: p for p in ChimeElementPage.objects.child_of(self).live()}
        context["element_pages"] = [
            (element, pages.get(element.code))
            for element in (get_element(code) for code, _label in ELEMENT_CHOICES)
        ]
        from .conversation_tool import ConversationToolPage

        context["conversation_tool"] = ConversationToolPage.objects.child_of(self).live().first()
        return context


class ChimeElementPage(PrintableMixin, BodyPage):
    element = models.CharField(
        _("CHIME element"),
        max_length=20,
        choices=ELEMENT_CHOICES,
        help_text=_("Each element has one page per language."),
    )

    content_panels = Page.content_panels + [FieldPanel("element"), FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["course_pages.ChimeOverviewPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("CHIME element page")
        verbose_name_plural = _("CHIME element pages")

    @property
    def chime_element(self):
        return get_element(self.element)

    def print_eyebrow(self):
        element = self.chime_element
        return f"CHIME · {element.name}" if element else "CHIME"

    def clean(self):
        super().clean()
        clash = ChimeElementPage.objects.filter(locale_id=self.locale_id, element=self.element)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        if self.element and clash.exists():
            raise ValidationError({"element": _("This language already has a page for this element.")})
