"""The network's demo footer: its address, contact and pages on social networks.

The accessibility statement sends readers to « l'adresse indiquée en bas de
chaque page »: the demo site must show one. Example addresses only (the
``example.org`` domain, pages named ``…example``); a value already set is kept.
"""

from plone import api
from polepatrimoine.content.sharing.settings import PREFIX as SOCIAL
from polepatrimoine.policy.identity.settings import PREFIX as IDENTITY


RECORDS = {
    f"{IDENTITY}.address": "Pays de la Loire",
    f"{IDENTITY}.email": "contact@example.org",
    f"{IDENTITY}.phone": "02 40 00 00 00",
    f"{SOCIAL}.linkedin_url": "https://www.linkedin.com/company/pole-patrimoine-example",
    f"{SOCIAL}.facebook_url": "https://www.facebook.com/polepatrimoine.example",
}


def create(portal) -> None:
    for name, value in RECORDS.items():
        if not api.portal.get_registry_record(name, default=None):
            api.portal.set_registry_record(name, value)
