"""Settings shared by every environment.

Secure by default: DEBUG is off and there is no secret key here. ``dev`` and ``test`` add
development values; ``production`` insists on real ones from the environment.
"""

import os
import zoneinfo
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
SITE_DIR = BASE_DIR / "site"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "course_pages",
    "question_bank",
    # wagtail_localize before the Wagtail apps, so its templates and catalogues win.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_rq",  # the job queue's worker command (manage.py rqworker), see kbt/jobs.py
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Wagtail's admin shows times with humanize's naturaltime ("Sendt til … 3 minutter siden");
    # only an installed app's catalogue is loaded, so without it they read "3 minutes ago".
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Anonymous page views from the cache; before everything that reads the session or sets
    # per-request headers (a CSP nonce middleware included): see course_pages/caching.py.
    "course_pages.caching.PageCacheMiddleware",
    "kbt.middleware.ContentSecurityPolicyMiddleware",
    "kbt.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kbt.middleware.LocaleMiddleware",  # no language redirect for /admin/ 404s
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "kbt.middleware.AdminBadRequestMiddleware",
    "course_pages.publishing.FailedPublishMiddleware",
    "course_pages.routing.LocalizedRootRouteMiddleware",  # English pages route in as few queries
    # Last, as django-axes asks: it turns a lockout flagged during the login into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kbt.urls"
WSGI_APPLICATION = "kbt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",  # {{ CSP_NONCE }} for a template's inline script
            ],
        },
    },
]

# SQLite in the git-ignored var/ folder unless DATABASE_URL says otherwise.
if not os.environ.get("DATABASE_URL"):
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache(url):
    """The cache settings for Redis at ``url`` (``redis://host:port/db``).

    django-redis with ``IGNORE_EXCEPTIONS``: when Redis cannot be reached, a read is a miss and
    a write is dropped (each logged), so the site keeps answering from the database instead of
    failing. That matters because Wagtail reads the site root paths from the default cache on
    every request: without it, Redis down meant every public page answered 500.
    """
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "kbt",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                # Seconds: an unreachable Redis costs each request at most this long.
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # logged by the "django_redis.cache" logger

if os.environ.get("REDIS_URL"):
    CACHES = redis_cache(os.environ["REDIS_URL"])
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kbt",
            # Pages, their print views, PDFs and the page cache's tokens share it: Django's
            # default of 300 entries would have them evict each other.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }


def redis_queue(url):
    """django-rq's settings for a queue in Redis at ``url``: jobs may run 15 minutes (a
    translation of a large page with all it embeds, on a loaded machine; RQ's default of 180 s
    would stop it half done), and an unreachable Redis costs the enqueuing request at most half
    a second before the job runs in the request instead (kbt/jobs.py)."""
    parts = urlsplit(url)
    query = urlencode([*parse_qsl(parts.query), ("socket_connect_timeout", "0.5")])
    return {"URL": urlunsplit(parts._replace(query=query)), "DEFAULT_TIMEOUT": 15 * 60}


# The deployed release (e.g. the commit id), set by the deploy: part of every PDF's cache key
# and ETag (course_pages/printing.py), so a release that changes how PDFs look rebuilds them.
RELEASE = os.environ.get("RELEASE", "")

# Background jobs (kbt/jobs.py): on django-rq's "default" queue in the same Redis when
# REDIS_URL is set, run by `manage.py rqworker default`; without it, in the request.
RQ_QUEUES = {"default": redis_queue(os.environ["REDIS_URL"])} if os.environ.get("REDIS_URL") else {}
RQ_SHOW_ADMIN_LINK = False  # django-rq's dashboard is Django-admin only; this site has none
WAGTAILLOCALIZE_JOBS = {"BACKEND": "kbt.jobs.LocalizeJobBackend"}

# Argon2 first (argon2-cffi), the rest so that existing hashes still verify and are upgraded
# on the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out account or address before the password is tried.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection (django-axes): after AXES_FAILURE_LIMIT failed logins for one account,
# or from one address, further attempts for it are refused for AXES_COOLOFF_TIME. Locking the
# account and the address separately stops both guessing one password from many addresses
# and trying many accounts from one. `manage.py axes_reset_username <name>` lifts it sooner.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "kbt.login.lockout_response"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "kbt.login.client_ip_address"
TRUSTED_PROXY_COUNT = 0  # production.py sets it when behind a TLS proxy

# An admin session ends after a working day without a request (seconds); each request renews it.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True

# The anonymous page cache (course_pages/caching.py): how long a page stays in the cache at
# most (publishing purges it at once; 0 turns the cache off). On by default only with a shared
# cache (Redis): with each worker's own memory, a publish would purge only the worker that
# handled it, and the other workers would go on serving the old page. Then how long browsers may reuse a
# page without asking (0: they revalidate with its ETag, so a publish shows at once), and the
# query parameters that may vary a cached page, with the values they may take (bounded, so
# that nobody can fill the cache with ?page=… variants).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600" if os.environ.get("REDIS_URL") else "0"))
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "0"))
PAGE_CACHE_QUERY_PARAMETERS = {"page": r"[1-9][0-9]{0,2}"}

