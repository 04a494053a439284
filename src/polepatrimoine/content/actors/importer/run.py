"""CSV import of actors: validate every row, then create or update.

Nothing is written when any row is invalid."""

from Acquisition import aq_base
from collections.abc import Callable
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.actors.coordination import may_manage
from polepatrimoine.content.actors.coordination import refusal_message
from polepatrimoine.content.actors.importer.add import Adder
from polepatrimoine.content.actors.importer.columns import in_french
from polepatrimoine.content.actors.importer.match import apply_values
from polepatrimoine.content.actors.importer.match import find_targets
from polepatrimoine.content.actors.importer.parse import UnreadableFile
from polepatrimoine.content.actors.importer.parse import decode
from polepatrimoine.content.actors.importer.parse import parse_rows
from polepatrimoine.content.actors.importer.publish import Publisher
from polepatrimoine.content.actors.importer.report import ImportResult
from polepatrimoine.content.actors.importer.report import RowError
from zope.container.contained import notifyContainerModified
from zope.interface import providedBy
from zope.lifecycleevent import modified


def coordinator_field_errors(rows, container) -> list[RowError]:
    """Membership and labels come from coordinators only: someone else given
    the import permission may not set them (a row leaving them at their
    current value passes)."""
    if may_manage(container):
        return []
    message = in_french(refusal_message(["is_member", "member_since", "labels"]))
    errors = []
    for row in rows:
        actor = api.content.get(UID=row.target_uid) if row.target_uid else None
        for name in ("is_member", "member_since", "labels"):
            if name not in row.values:
                continue
            current = getattr(actor, name, None) if actor is not None else None
            if (row.values[name] or None) != (current or None):
                errors.append(row.error(name, message))
    return errors


def import_csv(
    data: bytes,
    container,
    separator: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int | None = None,
) -> ImportResult:
    """Validate every row, then create or update; nothing is written on error."""
    if max_bytes is not None and len(data) > max_bytes:
        message = _(
            "The file is too large (${max} MB at most): use the console command.",
            mapping={"max": max_bytes // (1024 * 1024)},
        )
        return ImportResult(errors=[RowError(0, "file", in_french(message))])
    try:
        text = decode(data)
    except UnreadableFile:
        message = _("This file is not a CSV text (UTF-8 or Windows-1252 expected).")
        return ImportResult(errors=[RowError(0, "file", in_french(message))])
    rows, errors = parse_rows(text, separator)
    find_targets(rows)
    result = ImportResult(errors=errors + [e for row in rows for e in row.errors])
    result.errors += coordinator_field_errors(rows, container)
    if result.errors:
        return result
    publisher = Publisher(container)
    adder = Adder(container)
    total = len(rows)
    # What the directory provides, asked about forty times per added actor, is
    # computed once for the import (see PinnableSpecification).
    folder = aq_base(container)
    folder._v_provided = providedBy(container)
    try:
        for done, row in enumerate(rows, start=1):
            if row.target_uid:
                actor = api.content.get(UID=row.target_uid)
                apply_values(actor, row.values)
                modified(actor)
                result.updated += 1
            else:
                # Filled before it is added, so that it is indexed once.
                actor = adder.create(row.values["title"])
                apply_values(actor, row.values)
                publisher.add(adder, actor)
                result.created += 1
            if progress:
                progress(done, total)
    finally:
        vars(folder).pop("_v_provided", None)
    if result.created:
        notifyContainerModified(container)
    return result
