"""content/common/dates: one instant, the Paris day and hour, winter and summer."""

from DateTime import DateTime
from datetime import UTC
from datetime import date
from datetime import datetime
from polepatrimoine.content.common import dates

import pytest
import pytz


WINTER = datetime(2026, 11, 30, 12, 54, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "short", "iso"),
    [
        (WINTER, "30/11/2026 13:54", "2026-11-30T13:54:00+01:00"),
        # 22:30 UTC on 1 July is already 2 July in Paris.
        (SUMMER, "02/07/2026 00:30", "2026-07-02T00:30:00+02:00"),
        (DateTime("2026/11/30 12:54:00 UTC"), "30/11/2026 13:54", None),
        (DateTime("2026/07/01 10:00:00 GMT-4"), "01/07/2026 16:00", None),
        (
            pytz.timezone("America/New_York").localize(datetime(2026, 3, 29, 8)),
            None,
            None,
        ),
    ],
)
def test_one_instant_in_paris(value, short, iso):
    if short:
        assert dates.french_short(value) == short
    if iso:
        assert dates.iso_paris(value) == iso
    # Whatever zone the value came in, the text is the Paris one.
    moment = dates.paris(value)
    assert moment.utcoffset().total_seconds() in (3600, 7200)
    assert dates.french_date(value) == moment.strftime("%d/%m/%Y")
    assert dates.french_time(value) == moment.strftime("%H:%M")
    assert (
        dates.french_when(value)
        == f"{dates.french_date(value)} à {dates.french_time(value)}"
    )


def test_the_last_sunday_of_march_changes_the_offset():
    before = datetime(2026, 3, 29, 0, 59, tzinfo=UTC)
    after = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert dates.iso_paris(before) == "2026-03-29T01:59:00+01:00"
    assert dates.iso_paris(after) == "2026-03-29T03:00:00+02:00"


def test_a_naive_value_is_already_paris_time():
    assert dates.iso_paris(datetime(2026, 8, 15, 10, 0)) == "2026-08-15T10:00:00+02:00"


def test_a_day_stays_that_day():
    assert dates.french_date(date(2027, 1, 5)) == "05/01/2027"
    assert dates.french_when(date(2027, 1, 5), whole_day=True) == "05/01/2027"


def test_nothing_gives_empty_text_and_null_json():
    assert dates.french_short(None) == ""
    assert dates.french_date(None) == ""
    assert dates.french_when(None) == ""
    assert dates.iso_paris(None) is None
