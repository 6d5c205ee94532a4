"""The block library shared by every page type with a StreamField body.

Tables (the practical guide, the conversation-phase guide) are ListBlocks of StructBlock
rows rendered as HTML tables: wagtail-localize extracts no translatable text from
TableBlock or TypedTableBlock, so their text would stay Norwegian on English pages.
"""

import logging

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import register
from wagtail.blocks import StructBlockValidationError
from wagtail.blocks.struct_block import StructBlockAdapter
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from question_bank.blocks import (
    ElementThemesBlock,
    QuestionSetBlock,
    QuestionThemeBlock,
    SingleThemeEmbed,
    get_resolver,
)
from question_bank.elements import ELEMENT_CHOICES, get_element
from question_bank.phases import PHASE_CHOICES

from .navigation import element_pages_for, parent_url, public_q

logger = logging.getLogger(__name__)

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


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        # Prefilled with the image's description (see ``clean`` and ``ImageBlockAdapter``).
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "course_pages/blocks/image.html"
        help_text = _(
            "Use for a picture that adds to the text. "
            "The alternative text describes what the picture shows for readers who cannot see it; the "
            "caption is optional."
        )
        description = _("An image with alternative text and an optional caption.")

    ALT_TEXT_MAX_LENGTH = 250

    def clean(self, value):
        """An empty alternative text becomes the image's description (the image library's
        "Description" field), as the editor's form prefills it (``ImageBlockAdapter``); with
        neither, the alternative text is a required field's error, as before."""
        image = value.get("image")
        description = (getattr(image, "description", "") or "").strip()
        if image is not None and not (value.get("alt_text") or "").strip() and description:
            value["alt_text"] = description[: self.ALT_TEXT_MAX_LENGTH]
        return super().clean(value)

    def render(self, value, context=None):
        """Nothing (and a logged warning) when the image was deleted from the library: its
        id stays in the page's StreamField, and the template would render ``<img src="">``
        with the caption. Covers the page, its print view and its PDF, which all render here."""
        if value["image"] is None:
            page = (context or {}).get("page")
            logger.warning(
                "Image block skipped: its image was deleted (page %s, %s)",
                getattr(page, "pk", None),
                getattr(page, "url_path", None),
            )
            return ""
        return super().render(value, context)


class ImageBlockAdapter(StructBlockAdapter):
    """The image block in the editor: choosing an image fills an empty alternative text with
    the image's description (``course_pages/admin/image-block.js``), as Wagtail's own
    ``ImageBlock`` does; ours keeps its caption and its required alternative text, so it
    cannot be Wagtail's block (which has a "decorative" switch and no caption)."""

    js_constructor = "course_pages.blocks.ImageBlock"

    @cached_property
    def media(self):
        media = super().media
        script = versioned_static("course_pages/admin/image-block.js")
        return forms.Media(js=[*media._js, script], css=media._css)


register(ImageBlockAdapter(), ImageBlock)


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "course_pages/blocks/quote.html"
        help_text = _(
            "Use for a quotation from a person or a source, not for emphasis. "
            "Give the attribution when you know whom the quote is from."
        )
        description = _("A quotation, with whom it is from.")
        preview_value = {"quote": "Recovery er en personlig prosess.", "attribution": "CHIME 2.0"}


class CalloutValue(blocks.StructValue):
    def label(self):
        """The box's visible label: its title, else the name of its kind ("Tip")."""
        return self.get("title") or dict(CALLOUT_KINDS).get(self.get("kind"), CALLOUT_KINDS[0][1])


