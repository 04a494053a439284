"""Write the Zope instance configuration of ``make start`` under $PLONE_VAR/etc.

Settings come from the environment: PLONE_VAR (data folder, default ./var),
PLONE_PORT (default 8080), PLONE_HOST (default 127.0.0.1), RELSTORAGE_DSN (libpq
form: RelStorage on PostgreSQL instead of the FileStorage), PLONE_INSTANCES
(default 1). Data (ZODB FileStorage and blobs, or the blob caches) stays under
PLONE_VAR; the configuration is rewritten on every start so that a changed port,
folder or database takes effect.

One instance: ``etc/zope.conf`` and ``etc/zope.ini`` on PLONE_PORT. Several
(RelStorage only): ``etc/zope-<n>.conf`` and ``etc/zope-<n>.ini`` on the ports
after PLONE_PORT, and ``etc/haproxy.cfg`` balancing them on PLONE_PORT;
``etc/zope.conf`` then serves the console commands (site creation, imports).
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
{storage}"""

FILESTORAGE = """\
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

# Blobs live in the database; each process keeps its own local cache of them.
# History-free, as plone-backend's default: packing needs no history walk.
RELSTORAGE = """\
%import relstorage
<zodb_db main>
  cache-size 30000
  <relstorage>
    keep-history false
    blob-dir $INSTANCE/blobcache/{name}
    shared-blob-dir false
    blob-cache-size 512mb
    <postgresql>
      dsn {dsn}
    </postgresql>
  </relstorage>
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
args = (r'{var}/log/{access_log}', 'a')
level = INFO
formatter = message
"""


# Each server takes as many requests as Zope has threads; the rest wait in
# haproxy's queue, where leastconn hands them to whichever instance frees first.
HAPROXY = """\
global
    maxconn 512
    log stdout format raw local0 notice

defaults
    mode http
    log global
    option httplog
    option forwardfor
    option redispatch
    retries 2
    timeout connect 5s
    timeout client 300s
    timeout server 300s
    timeout queue 120s
    timeout http-request 30s

frontend plone
    bind {host}:{port}
    default_backend zope

backend zope
    balance leastconn
    # A GET whose instance died or dropped a kept-alive connection is sent to another;
    # nothing else is replayed (a POST may have committed before the instance died).
    retry-on conn-failure empty-response
    http-request disable-l7-retry if !METH_GET
    option httpchk GET /Plone/@@ok
    http-check expect string OK
    default-server inter 2s fastinter 500ms fall 2 rise 1 maxconn 4 check
    # Which instance answered: for the logs, the monitoring and the tests.
    http-response set-header X-Instance %[srv_name]
{servers}
"""


# PLONE_PROXY_CACHE=<MB>: haproxy also caches what the site's Cache-Control lets a
# shared cache keep (anonymous pages and data, s-maxage; plone.app.caching and
# polepatrimoine.policy.caching decide). A request carrying credentials never
# uses it, and REST JSON at a page's URL never gets the page's HTML: only the
# GeoJSON and facets of the directory and of the offers are JSON worth caching,
# at URLs of their own.
# haproxy never stores a response saying max-age=0 (browsers: revalidate at
# once), whatever its s-maxage: such a response leaves the proxy with max-age=1.
PROXY_CACHE = """\
    acl credentials req.hdr(authorization) -m found
    acl credentials req.cook(__ac) -m found
    acl credentials req.cook(auth_token) -m found
    acl json req.hdr(accept) -m sub json
    acl public_data path_sub /@actors-geojson /@actors-facets /@opportunities-geojson /@opportunities-facets
    http-request set-var(txn.shared) bool(true) if !credentials !json || !credentials public_data
    http-request cache-use pages if { var(txn.shared) -m bool }
    http-response replace-value Cache-Control ^max-age=0$ max-age=1 if { var(txn.shared) -m bool }
    http-response cache-store pages if { var(txn.shared) -m bool }

cache pages
    total-max-size {size}
    max-object-size 2097152
    max-age 60
"""


def proxy_cache(env=os.environ) -> str:
    """The cache rules to end haproxy's backend with, or nothing."""
    size = int(env.get("PLONE_PROXY_CACHE") or 0)
    return PROXY_CACHE.replace("{size}", str(size)) if size else ""


def settings(env=os.environ) -> dict:
    return {
        "var": Path(env.get("PLONE_VAR") or "var").resolve(),
        "port": int(env.get("PLONE_PORT") or 8080),
        "host": env.get("PLONE_HOST") or "127.0.0.1",
        "dsn": (env.get("RELSTORAGE_DSN") or "").strip(),
        "instances": int(env.get("PLONE_INSTANCES") or 1),
    }


def zope_conf(var: Path, dsn: str, name: str) -> str:
    if dsn:
        # ZConfig reads "$" as a substitution.
        storage = RELSTORAGE.format(name=name, dsn=dsn.replace("$", "$$"))
    else:
        storage = FILESTORAGE
    return ZOPE_CONF.format(var=var, storage=storage)


def zope_ini(var: Path, host: str, port: int, access_log: str) -> str:
    return (
        ZOPE_INI.replace("{var}", str(var))
        .replace("{host}", host)
        .replace("{port}", str(port))
        .replace("{access_log}", access_log)
    )


def instance_ports(port: int, instances: int) -> list[int]:
    return [port + number for number in range(1, instances + 1)]


def write(env=os.environ) -> dict:
    """Write the configuration files; return the settings they were written from."""
    config = settings(env)
    var, port, host, dsn = (config[k] for k in ("var", "port", "host", "dsn"))
    instances = config["instances"]
    if instances > 1 and not dsn:
        raise SystemExit(
            "Several instances share one database: set RELSTORAGE_DSN "
            "(make cluster starts the local PostgreSQL of make db for you)."
        )
    folders = ["etc", "cache", "log"]
    folders += ["blobcache"] if dsn else ["filestorage", "blobstorage"]
    for folder in folders:
        (var / folder).mkdir(parents=True, exist_ok=True)
    (var / folders[-1]).chmod(0o700)
    etc = var / "etc"
    if instances == 1:
        (etc / "zope.conf").write_text(zope_conf(var, dsn, "instance"))
        (etc / "zope.ini").write_text(zope_ini(var, host, port, "access.log"))
        return config
    (etc / "zope.conf").write_text(zope_conf(var, dsn, "console"))
    servers = []
    for number, instance_port in enumerate(instance_ports(port, instances), 1):
        (etc / f"zope-{number}.conf").write_text(
            zope_conf(var, dsn, f"instance-{number}")
        )
        # The instances listen on the loopback only: haproxy is their one door.
        ini = zope_ini(var, "127.0.0.1", instance_port, f"access-{number}.log")
        (etc / f"zope-{number}.ini").write_text(
            ini.replace(
                "zope_conf = %(here)s/zope.conf",
                f"zope_conf = %(here)s/zope-{number}.conf",
            )
        )
        servers.append(f"    server instance-{number} 127.0.0.1:{instance_port}")
    (etc / "haproxy.cfg").write_text(
        HAPROXY.format(host=host, port=port, servers="\n".join(servers))
        + proxy_cache(env)
    )
    return config


def main() -> None:
    config = write()
    storage = "RelStorage (PostgreSQL)" if config["dsn"] else "FileStorage"
    print(f"Instance configuration written to {config['var'] / 'etc'} ({storage})")


if __name__ == "__main__":
    main()
