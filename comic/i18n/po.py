"""The PO files: one template (messages.pot) and one catalogue per language under scripts/i18n/.

Everything written here is deterministic: entries in reading order, obsolete ones sorted by key, dates
carried over unless the content changed, so re-running a command without changes leaves the files
byte-identical and version control shows only real edits. Files are written the way polib writes them
(78-column wrap) so reading and re-saving one with polib changes nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import polib

from comic.atomic import atomic_write
from comic.diagnostics import Pos, Report
from comic.i18n.units import Unit

I18N_DIR = Path("scripts/i18n")
POT_NAME = "messages.pot"
WRAP = 78
FUZZY = "fuzzy"

# Names for the Language-Team header and messages; any other code is shown as itself.
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hr": "Croatian",
    "hu": "Hungarian", "is": "Icelandic", "it": "Italian", "lb": "Luxembourgish", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "mt": "Maltese", "nl": "Dutch", "no": "Norwegian", "nb": "Norwegian Bokmål",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
}


def language_name(lang: str) -> str:
    base = lang.split("-")[0]
    if base not in LANGUAGE_NAMES:
        return lang
    return LANGUAGE_NAMES[base] if base == lang else f"{LANGUAGE_NAMES[base]} ({lang})"


def i18n_dir(root: Path) -> Path:
    return Path(root) / I18N_DIR


def pot_path(root: Path) -> Path:
    return i18n_dir(root) / POT_NAME


def po_path(root: Path, lang: str) -> Path:
    return i18n_dir(root) / f"{lang}.po"


def rel(root: Path, path: Path) -> str:
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)


def po_languages(root: Path) -> list[str]:
    """Languages that have a PO file, sorted."""
    folder = i18n_dir(root)
    return sorted(p.stem for p in folder.glob("*.po")) if folder.is_dir() else []


def stamp(now: datetime | None = None) -> str:
    """A PO date. SOURCE_DATE_EPOCH (reproducible builds) wins over the clock."""
    if now is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit() else datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M+0000")


# ---------------------------------------------------------------- reading

def read_po(path: Path, report: Report, display: str | None = None) -> polib.POFile | None:
    """Parse a PO/POT file; a broken file becomes one diagnostic at its line, never a traceback."""
    display = display or str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        report.error("po-encoding", f"the file is not UTF-8 (byte {e.start})", Pos(display, 1, 1),
                     hint="save it as UTF-8 (Poedit: Catalogue → Properties → charset UTF-8)")
        return None
    except OSError as e:
        report.error("po-unreadable", f"cannot read the file: {e.strerror}", Pos(display),
                     hint="check the path and permissions")
        return None
    try:
        po = polib.pofile(text, wrapwidth=WRAP, encoding="utf-8")
    except (OSError, ValueError) as e:
        match = re.search(r"\(line (\d+)\)", str(e))
        report.error("po-syntax", "the PO file has a syntax error", Pos(display, int(match.group(1)) if match else 1, 1),
                     hint="fix it in a PO editor (Poedit) or check quotes and msgid/msgstr pairs; `msgfmt --check` "
                          "shows details")
        return None
    po.fpath = str(path)
    return po


def render(po: polib.POFile) -> str:
    return str(po)


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically unless the file already holds exactly this text; True if written."""
    path = Path(path)
    if path.is_file():
        try:
            if path.read_bytes() == text.encode("utf-8"):
                return False
        except OSError:
            pass
    atomic_write(path, text)
    return True


def header_date(text: str, field_name: str) -> str | None:
    match = re.search(rf'^"{re.escape(field_name)}: ([^"\\]*)\\n"$', text, re.M)
    return (match.group(1).strip() or None) if match else None


# ---------------------------------------------------------------- building

def make_entry(unit: Unit, msgstr: str = "") -> polib.POEntry:
    return polib.POEntry(msgctxt=unit.key, msgid=unit.source, msgstr=msgstr, comment="\n".join(unit.comments),
                         occurrences=[unit.reference])


