"""`make start`, the README's first command, run for real on a free port."""

from pathlib import Path

import email
import email.header
import os
import pytest
import requests
import signal
import socket
import subprocess
import time


ROOT = Path(__file__).resolve().parents[2]
# The admin password that `make start` gives its own instance (PLONE_ADMIN_PASSWORD),
# not a test user's: this test runs a server of its own, outside the test layer.
ADMIN_PASSWORD = "Secret-start-test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, var: Path, port: int, log: Path):
        self.url = f"http://127.0.0.1:{port}/Plone"
        self.log = log
        env = {
            **os.environ,
            "PLONE_VAR": str(var),
            "PLONE_PORT": str(port),
            "PLONE_ADMIN_PASSWORD": ADMIN_PASSWORD,
        }
        self.process = subprocess.Popen(
            ["make", "-s", "start"],
            cwd=ROOT,
            env=env,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 300) -> requests.Response:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"make start exited:\n{self.log.read_text()}")
            try:
                response = requests.get(self.url, timeout=10)
                if response.status_code == 200:
                    return response
            except requests.ConnectionError:
                pass
            time.sleep(1)
        pytest.fail(f"no HTTP 200 from {self.url}:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def wait_for_mail(folder: Path, timeout: float = 30) -> str:
    """The text of the first message written to a maildir's ``new/`` folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = sorted(folder.glob("*")) if folder.exists() else []
        if files:
            message = email.message_from_bytes(files[0].read_bytes())
            body = message.get_payload(decode=True).decode("utf-8")
            subject = str(
                email.header.make_header(email.header.decode_header(message["Subject"]))
            )
            return f"{message.as_string()[:2000]}\n{subject}\n{body}"
        time.sleep(0.5)
    pytest.fail(f"no mail in {folder}")


@pytest.fixture
def var(tmp_path):
    return tmp_path / "var"


def test_make_start_serves_the_site_and_keeps_its_data(var, tmp_path):
    port = free_port()
    first = Server(var, port, tmp_path / "first.log")
    try:
        page = first.wait_ready()
        assert "Annuaire des acteurs" in page.text
        assert 'lang="fr"' in page.text
        output = (tmp_path / "first.log").read_text()
        assert f"password: {ADMIN_PASSWORD}" in output
        assert (var / "filestorage" / "Data.fs").exists()

        api = f"{first.url}/++api++"
        assert requests.get(f"{api}/@controlpanels", timeout=30).status_code == 401
        created = requests.post(
            f"{api}/actualites",
            json={"@type": "News Item", "id": "kept", "title": "Gardée"},
            auth=("admin", ADMIN_PASSWORD),
            headers={"Accept": "application/json"},
            timeout=30,
        )
        assert created.status_code == 201, created.text

        # No PLONE_SMTP_HOST: a visitor's registration still sends its mail, as a file.
        assert "every e-mail is kept as a file in" in output
        registered = requests.post(
            f"{first.url}/agenda/atelier-chartes-et-labels/@registrations",
            json={
                "fullname": "Camille Martin",
                "email": "camille@exemple.fr",
                "consent": True,
            },
            headers={"Accept": "application/json"},
            timeout=30,
        )
        assert registered.status_code == 202, registered.text
        mail = wait_for_mail(var / "mail" / "new")
        assert "X-Envelope-To: <camille@exemple.fr>" in mail
        assert "Confirmez votre inscription" in mail
    finally:
        first.stop()

    second = Server(var, port, tmp_path / "second.log")
    try:
        second.wait_ready()
        assert "its data is kept" in (tmp_path / "second.log").read_text()
        kept = requests.get(
            f"{second.url}/++api++/actualites/kept",
            auth=("admin", ADMIN_PASSWORD),
            timeout=30,
        )
        assert kept.status_code == 200
        assert kept.json()["title"] == "Gardée"
    finally:
        second.stop()
