"""The admin's account page ("Account" → name, language, time zone, notifications).

Wagtail's account form requires a first and a last name, and saves the page's panels only
when every one is valid. A superuser made with ``manage.py createsuperuser`` has no name, so
changing their language or notifications failed with "This field is required" on a panel they
had not touched. Django's user model allows a blank name, and Wagtail shows the username then;
so do we. Upstream: wagtail/wagtail#7410 (account settings forms do not follow the user model).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.account import NameEmailForm


class OptionalNameEmailForm(NameEmailForm):
    """Wagtail's name and e-mail form with the names optional, as on Django's user model."""

    first_name = forms.CharField(required=False, label=_("First Name"))
    last_name = forms.CharField(required=False, label=_("Last Name"))


def install():
    from wagtail.admin.views.account import NameEmailSettingsPanel

    NameEmailSettingsPanel.form_class = OptionalNameEmailForm
