"""Who may do what to which language's content: the one place every view and hook asks.

The rules (README, "Translators"):

- Norwegian bokmål (the default locale) is the only source language. Translations are made
  from it, never from another translation (wagtail-localize issues 662 and 878).
- Snippet permissions are model-wide in Wagtail: a translator allowed to change English
  questions could change the Norwegian source as well. ``LocaleScopedPermissionPolicy`` keeps
  the model permissions and adds one rule: changing, publishing, locking or deleting a theme
  also needs edit rights on that language's page tree (a page permission on its home page, or
  on the tree root for editors of every language). Translator groups get page rights only on
  their own language's tree, so they edit only that language's themes; adding a language
  needs no code.
- Starting or syncing a translation needs edit rights on the source and add/edit rights where
  the translation goes (``can_write_translation``).
- Putting a translation live needs publish rights on the target, page or snippet
  (``can_publish_translation``); without them a translation is saved as a draft revision.
- A translation's image or document (an override of the source's) must be one the user may
  choose in Wagtail's own choosers (``can_choose``).
- Deleting needs publish rights on what is deleted, except a never-published draft that is
  one's own; translators never delete; content locked by someone else, or a page tree holding
  it, is deleted or moved only by its lock holder or a superuser (``can_delete``,
  ``can_move``). Every page type asks ``PagePermissionTester`` (``SitePermissionsMixin``), so
  the admin's delete and move views, bulk actions, page menus and wagtail-localize's editor
  all follow these rules; the question bank asks ``LocaleScopedPermissionPolicy``.
"""

from wagtail import models as wagtail_models
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import DraftStateMixin, GroupPagePermission, Locale, LockableMixin, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

LOCALE_SCOPED_ACTIONS = {"change", "delete", "publish", "lock", "unlock"}
TRANSLATOR_GROUP_PREFIX = "Translators ("


def is_translator(user):
    """True if ``user`` belongs to a translator group ("Translators (en)", see
    ``groups.translator_group_name``). Cached on the user object for the request."""
    cached = getattr(user, "_is_translator", None)
    if cached is None:
        groups = user.groups.filter(name__startswith=TRANSLATOR_GROUP_PREFIX)
        cached = user.is_authenticated and groups.exists()
        user._is_translator = cached
    return cached


def working_locale(user):
    """The content language ``user`` works in, as a ``Locale``: a translator's language (the
    one in the name of their translator group, "Translators (en)"; the first by language code
    if they have several), else the source language (nb) for editors, moderators and admins.
    Admin listings of translatable content open on it."""
    if is_translator(user):
        names = user.groups.filter(name__startswith=TRANSLATOR_GROUP_PREFIX).values_list("name", flat=True)
        codes = [name[len(TRANSLATOR_GROUP_PREFIX) : -1] for name in names]
        locale = Locale.objects.filter(language_code__in=codes).order_by("language_code").first()
        if locale is not None:
            return locale
    return Locale.get_default()


def locked_for(user, instance):
    """True if ``instance`` holds content locked by someone other than ``user``: for a page,
    the page or any page under it; for a snippet, the snippet itself (``LockableMixin``).
    Superusers are never locked out, as for Wagtail's own lock (they may unlock)."""
    if user.is_superuser:
        return False
    if isinstance(instance, Page):
        locked = instance.get_descendants(inclusive=True).filter(locked=True)
        return locked.exclude(locked_by_id=user.pk).exists()
    return isinstance(instance, LockableMixin) and instance.locked and instance.locked_by_id != user.pk


def may_delete(user, instance, may_publish, owned_drafts_only):
    """Our delete rules on top of Wagtail's (which the caller has already asked): a superuser
    may; a translator may not; nor anyone while someone else's lock is in the way; else
    publish rights (``may_publish``) or a never-published draft of one's own
    (``owned_drafts_only``, a callable so that its query runs only when needed)."""
    if user.is_superuser:
        return True
    if is_translator(user) or locked_for(user, instance):
        return False
    return may_publish or owned_drafts_only()


