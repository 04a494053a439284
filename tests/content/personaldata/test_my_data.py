"""A logged-in user reads everything the site holds about them: REST @my-data and « Mes données »."""

from tests.content.personaldata.people import EMAIL
from tests.content.personaldata.people import FULLNAME
from tests.content.personaldata.people import LOCATION
from tests.content.personaldata.people import log_of
from tests.content.personaldata.people import make_person
from tests.fixtures.http import client


def test_my_data_gives_the_account_and_its_profile(functional, clients):
    userid = make_person(functional["portal"])
    response = client(login=EMAIL).get("@my-data")
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["email"] == EMAIL
    assert data["userid"] == userid
    users = data["stores"]["users"]
    assert users["title"] == "Comptes utilisateurs"
    [account] = users["records"]
    assert account["login"] == EMAIL
    assert account["profile"]["fullname"] == FULLNAME
    assert account["profile"]["location"] == LOCATION
    assert "adherents" in account["groups"]


def test_my_data_download_is_logged_without_the_data(functional, clients):
    make_person(functional["portal"])
    assert client(login=EMAIL).get("@my-data").status_code == 200
    [entry] = [e for e in log_of(clients) if e["action"] == "my-data"]
    assert entry["email"] == EMAIL
    assert entry["counts"]["users"] == 1
    assert FULLNAME not in str(entry)
    assert LOCATION not in str(entry)


def test_anonymous_gets_a_french_401(clients):
    response = clients["anonymous"].get("@my-data")
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["type"] == "Unauthorized"
    assert error["message"] == "Connectez-vous pour voir vos données personnelles."


def test_the_page_shows_each_store_and_links_the_download(functional, clients):
    make_person(functional["portal"])
    page = client(login=EMAIL, json=False).get("@@my-data")
    assert page.status_code == 200, page.text[:2000]
    assert "Mes données" in page.text
    assert "Comptes utilisateurs" in page.text
    assert FULLNAME in page.text
    assert LOCATION in page.text
    assert "++api++/@my-data" in page.text
    assert [e for e in log_of(clients) if e["action"] == "my-data"]


def test_the_personal_tools_link_to_the_page(functional, clients):
    make_person(functional["portal"])
    page = client(login=EMAIL, json=False).get("")
    assert "@@my-data" in page.text
    assert "Mes données" in page.text


def test_the_page_is_closed_to_visitors(functional, clients):
    page = clients["anonymous"].get("@@my-data", headers={"Accept": "text/html"})
    assert page.status_code == 200  # the login form, after a redirect
    assert "login" in page.url
    assert "Comptes utilisateurs" not in page.text
