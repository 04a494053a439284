"""The applicant's consent, stored with the application when it is given."""

from polepatrimoine.content.personaldata import consent


# An attribute, not a schema field: no form or REST client may write it.
ATTRIBUTE = "consent_record"


def record_consent(application, event) -> None:
    """Added or edited with the box ticked: keep when, and the text shown, once."""
    if application.consent is True and not getattr(application, ATTRIBUTE, None):
        setattr(application, ATTRIBUTE, consent.record())


def consent_of(application) -> dict | None:
    return getattr(application, ATTRIBUTE, None)
