"""Every admin screen an editor or translator reaches on the demo content opens without an
error: page editors (the translation editor for English pages), add forms under each
parent, previews, and the question bank's listing, editor, usage and history."""

import pytest
from django.urls import reverse

from question_bank.models import QuestionTheme

from .conftest import page_types

pytestmark = pytest.mark.django_db


def test_admin_screens_open_on_the_demo_content(admin_client, load_demo):
    load_demo()
    failures = []

    def visit(url):
        response = admin_client.get(url)
        if response.status_code != 200:
            failures.append(f"{url}: {response.status_code}")
        return response

    for page_type in page_types():
        for page in page_type.objects.filter(locale__language_code__in=["nb", "en"])[:4]:
            visit(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            visit(reverse("wagtailadmin_pages:history", args=[page.pk]))
            visit(reverse("wagtailadmin_pages:usage", args=[page.pk]))
        # The add form, under the parent of an existing page of this type.
        parent = page_type.objects.filter(locale__language_code="nb").first().get_parent().specific
        if page_type.can_create_at(parent):
            meta = page_type._meta
            visit(reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]))
    for mode in ("", "print", "pdf"):
        guide = page_types()[-1].objects.filter(locale__language_code="nb").first()
        response = admin_client.get(
            reverse("wagtailadmin_pages:view_draft", args=[guide.pk]) + f"?mode={mode}"
        )
        assert response.status_code == 200, mode

    visit(reverse("wagtailsnippets_question_bank_questiontheme:list"))
    themes = [
        *QuestionTheme.objects.filter(locale__language_code="nb").order_by("pk")[:2],
        *QuestionTheme.objects.filter(locale__language_code="en").order_by("pk")[:2],
    ]
    for theme in themes:
        for view in ("edit", "usage", "history", "inspect"):
            visit(reverse(f"wagtailsnippets_question_bank_questiontheme:{view}", args=[theme.pk]))
    visit(reverse("wagtail_localize:translations_report"))
    assert failures == []
