"""The Classic UI add form of a news item: the news watch fields, in French."""

from plone import api

import re
import transaction


def add_form(client, **fields):
    page = client.get("actualites/++add++News Item", headers={"Accept": "text/html"})
    assert "Veille" in page.text
    assert "Lien de la source" in page.text
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', page.text).group(0)
    token = re.search(r'value="([^"]+)"', tag).group(1)
    data = {
        "_authenticator": token,
        "form.widgets.IDublinCore.title": "Actualité du formulaire",
        "form.widgets.INewsWatch.news_scope:list": "regional",
        "form.widgets.INewsWatch.topics:list": ["bati", "maritime"],
        "form.widgets.INewsWatch.source_name": "Ouest-France",
        "form.buttons.save": "Enregistrer",
        **fields,
    }
    return client.post(
        "actualites/++add++News Item", data=data, headers={"Accept": "text/html"}
    )


def created(functional) -> list:
    transaction.abort()
    functional["portal"]._p_jar.sync()
    return list(
        api.content.find(
            portal_type="News Item", Title="Actualité du formulaire", unrestricted=True
        )
    )


def test_bad_source_address_is_a_french_form_error(clients, functional):
    response = add_form(
        clients["claire"],
        **{"form.widgets.INewsWatch.source_url": "javascript:alert(1)"},
    )
    assert response.status_code == 200
    start = response.text.index('id="formfield-form-widgets-INewsWatch-source_url"')
    block = response.text[start : response.text.find('id="formfield-', start + 1)]
    assert "Saisissez une adresse web commençant par http:// ou https://." in block
    assert created(functional) == []


def test_valid_form_creates_the_news(clients, functional):
    response = add_form(
        clients["claire"],
        **{"form.widgets.INewsWatch.source_url": "https://www.ouest-france.fr/a"},
    )
    assert response.status_code == 200
    (brain,) = created(functional)
    assert brain.news_scope == "regional"
    assert brain.news_topics == ("bati", "maritime")
    assert brain.news_source_url == "https://www.ouest-france.fr/a"
    assert brain.news_source_name == "Ouest-France"
