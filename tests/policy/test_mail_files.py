"""Without PLONE_SMTP_HOST, make start keeps the e-mails as files; with it, it sends them."""

from email import message_from_bytes
from pathlib import Path
from polepatrimoine.policy.maildir import MaildirMailer

import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import instance  # noqa: E402


def test_without_a_mail_server_the_instance_keeps_mail_as_files(tmp_path):
    instance.write({"PLONE_VAR": str(tmp_path)})
    conf = (tmp_path / "etc" / "zope.conf").read_text()
    assert f"PLONE_MAILDIR {tmp_path / 'mail'}" in conf


def test_with_a_mail_server_nothing_is_kept(tmp_path):
    instance.write({"PLONE_VAR": str(tmp_path), "PLONE_SMTP_HOST": "smtp.example.org"})
    assert "PLONE_MAILDIR" not in (tmp_path / "etc" / "zope.conf").read_text()


def test_each_message_is_one_file_with_its_envelope(tmp_path):
    mailer = MaildirMailer(str(tmp_path / "mail"))
    text = "Subject: Bonjour\nTo: camille@exemple.fr\n\nCorps du message"
    mailer.send("reseau@example.org", ["camille@exemple.fr", "copie@exemple.fr"], text)
    mailer.send("reseau@example.org", "dominique@exemple.fr", text.encode())
    files = sorted((tmp_path / "mail" / "new").iterdir())
    assert len(files) == 2
    first = message_from_bytes(files[0].read_bytes())
    envelopes = sorted(
        message_from_bytes(f.read_bytes()).get_all("X-Envelope-To") for f in files
    )
    assert envelopes == [
        ["<camille@exemple.fr>", "<copie@exemple.fr>"],
        ["<dominique@exemple.fr>"],
    ]
    assert first["Subject"] == "Bonjour"
    assert first.get_payload() == "Corps du message"
