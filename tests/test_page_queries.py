"""An anonymous reader's page view costs a bounded number of SQL queries on every page type
in both languages (and stays flat as embeds grow: see test_question_bank_embeds)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import page_types

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20


def test_every_demo_page_renders_in_at_most_20_queries(client, load_demo):
    load_demo()
    counts = {}
    for page_type in page_types():
        for language in ("nb", "en"):
            pages = page_type.objects.live().filter(locale__language_code=language)
            assert pages.exists(), f"no {page_type.__name__} in {language}"
            for page in pages:
                client.get(page.url)  # warm the per-process caches (site root paths, content types)
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(page.url)
                assert response.status_code == 200, page.url
                counts[page.url] = len(queries)
    too_many = {url: count for url, count in counts.items() if count > MAX_QUERIES}
    assert too_many == {}
    assert len(counts) >= 2 * len(page_types())
