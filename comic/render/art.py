"""Drawing placed artwork with ReportLab: images clipped to their panel, SVG as vectors, placeholders.

ReportLab embeds a JPEG given by file path untouched (DCT), and decodes everything else. So every image is
turned into a file ReportLab can embed as is: a JPEG that already suits the output passes through with its
original bytes; anything else is converted once (sRGB for the screen, CMYK through the printer profile for
print, under the total ink limit) and cached by content hash under build/.cache/art/, which every language
and every later build reuses. Image names in the PDF come from content hashes, not paths, so the output does
not depend on where the project lives.

The screen PDF is meant to be emailed: art above the screen resolution at its placed size is scaled down
to it (JPEG sources are decoded at 1/2, 1/4 or 1/8 size in the DCT domain first, which is most of the
speed). The print PDF keeps the art's full resolution.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms, ImageOps
from reportlab.lib.utils import simpleSplit

from comic.atomic import atomic_path
from comic.layout.boxes import ArtPlacement, PageLayout, PanelBox, Point
from comic.render.ink import limit_ink, max_ink

PROFILE_NAME = "ISOcoated_v2_300_bas.icc"
SYSTEM_PROFILE = Path("/usr/share/scribus/profiles") / PROFILE_NAME
JPEG_QUALITY = 90
CMYK_JPEG_QUALITY = 95               # converted print art: at 90, ringing at hard edges adds up to 10 % ink
SCREEN_JPEG_QUALITY = 85
SCREEN_PPI = 150.0
INK_LIMIT = 300.0
JPEG_INK_HEADROOM = 2.0              # percent below the limit to aim for before JPEG ringing adds its share
# art this little above the screen resolution is kept: re-encoding would cost quality and save little
DOWNSAMPLE_TOLERANCE = 1.1
_PREP_VERSION = "5"                  # bump when conversion changes, so old cache entries are not reused
INTENTS = {"relative-colorimetric": ImageCms.Intent.RELATIVE_COLORIMETRIC,
           "perceptual": ImageCms.Intent.PERCEPTUAL}
_SCREEN_INTENT = "relative-colorimetric"
_FLAGS = ImageCms.Flags.BLACKPOINTCOMPENSATION


class ArtError(Exception):
    """An art file that could not be drawn; `message` names the file and says what to do."""

    def __init__(self, path: Path | None, message: str):
        super().__init__(message)
        self.path = path
        self.message = message


def find_cmyk_profile(root: Path | None = None) -> Path | None:
    """The printer profile: the project's assets/icc/, the toolkit's own, then Debian's scribus-data copy."""
    candidates = [Path(root) / "assets" / "icc" / PROFILE_NAME] if root else []
    candidates += [Path(__file__).resolve().parents[2] / "assets" / "icc" / PROFILE_NAME, SYSTEM_PROFILE]
    return next((p for p in candidates if p.is_file()), None)


@dataclass
class ArtCache:
    """Prepared images on disk, by content hash; safe to share between processes (atomic writes)."""

    dir: Path
    profile: Path | None = None
    screen_ppi: float | None = SCREEN_PPI           # None: the screen PDF keeps the art's own resolution
    ink_limit: float = INK_LIMIT                     # percent C+M+Y+K, print only
    intent: str = "relative-colorimetric"            # rendering intent into the printer profile
    _memo: dict = field(default_factory=dict, repr=False)

    @classmethod
    def for_project(cls, root: Path, profile: Path | None = None, *, screen_ppi: float | None = SCREEN_PPI,
                    ink_limit: float = INK_LIMIT, intent: str = "relative-colorimetric") -> "ArtCache":
        if intent not in INTENTS:
            raise ValueError(f"unknown rendering intent '{intent}' — use one of {', '.join(INTENTS)}")
        return cls(Path(root) / "build" / ".cache" / "art", profile or find_cmyk_profile(root),
                   screen_ppi=screen_ppi, ink_limit=ink_limit, intent=intent)

    def settings_key(self, *, cmyk: bool) -> str:
        """What the prepared images of one edition depend on besides the files: part of the art layer's key,
        so changing the ink limit or the screen resolution redraws the layer."""
        if cmyk:
            profile = self.cmyk_profile()
            text = f"{_PREP_VERSION}|cmyk|{_file_digest(profile)}|{self.intent}|{self.ink_limit:g}"
        else:
            text = f"{_PREP_VERSION}|rgb|{self.screen_ppi}"
        return hashlib.sha256(text.encode()).hexdigest()[:8]

    def cmyk_profile(self) -> Path:
        profile = self.profile or find_cmyk_profile()
        if profile is None:
            raise ArtError(None, f"no CMYK printer profile found: put {PROFILE_NAME} under assets/icc/ "
                                 "(Debian: apt install scribus-data)")
        return profile


