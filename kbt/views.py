"""Site-wide views outside the language-prefixed URLs."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView, TemplateView


class RobotsTxtView(TemplateView):
    """``/robots.txt``: crawlers may read the public pages and find them all in the sitemap."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["site_name"] = settings.WAGTAIL_SITE_NAME
        context["sitemap_url"] = self.request.build_absolute_uri(reverse("sitemap"))
        return context


class FaviconView(RedirectView):
    """``/favicon.ico``, which browsers ask for whatever the page's ``<link rel=icon>`` says."""

    permanent = False  # the static file's hashed name changes with the icon

    def get_redirect_url(self, *args, **kwargs):
        return static("images/favicon.ico")


robots_txt = require_safe(cache_control(max_age=3600, public=True)(RobotsTxtView.as_view()))
favicon = require_safe(FaviconView.as_view())
