"""Images uploaded by members: raster formats only, recognised by content, and
bounded by the pixels they declare (read from the header, never decoded)."""

from polepatrimoine.content import _
from polepatrimoine.content.common.files import GIF
from polepatrimoine.content.common.files import JPEG
from polepatrimoine.content.common.files import PNG
from polepatrimoine.content.common.files import WEBP
from polepatrimoine.content.common.files import FileRefused
from polepatrimoine.content.common.files import detect_file
from polepatrimoine.content.common.files import matches
from polepatrimoine.content.common.files import mismatch_message
from polepatrimoine.content.common.files import normalise

import io
import warnings


IMAGE_TYPES = (PNG, JPEG, GIF, WEBP)

# Scaling decodes the whole image (4 bytes a pixel, then the copies a scale
# makes): 40 megapixels is about 160 MB, what a camera's photo needs; a
# 100 KB PNG can declare 12000 x 12000 (576 MB). 10000 px a side is beyond
# any screen or print a logo or illustration is shown in.
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_SIDE = 10_000


def _bound_pil() -> None:
    """PIL's own decompression-bomb guard, for everything that decodes images
    (plone.namedfile's scales of images stored before the bound): PIL refuses
    above twice its ``MAX_IMAGE_PIXELS`` (and only warns between), so half the
    budget makes it refuse exactly what uploads are refused."""
    from PIL import Image

    limit = MAX_IMAGE_PIXELS // 2
    if Image.MAX_IMAGE_PIXELS is None or limit < Image.MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = limit


_bound_pil()


def image_too_large() -> FileRefused:
    return FileRefused(
        _(
            "This image is too large: at most ${side} pixels a side and "
            "${megapixels} megapixels.",
            mapping={
                # A plain space: REST gives messages inside a repr, which escapes others.
                "side": f"{MAX_IMAGE_SIDE:,}".replace(",", " "),
                "megapixels": MAX_IMAGE_PIXELS // 1_000_000,
            },
        )
    )


def image_size(value) -> tuple[int, int]:
    """The pixel size an image declares, read from its header only (PIL's
    ``open`` is lazy: nothing is decoded). Raise FileRefused for an image
    PIL cannot read or that declares more than the bounds."""
    from PIL import Image

    def read(fp):
        with warnings.catch_warnings():
            # Between half the budget and the budget: ours to decide, below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                with Image.open(fp) as image:
                    return image.size
            except Image.DecompressionBombError as exc:
                raise image_too_large() from exc
            except (OSError, SyntaxError, ValueError) as exc:
                raise FileRefused(
                    _("The image must be a PNG, JPEG, GIF or WebP file.")
                ) from exc

    opener = getattr(value, "open", None)
    if opener is not None and getattr(value, "_blob", None) is not None:
        with opener() as fp:
            width, height = read(fp)
    else:
        width, height = read(io.BytesIO(bytes(value.data)))
    if (
        width > MAX_IMAGE_SIDE
        or height > MAX_IMAGE_SIDE
        or width * height > MAX_IMAGE_PIXELS
    ):
        raise image_too_large()
    return width, height


def check_image(value) -> bool:
    """Field constraint of images uploaded by members: raster images only
    (an SVG is a page with scripts), recognised by content, within the pixel
    bounds (``image_size``)."""
    if value is None:
        return True
    detected = detect_file(value)
    if detected not in IMAGE_TYPES:
        raise FileRefused(_("The image must be a PNG, JPEG, GIF or WebP file."))
    if not matches(value, detected):
        raise FileRefused(mismatch_message(detected))
    image_size(value)
    normalise(value, detected)
    return True
