"""``polepatrimoine-retention``: apply the retention periods of every store.

    polepatrimoine-retention /path/to/zope.conf Plone [--dry-run]

asks every registered provider to erase or anonymise what is past its
retention (``purge(now, dry_run)``), and logs per store how many records it
treated (counts only, never whose). A store that fails is logged and the others
still run; the exit status is then 1. Run it daily (see the README's timer).
"""

from datetime import datetime
from polepatrimoine.content import logger
from polepatrimoine.content.common.console import command_parser
from polepatrimoine.content.common.console import zope_site
from polepatrimoine.content.personaldata.register import providers

import pytz
import sys
import transaction


def now() -> datetime:
    """The time the periods are measured from (tests fix it)."""
    return datetime.now(pytz.utc)


def run(at: datetime | None = None, dry_run: bool = False) -> dict:
    """Purge every store; return ``{store: count}``, ``None`` for a store that
    failed. A failing store's changes are rolled back to its savepoint, so the
    others' work is still committed by the caller; a dry run dooms the
    transaction, whatever a provider wrote."""
    at = at or now()
    results = {}
    for name, provider in providers().items():
        savepoint = transaction.savepoint(optimistic=True)
        try:
            count = provider.purge(at, dry_run=dry_run)
        except Exception:
            savepoint.rollback()
            logger.exception("Retention: the store %s failed", name)
            results[name] = None
            continue
        results[name] = count
        logger.info(
            "Retention: %s: %d record(s) %s",
            name,
            count or 0,
            "would be treated (dry run)" if dry_run else "treated",
        )
    if dry_run:
        transaction.doom()
    return results


def main(argv=None) -> int:
    parser = command_parser(
        "polepatrimoine-retention",
        "Erase or anonymise the personal data past its retention period.",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="count what would be treated, change nothing",
    )
    args = parser.parse_args(argv)
    with zope_site(args.zope_conf, args.site_id, args.url):
        results = run(dry_run=args.dry_run)
    return report(results, args.dry_run)


def report(results: dict, dry_run: bool) -> int:
    """Print the counts per store; the exit status: 1 when a store failed."""
    for name, count in results.items():
        print(f"{name}: FAILED" if count is None else f"{name}: {count}")
    verb = "would be treated (dry run)" if dry_run else "treated"
    print(f"{sum(c or 0 for c in results.values())} record(s) {verb}")
    return 1 if None in results.values() else 0


if __name__ == "__main__":
    sys.exit(main())
