"""News: a news index (with pagination, tag and project filters, and Atom and RSS feeds) and
the news articles under it."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import CONTENT_BLOCKS
from ..translation.permissions import SitePermissionsMixin
from .projects import ProjectPage

NEWS_PER_PAGE = 10
# Longer query values are no tag or project name anyone has: refuse them at once.
MAX_FILTER_LENGTH = 100


class NewsIndexPage(RoutablePageMixin, SitePermissionsMixin, Page):
    """The news of one language: newest first, ``NEWS_PER_PAGE`` a page (``?page=2``),
    filtered by tag (``?tag=<name>``) or project (``?project=<slug>``), with feeds at
    ``feed/atom/`` and ``feed/rss/``."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["course_pages.HomePage"]
    subpage_types = ["course_pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        """The live, public articles under this index, newest first."""
        # ``public()`` queries the view restrictions at once; the listing, its tags and its
        # projects all start from this queryset, so do that once per request.
        if not hasattr(self, "_news"):
            self._news = NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        return self._news.all()

    def listed_news(self, request):
        """The articles matching the request's filters, as ``(queryset, tag, project)``.
        Raises ``Http404`` for a filter value too long to be real."""
        news = self.news()
        tag = request.GET.get("tag", "").strip()
        project_slug = request.GET.get("project", "").strip()
        if len(tag) > MAX_FILTER_LENGTH or len(project_slug) > MAX_FILTER_LENGTH:
            raise Http404
        project = None
        if tag:
            news = news.filter(tags__name=tag).distinct()
        if project_slug:
            project = ProjectPage.objects.live().filter(locale_id=self.locale_id, slug=project_slug).first()
            if project is None:
                news = news.none()
            else:
                news = news.filter(related_project__translation_key=project.translation_key)
        return news, tag, project

    @path("")
    def index_route(self, request):
        news, tag, project = self.listed_news(request)
        paginator = Paginator(
            news.select_related("lead_image").prefetch_related("tags", "lead_image__renditions"),
            NEWS_PER_PAGE,
        )
        # A page number that is not a page of this listing is a 404, never a 500.
        try:
            news_page = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404 from None
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "news_page": news_page,
                "paginator": paginator,
                "selected_tag": tag,
                "selected_project": project,
                "filter_query": query.urlencode(),
                "is_filtered": bool(tag or request.GET.get("project")),
                "tags": self.tag_names(),
                "projects": self.projects_with_news(),
            },
        )

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import AtomNewsFeed

        return AtomNewsFeed(self)(request)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from ..feeds import RssNewsFeed

        return RssNewsFeed(self)(request)

    def tag_names(self):
        """Every tag of this index's live articles, alphabetically."""
        names = NewsPageTag.objects.filter(page__in=self.news().values("pk")).values_list("name", flat=True)
        return sorted(set(names), key=str.lower)

    def projects_with_news(self):
        """The projects (in this index's language) that some live article here belongs to."""
        keys = self.news().exclude(related_project=None).values("related_project__translation_key")
        return (
            ProjectPage.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .order_by("title")
        )

    def get_sitemap_urls(self, request=None):
        # The routes (feeds, filtered listings) are not pages of their own.
        return Page.get_sitemap_urls(self, request)


class NewsPage(SitePermissionsMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate, help_text=_("The date the news is from."))
    intro = RichTextField(
        _("lead"),
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences that sum up the news; shown in lists and feeds."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt_text = models.CharField(_("lead image alt text"), max_length=255, blank=True)
    lead_image_caption = models.CharField(_("lead image caption"), max_length=255, blank=True)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))
    related_project = models.ForeignKey(
        "course_pages.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project this news is about, if any."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt_text"), FieldPanel("lead_image_caption")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("related_project"),
        InlinePanel("tags", heading=_("Tags"), label=_("Tag")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["course_pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image_alt_text.strip():
            raise ValidationError(
                {"lead_image_alt_text": _("Describe the image for readers who cannot see it.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        project = self.related_project
        # wagtail-localize keeps page links pointing at the source page: show the reader's
        # language version of the project, if it is live.
        if project is not None and project.locale_id != self.locale_id:
            project = ProjectPage.objects.filter(
                translation_key=project.translation_key, locale_id=self.locale_id
            ).first()
        context["project"] = project if project is not None and project.live else None
        context["news_index"] = self.get_parent().specific
        return context


class NewsPageTag(TranslatableMixin, Orderable):
    """A tag of a news article. A row of the article (not a shared taggit tag) so that
    wagtail-localize translates it with the article: English news gets English tags."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="tags")
    name = models.CharField(_("tag"), max_length=MAX_FILTER_LENGTH)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.name

    def get_default_locale(self):
        return self.page.locale if self.page_id else super().get_default_locale()
