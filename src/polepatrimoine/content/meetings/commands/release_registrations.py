"""``polepatrimoine-registrations``: release the places of unconfirmed registrations.

    polepatrimoine-registrations /path/to/zope.conf Plone --url https://www.example.org

removes the registrations whose confirmation link has expired and gives their
places to the waiting list, whose promoted people are told by e-mail. The site
is right without it (every count ignores expired registrations and the next
registration on an event releases them); run it hourly from cron so that the
waiting list moves up even on an event nobody registers to any more.
"""

from plone import api
from polepatrimoine.content import logger
from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.content.meetings import signup
from polepatrimoine.content.meetings.registrations import get_registrations

import sys


def run(portal) -> int:
    """Release every event's expired registrations; return how many."""
    catalog = api.portal.get_tool("portal_catalog")
    released = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Event"):
        if not brain.meeting_capacity:
            continue
        event = brain._unrestrictedGetObject()
        if get_registrations(event):
            count = signup.release(event)
            if count:
                logger.info("Released %d registration(s) of %s", count, brain.getPath())
            released += count
    return released


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-registrations",
        "Release the places of registrations left unconfirmed.",
    )
    args = parser.parse_args(argv)
    with zope_site(args.zope_conf, args.site_id, args.url) as site:
        released = run(site)
    print(f"{released} unconfirmed registration(s) released")
    return 0


if __name__ == "__main__":
    sys.exit(main())
