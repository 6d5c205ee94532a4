"""The admin of the people and organisation snippets, under one menu item ("Contacts"), and of
the conversation tool's ready-made sets."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet, SnippetViewSetGroup

from question_bank.wagtail_hooks import LanguageColumn

from .models import ConversationSet, Organisation, Person
from .translation.permissions import can_delete, can_edit


class LocaleScopedEditView(EditView):
    """Wagtail's edit view checks the model-wide permission only; ask the locale-scoped policy
    about this object, so a translator cannot open the Norwegian source."""

    def user_has_permission(self, permission):
        if permission == "change" and not can_edit(self.request.user, self.object):
            return False
        return super().user_has_permission(permission)


class LocaleScopedDeleteView(DeleteView):
    """Deleting asks the policy about this object (locale, publish rights; see
    ``course_pages.translation.permissions.can_delete``)."""

    def user_has_permission(self, permission):
        if permission == "delete":
            return can_delete(self.request.user, self.object)
        return super().user_has_permission(permission)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    edit_view_class = LocaleScopedEditView
    delete_view_class = LocaleScopedDeleteView
    list_display = ["name", Column("url", label=_("Web address")), "live"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    edit_view_class = LocaleScopedEditView
    delete_view_class = LocaleScopedDeleteView
    list_display = ["name", "role", "organisation", "live"]
    list_filter = ["organisation"]
    search_fields = ["name", "role"]


class ContactsViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet)
    menu_icon = "group"
    menu_label = _("People and organisations")
    menu_name = "people_and_organisations"
    menu_order = 260


class ConversationSetViewSet(SnippetViewSet):
    """Ready-made selections for the conversation tool, listed on its page in their language."""

    model = ConversationSet
    icon = "list-ul"
    menu_label = _("Conversation sets")
    menu_name = "conversation_sets"
    # In the admin menu right after the question bank, whose themes the sets select from.
    add_to_admin_menu = True
    menu_order = 251
    edit_view_class = LocaleScopedEditView
    delete_view_class = LocaleScopedDeleteView
    # The listing holds every language's sets: each row says its language, and whether it
    # is live or a draft (Wagtail's status tag; the tool page lists live sets only).
    list_display = [
        "title",
        LanguageColumn(label=_("Language")),
        "phase",
        "audience",
        "sort_order",
        LiveStatusTagColumn(),
    ]
    list_filter = ["phase", "audience"]
    search_fields = ["title"]
