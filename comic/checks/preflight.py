"""Print preflight for any PDF: what a printer's prepress check would reject, said before the printer says it.

No free tool validates PDF/X completely (veraPDF covers PDF/A and PDF/UA only), so this combines what
qpdf, pdffonts, pdfimages, pdfinfo and Ghostscript would each show, and names the page and the fix for
every problem. It reads files we did not write too, so nothing here assumes ReportLab's habits.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Literal

import pikepdf
from pikepdf import Name

__all__ = [
    "Finding",
    "NotAPdfError",
    "PreflightOptions",
    "PreflightReport",
    "format_text",
    "preflight",
]

Severity = Literal["error", "warning", "info"]
Binding = Literal["none", "saddle", "perfect"]
Standard = Literal["auto", "x4", "x1a", "none"]

MM = 72 / 25.4
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_BOX_TOLERANCE = 0.01  # points
_MAX_DEPTH = 16  # nested forms/patterns; deeper than any real file, shallow enough to stop a cycle
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_PRINT_FIX = "convert the art or rebuild with --print"


class NotAPdfError(ValueError):
    """The path is missing or is not a PDF at all (a user mistake on the command line, not a failed check)."""


@dataclass
class Finding:
    severity: Severity
    code: str
    page: int | None  # first affected page, 1-based; None for the whole document
    message: str  # names the page(s), the problem and the fix
    pages: list[int] = field(default_factory=list)  # every affected page when one problem repeats

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PreflightOptions:
    binding: Binding = "none"
    ink_limit: float = 300.0  # percent total area coverage
    standard: Standard = "auto"
    min_ppi: float = 300.0  # below: warning
    error_ppi: float = 200.0  # below: error
    ink_dpi: int = 50  # Ghostscript render resolution for the ink check
    ink_min_area_mm2: float = 1.0  # smaller areas over the limit are specks (JPEG ringing): a warning
    check_ink: bool = True


@dataclass
class PreflightReport:
    path: Path
    findings: list[Finding]
    pages: int
    standard: str | None = None  # what the file declares, e.g. "PDF/X-4"
    checked_as: str = "none"  # "x4", "x1a", "pdfx" (PDF/X rules common to all versions) or "none"
    max_ink: float | None = None  # highest total ink in percent, None when not measured
    trim_mm: tuple[float, float] | None = None  # first page's trim size
    options: PreflightOptions = field(default_factory=PreflightOptions)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "pages": self.pages,
            "standard": self.standard,
            "checked_as": self.checked_as,
            "max_ink": None if self.max_ink is None else round(self.max_ink, 1),
            "trim_mm": None if self.trim_mm is None else [round(v, 1) for v in self.trim_mm],
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "options": asdict(self.options),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------------------
# Entry point


def preflight(path: Path | str, options: PreflightOptions | None = None) -> PreflightReport:
    """Check one PDF. Raises NotAPdfError only when the path is missing or not a PDF."""
    opts = options or PreflightOptions()
    path = Path(path)
    _ensure_pdf(path)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        report = PreflightReport(path, [], 0, options=opts)
        report.findings.append(
            Finding(
                "error",
                "encrypted",
                None,
                "the PDF is encrypted with a password — printers cannot open it and PDF/X forbids encryption; "
                "export it again without a password",
            )
        )
        return report
    except pikepdf.PdfError as exc:
        raise NotAPdfError(f"{path}: not a readable PDF ({_first_line(str(exc))}) — export it again") from exc
    with pdf:
        return _Preflight(path, pdf, opts).run()


def _ensure_pdf(path: Path) -> None:
    if not path.exists():
        raise NotAPdfError(f"{path}: no such file — check the path")
    if path.is_dir():
        raise NotAPdfError(f"{path}: is a folder, not a PDF — name a .pdf file")
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise NotAPdfError(f"{path}: cannot be read ({exc.strerror or exc}) — check its permissions") from exc
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{path}: not a PDF (no %PDF- header) — name the exported .pdf file")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


# --------------------------------------------------------------------------------------------------
# Findings that repeat on many pages are merged into one line ("pages 1-24: font Helvetica ...").


class _Findings:
    def __init__(self) -> None:
        self._groups: dict[tuple[str, str, str], list[int | None]] = {}

    def add(self, severity: Severity, code: str, text: str, page: int | None = None) -> None:
        pages = self._groups.setdefault((severity, code, text), [])
        if page not in pages:
            pages.append(page)

    def result(self) -> list[Finding]:
        out = []
        for (severity, code, text), pages in self._groups.items():
            numbered = sorted(p for p in pages if p is not None)
            if None in pages or not numbered:
                out.append(Finding(severity, code, None, text))
            if numbered:
                out.append(Finding(severity, code, numbered[0], f"{_where(numbered)}: {text}", numbered))
        out.sort(key=lambda f: (_SEVERITY_RANK[f.severity], f.page or 0, f.code))
        return out


def _where(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"page {pages[0]}"
    runs, start, prev = [], pages[0], pages[0]
    for p in pages[1:] + [None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        runs.append(f"{start}" if start == prev else f"{start}-{prev}")
        if p is not None:
            start = prev = p
    return "pages " + ", ".join(runs)


# --------------------------------------------------------------------------------------------------
# Geometry


def _rect(value) -> tuple[float, float, float, float] | None:
    try:
        x1, y1, x2, y2 = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _inside(inner, outer) -> bool:
    t = _BOX_TOLERANCE
    return (
        inner[0] >= outer[0] - t
        and inner[1] >= outer[1] - t
        and inner[2] <= outer[2] + t
        and inner[3] <= outer[3] + t
    )


def _intersects(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _mm(points: float) -> str:
    return f"{points / MM:.1f} mm"


def _fmt_rect_mm(r) -> str:
    return f"{(r[2] - r[0]) / MM:.1f} × {(r[3] - r[1]) / MM:.1f} mm"


def _mul(m1, m2):
    """m1 × m2 for PDF matrices [a b c d e f] (row vectors: apply m1, then m2)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(value) -> tuple[float, ...]:
    try:
        m = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return _IDENTITY
    return m if len(m) == 6 else _IDENTITY


def _inherited(page: pikepdf.Dictionary, key: str):
    node, hops = page, 0
    while isinstance(node, pikepdf.Dictionary) and hops < 64:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        hops += 1
    return None


