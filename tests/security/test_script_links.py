"""A member cannot give an actor a link that runs script on its public page."""

from tests.content.actors.browser.test_add_form import add_form
from tests.content.actors.browser.test_add_form import created
from tests.content.actors.browser.test_add_form import field_error

import pytest


@pytest.mark.parametrize(
    "link", ["javascript:alert(document.cookie)", "data:text/html,<script>1</script>"]
)
def test_website_must_be_a_web_address(clients, functional, link):
    response = add_form(clients["alice"], **{"form.widgets.website": link})
    assert response.status_code == 200
    assert "Saisissez une adresse web commençant par http:// ou https://." in (
        field_error(response.text, "website")
    )
    assert created(functional) == []
