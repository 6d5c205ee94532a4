"""Publishing is all-or-nothing: the live row, its log entry and its workflow state together.

Wagtail 8.0.1's ``PublishRevisionAction.execute`` (pages, through its subclass
``PublishPageRevisionAction``, and snippets) saves the object as live, then sends
``page_published``/``published``, cancels the workflow and writes the ``wagtail.publish`` log
entry, with no transaction around them: a receiver that raised left the page live with no
audit entry and the moderator looking at a 500. ``install()`` (called once from
``CoursePagesConfig.ready``) runs ``execute`` in ``transaction.atomic``, so an exception
anywhere in it undoes all of it; the revision the editor saved before publishing stays, as a
draft. ``FailedPublishMiddleware`` then tells the editor, on the editing screen they came
from, that nothing was published.

Only the publish is wrapped, not wagtail-localize's ``Translation.save_target``, which
publishes on commit (DESIGN.md, "Traps"): our ``translation.saving.save_target`` calls
``revision.publish()``, which is atomic by itself now.
"""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_revision import PublishRevisionAction

logger = logging.getLogger(__name__)

_upstream_execute = PublishRevisionAction.execute


def atomic_execute(self, skip_permission_checks=False):
    """``PublishRevisionAction.execute`` in one transaction (a savepoint inside an outer one,
    e.g. a workflow approval, which then rolls back too)."""
    with transaction.atomic():
        return _upstream_execute(self, skip_permission_checks=skip_permission_checks)


def install():
    PublishRevisionAction.execute = atomic_execute


def is_installed():
    return PublishRevisionAction.execute is atomic_execute


def failed_in_publish(exception):
    """True if ``exception`` was raised while ``atomic_execute`` ran (so it was rolled back)."""
    tb = exception.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code is atomic_execute.__code__:
            return True
        tb = tb.tb_next
    return False


PUBLISH_FAILED = _(
    "Publishing failed, so nothing was published and the public still sees the previous "
    "version. Your changes are saved as a draft. Try again, or tell an administrator if it "
    "happens again."
)


class FailedPublishMiddleware:
    """An exception from a publish that was rolled back, in a form the editor posted to the
    admin, becomes an error message on the screen they posted from (logged in full for the
    operator) instead of a 500. Other requests and exceptions are left to Django."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from kbt.middleware import is_admin_path

        if isinstance(exception, PermissionDenied | Http404) or request.method != "POST":
            return None
        if not is_admin_path(request.path_info) or not failed_in_publish(exception):
            return None
        logger.exception("Publishing failed and was rolled back: %s", request.path, exc_info=exception)
        messages.error(request, PUBLISH_FAILED)
        return redirect(return_url(request))


def return_url(request):
    """Where the editor goes back to: the form's ``next`` if it is on this site, the page
    editor after a workflow action (approving publishes), else the screen that was posted."""
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    match = request.resolver_match
    if match and match.url_name == "workflow_action" and "page_id" in match.kwargs:
        return reverse("wagtailadmin_pages:edit", args=[match.kwargs["page_id"]])
    return request.get_full_path()