_default_cache: ArtCache | None = None


def default_cache() -> ArtCache:
    """For callers that name no cache: a shared folder under the system's temp directory."""
    global _default_cache
    if _default_cache is None:
        user = getattr(os, "getuid", lambda: "user")()
        _default_cache = ArtCache(Path(tempfile.gettempdir()) / f"comic-art-{user}")
    return _default_cache


class _Named(str):
    """A file path whose ReportLab image name (taken from str()) is a content key instead of the path."""

    key: str

    def __new__(cls, path: Path, key: str) -> "_Named":
        obj = super().__new__(cls, os.fspath(path))
        obj.key = key
        return obj

    def __str__(self) -> str:
        return self.key

    @property
    def path(self) -> Path:
        return Path(str.__str__(self))


# ---------------------------------------------------------------- preparing images

def prepared_image(path: Path, *, cmyk: bool, cache: ArtCache | None = None,
                   size: tuple[float, float] | None = None) -> _Named:
    """A file ReportLab embeds as is for this output mode: the original JPEG, or a converted copy.

    `size` is the drawn size in points; the screen edition scales art above its resolution down to it.
    """
    cache = cache or default_cache()
    path = Path(path)
    try:
        st = path.stat()
    except OSError as e:
        raise ArtError(path, f"{path}: cannot open the art file ({e.strerror})") from None
    profile = cache.cmyk_profile() if cmyk else cache.profile     # screen: the source profile of CMYK art
    ppi = None if cmyk else cache.screen_ppi
    memo_key = (os.fspath(path), st.st_mtime_ns, st.st_size, cmyk, profile, ppi and size,
                cache.ink_limit if cmyk else None, cache.intent if cmyk else None)
    if memo_key in cache._memo:
        return cache._memo[memo_key]
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:32]
    try:
        with Image.open(io.BytesIO(data)) as im:
            target = screen_pixels(_upright_size(im), size, ppi) if ppi and size else None
            if target is None and _jpeg_fits(im, cmyk):
                result = _Named(path, f"art-{digest}")
            else:
                result = _convert(im, digest, cmyk, profile, cache, target)
    except ArtError:
        raise
    except Exception as e:  # Pillow's many error types for damaged files
        raise ArtError(path, f"{path}: the image cannot be decoded ({str(e).strip() or type(e).__name__}) — "
                             "re-export it from the drawing program") from None
    cache._memo[memo_key] = result
    return result


def screen_pixels(pixels: tuple[int, int], size: tuple[float, float], ppi: float) -> tuple[int, int] | None:
    """The pixel size of art drawn at `size` points, at `ppi`; None when it is not (much) above that already."""
    w, h = pixels
    have = min(w / (size[0] / 72), h / (size[1] / 72)) if size[0] > 0 and size[1] > 0 else 0
    if have <= ppi * DOWNSAMPLE_TOLERANCE:
        return None
    scale = ppi / have
    return max(1, round(w * scale)), max(1, round(h * scale))


_ROTATED = (5, 6, 7, 8)                              # EXIF orientations that swap width and height


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:
        return 1


