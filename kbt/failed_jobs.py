"""Reports → "Failed background jobs", for superusers: the jobs of the ``default`` queue that
failed (RQ's ``FailedJobRegistry``), newest first, with when each failed, what it was and who
asked for it (``job.meta``, see ``kbt.jobs.job_options``) and the last line of its error. A
superuser may run a failed job again or delete it.

Nothing is stored here: the list is read from Redis, where RQ keeps a failed job a year
(``failure_ttl``). Without a queue (the SQLite demo) jobs run in the request and there is
nothing to list; with Redis unreachable the report says so instead of answering 500.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from redis.exceptions import RedisError
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, UserColumn
from wagtail.admin.views.reports import ReportView

from . import jobs

TITLE = _("Failed background jobs")
NO_QUEUE = _(
    "No job queue is configured here: background jobs run at once, in the request that asks "
    "for them, so there are no failed jobs to list."
)
UNREACHABLE = _(
    "The job queue (Redis) cannot be reached, so the failed jobs cannot be listed. Try again "
    "later, or ask whoever runs the server to check Redis."
)
NONE_FAILED = _("No background jobs have failed.")
GONE = _("That job is no longer in the list of failed jobs.")
REQUEUED = _("“%(job)s” is queued to run again.")
DELETED = _("“%(job)s” is deleted from the list of failed jobs.")
ERROR_LENGTH = 300  # characters of an error shown in the list


def error_message(exc_string):
    """The end of a traceback as RQ stores it (``Result.exc_string``): the exception's type and
    message, e.g. "ValueError: Page 3 has no title", shortened to ``ERROR_LENGTH``. A message
    of several lines is joined into one; it is text, escaped where it is shown."""
    lines = [line for line in (exc_string or "").splitlines() if line.strip()]
    if not lines:
        return ""
    # The traceback's frames and source lines are indented; the exception's lines follow them.
    last_frame = max((i for i, line in enumerate(lines) if line[:1].isspace()), default=-1)
    message = " ".join(line.strip() for line in lines[last_frame + 1 :]) or lines[-1].strip()
    if len(message) > ERROR_LENGTH:
        message = message[: ERROR_LENGTH - 1] + "…"
    return message


@dataclass
class FailedJob:
    """One row of the report, read from Redis before the page is rendered."""

    id: str
    failed_at: datetime | None
    description: str
    user_id: int | None
    error: str
    user: object = None


def failed_job(job):
    meta = job.meta or {}
    descriptions = meta.get(jobs.META_DESCRIPTION) or {}
    description = descriptions.get(get_language()) or next(iter(descriptions.values()), job.description)
    result = job.latest_result()
    failed_at = job.ended_at
    if failed_at is not None and failed_at.tzinfo is None:
        failed_at = failed_at.replace(tzinfo=UTC)
    return FailedJob(
        id=job.id,
        failed_at=failed_at,
        description=description or job.id,
        user_id=meta.get(jobs.META_USER_ID),
        error=error_message(result.exc_string if result is not None else ""),
    )


class FailedJobs:
    """The registry as a sequence for Django's paginator, newest first: counting asks Redis for
    the count, and a slice fetches only the jobs on that page."""

    def __init__(self, registry):
        self.registry = registry

    def count(self):
        return self.registry.get_job_count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        end = -1 if index.stop is None else index.stop - 1
        if index.stop is not None and end < start:
            return []
        ids = self.registry.get_job_ids(start, end, desc=True, cleanup=False)
        fetched = self.registry.job_class.fetch_many(
            ids, connection=self.registry.connection, serializer=self.registry.serializer
        )
        # A job whose hash expired before its registry entry is left out.
        return [failed_job(job) for job in fetched if job is not None]


def failed_job_registry():
    """RQ's registry of the ``default`` queue's failed jobs (no Redis call yet)."""
    import django_rq

    return django_rq.get_queue(jobs.QUEUE_NAME).failed_job_registry


class ActionsColumn(BaseColumn):
    """The buttons "Run again" and "Delete", each a POST form with the CSRF token."""

    cell_template_name = "kbt/failed_jobs/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["requeue_url"] = reverse("kbt_failed_jobs:requeue", args=[instance.id])
        context["delete_url"] = reverse("kbt_failed_jobs:delete", args=[instance.id])
        return context


class SuperuserOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FailedJobsReportView(SuperuserOnlyMixin, ReportView):
    page_title = TITLE
    header_icon = "warning"
    index_url_name = "kbt_failed_jobs:index"
    index_results_url_name = "kbt_failed_jobs:results"
    results_template_name = "kbt/failed_jobs/results.html"
    columns = [
        DateColumn("failed_at", label=_("Failed")),
        Column("description", label=_("Job")),
        UserColumn("user", label=_("Requested by")),
        Column("error", label=_("Error")),
        ActionsColumn("actions", label=_("Actions")),
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False  # no spreadsheet export: it would read every failed job

    @cached_property
    def queue_state(self):
        """The queue's state: "ok", "no queue" (jobs run in the request) or "unreachable"
        (Redis down, set by ``get``)."""
        return "ok" if jobs.queue_configured() else "no queue"

    def get_queryset(self):
        if self.queue_state != "ok":
            return []
        return FailedJobs(failed_job_registry())

    def decorate_paginated_queryset(self, object_list):
        """Each job's user, one query for the page; a deleted user shows as nobody."""
        users = get_user_model().objects.in_bulk({job.user_id for job in object_list if job.user_id})
        for job in object_list:
            job.user = users.get(job.user_id)
        return object_list

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except RedisError:
            self.queue_state = "unreachable"
            return super().get(request, *args, **kwargs)

    @cached_property
    def no_results_message(self):
        return {"no queue": NO_QUEUE, "unreachable": UNREACHABLE}.get(self.queue_state, NONE_FAILED)


