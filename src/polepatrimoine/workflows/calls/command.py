"""``polepatrimoine-calls``: the cron-able command of the calls for applications.

    polepatrimoine-calls /path/to/zope.conf Plone

closes the open calls whose closing date has passed and, three days before a
call closes, reminds the applicants who still have a draft (once per call).
Run it daily (or hourly) from cron; it is idempotent.
"""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.workflows import logger
from polepatrimoine.workflows.calls import mails
from zope.annotation.interfaces import IAnnotations

import sys


REMINDER_DAYS = 3
REMINDED_KEY = "polepatrimoine.calls.reminded"


def open_calls(portal) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Call", review_state="open"
        )
    ]


def close_expired_calls(portal) -> list[str]:
    closed = []
    for call in open_calls(portal):
        if call.close_date and call.close_date < today():
            api.content.transition(
                obj=call, transition="close", comment="Clôture automatique"
            )
            closed.append(call.absolute_url(1))
    return closed


def send_reminders(portal) -> list[str]:
    """Remind draft owners of calls closing within REMINDER_DAYS days."""
    sent = []
    limit = today() + timedelta(days=REMINDER_DAYS)
    for call in open_calls(portal):
        if not call.close_date or not today() <= call.close_date <= limit:
            continue
        annotations = IAnnotations(call)
        reminded = annotations.get(REMINDED_KEY)
        if reminded == call.close_date:
            continue
        catalog = api.portal.get_tool("portal_catalog")
        drafts = catalog.unrestrictedSearchResults(
            portal_type="Application",
            review_state="draft",
            path={"query": "/".join(call.getPhysicalPath()), "depth": 1},
        )
        for brain in drafts:
            application = brain._unrestrictedGetObject()
            recipients = mails.applicant_emails(application)
            mails.send("reminder", application, recipients)
            sent.extend(recipients)
        annotations[REMINDED_KEY] = call.close_date
    return sent


def run(portal) -> dict:
    """What the command does on one site, as a Manager; the caller commits."""
    with api.env.adopt_roles(["Manager"]):
        closed = close_expired_calls(portal)
        reminded = send_reminders(portal)
    for path in closed:
        logger.info("Closed the expired call %s", path)
    logger.info("Sent %d reminders", len(reminded))
    return {"closed": closed, "reminded": reminded}


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-calls",
        "Close expired calls for applications and send reminders.",
    )
    args = parser.parse_args(argv)

    with zope_site(args.zope_conf, args.site_id, args.url) as site:
        result = run(site)
    print(
        f"{len(result['closed'])} call(s) closed, "
        f"{len(result['reminded'])} reminder(s) sent"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
