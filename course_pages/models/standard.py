"""Standard pages: about, contact, the accessibility statement and the privacy page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .base import BodyPage


class StandardPage(BodyPage):
    """A page of text from the shared block library, for pages outside the course material:
    about, contact, the accessibility statement, privacy. Which page is the accessibility
    statement or the privacy page is chosen in the site settings; the statement's page then
    links to the statement at uustatus.no as well."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked to be correct; shown at the end of the page."),
    )

    content_panels = BodyPage.content_panels + [FieldPanel("last_reviewed")]
    parent_page_types = ["course_pages.HomePage", "course_pages.StandardPage"]
    subpage_types = ["course_pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        from ..site_settings import SiteSettings

        context = super().get_context(request, *args, **kwargs)
        settings = SiteSettings.for_request(request)
        statement = settings.accessibility_page
        # The statement's page in any language: its translations share the translation key.
        if statement is not None and statement.translation_key == self.translation_key:
            context["uustatus_url"] = settings.uustatus_url
        return context
