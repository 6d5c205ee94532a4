"""Print views and PDFs for guides, lessons and CHIME element pages.

The print view is the page as a document: A4, no navigation chrome, link addresses written
out. The PDF is that same HTML run through WeasyPrint as tagged PDF/UA with the page's
language, title, bookmarks from the headings, embedded fonts and fillable form fields.
PDFs are cached under a key made from the revisions they show (the page's and every
embedded question theme's), so publishing either builds a new one and nothing else does.
"""

import hashlib
import logging
import mimetypes
import re
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .navigation import absolute_url

logger = logging.getLogger(__name__)

PDF_CACHE_SECONDS = 60 * 60 * 24 * 30
# href="/…" in a link (not "//host/…"): a link to a page of this site.
INTERNAL_LINK = re.compile(r'(<a\b[^>]*?\shref=")/(?!/)')
# Norwegian letters a plain ASCII file name spells the Norwegian way, not drops.
NORWEGIAN_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})
# Characters no file name may hold on common systems (Windows' list, and control characters).
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# A file name whose URL shows where the media storage's URLs start (_remote_media_name).
MEDIA_NAME_PROBE = "kbt-probe"


def content_disposition(title, extension="pdf"):
    """``inline`` with the document's file name made from ``title``: an ASCII ``filename``
    (Norwegian letters spelt out: "Tilhørighet" → "tilhorighet.pdf") for old clients and an
    RFC 6266 / RFC 8187 ``filename*=UTF-8''…`` with the title itself for the rest."""
    ascii_name = slugify(title.translate(NORWEGIAN_ASCII)) or "kbt"
    real_name = " ".join(UNSAFE_IN_FILE_NAMES.sub(" ", title).split()) or ascii_name
    return (
        f'inline; filename="{ascii_name}.{extension}"; '
        f"filename*=UTF-8''{quote(f'{real_name}.{extension}', safe='')}"
    )


def noindex(response):
    """Keep a print view or PDF out of search results: the page itself is what to find."""
    response["X-Robots-Tag"] = "noindex"
    return response


class PdfBuildError(Exception):
    pass


def _static_roots():
    """Every folder static files may come from: STATIC_ROOT and each finder's storage
    (STATICFILES_DIRS and the apps' ``static/`` folders), resolved."""
    roots = [Path(settings.STATIC_ROOT)]
    for finder in finders.get_finders():
        for storage in getattr(finder, "storages", {}).values():
            location = getattr(storage, "location", None)
            if location:
                roots.append(Path(location))
    return [root.resolve() for root in roots]


def _inside(file_path, roots):
    """``file_path`` resolved (symlinks and dot segments followed), if it is a file inside one
    of ``roots``; otherwise None."""
    resolved = Path(file_path).resolve()
    if resolved.is_file() and any(resolved.is_relative_to(root) for root in roots):
        return resolved
    return None


def _clean_name(name):
    """``name`` (already percent-decoded) if it is a plain relative path — no ``.``/``..`` or
    empty segment, backslash or NUL that could step out of its folder; otherwise None."""
    if not name or "\\" in name or "\0" in name:
        return None
    segments = name.split("/")
    if any(segment in {"", ".", ".."} for segment in segments):
        return None
    return name


def local_file_fetcher(url, *args, **kwargs):
    """Give WeasyPrint our own static and media files; refuse everything else, so that
    building a PDF never makes a network request nor reads a file outside them.

    A ``STATIC_URL`` path must name a file inside ``STATIC_ROOT`` or a static-files finder's
    folder, a ``MEDIA_URL`` path a file inside ``MEDIA_ROOT``; the path is percent-decoded
    once and then resolved, so ``/static/%2e%2e/…`` and ``/media/../…`` are refused. When media
    is in object storage (S3), a URL of that storage's own address is read through the storage
    by its name, under the same rule (no ``..`` or empty segment).
    Raises ``weasyprint.urls.URLFetchingError`` for anything refused (WeasyPrint then leaves
    the resource out of the PDF).
    """
    from weasyprint.urls import URLFetcherResponse, URLFetchingError

    path_part = unquote(urlsplit(url).path)
    file_path = None
    if path_part.startswith(settings.STATIC_URL):
        name = _clean_name(path_part[len(settings.STATIC_URL) :])
        if name:
            roots = _static_roots()
            file_path = _inside(Path(settings.STATIC_ROOT) / name, roots)
            if file_path is None:
                try:
                    found = finders.find(name)
                except SuspiciousFileOperation:
                    found = None
                file_path = found and _inside(found, roots)
    elif path_part.startswith(settings.MEDIA_URL) and _media_is_local():
        name = _clean_name(path_part[len(settings.MEDIA_URL) :])
        if name:
            file_path = _inside(Path(settings.MEDIA_ROOT) / name, [Path(settings.MEDIA_ROOT).resolve()])
    if file_path:
        body = file_path.read_bytes()
    else:
        name = _remote_media_name(url)
        if not name:
            raise URLFetchingError(f"Not a local static or media file: {url}")
        # A missing object or an unreachable storage raises here; WeasyPrint turns any
        # fetcher exception into a missing resource (weasyprint.urls.fetch).
        with default_storage.open(name) as media_file:
            body = media_file.read()
    mime_type, _encoding = mimetypes.guess_type(str(file_path or name))
    return URLFetcherResponse(
        url, body=body, headers={"Content-Type": mime_type or "application/octet-stream"}
    )


