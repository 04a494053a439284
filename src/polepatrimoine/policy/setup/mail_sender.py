"""The sender of the platform's e-mails, when the site has none yet."""

from plone import api


DEFAULT_SENDER_NAME = "Pôle Patrimoine"
DEFAULT_SENDER_ADDRESS = "ne-pas-repondre@polepatrimoine.invalid"


def set_default_sender() -> None:
    """Plone sends no mail without a sender: set a placeholder, never overwrite."""
    if not api.portal.get_registry_record("plone.email_from_address", default=None):
        api.portal.set_registry_record(
            "plone.email_from_address", DEFAULT_SENDER_ADDRESS
        )
    if not api.portal.get_registry_record("plone.email_from_name", default=None):
        api.portal.set_registry_record("plone.email_from_name", DEFAULT_SENDER_NAME)
