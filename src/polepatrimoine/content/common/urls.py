"""Links of the faceted listings: a page's URL with its filters."""

from urllib.parse import urlencode


def query_url(base: str, **params) -> str:
    """``base`` with the non-empty ``params`` as its query string."""
    params = {key: value for key, value in params.items() if value}
    return f"{base}?{urlencode(params)}" if params else base
