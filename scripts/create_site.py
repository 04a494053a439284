"""Create the Pôle Patrimoine site if it is absent; run by ``make start``.

Run as ``zconsole run $PLONE_VAR/etc/zope.conf scripts/create_site.py``: zconsole
binds ``app``. Idempotent: an existing site and its data are kept. The Zope
``admin`` user is created, or its password reset, from PLONE_ADMIN_PASSWORD.
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone.distribution.api import site as site_api
from Testing.makerequest import makerequest

import os
import transaction


SITE_ID = "Plone"
ADMIN = "admin"

password = os.environ.get("PLONE_ADMIN_PASSWORD") or "admin"
with_demo = os.environ.get("PLONE_DEMO_CONTENT", "1").lower() not in (
    "0",
    "false",
    "no",
)

app = makerequest(app)  # noqa: F821 (bound by zconsole)
users = app.acl_users
if users.getUser(ADMIN) is None:
    users._doAddUser(ADMIN, password, ["Manager"], [])
elif hasattr(users, "users"):
    # Once a Plone site exists, the root user folder is a PluggableAuthService.
    users.users.updateUserPassword(ADMIN, password)
else:
    users.userFolderEditUser(ADMIN, password, ["Manager"], [])
transaction.commit()
newSecurityManager(None, users.getUser(ADMIN).__of__(users))

if SITE_ID in app.objectIds():
    print(f"Site /{SITE_ID} exists: its data is kept.")
else:
    print(f"Creating site /{SITE_ID} (demo content: {'yes' if with_demo else 'no'})...")
    site_api.create(
        app,
        "polepatrimoine",
        {
            "site_id": SITE_ID,
            "title": "Pôle Patrimoine",
            "description": (
                "Le réseau des acteurs du patrimoine culturel des Pays de la Loire"
            ),
            "default_language": "fr",
            "portal_timezone": "Europe/Paris",
            "setup_content": with_demo,
        },
    )
    transaction.commit()
    print(f"Site /{SITE_ID} created.")

smtp_host = os.environ.get("PLONE_SMTP_HOST")
if smtp_host:
    from plone import api
    from zope.component.hooks import setSite

    site = app[SITE_ID]
    setSite(site)
    smtp_port = int(os.environ.get("PLONE_SMTP_PORT") or 25)
    site.MailHost.smtp_host, site.MailHost.smtp_port = smtp_host, smtp_port
    api.portal.set_registry_record("plone.smtp_host", smtp_host)
    api.portal.set_registry_record("plone.smtp_port", smtp_port)
    transaction.commit()
    print(f"Mail goes through {smtp_host}:{smtp_port}.")
