"""Attachments of the suite's mails: the text first, then each file with its type and name."""

from email import message_from_bytes
from email import policy
from email.mime.text import MIMEText
from polepatrimoine.content.common.mail import SMTP_LINES
from polepatrimoine.content.common.mail import with_attachments


def parts(attachments):
    text = MIMEText("Bonjour", "plain", "utf-8", policy=SMTP_LINES)
    message = with_attachments(text, attachments)
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    return parsed, list(parsed.iter_attachments())


def test_calendar_keeps_its_method():
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    parsed, (part,) = parts([("invitation.ics", "text/calendar; method=REQUEST", ics)])
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed.get_body(("plain",)).get_content().strip() == "Bonjour"
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    assert part.get_filename() == "invitation.ics"
    assert "METHOD:REQUEST" in part.get_content()


def test_other_types():
    _parsed, (pdf, unknown) = parts(
        [
            ("Lettre-Zoé.pdf", "application/pdf", b"%PDF-1.4"),
            ("x.bin", "image/svg+xml", b"<svg/>"),
        ]
    )
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "Lettre-Zoé.pdf"
    assert pdf.get_content() == b"%PDF-1.4"
    # Only text/… and application/… keep their type: the rest is a file to save.
    assert unknown.get_content_type() == "application/octet-stream"
