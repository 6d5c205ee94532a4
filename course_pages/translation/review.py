"""Translation review: a translation goes through the same moderation workflow as any edit.

wagtail-localize's editor offers only "Publish in <language>", so a translator without
publish rights has no way to hand in their work. Its "save a draft" path does not help
either: for a page it writes the translated fields to the live row (the public sees them at
once), and for a snippet it takes the live translation offline. So "Submit for review" here
saves the translation as a *revision only* of the target, then starts (or resumes) the
workflow that applies to it; moderators approve, which publishes that revision, or reject
with a comment, exactly as for an edit made in Wagtail's own editor.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin, WorkflowState
from wagtail_localize.models import Translation

from .permissions import can_edit, can_publish

SUBMIT_ACTION = "kbt-submit-translation-for-review"


def synced_translation(instance):
    """The enabled wagtail-localize translation whose target is ``instance``, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def review_status(user, instance):
    """What the translation editor shows about review of ``instance``: ``None`` when it has
    no workflow, else a dict: ``workflow``, ``in_review`` (review under way), ``can_submit``
    (``user`` may submit it now) and ``can_publish`` (``user`` may publish it directly, so
    "Publish" stays their primary action; for everyone else it is "Submit for review")."""
    if not isinstance(instance, DraftStateMixin) or not hasattr(instance, "get_workflow"):
        return None
    workflow = instance.get_workflow()
    if workflow is None:
        return None
    in_review = instance.workflow_in_progress
    return {
        "workflow": workflow,
        "in_review": in_review,
        "can_submit": not in_review and can_edit(user, instance),
        "can_publish": can_publish(user, instance),
    }


class SnippetTranslationStatusPanel(StatusSidePanel):
    """The translation editor's status panel for a snippet, with what Wagtail's workflow
    status dialog needs.

    wagtail-localize 1.14.5 (``views/edit_translation.py``, ``edit_translation``) builds a
    plain ``StatusSidePanel`` for snippets, not Wagtail's ``SnippetStatusSidePanel``, so the
    panel gets no ``revisions_compare_url_name`` or ``workflow_history_url``. Once a snippet
    is in a workflow, Wagtail's ``workflows/workflow_status.html`` reverses that empty URL
    name and the editor answers 500 (``NoReverseMatch``) for everyone until a moderator
    acts. No upstream issue was found for it; remove this once wagtail-localize builds
    ``SnippetStatusSidePanel`` (``tests/test_translation_review.py`` has a canary).
    """

    @classmethod
    def replacing(cls, panel):
        """The same panel (same object, locale, translations, usage link) as this class."""
        fixed = cls.__new__(cls)
        fixed.__dict__.update(panel.__dict__)
        fixed.toggle = cls.SidePanelToggle(panel=fixed)
        return fixed

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        viewset = self.object.snippet_viewset
        context.update(
            revisions_compare_url_name=viewset.get_url_name("revisions_compare"),
            revision_enabled=isinstance(self.object, RevisionMixin),
            draftstate_enabled=isinstance(self.object, DraftStateMixin),
        )
        # Only snippets with workflows (question themes) have a workflow history view; for
        # the others (people, organisations) reversing its name is a NoReverseMatch.
        if isinstance(self.object, WorkflowMixin):
            history_url_name = viewset.get_url_name("workflow_history")
            context["workflow_history_url"] = reverse(history_url_name, args=[quote(self.object.pk)])
        context["status_templates"] = self.get_status_templates(context)
        return context


def editor_side_panels(side_panels):
    """wagtail-localize's side panels for the translation editor, a list of panels, with a
    snippet's plain status panel replaced by ``SnippetTranslationStatusPanel``."""
    return [
        SnippetTranslationStatusPanel.replacing(panel)
        if type(panel) is StatusSidePanel and hasattr(panel.object, "snippet_viewset")
        else panel
        for panel in side_panels
    ]


def submit_for_review(request, instance):
    """Handle the editor's "Submit for review" button (a POST to the instance's edit URL)."""
    edit_url = request.get_full_path()
    translation = synced_translation(instance)
    if translation is None:
        return None
    status = review_status(request.user, instance)
    if status is None:
        messages.error(request, _("No review workflow applies to this content."))
        return redirect(edit_url)
    if not can_edit(request.user, instance):
        raise PermissionDenied
    if status["in_review"]:
        messages.error(request, _("This translation is already awaiting review."))
        return redirect(edit_url)

    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    try:
        revision = draft.save_revision(user=request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be submitted: %(errors)s") % {"errors": "; ".join(error.messages)},
        )
        return redirect(edit_url)

    workflow_state = draft.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(request.user)
    else:
        status["workflow"].start(draft, request.user)
    total, done = translation.get_progress()
    if done < total:
        messages.warning(
            request,
            ngettext(
                "%(count)s text is not translated yet; reviewers see it in Norwegian.",
                "%(count)s texts are not translated yet; reviewers see them in Norwegian.",
                total - done,
            )
            % {"count": total - done},
        )
    messages.success(
        request,
        _("“%(title)s” in %(language)s was submitted for review (revision %(revision)s).")
        % {
            "title": str(draft),
            "language": translation.target_locale.get_display_name(),
            "revision": revision.pk,
        },
    )
    return redirect(edit_url)
