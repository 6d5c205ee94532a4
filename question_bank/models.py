from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .elements import ELEMENT_CHOICES, get_element
from .fields import ChoiceListField
from .phases import PHASE_CHOICES, get_phase


class QuestionKind(models.TextChoices):
    CONVERSATION = "conversation", _("Conversation question")
    REFLECTION = "reflection", _("Reflection")
    EVALUATION = "evaluation", _("Evaluation item")


class Audience(models.TextChoices):
    SERVICE_USER = "service_user", _("Service user")
    SERVICE_PROVIDER = "service_provider", _("Service provider")
    GROUP = "group", _("Group")


class ThemeCollection(models.TextChoices):
    QUESTION_BANK = "question_bank", _("Question bank")
    PRACTICAL_GUIDE = "practical_guide", _("Practical guide examples")


class QuestionTheme(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A theme (temaområde) of a CHIME element's question bank, with its questions inline."""

    element = models.CharField(
        _("CHIME element"),
        max_length=20,
        choices=ELEMENT_CHOICES,
        blank=True,
        help_text=_("Leave empty for themes that span all elements, such as the evaluation form."),
    )
    title = models.CharField(_("title"), max_length=255)
    when_relevant = models.TextField(
        _("when relevant"),
        blank=True,
        help_text=_("When in a conversation, and with whom, these questions are most useful."),
    )
    collection = models.CharField(
        _("collection"),
        max_length=20,
        choices=ThemeCollection.choices,
        default=ThemeCollection.QUESTION_BANK,
        help_text=_(
            "Practical guide examples are the example questions of one subcategory of the practical "
            "guide; they appear in its table, not in the element's question bank."
        ),
    )
    phases = ChoiceListField(
        _("phases of the conversation"),
        choices=PHASE_CHOICES,
        help_text=_(
            "The phases of a conversation these questions suit. The conversation tool offers the "
            "theme to a reader who chooses one of them."
        ),
    )
    sort_order = models.PositiveIntegerField(
        _("order within the element"),
        default=0,
        help_text=_("Themes of an element are listed by this number, lowest first."),
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question_theme",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question_theme",
        for_concrete_model=False,
    )

    panels = [
        HelpPanel(
            content=_(
                "A theme is shown wherever it is embedded: lessons, element pages and printable "
                "guides. Edit it here once; publish to update every page that shows it."
            )
        ),
        FieldPanel("element"),
        FieldPanel("collection"),
        FieldPanel("title"),
        FieldPanel("when_relevant"),
        FieldPanel("phases"),
        FieldPanel("sort_order"),
        InlinePanel("questions", heading=_("Questions"), label=_("Question"), min_num=1),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("when_relevant"),
        index.AutocompleteField("title"),
        index.RelatedFields("questions", [index.SearchField("text"), index.AutocompleteField("text")]),
        index.FilterField("element"),
        index.FilterField("collection"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("when_relevant"),
        SynchronizedField("element"),
        SynchronizedField("collection"),
        SynchronizedField("phases"),
        SynchronizedField("sort_order"),
        TranslatableField("questions"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question theme")
        verbose_name_plural = _("question themes")
        ordering = ["element", "sort_order", "title"]

    def __str__(self):
        return self.title

    @property
    def chime_element(self):
        return get_element(self.element)

    @property
    def conversation_phases(self):
        """The phases this theme suits, as ``ConversationPhase`` objects in the vocabulary's order."""
        return [get_phase(code) for code in self.phases if get_phase(code)]

    def suits_phase(self, code):
        """Whether the theme suits the phase ``code`` (a code of ``question_bank.phases.PHASES``)."""
        return code in (self.phases or ())

    @property
    def usage_url(self):
        """The usage report, linked from the listing's "Used N times"."""
        return reverse("wagtailsnippets_question_bank_questiontheme:usage", args=[self.pk])

    def save(self, *args, **kwargs):
        # Questions made in code (the demo loader, translations' copies, tests) come without a
        # sort_order, and PostgreSQL then returns them in any order: keep the order given.
        for position, question in enumerate(self.questions.all()):
            if question.sort_order is None:
                question.sort_order = position
        super().save(*args, **kwargs)
        # Wagtail indexes a saved object on post_save, which ClusterableModel sends before it
        # saves the questions: the index would hold the previous questions (a translation
        # still found by its Norwegian copy). Index again with the questions as saved.
        index.insert_or_update_object(self)

    def clean(self):
        super().clean()
        if self.element and get_element(self.element) is None:
            raise ValidationError({"element": _("Choose one of the five CHIME elements.")})

    def serve_preview(self, request, mode_name):
        # The preview shows the theme as the public sees it: in the theme's own language.
        with translation.override(self.locale.language_code):
            return super().serve_preview(request, mode_name)

    def get_preview_template(self, request, mode_name):
        return "question_bank/previews/question_theme.html"

    def get_preview_context(self, request, mode_name):
        from .embeds import ResolvedTheme

        context = super().get_preview_context(request, mode_name)
        # A translation's preview marks the texts still equal to the Norwegian source as such.
        source = None
        if self.locale_id != Locale.get_default().pk:
            source = QuestionTheme.objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            ).first()
        context["resolved_theme"] = ResolvedTheme.from_theme(self, source)
        context["content_lang"] = self.locale.language_code
        return context


class Question(TranslatableMixin, index.Indexed, Orderable):
    theme = ParentalKey(QuestionTheme, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("question"))
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.CONVERSATION
    )
    audience = models.CharField(
        _("for"),
        max_length=20,
        choices=Audience.choices,
        blank=True,
        help_text=_("Whom the question is for, where it matters."),
    )

    panels = [FieldPanel("text"), FieldPanel("kind"), FieldPanel("audience")]

    # The theme's title too, so that the question chooser finds "Tro på fremtiden"'s
    # questions by "fremtiden".
    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        index.RelatedFields(
            "theme",
            [
                index.SearchField("title"),
                index.AutocompleteField("title"),
                index.FilterField("element"),
                index.FilterField("collection"),
            ],
        ),
        index.FilterField("locale"),
    ]

    translatable_fields = [
        TranslatableField("text"),
        SynchronizedField("kind"),
        SynchronizedField("audience"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text

    def get_default_locale(self):
        # A question is always in its theme's language.
        if self.theme_id:
            return self.theme.locale
        return super().get_default_locale()
