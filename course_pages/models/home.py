"""The front page: one per language, the root of that language's tree."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import CONTENT_BLOCKS, HOME_SECTION_BLOCKS, RICH_TEXT_FEATURES
from ..translation.permissions import SitePermissionsMixin


class HomePage(SitePermissionsMixin, Page):
    """The root of each locale's tree: the site's front page."""

    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)
    sections = StreamField(
        HOME_SECTION_BLOCKS,
        blank=True,
        verbose_name=_("front page sections"),
        help_text=_(
            "What the front page shows under the intro, in this order: featured courses and guides, "
            "the CHIME model."
        ),
    )
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("sections"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    # Each language has its own home page beside the others under the tree root.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        # Wagtail walks the tree one level per query (two with .specific); a lesson four
        # levels down would spend eight queries finding itself. Look the page up by its
        # url_path instead, and fall back to Wagtail's walk for anything else (a sub-route
        # of a routable page, say).
        if len(path_components) > 1:
            url_path = self.url_path + "/".join(path_components) + "/"
            target = Page.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if target is not None:
                return target.specific.route(request, [])
        return super().route(request, path_components)
