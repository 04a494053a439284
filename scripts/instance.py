"""Write the Zope instance configuration of ``make start`` under $PLONE_VAR/etc.

Settings come from the environment: PLONE_VAR (data folder, default ./var),
PLONE_PORT (default 8080), PLONE_HOST (default 127.0.0.1). Data (ZODB
FileStorage and blobs) stays under PLONE_VAR; the configuration is rewritten on
every start so that a changed port or folder takes effect.
"""

from pathlib import Path

import os


ZOPE_CONF = """\
%define INSTANCE {var}
instancehome $INSTANCE
%define CLIENTHOME $INSTANCE
clienthome $CLIENTHOME
debug-mode off
security-policy-implementation C
verbose-security off
default-zpublisher-encoding utf-8
<environment>
  zope_i18n_compile_mo_files true
  CHAMELEON_CACHE $INSTANCE/cache
</environment>
<dos_protection>
  form-memory-limit 16MB
</dos_protection>
<zodb_db main>
  cache-size 30000
  <blobstorage>
    blob-dir $INSTANCE/blobstorage
    <filestorage>
      path $INSTANCE/filestorage/Data.fs
    </filestorage>
  </blobstorage>
  mount-point /
</zodb_db>
"""

ZOPE_INI = """\
[app:zope]
use = egg:Zope#main
zope_conf = %(here)s/zope.conf

[server:main]
use = egg:waitress#main
listen = {host}:{port}
threads = 4
clear_untrusted_proxy_headers = false
max_request_body_size = 1073741824

[filter:translogger]
use = egg:Paste#translogger
setup_console_handler = False

[pipeline:main]
pipeline =
    egg:Zope#httpexceptions
    translogger
    zope

[loggers]
keys = root, plone, waitress.queue, waitress, wsgi

[handlers]
keys = console, accesslog

[formatters]
keys = generic, message

[formatter_generic]
format = %(asctime)s %(levelname)s [%(name)s:%(lineno)s][%(threadName)s] %(message)s
datefmt = %Y-%m-%d %H:%M:%S

[formatter_message]
format = %(message)s

[logger_root]
level = INFO
handlers = console

[logger_plone]
level = INFO
handlers = console
qualname = plone
propagate = 0

[logger_waitress.queue]
level = INFO
handlers = console
qualname = waitress.queue
propagate = 0

[logger_waitress]
level = INFO
handlers = console
qualname = waitress
propagate = 0

[logger_wsgi]
level = WARN
handlers = accesslog
qualname = wsgi
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[handler_accesslog]
class = FileHandler
args = (r'{var}/log/access.log', 'a')
level = INFO
formatter = message
"""


def main() -> None:
    var = Path(os.environ.get("PLONE_VAR") or "var").resolve()
    port = int(os.environ.get("PLONE_PORT") or 8080)
    host = os.environ.get("PLONE_HOST") or "127.0.0.1"
    for folder in ("etc", "filestorage", "blobstorage", "cache", "log"):
        (var / folder).mkdir(parents=True, exist_ok=True)
    (var / "blobstorage").chmod(0o700)
    (var / "etc" / "zope.conf").write_text(ZOPE_CONF.format(var=var))
    (var / "etc" / "zope.ini").write_text(
        ZOPE_INI.replace("{var}", str(var))
        .replace("{host}", host)
        .replace("{port}", str(port))
    )
    print(f"Instance configuration written to {var / 'etc'}")


if __name__ == "__main__":
    main()
