"""``polepatrimoine-newsletter``: send the queued newsletter issues, in batches.

    polepatrimoine-newsletter /path/to/zope.conf Plone --url https://www.polepatrimoine.fr

Run it every few minutes from a timer: it sends what is left of each queued
issue, committing after each message, so that a run stopped in the middle is
taken up by the next one. Two runs on one host never overlap (a lock file);
runs on several hosts sharing the database (RelStorage) never send the same
issue at once either: a run takes a lease stored in the issue's sending state,
renewed with each message, and a run that finds it held leaves the issue alone.
"""

from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.content.newsletter.issues.sending import send_queued

import fcntl
import os
import sys
import tempfile


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-newsletter",
        "Send the newsletter issues queued by the coordinators.",
    )
    parser.add_argument(
        "--batch-size", type=int, default=50, help="messages between two pauses"
    )
    parser.add_argument(
        "--pause", type=float, default=1.0, help="seconds of pause after each batch"
    )
    parser.add_argument(
        "--lock",
        default=None,
        help="lock file that keeps two runs apart (default: in the temporary folder)",
    )
    args = parser.parse_args(argv)
    lock_path = args.lock or os.path.join(
        tempfile.gettempdir(), f"polepatrimoine-newsletter-{args.site_id}.lock"
    )
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("Another run is sending: nothing to do")
            return 0
        with zope_site(args.zope_conf, args.site_id, args.url):
            results = send_queued(batch_size=args.batch_size, pause=args.pause)
    for path, counts in results.items():
        if counts.get("busy") and not counts["sent"]:
            print(f"{path}: another run is sending it")
            continue
        print(
            f"{path}: {counts['sent']} sent, {counts['failed']} failed, "
            f"{counts['deferred']} deferred, {counts['skipped']} skipped"
        )
    if not results:
        print("No issue to send")
    return 0


if __name__ == "__main__":
    sys.exit(main())
