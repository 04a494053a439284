"""``polepatrimoine-digests``: the weekly digests of the working groups.

    polepatrimoine-digests /path/to/zope.conf Plone --url https://www.example.org [--dry-run]

sends each member who chose the weekly digest one e-mail for all their groups
with what happened since their last digest (see ``digests``). Run by a timer
once a week; running it more often sends nobody a second digest within six
days. ``--dry-run`` prints who would get one and changes nothing.
"""

from polepatrimoine.content.common import mail
from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.workflows.workinggroups.notifications import digests

import sys
import transaction


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-digests",
        "Send the weekly digests of the working groups.",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="list the members who would get a digest; send and change nothing",
    )
    args = parser.parse_args(argv)
    with zope_site(args.zope_conf, args.site_id, args.url) as site:
        result = digests.run(site, dry_run=args.dry_run)
        if args.dry_run:
            transaction.doom()
    mail.wait_for_delivery()
    for address in result["sent"]:
        print(address)
    verb = "due" if args.dry_run else "sent"
    print(f"{len(result['sent'])} digest(s) {verb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
