"""The network's pages on social networks: registry records of « Réseaux sociaux »."""

from polepatrimoine.content import _
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from zope import schema
from zope.interface import Interface


PREFIX = "polepatrimoine.social"


class ISocialSettings(Interface):
    """Registry records ``polepatrimoine.social.*``, shown in the footer."""

    linkedin_url = schema.URI(
        title=_("LinkedIn page of the network"),
        description=_("For example https://www.linkedin.com/company/pole-patrimoine"),
        required=False,
        constraint=constraint(check_web_url),
    )

    facebook_url = schema.URI(
        title=_("Facebook page of the network"),
        description=_("For example https://www.facebook.com/polepatrimoine"),
        required=False,
        constraint=constraint(check_web_url),
    )
