"""Tests: fast hashing, plain static storage, no network. DATABASE_URL picks the database."""

import tempfile
from pathlib import Path

from .dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILEMBEDS_FINDERS = []  # never fetch oEmbed data from the network in tests
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405  (WhiteNoise warns about a missing one)
# Uploads made by tests (the demo's generated images) go to a throwaway folder, not media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kbt-test-media-"))