class PagePermissionTester(wagtail_models.PagePermissionTester):
    """Wagtail's page permissions with our rules for deleting and moving.

    Wagtail 8.0.1 lets anyone with ``change_page`` delete a non-live page (wagtail PR 3029
    made deleting a form of editing) and ignores locks when deleting or moving (wagtail issue
    1615 / PR 1956 left that "for another ticket"). Installed on every page type through
    ``SitePermissionsMixin``, the override point Wagtail documents (wagtail issue 2907)."""

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        return may_delete(
            self.user,
            self.page,
            may_publish=self.can_publish(),
            owned_drafts_only=lambda: (
                not self.page.get_descendants(inclusive=True)
                .exclude(owner_id=self.user.pk, first_published_at__isnull=True)
                .exists()
            ),
        )

    def can_move(self):
        # Wagtail's rule (the same as deleting), plus locks; a move is not a loss, so it does
        # not need our stricter delete rules.
        return super().can_delete(ignore_bulk=True) and not locked_for(self.user, self.page)


class SitePermissionsMixin:
    """For every page type of the site (before ``Page`` in the bases): page permissions
    come from our ``PagePermissionTester``."""

    def permissions_for_user(self, user):
        return PagePermissionTester(user, self)


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
        allowed = super().user_has_permission_for_instance(user, action, instance)
        allowed = allowed and self._in_editable_locale(user, action, instance)
        if allowed and action == "delete":
            may_publish = not isinstance(instance, DraftStateMixin) or self.user_has_permission_for_instance(
                user, "publish", instance
            )
            return may_delete(user, instance, may_publish, owned_drafts_only=lambda: False)
        return allowed

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


def is_source_locale(locale_id):
    """True for the default locale (nb), the source of every translation."""
    return locale_id == Locale.get_default().pk


def can_edit(user, instance):
    """May ``user`` edit ``instance`` (a page, or a snippet under its permission policy)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "change", instance)


def can_delete(user, instance):
    """May ``user`` delete ``instance`` (a page with everything under it, or a snippet under
    its permission policy)? See ``may_delete`` for the rules."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_delete()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "delete", instance)


def can_move(user, page):
    """May ``user`` move ``page`` (with everything under it) at all? Where to is
    ``page.permissions_for_user(user).can_move_to(destination)``."""
    return page.permissions_for_user(user).can_move()


def can_publish(user, instance):
    """May ``user`` put ``instance`` live (a page, or a snippet under its permission policy)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "publish", instance)


def can_choose(user, instance):
    """May ``user`` pick ``instance`` as a translation's image or document? Wagtail's image and
    document choosers list only what their collection permission policy allows for "choose";
    its page and snippet choosers ask nothing, so other objects may be picked by anyone."""
    if isinstance(instance, AbstractImage | AbstractDocument):
        return policy_registry.get(instance).user_has_permission_for_instance(user, "choose", instance)
    return True


def translation_parent(source, locale):
    """Where the ``locale`` translation of the page ``source`` goes: the translation of its
    nearest translated ancestor (wagtail-localize copies untranslated parents in between), or
    the tree root for a home page. None if there is no such place."""
    for ancestor in reversed(source.get_ancestors()):
        target_parent = ancestor if ancestor.is_root() else ancestor.get_translation_or_none(locale)
        if target_parent is not None:
            return target_parent
    return None


def _may_translate(user, source, locale, action):
    """May ``user`` do ``action`` ("change" or "publish") to the ``locale`` translation of
    ``source``, existing or still to be created?"""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return can_edit(user, existing) if action == "change" else can_publish(user, existing)
    if isinstance(source, Page):
        parent = translation_parent(source, locale)
        if parent is None:
            return False
        parent_permissions = parent.permissions_for_user(user)
        if action == "change":
            return parent_permissions.can_add_subpage()
        return parent_permissions.can_publish_subpage()
    policy = policy_registry.get(source)
    if not policy.user_has_permission(user, action):
        return False
    locale_ids = getattr(policy, "editable_locale_ids", lambda user: None)(user)
    return locale_ids is None or locale.pk in locale_ids


def can_write_translation(user, source, locale):
    """May ``user`` create or update the ``locale`` translation of ``source``?"""
    return _may_translate(user, source, locale, "change")


def can_publish_translation(user, source, locale):
    """May ``user`` put the ``locale`` translation of ``source`` live? A user is None for
    work done by the system (the demo loader, management commands), which may."""
    return user is None or _may_translate(user, source, locale, "publish")


def may_place_under(page, parent):
    """May ``page`` be copied or moved under ``parent``? Only within its own language's tree
    (or to the tree root, as a home page): a Norwegian page under an English parent would be
    live at an /en/ address in Norwegian. Wagtail 8 accepts such a parent (Wagtail issue
    13577); a page reaches another language only through "Translate this page"."""
    return parent.depth == 1 or parent.locale_id == page.locale_id
