"""The retention periods of the personal data: registry records of the control panel."""

from polepatrimoine.content import _
from polepatrimoine.content.personaldata.register import RETENTION
from zope import schema
from zope.interface import Interface


PREFIX = "polepatrimoine.retention"


def _default(field: str) -> int:
    return RETENTION[f"{PREFIX}.{field}"]


class IRetentionSettings(Interface):
    """Registry records ``polepatrimoine.retention.*`` (names and defaults in
    ``register.RETENTION``)."""

    registrations_months = schema.Int(
        title=_("Event registrations (months after the event)"),
        description=_(
            "Then the registrations are anonymised: the attendance counts remain."
        ),
        default=_default("registrations_months"),
        min=1,
    )

    join_requests_months = schema.Int(
        title=_("Join requests (months after the decision)"),
        description=_("Then the message and the reason of the decision are erased."),
        default=_default("join_requests_months"),
        min=1,
    )

    applications_refused_months = schema.Int(
        title=_("Applications not accepted (months after the decision)"),
        description=_("Then the application and its attachments are deleted."),
        default=_default("applications_refused_months"),
        min=1,
    )

    applications_accepted_months = schema.Int(
        title=_("Accepted applications (months after the decision)"),
        description=_(
            "The programmes' reporting needs them; then the application and its "
            "attachments are deleted."
        ),
        default=_default("applications_accepted_months"),
        min=1,
    )

    pending_days = schema.Int(
        title=_("Never confirmed registrations or subscriptions (days)"),
        description=_("An address nobody confirmed is erased after this delay."),
        default=_default("pending_days"),
        min=1,
    )

    newsletter_unsubscribed_months = schema.Int(
        title=_("Newsletter subscribers who left (months after unsubscribing)"),
        description=_(
            "Then the address is erased; until then it shows after which issue "
            "they left."
        ),
        default=_default("newsletter_unsubscribed_months"),
        min=1,
    )
