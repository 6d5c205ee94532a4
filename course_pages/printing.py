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
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

logger = logging.getLogger(__name__)

PDF_CACHE_SECONDS = 60 * 60 * 24 * 30
# href="/…" in a link (not "//host/…"): a link to a page of this site.
INTERNAL_LINK = re.compile(r'(<a\b[^>]*?\shref=")/(?!/)')


class PdfBuildError(Exception):
    pass


def local_file_fetcher(url, *args, **kwargs):
    """Give WeasyPrint our own static and media files; refuse everything else, so that
    building a PDF never makes a network request."""
    from weasyprint.urls import URLFetcherResponse, URLFetchingError

    path_part = unquote(urlsplit(url).path)
    file_path = None
    if path_part.startswith(settings.STATIC_URL):
        name = path_part[len(settings.STATIC_URL) :]
        collected = Path(settings.STATIC_ROOT) / name
        file_path = collected if collected.is_file() else finders.find(name)
    elif path_part.startswith(settings.MEDIA_URL):
        name = path_part[len(settings.MEDIA_URL) :]
        if default_storage.exists(name):
            file_path = default_storage.path(name)
    if not file_path:
        raise URLFetchingError(f"Not a local static or media file: {url}")
    mime_type, _encoding = mimetypes.guess_type(str(file_path))
    body = Path(file_path).read_bytes()
    return URLFetcherResponse(
        url, body=body, headers={"Content-Type": mime_type or "application/octet-stream"}
    )


def build_pdf(html, base_url):
    from weasyprint import HTML

    try:
        return HTML(string=html, base_url=base_url, url_fetcher=local_file_fetcher).write_pdf(
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
        context["page_url"] = self.get_full_url(request=request)
        return context

    def render_print_html(self, request, context):
        """The print document. Links to our own pages get absolute addresses, so that paper
        and PDF readers see (and the print CSS writes out) where they lead."""
        html = render_to_string(self.print_template, context, request=request)
        origin = request.build_absolute_uri("/").rstrip("/")
        return INTERNAL_LINK.sub(lambda match: f"{match.group(1)}{origin}/", html)

    @path("print/", name="print")
    def print_view(self, request):
        return HttpResponse(self.render_print_html(request, self.print_context(request)))

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        return self.pdf_response(request, use_cache=True)

    def pdf_filename(self):
        return f"{slugify(self.title) or 'kbt'}.pdf"

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
        response["Content-Disposition"] = f'inline; filename="{self.pdf_filename()}"'
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "print":
            return self.print_view(request)
        if mode_name == "pdf":
            return self.pdf_response(request, use_cache=False)
        return super().serve_preview(request, mode_name)