def _objkey(obj) -> tuple[int, int] | None:
    try:
        return obj.objgen if obj.is_indirect else None
    except Exception:  # noqa: BLE001 - direct scalars have no objgen
        return None


def _short(name) -> str:
    text = str(name).lstrip("/")
    return text if len(text) <= 24 else text[:20] + "…"


# --------------------------------------------------------------------------------------------------
# Colour spaces


@dataclass(frozen=True)
class _Space:
    kind: str  # rgb, cmyk, gray, icc-cmyk, icc-gray, lab, spot, pattern, unknown
    label: str  # what the user is told, e.g. "ICCBased RGB"


_DEVICE = {
    "/DeviceRGB": _Space("rgb", "DeviceRGB"),
    "/RGB": _Space("rgb", "DeviceRGB"),
    "/DeviceCMYK": _Space("cmyk", "DeviceCMYK"),
    "/CMYK": _Space("cmyk", "DeviceCMYK"),
    "/DeviceGray": _Space("gray", "DeviceGray"),
    "/G": _Space("gray", "DeviceGray"),
    "/Pattern": _Space("pattern", "Pattern"),
}


def _classify(cs, resources, depth: int = 0) -> _Space:
    if cs is None:
        return _Space("unknown", "no colour space")
    if depth > 4:
        return _Space("unknown", "a nested colour space")
    if isinstance(cs, pikepdf.Name):
        key = str(cs)
        if key in _DEVICE:
            return _DEVICE[key]
        named = None
        if isinstance(resources, pikepdf.Dictionary):
            named = (resources.get("/ColorSpace") or {}).get(key) if "/ColorSpace" in resources else None
        if named is None:
            return _Space("unknown", key.lstrip("/"))
        return _classify(named, resources, depth + 1)
    if isinstance(cs, pikepdf.Array) and len(cs):
        family = str(cs[0])
        if family in ("/ICCBased",):
            stream = cs[1] if len(cs) > 1 else None
            n = int(stream.get("/N", 0)) if isinstance(stream, pikepdf.Stream) else 0
            return {
                1: _Space("icc-gray", "ICCBased gray"),
                3: _Space("rgb", "ICCBased RGB"),
                4: _Space("icc-cmyk", "ICCBased CMYK"),
            }.get(n, _Space("unknown", f"ICCBased with {n} components"))
        if family in ("/Indexed", "/I"):
            base = _classify(cs[1] if len(cs) > 1 else None, resources, depth + 1)
            return _Space(base.kind, f"Indexed {base.label}")
        if family == "/CalRGB":
            return _Space("rgb", "CalRGB")
        if family == "/CalGray":
            return _Space("gray", "CalGray")
        if family == "/Lab":
            return _Space("lab", "Lab")
        if family in ("/Separation", "/DeviceN"):
            return _Space("spot", family.lstrip("/"))
        if family == "/Pattern":
            return _Space("pattern", "Pattern")
        if family in _DEVICE:
            return _DEVICE[family]
        return _Space("unknown", family.lstrip("/"))
    return _Space("unknown", "an unreadable colour space")


# --------------------------------------------------------------------------------------------------
# PDF/X identification


def _xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    """Local name → text for the XMP keys we check, written as elements or as attributes."""
    meta = pdf.Root.get("/Metadata")
    if not isinstance(meta, pikepdf.Stream):
        return {}
    try:
        root = ET.fromstring(meta.read_bytes())
    except (ET.ParseError, pikepdf.PdfError, ValueError):
        return {"_unreadable": "1"}
    wanted = {
        "{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion": "pdfxid:GTS_PDFXVersion",
        "{http://ns.adobe.com/pdfx/1.3/}GTS_PDFXVersion": "pdfx:GTS_PDFXVersion",
        "{http://ns.adobe.com/pdfx/1.3/}GTS_PDFXConformance": "pdfx:GTS_PDFXConformance",
        "{http://ns.adobe.com/pdf/1.3/}Trapped": "pdf:Trapped",
    }
    found: dict[str, str] = {}
    for elem in root.iter():
        if elem.tag in wanted and (elem.text or "").strip():
            found.setdefault(wanted[elem.tag], elem.text.strip())
        for attr, value in elem.attrib.items():
            if attr in wanted:
                found.setdefault(wanted[attr], value.strip())
    return found


def _declared_standard(info, xmp: dict[str, str]) -> str | None:
    for value in (
        xmp.get("pdfxid:GTS_PDFXVersion"),
        _info_str(info, "/GTS_PDFXVersion"),
        xmp.get("pdfx:GTS_PDFXVersion"),
    ):
        if value:
            return value
    return None


def _info_str(info, key: str) -> str | None:
    if not isinstance(info, pikepdf.Dictionary) or key not in info:
        return None
    try:
        return str(info[key]).strip()
    except Exception:  # noqa: BLE001 - a malformed Info value reads as absent
        return None


def _version_tuple(text: str) -> tuple[int, int]:
    try:
        major, minor = str(text).lstrip("/").split(".")[:2]
        return int(major), int(minor)
    except ValueError:
        return (0, 0)


# --------------------------------------------------------------------------------------------------
# The checks


