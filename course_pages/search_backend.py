"""Wagtail's database search backend, with each language stemmed by its own rules on PostgreSQL.

Wagtail's PostgreSQL backend takes one text-search configuration (``SEARCH_CONFIG``) for the
whole index, but Norwegian pages need PostgreSQL's ``norwegian`` configuration ("relasjoner"
and "relasjon" share the stem "relasjon") and English pages ``english``. Every object
with a ``locale`` is therefore indexed with its language's configuration from
``SEARCH_CONFIGS`` (a ``{language code: configuration}`` mapping in the backend's entry of
``WAGTAILSEARCH_BACKENDS``), and a query is run with the configuration of the language it is
made in: ``for_language(code)``, else the active language (the admin's). Objects without a
locale (images, documents) and languages not in the mapping use ``simple``.

Import this module only once the apps are loaded (Wagtail imports it when it first builds
the backend). SQLite and other databases keep Wagtail's database backend unchanged: ``SearchBackend``
picks the PostgreSQL subclass only on PostgreSQL.
"""

import re
from collections import defaultdict

from django.db import connection
from django.utils.translation import get_language
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

FALLBACK_CONFIG = "simple"


def search_config(configs, language_code):
    """The text-search configuration for ``language_code`` ("nb-no" → "nb"), else ``simple``."""
    code = (language_code or "").lower()
    return configs.get(code) or configs.get(code.split("-")[0]) or FALLBACK_CONFIG


def search_words(query):
    """``query`` as plain words, separated by single spaces ("" when it has none).

    Wagtail's SQLite backend passes the reader's text to FTS5 as query syntax, so a quote, a
    semicolon or a full stop answers with an OperationalError — a 500 (wagtail/wagtail#13227,
    open in Wagtail 8.0.1; tests/test_search.py notices when an upgrade fixes it). The public
    search offers plain words only, on every database, so the results do not depend on it."""
    return " ".join(re.findall(r"\w+", query))


def backend_for_language(language_code, backend_name="default"):
    """The search backend that searches ``language_code``'s content with its language's rules
    (on SQLite, Wagtail's database backend as configured)."""
    backend = get_search_backend(backend_name)
    if hasattr(backend, "for_language"):
        return backend.for_language(language_code)
    return backend


class LocalizedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer reads the backend's one configuration: index each language's
        # objects in a batch of their own with that language's configuration.
        batches = defaultdict(list)
        for obj in objs:
            batches[self.backend.config_for_object(obj)].append(obj)
        query_config = self.backend._fixed_config
        try:
            for config, batch in batches.items():
                self.backend._fixed_config = config
                super().add_items(model, batch)
        finally:
            self.backend._fixed_config = query_config


class LocalizedPostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.params = params
        self.configs = {code.lower(): config for code, config in params.get("SEARCH_CONFIGS", {}).items()}
        self._fixed_config = params.get("SEARCH_CONFIG")
        self._languages = None

    @property
    def config(self):
        return self._fixed_config or search_config(self.configs, get_language())

    @config.setter
    def config(self, value):
        self._fixed_config = value

    def for_language(self, language_code):
        """This backend searching with ``language_code``'s configuration."""
        return type(self)({**self.params, "SEARCH_CONFIG": search_config(self.configs, language_code)})

    def config_for_object(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return FALLBACK_CONFIG
        if self._languages is None or locale_id not in self._languages:
            from wagtail.models import Locale

            self._languages = dict(Locale.objects.values_list("pk", "language_code"))
        return search_config(self.configs, self._languages.get(locale_id))


def SearchBackend(params):  # noqa: N802  (Wagtail looks a backend module's SearchBackend up by name)
    if connection.vendor == "postgresql":
        return LocalizedPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
