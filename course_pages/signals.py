from wagtail.models import Site


def clear_site_root_paths(sender, instance, **kwargs):
    """A new or moved translation of a site's home page changes the site's root paths.

    Wagtail clears its cached root paths only when a Site is saved, so without this an
    English home page created by wagtail-localize stays unreachable until the cache expires.
    """
    Site.clear_site_root_paths_cache()
