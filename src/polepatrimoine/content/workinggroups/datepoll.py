"""DatePoll: candidate dates for a working group's next meeting, answered by its members."""

from plone.dexterity.content import Item
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from zope import schema
from zope.interface import implementer


MIN_DATES = 2
MAX_DATES = 20
# An answer per candidate date: yes, no, if need be.
CHOICES = ("yes", "no", "maybe")


class IDatePoll(model.Schema):
    """A poll on the date of a meeting: 2 to 20 candidate dates and times."""

    poll_dates = schema.List(
        title=_("Candidate dates"),
        description=_("Between 2 and 20 dates and times (Europe/Paris)."),
        value_type=schema.Datetime(),
        min_length=MIN_DATES,
        max_length=MAX_DATES,
        missing_value=[],
    )
    duration = schema.Int(
        title=_("Duration of the meeting (minutes)"),
        min=15,
        max=24 * 60,
        default=120,
    )
    location = schema.TextLine(title=_("Place"), required=False, max_length=300)
    online_url = schema.URI(
        title=_("Online meeting link"),
        required=False,
        constraint=constraint(check_web_url),
    )
    # Set when the coordinator closes the poll.
    chosen_date = schema.Datetime(title=_("Chosen date"), required=False)
    meeting_uid = schema.TextLine(title=_("Meeting"), required=False)
    model.fieldset(
        "result",
        label=_("Result"),
        fields=["chosen_date", "meeting_uid"],
    )


@implementer(IDatePoll)
class DatePoll(Item):
    """A date poll."""
