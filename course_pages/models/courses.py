"""Courses and their lessons: course index → course → lesson."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import CONTENT_BLOCKS
from ..navigation import page_ancestors
from ..printing import PrintableMixin
from ..translation.permissions import SitePermissionsMixin
from .base import BodyPage


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
        # Titles and URLs only: a sibling's body (the bulk of its row) is never shown here.
        # A lesson with its own view restriction is left out, as ``public()`` would, but in
        # the same query: the ancestors' restrictions are the served lesson's own, already
        # checked by Wagtail before this page renders (``public()`` read them all again).
        outline = list(
            LessonPage.objects.sibling_of(self)
            .live()
            .filter(view_restrictions__isnull=True)
            .defer_streamfields()
        )
        position = next((i for i, lesson in enumerate(outline) if lesson.pk == self.pk), None)
        context["course"] = course
        context["outline"] = outline
        if position is not None:
            context["lesson_number"] = position + 1
            context["previous_lesson"] = outline[position - 1] if position > 0 else None
            context["next_lesson"] = outline[position + 1] if position + 1 < len(outline) else None
        return context
