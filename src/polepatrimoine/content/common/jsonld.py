"""JSON-LD for a page's head: data that no field value can break out of."""

import json


def dumps(data) -> str:
    """The JSON text of data, safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
