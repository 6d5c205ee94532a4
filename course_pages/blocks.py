"""The block library shared by every page type with a StreamField body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "course_pages/blocks/text.html"
        description = _("Paragraphs and lists. Use the heading block for section headings.")
        preview_value = "<p>Recovery handler om å leve et meningsfylt liv.</p>"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "course_pages/blocks/heading.html"
        help_text = _("A section heading. Headings make up the page's table of contents.")
        description = _("A section heading (h2) listed in the page's table of contents.")
        preview_value = "Hva er personlig recovery?"
