"""The site's URLs plus one view that fails, to see the 500 page a reader would get."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from kbt.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("a bug in a view")


urlpatterns = i18n_patterns(path("failing/", failing_view), prefix_default_language=True)
urlpatterns += site_urlpatterns
