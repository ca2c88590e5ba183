"""PDF/X finishing: ReportLab cannot write PDF/X itself, so a pikepdf post-step adds what printers check.

ReportLab drops custom Info keys and catalog OutputIntents, so the OutputIntent with its ICC profile, the
GTS_PDFX* identification, Trapped, the XMP packet and the version number are added here to an otherwise
finished CMYK PDF. Streams are copied as they are (re-compressing a 24-page book takes 40 s instead of 2 s),
and every value written is derived from the input and the settings, so the same book gives the same bytes.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from comic.atomic import atomic_path

__all__ = ["PdfxError", "PdfxSettings", "finalize", "PDFX_VERSIONS"]

# What each supported standard writes as its identification and the PDF version it is built on.
PDFX_VERSIONS = {
    "X-4": ("PDF/X-4", "1.6"),
    "X-1a": ("PDF/X-1a:2001", "1.3"),
}
_BOX_TOLERANCE = 0.01  # points; ReportLab writes boxes from floats


class PdfxError(ValueError):
    """The input cannot become the requested PDF/X file; the message says what to change."""


@dataclass(frozen=True, kw_only=True)
class PdfxSettings:
    """Everything PDF/X asks for that the page drawing does not know.

    `date` is fixed by the caller (not "now") so a rebuild of unchanged input gives identical bytes.
    """

    version: Literal["X-4", "X-1a"] = "X-4"
    profile: Path
    output_condition: str
    registry: str = "http://www.color.org"
    title: str
    date: datetime
    trapped: bool = False


def finalize(src: Path, dst: Path, settings: PdfxSettings) -> None:
    """Turn the CMYK PDF at src into the PDF/X file dst (written atomically; src may equal dst)."""
    src, dst = Path(src), Path(dst)
    # Seeds the XMP document id: same input and settings, same id.
    seed = hashlib.sha256()
    try:
        with src.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                seed.update(chunk)
    except OSError as exc:
        raise PdfxError(f"{src}: cannot read the PDF ({exc.strerror or exc}) — check the path") from exc
    try:
        pdf = pikepdf.open(src)
    except pikepdf.PasswordError as exc:
        raise PdfxError(f"{src}: the PDF is encrypted — PDF/X forbids encryption; write it without a password") from exc
    except pikepdf.PdfError as exc:
        raise PdfxError(f"{src}: not a readable PDF ({exc}) — rebuild it") from exc
    with pdf:
        extra = finish_in_place(pdf, settings, seed.digest(), name=str(src))
        with atomic_path(dst) as tmp:
            pdf.save(tmp, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True, **extra)


def finish_in_place(pdf: pikepdf.Pdf, settings: PdfxSettings, seed: bytes, *, name: str) -> dict:
    """Make the open document PDF/X before it is first written (the build's one pass over the file);
    returns the arguments its `save` needs. `seed` stands for the document's content (same content and
    settings, same XMP id); `name` is what error messages call the file."""
    if settings.version not in PDFX_VERSIONS:
        raise PdfxError(f"unknown PDF/X version '{settings.version}' — use 'X-4' or 'X-1a'")
    icc = _read_cmyk_profile(Path(settings.profile))
    if pdf.is_encrypted:
        raise PdfxError(f"{name}: the PDF is encrypted — PDF/X forbids encryption; write it without a password")
    _check_boxes(pdf, name)
    if settings.version == "X-1a":
        _refuse_transparency(pdf, name)
    digest = hashlib.sha256(seed)
    digest.update(icc.data)
    digest.update(repr(_settings_key(settings)).encode("utf-8"))
    _write_pdfx_objects(pdf, settings, icc, digest.digest())
    return {"force_version": PDFX_VERSIONS[settings.version][1], "fix_metadata_version": False,
            "preserve_pdfa": False}


@dataclass(frozen=True)
class _Profile:
    data: bytes
    description: str


def _read_cmyk_profile(path: Path) -> _Profile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PdfxError(
            f"{path}: cannot read the ICC profile ({exc.strerror or exc}) — "
            "ship it under assets/icc/ or point the print settings at a CMYK printer profile"
        ) from exc
    if len(data) < 132 or data[36:40] != b"acsp":
        raise PdfxError(f"{path}: not an ICC profile — use a CMYK printer profile such as ISOcoated_v2_300_bas.icc")
    if data[16:20] != b"CMYK":
        space = data[16:20].decode("latin-1").strip()
        raise PdfxError(f"{path}: the ICC profile is {space}, not CMYK — PDF/X needs the printer's CMYK profile")
    if data[12:16] != b"prtr":
        kind = data[12:16].decode("latin-1").strip()
        raise PdfxError(f"{path}: the ICC profile is a '{kind}' profile — PDF/X needs an output (prtr) profile")
    return _Profile(data, _icc_description(data) or path.stem)


def _icc_description(data: bytes) -> str:
    """The profile's own name (desc tag), shown by RIPs as the output condition."""
    try:
        (count,) = struct.unpack(">I", data[128:132])
        for i in range(count):
            sig, off, size = struct.unpack(">4sII", data[132 + 12 * i : 144 + 12 * i])
            if sig != b"desc":
                continue
            tag = data[off : off + size]
            if tag[:4] == b"desc":  # ICC v2 textDescriptionType
                (n,) = struct.unpack(">I", tag[8:12])
                return tag[12 : 12 + n].rstrip(b"\0").decode("ascii", "replace").strip()
            if tag[:4] == b"mluc":  # ICC v4 multiLocalizedUnicodeType: first record
                length, offset = struct.unpack(">II", tag[20:28])
                return tag[offset : offset + length].decode("utf-16-be", "replace").rstrip("\0").strip()
    except (struct.error, UnicodeDecodeError):
        pass
    return ""


