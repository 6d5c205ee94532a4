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
        from ..locales import active_locale
        from ..site_settings import footer_details

        context = super().get_context(request, *args, **kwargs)
        # The statement's page in any language (translations share the translation key)
        # points to the statement on uustatus.no as well.
        footer = footer_details(request, active_locale(request))
        if footer["uustatus_url"] and footer["accessibility_translation_key"] == str(self.translation_key):
            context["uustatus_url"] = footer["uustatus_url"]
        return context
