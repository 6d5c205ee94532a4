"""The site's contact details, social links, accessibility statement and statutory pages:
site settings (``wagtail.contrib.settings``), editable per site in the admin.

Wagtail's settings cannot be translated (wagtail/wagtail#11508), so the settings hold what
is the same in every language — phone, e-mail, links, the uustatus.no address — and point to
a ``ContactDetails`` snippet for the text a reader reads (organisation name, address, opening
hours), which translators translate with wagtail-localize like any snippet: the pattern
Wagtail's maintainers suggest in that issue. Pages chosen here are the Norwegian ones; each
language's footer shows their translation in that language.
"""

import time
from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Orderable, Page, Site, TranslatableMixin
from wagtail_localize.fields import TranslatableField

UUSTATUS_HOST = "uustatus.no"


class ContactDetails(TranslatableMixin, models.Model):
    """The college's name, address and opening hours as a reader reads them, per language."""

    organisation_name = models.CharField(_("organisation name"), max_length=255)
    address = models.TextField(
        _("address"), help_text=_("Postal or visiting address, one line per line of the address.")
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=255,
        blank=True,
        help_text=_("When the switchboard answers, e.g. “Weekdays 08.00–15.30”."),
    )
    about = models.CharField(
        _("about the site"),
        max_length=300,
        blank=True,
        help_text=_("One sentence in the footer on what the site offers."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("about"),
    ]
    translatable_fields = [
        TranslatableField("organisation_name"),
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        TranslatableField("about"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.organisation_name

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Contact details, social links and the statutory pages of one site."""

    contact_details = models.ForeignKey(
        ContactDetails,
        verbose_name=_("contact details"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Name and address in Norwegian; the English footer shows its translation."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("The switchboard's number, e.g. +47 22 00 00 00. Never a person's own number."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The college's general address."))
    uustatus_url = models.URLField(
        _("accessibility statement on uustatus.no"),
        blank=True,
        help_text=_("The address of this site's accessibility statement at uustatus.no (Digdir)."),
    )
    contact_page = models.ForeignKey(
        Page,
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        Page,
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        Page,
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_details"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Choose the Norwegian pages; each language's footer links to their translations."
                    )
                ),
                FieldPanel("contact_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("uustatus_url"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Pages in the footer"),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("Social media link")),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def clean(self):
        super().clean()
        if self.uustatus_url:
            host = (urlsplit(self.uustatus_url).hostname or "").lower()
            if host != UUSTATUS_HOST and not host.endswith("." + UUSTATUS_HOST):
                raise ValidationError(
                    {
                        "uustatus_url": _(
                            "Give the statement's address at uustatus.no, e.g. https://uustatus.no/nb/erklaringer/publisert/…"
                        )
                    }
                )


class SocialService(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    LINKEDIN = "linkedin", "LinkedIn"
    YOUTUBE = "youtube", "YouTube"
    OTHER = "other", _("Other")


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    service = models.CharField(_("service"), max_length=20, choices=SocialService.choices)
    url = models.URLField(_("address"))
    label = models.CharField(
        _("link text"), max_length=60, blank=True, help_text=_("Leave empty to use the service's name.")
    )

    panels = [FieldPanel("service"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")

    def __str__(self):
        return self.text

    @property
    def text(self):
        return self.label or self.get_service_display()


def footer_details(request, locale):
    """What the footer shows to a reader of ``locale``, as plain values (cached, see
    ``site_chrome``)::

        {"organisation_name", "about", "address_lines", "opening_hours",
         "contact_lang": the language of those texts (Norwegian while untranslated),
         "phone", "email", "uustatus_url",
         "social_links": [{"text", "url"}],
         "contact_page", "accessibility_page", "privacy_page": {"title", "url"} or None,
         "accessibility_translation_key": the statement page's translation key or None}

    Pages are their live, public ``locale`` translations (left out when there is none)."""
    return cached_for_site(request, f"footer:{locale.pk}", lambda: _build_footer(request, locale))


def _build_footer(request, locale):
    settings = SiteSettings.for_request(request)
    details = {
        "organisation_name": "",
        "about": "",
        "address_lines": [],
        "opening_hours": "",
        "contact_lang": None,
        "phone": settings.phone,
        "email": settings.email,
        "uustatus_url": settings.uustatus_url,
        "social_links": [{"text": link.text, "url": link.url} for link in settings.social_links.all()],
    }
    if settings.contact_details_id:
        chosen_key = ContactDetails.objects.filter(pk=settings.contact_details_id).values("translation_key")
        versions = list(
            ContactDetails.objects.filter(translation_key__in=chosen_key).select_related("locale")
        )
        contact = next((version for version in versions if version.locale_id == locale.pk), None) or next(
            (version for version in versions if version.pk == settings.contact_details_id), None
        )
        if contact is not None:
            details.update(
                organisation_name=contact.organisation_name,
                about=contact.about,
                address_lines=contact.address_lines,
                opening_hours=contact.opening_hours,
                contact_lang=contact.locale.language_code,
            )
    chosen = {
        name: getattr(settings, f"{name}_id")
        for name in ("contact_page", "accessibility_page", "privacy_page")
    }
    keys = dict(
        Page.objects.filter(pk__in=[pk for pk in chosen.values() if pk]).values_list("pk", "translation_key")
    )
    translations = {}
    if keys:
        pages = Page.objects.live().public().filter(translation_key__in=keys.values(), locale=locale)
        translations = {page.translation_key: page for page in pages}
    for name, pk in chosen.items():
        page = translations.get(keys.get(pk))
        details[name] = {"title": page.title, "url": page.get_url(request)} if page else None
    details["accessibility_translation_key"] = (
        str(keys[chosen["accessibility_page"]]) if chosen["accessibility_page"] in keys else None
    )
    return details


# Site chrome: what every page shows around its content (the footer, the search box's target,
# the main menu) and what every request reads before it (its Site, the Locale rows) is cached,
# so that it costs no queries on a page view. Any change that can alter it — the settings,
# contact details, a page published, unpublished, moved or deleted, a search promotion, a Site
# or a Locale — starts a new generation of keys. With several processes the cache must be
# shared (REDIS_URL), as Wagtail's own caches need.

GENERATION_KEY = "kbt:site-chrome:generation"
CHROME_TIMEOUT = 24 * 60 * 60


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def forget_site_chrome(sender=None, created=False, **kwargs):
    """Signal receiver: every cached piece of site chrome is out of date. A new generation
    starts at once (this request sees its own change) and again when the change commits: a
    process that read the database between the two (e.g. inside Wagtail's atomic page delete)
    cached the old chrome under the first one."""
    if sender is SiteSettings and created:
        return  # Wagtail creates an empty settings row on first use: nothing to show changes
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation():
    cache.set(GENERATION_KEY, time.time_ns(), None)


def cached_for_site(request, name, build):
    """``build()``'s value for ``request``'s site, cached until the site chrome changes."""
    site = Site.find_for_request(request)
    return cached_site_wide(f"{site.pk if site else 0}:{name}", build)


def cached_site_wide(name, build):
    """``build()``'s value, cached under ``name`` until the site chrome changes; a value of
    None is not cached (built again each time)."""

    # The key of the generation the build starts in: a change committed during the build
    # starts a new one, under which this value, possibly read before it, is never found.
    key = f"kbt:site-chrome:{_generation()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_TIMEOUT)
    return value


def connect_site_chrome_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for model in (SiteSettings, SocialLink, ContactDetails, SearchPromotion, Site, Locale):
        post_save.connect(forget_site_chrome, sender=model, dispatch_uid=f"kbt_chrome_save_{model.__name__}")
        post_delete.connect(
            forget_site_chrome, sender=model, dispatch_uid=f"kbt_chrome_delete_{model.__name__}"
        )
    page_published.connect(forget_site_chrome, dispatch_uid="kbt_chrome_published")
    page_unpublished.connect(forget_site_chrome, dispatch_uid="kbt_chrome_unpublished")
    post_page_move.connect(forget_site_chrome, dispatch_uid="kbt_chrome_moved")
    post_delete.connect(_forget_on_page_delete, dispatch_uid="kbt_chrome_page_deleted")


def _forget_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_site_chrome()