class _Preflight:
    def __init__(self, path: Path, pdf: pikepdf.Pdf, opts: PreflightOptions) -> None:
        self.path, self.pdf, self.opts = path, pdf, opts
        self.f = _Findings()
        self.info = pdf.trailer.get("/Info")
        self.xmp = _xmp_values(pdf)
        self.declared = _declared_standard(self.info, self.xmp)
        self.checked_as = self._resolve_standard()
        self.print_ctx = self.checked_as != "none"
        self.x1a = self.checked_as == "x1a"
        self._font_cache: dict[tuple[int, int], str | None] = {}

    def _resolve_standard(self) -> str:
        wanted = self.opts.standard
        if wanted in ("x4", "x1a", "none"):
            return wanted
        declared = self.declared or ""
        if declared.startswith("PDF/X-4"):
            return "x4"
        if declared.startswith("PDF/X-1a"):
            return "x1a"
        return "pdfx"

    def run(self) -> PreflightReport:
        pdf = self.pdf
        n_pages = len(pdf.pages)
        if pdf.is_encrypted:
            self.f.add(
                "error",
                "encrypted",
                "the PDF is encrypted — PDF/X forbids encryption and printers may not open it; "
                "export it again without security settings",
            )
        if self.print_ctx:
            self._check_pdfx()
        self._check_actions()
        self._check_binding(n_pages)
        trim_mm = None
        first_trim = None
        for number, page in enumerate(pdf.pages, start=1):
            trim = self._check_boxes(number, page.obj, first_trim)
            if number == 1 and trim is not None:
                first_trim = trim
                trim_mm = ((trim[2] - trim[0]) / MM, (trim[3] - trim[1]) / MM)
            self._check_annotations(number, page.obj)
            resources = _inherited(page.obj, "/Resources")
            self._check_resources(number, page.obj)
            self._scan_page(number, page, resources)
        max_ink = self._check_ink(n_pages) if self.opts.check_ink and n_pages else None
        return PreflightReport(
            path=self.path,
            findings=self.f.result(),
            pages=n_pages,
            standard=self.declared,
            checked_as=self.checked_as,
            max_ink=max_ink,
            trim_mm=trim_mm,
            options=self.opts,
        )

    # ---- document level ------------------------------------------------------------------------

    def _check_pdfx(self) -> None:
        f, info, xmp = self.f, self.info, self.xmp
        declared = self.declared
        rebuild = "rebuild with --print"
        if self.checked_as == "pdfx" and not declared:
            f.add(
                "error",
                "pdfx-missing",
                "not a PDF/X file (no GTS_PDFXVersion in the Info dictionary or XMP) — printers ask for "
                f"PDF/X-4 or PDF/X-1a; {rebuild} or export as PDF/X",
            )
        elif self.checked_as == "pdfx":
            f.add("info", "pdfx-other", f"declares {declared}; checked against the rules all PDF/X versions share")
        if self.checked_as == "x4":
            in_xmp = xmp.get("pdfxid:GTS_PDFXVersion")
            if not in_xmp:
                where = "has no XMP metadata" if not xmp else "its XMP has no pdfxid:GTS_PDFXVersion"
                f.add(
                    "error",
                    "pdfx-version",
                    f"not identified as PDF/X-4: {where} — PDF/X-4 is named in the XMP; {rebuild}",
                )
            elif not in_xmp.startswith("PDF/X-4"):
                f.add(
                    "error", "pdfx-version", f"declares {in_xmp}, not PDF/X-4 — {rebuild} or check with --standard auto"
                )
            info_v = _info_str(info, "/GTS_PDFXVersion")
            if info_v and not info_v.startswith("PDF/X-4"):
                f.add("warning", "pdfx-version", f"Info says {info_v} but PDF/X-4 was expected — the two must agree")
        if self.checked_as == "x1a":
            info_v = _info_str(info, "/GTS_PDFXVersion")
            conf = _info_str(info, "/GTS_PDFXConformance")
            if not info_v or not info_v.startswith("PDF/X-1"):
                got = f"declares {info_v}" if info_v else "has no GTS_PDFXVersion in its Info dictionary"
                f.add("error", "pdfx-version", f"not identified as PDF/X-1a: {got} — {rebuild}")
            if not conf or not conf.startswith("PDF/X-1a"):
                f.add(
                    "error",
                    "pdfx-version",
                    "no GTS_PDFXConformance 'PDF/X-1a:…' in the Info dictionary — PDF/X-1a names its "
                    f"conformance there; {rebuild}",
                )

        self._check_output_intent()
        if self.checked_as == "pdfx" and not declared:
            return  # not PDF/X at all: one fix covers Title, dates, Trapped and /ID, so don't list them

        if not _info_str(info, "/Title"):
            f.add("error", "info-title", f"the Info dictionary has no Title — PDF/X requires one; {rebuild}")
        for key in ("/CreationDate", "/ModDate"):
            if not _info_str(info, key):
                f.add("error", "info-date", f"the Info dictionary has no {key[1:]} — PDF/X requires it; {rebuild}")
        trapped = str(info.get("/Trapped")) if isinstance(info, pikepdf.Dictionary) and "/Trapped" in info else None
        if trapped not in ("/True", "/False"):
            got = "missing" if trapped is None else f"{trapped.lstrip('/')}"
            f.add("error", "trapped", f"Info Trapped is {got} — PDF/X needs True or False; {rebuild}")
        elif xmp.get("pdf:Trapped") and xmp["pdf:Trapped"] != trapped.lstrip("/"):
            f.add(
                "warning",
                "trapped",
                f"Info Trapped is {trapped.lstrip('/')} but XMP pdf:Trapped is {xmp['pdf:Trapped']} — "
                "they must agree",
            )
        if "/ID" not in self.pdf.trailer:
            f.add("error", "trailer-id", f"the file has no trailer /ID — PDF/X requires one; {rebuild}")
        if xmp.get("_unreadable"):
            f.add("error", "xmp", "the XMP metadata is not well-formed XML — export the file again")

        self._check_version()

    def _check_version(self) -> None:
        limit, name = None, None
        if self.checked_as == "x4":
            limit, name = (1, 6), "PDF/X-4"
        elif self.checked_as == "x1a":
            declared = self.declared or ""
            limit = (1, 4) if "2003" in declared else (1, 3)
            name = "PDF/X-1a:2003" if limit == (1, 4) else "PDF/X-1a:2001"
        if limit is None:
            return
        header = _version_tuple(self.pdf.pdf_version)
        catalog = self.pdf.Root.get("/Version")
        effective = max(header, _version_tuple(str(catalog)) if catalog is not None else (0, 0))
        if effective > limit:
            self.f.add(
                "error",
                "pdf-version",
                f"the file is PDF {effective[0]}.{effective[1]} — {name} allows at most PDF {limit[0]}.{limit[1]}; "
                "rebuild with --print",
            )

    def _check_output_intent(self) -> None:
        f = self.f
        intents = self.pdf.Root.get("/OutputIntents")
        gts = []
        if isinstance(intents, pikepdf.Array):
            gts = [oi for oi in intents if isinstance(oi, pikepdf.Dictionary) and oi.get("/S") == Name.GTS_PDFX]
        if len(gts) != 1:
            what = "no PDF/X OutputIntent" if not gts else f"{len(gts)} PDF/X OutputIntents"
            f.add(
                "error",
                "output-intent",
                f"the file has {what} — PDF/X needs exactly one, naming the printing condition and "
                "embedding its CMYK profile; rebuild with --print",
            )
            if not gts:
                return
        oi = gts[0]
        if not str(oi.get("/OutputConditionIdentifier", "")).strip():
            f.add("error", "output-intent", "the OutputIntent has no OutputConditionIdentifier (e.g. FOGRA39)")
        profile = oi.get("/DestOutputProfile")
        if not isinstance(profile, pikepdf.Stream):
            registered = str(oi.get("/RegistryName", "")).strip()
            sev: Severity = "warning" if self.x1a and registered else "error"
            f.add(
                sev,
                "output-profile",
                "the OutputIntent embeds no ICC profile — embed the printer's CMYK profile "
                "(e.g. ISO Coated v2 300%) so proofs and RIPs agree",
            )
            return
        n = int(profile.get("/N", 0))
        try:
            head = profile.read_bytes()[:40]
        except pikepdf.PdfError:
            head = b""
        space = head[16:20].decode("latin-1").strip() if len(head) >= 40 else ""
        kind = head[12:16].decode("latin-1").strip() if len(head) >= 40 else ""
        if n != 4 or (space and space != "CMYK"):
            f.add(
                "error",
                "output-profile",
                f"the OutputIntent profile is {space or f'{n}-component'}, not CMYK — "
                "embed the printer's CMYK profile",
            )
        elif len(head) < 40 or head[36:40] != b"acsp":
            f.add(
                "error", "output-profile", "the OutputIntent profile is not a readable ICC profile — embed it again"
            )
        elif kind != "prtr":
            f.add(
                "error",
                "output-profile",
                f"the OutputIntent profile is a '{kind}' profile — PDF/X needs an output (prtr) profile",
            )

    def _check_actions(self) -> None:
        root, f = self.pdf.Root, self.f
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
            f.add(
                "error" if self.print_ctx else "warning",
                "javascript",
                "the document contains JavaScript — PDF/X forbids it; export without scripts",
            )
        open_action = root.get("/OpenAction")
        if isinstance(open_action, pikepdf.Dictionary):
            if open_action.get("/S") == Name.JavaScript:
                f.add(
                    "error" if self.print_ctx else "warning",
                    "javascript",
                    "the document runs JavaScript when opened — PDF/X forbids it; export without scripts",
                )
            else:
                f.add(
                    "warning",
                    "action",
                    "the document runs an action when opened (OpenAction) — PDF/X files should have none",
                )
        if "/AA" in root:
            f.add("warning", "action", "the document has additional actions (AA) — PDF/X files should have none")
        acro = root.get("/AcroForm")
        if isinstance(acro, pikepdf.Dictionary) and len(acro.get("/Fields", [])):
            f.add("warning", "form-fields", "the document has form fields — flatten them before printing")

    def _check_binding(self, n: int) -> None:
        binding = self.opts.binding
        if binding == "saddle":
            if n % 4:
                add = 4 - n % 4
                self.f.add(
                    "error",
                    "page-count",
                    f"the PDF has {n} pages — saddle stitching needs a multiple of 4; "
                    f"add {add} blank page{'s' if add > 1 else ''} or remove {n % 4}",
                )
            elif n > 64:
                self.f.add(
                    "warning",
                    "page-count",
                    f"the PDF has {n} pages — most printers saddle-stitch at most about 64; "
                    "ask yours or use perfect binding",
                )
        elif binding == "perfect" and n % 2:
            self.f.add(
                "warning",
                "page-count",
                f"the PDF has {n} pages — a bound book has an even number; add a blank last page",
            )

    # ---- pages ---------------------------------------------------------------------------------

    def _check_boxes(self, number: int, page: pikepdf.Dictionary, first_trim) -> tuple | None:
        f = self.f
        media = _rect(_inherited(page, "/MediaBox") or [0, 0, 612, 792])
        trim_obj, bleed_obj = page.get("/TrimBox"), page.get("/BleedBox")
        trim = _rect(trim_obj) if trim_obj is not None else None
        bleed = _rect(bleed_obj) if bleed_obj is not None else None
        if trim is None:
            f.add(
                "error",
                "trimbox-missing",
                "no TrimBox — the printer cannot tell where to cut; "
                "draw with Canvas(trimBox=...) or rebuild with --print",
                number,
            )
        if bleed is None:
            f.add(
                "error",
                "bleedbox-missing",
                "no BleedBox — the printer cannot tell how far the art bleeds; set a 3 mm bleed "
                "(Canvas(bleedBox=...)) or rebuild with --print",
                number,
            )
        if media is not None and bleed is not None and not _inside(bleed, media):
            f.add(
                "error",
                "box-nesting",
                f"the BleedBox ({_fmt_rect_mm(bleed)}) is not inside the MediaBox ({_fmt_rect_mm(media)}) — "
                "make the page size trim + 2 × bleed",
                number,
            )
        outer = bleed or media
        if trim is not None and outer is not None and not _inside(trim, outer):
            f.add(
                "error",
                "box-nesting",
                f"the TrimBox ({_fmt_rect_mm(trim)}) is not inside the {'BleedBox' if bleed else 'MediaBox'} "
                f"({_fmt_rect_mm(outer)}) — boxes must nest MediaBox ⊇ BleedBox ⊇ TrimBox",
                number,
            )
        if trim is not None and bleed is not None and _inside(trim, bleed):
            least = min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
            if least < 3 * MM - 0.05:
                if least <= _BOX_TOLERANCE:
                    text = (
                        "no bleed (BleedBox = TrimBox on at least one side) — art that reaches the trim "
                        "shows white slivers; printers ask for 3 mm"
                    )
                else:
                    text = f"bleed is only {_mm(least)} on at least one side — printers ask for 3 mm"
                f.add("warning", "bleed-small", text, number)
        if trim is not None and first_trim is not None:
            w, h = trim[2] - trim[0], trim[3] - trim[1]
            fw, fh = first_trim[2] - first_trim[0], first_trim[3] - first_trim[1]
            if abs(w - fw) > 0.5 or abs(h - fh) > 0.5:
                f.add(
                    "warning",
                    "trim-size",
                    f"trim size {_fmt_rect_mm(trim)} differs from page 1 ({_fmt_rect_mm(first_trim)}) — "
                    "a book has one trim size",
                    number,
                )
        return trim

    def _check_annotations(self, number: int, page: pikepdf.Dictionary) -> None:
        annots = page.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            return
        if "/AA" in page:
            self.f.add("warning", "action", "the page runs actions (AA) — PDF/X files should have none", number)
        area = _rect(page.get("/BleedBox") or page.get("/TrimBox") or _inherited(page, "/MediaBox") or [0, 0, 0, 0])
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = str(annot.get("/Subtype", "/Unknown"))
            if subtype in ("/PrinterMark", "/TrapNet"):
                continue
            action = annot.get("/A")
            if isinstance(action, pikepdf.Dictionary) and action.get("/S") == Name.JavaScript:
                self.f.add(
                    "error" if self.print_ctx else "warning",
                    "javascript",
                    "a link runs JavaScript — PDF/X forbids it; remove the link",
                    number,
                )
            rect = _rect(annot.get("/Rect", [0, 0, 0, 0]))
            hidden = int(_float(annot.get("/F", 0))) & 2
            if rect is not None and area is not None and _intersects(rect, area) and not hidden:
                printed = subtype != "/Link"  # links have no appearance; RIPs drop them, strict checkers warn
                self.f.add(
                    "error" if self.print_ctx and printed else "warning",
                    "annotation",
                    f"a {subtype.lstrip('/')} annotation lies inside the printed area — PDF/X forbids it; "
                    "remove annotations and links before printing",
                    number,
                )

    def _check_resources(self, number: int, page: pikepdf.Dictionary) -> None:
        """What content scanning cannot reach: the page group and annotation appearances.

        Fonts and graphics states are checked where the content uses them, not from the resource
        dictionary: ReportLab shares one /Font dictionary across all pages, so a resource walk would blame
        every page for a font drawn on one.
        """
        if self.x1a and _is_transparency_group(page.get("/Group")):
            self.f.add(
                "error",
                "transparency",
                "the page is a transparency group — PDF/X-1a forbids transparency; flatten it or build PDF/X-4",
                number,
            )
        for annot in page.get("/Annots") or []:
            ap = annot.get("/AP") if isinstance(annot, pikepdf.Dictionary) else None
            normal = ap.get("/N") if isinstance(ap, pikepdf.Dictionary) else None
            if isinstance(normal, pikepdf.Stream):
                self._walk_resources(number, normal.get("/Resources"))

    def _walk_resources(self, number: int, resources) -> None:
        """Fonts and transparency from everything a resource dictionary can reach (no content needed)."""
        for kind, name, obj in _resource_items(resources, set()):
            if kind == "font":
                self._check_font(number, name, obj)
            elif self.x1a:
                self._check_transparency(number, kind, name, obj)

    def _check_font(self, number: int, name, font: pikepdf.Dictionary) -> None:
        key = _objkey(font)
        if key is not None and key in self._font_cache:
            problem = self._font_cache[key]
        else:
            problem = _font_problem(font)
            if key is not None:
                self._font_cache[key] = problem
        if problem:
            base = str(font.get("/BaseFont", name)).lstrip("/")
            self.f.add(
                "error",
                "font-not-embedded",
                f"font {base} ({_short(name)}) {problem} — printers need every font inside the PDF; "
                "letter with an embedded TTF (in ReportLab also pass initialFontName) or export with fonts embedded",
                number,
            )

    def _check_transparency(self, number: int, kind: str, name, obj) -> None:
        what = None
        if kind == "gs":
            smask = obj.get("/SMask")
            bm = obj.get("/BM")
            bm_name = (str(bm[0]) if isinstance(bm, pikepdf.Array) and len(bm) else str(bm)) if bm is not None else None
            alpha = min(_float(obj.get("/CA", 1)), _float(obj.get("/ca", 1)))
            if smask is not None and smask != Name("/None"):
                what = f"graphics state {_short(name)} has a soft mask"
            elif alpha < 1:
                what = f"graphics state {_short(name)} sets opacity {alpha:g}"
            elif bm_name and bm_name not in ("/Normal", "/Compatible"):
                what = f"graphics state {_short(name)} uses blend mode {bm_name.lstrip('/')}"
        elif kind == "image":
            if "/SMask" in obj or _float(obj.get("/SMaskInData", 0)):
                what = f"image {_short(name)} has a soft mask (alpha channel)"
        elif kind == "form":
            if _is_transparency_group(obj.get("/Group")):
                what = f"form {_short(name)} is a transparency group"
        if what:
            self.f.add(
                "error",
                "transparency",
                f"{what} — PDF/X-1a forbids transparency; flatten the art or build PDF/X-4",
                number,
            )

    def _scan_page(self, number: int, page: pikepdf.Page, resources) -> None:
        user_unit = _float(page.obj.get("/UserUnit", 1)) or 1.0
        scanner = _ContentScanner(self, number)
        ctm = (user_unit, 0.0, 0.0, user_unit, 0.0, 0.0)
        scanner.scan(page, resources, ctm, depth=0, active=set(), measure=True)
        scanner.report()

    # ---- ink -----------------------------------------------------------------------------------

    def _ink_unmeasured(self, why: str) -> None:
        text = f"Ghostscript could not render the pages ({why}) — total ink was not measured"
        self.f.add("warning", "ink-unmeasured", text)

    def _check_ink(self, n_pages: int) -> float | None:
        gs = shutil.which("gs") or shutil.which("gswin64c") or shutil.which("gswin32c")
        if not gs:
            self.f.add("info", "ink-skipped", "Ghostscript (gs) is not installed — total ink was not measured")
            return None
        if self.pdf.is_encrypted:
            return None
        dpi = self.opts.ink_dpi
        limit = self.opts.ink_limit
        threshold = limit * 255 / 100 + 1  # one step of rounding in the 8-bit render
        px_mm2 = (25.4 / dpi) ** 2
        worst = 0.0
        with tempfile.TemporaryDirectory(prefix="comic-ink-") as tmp:
            cmd = [
                gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc", f"-r{dpi}",
                "-dUseBleedBox", f"-sOutputFile={tmp}/p%05d.tif", str(self.path),
            ]  # fmt: skip
            try:
                run = subprocess.run(cmd, capture_output=True, timeout=max(120, 5 * n_pages), stdin=subprocess.DEVNULL)
            except (OSError, subprocess.TimeoutExpired) as exc:
                self._ink_unmeasured(str(exc))
                return None
            if run.returncode != 0:
                msg = _first_line(run.stderr.decode("utf-8", "replace") or run.stdout.decode("utf-8", "replace"))
                self._ink_unmeasured(msg)
                return None
            for tif in sorted(Path(tmp).glob("p*.tif")):
                number = int(tif.stem[1:])
                peak, over = _ink_of(tif, threshold)
                pct = peak * 100 / 255
                worst = max(worst, pct)
                if not over:
                    continue
                area = over * px_mm2
                if area >= self.opts.ink_min_area_mm2:
                    size = f"{area / 100:.1f} cm²" if area >= 100 else f"{area:.0f} mm²"
                    self.f.add(
                        "error",
                        "ink-limit",
                        f"total ink reaches {pct:.0f}% (limit {limit:g}%) over {size} — convert the art with the "
                        "printer's CMYK profile or build darks from K instead of all four inks",
                        number,
                    )
                else:
                    self.f.add(
                        "warning",
                        "ink-limit",
                        f"a few specks reach {pct:.0f}% total ink (limit {limit:g}%), "
                        f"under {self.opts.ink_min_area_mm2:g} mm² "
                        "— usually JPEG noise; check the art if the printer is strict",
                        number,
                    )
        return worst


