"""polepatrimoine-import-actors: import a large CSV of actors, with a progress bar.

    polepatrimoine-import-actors var/etc/zope.conf acteurs.csv [--site Plone] [--dry-run]

The same rules as the directory's import form and @actors-import: every row is
validated first, and nothing is written when any row is invalid (exit code 1).
"""

from polepatrimoine.content.actors.importer.run import import_csv
from polepatrimoine.content.common.console import zope_site

import argparse
import sys
import time
import transaction


def progress_bar(stream=sys.stderr, width=40):
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        # About two hundred updates in all, whatever the file's size.
        if done != total and done % max(1, total // 200):
            return
        filled = int(width * done / total) if total else width
        rate = done / max(time.monotonic() - started, 1e-6)
        stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:.0f}/s)"
        )
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zope_conf", help="path to the instance's zope.conf")
    parser.add_argument("csv", help="the CSV file (UTF-8 or Windows-1252, ';' or ',')")
    parser.add_argument("--site", default="Plone", help="id of the Plone site (Plone)")
    parser.add_argument("--dry-run", action="store_true", help="validate only")
    args = parser.parse_args(argv)

    with open(args.csv, "rb") as handle:
        data = handle.read()
    with zope_site(args.zope_conf, args.site) as site:
        started = time.monotonic()
        result = import_csv(data, site["acteurs"], progress=progress_bar())
        if result.errors or args.dry_run:
            transaction.doom()
    elapsed = time.monotonic() - started
    if result.errors:
        for error in result.errors:
            # A row's message names its line and column itself.
            where = "" if error.column else f"ligne {error.line}, {error.field} : "
            print(where + error.message, file=sys.stderr)
        print(
            f"Rien n'a été importé : {len(result.errors)} erreur(s).", file=sys.stderr
        )
        return 1
    if args.dry_run:
        print(
            f"Fichier valide : {result.created} à créer, {result.updated} à mettre à jour."
        )
        return 0
    print(
        f"Import terminé : {result.created} créés, {result.updated} mis à jour "
        f"(en {elapsed:.1f} s)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
