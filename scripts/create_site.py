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
    if with_demo:
        # The demo offers' deadlines were counted from the site's creation:
        # those past get their delay again, so the demo always shows open offers.
        from polepatrimoine.policy.demo import opportunities
        from zope.component.hooks import setSite

        setSite(app[SITE_ID])
        reopened = opportunities.reopen(app[SITE_ID])
        transaction.commit()
        print(f"Demo offers past their deadline reopened: {len(reopened)}.")
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

smtp_host = (os.environ.get("PLONE_SMTP_HOST") or "").strip()
if smtp_host:
    from plone import api
    from zope.component.hooks import setSite

    site = app[SITE_ID]
    setSite(site)
    smtp_port = int(os.environ.get("PLONE_SMTP_PORT") or 25)
    user = os.environ.get("PLONE_SMTP_USER") or ""
    password = os.environ.get("PLONE_SMTP_PASSWORD") or ""
    mailhost = site.MailHost
    mailhost.smtp_host, mailhost.smtp_port = smtp_host, smtp_port
    mailhost.smtp_uid, mailhost.smtp_pwd = user, password
    # STARTTLS is required, or the password would cross the network in clear.
    mailhost.force_tls = os.environ.get("PLONE_SMTP_TLS", "") in ("1", "true", "yes")
    api.portal.set_registry_record("plone.smtp_host", smtp_host)
    api.portal.set_registry_record("plone.smtp_port", smtp_port)
    registry = api.portal.get_tool("portal_registry")
    # plone.api refuses None: the registry itself clears a login no longer set.
    registry["plone.smtp_userid"] = user or None
    registry["plone.smtp_pass"] = password or None
    transaction.commit()
    tls = ", STARTTLS required" if mailhost.force_tls else ""
    print(f"Mail goes through {smtp_host}:{smtp_port}{tls}.")
else:
    print(
        f"Mail: no PLONE_SMTP_HOST, every e-mail is kept as a file in "
        f"{os.environ.get('PLONE_MAILDIR', 'the maildir')} (see README, Configuration)."
    )