def _ink_of(tif: Path, threshold: float) -> tuple[int, int]:
    """Peak C+M+Y+K (0..1020) and how many pixels exceed threshold, with Pillow alone (no numpy)."""
    from PIL import Image, ImageMath

    with Image.open(tif) as im:
        im.load()
        if im.mode != "CMYK":
            im = im.convert("CMYK")
        c, m, y, k = (band.convert("I") for band in im.split())
    total = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)
    peak = int(total.getextrema()[1])
    if peak <= threshold:
        return peak, 0
    over = ImageMath.lambda_eval(lambda a: (a["t"] > int(threshold)) * 255, t=total).convert("L")
    return peak, over.histogram()[255]


def _lookup(resources, category: str, name):
    """resources[category][name], or None for anything missing or malformed along the way."""
    if not isinstance(resources, pikepdf.Dictionary):
        return None
    group = resources.get(category)
    if not isinstance(group, pikepdf.Dictionary):
        return None
    return group.get(str(name))


def _float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _is_transparency_group(group) -> bool:
    return isinstance(group, pikepdf.Dictionary) and group.get("/S") == Name.Transparency


def _font_problem(font) -> str | None:
    if not isinstance(font, pikepdf.Dictionary):
        return None
    subtype = font.get("/Subtype")
    if subtype == Name.Type3:
        return None  # glyphs are drawn by the file itself
    target = font
    if subtype == Name.Type0:
        descendants = font.get("/DescendantFonts")
        if not isinstance(descendants, pikepdf.Array) or not len(descendants):
            return "has no descendant font"
        target = descendants[0]
    descriptor = target.get("/FontDescriptor") if isinstance(target, pikepdf.Dictionary) else None
    if not isinstance(descriptor, pikepdf.Dictionary):
        return "is not embedded"
    if not any(key in descriptor for key in _FONT_FILES):
        return "is not embedded"
    return None