# A caching proxy or CDN in front of the site, purged with the same URLs as the page cache.
# FRONTEND_CACHE_URL: an HTTP cache that accepts PURGE requests (Varnish, nginx's
# proxy_cache_purge), e.g. http://127.0.0.1:6081; or Cloudflare with CLOUDFLARE_BEARER_TOKEN
# and CLOUDFLARE_ZONE_ID. Off when neither is set. Cached pages then say
# "s-maxage=FRONTEND_CACHE_SECONDS" to it. The app "wagtail.contrib.frontend_cache" is left out
# of INSTALLED_APPS on purpose: its own receivers would purge only the published page itself;
# course_pages/caching.py purges the complete URL set through its utils.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
# Our URL sets already name each translation by its own URL (slugs differ per language);
# Wagtail would otherwise also purge every URL with its language prefix swapped.
WAGTAILFRONTENDCACHE_LANGUAGES = []
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", str(60 * 60 * 24)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. nb is the source language and the default; content languages come from the
# environment so that adding Nynorsk ("nb,en,nn") is configuration, not code.
LANGUAGE_CODE = "nb"
_SITE_LANGUAGE_CODES = env_list("SITE_LANGUAGES", "nb,en")
# The readers' language switch names each language in itself ...
_LANGUAGE_NAMES = {
    "nb": "Norsk bokmål",
    "nn": "Norsk nynorsk",
    "en": "English",
}
LANGUAGES = [(code, _LANGUAGE_NAMES.get(code, code)) for code in _SITE_LANGUAGE_CODES]
# ... while the admin names a content language (Wagtail's Locale.get_display_name) in the
# editor's own language, so a Norwegian sentence says "på engelsk", not "på English".
_CONTENT_LANGUAGE_NAMES = {
    "nb": _("Norwegian Bokmål"),
    "nn": _("Norwegian Nynorsk"),
    "en": _("English"),
}
WAGTAIL_CONTENT_LANGUAGES = [(code, _CONTENT_LANGUAGE_NAMES.get(code, code)) for code in _SITE_LANGUAGE_CODES]
# Our catalogues first; then complete Norwegian translations of the packages whose own nb
# catalogues cover only part of their messages: wagtail-localize's admin, wagtail.admin's server
# messages, and Wagtail's other apps (server and JavaScript; also django-taggit's and
# django-filter's messages). LOCALE_PATHS win over the apps' own catalogues.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "wagtail_localize",
    BASE_DIR / "locale" / "wagtail_admin",
    BASE_DIR / "locale" / "wagtail",
]
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("en", "English")]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")


