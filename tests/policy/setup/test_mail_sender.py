"""The site's MailHost delivers to a real SMTP server, from the platform's sender."""

from plone import api


def test_default_sender(portal):
    assert api.portal.get_registry_record("plone.email_from_name") == "Pôle Patrimoine"
    assert api.portal.get_registry_record("plone.email_from_address")


def test_existing_sender_is_kept(portal):
    from polepatrimoine.policy.setup.mail_sender import set_default_sender

    api.portal.set_registry_record("plone.email_from_address", "accueil@exemple.fr")
    set_default_sender()
    assert (
        api.portal.get_registry_record("plone.email_from_address")
        == "accueil@exemple.fr"
    )


def test_mail_reaches_the_smtp_server(portal, smtp):
    api.portal.send_email(
        recipient="adherent@exemple.fr",
        subject="Bienvenue dans le réseau",
        body="Votre adhésion est enregistrée.",
        immediate=True,
    )
    (message,) = smtp.wait(1)
    assert message["Subject"] == "Bienvenue dans le réseau"
    assert "Pôle Patrimoine" in message["From"]
    assert "adherent@exemple.fr" in message["X-Envelope-To"]
    assert "adhésion" in message.get_content()
