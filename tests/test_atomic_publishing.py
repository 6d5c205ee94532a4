"""Publishing a page or a question theme is all-or-nothing.

A receiver of the publish signal that raises (a search index, a cache purge, a bug) used to
leave the page live with no ``wagtail.publish`` log entry and show the moderator a 500. Now
nothing of the publish stays, the editor's changes are kept as a draft, and the editor is told.
"""

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.signals import page_published, published
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from course_pages.publishing import is_installed
from question_bank.models import QuestionTheme

from .conftest import make_theme, role_user


class ReceiverFailed(Exception):
    pass


@pytest.fixture
def failing_receiver():
    def receiver(sender, **kwargs):
        raise ReceiverFailed("a receiver of the publish signal failed")

    page_published.connect(receiver, dispatch_uid="test_failing_receiver")
    published.connect(receiver, dispatch_uid="test_failing_receiver_snippet")
    yield
    page_published.disconnect(dispatch_uid="test_failing_receiver")
    published.disconnect(dispatch_uid="test_failing_receiver_snippet")


@pytest.fixture
def lesson(make_lesson):
    lesson = make_lesson([("text", "<p>Gammel tekst.</p>")])
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def theme(db):
    return QuestionTheme.objects.get(pk=make_theme().pk)


def publish_lesson_form(lesson, text):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "intro": rich_text(""),
            "estimated_minutes": "10",
            "body": streamfield([("text", rich_text(text))]),
            "action-publish": "action-publish",
        }
    )


def test_publish_action_is_wrapped_in_a_transaction():
    # Fails when the override in course_pages/publishing.py is no longer installed.
    assert is_installed()


def test_page_publish_with_failing_receiver_changes_nothing_live(client, lesson, failing_receiver):
    live_revision = lesson.live_revision_id
    assert live_revision is not None
    publish_logs = PageLogEntry.objects.filter(page=lesson, action="wagtail.publish").count()
    client.force_login(role_user("moderator"))

    response = client.post(
        f"/admin/pages/{lesson.pk}/edit/", publish_lesson_form(lesson, "<p>Ny tekst.</p>"), follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{lesson.pk}/edit/"
    assert "Publiseringen mislyktes" in response.content.decode()
    lesson.refresh_from_db()
    assert lesson.live_revision_id == live_revision
    assert PageLogEntry.objects.filter(page=lesson, action="wagtail.publish").count() == publish_logs
    assert lesson.body[0].value.source == "<p>Gammel tekst.</p>"
    public = client.get(lesson.url).content.decode()
    assert "Gammel tekst." in public and "Ny tekst." not in public
    # The moderator's changes are not lost: they are the latest revision, as a draft.
    assert "Ny tekst." in str(lesson.latest_revision.content)
    assert lesson.has_unpublished_changes


def test_page_publishes_when_receivers_succeed(client, lesson):
    client.force_login(role_user("moderator"))
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", publish_lesson_form(lesson, "<p>Ny tekst.</p>"))
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.live_revision_id == lesson.latest_revision_id
    assert PageLogEntry.objects.filter(
        page=lesson, action="wagtail.publish", revision=lesson.live_revision
    ).exists()
    assert "Ny tekst." in client.get(lesson.url).content.decode()


def test_theme_publish_with_failing_receiver_changes_nothing_live(client, theme, failing_receiver):
    live_revision = theme.live_revision_id
    assert live_revision is not None
    question = theme.questions.get()
    client.force_login(role_user("admin"))
    data = {
        "element": theme.element,
        "title": "Ny tittel",
        "when_relevant": "",
        "collection": theme.collection,
        "sort_order": str(theme.sort_order),
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "1",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-id": str(question.pk),
        "questions-0-ORDER": "1",
        "questions-0-DELETE": "",
        "questions-0-text": question.text,
        "questions-0-kind": question.kind,
        "questions-0-audience": question.audience,
        "action-publish": "action-publish",
    }
    url = f"/admin/snippets/question_bank/questiontheme/edit/{theme.pk}/"
    response = client.post(url, data, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain, response.context["form"].errors
    assert "Publiseringen mislyktes" in response.content.decode()
    theme = QuestionTheme.objects.get(pk=theme.pk)
    assert theme.live_revision_id == live_revision
    assert theme.title == "Tro på fremtiden"
    assert not ModelLogEntry.objects.filter(
        object_id=str(theme.pk), action="wagtail.publish", user__isnull=False
    )
    assert theme.latest_revision.content["title"] == "Ny tittel"


def test_publishing_outside_the_admin_is_rolled_back_too(lesson, failing_receiver):
    lesson.body = [("text", "<p>Ny tekst.</p>")]
    revision = lesson.save_revision()
    with pytest.raises(ReceiverFailed):
        revision.publish()
    lesson.refresh_from_db()
    assert lesson.live_revision_id != revision.pk
    assert not PageLogEntry.objects.filter(revision=revision, action="wagtail.publish").exists()


def test_workflow_approval_with_failing_receiver_leaves_the_task_in_review(client, lesson):
    from wagtail.models import TaskState

    lesson.body = [("text", "<p>Ny tekst.</p>")]
    lesson.save_revision(user=role_user("editor"))
    workflow = lesson.get_workflow()
    assert workflow is not None
    workflow.start(lesson, user=lesson.latest_revision.user)
    task_state = lesson.current_workflow_task_state
    live_revision = lesson.live_revision_id
    client.force_login(role_user("moderator"))

    def receiver(sender, **kwargs):
        raise ReceiverFailed("a receiver of the publish signal failed")

    page_published.connect(receiver, dispatch_uid="test_failing_approval")
    try:
        response = client.post(
            f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/",
            {"next": f"/admin/pages/{lesson.pk}/edit/"},
        )
    finally:
        page_published.disconnect(dispatch_uid="test_failing_approval")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{lesson.pk}/edit/"
    lesson.refresh_from_db()
    assert lesson.live_revision_id == live_revision
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not PageLogEntry.objects.filter(page=lesson, action="wagtail.workflow.approve").exists()
    # Approving again once the receiver is fixed publishes.
    response = client.post(f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/")
    lesson.refresh_from_db()
    assert lesson.live_revision_id == lesson.latest_revision_id
