"""The newsletter's permission (declared in content/permissions.zcml, granted in rolemap.xml)."""

MANAGE_NEWSLETTER = "polepatrimoine: Manage newsletter"
