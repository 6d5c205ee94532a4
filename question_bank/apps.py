from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionBankConfig(AppConfig):
    name = "question_bank"
    verbose_name = _("Question bank")
    default_auto_field = "django.db.models.BigAutoField"
