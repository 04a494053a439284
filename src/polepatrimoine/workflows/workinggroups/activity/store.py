"""The activity stream of a working group: entries kept on the group itself.

Entries are written by subscribers when something happens (never by a catalog
sweep at view time) into a bounded LOBTree annotation of the group, keyed by
the time of the entry in microseconds, so that the newest come first by a
reverse walk and a ``since`` reads only a range.
"""

from BTrees.Length import Length
from BTrees.LOBTree import LOBTree
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from plone import api
from plone.app.uuid.utils import uuidToObject
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.activity.interfaces import ActivityRecorded
from Products.CMFCore.utils import _checkPermission
from zope.event import notify


SPACE_PERMISSION = "polepatrimoine: View working group space"
ACTIVITY_KEY = "polepatrimoine.workinggroup.activity"
SIZE_KEY = "polepatrimoine.workinggroup.activity.size"
MAX_ENTRIES = 5000

KINDS = {
    "added": _("Added"),
    "changed": _("Changed"),
    "published": _("Published"),
    "commented": _("Commented"),
    "joined": _("Joined the group"),
    "left": _("Left the group"),
    "mail": _("Group mail"),
    "poll": _("Date poll"),
    "meeting": _("Meeting"),
}


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    when: datetime
    actor: str | None
    uid: str | None
    title: str
    url: str
    details: dict = field(default_factory=dict)


def now() -> datetime:
    """The clock of the stream (tests replace it)."""
    return datetime.now(UTC)


def _key(when: datetime) -> int:
    return int(when.timestamp() * 1_000_000)


def _entry(key: int, data: dict) -> Entry:
    return Entry(
        id=str(key),
        kind=data["kind"],
        when=datetime.fromtimestamp(key / 1_000_000, UTC),
        actor=data.get("actor"),
        uid=data.get("uid"),
        title=data.get("title", ""),
        url=data.get("url", ""),
        details=dict(data.get("details") or {}),
    )


def _tree(group, create=False):
    return stored(group, ACTIVITY_KEY, LOBTree, create)


def _size(group):
    return stored(group, SIZE_KEY, Length, True)


def _current_userid() -> str | None:
    if api.user.is_anonymous():
        return None
    return api.user.get_current().getId()


def _describe(group, obj):
    """(uid, title, path) of what an entry is about; a comment is named by its
    content item, which holds the permissions that guard it."""
    if obj is None or obj is group:
        return None, "", "/".join(group.getPhysicalPath())
    path = "/".join(obj.getPhysicalPath())
    uid = api.content.get_uuid(obj) if hasattr(obj, "UID") else None
    title = obj.Title() if hasattr(obj, "Title") else getattr(obj, "title", "")
    return uid, title or "", path


def record(group, kind: str, obj=None, actor=None, **details) -> Entry:
    """Append an entry to the group's stream and notify ``ActivityRecorded``.

    ``obj`` is what happened to (None: the group itself, e.g. ``joined``);
    ``actor`` defaults to the current user; ``details`` must be JSON-ready.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown activity kind {kind!r}")
    if actor is None:
        actor = _current_userid()
    uid, title, url = _describe(group, obj)
    if obj is not None and "title" in details:
        title = details.pop("title")
    tree = _tree(group, create=True)
    key = _key(now())
    while key in tree:
        key += 1
    data = {
        "kind": kind,
        "actor": actor,
        "uid": uid,
        "title": title,
        "url": url,
        "details": dict(details),
    }
    tree[key] = data
    size = _size(group)
    size.change(1)
    while size() > MAX_ENTRIES:
        del tree[tree.minKey()]
        size.change(-1)
    entry = _entry(key, data)
    notify(ActivityRecorded(group, entry))
    return entry


def _newest_first(group, since: datetime | None = None):
    tree = _tree(group)
    if tree is None:
        return
    minimum = _key(since) if since is not None else None
    for key in reversed(tree.keys(min=minimum)):
        yield _entry(key, tree[key])


def latest(group, kinds=(), uid=None, actor=None, since=None) -> Entry | None:
    """The newest entry of these kinds about uid by actor since a date (no
    permission check: for the recorders' throttling)."""
    for entry in _newest_first(group, since):
        if kinds and entry.kind not in kinds:
            continue
        if entry.uid == uid and entry.actor == actor:
            return entry
    return None


class _Visibility:
    """Which entries a user may see: those whose object they may View now, and
    those about the group itself (joined, left) if they may open its space.
    Objects are woken once per uid."""

    def __init__(self, group, viewer):
        self.group = group
        self.viewer = viewer
        self.seen = {}

    def resolve(self, entry):
        uid = entry.uid or None
        if uid not in self.seen:
            if uid is None:
                allowed = _checkPermission(SPACE_PERMISSION, self.group)
                obj = self.group if allowed else None
            else:
                obj = uuidToObject(uid, unrestricted=True)
                if obj is not None and not _checkPermission("View", obj):
                    obj = None
            self.seen[uid] = obj
        return self.seen[uid]


def _viewer_user(viewer):
    if viewer is None or not isinstance(viewer, str):
        return viewer
    return api.user.get(userid=viewer)


def _filtered(group, viewer, kinds, since):
    kinds = set(kinds or ())
    visibility = _Visibility(group, viewer) if viewer is not None else None
    for entry in _newest_first(group, since):
        if kinds and entry.kind not in kinds:
            continue
        if visibility is None:
            yield entry
            continue
        obj = visibility.resolve(entry)
        if obj is None:
            continue
        if entry.uid is not None and entry.kind != "commented":
            # The object may have been renamed or moved since.
            entry = replace(entry, title=obj.Title() or entry.title, url=_path(obj))
        yield entry


def _path(obj) -> str:
    return "/".join(obj.getPhysicalPath())


def _as_viewer(viewer, function):
    """Run function with the viewer's permissions (the current user's when the
    viewer is the current user or None)."""
    user = _viewer_user(viewer)
    current = api.user.get_current()
    if user is None and viewer is not None:
        return []  # an unknown user sees nothing
    if user is None or user.getId() == current.getId():
        return function()
    with api.env.adopt_user(user=user):
        return function()


def entries(
    group, viewer=None, kinds=None, since=None, start=0, size=20
) -> list[Entry]:
    """Entries of the group's stream, newest first.

    With ``viewer`` (a user id or a user), only the entries about objects that
    user may View right now (a deleted object's entries are hidden too).
    """

    def page():
        found = []
        for index, entry in enumerate(_filtered(group, viewer, kinds, since)):
            if index < start:
                continue
            if size is not None and len(found) >= size:
                break
            found.append(entry)
        return found

    return _as_viewer(viewer, page)


def count(group, viewer=None, kinds=None, since=None) -> int:
    """How many entries ``entries`` would give without paging."""
    return _as_viewer(
        viewer, lambda: sum(1 for _ in _filtered(group, viewer, kinds, since))
    )


def rewrite(group, change) -> int:
    """Apply change(data) -> data|None to every stored entry (None removes it):
    for erasures. Returns how many entries changed."""
    tree = _tree(group)
    if tree is None:
        return 0
    changed = 0
    for key in list(tree.keys()):
        data = tree[key]
        new = change(dict(data, details=dict(data.get("details") or {})))
        if new is None:
            del tree[key]
            _size(group).change(-1)
            changed += 1
        elif new != data:
            tree[key] = new
            changed += 1
    return changed