def media_storage(environ):
    """``STORAGES["default"]`` (``{"BACKEND": …, "OPTIONS": {…}}``) for the environment
    ``environ`` (a mapping such as ``os.environ``).

    With ``AWS_STORAGE_BUCKET_NAME`` set: uploads (images, their renditions, documents) go to
    that bucket through django-storages' S3 storage, so that no app server keeps state on its
    own disk and any number of them can stand behind a load balancer. Any S3-compatible
    service works: ``AWS_S3_ENDPOINT_URL`` (MinIO, Ceph, Hetzner …), ``AWS_S3_REGION_NAME``,
    ``AWS_S3_ADDRESSING_STYLE`` (``path`` or ``virtual``), ``AWS_LOCATION`` (a key prefix),
    ``AWS_S3_CUSTOM_DOMAIN`` (a CDN or domain in front of the bucket: URLs then use it),
    ``AWS_QUERYSTRING_AUTH`` and ``AWS_QUERYSTRING_EXPIRE`` (signed URLs, seconds). The keys,
    ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY``, are read from the environment by
    django-storages and boto3 themselves (or come from the machine's role), never from here.
    Without a bucket: Django's ``FileSystemStorage`` in ``MEDIA_ROOT``.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        # Two uploads with the same file name must not replace each other (django-storages
        # overwrites by default; Wagtail, like FileSystemStorage, expects a new name).
        "file_overwrite": False,
        # Media on a public site is public: plain URLs by default. Signed URLs expire, and a
        # cached page (PAGE_CACHE_SECONDS, FRONTEND_CACHE_SECONDS) would outlive them.
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
    }
    for variable, option in [
        ("AWS_S3_ENDPOINT_URL", "endpoint_url"),
        ("AWS_S3_REGION_NAME", "region_name"),
        ("AWS_S3_ADDRESSING_STYLE", "addressing_style"),
        ("AWS_LOCATION", "location"),
        ("AWS_S3_CUSTOM_DOMAIN", "custom_domain"),
    ]:
        if environ.get(variable, "").strip():
            options[option] = environ[variable].strip()
    if environ.get("AWS_QUERYSTRING_EXPIRE"):
        options["querystring_expire"] = int(environ["AWS_QUERYSTRING_EXPIRE"])
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_sources(storage):
    """The origins (``["https://host", …]``) the media ``storage`` (a ``media_storage()``
    result) serves files from, for the Content-Security-Policy's ``img-src``: none for local
    disk (``/media/`` is this site). For S3 the host botocore writes into a file's URL: the
    custom domain; else the endpoint, or the bucket as its subdomain (virtual addressing);
    else AWS's bucket hosts. tests/test_media_storage.py checks each against the storage's
    own URLs."""
    options = storage.get("OPTIONS", {})
    if "bucket_name" not in options:
        return []
    bucket = options["bucket_name"]
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    virtual = options.get("addressing_style") == "virtual"
    if options.get("endpoint_url"):
        endpoint = urlsplit(options["endpoint_url"])
        if virtual:
            return [f"{endpoint.scheme}://{bucket}.{endpoint.netloc}"]
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    region = options.get("region_name")
    hosts = ["s3.amazonaws.com"] + ([f"s3.{region}.amazonaws.com"] if region else [])
    if options.get("addressing_style") == "path":
        return [f"https://{host}" for host in hosts]
    return [f"https://{bucket}.{host}" for host in hosts]


STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "kbt.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_SOURCES = media_sources(STORAGES["default"])
# Documents always go through Wagtail's view, whatever the storage: it checks a collection's
# privacy on every download and sends the file with "Content-Security-Policy: default-src
# 'none'" from this site's address. (Wagtail's default for a remote storage is a redirect to
# the bucket, where a private document's address would work for anyone who has it.)
WAGTAILDOCS_SERVE_METHOD = "serve_view"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN.

# Content-Security-Policy (django-csp 4.0; kbt.middleware.ContentSecurityPolicyMiddleware picks
# the admin's policy under Wagtail's admin URL). Public pages run no inline script: a template
# that needs one writes <script nonce="{{ CSP_NONCE }}">, and the nonce is added to the header
# only for responses that use it. Video blocks are oEmbed iframes from these providers.
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_SOURCES],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail 8's admin writes inline <script> (inline panels, date pickers, wagtail-localize's
# editor data) and style attributes without nonces, so the admin needs 'unsafe-inline' for
# both; everything else stays on this site. Measured in tests/test_browser_security.py.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # the page editor's live preview frames the admin
    }
}
# Browser features no page of this site uses, refused to it and to anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Wagtail
WAGTAIL_SITE_NAME = "KBT Fagskole"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL each language is stemmed with its own text-search
# configuration (course_pages/search_backend.py). Languages missing here use "simple".
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "course_pages.search_backend",
        "SEARCH_CONFIGS": {"nb": "norwegian", "nn": "norwegian", "en": "english"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "kbt.images.ImageForm"  # refuses damaged image files
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Autosave is off (0 ms) unless the environment turns it on. Wagtail 8.0.1 debounces an
# autosave WAGTAIL_AUTOSAVE_INTERVAL ms after the last change and does not cancel it when the
# editor clicks "Save draft" or "Submit for moderation": the autosave then reaches the server
# behind the manual save, is refused as out of date (400 "invalid_revision") and pauses with a
# conflict warning (Wagtail issue 13863, PRs 14189/14198). Our code takes no part in it; see
# README, "Settings", and tests/test_admin_autosave.py. Unsaved changes still warn on leaving.
WAGTAIL_AUTOSAVE_INTERVAL = int(os.environ.get("WAGTAIL_AUTOSAVE_INTERVAL", "0"))

# No avatars from gravatar.com: it would send a hash of every staff member's e-mail address
# to a third party each time the admin shows them.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Slugs Wagtail makes from titles are ASCII ("Håp" gives "hap"), as the demo content's are.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The account page's time zone choices: the IANA zones browsers know. Wagtail's default
# (every name in the system's zoneinfo) includes "localtime" and "Factory", for which the
# admin's JavaScript (Intl.DateTimeFormat) throws a RangeError.
WAGTAIL_USER_TIME_ZONES = sorted(
    zone
    for zone in zoneinfo.available_timezones()
    if zone == "UTC"
    or zone.split("/")[0]
    in {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)

# wagtail-localize
# A translated page or snippet must not go live until a person publishes it: with the
# default (True) starting a translation creates *live* copies still holding Norwegian text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Deleting a Norwegian source disables its translations instead of deleting them, so the
# translators' work (their string translations) survives and the English page or theme stays.
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True
# Machine translation (DeepL) is offered only when a key is configured; otherwise it is off.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

SITE_NAME = _("KBT Fagskole")
