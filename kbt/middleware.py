"""The site's own middleware: Django's LocaleMiddleware without the language redirect for URLs
outside i18n_patterns(), the security headers (Content-Security-Policy, Permissions-Policy),
and the admin's answer to malformed requests."""

import logging
import traceback
from dataclasses import dataclass

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.middleware import locale
from django.shortcuts import render
from django.urls import LocalePrefixPattern, get_resolver, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def outside_i18n_patterns(path, urlconf):
    """True when ``path`` (e.g. ``/admin/…``, ``/documents/…``, ``/sitemap.xml``) falls under a
    top-level URL pattern of ``urlconf`` that is not in ``i18n_patterns()``."""
    return any(
        not isinstance(pattern.pattern, LocalePrefixPattern) and pattern.pattern.match(path.lstrip("/"))
        for pattern in get_resolver(urlconf).url_patterns
    )


class LocaleMiddleware(locale.LocaleMiddleware):
    """On a 404 for a path without a language prefix, Django's LocaleMiddleware redirects to
    ``/<lang>/<path>`` whenever that URL resolves, and Wagtail's catch-all page route makes
    every such URL resolve. So a 404 under ``/admin/`` (an admin API call for a deleted image,
    a deleted page's edit view) became a redirect to ``/nb/admin/…``, an HTML 404 that the
    translation editor cannot read (wagtail/wagtail#7038, wagtail/wagtail-localize#375).
    Here a 404 under a URL pattern outside ``i18n_patterns()`` stays that 404; everything else,
    headers included, is Django's behaviour (``tests/test_deleted_images.py`` has a canary)."""

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if response.status_code == 404 and outside_i18n_patterns(request.path_info, urlconf):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def is_admin_path(path):
    """True for a path under Wagtail's admin URL (``/admin/`` here)."""
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with two policies: ``CONTENT_SECURITY_POLICY`` for the site and
    ``ADMIN_CONTENT_SECURITY_POLICY`` under Wagtail's admin URL, which needs inline script and
    style (see the settings). A view's own ``@csp_replace``/``@csp_update`` still applies.
    PDFs get no policy: they run no page script, and Chromium shows a PDF with its built-in
    viewer, a plugin that the policy's ``object-src 'none'`` can keep from displaying it."""

    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith("application/pdf"):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def permissions_policy_header(policy):
    """``{"camera": [], "fullscreen": ["self"]}`` → ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{feature}=({' '.join(allowlist)})" for feature, allowlist in policy.items())


class PermissionsPolicyMiddleware:
    """Adds the ``Permissions-Policy`` header built from ``settings.PERMISSIONS_POLICY`` to
    every response that has none (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


@dataclass(frozen=True)
class MalformedInput:
    """An exception that upstream admin code raises on malformed input instead of answering it.

    It is recognised by its type and by a frame of the traceback: the function (its
    ``__qualname__``, ``*.name`` for any class) in a module whose name starts with ``module``.
    """

    exceptions: tuple
    module: str
    function: str
    message: str

    def matches(self, exception):
        if not isinstance(exception, self.exceptions):
            return False
        for frame, _line in traceback.walk_tb(exception.__traceback__):
            qualname = frame.f_code.co_qualname
            name_matches = (
                qualname.endswith(self.function[1:])
                if self.function.startswith("*")
                else qualname == self.function
            )
            if name_matches and frame.f_globals.get("__name__", "").startswith(self.module):
                return True
        return False


FORM_MESSAGE = _(
    "The form arrived incomplete or malformed, so nothing was saved. Reload the page and try again."
)

# Wagtail 8.0.1, django-modelcluster 6.5 and wagtail-localize 1.14.5 raise these on input
# that no form of theirs sends but a person can (an edited request, a broken client). Each is
# answered 400 here; anything else still reaches Django's 500 handling. tests/test_admin_bad_requests.py
# sends each request, so an upgrade that fixes or changes one shows there.
KNOWN_MALFORMED_INPUT = [
    # StreamField POST with a non-numeric "body-0-order" (ValueError) or without "body-count"
    # (KeyError): BaseStreamBlock.value_from_datadict reads them with int(data[...]).
    MalformedInput((KeyError, ValueError), "wagtail.blocks.", "*.value_from_datadict", FORM_MESSAGE),
    # A Draftail rich-text field or block whose value is not JSON (json.JSONDecodeError).
    MalformedInput(
        (ValueError,),
        "wagtail.admin.rich_text.converters.contentstate",
        "ContentstateConverter.to_database_format",
        FORM_MESSAGE,
    ),
    # An inline child form (a theme's questions) with a non-numeric id: modelcluster's formset
    # lets the ValidationError of the id field escape while building its forms.
    MalformedInput((ValidationError,), "modelcluster.forms", "*._construct_form", FORM_MESSAGE),
    # Choosers' chosen-multiple/?id=abc: the ids go straight into filter(pk__in=…).
    MalformedInput(
        (ValueError, ValidationError),
        "wagtail.admin.views.generic.chooser",
        "ChosenMultipleViewMixin.get",
        _("The chosen items could not be read. Close the chooser and choose again."),
    ),
    MalformedInput(
        (ValueError, ValidationError),
        "wagtail.admin.views.chooser",
        "ChosenMultipleView.get",
        _("The chosen items could not be read. Close the chooser and choose again."),
    ),
    # wagtail-localize's PO upload without a file (MultiValueDictKeyError) or of a PO file
    # without its X-WagtailLocalize-TranslationID header (KeyError).
    MalformedInput(
        (KeyError,),
        "wagtail_localize.views.edit_translation",
        "upload_pofile",
        _(
            "Upload the PO file downloaded from this translation: the upload had no file, "
            "or the file does not say which translation it belongs to."
        ),
    ),
    # wagtail-localize's string PUT without "value".
    MalformedInput(
        (KeyError,),
        "wagtail_localize.views.edit_translation",
        "edit_string_translation",
        _("The translation was sent without its text (the value field)."),
    ),
]

# Admin search runs one nested SQL expression per word: about 150 words exceed PostgreSQL's
# stack depth and 5,000 Python's recursion limit on SQLite (RecursionError). Nobody searches
# with more than a few words, so longer queries are refused before they reach the backend.
ADMIN_SEARCH_MAX_WORDS = 32
ADMIN_SEARCH_MAX_CHARACTERS = 500
# The admin API passes offset and limit to the database, which fails on numbers larger than
# a signed 64-bit integer (SQLite: IntegrityError or OverflowError; PostgreSQL: DataError).
API_MAX_INTEGER = 2**63 - 1


class AdminBadRequestMiddleware:
    """Answers malformed admin requests with 400 and a message instead of a 500.

    Before the view: refuses over-long searches (``q``) and admin API ``offset``/``limit``
    values the database cannot hold. After: turns the exceptions listed in
    ``KNOWN_MALFORMED_INPUT`` into 400. The answer is JSON (``{"message": …}``, like
    Wagtail's API errors) for API, XHR and PUT/DELETE requests, otherwise an admin page.
    Only under Wagtail's admin URL; public pages are left to Django.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_admin_path(request.path_info):
            return None
        query = request.GET.get("q", "")
        if len(query) > ADMIN_SEARCH_MAX_CHARACTERS or len(query.split()) > ADMIN_SEARCH_MAX_WORDS:
            return self.bad_request(
                request,
                _("The search is too long. Search with at most %(words)d words.")
                % {"words": ADMIN_SEARCH_MAX_WORDS},
            )
        if (request.resolver_match.namespace or "").startswith("wagtailadmin_api"):
            for name in ("offset", "limit"):
                value = request.GET.get(name, "")
                # Length first: int() refuses strings of more than 4,300 digits (ValueError).
                if value.isdecimal() and (len(value) > 19 or int(value) > API_MAX_INTEGER):
                    return self.bad_request(request, _("%(name)s is too large.") % {"name": name}, json=True)
        return None

    def process_exception(self, request, exception):
        if not is_admin_path(request.path_info):
            return None
        for fault in KNOWN_MALFORMED_INPUT:
            if fault.matches(exception):
                logger.warning(
                    "Malformed admin request answered 400: %s %s (%r)",
                    request.method,
                    request.path,
                    exception,
                )
                return self.bad_request(request, fault.message)
        return None

    @staticmethod
    def bad_request(request, message, json=False):
        wants_json = (
            json
            or request.method not in ("GET", "POST")
            or request.headers.get("x-requested-with") == "XMLHttpRequest"
            or not request.accepts("text/html")
        )
        if wants_json:
            return JsonResponse({"message": str(message)}, status=400)
        return render(request, "kbt/admin_bad_request.html", {"message": message}, status=400)