class FailedJobActionView(SuperuserOnlyMixin, View):
    """POST: run a failed job again (``requeue``) or delete it (``delete``), then back to the
    report with a message."""

    action = None

    def post(self, request, job_id):
        if not jobs.queue_configured():
            messages.error(request, NO_QUEUE)
            return redirect("kbt_failed_jobs:index")
        from rq.exceptions import InvalidJobOperation, NoSuchJobError

        registry = failed_job_registry()
        try:
            if job_id not in registry:
                messages.error(request, GONE)
                return redirect("kbt_failed_jobs:index")
            job = registry.job_class.fetch(
                job_id, connection=registry.connection, serializer=registry.serializer
            )
            description = failed_job(job).description
            if self.action == "requeue":
                registry.requeue(job)
                messages.success(request, REQUEUED % {"job": description})
            else:
                registry.remove(job, delete_job=True)
                messages.success(request, DELETED % {"job": description})
        except (NoSuchJobError, InvalidJobOperation):
            messages.error(request, GONE)
        except RedisError:
            messages.error(request, UNREACHABLE)
        return redirect("kbt_failed_jobs:index")


@hooks.register("register_admin_urls")
def failed_jobs_urls():
    urls = [
        path("", FailedJobsReportView.as_view(), name="index"),
        path("results/", FailedJobsReportView.as_view(results_only=True), name="results"),
        path("<str:job_id>/requeue/", FailedJobActionView.as_view(action="requeue"), name="requeue"),
        path("<str:job_id>/delete/", FailedJobActionView.as_view(action="delete"), name="delete"),
    ]
    return [path("reports/failed-jobs/", include((urls, "kbt_failed_jobs"), namespace="kbt_failed_jobs"))]


@hooks.register("register_reports_menu_item")
def failed_jobs_menu_item():
    return AdminOnlyMenuItem(
        TITLE, reverse("kbt_failed_jobs:index"), name="failed-jobs", icon_name="warning", order=1000
    )
