"""Total area coverage (C+M+Y+K) limits, so dark art does not soak, smear or set off on the press.

The printer profile already keeps converted colour near its own limit (300 % for ISO Coated v2 300 %), but
printers may ask for less (240 % is common for print on demand), and CMYK art from the artist can hold
anything. Where a pixel goes over, its C, M and Y are scaled down together and K is kept: K carries the
drawing, and cutting it would grey the line work. Pillow band arithmetic only (no numpy): the sum and
its maximum cost about 0.1 s for a 6-megapixel page, and pixels under the limit are never touched.
"""

from __future__ import annotations

from PIL import Image, ImageChops
from PIL.ImageMath import lambda_eval

__all__ = ["limit_ink", "limit_ink_color", "max_ink"]


def _level(percent: float) -> int:
    return int(percent * 255 / 100)


def _total(bands) -> Image.Image:
    c, m, y, k = bands
    return lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)


def _bound(bands) -> int:
    """An upper bound of the highest C+M+Y+K, in levels (0..1020): four 8-bit halvings cost a tenth of the
    exact 32-bit sum and are off by at most 3 levels, so most art is cleared without the exact sum."""
    c, m, y, k = bands
    quarter = ImageChops.add(ImageChops.add(c, m, 2.0), ImageChops.add(y, k, 2.0), 2.0)
    return quarter.getextrema()[1] * 4 + 4


def max_ink(im: Image.Image, below: float | None = None) -> float:
    """The highest C+M+Y+K of a CMYK image, in percent. With `below`: an upper bound instead, when that is
    already under `below` percent (all a caller checking a limit needs)."""
    bands = im.split()
    if below is not None:
        bound = _bound(bands) * 100 / 255
        if bound <= below:
            return bound
    return _total(bands).getextrema()[1] * 100 / 255


def limit_ink(im: Image.Image, percent: float) -> Image.Image:
    """The CMYK image with no pixel over `percent` total ink: C, M and Y scaled down together, K kept."""
    if im.mode != "CMYK":
        raise ValueError(f"limit_ink needs a CMYK image, not {im.mode}")
    limit = _level(percent)
    bands = im.split()
    if _bound(bands) <= limit:
        return im
    total = _total(bands)
    if total.getextrema()[1] <= limit:
        return im
    # I → L clips negatives to 0: non-zero exactly where the pixel is over the limit
    over = total.point(lambda v: v - limit).convert("L").point(lambda v: 255 if v else 0)
    box = over.getbbox()
    c, m, y, k = (band.crop(box) for band in bands)
    # K ≤ 100 % and the limit is ≥ 100 %, so the factor is never negative
    factor = lambda_eval(lambda a: (limit - a["float"](a["k"])) / (a["c"] + a["m"] + a["y"]), c=c, m=m, y=y, k=k)

    def scaled(band: Image.Image) -> Image.Image:
        return lambda_eval(lambda a: a["convert"](a["v"] * a["f"], "L"), v=band, f=factor)

    out = im.copy()
    out.paste(Image.merge("CMYK", (scaled(c), scaled(m), scaled(y), k)), box, over.crop(box))
    return out


def limit_ink_color(cmyk: tuple[float, float, float, float], percent: float) -> tuple[float, float, float, float]:
    """One device colour (0..1 per channel) under the limit, the same way as the images."""
    c, m, y, k = cmyk
    room, cmy = percent / 100 - k, c + m + y
    if c + m + y + k <= percent / 100 or cmy <= 0:
        return cmyk
    f = max(room, 0.0) / cmy
    return (c * f, m * f, y * f, k)