# WeasyPrint 70's fetch() asks the fetcher whether a failed fetch must stop the whole document
# (it reads ``_fail_on_errors``, which only its own URLFetcher class sets): a plain function
# without it made any refused or missing resource an AttributeError that failed the PDF (503),
# instead of leaving that resource out. tests/test_media_storage.py holds it.
local_file_fetcher._fail_on_errors = False


def _media_is_local():
    """Whether the media storage is a folder on this machine (it has paths), not a bucket."""
    try:
        default_storage.path("")
    except NotImplementedError:
        return False
    return True


def _remote_media_name(url):
    """The storage name of the media file that the remote (object) storage serves at ``url``
    (as its ``url()`` writes it: same scheme, host and key prefix; a signature in the query
    string is ignored), if it is a plain relative name; otherwise None. The file is then read
    through the storage with its credentials, so no URL from the document is ever fetched.
    None as well when media is on local disk."""
    if _media_is_local():
        return None
    prefix = urlsplit(default_storage.url(MEDIA_NAME_PROBE))
    base_path = prefix.path[: -len(MEDIA_NAME_PROBE)]
    parts = urlsplit(url)
    if (parts.scheme, parts.netloc) != (prefix.scheme, prefix.netloc) or not parts.path.startswith(base_path):
        return None
    return _clean_name(unquote(parts.path[len(base_path) :]))


def build_pdf(html, base_url):
    from weasyprint import HTML

    from .pdf_tags import record_html_elements, repair_pdf

    record_html_elements()
    try:
        return HTML(string=html, base_url=base_url, url_fetcher=local_file_fetcher).write_pdf(
            finisher=repair_pdf,
            pdf_variant="pdf/ua-1",
            pdf_forms=True,
            uncompressed_pdf=False,
            optimize_images=False,
            presentational_hints=True,
        )
    except Exception as error:  # WeasyPrint raises many kinds; the caller shows one error page
        raise PdfBuildError(str(error)) from error


class PrintableMixin(RoutablePageMixin):
    """Adds ``print/`` and ``pdf/`` to a page, and print and PDF preview modes for editors."""

    print_template = "course_pages/print.html"
    is_printable = True

    @property
    def preview_modes(self):
        return [("", _("Web page")), ("print", _("Print view")), ("pdf", _("PDF"))]

    def get_cached_paths(self):
        # What the page cache and a frontend cache purge when the page changes (caching.py).
        return ["/", "print/", "pdf/"]

    def print_context(self, request):
        context = self.get_context(request)
        context["print_view"] = True
        context["page_url"] = absolute_url(self, request)
        return context

    def render_print_html(self, request, context):
        """The print document. Links to our own pages get absolute addresses, so that paper
        and PDF readers see (and the print CSS writes out) where they lead."""
        html = render_to_string(self.print_template, context, request=request)
        origin = request.build_absolute_uri("/").rstrip("/")
        return INTERNAL_LINK.sub(lambda match: f"{match.group(1)}{origin}/", html)

    @path("print/", name="print")
    def print_view(self, request):
        return noindex(HttpResponse(self.render_print_html(request, self.print_context(request))))

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        return self.pdf_response(request, use_cache=True)

    def pdf_cache_key(self, request, context):
        revisions = context["question_bank"].revision_fingerprint() if "question_bank" in context else ""
        fingerprint = (
            f"{self.pk}:{self.live_revision_id}:{translation.get_language()}:{revisions}:{request.get_host()}"
        )
        return "pdf:" + hashlib.sha256(fingerprint.encode()).hexdigest()

    def pdf_response(self, request, use_cache):
        context = self.print_context(request)
        key = self.pdf_cache_key(request, context) if use_cache else None
        pdf = cache.get(key) if key else None
        if pdf is None:
            html = self.render_print_html(request, context)
            try:
                pdf = build_pdf(html, base_url=request.build_absolute_uri("/"))
            except PdfBuildError:
                logger.exception("Could not build the PDF of page %s (%s)", self.pk, self.url_path)
                return TemplateResponse(request, "course_pages/pdf_error.html", {"page": self}, status=503)
            if key:
                cache.set(key, pdf, PDF_CACHE_SECONDS)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition(self.title)
        return noindex(response)

    def serve_preview(self, request, mode_name):
        if mode_name == "print":
            return self.print_view(request)
        if mode_name == "pdf":
            return self.pdf_response(request, use_cache=False)
        return super().serve_preview(request, mode_name)
