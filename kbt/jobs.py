"""Background jobs: work too slow for a web request (translating a page with all it embeds,
building PDFs), run by a worker instead of the web process that answers the editor.

``enqueue(func, *args, **kwargs)`` is the one way in, for our code and for wagtail-localize's
(``WAGTAILLOCALIZE_JOBS`` names ``LocalizeJobBackend``). The call happens after the current
database transaction commits (at once outside one), so a job never reads data the request
has not committed yet, nor runs for a request that failed:

- with ``RQ_QUEUES`` set (production: ``REDIS_URL``), it goes on django-rq's ``default``
  queue in Redis, and a worker (``manage.py rqworker default``) runs it;
- without (the SQLite demo, tests), it runs in this process, synchronously: the result is
  there when the request's response is;
- with Redis unreachable, it runs in this process too, with a logged warning: slower for that
  request, never a 500 (as the cache degrades, ``kbt.settings.base.redis_cache``).

``enqueue_optional`` is for jobs that only fill a cache ahead of time: without a queue
they are dropped.

A job on the queue can carry what it is and who asked for it (``job_description``,
``job_user``): RQ keeps them with the job (``job.description``, ``job.meta``), and the admin's
report of failed jobs (kbt/failed_jobs.py) shows them, read from RQ's FailedJobRegistry.

Arguments travel pickled to the worker: pass primary keys, not model instances or querysets,
so the worker reads the data as it is when it runs.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import translation
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

QUEUE_NAME = "default"

# Keys of ``job.meta``: the job's description in each admin language ({"nb": …, "en": …}),
# and the primary key of the user whose request queued it.
META_DESCRIPTION = "kbt_description"
META_USER_ID = "kbt_user_id"


def queue_configured():
    """True when jobs go to a Redis queue (``RQ_QUEUES`` has ``QUEUE_NAME``)."""
    return QUEUE_NAME in getattr(settings, "RQ_QUEUES", {})


def job_options(description=None, user=None):
    """RQ's ``enqueue_call`` options that keep with a job what it is and who asked for it.
    ``description`` is called once per admin language (``WAGTAILADMIN_PERMITTED_LANGUAGES``)
    with that language active, so the report reads in its reader's language; RQ's own
    ``description`` (the worker's log, ``rq info``) gets the English one."""
    meta = {}
    options = {}
    if description is not None:
        try:
            texts = {}
            for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES:
                with translation.override(code):
                    texts[code] = str(description())
            with translation.override("en"):
                options["description"] = texts.get("en") or str(description())
            meta[META_DESCRIPTION] = texts
        except Exception:
            # Only the report would miss it: the job is queued all the same.
            logger.exception("Could not describe a job; it is queued without a description.")
    if user is not None and user.pk is not None:
        meta[META_USER_ID] = user.pk
    if meta:
        options["meta"] = meta
    return options


def run(func, args, kwargs, optional=False, description=None, user=None):
    """Put ``func(*args, **kwargs)`` on the queue, or call it here (see the module docstring);
    an ``optional`` job is dropped instead of called here. ``description`` and ``user`` are
    kept with a queued job (``job_options``)."""
    if queue_configured():
        import django_rq

        try:
            # "auto": enqueue now; ``enqueue`` already waited for the commit.
            queue = django_rq.get_queue(QUEUE_NAME, commit_mode="auto")
            queue.enqueue_call(func, args=args, kwargs=kwargs, **job_options(description, user))
            return
        except RedisError:
            logger.warning(
                "The job queue is unreachable; running %s.%s in this process instead.",
                func.__module__,
                func.__qualname__,
                exc_info=True,
            )
    if not optional:
        func(*args, **kwargs)


def enqueue(func, *args, job_description=None, job_user=None, **kwargs):
    """Run ``func(*args, **kwargs)`` in the background after the current transaction commits.
    ``func`` must be a module-level function (a worker imports it by name) and its arguments
    picklable. Returns None: the caller cannot wait for the result, only tell the user that it
    is coming.

    ``job_description``, a callable without arguments, says what the job does in the active
    language (e.g. ``lambda: _("Translate page …") % {…}``); ``job_user`` is the user who asked.
    Both are only kept with a queued job, for the report of failed jobs, and are not passed to
    ``func`` (as RQ's ``enqueue`` keeps ``job_timeout``, ``description``… for itself)."""
    transaction.on_commit(partial(run, func, args, kwargs, description=job_description, user=job_user))


def enqueue_optional(func, *args, job_description=None, job_user=None, **kwargs):
    """As ``enqueue``, for work that only saves time later (filling a cache before anyone asks):
    dropped when there is no queue to run it on, since in the request it would only move the
    wait from a reader to the editor."""
    transaction.on_commit(
        partial(run, func, args, kwargs, optional=True, description=job_description, user=job_user)
    )


class LocalizeJobBackend:
    """wagtail-localize's job backend interface (``wagtail_localize.tasks.BaseJobBackend``,
    not subclassed: that module builds its backend when imported, from this one) on
    ``enqueue``: its subtree translation and locale synchronisation go the same way as ours."""

    def __init__(self, options):
        pass

    def enqueue(self, func, args, kwargs):
        enqueue(func, *args, **kwargs)
