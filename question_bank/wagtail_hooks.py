import django_filters
from django.db.models import Count, Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LocaleColumn, UsageCountColumn
from wagtail.models import Locale, ReferenceIndex
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView as SnippetDeleteView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, UsageView

from course_pages.translation.permissions import can_delete, working_locale

from .elements import ELEMENT_CHOICES, element_position
from .models import QuestionTheme, ThemeCollection
from .phases import PHASE_CHOICES
from .usage import embed_kinds, theme_usage
from .views import ThemeChooserViewSet, question_chooser_viewset


def language_of(instance):
    """The language an object that shows a theme is in, as a table cell shows it ("Engelsk";
    "" for an object that has none). Locale names are lower case for use inside sentences
    (settings.WAGTAIL_CONTENT_LANGUAGES); a cell starts with a capital."""
    locale = getattr(instance, "locale", None)
    return capfirst(locale.get_display_name()) if locale is not None else ""


class LanguageColumn(LocaleColumn):
    """Wagtail's locale column, its cells starting with a capital (see ``language_of``)."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = capfirst(context["value"] or "")
        return context


class TranslationStateFilter(django_filters.ChoiceFilter):
    """Themes that do, or do not yet, exist in every other content language."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        missing_somewhere = Exists(
            Locale.objects.exclude(pk=OuterRef("locale_id")).exclude(
                Exists(
                    QuestionTheme.objects.filter(
                        translation_key=OuterRef(OuterRef("translation_key")),
                        locale_id=OuterRef("pk"),
                        live=True,
                    )
                )
            )
        )
        queryset = queryset.annotate(missing_somewhere=missing_somewhere)
        return queryset.filter(missing_somewhere=(value == "missing"))


class PhaseFilter(django_filters.ChoiceFilter):
    """Themes that suit the chosen phase of the conversation. ``phases`` is a JSON list, and
    Django has no JSON "contains" lookup on SQLite, so the codes are matched in Python: one
    query over the question bank's themes, a few hundred rows."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        themes = queryset.model.objects.values_list("pk", "phases")
        suiting = [pk for pk, codes in themes if value in (codes or ())]
        return queryset.filter(pk__in=suiting)


class QuestionThemeFilterSet(WagtailFilterSet):
    element = django_filters.ChoiceFilter(label=_("CHIME element"), choices=ELEMENT_CHOICES)
    collection = django_filters.ChoiceFilter(label=_("Collection"), choices=ThemeCollection.choices)
    phase = PhaseFilter(label=_("Phase of the conversation"), choices=PHASE_CHOICES)
    live = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("true", _("Live")), ("false", _("Draft"))],
        method="filter_live",
    )
    translation = TranslationStateFilter(
        label=_("Translation"),
        choices=[
            ("missing", _("Not yet translated into every language")),
            ("complete", _("Translated into every language")),
        ],
    )

    class Meta:
        model = QuestionTheme
        fields = []

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=(value == "true"))


class QuestionThemeIndexView(SnippetIndexView):
    """The listing opens on the user's own content language (``working_locale``: nb for
    editors, a translator's language for translators), sorted by CHIME element and the
    themes' order; the locale filter's "All" (``?locale=``) shows every language."""

    default_ordering = "element_position"

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                element_position=element_position(),
                question_count=Count("questions"),
                usage_count=ReferenceIndex.usage_count_subquery(QuestionTheme),
            )
        )

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        if self.ordering in ("element_position", "-element_position"):
            # Within an element, themes keep the order editors gave them.
            queryset = queryset.order_by(self.ordering, "sort_order", "title", "pk")
        return queryset

    @cached_property
    def default_language_code(self):
        return working_locale(self.request.user).language_code

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if self.i18n_enabled and "locale" not in self.request.GET:
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"]["locale"] = self.default_language_code
        return kwargs

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None and "locale" in filters.form.fields:
            # The user's language is the default state: no "active filter" to remove, and
            # removing another language's filter comes back to it.
            filters.form.fields["locale"].initial = self.default_language_code
        return filters


class QuestionThemeEditView(SnippetEditView):
    """Wagtail's edit view checks the model-wide permission only; ask the locale-scoped
    policy about this theme, so a translator cannot open the Norwegian source. A reviewer
    whose workflow task lets them into the editor still gets in, as with pages."""

    def user_has_permission(self, permission):
        user = self.request.user
        if permission == "change" and not self.permission_policy.user_has_permission_for_instance(
            user, "change", self.object
        ):
            task = self.current_workflow_task
            return bool(task and task.user_can_access_editor(self.object, user))
        return super().user_has_permission(permission)


class QuestionThemeDeleteView(SnippetDeleteView):
    """Wagtail's snippet delete view checks the model-wide permission only (its bulk delete
    asks about each instance); ask the policy about this theme, which adds the locale, the
    lock and the publish rights (``course_pages.translation.permissions.can_delete``)."""

    def user_has_permission(self, permission):
        if permission == "delete":
            return can_delete(self.request.user, self.object)
        return super().user_has_permission(permission)


class QuestionThemeUsageView(UsageView):
    """Every page that shows the theme, in every language, with how it shows it. The index
    holds a reference from each page to every theme its embeds can show (see usage.py), so
    this lists exactly what Wagtail's "Used N times" counts."""

    def get_queryset(self):
        return theme_usage(self.object)

    @cached_property
    def columns(self):
        name, content_type, *rest = super().columns
        return [
            name,
            Column("language", label=_("Language"), accessor=lambda row: language_of(row["object"])),
            Column(
                "embed_kind",
                label=_("Shown as"),
                accessor=lambda row: ", ".join(embed_kinds(row["references"])),
            ),
            content_type,
            *rest,
        ]


class QuestionThemeViewSet(SnippetViewSet):
    model = QuestionTheme
    icon = "help"
    menu_label = _("Question bank")
    menu_name = "question_bank"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = QuestionThemeIndexView
    edit_view_class = QuestionThemeEditView
    delete_view_class = QuestionThemeDeleteView
    usage_view_class = QuestionThemeUsageView
    filterset_class = QuestionThemeFilterSet
    chooser_viewset_class = ThemeChooserViewSet
    list_display = [
        "title",
        LanguageColumn(label=_("Language")),
        Column(
            "element", label=_("CHIME element"), accessor="get_element_display", sort_key="element_position"
        ),
        "sort_order",
        Column(
            "phases",
            label=_("Phases"),
            accessor=lambda theme: ", ".join(str(phase) for phase in theme.conversation_phases),
        ),
        Column("question_count", label=_("Questions"), sort_key="question_count"),
        UsageCountColumn("usage_count", label=_("Usage")),
    ]
    list_export = ["title", "element", "locale", "when_relevant", "live"]
    list_per_page = 50
    inspect_view_enabled = True


hooks.register("register_admin_viewset", lambda: question_chooser_viewset)
register_snippet(QuestionThemeViewSet)
