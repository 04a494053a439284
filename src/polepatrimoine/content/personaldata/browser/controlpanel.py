"""The control panel of the retention periods (coordinators: « Données personnelles »)."""

from polepatrimoine.content import _
from polepatrimoine.content.common.controlpanels import registry_controlpanel
from polepatrimoine.content.personaldata.settings import PREFIX
from polepatrimoine.content.personaldata.settings import IRetentionSettings


# ``@@personal-data-settings`` and ``@controlpanels/personal-data``.
RetentionSettingsView, RetentionControlpanel = registry_controlpanel(
    IRetentionSettings,
    PREFIX,
    configlet_id="personal-data-settings",
    title=_("Personal data"),
    label=_("Personal data: retention periods"),
    description=_(
        "How long the site keeps personal data. The command polepatrimoine-retention, "
        "run daily, erases or anonymises what is older."
    ),
)
