"""Print views and PDFs for guides, lessons and CHIME element pages.

The print view is the page as a document: A4, no navigation chrome, link addresses written
out. The PDF is that same HTML run through WeasyPrint as tagged PDF/UA with the page's
language, title, bookmarks from the headings, embedded fonts and fillable form fields.
A PDF is built once per content version and kept in the default cache (Redis in
production), so every worker and every restart shares it: its key is the page cache's
content version of the ``pdf/`` URL (``caching.content_version``), renewed by exactly the
publishes that purge the page (the page's own, an embedded question theme's), so computing it
costs no query. After such a publish a background job (``kbt.jobs``) builds the new PDF
before a reader asks (with a job queue; without one, the first reader builds it). Readers
get it with an ``ETag`` and ``Last-Modified``, and a 304 when their copy is current. The
editor's PDF preview is cached under a hash of its print document.
"""

import hashlib
import logging
import mimetypes
import re
import time
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.encoding import iri_to_uri
from django.utils.functional import SimpleLazyObject
from django.utils.http import http_date, quote_etag
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from kbt.jobs import enqueue_optional, queue_configured

from .caching import content_version, pages_for_theme
from .navigation import absolute_url

logger = logging.getLogger(__name__)

PDF_CACHE_SECONDS = 60 * 60 * 24 * 30
# An editor's preview PDF: kept a day, long enough for the previews of one editing session.
PDF_PREVIEW_SECONDS = 60 * 60 * 24
# A build holds its lock at most this long (seconds); readers of the same PDF wait at most
# PDF_WAIT_SECONDS for it, looking every PDF_POLL_SECONDS, then build it themselves.
PDF_LOCK_SECONDS = 5 * 60
PDF_WAIT_SECONDS = 60
PDF_POLL_SECONDS = 0.2
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
    # How long a built PDF is kept, in seconds, and whether a publish builds it ahead of the
    # first reader (not for a page whose PDF depends on the reader's query string).
    pdf_cache_seconds = PDF_CACHE_SECONDS
    prebuild_pdf = True

    @property
    def preview_modes(self):
        return [("", _("Web page")), ("print", _("Print view")), ("pdf", _("PDF"))]

    def get_cached_paths(self):
        # What the page cache and a frontend cache purge when the page changes (caching.py).
        return ["/", "print/", "pdf/"]

    def print_context(self, request):
        context = self.get_context(request, print_view=True)
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
        return self.pdf_response(request)

    def pdf_cache_key(self, request, context):
        """The key (a ``str``) of this page's live PDF as ``request`` asks for it, in the shared
        cache: ``caching.content_version`` of the page's ``pdf/`` URL, which changes whenever
        the page or anything it shows (an embedded question theme) is published, plus the
        language and the address the PDF's links are written with. Costs one cache read, no
        query. ``context`` is the print context, built only if an override reads it (then it
        costs the queries of rendering); a page type whose PDF also depends on the query
        string adds that here."""
        url = iri_to_uri(self.get_full_url(request) + "pdf/")
        return pdf_key(request, content_version(url), url)

    def live_pdf_key(self, request):
        """``(key, context)``: ``pdf_cache_key`` with the print context built lazily."""
        context = SimpleLazyObject(lambda: self.print_context(request))
        return self.pdf_cache_key(request, context), context

    def live_pdf(self, request, key, context):
        """The cache entry of the live PDF under ``key`` (``cached_pdf``), built when missing."""
        return cached_pdf(key, lambda: self.render_pdf(request, dict(context)), self.pdf_cache_seconds)

    def pdf_response(self, request):
        """The live PDF from the shared cache, built once per content version (see
        ``cached_pdf``), with an ``ETag`` and ``Last-Modified``: 304 to a conditional GET
        that names them. 503 with an error page when WeasyPrint fails."""
        key, context = self.live_pdf_key(request)
        validators = HttpResponse()
        validators["ETag"] = quote_etag(key.removeprefix("pdf:")[:32])
        # Same key, same content: the reader's copy is current, whether or not it is cached here.
        # (Django answers the response it was given when no condition applies, else a 304/412.)
        conditional = get_conditional_response(request, etag=validators["ETag"], response=validators)
        if conditional is not validators:
            return conditional
        try:
            entry = self.live_pdf(request, key, context)
        except PdfBuildError:
            logger.exception("Could not build the PDF of page %s (%s)", self.pk, self.url_path)
            return TemplateResponse(request, "course_pages/pdf_error.html", {"page": self}, status=503)
        last_modified = int(entry["built_at"])
        validators["Last-Modified"] = http_date(last_modified)
        conditional = get_conditional_response(
            request, etag=validators["ETag"], last_modified=last_modified, response=validators
        )
        if conditional is not validators:
            return conditional
        response = self.pdf_http_response(entry["pdf"])
        response["ETag"] = validators["ETag"]
        response["Last-Modified"] = validators["Last-Modified"]
        return response

    def render_pdf(self, request, context):
        """The PDF (``bytes``) of the print document for ``context``; raises ``PdfBuildError``."""
        html = self.render_print_html(request, context)
        return build_pdf(html, base_url=request.build_absolute_uri("/"))

    def pdf_http_response(self, pdf):
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition(self.title)
        return noindex(response)

    def pdf_preview_response(self, request):
        """The editor's PDF preview of the content being previewed, cached under a hash of its
        print document: previewing unchanged content again answers from the cache."""
        html = self.render_print_html(request, self.print_context(request))
        base_url = request.build_absolute_uri("/")
        key = "pdf:preview:" + hashlib.sha256(f"{base_url}\n{html}".encode()).hexdigest()
        try:
            entry = cached_pdf(key, lambda: build_pdf(html, base_url=base_url), timeout=PDF_PREVIEW_SECONDS)
        except PdfBuildError:
            logger.exception("Could not build the PDF preview of page %s (%s)", self.pk, self.url_path)
            return TemplateResponse(request, "course_pages/pdf_error.html", {"page": self}, status=503)
        return self.pdf_http_response(entry["pdf"])

    def serve_preview(self, request, mode_name):
        if mode_name == "print":
            return self.print_view(request)
        if mode_name == "pdf":
            return self.pdf_preview_response(request)
        return super().serve_preview(request, mode_name)


