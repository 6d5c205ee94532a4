from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoursePagesConfig(AppConfig):
    name = "course_pages"
    verbose_name = _("Course pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_published, page_unpublished, post_page_move, published
        from wagtail_localize.models import LocaleSynchronization

        from question_bank.models import QuestionTheme

        from . import account, approval, breadcrumbs, default_names, publishing, routing
        from .caching import connect_signals as connect_page_cache_signals
        from .locales import ensure_configured_locales
        from .printing import prebuild_published_page_pdf, prebuild_theme_pdfs
        from .signals import clear_site_root_paths
        from .site_settings import ContactDetails, connect_site_chrome_signals
        from .translation import report, saving
        from .translation.overrides import drop_unusable_overrides
        from .translation.permissions import LocaleScopedPermissionPolicy
        from .translation.tree import NoLocaleSynchronizationForm, follow_parent_publish, follow_source_move

        post_migrate.connect(ensure_configured_locales, sender=self)
        # Publishing a page or snippet is one transaction: see publishing.py.
        publishing.install()
        home_page = self.get_model("HomePage")
        page_published.connect(clear_site_root_paths, sender=home_page)
        page_unpublished.connect(clear_site_root_paths, sender=home_page)
        # Question themes, people, organisations and conversation sets are edited per language:
        # see translation.permissions.
        register_permission_policy(QuestionTheme, LocaleScopedPermissionPolicy(QuestionTheme))
        for model_name in ("Person", "Organisation", "ConversationSet"):
            model = self.get_model(model_name)
            register_permission_policy(model, LocaleScopedPermissionPolicy(model))
        register_permission_policy(ContactDetails, LocaleScopedPermissionPolicy(ContactDetails))
        # The footer and the search box are cached until what they show changes.
        connect_site_chrome_signals()
        # Every wagtail-localize path saves translations through our save_target: see saving.py.
        saving.install()
        # wagtail-localize's Translations report in a bounded number of queries: see report.py.
        report.install()
        # Stored translation overrides that are unsafe links or missing objects are not used.
        drop_unusable_overrides()
        # A translated tree follows its source's shape and order: see translation.tree.
        post_page_move.connect(follow_source_move, dispatch_uid="kbt_follow_source_move")
        page_published.connect(follow_parent_publish, dispatch_uid="kbt_follow_parent_publish")
        LocaleSynchronization.base_form_class = NoLocaleSynchronizationForm
        # Publishing, moving or deleting purges exactly the cached pages it changes: see caching.py.
        connect_page_cache_signals()
        # After those, so a job that runs at the commit builds under the purged key: printing.py.
        page_published.connect(prebuild_published_page_pdf, dispatch_uid="kbt_prebuild_page_pdf")
        published.connect(prebuild_theme_pdfs, sender=QuestionTheme, dispatch_uid="kbt_prebuild_theme_pdfs")

        # Wagtail's default group, workflow and task names in the admin user's language.
        default_names.install()
        # A user without a name (createsuperuser makes one) can save their account settings.
        account.install()
        # Approving from the dashboard says so, as approving in the editor does.
        approval.install()
        # Snippet screens' breadcrumbs in each user's language, not the start-up one.
        breadcrumbs.install()
        # A routed page's view restrictions from what the router read: see routing.py.
        routing.install()
