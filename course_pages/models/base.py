"""What the page types share: a StreamField body that may embed the question bank."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from question_bank.embeds import QuestionBankResolver

from ..blocks import BODY_BLOCKS
from ..locales import default_locale, locale_of
from ..translation.permissions import SitePermissionsMixin


class BodyPage(SitePermissionsMixin, Page):
    """A page whose StreamField body may embed the question bank and builds a contents list."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    def table_of_contents(self):
        return [(f"section-{block.id}", block.value) for block in self.body if block.block_type == "heading"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["question_bank"] = QuestionBankResolver(
            locale_of(request, self),
            [self.body],
            preview=getattr(request, "is_preview", False),
            source_locale=default_locale(request),
        )
        return context
