"""The « Page d'accueil » control panel (coordinators): blocks, order, texts."""

from polepatrimoine.content import _
from polepatrimoine.content.common.controlpanels import registry_controlpanel
from polepatrimoine.content.home.settings import PREFIX
from polepatrimoine.content.home.settings import IHomeSettings


# ``@@home-settings`` and ``@controlpanels/home``.
HomeSettingsView, HomeControlpanel = registry_controlpanel(
    IHomeSettings,
    PREFIX,
    configlet_id="home-settings",
    title=_("Home page"),
    label=_("Home page"),
    description=_("Which blocks the home page shows, in which order, and its texts."),
)
