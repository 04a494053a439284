"""The « Réseaux sociaux » control panel (coordinators): the network's pages."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from polepatrimoine.content import _
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.sharing.settings import PREFIX
from polepatrimoine.content.sharing.settings import ISocialSettings
from zope.component import adapter
from zope.interface import Interface


class SocialSettingsForm(RegistryEditForm):
    schema = ISocialSettings
    schema_prefix = PREFIX
    label = _("Social networks")
    description = _("The network's pages, linked in the footer of every page.")


SocialSettingsView = layout.wrap_form(SocialSettingsForm, ControlPanelFormWrapper)


@adapter(Interface, IBrowserLayer)
class SocialControlpanel(RegistryConfigletPanel):
    """``@controlpanels/social-networks`` of plone.restapi."""

    schema = ISocialSettings
    schema_prefix = PREFIX
    configlet_id = "social-settings"
    configlet_category_id = "Products"
    title = _("Social networks")
    group = "Add-on Configuration"
