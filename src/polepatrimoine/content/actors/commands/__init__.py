"""Console commands of the suite (run against a Zope instance's zope.conf)."""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.users import system
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest


def open_site(zope_conf: str, site_id: str):
    """Start Zope from zope_conf and return the site, as the system user."""
    from Zope2.Startup.run import make_wsgi_app

    import Zope2

    make_wsgi_app({}, zope_conf)
    app = makerequest(Zope2.app())
    app.REQUEST["PARENTS"] = [app]
    setRequest(app.REQUEST)
    newSecurityManager(None, system)
    site = app[site_id]
    setSite(site)
    return site
