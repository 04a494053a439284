"""The event notified each time something is recorded in a group's stream."""

from zope.interface import Attribute
from zope.interface import Interface
from zope.interface import implementer


class IActivityRecorded(Interface):
    """An entry was added to a working group's activity stream."""

    group = Attribute("The working group")
    entry = Attribute("The store.Entry recorded")


@implementer(IActivityRecorded)
class ActivityRecorded:
    def __init__(self, group, entry):
        self.group = group
        self.entry = entry
