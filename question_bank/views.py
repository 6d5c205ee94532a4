"""The question bank's choosers: a theme (Wagtail's snippet chooser, with our filters) and a
single question (its own chooser, always of the Norwegian source)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Locale
from wagtail.snippets.views.chooser import ChooseResultsView as SnippetChooseResultsView
from wagtail.snippets.views.chooser import ChooseView as SnippetChooseView
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from .elements import ELEMENT_CHOICES, element_position
from .models import Question, ThemeCollection


class ThemeFilterMixin(forms.Form):
    """Chooser filters by CHIME element and collection (fields of a question theme; set
    ``theme_lookup`` to reach them from another model). Selects marked with
    ``data-chooser-modal-search-filter`` reload the results, as Wagtail's own filters do."""

    theme_lookup = ""

    element = forms.ChoiceField(
        label=_("CHIME element"),
        choices=[("", _("All elements")), *ELEMENT_CHOICES],
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )
    collection = forms.ChoiceField(
        label=_("Collection"),
        choices=[("", _("All collections")), *ThemeCollection.choices],
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        for name in ("element", "collection"):
            if value := self.cleaned_data.get(name):
                objects = objects.filter(**{f"{self.theme_lookup}{name}": value})
        # Filter before searching: the search backend returns results, not a queryset.
        return super().filter(objects)


class ThemeChooserFilterForm(ThemeFilterMixin, LocaleFilterMixin, SearchFilterMixin, BaseFilterForm):
    pass


class ThemeChooseMixin:
    filter_form_class = ThemeChooserFilterForm
    # By CHIME element (C, H, I, M, E), then the themes' own order.
    ordering = [element_position(), "sort_order", "title"]

    @property
    def columns(self):
        title, *rest = super().columns
        return [title, Column("element", label=_("CHIME element"), accessor="get_element_display"), *rest]


class ThemeChooseView(ThemeChooseMixin, SnippetChooseView):
    pass


class ThemeChooseResultsView(ThemeChooseMixin, SnippetChooseResultsView):
    pass


class ThemeChooserViewSet(SnippetChooserViewSet):
    """Wagtail's snippet chooser for question themes, with element and collection filters and
    the element beside each theme."""

    choose_view_class = ThemeChooseView
    choose_results_view_class = ThemeChooseResultsView


class QuestionChooserFilterForm(ThemeFilterMixin, SearchFilterMixin, BaseFilterForm):
    # The search covers the theme's title too (``Question.search_fields``): "fremtiden"
    # finds the questions of "Tro på fremtiden".
    theme_lookup = "theme__"


class QuestionChooseMixin:
    # Editors always choose the Norwegian source question; a page shows it in the reader's
    # language (see embeds.py), so the choice itself never needs translating.
    i18n_enabled = False
    filter_form_class = QuestionChooserFilterForm
    # By CHIME element, the theme's order, then the question's place in its theme.
    ordering = [element_position("theme__element"), "theme__sort_order", "theme__title", "sort_order"]

    def get_object_list(self):
        return Question.objects.filter(locale=Locale.get_default()).select_related("theme")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("theme", label=_("Theme"), accessor=lambda question: question.theme.title),
            Column("element", label=_("CHIME element"), accessor=lambda q: q.theme.get_element_display()),
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
