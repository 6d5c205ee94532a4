"""Printable guides: a guide index and the guides under it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..blocks import GUIDE_BLOCKS
from ..printing import PrintableMixin
from ..translation.permissions import SitePermissionsMixin
from .base import BodyPage


class GuideIndexPage(SitePermissionsMixin, Page):
    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live()
        return context


class GuidePage(PrintableMixin, BodyPage):
    """A printable guide assembled from blocks: tables, question-bank embeds, worksheets."""

    body = StreamField(GUIDE_BLOCKS, blank=True, verbose_name=_("body"))

    parent_page_types = ["course_pages.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("printable guide")
        verbose_name_plural = _("printable guides")

    def print_eyebrow(self):
        return _("Guide")

    @property
    def is_worksheet(self):
        return any(block.block_type in ("answer_field", "checklist") for block in self.body)
