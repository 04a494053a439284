"""The control panel of the retention periods (coordinators: « Données personnelles »)."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from polepatrimoine.content import _
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.personaldata.settings import PREFIX
from polepatrimoine.content.personaldata.settings import IRetentionSettings
from zope.component import adapter
from zope.interface import Interface


class RetentionSettingsForm(RegistryEditForm):
    schema = IRetentionSettings
    schema_prefix = PREFIX
    label = _("Personal data: retention periods")
    description = _(
        "How long the site keeps personal data. The command polepatrimoine-retention, "
        "run daily, erases or anonymises what is older."
    )


RetentionSettingsView = layout.wrap_form(RetentionSettingsForm, ControlPanelFormWrapper)


@adapter(Interface, IBrowserLayer)
class RetentionControlpanel(RegistryConfigletPanel):
    """``@controlpanels/personal-data`` of plone.restapi."""

    schema = IRetentionSettings
    schema_prefix = PREFIX
    configlet_id = "personal-data-settings"
    configlet_category_id = "Products"
    title = _("Personal data")
    group = "Add-on Configuration"
