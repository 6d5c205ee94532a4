"""Who may edit which language of the question bank.

Snippet permissions are model-wide: a translator allowed to change English questions could
change the Norwegian source as well. This policy keeps the model permissions and adds one
rule: changing, publishing, locking or deleting a theme also needs edit rights on that
language's page tree (a page permission on its home page, or on the tree root for editors
of every language). Translator groups get page rights only on their own language's tree,
so they edit only that language's themes; adding a language needs no code.
"""

from wagtail.models import GroupPagePermission
from wagtail.permission_policies import ModelPermissionPolicy

LOCALE_SCOPED_ACTIONS = {"change", "delete", "publish", "lock", "unlock"}


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    def editable_locale_ids(self, user):
        """Locale ids whose tree ``user`` may edit, or None for every locale."""
        if not user.is_active:
            return set()
        if user.is_superuser:
            return None
        cached = getattr(user, "_question_bank_locale_ids", False)
        if cached is not False:
            return cached
        grants = GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page"
        ).select_related("page")
        locale_ids = set()
        for grant in grants:
            if grant.page.depth == 1:
                locale_ids = None
                break
            locale_ids.add(grant.page.locale_id)
        user._question_bank_locale_ids = locale_ids
        return locale_ids

    def _in_editable_locale(self, user, action, instance):
        if action not in LOCALE_SCOPED_ACTIONS:
            return True
        locale_ids = self.editable_locale_ids(user)
        return locale_ids is None or instance.locale_id in locale_ids

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and self._in_editable_locale(
            user, action, instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def _scope(self, queryset, user, actions):
        if not set(actions) & LOCALE_SCOPED_ACTIONS:
            return queryset
        locale_ids = self.editable_locale_ids(user)
        return queryset if locale_ids is None else queryset.filter(locale_id__in=locale_ids)

    def instances_user_has_permission_for(self, user, action):
        return self._scope(super().instances_user_has_permission_for(user, action), user, [action])

    def instances_user_has_any_permission_for(self, user, actions):
        return self._scope(super().instances_user_has_any_permission_for(user, actions), user, actions)
