from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionBankConfig(AppConfig):
    name = "question_bank"
    verbose_name = _("Question bank")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import QuestionTheme
        from .permissions import LocaleScopedPermissionPolicy

        register_permission_policy(QuestionTheme, LocaleScopedPermissionPolicy(QuestionTheme))
