"""`comic i18n`: the translators' side of the book — PO files under scripts/i18n/.

  extract      refresh scripts/i18n/messages.pot from the scripts
  update       extract, then merge into every <lang>.po (new, fuzzy, obsolete)
  add LANG     start a language: its PO file and an entry in book.yaml's languages
  status       per language: translated, fuzzy, missing (--format json for tools)

Writing steps refuse to run on scripts with errors: a scene that failed to load would make all its
translations obsolete. `--force` overrides that (obsolete entries come back on the next clean update).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from comic.commands.common import add_common, print_report

if TYPE_CHECKING:
    from comic.diagnostics import Report
    from comic.i18n import workflow


def _project_arg(p: argparse.ArgumentParser) -> None:
    # The same options again after the action (`comic i18n status -C book`); SUPPRESS keeps a value given
    # before the action (`comic i18n -C book status`) from being overwritten by a default.
    p.add_argument("--project", "-C", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                   help="project folder (default: the current folder)")
    p.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print errors only")
    p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                   help="also print information messages")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "i18n", help="translations: PO files for translators (extract, update, add, status)",
        description="Keep one gettext PO file per language under scripts/i18n/ in step with the scripts. "
                    "See docs/translating.md.")
    add_common(p)
    sub = p.add_subparsers(dest="i18n_action", metavar="ACTION", required=True)

    q = sub.add_parser("extract", help="refresh scripts/i18n/messages.pot from the scripts",
                       description="Write every translatable string to scripts/i18n/messages.pot (the template).")
    _project_arg(q)
    q.add_argument("--force", action="store_true", help="write even if the scripts have errors")

    q = sub.add_parser("update", help="extract, then merge the strings into every language's PO file",
                       description="New strings are added, strings removed from the scripts become obsolete (#~), "
                                   "translations whose source changed are marked fuzzy with the old source kept "
                                   "(#| msgid). Languages listed in book.yaml without a PO file get one.")
    _project_arg(q)
    q.add_argument("languages", nargs="*", metavar="LANG", help="only these languages (default: all)")
    q.add_argument("--force", action="store_true", help="write even if the scripts have errors")

    q = sub.add_parser("add", help="start a new language: its PO file and an entry in book.yaml",
                       description="Create scripts/i18n/LANG.po from the current strings (inline translations "
                                   "already in the scripts are filled in) and add LANG to `languages:` in "
                                   "scripts/book.yaml, keeping the file's comments.")
    _project_arg(q)
    q.add_argument("language", metavar="LANG", help="language code, e.g. de, pt-BR")
    q.add_argument("--force", action="store_true", help="write even if the scripts have errors")

    q = sub.add_parser("status", help="per language: translated, fuzzy and missing strings",
                       description="Count every language's strings against the scripts as they are now.")
    _project_arg(q)
    q.add_argument("languages", nargs="*", metavar="LANG", help="only these languages (default: all)")
    q.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    q.add_argument("--check", action="store_true", help="exit with status 1 unless every language is complete")
    return p


def _show(report: Report, args: argparse.Namespace) -> None:
    print_report(report, args)


def run(args: argparse.Namespace) -> int:
    # imported here, not at the top: keeps start-up of the other commands (`comic build`) light
    from comic.diagnostics import Report
    from comic.i18n import workflow
    from comic.i18n.po import po_path, rel
    from comic.script import load_book
    from comic.script.types import LANG_RE

    root = Path(getattr(args, "project", None) or ".")
    action = getattr(args, "i18n_action", None)
    langs = getattr(args, "languages", None) or []
    if action == "add":
        langs = [args.language]
    for lang in langs:
        if not LANG_RE.match(lang):
            print(f"comic i18n {action}: '{lang}' is not a language code — use a code such as de, bg or pt-BR",
                  file=sys.stderr)
            return 2
    report = Report(root=root)
    book = load_book(root, report)
    if book is None:
        _show(report, args)
        return 1
    if action == "status":
        return _status(book, report, args)
    if report.errors and not args.force:
        _show(report, args)
        print(f"comic i18n {action}: the scripts have {len(report.errors)} error(s); fix them first so no "
              "translation is lost (or use --force)", file=sys.stderr)
        return 1
    # Past this point only errors forced through are worth repeating; loader warnings belong to `comic check`.
    report = Report(root=root, items=list(report.errors) if args.force else [])
    if action == "extract":
        done = workflow.extract(book)
        print(f"{rel(root, done.path)}: {len(done.units)} strings ({'updated' if done.written else 'unchanged'})")
        _show(report, args)
        return 1 if report.errors else 0
    if action == "update":
        for lang in langs:
            if lang == book.source_language:
                print(f"comic i18n update: {lang} is the source language; it has no PO file", file=sys.stderr)
                return 1
            if lang not in book.languages and not po_path(root, lang).is_file():
                print(f"comic i18n update: {lang} is not one of the book's languages — start it with "
                      f"`comic i18n add {lang}`", file=sys.stderr)
                return 1
        extracted, results = workflow.update(book, report, languages=langs or None)
        print(f"{rel(root, extracted.path)}: {len(extracted.units)} strings "
              f"({'updated' if extracted.written else 'unchanged'})")
        for r in results:
            print(_updated_line(root, r))
        _show(report, args)
        return 1 if report.errors else 0
    if action == "add":
        return _add(book, args.language, report, root, args)
    return 2


def _updated_line(root: Path, r: workflow.Updated) -> str:
    from comic.i18n.po import language_name, rel

    m = r.merge
    if r.created:
        extra = f" ({len(m.inline)} filled from inline translations)" if m and m.inline else ""
        return f"{rel(root, r.path)}: created for {language_name(r.language)}, {len(m.new) if m else 0} strings{extra}"
    if not r.written:
        return f"{rel(root, r.path)}: unchanged"
    return f"{rel(root, r.path)}: {m.summary()}" if m else f"{rel(root, r.path)}: updated"


def _add(book, lang: str, report: Report, root: Path, args: argparse.Namespace) -> int:
    from comic.i18n import workflow

    if lang == book.source_language:
        print(f"comic i18n add: {lang} is the source language of the book; translations go into other languages",
              file=sys.stderr)
        return 1
    added = workflow.add(book, lang, report)
    for note in added.notes:
        print(note)
    if added.po is not None:
        print(_updated_line(root, added.po))
    status = 1 if report.errors else 0
    edit = added.book_edit
    if edit is None:
        print(f"{book.file}: {lang} is already in the book's languages")
    elif edit.changed:
        print(f"{book.file}:{edit.line}: added {lang} to the book's languages")
    else:
        where = f"{book.file}:{edit.line}" if edit.line else book.file
        print(f"{where}: could not add {lang} to the languages safely — {edit.manual}", file=sys.stderr)
        status = 1
    _show(report, args)
    return status


def _status(book, report: Report, args: argparse.Namespace) -> int:
    import json

    from comic.build import lettering_status
    from comic.i18n import status as status_mod

    rows = status_mod.book_status(book, report, languages=args.languages or None, extra=lettering_status)
    if args.format == "json":
        data = {"title": book.title.source, "source_language": book.source_language,
                "total": rows[0].total if rows else len(status_mod.book_units(book)),
                "languages": [r.to_json() for r in rows],
                "diagnostics": [d.to_json() for d in report.sorted()]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _show(report, args)
        print(status_mod.format_table(book, rows))
    if args.check and not all(r.complete for r in rows):
        return 1
    return 1 if report.errors else 0