def _settings_key(s: PdfxSettings) -> tuple:
    return (s.version, s.output_condition, s.registry, s.title, s.date.isoformat(), s.trapped)


def _rect(value) -> tuple[float, float, float, float]:
    x1, y1, x2, y2 = (float(v) for v in value)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _inside(inner, outer) -> bool:
    t = _BOX_TOLERANCE
    return inner[0] >= outer[0] - t and inner[1] >= outer[1] - t and inner[2] <= outer[2] + t and inner[3] <= outer[3] + t


def _inherited(page: pikepdf.Dictionary, key: str):
    node, seen = page, 0
    while node is not None and seen < 64:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        seen += 1
    return None


def _check_boxes(pdf: pikepdf.Pdf, src: Path) -> None:
    problems = []
    for number, page in enumerate(pdf.pages, start=1):
        obj = page.obj
        media = _inherited(obj, "/MediaBox")
        trim, bleed = obj.get("/TrimBox"), obj.get("/BleedBox")
        missing = [name for name, box in (("TrimBox", trim), ("BleedBox", bleed)) if box is None]
        if missing:
            problems.append(f"page {number} has no {' or '.join(missing)}")
            continue
        media_r = _rect(media) if media is not None else None
        trim_r, bleed_r = _rect(trim), _rect(bleed)
        if not _inside(trim_r, bleed_r):
            problems.append(f"page {number}: TrimBox {_fmt(trim_r)} is not inside BleedBox {_fmt(bleed_r)}")
        if media_r is not None and not _inside(bleed_r, media_r):
            problems.append(f"page {number}: BleedBox {_fmt(bleed_r)} is not inside MediaBox {_fmt(media_r)}")
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise PdfxError(
            f"{src}: {shown} — PDF/X needs TrimBox and BleedBox on every page with MediaBox ⊇ BleedBox ⊇ TrimBox; "
            "draw pages with Canvas(trimBox=..., bleedBox=...) and pagesize = trim + 2 × bleed"
        )


def _fmt(r) -> str:
    return "[" + " ".join(f"{v:g}" for v in r) + "]"


def _refuse_transparency(pdf: pikepdf.Pdf, src: Path) -> None:
    """PDF/X-1a has no transparency; forcing PDF 1.3 over it would hide it, not remove it."""
    seen: set = set()
    found: list[str] = []

    def walk(resources, page_no: int, depth: int = 0) -> None:
        if not isinstance(resources, pikepdf.Dictionary) or depth > 16:
            return
        for gs_name, gs in (resources.get("/ExtGState") or {}).items():
            if not isinstance(gs, pikepdf.Dictionary):
                continue
            smask = gs.get("/SMask")
            bm = gs.get("/BM")
            if (
                (smask is not None and smask != Name("/None"))
                or float(gs.get("/CA", 1)) < 1
                or float(gs.get("/ca", 1)) < 1
                or (bm is not None and _blend_mode(bm) not in ("/Normal", "/Compatible"))
            ):
                found.append(f"page {page_no}: graphics state {gs_name}")
        for name, xobj in (resources.get("/XObject") or {}).items():
            if not isinstance(xobj, pikepdf.Stream):
                continue
            key = xobj.objgen if xobj.is_indirect else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            if xobj.get("/Subtype") == Name.Image:
                if "/SMask" in xobj or int(xobj.get("/SMaskInData", 0)):
                    found.append(f"page {page_no}: image {name} has a soft mask")
            elif xobj.get("/Subtype") == Name.Form:
                if _is_transparency_group(xobj.get("/Group")):
                    found.append(f"page {page_no}: form {name} is a transparency group")
                walk(xobj.get("/Resources"), page_no, depth + 1)

    for number, page in enumerate(pdf.pages, start=1):
        if _is_transparency_group(page.obj.get("/Group")):
            found.append(f"page {number}: the page is a transparency group")
        walk(_inherited(page.obj, "/Resources"), number)
    if found:
        shown = "; ".join(found[:5]) + (f"; and {len(found) - 5} more" if len(found) > 5 else "")
        raise PdfxError(
            f"{src}: uses transparency ({shown}) — PDF/X-1a forbids it; build PDF/X-4 instead or draw without alpha"
        )


def _blend_mode(bm) -> str:
    if isinstance(bm, pikepdf.Array):
        return str(bm[0]) if len(bm) else "/Normal"
    return str(bm)


