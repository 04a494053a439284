"""The demo site's archive of the newsletter shows one sent issue; no mail left at install."""

from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.policy.demo.newsletter_issues import ISSUE_ID

import lxml.html


def test_the_archive_lists_the_demo_issue(clients, functional):
    issue = functional["portal"]["lettre"][ISSUE_ID]
    assert delivery.status_of(issue) == "sent"
    page = clients["anonymous"].get("lettre", headers={"Accept": "text/html"})
    tree = lxml.html.fromstring(page.text)
    (item,) = tree.xpath(f"//li[.//a/@href='{issue.absolute_url()}']")
    date = item.xpath(".//span[@class='issue-date']/text()")[0]
    assert date.split()[1] in [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    (signup,) = tree.xpath("//p[@class='newsletter-subscribe']/a/@href")
    assert clients["anonymous"].get(signup, headers={"Accept": "text/html"}).ok
    public = clients["anonymous"].get(
        issue.absolute_url(), headers={"Accept": "text/html"}
    )
    assert public.status_code == 200
    assert "Bonne lecture" in public.text
    info = clients["claire"].get(f"{issue.absolute_url()}/@newsletter-status").json()
    assert (info["status"], info["sent"], info["left"]) == ("sent", 3, 0)
