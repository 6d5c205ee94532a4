"""Signing in to the admin: what django-axes needs from this site.

django-axes (configured in ``kbt.settings.base``) counts failed logins per account and per
client address and refuses further attempts for ``AXES_COOLOFF_TIME``. Its own lockout page is
a bare English sentence; here the Wagtail login form is shown again with the reason as its
error, in the reader's language. ``manage.py axes_reset_username <name>`` (or ``axes_reset_ip``,
``axes_reset``) lifts a lockout before the time is up.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

LOCKOUT_STATUS = 429  # Too Many Requests


def lockout_message():
    """The sentence a locked-out person reads, with the waiting time from AXES_COOLOFF_TIME."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return ngettext(
        "Too many failed sign-in attempts for this account or from this network address. "
        "Signing in is blocked for %(minutes)d minute. Wait and try again, or ask an "
        "administrator to lift the block.",
        "Too many failed sign-in attempts for this account or from this network address. "
        "Signing in is blocked for %(minutes)d minutes. Wait and try again, or ask an "
        "administrator to lift the block.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response, credentials):
    """django-axes' ``AXES_LOCKOUT_CALLABLE``: the login form that was just answered, with the
    lockout as its only error and status 429; a plain-text 429 for a login without a form."""
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is None or not hasattr(form, "add_error"):
        return HttpResponse(
            lockout_message(), status=LOCKOUT_STATUS, content_type="text/plain; charset=utf-8"
        )
    # "Wrong username or password" is not the reason any more (the right password is refused too).
    form.errors.clear()
    form.add_error(None, lockout_message())
    response = TemplateResponse(request, original_response.template_name, context, status=LOCKOUT_STATUS)
    # Returned from a middleware, after Django renders views' template responses.
    return response.render()


def client_ip_address(request):
    """django-axes' ``AXES_CLIENT_IP_CALLABLE``: the client's address as a string.

    ``REMOTE_ADDR``, unless ``TRUSTED_PROXY_COUNT`` proxies stand in front of the site: then
    the address the outermost of them saw, which is the entry it appended to
    ``X-Forwarded-For`` (counting from the right; entries further left come from the client and
    can be forged). Falls back to ``REMOTE_ADDR`` when the header has fewer entries.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