def _is_transparency_group(group) -> bool:
    return isinstance(group, pikepdf.Dictionary) and group.get("/S") == Name.Transparency


def _pdf_date(d: datetime) -> str:
    d = d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    off = d.utcoffset()
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return d.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hh:02d}'{mm:02d}'"


def _xmp_date(d: datetime) -> str:
    d = d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    return d.replace(microsecond=0).isoformat()


def _write_pdfx_objects(pdf: pikepdf.Pdf, s: PdfxSettings, icc: _Profile, seed: bytes) -> None:
    ident, _ = PDFX_VERSIONS[s.version]

    profile = pikepdf.Stream(pdf, b"")
    profile.write(zlib.compress(icc.data, 6), filter=Name.FlateDecode)
    profile.N = 4
    profile.Alternate = Name.DeviceCMYK
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=String(s.output_condition),
        OutputCondition=String(icc.description),
        Info=String(icc.description),
        RegistryName=String(s.registry),
        DestOutputProfile=pdf.make_indirect(profile),
    )
    pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])

    info = pdf.docinfo  # creates the Info dictionary when the input has none
    producer = str(info.get("/Producer", "")) or "comic"
    creator = str(info.get("/Creator", "")) or "comic"
    if creator == "anonymous":  # ReportLab's placeholder says nothing to a printer
        creator = "comic"
        info.Creator = String(creator)
    # ReportLab's placeholders would reach the printer's job ticket; a real value is kept and mirrored in XMP.
    for key, placeholder in (("/Author", "anonymous"), ("/Subject", "unspecified"), ("/Keywords", "")):
        if key in info and str(info[key]).strip() == placeholder:
            del info[key]
    extra = {k: str(info[k]) for k in ("/Author", "/Subject", "/Keywords") if k in info}
    info.Title = String(s.title)
    info.CreationDate = String(_pdf_date(s.date))
    info.ModDate = String(_pdf_date(s.date))
    info.Trapped = Name("/True") if s.trapped else Name("/False")
    info.GTS_PDFXVersion = String(ident)
    if s.version == "X-1a":
        info.GTS_PDFXConformance = String(ident)
    elif "/GTS_PDFXConformance" in info:
        del info["/GTS_PDFXConformance"]

    xmp = _xmp_packet(s, ident, producer=producer, creator=creator, extra=extra, seed=seed)
    meta = pikepdf.Stream(pdf, xmp)  # uncompressed: tools that read XMP without a PDF parser can find it
    meta.Type = Name.Metadata
    meta.Subtype = Name.XML
    pdf.Root.Metadata = pdf.make_indirect(meta)

    # qpdf derives both /ID halves from the written bytes only when no /ID is present.
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]


def _xmp_packet(s: PdfxSettings, ident: str, *, producer: str, creator: str, extra: dict, seed: bytes) -> bytes:
    date = _xmp_date(s.date)
    doc_id = uuid.UUID(bytes=seed[:16], version=4)
    inst_id = uuid.UUID(bytes=seed[16:32], version=4)
    if s.version == "X-4":
        pdfx = f"   <pdfxid:GTS_PDFXVersion>{ident}</pdfxid:GTS_PDFXVersion>\n"
    else:
        pdfx = (
            f"   <pdfx:GTS_PDFXVersion>{ident}</pdfx:GTS_PDFXVersion>\n"
            f"   <pdfx:GTS_PDFXConformance>{ident}</pdfx:GTS_PDFXConformance>\n"
        )
    described = ""
    if "/Author" in extra:
        described += f"   <dc:creator><rdf:Seq><rdf:li>{escape(extra['/Author'])}</rdf:li></rdf:Seq></dc:creator>\n"
    if "/Subject" in extra:
        described += (
            '   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(extra['/Subject'])}</rdf:li></rdf:Alt></dc:description>\n"
        )
    if "/Keywords" in extra:
        described += f"   <pdf:Keywords>{escape(extra['/Keywords'])}</pdf:Keywords>\n"
    body = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"\n'
        '    xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"\n'
        '    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">\n'
        "   <dc:format>application/pdf</dc:format>\n"
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(s.title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"{described}"
        f"   <xmp:CreateDate>{date}</xmp:CreateDate>\n"
        f"   <xmp:ModifyDate>{date}</xmp:ModifyDate>\n"
        f"   <xmp:MetadataDate>{date}</xmp:MetadataDate>\n"
        f"   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>\n"
        f"   <pdf:Producer>{escape(producer)}</pdf:Producer>\n"
        f"   <pdf:Trapped>{'True' if s.trapped else 'False'}</pdf:Trapped>\n"
        f"   <xmpMM:DocumentID>uuid:{doc_id}</xmpMM:DocumentID>\n"
        f"   <xmpMM:InstanceID>uuid:{inst_id}</xmpMM:InstanceID>\n"
        "   <xmpMM:VersionID>1</xmpMM:VersionID>\n"
        "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n"
        f"{pdfx}"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
    )
    # Padding lets other tools edit the packet in place, as the XMP specification recommends.
    padding = (" " * 99 + "\n") * 20
    return (body + padding + '<?xpacket end="w"?>').encode("utf-8")
