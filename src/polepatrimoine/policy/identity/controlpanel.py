"""The « Identité du réseau » control panel (coordinators): the footer's address."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.policy import _
from polepatrimoine.policy.identity.settings import PREFIX
from polepatrimoine.policy.identity.settings import IIdentitySettings
from zope.component import adapter
from zope.interface import Interface


class IdentitySettingsForm(RegistryEditForm):
    schema = IIdentitySettings
    schema_prefix = PREFIX
    label = _("The network's identity")
    description = _(
        "The address and contact shown in the footer of every page. The social "
        "networks have their own panel."
    )


IdentitySettingsView = layout.wrap_form(IdentitySettingsForm, ControlPanelFormWrapper)


@adapter(Interface, IBrowserLayer)
class IdentityControlpanel(RegistryConfigletPanel):
    """``@controlpanels/network-identity`` of plone.restapi."""

    schema = IIdentitySettings
    schema_prefix = PREFIX
    configlet_id = "identity-settings"
    configlet_category_id = "Products"
    title = _("The network's identity")
    group = "Add-on Configuration"
