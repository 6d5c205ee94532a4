"""People and organisations: snippets that project pages (and later other pages) point to.

Both are translatable through wagtail-localize (a person's role and an organisation's name
have an English version), have drafts and revisions, and are edited per language under the
translators' rules (``course_pages.translation.permissions.LocaleScopedPermissionPolicy``,
registered in ``CoursePagesConfig.ready``). Pages show only the live version.

No personal phone numbers or e-mail addresses are stored: people are reached through the
college's contact details, not their own.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index


def _revisions(related_query_name):
    # Deleting a snippet deletes its revisions too (Wagtail documents this GenericRelation).
    return GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=related_query_name,
        for_concrete_model=False,
    )


class Organisation(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A partner, participating municipality or funder of a project, with a slot for its logo.
    The logo is always shown next to the name, so it needs no alt text of its own."""

    name = models.CharField(_("name"), max_length=255)
    url = models.URLField(_("web address"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revisions = _revisions("organisation")

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """Someone named on the site: a project member, say. A role within a project is given
    where the person is added to it; ``role`` here is the person's own title."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(
        _("role"), max_length=255, blank=True, help_text=_("The person's title, for example “Principal”.")
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(_("photo alt text"), max_length=255, blank=True)
    revisions = _revisions("person")

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Photo")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt_text.strip():
            raise ValidationError({"image_alt_text": _("Describe the photo for readers who cannot see it.")})
