"""The « Page d'accueil » control panel (coordinators): blocks, order, texts."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from polepatrimoine.content import _
from polepatrimoine.content.home.settings import PREFIX
from polepatrimoine.content.home.settings import IHomeSettings
from polepatrimoine.content.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import Interface


class HomeSettingsForm(RegistryEditForm):
    schema = IHomeSettings
    schema_prefix = PREFIX
    label = _("Home page")
    description = _("Which blocks the home page shows, in which order, and its texts.")


HomeSettingsView = layout.wrap_form(HomeSettingsForm, ControlPanelFormWrapper)


@adapter(Interface, IBrowserLayer)
class HomeControlpanel(RegistryConfigletPanel):
    """``@controlpanels/home`` of plone.restapi."""

    schema = IHomeSettings
    schema_prefix = PREFIX
    configlet_id = "home-settings"
    configlet_category_id = "Products"
    title = _("Home page")
    group = "Add-on Configuration"
