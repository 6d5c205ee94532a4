"""What a page says about itself in the HTML head: title, description, canonical URL and the
Open Graph image. One place for these rules, used by ``base.html`` through ``page_meta``.

Search engines and link previews (Open Graph, https://ogp.me/) read these; Wagtail's own
``seo_title`` and ``search_description`` fields ("Promote" tab) come first where an editor set them.
"""

import logging
from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import gettext
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)

#: Search engines show about 150–160 characters of a description; longer text is cut there.
DESCRIPTION_MAX_CHARS = 160

#: Open Graph's recommended image size (1.91:1), as a Wagtail rendition filter.
OG_IMAGE_FILTER = "fill-1200x630"
OG_DEFAULT_IMAGE = "images/og-default.png"

#: Open Graph wants language_TERRITORY; a language not listed here is given as its code alone.
OG_LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


@dataclass(frozen=True)
class PageMeta:
    title: str  # the <title>: "Page – Site", or just the site's name on its front page
    og_title: str  # the page's own title, without the site's name
    description: str  # plain text, at most DESCRIPTION_MAX_CHARS characters; may be ""
    canonical_url: str  # absolute URL
    image_url: str  # absolute URL of a 1200 × 630 image
    image_alt: str
    og_type: str  # "website" for the front page, "article" otherwise
    og_locale: str  # language_TERRITORY, e.g. "nb_NO"
    site_name: str


def site_name():
    return gettext("KBT Fagskole")


def is_front_page(page):
    """Each language's home page sits at depth 2, right under Wagtail's root."""
    return page.depth == 2


def page_title(page):
    """The ``<title>``: the page's SEO title or title, then the site's name — once.

    The front page is titled by the site's name alone (or its SEO title, when an editor set
    one), and a title that already is the site's name is not repeated."""
    name = site_name()
    own = (page.seo_title or page.title).strip()
    if is_front_page(page):
        return page.seo_title.strip() or name
    if own == name:
        return name
    return f"{own} – {name}"


def page_description(page):
    """The page's search description, else its intro with the markup stripped, else its summary
    (a project page's); plain text, shortened at a word boundary to ``DESCRIPTION_MAX_CHARS``.
    "" when the page has none of them."""
    text = (getattr(page, "search_description", "") or "").strip()
    if not text:
        text = strip_tags(str(getattr(page, "intro", "") or ""))
    if not text.strip():
        text = str(getattr(page, "summary", "") or "")
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_MAX_CHARS:
        return text
    # Cut at the last whole word that leaves room for the ellipsis.
    cut = text[: DESCRIPTION_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def lead_image(page):
    """A page's lead image (news pages have ``lead_image``), or None."""
    return getattr(page, "lead_image", None)


def page_meta(request, page, language):
    """The ``PageMeta`` of a Wagtail page shown to ``request`` in ``language`` (a code)."""
    image = lead_image(page)
    rendition = None
    if image is not None:
        try:
            rendition = image.get_rendition(OG_IMAGE_FILTER)
        except (SourceImageIOError, OSError):
            # The file is gone from storage: the page must still render, with the default image.
            logger.warning("Open Graph image %s of page %s is unreadable", image.pk, page.pk)
    if rendition is not None:
        image_url = request.build_absolute_uri(rendition.url)
        image_alt = getattr(page, "lead_image_alt", "") or image.default_alt_text or ""
    else:
        image_url = request.build_absolute_uri(static(OG_DEFAULT_IMAGE))
        image_alt = site_name()
    return PageMeta(
        title=page_title(page),
        og_title=(page.seo_title or page.title),
        description=page_description(page),
        # Built like the hreflang alternates (course_pages.navigation), so the two agree.
        canonical_url=request.build_absolute_uri(page.get_url(request=request) or request.path),
        image_url=image_url,
        image_alt=image_alt,
        og_type="website" if is_front_page(page) else "article",
        og_locale=OG_LOCALES.get(language, language),
        site_name=site_name(),
    )
