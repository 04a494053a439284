"""Pack the database of a zope.conf, keeping nothing older than now; run by zconsole."""

import time


app._p_jar.db().pack(time.time())  # noqa: F821 (bound by zconsole)
print("packed")
