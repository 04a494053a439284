"""``polepatrimoine-opportunities``: the daily command of the Jeunes-Pros offers.

    polepatrimoine-opportunities /path/to/zope.conf Plone --url https://www.example.org

retires to ``expired`` the published offers whose deadline day is over, and
tells the owner of each open offer and the owners of its structure by e-mail a week before its deadline (once
per deadline: a new deadline warns again). An offer past its deadline is out
of every listing from the next day even before this runs (``expiry.open_query``);
the command makes its state say so. Idempotent.
"""

from datetime import timedelta
from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.applications import access
from polepatrimoine.workflows import _
from polepatrimoine.workflows import logger
from zope.annotation.interfaces import IAnnotations

import sys


WARNED_KEY = "polepatrimoine.opportunities.warned"


def published_offers() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Opportunity", review_state="published"
        )
    ]


def retire_expired(offers) -> list[str]:
    retired = []
    for offer in offers:
        if expiry.is_past(offer):
            api.content.transition(
                obj=offer, transition="expire", comment="Date limite passée"
            )
            retired.append(offer.absolute_url(1))
    return retired


def owner_emails(offer) -> list[str]:
    """The offer's owner and the owners of its structure, each address once."""
    owner = offer.getOwner()
    userids = [owner.getId()] if owner is not None else []
    userids += access.structure_owners(offer)
    emails = (mail.email_of(userid) for userid in userids)
    return list(dict.fromkeys(email for email in emails if email))


def warn_owners(offers) -> list[str]:
    """Mail the owners of the open offers whose deadline is a week away or less."""
    sent = []
    limit = expiry.today() + timedelta(days=expiry.WARNING_DAYS)
    for offer in offers:
        if not expiry.is_open(offer) or offer.deadline > limit:
            continue
        annotations = IAnnotations(offer)
        if annotations.get(WARNED_KEY) == offer.deadline:
            continue
        # One mail each: the owners need not learn each other's address.
        for recipient in owner_emails(offer):
            mail.send(
                "opportunity-expiring",
                offer,
                [recipient],
                _("Your offer closes soon: ${title}", mapping={"title": offer.title}),
            )
            sent.append(recipient)
        annotations[WARNED_KEY] = offer.deadline
    return sent


def run(portal) -> dict:
    """What the command does on one site, as a Manager; the caller commits."""
    with api.env.adopt_roles(["Manager"]):
        offers = published_offers()
        retired = retire_expired(offers)
        warned = warn_owners([o for o in offers if expiry.is_open(o)])
    for path in retired:
        logger.info("Retired the expired offer %s", path)
    logger.info("Warned %d owners of offers closing within a week", len(warned))
    return {"retired": retired, "warned": warned}


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-opportunities",
        "Retire the offers past their deadline and warn owners a week before.",
    )
    args = parser.parse_args(argv)
    with zope_site(args.zope_conf, args.site_id, args.url) as site:
        result = run(site)
    mail.wait_for_delivery()
    print(
        f"{len(result['retired'])} offer(s) retired, "
        f"{len(result['warned'])} owner(s) warned"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