def _upright_size(im: Image.Image) -> tuple[int, int]:
    w, h = im.size
    return (h, w) if _orientation(im) in _ROTATED else (w, h)


def _jpeg_fits(im: Image.Image, cmyk: bool) -> bool:
    if im.format != "JPEG" or im.getexif().get(0x0112, 1) != 1:
        return False
    if im.mode == "L":
        return True
    if im.mode == "CMYK":
        return cmyk and "adobe" in im.info      # ReportLab assumes Adobe's inverted CMYK
    if im.mode == "RGB" and not cmyk:
        icc = im.info.get("icc_profile")
        return not icc or "srgb" in _profile_name(icc).lower()
    return False


def _profile_name(icc: bytes) -> str:
    try:
        return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))) or ""
    except Exception:
        return ""


def _convert(im: Image.Image, digest: str, cmyk: bool, profile: Path | None, cache: ArtCache,
             target: tuple[int, int] | None = None) -> _Named:
    settings = (f"{_PREP_VERSION}|{cmyk}|{_file_digest(profile) if profile else ''}"
                + (f"|{cache.intent}|{cache.ink_limit:g}" if cmyk else f"|{target}"))
    tag = hashlib.sha256(settings.encode()).hexdigest()[:8]
    base = cache.dir / f"{digest}-{'cmyk' if cmyk else 'rgb'}-{tag}"
    for ext in (".jpg", ".png"):
        if (base.with_suffix(ext)).is_file():
            return _Named(base.with_suffix(ext), f"art-{digest}-{tag}")
    out, lossless = _for_output(im, cmyk, profile, cache.intent if cmyk else _SCREEN_INTENT, target)
    path = base.with_suffix(".png" if lossless else ".jpg")
    with atomic_path(path) as tmp:
        if lossless:
            out.save(tmp, "PNG", compress_level=6)
        elif out.mode == "CMYK":
            tmp.write_bytes(_cmyk_jpeg(out, cache.ink_limit))
        elif cmyk:
            out.save(tmp, "JPEG", quality=JPEG_QUALITY, subsampling=0)
        else:
            out.save(tmp, "JPEG", quality=SCREEN_JPEG_QUALITY, subsampling=2)   # 4:2:0
    return _Named(path, f"art-{digest}-{tag}")


def _cmyk_jpeg(im: Image.Image, limit: float) -> bytes:
    """The CMYK image as JPEG bytes whose decoded pixels stay under `limit` total ink.

    JPEG ringing at hard edges (a black line on red) pushes ink over a limit the pixels respected, so the
    encoded result is decoded and measured; while it is over, the cap is lowered by the overshoot and the
    image encoded again (at most a few rounds, the last ones near-lossless). Usually one round."""
    cap = limit - JPEG_INK_HEADROOM
    data = b""
    for quality in (CMYK_JPEG_QUALITY,) * 3 + (100, 100):
        buf = io.BytesIO()
        # (no optimize=True: optimised Huffman tables cost 3.5 times the encoding for 3.5 % of the size)
        limit_ink(im, cap).save(buf, "JPEG", quality=quality, subsampling=0)
        data = buf.getvalue()
        with Image.open(io.BytesIO(data)) as back:
            peak = max_ink(back, below=limit)
        if peak <= limit:
            break
        cap -= peak - limit + 0.5
    return data


def _for_output(im: Image.Image, cmyk: bool, profile: Path | None, intent: str = "relative-colorimetric",
                target: tuple[int, int] | None = None) -> tuple[Image.Image, bool]:
    """The decoded image in the output's colour, at `target` pixels if given: (image, encode losslessly)."""
    icc = im.info.get("icc_profile")
    if target is not None and im.format == "JPEG":
        w, h = target
        im.draft(im.mode, _draft_request(im.size, (h, w) if _orientation(im) in _ROTATED else (w, h)))
    im.load()                                        # a PSD opens on its flattened composite
    if _orientation(im) != 1:                       # (upright art is not copied: half a millisecond each)
        im = ImageOps.exif_transpose(im)
    line_art = im.mode == "1"                        # keep it sharp and grey, never RGB
    im = _plain_mode(im)
    if target is not None and not _near(im.size, target):
        im = im.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if line_art:
        return im, True
    return _colour_for_output(im, icc, cmyk, profile, intent)