def _metadata(title: str, pot_date: str, revision: str, lang: str | None) -> dict[str, str]:
    return {
        "Project-Id-Version": title,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": pot_date,
        "PO-Revision-Date": revision,
        "Last-Translator": "",
        "Language-Team": language_name(lang) if lang else "",
        "Language": lang.replace("-", "_") if lang else "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }


def build_pot(units: list[Unit], title: str, pot_date: str) -> polib.POFile:
    pot = polib.POFile(wrapwidth=WRAP, encoding="utf-8")
    pot.header = (f"Translatable texts of {title}.\n"
                  "Made by `comic i18n extract` from the scene scripts: do not edit it; translate\n"
                  "scripts/i18n/<language>.po instead (see docs/translating.md).")
    pot.metadata = _metadata(title, pot_date, pot_date, None)
    for unit in units:
        pot.append(make_entry(unit))
    return pot


def new_po(units: list[Unit], lang: str, title: str, pot_date: str, revision: str) -> polib.POFile:
    """A fresh catalogue for lang, holding the inline translations the scripts already give."""
    po = polib.POFile(wrapwidth=WRAP, encoding="utf-8")
    po.header = _po_header(lang, title)
    po.metadata = _metadata(title, pot_date, revision, lang)
    for unit in units:
        po.append(make_entry(unit, unit.inline.get(lang, "")))
    return po


def _po_header(lang: str, title: str) -> str:
    return (f"{language_name(lang)} translation of {title}.\n"
            "msgctxt: a stable id from the scripts. #. comments: what the text is, who\n"
            "says it, where, and how long the source is. See docs/translating.md.")


@dataclass
class MergeResult:
    po: polib.POFile
    new: list[str] = field(default_factory=list)         # keys added (empty or from inline translations)
    changed: list[str] = field(default_factory=list)     # keys whose source changed: now fuzzy
    obsolete: list[str] = field(default_factory=list)    # keys no longer in the scripts: now #~
    revived: list[str] = field(default_factory=list)     # obsolete keys that came back
    inline: list[str] = field(default_factory=list)      # keys filled from inline translations
    renamed: list[str] = field(default_factory=list)     # new keys given the translation of a removed one (fuzzy)

    def summary(self) -> str:
        parts = [f"{len(self.new)} new", f"{len(self.changed)} changed (fuzzy)", f"{len(self.obsolete)} obsolete"]
        if self.revived:
            parts.append(f"{len(self.revived)} back from obsolete")
        if self.renamed:
            parts.append(f"{len(self.renamed)} matched to a renamed id (fuzzy)")
        if self.inline:
            parts.append(f"{len(self.inline)} taken from inline translations")
        return ", ".join(parts)


def merge(old: polib.POFile, units: list[Unit], lang: str, title: str, pot_date: str) -> MergeResult:
    """What msgmerge does, keyed on msgctxt: keep translations, mark changed sources fuzzy with the previous
    source kept (#| msgid), make removed strings obsolete (#~), revive obsolete ones that come back."""
    active: dict[str | None, polib.POEntry] = {}
    dead: dict[str | None, polib.POEntry] = {}
    for e in old:
        (dead if e.obsolete else active).setdefault(e.msgctxt, e)

    po = polib.POFile(wrapwidth=WRAP, encoding="utf-8")
    po.header = old.header or _po_header(lang, title)
    meta = _metadata(title, pot_date, "", lang)
    meta.update({k: v for k, v in old.metadata.items() if k != "Project-Id-Version" and k != "POT-Creation-Date"})
    meta["POT-Creation-Date"] = pot_date
    if not meta.get("PO-Revision-Date"):
        meta["PO-Revision-Date"] = pot_date
    po.metadata = meta
    result = MergeResult(po)
    # Translations of strings that left under one id, by text: an id renamed by the writer keeps its work.
    keys = {unit.key for unit in units}
    left: dict[str, polib.POEntry] = {}
    for e in list(active.values()) + list(dead.values()):
        if e.msgctxt not in keys and e.msgstr:
            left.setdefault(e.msgid, e)

    for unit in units:
        prev = active.pop(unit.key, None)
        if prev is None:
            prev = dead.pop(unit.key, None)
            if prev is not None:
                result.revived.append(unit.key)
        entry = make_entry(unit)
        if prev is None:
            result.new.append(unit.key)
        else:
            entry.tcomment = prev.tcomment
            if prev.msgid == unit.source:
                entry.msgstr = prev.msgstr
                entry.flags = list(dict.fromkeys(prev.flags))
                if entry.fuzzy and prev.previous_msgid:
                    entry.previous_msgid = prev.previous_msgid
                    entry.previous_msgctxt = prev.previous_msgctxt
            elif prev.msgstr:
                entry.msgstr = prev.msgstr
                entry.flags = list(dict.fromkeys([f for f in prev.flags if f != FUZZY] + [FUZZY]))
                # The translation was made for the oldest source still remembered.
                if prev.fuzzy and prev.previous_msgid:
                    entry.previous_msgid, entry.previous_msgctxt = prev.previous_msgid, prev.previous_msgctxt
                else:
                    entry.previous_msgid = prev.msgid
                result.changed.append(unit.key)
        moved = left.get(unit.source)
        if not entry.msgstr and not unit.inline.get(lang) and moved is not None:
            # Same words under an id that left: probably renamed, but speaker or place may differ — review.
            entry.msgstr = moved.msgstr
            entry.flags = list(dict.fromkeys(entry.flags + [FUZZY]))
            entry.previous_msgctxt = moved.msgctxt
            entry.previous_msgid = moved.msgid      # gettext wants a previous msgid with a previous msgctxt
            result.renamed.append(unit.key)
        if not entry.msgstr and unit.inline.get(lang):
            entry.msgstr = unit.inline[lang]
            entry.flags = [f for f in entry.flags if f != FUZZY]
            entry.previous_msgid = None
            result.inline.append(unit.key)
        po.append(entry)

    gone = [(e, True) for e in active.values()] + [(e, False) for e in dead.values()]
    for e, newly in sorted(gone, key=lambda pair: (pair[0].msgctxt or "", pair[0].msgid)):
        if not e.msgstr:
            continue  # nothing to keep
        if newly:
            result.obsolete.append(e.msgctxt or e.msgid)
        po.append(polib.POEntry(msgctxt=e.msgctxt, msgid=e.msgid, msgstr=e.msgstr, flags=list(e.flags),
                                tcomment=e.tcomment, obsolete=True))
    return result

