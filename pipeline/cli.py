"""The `vnnews` command line: a thin layer over `pipeline.run` and `pipeline.api`.

Exit codes: 0 every input processed, 1 some inputs failed or some of their data could
not go into an output (the rest is written; run_report.json says what and why), 2 usage
error, 3 the run itself failed (a full disk, a bug): one line says why, `--debug` shows
the traceback. `vnnews extract` gives 1 when its page cannot be extracted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline import __version__

EXAMPLES = """\
examples:
  vnnews run                         # every page under raw/ into extracted/
  vnnews run raw/new-scrape --out extracted/new
  vnnews run page.html feed.jsonl    # single files work too
  vnnews run --jobs 2                # two worker processes
  vnnews run --force                 # re-do every input, not only new or changed ones
  vnnews run --engine dask --scheduler tcp://10.0.0.5:8786   # on a Dask cluster
  vnnews extract page.html --pretty  # one page's record on standard output
  curl -s URL | vnnews extract - --html | jq .people
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnnews",
        description="Turn scraped Vietnamese news pages into clean JSON and tables.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vnnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "run",
        help="extract every page under the given paths",
        description="Load, clean, tokenise and extract every page (.txt, .html, .htm, .jsonl, each also "
                    "compressed: .gz, .bz2, .xz) under PATHs; write per-article JSON, CSV tables and "
                    "run_report.json into --out.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                     help="input files or folders (default: raw/)")
    run.add_argument("--out", type=Path, default=Path("extracted"), metavar="DIR",
                     help="output folder (default: extracted/)")
    run.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes for the local engine (default: the number of cores)")
    run.add_argument("--force", action="store_true",
                     help="re-do every input; by default unchanged inputs are taken from the last run")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where pages are processed: local processes, or a Dask cluster (needs vnnews[dask])")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: the scheduler address (tcp://host:8786); none starts a local cluster")
    run.add_argument("--furniture", type=Path, metavar="FILE",
                     help="lines of site<TAB>strip|keep<TAB>line that win over the furniture learned per site "
                          "(see site_furniture.json in the output)")
    run.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    run.add_argument("--debug", action="store_true", help="show the traceback when the run itself fails")
    one = sub.add_parser(
        "extract",
        help="write one page's record as JSON to standard output",
        description="Extract one page (a .txt, .html or .htm file, or - for standard input) and write its record, "
                    "the JSON `vnnews run` writes as json/<id>.json, to standard output; errors go to standard error.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    one.add_argument("file", metavar="FILE", help="the page, or - to read standard input")
    what = one.add_mutually_exclusive_group()
    what.add_argument("--html", action="store_true", help="standard input is HTML (default: told by its tags)")
    what.add_argument("--text", action="store_true", help="standard input is text, its headline on the first lines")
    one.add_argument("--id", default="stdin", help="the record's id when reading standard input (default: stdin)")
    one.add_argument("--title", help="the headline, when standard input is the body alone")
    one.add_argument("--url", help="the page's address")
    one.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date, when the page does not say")
    one.add_argument("--pretty", action="store_true", help="indent the JSON")
    one.add_argument("--debug", action="store_true", help="show the traceback when extraction itself fails")
    return parser


def _failed(args: argparse.Namespace, err: Exception, what: str, reassurance: str) -> int:
    """Exit code 3 with one line, or the traceback with --debug."""
    if args.debug:
        raise err
    print(f"vnnews: {what}: {type(err).__name__}: {err}.{reassurance} Run again with --debug to see where, and "
          "please report it.", file=sys.stderr)
    return 3


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """`vnnews extract FILE|-`: one record to standard output, exit codes as `run`."""
    from pipeline import api  # noqa: PLC0415  (keeps --help fast)

    if args.file != "-" and not Path(args.file).is_file():
        parser.error(f"no such file: {args.file}")
    try:
        if args.file == "-":
            record = api.extract(sys.stdin.buffer.read(), html=True if args.html else False if args.text else None,
                                 title=args.title, url=args.url, published=args.published, id=args.id)
        else:
            record = api.extract_file(args.file)
    except api.PageError as err:
        print(f"vnnews: {args.file}: {err}", file=sys.stderr)
        return 1
    except Exception as err:
        return _failed(args, err, "extraction failed", "")
    sys.stdout.write(api.to_json(record, pretty=args.pretty) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # Vietnamese on any console
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(parser, args)
    paths = args.paths or [Path("raw")]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    from pipeline.run import run  # noqa: PLC0415  (keeps --help fast)

    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out: {args.out} is a file, not a folder")
    if args.furniture:
        from pipeline.sites import read_rules  # noqa: PLC0415

        try:
            read_rules(args.furniture)
        except (OSError, ValueError) as err:
            parser.error(f"--furniture: {err}")
    try:
        report = run(paths, args.out, jobs=args.jobs, force=args.force, engine=args.engine,
                     scheduler=args.scheduler, progress=not args.quiet, furniture=args.furniture)
    except KeyboardInterrupt:
        print("\nvnnews: interrupted; the outputs of the last complete run are intact, run again to finish",
              file=sys.stderr)
        return 130
    except Exception as err:
        return _failed(args, err, "the run failed", " The outputs of the last complete run are intact.")
    for item in report.inputs:
        if item["status"] == "failed":
            print(f"vnnews: {item['input']}: {item['reason']}", file=sys.stderr)
    for item in report.problems:
        where = f"article {item['article_id']}" if item["article_id"] else item["table"] or "the whole output"
        print(f"vnnews: {item['output']}: {where}: {item['reason']}", file=sys.stderr)
    if not args.quiet:
        print(f"vnnews: {report.summary_line()} -> {args.out}/ (details in run_report.json)", file=sys.stderr)
    return 1 if report.failed or report.problems else 0
