"""Prepare a demo site for make bench-load: members, a coordinator, no rate limit in the way.

Run as ``zconsole run etc/zope.conf benchmarks/load/site_setup.py`` after
scripts/create_site.py (demo content); the smoke test calls ``prepare`` on the
test site. BENCH_MEMBERS accounts ``bench.membre<N>@example.org`` become members
of the working groups in turn; ``bench.coordination@example.org`` joins the site
coordinators; every account has the password BENCH_PASSWORD.
"""

from plone import api
from polepatrimoine.workflows.workinggroups import membership

import os


def account(login: str, fullname: str, password: str) -> str:
    user = api.user.get(username=login)
    if user is None:
        user = api.user.create(
            email=login, password=password, properties={"fullname": fullname}
        )
    return user.getId()


def prepare(password: str, members: int) -> None:
    """Add the benchmark's accounts to the current site (no commit)."""
    groups = [
        brain.getObject()
        for brain in api.content.find(portal_type="WorkingGroup", sort_on="id")
    ]
    for number in range(1, members + 1):
        userid = account(
            f"bench.membre{number}@example.org", f"Membre banc {number}", password
        )
        group = groups[number % len(groups)]
        if membership.role_of(group, userid) is None:
            membership.add_member(group, userid, "member")
    coordinator = account(
        "bench.coordination@example.org", "Coordination banc", password
    )
    api.group.add_user(groupname="coordinateurs", username=coordinator)
    # Every virtual visitor comes from 127.0.0.1: the per-address limit (0: off)
    # would refuse the benchmark itself, not a crowd of real visitors.
    api.portal.set_registry_record("polepatrimoine.registrations.rate_limit", 0)


if __name__ == "__main__" and "app" in globals():
    from AccessControl.SecurityManagement import newSecurityManager
    from zope.component.hooks import setSite

    import transaction

    root = app  # noqa: F821 (bound by zconsole)
    setSite(root["Plone"])
    newSecurityManager(None, root.acl_users.getUser("admin").__of__(root.acl_users))
    count = int(os.environ.get("BENCH_MEMBERS") or 40)
    prepare(os.environ["BENCH_PASSWORD"], count)
    transaction.commit()
    print(f"{count} members in the working groups, one coordinator")