def _resource_items(resources, seen: set, depth: int = 0) -> Iterator[tuple[str, object, object]]:
    """Every font, graphics state, image and form reachable from a resource dictionary."""
    if not isinstance(resources, pikepdf.Dictionary) or depth > _MAX_DEPTH:
        return
    key = _objkey(resources)
    if key is not None:
        if key in seen:
            return
        seen.add(key)
    fonts = resources.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for name, font in fonts.items():
            if not isinstance(font, pikepdf.Dictionary):
                continue
            yield "font", name, font
            if font.get("/Subtype") == Name.Type3:
                yield from _resource_items(font.get("/Resources"), seen, depth + 1)
    states = resources.get("/ExtGState")
    if isinstance(states, pikepdf.Dictionary):
        for name, gs in states.items():
            if isinstance(gs, pikepdf.Dictionary):
                yield "gs", name, gs
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, pikepdf.Dictionary):
        for name, xobj in xobjects.items():
            if not isinstance(xobj, pikepdf.Stream):
                continue
            subtype = xobj.get("/Subtype")
            if subtype == Name.Image:
                yield "image", name, xobj
            elif subtype == Name.Form:
                xkey = _objkey(xobj)
                if xkey is not None and ("form", xkey) in seen:
                    continue
                if xkey is not None:
                    seen.add(("form", xkey))
                yield "form", name, xobj
                yield from _resource_items(xobj.get("/Resources"), seen, depth + 1)
    patterns = resources.get("/Pattern")
    if isinstance(patterns, pikepdf.Dictionary):
        for _name, pattern in patterns.items():
            if isinstance(pattern, (pikepdf.Dictionary, pikepdf.Stream)):  # tiling patterns are streams
                yield from _resource_items(pattern.get("/Resources"), seen, depth + 1)
                gs = pattern.get("/ExtGState")
                if isinstance(gs, pikepdf.Dictionary):
                    yield "gs", _name, gs


