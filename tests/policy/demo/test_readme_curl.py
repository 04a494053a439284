"""Every curl of the README works as written: a body says its type, a REST call asks for JSON.

The suite refuses a Basic-auth write whose body has no JSON, multipart or CSV
type (curl's default is a form), and plone.restapi only answers ``/@service``
to ``Accept: application/json`` (or under ``++api++``): 404 otherwise.
"""

from pathlib import Path

import pytest
import re
import shlex


README = Path(__file__).parents[3] / "README.md"

DATA = ("-d", "--data", "--data-raw", "--data-ascii", "--data-urlencode")
BINARY = ("--data-binary",)
FORM = ("-F", "--form")
SERVICE = re.compile(r"/@(?!@)[a-z]")


def commands(text: str) -> list[tuple[int, str]]:
    """(line number, command) of every curl in a code block, continuations joined."""
    found, in_code, current = [], False, None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_code, current = not in_code, None
            continue
        if not in_code:
            continue
        if current is None:
            if not re.match(r"\s*(\$\s+)?curl\s", line):
                continue
            current = [number, ""]
        current[1] += " " + line.strip().removesuffix("\\")
        if not line.rstrip().endswith("\\") and closed(current[1]):
            found.append((current[0], current[1].strip().removeprefix("$ ")))
            current = None
    return found


def closed(command: str) -> bool:
    """Whether the command's quotes are closed (a JSON body may span lines)."""
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return True


def options(command: str) -> list[tuple[str, str]]:
    """(option, value) pairs of a curl command; a URL is ('', url)."""
    words = shlex.split(command, comments=True)[1:]
    pairs, index = [], 0
    while index < len(words):
        word = words[index]
        if word.startswith("-") and word not in ("-s", "-OJ", "-O", "-J", "-i", "-v"):
            takes_value = word in (
                *DATA,
                *BINARY,
                *FORM,
                "-H",
                "--header",
                "-X",
                "--request",
                "-u",
                "--user",
                "-o",
                "--output",
                "-b",
                "-c",
                "-T",
                "--upload-file",
            )
            value = words[index + 1] if takes_value and index + 1 < len(words) else ""
            pairs.append((word, value))
            index += 2 if takes_value else 1
        else:
            pairs.append(("", word))
            index += 1
    return pairs


def problems(command: str) -> list[str]:
    """What would make this command fail against the suite, in words."""
    pairs = options(command)
    headers = {
        name.strip().lower(): value.strip()
        for option, header in pairs
        if option in ("-H", "--header")
        for name, _, value in [header.partition(":")]
    }
    content_type = headers.get("content-type", "").lower()
    data = [value for option, value in pairs if option in DATA]
    binary = [value for option, value in pairs if option in BINARY]
    form = [value for option, value in pairs if option in FORM]
    found = []
    if data and not content_type:
        found.append("a -d body without a Content-Type header")
    if any(value.lstrip().startswith(("{", "[")) for value in data) and (
        content_type != "application/json"
    ):
        found.append("a JSON body not sent as application/json")
    if binary and not content_type:
        found.append("a --data-binary body without a Content-Type header")
    if any(value.endswith(".csv") for value in binary) and content_type != "text/csv":
        found.append("a CSV file not sent as text/csv")
    if form and content_type and not content_type.startswith("multipart/form-data"):
        found.append("-F (multipart) with another Content-Type")
    if form and (data or binary):
        found.append("-F and -d together")
    urls = [value for option, value in pairs if option == ""]
    rest = [url for url in urls if SERVICE.search(url) and "++api++" not in url]
    if rest and headers.get("accept") != "application/json":
        found.append("a REST service without Accept: application/json")
    return found


COMMANDS = commands(README.read_text(encoding="utf-8"))


def test_the_readme_has_curl_examples_with_bodies():
    assert len(COMMANDS) > 80
    with_body = [c for _n, c in COMMANDS if re.search(r"\s(-d|-F|--data\S*)\s", c)]
    assert len(with_body) > 15


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            "curl -u a:b -H 'Accept: application/json' -X POST $G/@join-requests "
            """-d '{"message": "x"}'""",
            [
                "a -d body without a Content-Type header",
                "a JSON body not sent as application/json",
            ],
        ),
        (
            "curl -u a:b -H 'Accept: application/json' -H 'Content-Type: text/csv' "
            "-d '{}' http://x/Plone/@members",
            ["a JSON body not sent as application/json"],
        ),
        (
            "curl -u a:b -H 'Accept: application/json' --data-binary @acteurs.csv "
            "http://x/Plone/acteurs/@actors-import",
            [
                "a --data-binary body without a Content-Type header",
                "a CSV file not sent as text/csv",
            ],
        ),
        (
            "curl -s -u a:b http://x/Plone/agenda/e/@registrations-export",
            ["a REST service without Accept: application/json"],
        ),
        (
            "curl -H 'Accept: application/json' -H 'Content-Type: application/json' "
            "-F file=@a.csv http://x/Plone/lettre/@newsletter-subscribers",
            ["-F (multipart) with another Content-Type"],
        ),
        (
            "curl -u a:b -H 'Accept: application/json' -F file=@a.csv "
            "http://x/Plone/lettre/@newsletter-subscribers   # a comment -d '{}'",
            [],
        ),
        ("curl http://x/Plone/++api++/@search?SearchableText=x", []),
        ("curl -OJ 'http://x/Plone/acteurs/@@actors.csv?department=49'", []),
    ],
)
def test_the_checker_finds_what_fails(command, expected):
    assert problems(command) == expected


@pytest.mark.parametrize(
    ("line", "command"), COMMANDS, ids=[str(line) for line, _c in COMMANDS]
)
def test_each_curl_of_the_readme_works_as_written(line, command):
    assert problems(command) == [], f"README.md line {line}: {command}"
