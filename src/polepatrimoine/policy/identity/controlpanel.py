"""The « Identité du réseau » control panel (coordinators): the footer's address."""

from polepatrimoine.content.common.controlpanels import registry_controlpanel
from polepatrimoine.policy import _
from polepatrimoine.policy.identity.settings import PREFIX
from polepatrimoine.policy.identity.settings import IIdentitySettings


# ``@@identity-settings`` and ``@controlpanels/network-identity``.
IdentitySettingsView, IdentityControlpanel = registry_controlpanel(
    IIdentitySettings,
    PREFIX,
    configlet_id="identity-settings",
    title=_("The network's identity"),
    label=_("The network's identity"),
    description=_(
        "The address and contact shown in the footer of every page. The social "
        "networks have their own panel."
    ),
)
