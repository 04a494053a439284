"""The « Réseaux sociaux » control panel (coordinators): the network's pages."""

from polepatrimoine.content import _
from polepatrimoine.content.common.controlpanels import registry_controlpanel
from polepatrimoine.content.sharing.settings import PREFIX
from polepatrimoine.content.sharing.settings import ISocialSettings


# ``@@social-settings`` and ``@controlpanels/social-networks``.
SocialSettingsView, SocialControlpanel = registry_controlpanel(
    ISocialSettings,
    PREFIX,
    configlet_id="social-settings",
    title=_("Social networks"),
    label=_("Social networks"),
    description=_("The network's pages, linked in the footer of every page."),
)
