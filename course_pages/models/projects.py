"""Projects: a project index and the project pages under it.

A project page carries its facts (summary, duration, status, funder), its people with their
roles in the project, its partners and participating municipalities (organisation snippets),
its goals and expected contributions, its phases with their activities (numbered through
the whole project, as the college numbers them: "9 activities in 4 phases"), related
courses and the news that names it as their project.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import CONTENT_BLOCKS
from ..navigation import public_q
from ..translation.permissions import SitePermissionsMixin
from .courses import CoursePage

LIST_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ProjectIndexPage(SitePermissionsMixin, Page):
    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Current projects first, then the most recent.
        context["projects"] = (
            ProjectPage.objects.child_of(self).live().public().order_by("-end_year", "-start_year", "title")
        )
        return context


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class PhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), help_text=_("For example “Mapping and pilot”."))
    description = blocks.TextBlock(label=_("What happens in this phase"), required=False)
    activities = blocks.ListBlock(
        blocks.CharBlock(label=_("Activity")),
        label=_("Activities"),
        help_text=_("In the order they happen. Activities are numbered through the whole project."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Phase")
        description = _("A phase of the project with its activities.")


class ProjectPage(SitePermissionsMixin, Page):
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: what the project does and for whom.")
    )
    start_year = models.PositiveSmallIntegerField(_("from (year)"))
    end_year = models.PositiveSmallIntegerField(_("to (year)"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("about the project"))
    goals = RichTextField(_("goals"), blank=True, features=LIST_FEATURES)
    expected_contributions = RichTextField(
        _("expected contributions"),
        blank=True,
        features=LIST_FEATURES,
        help_text=_("What the project is expected to lead to; a numbered list reads well."),
    )
    phases_intro = RichTextField(_("how the project is carried out"), blank=True, features=LIST_FEATURES)
    phases = StreamField([("phase", PhaseBlock())], blank=True, verbose_name=_("phases"))
    funder = models.ForeignKey(
        "course_pages.Organisation",
        verbose_name=_("funder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]), FieldPanel("status")],
            heading=_("Duration and status"),
        ),
        InlinePanel("members", heading=_("Project group"), label=_("Member")),
        FieldPanel("body"),
        FieldPanel("goals"),
        FieldPanel("expected_contributions"),
        InlinePanel("partners", heading=_("Partners and municipalities"), label=_("Organisation")),
        MultiFieldPanel(
            [FieldPanel("phases_intro"), FieldPanel("phases")], heading=_("Phases and activities")
        ),
        FieldPanel("funder"),
        InlinePanel("related_courses", heading=_("Related courses"), label=_("Course")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("goals"),
        index.SearchField("expected_contributions"),
        index.SearchField("phases"),
    ]
    parent_page_types = ["course_pages.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The project cannot end before it starts.")})

    @cached_property
    def numbered_phases(self):
        """``[(phase number, phase value, [(activity number, text), …]), …]``: phases from 1,
        activities from 1 through the whole project."""
        numbered, activity_number = [], 0
        for phase_number, block in enumerate(self.phases, start=1):
            activities = []
            for text in block.value["activities"]:
                activity_number += 1
                activities.append((activity_number, text))
            numbered.append((phase_number, block.value, activities))
        return numbered

    def get_context(self, request, *args, **kwargs):
        from .news import NewsIndexPage, NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["members"] = [
            member
            for member in self.members.select_related("person__organisation", "person__image")
            if member.person and member.person.live
        ]
        partners = [
            partner
            for partner in self.partners.select_related("organisation__logo")
            if partner.organisation and partner.organisation.live
        ]
        context["partners"] = [p for p in partners if p.kind == PartnerKind.PARTNER]
        context["municipalities"] = [p for p in partners if p.kind == PartnerKind.MUNICIPALITY]
        context["funder"] = self.funder if self.funder and self.funder.live else None
        public = public_q(request)
        # Related courses are chosen in Norwegian and shown in the reader's language
        # (wagtail-localize keeps page links pointing at the source page), in the editor's
        # order: one query, however many there are.
        chosen = ProjectRelatedCourse.objects.filter(
            project=self, page__translation_key=OuterRef("translation_key")
        )
        context["related_courses"] = (
            CoursePage.objects.filter(
                locale_id=self.locale_id, translation_key__in=chosen.values("page__translation_key")
            )
            .annotate(position=Subquery(chosen.values("sort_order")[:1]))
            .order_by("position")
            .live()
            .filter(public)
        )
        context["related_news"] = (
            NewsPage.objects.live()
            .filter(public, locale_id=self.locale_id, related_project__translation_key=self.translation_key)
            .order_by("-date", "-pk")[:5]
        )
        # For the feed links in the head.
        context["news_index"] = NewsIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        return context


class ProjectMember(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="members")
    # Deleting a person or organisation empties the row, which the page leaves out, instead
    # of changing a published page's rows behind its revisions.
    person = models.ForeignKey(
        "course_pages.Person",
        verbose_name=_("person"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(
        _("role in the project"), max_length=255, blank=True, help_text=_("For example “Project manager”.")
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project member")
        verbose_name_plural = _("project members")

    def __str__(self):
        return f"{self.person} ({self.role})" if self.role else str(self.person)

    def get_default_locale(self):
        # A member row is always in its page's language.
        return self.page.locale if self.page_id else super().get_default_locale()


class PartnerKind(models.TextChoices):
    PARTNER = "partner", _("Partner")
    MUNICIPALITY = "municipality", _("Participating municipality")


class ProjectPartner(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "course_pages.Organisation",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.PARTNER
    )

    panels = [FieldPanel("organisation"), FieldPanel("kind")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self):
        return str(self.organisation)

    def get_default_locale(self):
        return self.page.locale if self.page_id else super().get_default_locale()


class ProjectRelatedCourse(TranslatableMixin, Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="related_courses")
    page = models.ForeignKey(
        "course_pages.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related course")
        verbose_name_plural = _("related courses")

    def __str__(self):
        return str(self.page)

    def get_default_locale(self):
        return self.project.locale if self.project_id else super().get_default_locale()
