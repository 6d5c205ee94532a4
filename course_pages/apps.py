from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoursePagesConfig(AppConfig):
    name = "course_pages"
    verbose_name = _("Course pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .locales import ensure_configured_locales
        from .signals import clear_site_root_paths

        post_migrate.connect(ensure_configured_locales, sender=self)
        home_page = self.get_model("HomePage")
        page_published.connect(clear_site_root_paths, sender=home_page)
        page_unpublished.connect(clear_site_root_paths, sender=home_page)
