"""A confirmation after a moderator approves or requests changes from outside the editor.

The dashboard's "Awaiting your review" panel (and a snippet's) acts through Wagtail's workflow
action view, which performs the action and returns to the dashboard without a word, so the
moderator cannot tell whether the click did anything. These views add the message the editor
shows after the same action. They replace the view classes of Wagtail's page and snippet
viewsets (``workflow_action_view_class``), the extension point Wagtail documents for this.
"""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.workflow import WorkflowActionView as PageWorkflowActionView
from wagtail.models import TaskState
from wagtail.snippets.views.snippets import WorkflowActionView as SnippetWorkflowActionView


class ConfirmationMixin:
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        status = TaskState.objects.filter(pk=self.task_state.pk).values_list("status", flat=True).first()
        title = get_latest_str(self.object)
        if status == TaskState.STATUS_APPROVED:
            messages.success(request, _("'%(title)s' has been approved.") % {"title": title})
        elif status == TaskState.STATUS_REJECTED:
            messages.success(request, _("Changes have been requested to '%(title)s'.") % {"title": title})
        return response


class PageWorkflowActionWithConfirmation(ConfirmationMixin, PageWorkflowActionView):
    pass


class SnippetWorkflowActionWithConfirmation(ConfirmationMixin, SnippetWorkflowActionView):
    pass


def install():
    from wagtail.admin.viewsets.pages import PageViewSet
    from wagtail.snippets.views.snippets import SnippetViewSet

    PageViewSet.workflow_action_view_class = PageWorkflowActionWithConfirmation
    SnippetViewSet.workflow_action_view_class = SnippetWorkflowActionWithConfirmation