CALLOUT_KINDS = [("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=CALLOUT_KINDS,
        default="info",
    )
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        help_text=_("Shown as the box's label instead of its kind, e.g. the name of a method."),
    )
    text = TextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        value_class = CalloutValue
        template = "course_pages/blocks/callout.html"
        help_text = _(
            "Use sparingly, to make one point stand out. "
            "Pick the kind that matches the urgency: information for background, a tip for advice, a warning "
            "only for what readers must not miss."
        )
        description = _("A highlighted box: information, a tip or a warning.")
        preview_value = {"kind": "tip", "text": "<p>Still ett spørsmål om gangen.</p>"}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"))
    text_alternative = blocks.TextBlock(
        label=_("Text alternative"),
        help_text=_("A summary or transcript for readers who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "course_pages/blocks/video.html"
        help_text = _(
            "Use for a YouTube or Vimeo video that supports the text. "
            "Give a text alternative for readers who cannot watch or hear it; print and PDF show it instead "
            "of the video."
        )
        description = _("An embedded video with a text alternative.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "course_pages/blocks/document.html"
        help_text = _(
            "Use to offer a file, such as a PDF, for download. "
            "Give link text if the document's title does not say what it is; the file type and size are "
            "added automatically."
        )
        description = _("A link to download a document.")


class PracticalGuideRowBlock(SingleThemeEmbed, blocks.StructBlock):
    theme_field = "example_questions"  # the page's resolver loads it with the other embeds
    embed_kind = _("Practical guide row")  # in a theme's usage report

    subcategory = blocks.CharBlock(label=_("Subcategory"))
    meaning = blocks.TextBlock(label=_("What it means"))
    support = blocks.TextBlock(label=_("How the service provider can support it in practice"))
    example_questions = SnippetChooserBlock(
        "question_bank.QuestionTheme",
        label=_("Example questions from the question bank"),
        required=False,
        help_text=_(
            "A theme of the collection “Practical guide examples”: edited once in the question bank, "
            "shown here in the reader's language."
        ),
    )
    questions = blocks.TextBlock(
        label=_("Example questions or reflection"),
        required=False,
        help_text=_("Free text, shown only when no theme is chosen above."),
    )

    class Meta:
        icon = "table"
        label = _("Row")
        help_text = _(
            "One subcategory: what it means, how the service provider can support it, and example questions "
            "or reflection."
        )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("example_questions") and not value.get("questions"):
            raise StructBlockValidationError(
                block_errors={
                    "example_questions": ValidationError(_("Choose a theme or write the example questions."))
                }
            )
        return value


class PracticalGuideBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    element = blocks.ChoiceBlock(label=_("CHIME element"), choices=ELEMENT_CHOICES, required=False)
    rows = blocks.ListBlock(PracticalGuideRowBlock(), label=_("Rows"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Practical guide table")
        template = "course_pages/blocks/practical_guide.html"
        help_text = _(
            "Add one row per subcategory of the chosen CHIME element. The rows are translated with the page."
        )
        description = _(
            "Subcategories of a CHIME element: what each means, how to support it, example questions."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["element"] = get_element(value.get("element"))
        context["page_lang"] = translation.get_language()
        # Each row with the question-bank theme it shows, in the reader's language (the
        # page's resolver has loaded every row's theme with the rest of its embeds).
        resolver = get_resolver(parent_context)
        context["rows"] = [
            (
                row,
                resolver.theme(row["example_questions"].translation_key)
                if row.get("example_questions")
                else None,
            )
            for row in value["rows"]
        ]
        return context


class PhaseGuideRowBlock(blocks.StructBlock):
    """A row: ``phase`` (the label readers see), ``tips`` (text) and ``conversation_phase`` (a
    code of ``question_bank.phases.PHASES``, or "" for a row that is none of them), which the
    conversation tool reads to show this row's guidance with the chosen phase's questions."""

    phase = blocks.CharBlock(label=_("Phase of the conversation"))
    tips = blocks.TextBlock(label=_("Purpose and tips"))
    # A ChoiceBlock is not a translatable segment for wagtail-localize: the code stays the
    # source's on every translation, as the theme's phases do.
    conversation_phase = blocks.ChoiceBlock(
        choices=PHASE_CHOICES,
        required=False,
        label=_("Phase in the conversation tool"),
        help_text=_(
            "Which of the fixed phases this row is about. The conversation tool shows the row's "
            "purpose and tips above the questions for that phase; readers of this page see the "
            "row's own wording."
        ),
    )

    class Meta:
        icon = "table"
        label = _("Phase")
        help_text = _("One phase of the conversation, with its purpose and tips.")


class PhaseGuideBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    rows = blocks.ListBlock(PhaseGuideRowBlock(), label=_("Phases"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Guide by conversation phase")
        template = "course_pages/blocks/phase_guide.html"
        help_text = _(
            "Add one row per phase, in the order the conversation runs. "
            "The rows are translated with the page."
        )
        description = _("How to use the questions in each phase of a conversation.")


class ListSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Point")), label=_("Points"), min_num=1)


class KeyPrinciplesBlock(ListSectionBlock):
    class Meta:
        icon = "pick"
        label = _("Key principles")
        template = "course_pages/blocks/key_principles.html"
        help_text = _(
            "Use for a few principles readers should keep in mind, one principle per point. "
            "Keep the list short so it stands out."
        )
        description = _("The principles to keep in mind, as a highlighted list.")


class PurposeBlock(ListSectionBlock):
    class Meta:
        icon = "crosshairs"
        label = _("Purpose")
        template = "course_pages/blocks/purpose.html"
        help_text = _("Use to say what the questions on this page are for, one aim per point.")
        description = _("What the questions are for, as a list.")


class ReflectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    prompt = TextBlock(label=_("Task"), features=["bold", "italic", "ul", "ol"])
    answer_lines = blocks.IntegerBlock(
        label=_("Answer lines"),
        required=False,
        default=4,
        min_value=0,
        max_value=20,
        help_text=_("Empty lines to write on, in print and PDF."),
    )

    class Meta:
        icon = "edit"
        label = _("Reflection task")
        template = "course_pages/blocks/reflection.html"
        help_text = _(
            "Use for a task readers think about alone or discuss in a group. "
            "Set answer lines to 0 when no written answer is needed."
        )
        description = _("A task for the reader to think about or discuss.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["answer_lines"] = range(value.get("answer_lines") or 0)
        return context


class ChimeLinkBlock(blocks.StructBlock):
    element = blocks.ChoiceBlock(label=_("CHIME element"), choices=ELEMENT_CHOICES)
    text = blocks.CharBlock(
        label=_("Text"), required=False, help_text=_("A sentence under the link; optional.")
    )

    class Meta:
        icon = "link"
        label = _("Link to a CHIME element")
        template = "course_pages/blocks/chime_link.html"
        help_text = _(
            "Use to point readers to one of the five CHIME elements. "
            "Leave the text empty to show the element's own short description."
        )
        description = _("A card linking to the page of a CHIME element, in the reader's language.")

    def clean(self, value):
        value = super().clean(value)
        if get_element(value.get("element")) is None:
            raise ValidationError(_("Choose one of the five CHIME elements."))
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        element = get_element(value.get("element"))
        request = (parent_context or {}).get("request")
        context["element"] = element
        context["element_page"] = element_pages_for(request).get(element.code) if element else None
        return context


CONTENT_BLOCKS = [
    ("heading", HeadingBlock()),
    ("text", TextBlock()),
    ("image", ImageBlock()),
    ("quote", QuoteBlock()),
    ("callout", CalloutBlock()),
    ("video", VideoBlock()),
    ("document", DocumentBlock()),
    ("reflection", ReflectionBlock()),
    ("chime_link", ChimeLinkBlock()),
]

CHIME_BLOCKS = [
    ("purpose", PurposeBlock(group=_("CHIME"))),
    ("practical_guide", PracticalGuideBlock(group=_("CHIME"))),
    ("phase_guide", PhaseGuideBlock(group=_("CHIME"))),
    ("key_principles", KeyPrinciplesBlock(group=_("CHIME"))),
]

QUESTION_BANK_BLOCKS = [
    ("question_theme", QuestionThemeBlock(group=_("Question bank"))),
    ("element_themes", ElementThemesBlock(group=_("Question bank"))),
    ("question_set", QuestionSetBlock(group=_("Question bank"))),
]


# Lessons, element pages and guides offer every block.
BODY_BLOCKS = CONTENT_BLOCKS + CHIME_BLOCKS + QUESTION_BANK_BLOCKS


class AnswerFieldBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), help_text=_("What to write here, e.g. “My goal”."))
    help_text = blocks.CharBlock(label=_("Help text"), required=False)
    lines = blocks.IntegerBlock(label=_("Height in lines"), default=4, min_value=1, max_value=20)

    class Meta:
        icon = "form"
        label = _("Answer field")
        template = "course_pages/blocks/answer_field.html"
        help_text = _(
            "Use where readers write their own answer, such as a goal or a plan. "
            "Keep the label short and put any further guidance in the help text."
        )
        description = _("A labelled text area to write in: a fillable field in the PDF.")


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"), min_num=1)

    class Meta:
        icon = "tick-inverse"
        label = _("Checklist")
        template = "course_pages/blocks/checklist.html"
        help_text = _(
            "Use for steps or points readers tick off, one short item per box. "
            "The heading says what the list is for."
        )
        description = _("Boxes to tick: fillable check boxes in the PDF.")


WORKSHEET_BLOCKS = [
    ("answer_field", AnswerFieldBlock(group=_("Worksheet"))),
    ("checklist", ChecklistBlock(group=_("Worksheet"))),
]

# Printable guides add worksheet fields to everything else.
GUIDE_BLOCKS = BODY_BLOCKS + WORKSHEET_BLOCKS


def in_page_locale(pages, parent_context):
    """The live, public, specific versions of ``pages`` in the language of the page being
    rendered (``parent_context["page"]``), in the same order; pages with no live translation
    there are left out.

    A translated front page keeps the source's page choices (wagtail-localize copies a page
    chooser's value as it is), so an English front page would link to Norwegian pages. One
    query for the pages, one per page type for their specific fields, one for view restrictions.
    """
    page = (parent_context or {}).get("page")
    locale_id = getattr(page, "locale_id", None)
    keys = [chosen.translation_key for chosen in pages]
    found = Page.objects.filter(translation_key__in=keys)
    if locale_id is not None:
        found = found.filter(locale_id=locale_id)
    public = public_q((parent_context or {}).get("request"))
    by_key = {found_page.translation_key: found_page for found_page in found.live().filter(public).specific()}
    return [by_key[key] for key in keys if key in by_key]


class FeaturedPagesBlock(blocks.StructBlock):
    """A front-page section: cards for pages an editor picks, in the order picked."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Intro"), required=False, max_length=400)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["course_pages.CoursePage", "course_pages.GuidePage", "course_pages.LessonPage"],
            label=_("Page"),
        ),
        label=_("Pages"),
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "pick"
        label = _("Featured pages")
        template = "course_pages/blocks/featured_pages.html"
        help_text = _(
            "Pick the courses and guides the front page should point to, in the order to show them. "
            "Each card shows the page's search description, else its intro. A translated front page "
            "shows the pages' translations; unpublished or untranslated pages are left out."
        )
        description = _("Cards for chosen courses, guides or lessons.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["cards"] = in_page_locale([page for page in value["pages"] if page], parent_context)
        return context


class ChimeModelBlock(blocks.StructBlock):
    """A front-page section: the CHIME model's diagram and its five elements, each in its
    colour and linked to its page in the reader's language."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = TextBlock(label=_("Intro"), required=False, features=["bold", "italic", "link"])
    diagram = ImageChooserBlock(label=_("Diagram"), required=False)
    diagram_alt_text = blocks.CharBlock(
        label=_("Alternative text of the diagram"),
        required=False,
        max_length=250,
        help_text=_("Describe what the diagram shows for readers who cannot see it."),
    )
    elements = blocks.ListBlock(
        blocks.ChoiceBlock(choices=ELEMENT_CHOICES, label=_("CHIME element")),
        label=_("Elements"),
        default=[code for code, _label in ELEMENT_CHOICES],
        min_num=1,
        max_num=len(ELEMENT_CHOICES),
        help_text=_("The elements to show, in this order; usually all five, C-H-I-M-E."),
    )

    class Meta:
        icon = "view"
        label = _("CHIME model")
        template = "course_pages/blocks/chime_model.html"
        help_text = _(
            "Shows the CHIME diagram beside the five elements, each in its colour and linked to its page "
            "in the reader's language, and a link to the CHIME overview."
        )
        description = _("The CHIME diagram and the five elements.")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("diagram") and not value.get("diagram_alt_text"):
            errors["diagram_alt_text"] = ValidationError(_("A diagram needs its alternative text."))
        codes = list(value.get("elements") or [])
        if len(set(codes)) != len(codes):
            errors["elements"] = ValidationError(_("Each element can be shown once."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        pages = element_pages_for(request)
        elements = (get_element(code) for code in value["elements"])
        context["elements"] = [(element, pages.get(element.code)) for element in elements if element]
        # The "more about" link goes to the CHIME overview in the page's language, the parent of
        # every element page (ChimeElementPage.parent_page_types).
        shown = [page for _element, page in context["elements"] if page is not None]
        context["overview_url"] = parent_url(shown[0]) if shown else None
        return context


class LatestNewsBlock(blocks.StructBlock):
    """A front-page section: the newest live news articles of the page's language, newest
    first, with a link to that language's news index. Two queries however many are shown."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(label=_("Number of articles"), default=3, min_value=1, max_value=6)

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "course_pages/blocks/latest_news.html"
        help_text = _(
            "Shows the newest published news articles in the front page's language, and a link to all news."
        )
        description = _("The newest news articles.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        locale_id = getattr(context.get("page"), "locale_id", None)
        public = public_q((parent_context or {}).get("request"))
        news_model = apps.get_model("course_pages", "NewsPage")
        articles = news_model.objects.live().filter(public, locale_id=locale_id).order_by("-date", "-pk")
        context["articles"] = list(articles[: value["count"]])
        # A news article lives right under its news index (NewsPage.parent_page_types).
        if context["articles"]:
            context["news_index_url"] = parent_url(context["articles"][0])
        return context


class CurrentProjectBlock(blocks.StructBlock):
    """A front-page section: one project an editor picks, with its summary, duration and status,
    shown in the front page's language (its translation there, or nothing if it has none)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    project = blocks.PageChooserBlock(page_type=["course_pages.ProjectPage"], label=_("Project"))

    class Meta:
        icon = "site"
        label = _("Current project")
        template = "course_pages/blocks/current_project.html"
        help_text = _(
            "Pick the project to feature. A translated front page shows the project's translation; "
            "an unpublished or untranslated project is left out."
        )
        description = _("One chosen project with its summary.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        chosen = value.get("project")
        locale_id = getattr(context.get("page"), "locale_id", None)
        public = public_q((parent_context or {}).get("request"))
        project_model = apps.get_model("course_pages", "ProjectPage")
        # The chooser's value is the project in the language it was chosen in (wagtail-localize
        # copies it as it is): show its translation in the front page's language.
        context["project"] = (
            project_model.objects.live()
            .filter(public, translation_key=chosen.translation_key, locale_id=locale_id)
            .first()
            if chosen
            else None
        )
        return context


#: The front page's sections, which editors add and order.
HOME_SECTION_BLOCKS = [
    ("featured_pages", FeaturedPagesBlock()),
    ("chime_model", ChimeModelBlock()),
    ("latest_news", LatestNewsBlock()),
    ("current_project", CurrentProjectBlock()),
]