def _draft_request(have: tuple[int, int], want: tuple[int, int]) -> tuple[int, int]:
    """The size to ask Pillow's JPEG draft for, so it decodes at 1/2, 1/4 or 1/8 in the DCT domain.

    Pillow only reduces when the reduced size (rounded down) still reaches the request, so 300-ppi art
    835 px high wanted at 418 px would decode in full and be resampled: three times the work. A scale
    whose result lands within `_NEAR_BELOW` of the target counts as reaching it."""
    for scale in (8, 4, 2):
        if all(-(-n // scale) >= m * _NEAR_BELOW for n, m in zip(have, want)):
            return max(1, have[0] // scale), max(1, have[1] // scale)
    return want


_NEAR_BELOW = 0.98                   # 2 % under the screen resolution is not visible; a resample is costly


def _near(have: tuple[int, int], want: tuple[int, int]) -> bool:
    """Within 2 % below or 12 % above the target (as the DCT-domain draft lands): resampling again would
    cost more than the few pixels weigh in the file, and sharpness only gains."""
    return all(m * _NEAR_BELOW <= n <= m * 1.12 for n, m in zip(have, want))


def prepare_all(placements: list[ArtPlacement], *, cmyk: bool, cache: ArtCache, workers: int) -> None:
    """Convert every raster artwork into the cache before drawing, on all cores.

    The art layer then only reads prepared files. Errors are left for the drawing to report, where they
    become placeholders with a message."""
    jobs = sorted({(os.fspath(p.path), (p.rect.w, p.rect.h)) for p in placements
                   if p.path is not None and p.kind == "raster"})
    if workers <= 1 or len(jobs) < 4:
        return
    import multiprocessing
    global _PREP
    _PREP = (cmyk, cache)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(_prepare_one, jobs, chunksize=max(1, len(jobs) // (workers * 4)))
    finally:
        _PREP = None


_PREP: tuple[bool, "ArtCache"] | None = None


def _prepare_one(job: tuple[str, tuple[float, float]]) -> None:
    cmyk, cache = _PREP
    try:
        prepared_image(Path(job[0]), cmyk=cmyk, cache=cache, size=job[1])
    except ArtError:
        pass


def _plain_mode(im: Image.Image) -> Image.Image:
    """8 bits per channel, no palette, no alpha: what colour conversion and resampling expect."""
    if im.mode == "1":
        return im.convert("L")
    if im.mode in ("I;16", "I;16B", "I;16L"):
        return im.point(lambda v: v / 256).convert("L")
    if im.mode in ("I", "F"):
        return im.convert("L")
    if im.mode in ("LA", "La", "PA", "RGBA", "RGBa", "P"):
        return _flatten(im)
    if im.mode in ("LAB", "YCbCr", "HSV"):
        return im.convert("RGB")
    return im


def _colour_for_output(im: Image.Image, icc: bytes | None, cmyk: bool, profile: Path | None,
                       intent: str) -> tuple[Image.Image, bool]:
    if im.mode == "L":
        return im, False
    if im.mode == "CMYK":
        if cmyk:
            return im, False
        return _transform(im, icc, "CMYK", None, "RGB", profile, intent), False
    if im.mode != "RGB":
        im = im.convert("RGB")
    if cmyk:
        return _transform(im, icc, "RGB", profile, "CMYK", profile, intent), False
    if icc and "srgb" not in _profile_name(icc).lower():
        return _transform(im, icc, "RGB", None, "RGB", profile, intent), False
    return im, False


@lru_cache(maxsize=8)
def _file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _flatten(im: Image.Image) -> Image.Image:
    """Transparent art on white paper: PDF/X-1a allows no transparency and panels are white underneath."""
    rgba = im.convert("LA" if im.mode in ("LA", "La") else "RGBA")
    base = Image.new(rgba.mode[:-1], rgba.size, 255 if rgba.mode == "LA" else (255, 255, 255))
    base.paste(rgba, mask=rgba.getchannel("A"))
    return base


def _transform(im: Image.Image, icc: bytes | None, in_mode: str, dst: Path | None, out_mode: str,
               cmyk_profile: Path | None, intent: str = "relative-colorimetric") -> Image.Image:
    """Colour-managed conversion from the embedded profile, else the standard one for the mode (sRGB, or the
    printer profile for CMYK), to `dst` (None = sRGB). A broken embedded profile falls back to the standard."""
    sources: list[str] = []
    if icc:
        key = hashlib.sha256(icc).hexdigest()
        _ICC_BYTES[key] = icc
        sources.append(key)
    if in_mode == "CMYK":
        standard = cmyk_profile or find_cmyk_profile()
        if standard is not None:
            sources.append(os.fspath(standard))
    else:
        sources.append("sRGB")
    target = os.fspath(dst) if dst else "sRGB"
    for source in sources:
        try:
            return _apply(im, _build_transform(source, in_mode, target, out_mode, intent))
        except (ImageCms.PyCMSError, OSError, ValueError):
            continue
    return im.convert(out_mode)


_ICC_BYTES: dict[str, bytes] = {}


def _apply(im: Image.Image, transform) -> Image.Image:
    """`ImageCms.applyTransform` without serialising the output profile into the image's info for every
    image (a megabyte for the printer profile, 8 ms each; the profile is never embedded in the art)."""
    core = getattr(transform, "transform", None)
    if core is None or not hasattr(im, "getim"):
        return ImageCms.applyTransform(im, transform)
    im.load()
    out = Image.new(transform.output_mode, im.size)
    core.apply(im.getim(), out.getim())
    return out


def _open_profile(key: str):
    if key == "sRGB":
        return ImageCms.createProfile("sRGB")
    if key in _ICC_BYTES:
        return ImageCms.ImageCmsProfile(io.BytesIO(_ICC_BYTES[key]))
    return ImageCms.ImageCmsProfile(key)


@lru_cache(maxsize=32)
def _build_transform(src: str, in_mode: str, dst: str, out_mode: str, intent: str = "relative-colorimetric"):
    return ImageCms.buildTransform(_open_profile(src), _open_profile(dst), in_mode, out_mode,
                                   renderingIntent=INTENTS[intent], flags=_FLAGS)


# ---------------------------------------------------------------- drawing

def _clip(canvas, polygon: tuple[Point, ...]) -> None:
    path = canvas.beginPath()
    path.moveTo(*polygon[0])
    for point in polygon[1:]:
        path.lineTo(*point)
    path.close()
    canvas.clipPath(path, stroke=0, fill=0)


def draw_art(canvas, placement: ArtPlacement, *, cmyk: bool, note: str | None = None, label: str = "",
             cache: ArtCache | None = None, font: str = "Helvetica") -> None:
    """Draw one placed artwork, clipped to its polygon. Raises ArtError for a file that cannot be drawn.

    `font` is used only for the placeholder text: print builds pass an embedded TrueType face, because
    PDF/X needs every font embedded.
    """
    if placement.kind == "missing" or placement.path is None:
        draw_placeholder(canvas, placement, cmyk=cmyk, note=note, label=label, font=font)
        return
    rect = placement.rect
    canvas.saveState()
    _clip(canvas, placement.clip)
    try:
        if placement.kind == "svg":
            from comic.render.svg import draw_svg
            draw_svg(canvas, placement.path, rect, cmyk=cmyk, cache=cache or default_cache())
        else:
            image = prepared_image(placement.path, cmyk=cmyk, cache=cache, size=(rect.w, rect.h))
            canvas.drawImage(image, rect.x, rect.y, rect.w, rect.h)
    finally:
        canvas.restoreState()


def draw_placeholder(canvas, placement: ArtPlacement, *, cmyk: bool, note: str | None, label: str,
                     font: str = "Helvetica") -> None:
    """A very light panel with a dashed frame, the panel's name and its art note: a page to draw from."""
    rect = placement.rect
    canvas.saveState()
    _clip(canvas, placement.clip)
    _fill(canvas, cmyk, 0.06)
    box = placement.box or rect
    canvas.rect(box.x - 1, box.y - 1, box.w + 2, box.h + 2, stroke=0, fill=1)
    _stroke(canvas, cmyk, 0.35)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 2)
    pad = 4.0
    if rect.w > 2 * pad and rect.h > 2 * pad:
        canvas.rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad, rect.h - 2 * pad, stroke=1, fill=0)
    canvas.setDash()
    _fill(canvas, cmyk, 0.55)
    inner = rect.w - 4 * pad
    y = rect.y2 - 2 * pad - 8
    if label and inner > 0:
        canvas.setFont(font, 8)
        canvas.drawString(rect.x + 2 * pad, y, label)
        y -= 10
    if note and inner > 20:
        size = 6.5
        canvas.setFont(font, size)
        for line in simpleSplit(note, font, size, inner):
            if y < rect.y + 2 * pad:
                break
            canvas.drawString(rect.x + 2 * pad, y, line)
            y -= size * 1.25
    canvas.restoreState()


def _fill(canvas, cmyk: bool, grey: float) -> None:
    """A neutral grey: pure K in print, so nothing misregisters."""
    if cmyk:
        canvas.setFillColorCMYK(0, 0, 0, grey)
    else:
        canvas.setFillGray(1 - grey)


def _stroke(canvas, cmyk: bool, grey: float) -> None:
    if cmyk:
        canvas.setStrokeColorCMYK(0, 0, 0, grey)
    else:
        canvas.setStrokeGray(1 - grey)


def draw_frame(canvas, panel: PanelBox, *, cmyk: bool) -> None:
    """The panel border (black by default: K only in print), only on the sides that do not run off the page."""
    if panel.border <= 0:
        return
    from comic.render.color import to_cmyk, to_rgb
    canvas.saveState()
    if cmyk:
        canvas.setStrokeColorCMYK(*to_cmyk(panel.border_color))
    else:
        canvas.setStrokeColorRGB(*to_rgb(panel.border_color))
    canvas.setLineWidth(panel.border)
    canvas.setLineJoin(0)
    canvas.setLineCap(0)
    for line in panel.border_path:
        path = canvas.beginPath()
        closed = len(line) > 2 and line[0] == line[-1]
        points = line[:-1] if closed else line
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        if closed:
            path.close()
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_page_art(canvas, layout: PageLayout, *, cmyk: bool, cache: ArtCache | None = None,
                  font: str = "Helvetica") -> list[ArtError]:
    """Background, then each panel's art and border in order (inset panels come last, over the others).

    Art that cannot be drawn becomes a placeholder, so one bad file does not stop the book; the errors are
    returned for the caller to report.
    """
    errors: list[ArtError] = []

    def one(placement: ArtPlacement, note: str | None, label: str) -> None:
        try:
            draw_art(canvas, placement, cmyk=cmyk, note=note, label=label, cache=cache, font=font)
        except ArtError as e:
            errors.append(e)
            draw_placeholder(canvas, placement, cmyk=cmyk, note=note, label=label, font=font)

    if layout.background is not None:
        one(layout.background, None, f"{layout.page.id} background")
    for pb in layout.panels:
        one(pb.art, pb.panel.note, pb.panel.key)
        draw_frame(canvas, pb, cmyk=cmyk)
    return errors
