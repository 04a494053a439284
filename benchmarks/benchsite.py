"""One benchmark site: a fresh instance without demo content, scripts run in it, then served over HTTP."""

from contextlib import contextmanager
from pathlib import Path

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(url: str, headers=None, method="GET", data=None, repeat=3):
    """Median time, last status and last body of `repeat` identical requests."""
    times, status, body = [], None, b""
    for _ in range(repeat):
        request = urllib.request.Request(
            url, headers=headers or {}, method=method, data=data
        )
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=900) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
            body = error.read()
        times.append(time.perf_counter() - start)
    return statistics.median(times), status, body


COLD = iter(range(1_000_000))


def cold(url: str, headers=None, repeat=3):
    """Like `timed`, each request with a query string never asked before: the
    caching rules keep anonymous answers in Zope's RAM cache, which would time a
    dictionary lookup, not the service."""
    times, status, body = [], None, b""
    for _ in range(repeat):
        separator = "&" if "?" in url else "?"
        elapsed, status, body = timed(
            f"{url}{separator}bench={next(COLD)}", headers, repeat=1
        )
        times.append(elapsed)
    return statistics.median(times), status, body


class BenchSite:
    """A site `Plone` in a temporary PLONE_VAR, created as `make start` does."""

    def __init__(self, prefix: str):
        self.var = Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-"))
        self.env = {
            **os.environ,
            "PLONE_VAR": str(self.var),
            "PLONE_DEMO_CONTENT": "0",
            "PLONE_ADMIN_PASSWORD": "admin",
        }
        self.conf = self.var / "etc" / "zope.conf"
        self.server = None
        self._instance()
        subprocess.run(
            [BIN / "zconsole", "run", self.conf, ROOT / "scripts" / "create_site.py"],
            env=self.env,
            check=True,
            capture_output=True,
        )

    def _instance(self):
        subprocess.run(
            [BIN / "python", ROOT / "scripts" / "instance.py"], env=self.env, check=True
        )

    def script(self, name: str, text: str) -> str:
        """Run a Python script in the site's Zope (zconsole); its output."""
        path = self.var / name
        path.write_text(text)
        return subprocess.run(
            [BIN / "zconsole", "run", self.conf, path],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def command(self, name: str, *args) -> str:
        """Run a console command of the suite on this site's zope.conf; its output."""
        return subprocess.run(
            [BIN / name, self.conf, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    @contextmanager
    def serve(self):
        """The site served on a free port: yields its URL, stops the server after."""
        port = free_port()
        self.env["PLONE_PORT"] = str(port)
        self._instance()
        self.server = subprocess.Popen(
            [BIN / "runwsgi", self.var / "etc" / "zope.ini"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}/Plone"
        try:
            for _ in range(120):
                try:
                    urllib.request.urlopen(base, timeout=5)
                    break
                except OSError:
                    time.sleep(1)
            yield base
        finally:
            self.server.terminate()
            self.server.wait()
