from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from question_bank.elements import ELEMENT_CHOICES, get_element
from question_bank.embeds import QuestionBankResolver

from .blocks import BODY_BLOCKS, CONTENT_BLOCKS, GUIDE_BLOCKS, RICH_TEXT_FEATURES
from .locales import active_locale, default_locale
from .navigation import page_ancestors
from .printing import PrintableMixin
from .translation.permissions import SitePermissionsMixin


def element_pages_for(request):
    """The live CHIME element pages of the active locale by element code, loaded once per
    request however many links a page has."""
    cache = getattr(request, "_chime_element_pages", None) if request else None
    if cache is None:
        pages = ChimeElementPage.objects.live().filter(locale=active_locale(request))
        cache = {page.element: page for page in pages}
        if request is not None:
            request._chime_element_pages = cache
    return cache


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
            self.locale,
            [self.body],
            preview=getattr(request, "is_preview", False),
            source_locale=default_locale(request),
        )
        return context


class HomePage(SitePermissionsMixin, Page):
    """The root of each locale's tree: the site's front page."""

    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    # Each language has its own home page beside the others under the tree root.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific(defer=True)
        return context

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


class CourseIndexPage(SitePermissionsMixin, Page):
    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.CoursePage"]

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public()
        return context


class CourseFormat(models.TextChoices):
    DIGITAL = "digital", _("Digital")
    PHYSICAL = "physical", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class CoursePage(SitePermissionsMixin, Page):
    intro = RichTextField(_("intro"), features=["bold", "italic", "link"])
    audience = models.TextField(_("who it is for"))
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        features=["ul", "bold", "italic"],
        help_text=_("A bulleted list: what participants can do after the course."),
    )
    format = models.CharField(_("format"), max_length=20, choices=CourseFormat.choices)
    duration = models.CharField(
        _("duration"), max_length=120, help_text=_("For example “Five sessions of 2.5 hours”.")
    )
    credits = models.CharField(_("credits"), max_length=120, blank=True, help_text=_("Leave empty if none."))
    provider = models.CharField(_("run by"), max_length=255)
    signup_url = models.URLField(_("sign-up link"), blank=True)
    signup_text = models.TextField(
        _("how to sign up"), blank=True, help_text=_("Shown with the sign-up link, or instead of it.")
    )
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("more about the course"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("learning_outcomes"),
                FieldRowPanel([FieldPanel("format"), FieldPanel("duration"), FieldPanel("credits")]),
                FieldPanel("provider"),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel([FieldPanel("signup_url"), FieldPanel("signup_text")], heading=_("Sign-up")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("audience"),
        index.SearchField("learning_outcomes"),
        index.SearchField("body"),
    ]
    parent_page_types = ["course_pages.CourseIndexPage"]
    subpage_types = ["course_pages.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if not self.signup_url and not self.signup_text:
            raise ValidationError({"signup_text": _("Give a sign-up link or say how to sign up.")})

    def lessons(self):
        return LessonPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons()
        return context


class LessonPage(PrintableMixin, BodyPage):
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), validators=[MinValueValidator(1)], default=20
    )

    content_panels = BodyPage.content_panels[:2] + [FieldPanel("estimated_minutes"), FieldPanel("body")]
    parent_page_types = ["course_pages.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def print_eyebrow(self):
        return self.get_parent().title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = page_ancestors(request, self)[-1]
        outline = list(LessonPage.objects.sibling_of(self).live().public())
        position = next((i for i, lesson in enumerate(outline) if lesson.pk == self.pk), None)
        context["course"] = course
        context["outline"] = outline
        if position is not None:
            context["lesson_number"] = position + 1
            context["previous_lesson"] = outline[position - 1] if position > 0 else None
            context["next_lesson"] = outline[position + 1] if position + 1 < len(outline) else None
        return context


class ChimeOverviewPage(BodyPage):
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.ChimeElementPage"]
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
