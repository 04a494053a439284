"""What a refusal of bad input looks like: a French 4xx naming what is wrong."""


def refused(response, fragment, status=400):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert fragment in error["message"], error
    return error
