"""Model fields shared by the question bank and the pages that show it."""

from django import forms
from django.db import models
from django.utils.text import capfirst


class ChoiceListField(models.JSONField):
    """A list of values chosen from ``choices`` (``["hope", "meaning"]``, ``[12, 14]``), edited
    as a row of checkboxes. Stored as JSON so that it works the same on SQLite and PostgreSQL,
    and so that wagtail-localize's ``SynchronizedField`` copies it to the translations (it
    copies no many-to-many relation).

    ``choices``: ``[(value, label), …]``, optionally grouped as ``[(group label, [(value,
    label), …]), …]``, or a callable returning that (read when a form is built, e.g. from the
    database). ``coerce`` turns a submitted string into a stored value (``int`` for ids). With
    a fixed list, saved values keep the order of ``choices``, without repeats or unknown values;
    a callable's values are kept as chosen, without repeats.
    """

    def __init__(self, *args, choices=(), coerce=str, **kwargs):
        self.value_choices = choices if callable(choices) else list(choices)
        self.coerce = coerce
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.value_choices,
            coerce=self.coerce,
            required=not self.blank,
            label=kwargs.get("label", capfirst(self.verbose_name)),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def clean_list(self, values):
        """``values`` as they are stored: see the class docstring. None gives []."""
        values = list(dict.fromkeys(values or ()))
        if callable(self.value_choices):
            return values
        wanted = set(values)
        return [value for value, _label in self.value_choices if value in wanted]

    def get_prep_value(self, value):
        return super().get_prep_value(self.clean_list(value))
