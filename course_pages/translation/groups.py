"""The translator groups: one per language other than the source (nb).

"Translators (en)" may open the admin, add and edit pages in the English tree (never
publish, delete or touch the Norwegian tree), edit English question themes, people,
organisations and conversation sets (their permission policy scopes snippet rights to the
trees a group may edit), and use wagtail-localize's tools and report (its
submit_translation permission). Starting or syncing a translation also needs edit rights on
the Norwegian source, so editors do that; publishing stays with editors and moderators
(translators submit for review).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    WorkflowContentType,
)

from question_bank.models import QuestionTheme

from .permissions import TRANSLATOR_GROUP_PREFIX

GROUP_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("question_bank", "change_questiontheme"),
    ("course_pages", "change_person"),
    ("course_pages", "change_organisation"),
    ("course_pages", "change_conversationset"),
]
PAGE_PERMISSIONS = ["add_page", "change_page"]
# Wagtail honours "choose" only as a collection permission (a group-wide one has no effect):
# translators may pick any image or document of the root collection and its children, to
# override one in a translation.
COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def translator_group_name(language_code):
    return f"{TRANSLATOR_GROUP_PREFIX}{language_code})"


def ensure_translator_groups():
    """Create or update the translator group of every non-default locale that has a home
    page. Safe to run again; returns the groups."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    default = Locale.get_default()
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in GROUP_PERMISSIONS
    ]
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    collection_permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in COLLECTION_PERMISSIONS
    ]
    root_collection = Collection.get_first_root_node()
    groups = []
    for locale in Locale.objects.exclude(pk=default.pk):
        home = site.root_page.get_translation_or_none(locale)
        if home is None:
            continue
        group, _created = Group.objects.get_or_create(name=translator_group_name(locale.language_code))
        group.permissions.add(*permissions)
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        for permission in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        groups.append(group)
    return groups


def ensure_question_bank_workflow():
    """Put question themes under the moderation workflow that the page tree uses (Wagtail's
    "Moderators approval" on the root), so that a theme's translation is reviewed like a
    page's. Leaves an assignment made in the admin alone; returns the workflow or None."""
    content_type = ContentType.objects.get_for_model(QuestionTheme)
    assigned = (
        WorkflowContentType.objects.filter(content_type=content_type).select_related("workflow").first()
    )
    if assigned is not None:
        return assigned.workflow
    workflow = Page.get_first_root_node().get_workflow()
    if workflow is not None:
        WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
    return workflow
