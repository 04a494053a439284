"""What the activity stream records, one subscriber per event."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.chain import working_group_of
from zope.container.interfaces import IContainerModifiedEvent


# One "changed" per item and per user in this time: saving a page five times
# in ten minutes is one change for the readers of the stream.
CHANGE_THROTTLE = timedelta(hours=1)

# Types whose creation their own feature records (a "mail", a "poll" opened):
# an "added" besides would say it twice, and mail "every item" members twice.
RECORDED_ELSEWHERE = ("GroupMessage", "DatePoll")
_quiet = ContextVar("polepatrimoine_activity_quiet", default=False)


@contextmanager
def not_added():
    """Create content whose creator records its own entry (the meeting a poll
    becomes), without the generic "added"."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def _group(obj):
    if IWorkingGroup.providedBy(obj):
        return None
    return working_group_of(obj)


def content_added(obj, event) -> None:
    if _quiet.get() or getattr(obj, "portal_type", None) in RECORDED_ELSEWHERE:
        return
    group = _group(obj)
    if group is not None:
        store.record(group, "added", obj)


def content_modified(obj, event) -> None:
    # A folder "modified" because an item was added or removed in it is not a change.
    if IContainerModifiedEvent.providedBy(event):
        return
    group = _group(obj)
    if group is None:
        return
    actor = store.current_userid()
    recent = store.latest(
        group,
        kinds=("added", "changed"),
        uid=obj.UID(),
        actor=actor,
        since=store.now() - CHANGE_THROTTLE,
    )
    if recent is None:
        store.record(group, "changed", obj, actor=actor)


def content_transitioned(obj, event) -> None:
    if event.action != "publish":
        return
    group = _group(obj)
    if group is not None:
        store.record(group, "published", obj, transition=event.action)


def comment_added(comment, event) -> None:
    item = aq_parent(aq_parent(aq_inner(comment)))
    group = _group(item)
    if group is not None:
        store.record(
            group,
            "commented",
            item,
            actor=comment.author_username,
            comment_id=str(comment.comment_id),
        )


def comment_removed(comment, event) -> None:
    """A deleted comment leaves the stream (and the digests read from it)."""
    conversation = event.oldParent
    if conversation is None:
        return
    item = aq_parent(aq_inner(conversation))
    group = _group(item) if item is not None else None
    if group is None:
        return
    uid = item.UID()
    comment_id = str(comment.comment_id)

    def without(data):
        if (
            data.get("kind") == "commented"
            and data.get("uid") == uid
            and data["details"].get("comment_id") == comment_id
        ):
            return None
        return data

    store.rewrite(group, without)


def membership_changed(event) -> None:
    if event.old_role is None and event.new_role is not None:
        store.record(event.group, "joined", actor=event.userid, role=event.new_role)
    elif event.old_role is not None and event.new_role is None:
        store.record(event.group, "left", actor=event.userid, role=event.old_role)


def reset_copied_group(group, event) -> None:
    """A copy of a group starts with an empty stream: the original's is not its history."""
    store.clear(group)
