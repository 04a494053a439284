"""Run by zconsole: everything a backup must bring back, as JSON in $SNAPSHOT_OUT.

Every content object with its fields (blobs by their SHA-256), workflow state,
local roles and the suite's annotations (rosters, join requests,
registrations); every catalog entry with its indexed security; every user,
password hash, property and group membership.
"""

from Acquisition import aq_base
from datetime import date
from datetime import datetime
from plone.dexterity.utils import iterSchemata
from plone.namedfile.interfaces import INamedFile
from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import setSite
from zope.schema import getFieldsInOrder

import hashlib
import json
import os


if os.environ.get("CHANGE_ROUND"):
    # A round of changes first, in the same process: one Zope start less.
    with open(os.environ["CHANGE_SCRIPT"]) as script:
        code = compile(script.read(), script.name, "exec")
    exec(code, {"app": app, "__name__": "__main__"})  # noqa: F821, S102

site = app["Plone"]  # noqa: F821 (bound by zconsole)
setSite(site)


def plain(value, depth=0):
    if depth > 8:
        return type(value).__name__
    if hasattr(value, "to_path") and hasattr(value, "from_attribute"):
        return {"relation": value.from_attribute, "to": value.to_path}
    if INamedFile.providedBy(value):
        return {
            "file": value.filename,
            "sha256": hashlib.sha256(value.data).hexdigest(),
        }
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if hasattr(value, "items"):
        return {str(k): plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v, depth + 1) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if hasattr(value, "__dict__"):
        return {
            k: plain(v, depth + 1)
            for k, v in sorted(vars(value).items())
            if not k.startswith(("_p_", "_v_", "__"))
        }
    return repr(value)


def content(obj, found):
    path = "/".join(obj.getPhysicalPath())
    fields = {}
    for schema in iterSchemata(obj):
        for name, _field in getFieldsInOrder(schema):
            fields[name] = plain(getattr(aq_base(obj), name, None))
    annotations = IAnnotations(obj, {})
    found[path] = {
        "portal_type": obj.portal_type,
        "state": site.portal_workflow.getInfoFor(obj, "review_state", None),
        "history": plain(getattr(aq_base(obj), "workflow_history", {})),
        "modified": str(obj.modified()),
        "local_roles": plain(obj.get_local_roles()),
        "fields": fields,
        "annotations": {
            key: plain(annotations[key])
            for key in annotations
            if key.startswith("polepatrimoine.")
        },
    }
    for child in obj.objectValues() if hasattr(aq_base(obj), "objectValues") else ():
        if hasattr(aq_base(child), "portal_type") and hasattr(child, "getTypeInfo"):
            content(child, found)


objects = {}
for child in site.objectValues():
    if getattr(aq_base(child), "portal_type", None) and hasattr(child, "getTypeInfo"):
        content(child, objects)

catalog = site.portal_catalog
entries = {
    brain.getPath(): {
        "UID": brain.UID,
        "review_state": brain.review_state,
        "Title": brain.Title,
        "modified": str(brain.modified),
        "allowed": sorted(
            catalog.getIndexDataForRID(brain.getRID())["allowedRolesAndUsers"]
        ),
    }
    for brain in catalog.unrestrictedSearchResults()
}

acl = site.acl_users
users = {
    "passwords": dict(acl.source_users._user_passwords),
    "logins": dict(acl.source_users._login_to_userid),
    "properties": plain(acl.mutable_properties._storage),
    "groups": plain(acl.source_groups._principal_groups),
}

snapshot = {
    "objects": objects,
    "catalog": {"counter": catalog.getCounter(), "entries": entries},
    "users": users,
}
with open(os.environ["SNAPSHOT_OUT"], "w") as out:
    json.dump(snapshot, out, sort_keys=True, indent=1, default=repr)