# --------------------------------------------------------------------------------------------------
# Content streams: what is painted, in which colour space, at which resolution


_FILL_OPS = {"f", "F", "f*"}
_STROKE_OPS = {"S", "s"}
_BOTH_OPS = {"B", "B*", "b", "b*"}
_TEXT_OPS = {"Tj", "TJ", "'", '"'}


@dataclass
class _State:
    ctm: tuple
    fill: _Space
    stroke: _Space
    fill_cmyk: tuple | None = None
    text_mode: int = 0

    def copy(self) -> "_State":
        return _State(self.ctm, self.fill, self.stroke, self.fill_cmyk, self.text_mode)


_GRAY = _Space("gray", "DeviceGray")


class _ContentScanner:
    def __init__(self, check: _Preflight, page: int) -> None:
        self.check = check
        self.page = page
        self.images: dict[object, dict] = {}  # image key → name, px, lowest ppi

    # -- walking

    def scan(
        self, owner, resources, ctm, *, depth: int, active: set, measure: bool, state: _State | None = None
    ) -> None:
        if depth > _MAX_DEPTH:
            return
        try:
            instructions = pikepdf.parse_content_stream(owner)
        except Exception as exc:  # noqa: BLE001 - any parse failure is reported, not raised
            self.check.f.add(
                "warning",
                "content-unreadable",
                f"a content stream cannot be read ({_first_line(str(exc))}) — "
                "its images and colours were not checked",
                self.page,
            )
            self.check._walk_resources(self.page, resources)
            return
        gs = state.copy() if state else _State(ctm, _GRAY, _GRAY)
        gs.ctm = ctm
        stack: list[_State] = []
        for ins in instructions:
            if isinstance(ins, pikepdf.ContentStreamInlineImage):
                iimage = ins.iimage
                self._image("inline image", ("inline", id(iimage)), iimage.obj, resources, gs.ctm, measure)
                continue
            op = str(ins.operator)
            ops = ins.operands
            if op == "q":
                stack.append(gs.copy())
            elif op == "Q":
                if stack:
                    gs = stack.pop()
            elif op == "cm" and len(ops) == 6:
                gs.ctm = _mul(_matrix(ops), gs.ctm)
            elif op == "Do" and ops:
                self._do(ops[0], resources, gs, depth, active, measure)
            elif op in ("rg", "RG"):
                space = _DEVICE["/DeviceRGB"]
                if op == "rg":
                    gs.fill, gs.fill_cmyk = space, None
                else:
                    gs.stroke = space
            elif op in ("k", "K"):
                if op == "k":
                    gs.fill = _DEVICE["/DeviceCMYK"]
                    gs.fill_cmyk = tuple(_float(v) for v in ops[:4])
                else:
                    gs.stroke = _DEVICE["/DeviceCMYK"]
            elif op in ("g", "G"):
                if op == "g":
                    gs.fill, gs.fill_cmyk = _GRAY, None
                else:
                    gs.stroke = _GRAY
            elif op in ("cs", "CS") and ops:
                space = _classify(ops[0], resources)
                if op == "cs":
                    gs.fill, gs.fill_cmyk = space, None
                else:
                    gs.stroke = space
            elif op in ("sc", "scn", "SC", "SCN"):
                self._set_color(op, ops, gs, resources, depth, active)
            elif op == "sh" and ops:
                shading = _lookup(resources, "/Shading", ops[0])
                if isinstance(shading, (pikepdf.Dictionary, pikepdf.Stream)):
                    self._paint(_classify(shading.get("/ColorSpace"), resources), "a shading")
            elif op == "Tf" and ops:
                self._font(ops[0], resources)
            elif op == "gs" and ops and self.check.x1a:
                state_dict = _lookup(resources, "/ExtGState", ops[0])
                if isinstance(state_dict, pikepdf.Dictionary):
                    self.check._check_transparency(self.page, "gs", ops[0], state_dict)
            elif op == "Tr" and ops:
                gs.text_mode = int(_float(ops[0]))
            elif op in _FILL_OPS:
                self._paint(gs.fill, "vector art")
            elif op in _STROKE_OPS:
                self._paint(gs.stroke, "a line")
            elif op in _BOTH_OPS:
                self._paint(gs.fill, "vector art")
                self._paint(gs.stroke, "a line")
            elif op in _TEXT_OPS:
                mode = gs.text_mode
                if mode in (0, 2, 4, 6):
                    self._paint(gs.fill, "text")
                    self._rich_black(gs)
                if mode in (1, 2, 5, 6):
                    self._paint(gs.stroke, "text")

    def _do(self, name, resources, gs: _State, depth: int, active: set, measure: bool) -> None:
        xobj = _lookup(resources, "/XObject", name)
        if not isinstance(xobj, pikepdf.Stream):
            return
        subtype = xobj.get("/Subtype")
        key = _objkey(xobj)
        if self.check.x1a and subtype in (Name.Image, Name.Form):
            self.check._check_transparency(self.page, "image" if subtype == Name.Image else "form", name, xobj)
        if subtype == Name.Image:
            self._image(f"image {_short(name)}", key or ("direct", str(name)), xobj, resources, gs.ctm, measure)
        elif subtype == Name.Form:
            if key is not None and key in active:
                return
            form_res = xobj.get("/Resources", resources)
            ctm = _mul(_matrix(xobj.get("/Matrix", _IDENTITY)), gs.ctm)
            inner = active | ({key} if key is not None else set())
            self.scan(xobj, form_res, ctm, depth=depth + 1, active=inner, measure=measure, state=gs)

    def _font(self, name, resources) -> None:
        font = _lookup(resources, "/Font", name)
        if not isinstance(font, pikepdf.Dictionary):
            return
        self.check._check_font(self.page, name, font)
        if font.get("/Subtype") == Name.Type3:  # its glyph procedures may use fonts and images of their own
            self.check._walk_resources(self.page, font.get("/Resources"))

    def _set_color(self, op: str, ops, gs: _State, resources, depth: int, active: set) -> None:
        fill = op in ("sc", "scn")
        space = gs.fill if fill else gs.stroke
        if space.kind == "pattern" and ops and isinstance(ops[-1], pikepdf.Name):
            pattern = _lookup(resources, "/Pattern", ops[-1])
            if isinstance(pattern, pikepdf.Dictionary) and int(_float(pattern.get("/PatternType", 0))) == 2:
                shading = pattern.get("/Shading")
                if isinstance(shading, (pikepdf.Dictionary, pikepdf.Stream)):
                    self._paint(_classify(shading.get("/ColorSpace"), resources), "a gradient")
            elif isinstance(pattern, pikepdf.Stream):
                key = _objkey(pattern)
                if key is None or key not in active:
                    inner = active | ({key} if key is not None else set())
                    ctm = _mul(_matrix(pattern.get("/Matrix", _IDENTITY)), _IDENTITY)
                    # Tiling cells repeat at sizes unrelated to the page: colours count, ppi does not.
                    self.scan(pattern, pattern.get("/Resources"), ctm, depth=depth + 1, active=inner, measure=False)
            return
        if fill and space.kind in ("cmyk", "icc-cmyk") and len(ops) == 4:
            gs.fill_cmyk = tuple(_float(v) for v in ops)

    # -- what is painted

    def _paint(self, space: _Space, what: str) -> None:
        severity, text = self._space_problem(space, what)
        if severity:
            self.check.f.add(severity, "vector-colour" if what != "text" else "text-colour", text, self.page)

    def _space_problem(self, space: _Space, what: str) -> tuple[Severity | None, str]:
        check = self.check
        if space.kind == "rgb":
            return (
                "error" if check.print_ctx else "warning",
                f"{what} is painted in {space.label} — print PDFs must be CMYK; "
                "set CMYK colours or rebuild with --print",
            )
        if space.kind == "lab":
            return "warning", f"{what} is painted in Lab — the RIP converts it; prefer CMYK for predictable colour"
        if check.x1a and space.kind in ("icc-cmyk", "icc-gray"):
            return "error", f"{what} uses {space.label} — PDF/X-1a allows only device CMYK, gray and spot colours"
        return None, ""

    def _rich_black(self, gs: _State) -> None:
        if gs.fill.kind not in ("cmyk", "icc-cmyk") or not gs.fill_cmyk:
            return
        c, m, y, k = gs.fill_cmyk
        if k >= 0.8 and c + m + y > 0.05:
            values = " ".join(f"{n} {round(v * 100)}" for n, v in zip("CMYK", (c, m, y, k)))
            self.check.f.add(
                "warning",
                "rich-black-text",
                f"text is set in rich black ({values}) — four-colour text misregisters; letter in pure K (C=M=Y=0)",
                self.page,
            )

    def _image(self, label: str, key, img, resources, ctm, measure: bool) -> None:
        width, height = int(_float(img.get("/Width", 0))), int(_float(img.get("/Height", 0)))
        is_mask = bool(img.get("/ImageMask", False))
        filters = img.get("/Filter")
        if isinstance(filters, pikepdf.Array):
            filter_names = [str(x) for x in filters]
        else:
            filter_names = [str(filters)] if filters is not None else []
        entry = self.images.setdefault(key, {"label": label, "px": (width, height), "ppi": math.inf, "space": None})
        if not is_mask and entry["space"] is None:
            cs = img.get("/ColorSpace")
            if cs is None and "/JPXDecode" in filter_names:
                entry["space"] = _Space("jpx", "JPEG 2000")
            else:
                entry["space"] = _classify(cs, resources)
        if measure and width and height:
            a, b, c, d = ctm[:4]
            w_in, h_in = math.hypot(a, b) / 72, math.hypot(c, d) / 72
            if w_in > 1e-6 and h_in > 1e-6:
                entry["ppi"] = min(entry["ppi"], width / w_in, height / h_in)
        if self.check.x1a and "/JPXDecode" in filter_names:
            entry["jpx"] = True

    def report(self) -> None:
        check, f, opts = self.check, self.check.f, self.check.opts
        for entry in self.images.values():
            label, (w, h) = entry["label"], entry["px"]
            space: _Space | None = entry["space"]
            if space is not None:
                if space.kind == "rgb":
                    f.add(
                        "error" if check.print_ctx else "warning",
                        "image-rgb",
                        f"{label} ({w}×{h} px) is {space.label} — print PDFs must be CMYK; {_PRINT_FIX}",
                        self.page,
                    )
                elif space.kind == "lab":
                    text = f"{label} is Lab — prefer CMYK art for predictable colour"
                    f.add("warning", "image-colour", text, self.page)
                elif space.kind == "jpx":
                    text = f"{label} is JPEG 2000 with its colour space inside the image data — not checked"
                    f.add("info", "image-colour", text, self.page)
                elif space.kind == "unknown":
                    f.add("warning", "image-colour", f"{label} has {space.label} — check the art is CMYK", self.page)
                elif check.x1a and space.kind in ("icc-cmyk", "icc-gray"):
                    f.add(
                        "error",
                        "image-colour",
                        f"{label} is {space.label} — PDF/X-1a allows only device CMYK, gray and spot colours; "
                        "build PDF/X-4",
                        self.page,
                    )
            if entry.get("jpx"):
                f.add("error", "image-jpx", f"{label} is JPEG 2000 — PDF/X-1a (PDF 1.3) cannot contain it", self.page)
            ppi = entry["ppi"]
            if ppi is math.inf:
                continue
            # 1 % slack: art sized for trim + bleed at 300 ppi lands at 299.9 after rounding to whole pixels.
            slack = ppi * 1.01
            if slack < opts.min_ppi:
                severity: Severity = "error" if slack < opts.error_ppi else "warning"
                f.add(
                    severity,
                    "image-ppi",
                    f"{label} ({w}×{h} px) is printed at {ppi:.0f} ppi — "
                    f"print needs {opts.min_ppi:g} ppi at final size; "
                    "use higher-resolution art or place it smaller",
                    self.page,
                )


# --------------------------------------------------------------------------------------------------
# Human output


def format_text(report: PreflightReport) -> str:
    """A plain table per file: readable in a terminal, a CI log or an email to the printer."""
    facts = [report.standard or "not PDF/X", f"{report.pages} page{'s' if report.pages != 1 else ''}"]
    if report.trim_mm:
        facts.append(f"trim {report.trim_mm[0]:.1f} × {report.trim_mm[1]:.1f} mm")
    if report.max_ink is not None:
        facts.append(f"max ink {report.max_ink:.0f}%")
    n_err, n_warn = len(report.errors), len(report.warnings)
    verdict = "PASS" if report.ok else "FAIL"
    counts = []
    if n_err:
        counts.append(f"{n_err} error{'s' if n_err != 1 else ''}")
    if n_warn:
        counts.append(f"{n_warn} warning{'s' if n_warn != 1 else ''}")
    head = f"{report.path}: {verdict}" + (f" ({', '.join(counts)})" if counts else "") + " — " + ", ".join(facts)
    lines = [head]
    if report.findings:
        width = max(len(f.code) for f in report.findings)
        for f in report.findings:
            lines.append(f"  {f.severity.upper():<8} {f.code:<{width}}  {f.message}")
    return "\n".join(lines)

