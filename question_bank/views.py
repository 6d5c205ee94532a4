from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Locale

from .models import Question


class QuestionChooseMixin:
    # Editors always choose the Norwegian source question; a page shows it in the reader's
    # language (see embeds.py), so the choice itself never needs translating.
    i18n_enabled = False

    def get_object_list(self):
        return (
            Question.objects.filter(locale=Locale.get_default())
            .select_related("theme")
            .order_by("theme__element", "theme__sort_order", "theme__title", "sort_order")
        )

    @property
    def columns(self):
        return [
            self.title_column,
            Column("theme", label=_("Theme"), accessor=lambda question: question.theme.title),
        ]


class QuestionChooseView(QuestionChooseMixin, ChooseView):
    pass


class QuestionChooseResultsView(QuestionChooseMixin, ChooseResultsView):
    pass


class QuestionChooserViewSet(ChooserViewSet):
    model = Question
    icon = "help"
    choose_one_text = _("Choose a question")
    choose_another_text = _("Choose another question")
    edit_item_text = _("Edit")
    per_page = 30
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


question_chooser_viewset = QuestionChooserViewSet("question_chooser")