def pdf_key(request, *parts):
    """The shared-cache key (``"pdf:<sha256 hex>"``) of a PDF made from what ``parts`` (strings)
    name, in the active language, with links written for ``request``'s scheme and host. The
    release (``settings.RELEASE``) and WeasyPrint's version are part of it, so that a deploy
    that changes the print templates, CSS, fonts or WeasyPrint builds every PDF anew, and
    readers' ETags (made from the key) no longer match."""
    fingerprint = "\n".join(
        [
            settings.RELEASE,
            weasyprint_version(),
            translation.get_language(),
            request.scheme,
            request.get_host(),
            *parts,
        ]
    )
    return "pdf:" + hashlib.sha256(fingerprint.encode()).hexdigest()


def weasyprint_version():
    from importlib.metadata import version

    return version("weasyprint")


def cached_pdf(key, build, timeout=PDF_CACHE_SECONDS):
    """The entry ``{"pdf": bytes, "built_at": seconds since the epoch}`` stored under ``key``
    in the default cache (Redis in production: shared by every worker and kept over
    restarts), calling ``build()`` (→ ``bytes``) to make it when it is missing.

    One build per key at a time: the first process to miss takes a lock (``cache.add``) and
    builds; the others wait for its entry, up to ``PDF_WAIT_SECONDS``, then build themselves
    (a builder that died leaves a lock that expires after ``PDF_LOCK_SECONDS``). With the
    cache unreachable (django-redis' ``IGNORE_EXCEPTIONS`` answers ``None`` to ``add``), each
    request builds its own. Raises what ``build`` raises.
    """
    entry = cache.get(key)
    if entry is not None:
        return entry
    lock = key + ":building"
    deadline = time.monotonic() + PDF_WAIT_SECONDS
    locked = cache.add(lock, 1, timeout=PDF_LOCK_SECONDS)
    while locked is False and time.monotonic() < deadline:
        time.sleep(PDF_POLL_SECONDS)
        entry = cache.get(key)
        if entry is not None:
            return entry
        locked = cache.add(lock, 1, timeout=PDF_LOCK_SECONDS)
    try:
        entry = cache.get(key)  # built by the lock's previous holder
        if entry is None:
            entry = {"pdf": build(), "built_at": time.time()}
            cache.set(key, entry, timeout)
        return entry
    finally:
        if locked:
            cache.delete(lock)


def build_live_pdfs(page_ids):
    """Job (``kbt.jobs.enqueue_optional``): build and cache the live PDF of each printable page of
    ``page_ids`` that is live, as a reader at the page's Site address would get it, so the
    first reader after a publish does not wait for it. Pages that are gone are skipped."""
    from django.test import RequestFactory
    from wagtail.models import Page

    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        if not isinstance(page, PrintableMixin) or not page.prebuild_pdf:
            continue
        site = page.get_site()
        if site is None:
            continue
        origin = urlsplit(site.root_url)
        request = RequestFactory().get(
            page.get_url_parts()[2] + "pdf/", HTTP_HOST=origin.netloc, secure=origin.scheme == "https"
        )
        request.user = AnonymousUser()
        with translation.override(page.locale.language_code):
            try:
                page.live_pdf(request, *page.live_pdf_key(request))
            except PdfBuildError:
                logger.exception("Could not build the PDF of page %s (%s)", page.pk, page.url_path)


# What the jobs are, as the report of failed jobs names them (kbt/failed_jobs.py).
PAGE_PDF_JOB = _("Build the PDF of page “%(title)s”")
THEME_PDFS_JOB = _("Build the PDFs of the pages that show question theme “%(title)s”")


def publisher(kwargs):
    """The user who published, from a ``published``/``page_published`` signal's revision."""
    revision = kwargs.get("revision")
    return getattr(revision, "user", None)


def prebuild_published_page_pdf(sender, instance, **kwargs):
    """page_published: rebuild the page's PDF off the request (when there is a queue)."""
    if isinstance(instance, PrintableMixin) and instance.prebuild_pdf:
        title = instance.get_admin_display_title()
        enqueue_optional(
            build_live_pdfs,
            [instance.pk],
            job_description=lambda: PAGE_PDF_JOB % {"title": title},
            job_user=publisher(kwargs),
        )


def prebuild_theme_pdfs(sender, instance, **kwargs):
    """A question theme published: rebuild the PDF of every page that shows it (the pages the
    page cache purges, ``caching.pages_for_theme``), off the request (when there is a queue)."""
    if not queue_configured():
        return
    page_ids = sorted({page.pk for page in pages_for_theme(instance)})
    if page_ids:
        title = str(instance)
        enqueue_optional(
            build_live_pdfs,
            page_ids,
            job_description=lambda: THEME_PDFS_JOB % {"title": title},
            job_user=publisher(kwargs),
        )
