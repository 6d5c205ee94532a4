"""Production: every secret and host from the environment; refuses to start without them."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
# The admin's e-mails and wagtail-localize's links are built from it; the base default
# (http://127.0.0.1:8000) would send editors to a machine of their own.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").rstrip("/")
_admin_base = urlsplit(WAGTAILADMIN_BASE_URL)
if _admin_base.scheme not in {"http", "https"} or not _admin_base.netloc:
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL in the environment to the site's address (e.g. https://kurs.example.org)."
    )

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("BEHIND_TLS_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # How many proxies append to X-Forwarded-For before a request reaches us; django-axes
    # then counts failed logins per client address, not per proxy (kbt.login.client_ip_address).
    TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
