"""Zope bootstrap shared by the console commands (run against a zope.conf)."""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from AccessControl.users import system
from contextlib import contextmanager
from Testing.makerequest import makerequest
from urllib.parse import urlsplit
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

import argparse
import transaction


def command_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """The arguments every console command takes: the instance's zope.conf, the
    site's id and the public address used in the links of its e-mails."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("zope_conf", help="path to the instance's zope.conf")
    parser.add_argument("site_id", help="id of the Plone site, e.g. Plone")
    parser.add_argument(
        "--url",
        default="http://localhost:8080",
        help="public address of the server, used in the links of the e-mails",
    )
    return parser


@contextmanager
def zope_site(zope_conf: str, site_id: str, server_url: str | None = None):
    """Start Zope from zope_conf and yield the site, as the system user.

    The transaction is committed on exit, aborted when the block raises or
    doomed it (``transaction.doom()``: a dry run, an invalid file).
    ``server_url`` is the public address used in the links the command
    writes (e-mails); without it, links start with http://nohost.
    """
    from Zope2.Startup.run import make_wsgi_app

    import Zope2

    make_wsgi_app({}, zope_conf)
    app = makerequest(Zope2.app())
    app.REQUEST["PARENTS"] = [app]
    if server_url:
        url = urlsplit(server_url)
        app.REQUEST.setServerURL(url.scheme, url.hostname, url.port)
    try:
        site = app.unrestrictedTraverse(site_id)
        setSite(site)
        setRequest(app.REQUEST)
        newSecurityManager(None, system)
        try:
            yield site
        except BaseException:
            transaction.abort()
            raise
        if transaction.isDoomed():
            transaction.abort()
        else:
            transaction.commit()
    finally:
        noSecurityManager()
        setSite(None)
        setRequest(None)
        app._p_jar.close()
