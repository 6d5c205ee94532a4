"""The search page: one per language, searching that language's pages and question bank."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..translation.permissions import SitePermissionsMixin


class SearchPage(SitePermissionsMixin, Page):
    """Search results for ``?q=``; the header's search box sends readers here (see
    ``site_tags.search_page_url``). The search itself is in ``course_pages/search.py``."""

    intro = RichTextField(
        _("intro"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the search box, e.g. what the search covers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def get_context(self, request, *args, **kwargs):
        from ..search import run_search

        context = super().get_context(request, *args, **kwargs)
        context.update(run_search(request, self))
        return context
