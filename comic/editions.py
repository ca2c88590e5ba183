"""What the book file says about its editions: `print:` (PDF/X, colour, ink, binding) and `screen:`.

One frozen value every stage can read, with lengths in points like the rest of the model. The book model
carries it as `Book.editions`; books loaded before that existed get the defaults from `of(book)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

MM = 72 / 25.4
DEFAULT_PROFILE = "ISOcoated_v2_300_bas.icc"
DEFAULT_CONDITION = "ISO Coated v2 300% (basICColor)"
# The fixed date of every print PDF: a rebuild of unchanged input gives identical bytes.
PRINT_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class EditionOptions:
    standard: str = "X-4"                       # "X-4" | "X-1a"
    profile: Path | None = None                 # the printer's CMYK profile; None: the toolkit's default
    output_condition: str | None = None
    intent: str = "relative-colorimetric"       # | "perceptual"
    ink_limit: float = 300.0                    # percent
    binding: str = "none"                       # "none" | "saddle" | "perfect"
    paper_thickness: float = 0.1 * MM           # points
    cover_allowance: float = 0.0                # points
    covers: str = "inline"                      # "inline" | "separate"
    slug: bool = True                           # file, language and page outside the bleed
    screen_ppi: float | None = 150.0            # None: the screen PDF keeps the art's resolution
    where: dict = field(default_factory=dict, compare=False, hash=False, repr=False)   # option → Pos, for messages

    def key(self) -> str:
        """Everything the outputs depend on (not where the options were written): for build caches."""
        return repr(self)


def from_spec(spec, root: Path, src=None) -> EditionOptions:
    """From a validated BookSpec (`comic.script.schema`); `root` resolves the profile path and `src` (the
    book file's `Located`) gives each option's position for messages."""
    p = spec.print
    where = {name: src.pos(("print", name)) for name in ("standard", "profile", "binding", "covers", "ink_limit")} \
        if src else {}
    return EditionOptions(
        standard=p.standard, profile=(Path(root) / p.profile) if p.profile else None,
        output_condition=p.output_condition, intent=p.intent, ink_limit=float(p.ink_limit), binding=p.binding,
        paper_thickness=p.paper_thickness, cover_allowance=p.cover_allowance, covers=p.covers, slug=p.slug,
        screen_ppi=float(spec.screen.ppi) if spec.screen.ppi else None, where=where)


def of(book) -> EditionOptions:
    """The book's edition options (the defaults for a model built without them)."""
    return getattr(book, "editions", None) or EditionOptions()


def profile_path(book, options: EditionOptions | None = None) -> Path:
    """The printer profile: the book's own choice, else the default one the project or toolkit ships."""
    options = options or of(book)
    if options.profile is not None:
        return options.profile
    from comic.build import assets_dir
    from comic.render.art import find_cmyk_profile

    shipped = assets_dir(book.root, "icc") / "icc" / DEFAULT_PROFILE
    return shipped if shipped.is_file() else (find_cmyk_profile(book.root) or shipped)


def check(book, report, options: EditionOptions | None = None) -> bool:
    """Report what would stop the print edition before anything is drawn: the profile must be a CMYK
    printer profile. True when it can be built."""
    from comic.diagnostics import Pos

    options = options or of(book)
    profile = profile_path(book, options)
    pos = options.where.get("profile") or getattr(book, "pos", None) or Pos("scripts/book.yaml")
    try:
        data = profile.read_bytes()
    except OSError as e:
        report.error("print-profile", f"print: cannot read the printer profile {profile} ({e.strerror})", pos,
                     hint="put the printer's .icc file in the project (e.g. assets/icc/) and give its path "
                          "relative to the project")
        return False
    if len(data) < 132 or data[36:40] != b"acsp" or data[16:20] != b"CMYK" or data[12:16] != b"prtr":
        report.error("print-profile", f"print: {profile.name} is not a CMYK printer (output) profile", pos,
                     hint="ask the printer for their CMYK profile, e.g. ISOcoated_v2_300_bas.icc or PSOcoated_v3.icc")
        return False
    return True


def pdfx_settings(book, title: str, options: EditionOptions | None = None):
    """The PDF/X finishing settings of the print edition (`comic.render.pdfx.finalize`)."""
    from comic.render.pdfx import PdfxSettings

    options = options or of(book)
    profile = profile_path(book, options)
    condition = options.output_condition or (DEFAULT_CONDITION if options.profile is None else profile.stem)
    return PdfxSettings(version=options.standard, profile=profile, output_condition=condition,
                        registry="http://www.color.org", title=title, date=PRINT_DATE)


def art_cache(book, options: EditionOptions | None = None):
    """The prepared-image cache with this book's screen resolution, ink limit, intent and profile."""
    from comic.render.art import ArtCache

    options = options or of(book)
    return ArtCache.for_project(book.root, profile_path(book, options), screen_ppi=options.screen_ppi,
                                ink_limit=options.ink_limit, intent=options.intent)
