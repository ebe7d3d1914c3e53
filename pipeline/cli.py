"""The ``anugerah`` / ``python -m pipeline`` command line: parses arguments
and calls one function per command. Extraction (and spaCy) is imported only
by the commands that extract."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import IO

from pipeline import __version__


class CommandError(Exception):
    """A failure to report as one line, without a traceback."""


@contextmanager
def _open_input(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin
        return
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            yield fh
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from exc


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_stream

    status = 0
    for path in args.files:
        with _open_input(path) as fh:
            status |= extract_stream(fh, sys.stdout, sys.stderr)
    return status


def cmd_eval(args: argparse.Namespace) -> int:
    from extractors.record import CORE_FIELDS, FIELDS
    from pipeline.articles import Article, read_articles
    from pipeline.evaluate import as_json, report, score
    from pipeline.extract import records_of

    gold: dict[str, list] = {}
    articles: list[Article] = []
    with _open_input(args.gold) as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                gold[str(obj["id"])] = obj.get("records") or []
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise CommandError(f"{args.gold}: not a gold file ({exc})") from exc
    if args.pred:
        with _open_input(args.pred) as fh:
            pred = {str(o["id"]): o.get("records") or [] for o in map(json.loads, filter(
                str.strip, fh))}
    else:
        with _open_input(args.gold) as fh:
            articles = [a for a in read_articles(fh) if isinstance(a, Article)]
        pred = {a.id: records_of(a)[0] for a in articles}
    rest = tuple(f for f in FIELDS if f not in CORE_FIELDS)
    result = score(gold, pred, CORE_FIELDS if args.fields == "core" else CORE_FIELDS + rest)
    print(json.dumps(as_json(result), ensure_ascii=False) if args.json else report(result))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from pipeline.articles import LineError, read_articles
    from pipeline.extract import records_of
    from pipeline.store import open_db, save_article

    db = open_db(args.db)
    failed = articles = awards = 0
    with ExitStack() as stack:
        out = stack.enter_context(open(args.records, "w", encoding="utf-8")) if (
            args.records) else None
        for path in args.files:
            with _open_input(path) as fh:
                for item in read_articles(fh):
                    if isinstance(item, LineError):
                        print(f"load: {path}: {item}", file=sys.stderr)
                        failed += item.fatal
                        continue
                    records, problem = records_of(item)
                    if problem:
                        print(f"load: {path}: line {item.line} (id {item.id}): {problem}",
                              file=sys.stderr)
                    save_article(db, vars(item), records)
                    articles += 1
                    awards += len(records)
                    if out:
                        out.write(json.dumps({"id": item.id, "records": records},
                                             ensure_ascii=False) + "\n")
    print(f"loaded {articles} articles, {awards} award records into {args.db}", file=sys.stderr)
    return 1 if failed else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import run

    return run(args.files, args.json)


def _command(sub: argparse._SubParsersAction, name: str, summary: str, description: str,
             example: str) -> argparse.ArgumentParser:
    """A subcommand with its one-line help, description and example."""
    return sub.add_parser(name, help=summary, description=description,
                          epilog=f"Example: {example}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anugerah",
        description="Award records (who won which award, when, where, from whose hands) "
                    "from Indonesian regional government press releases.",
        epilog="Example: anugerah extract corpus/gold/dev.jsonl > records.jsonl")
    parser.add_argument("--version", action="version", version=f"anugerah {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "extract", "extract award records from JSON-lines articles",
                 'Read articles as JSON lines ({"id", "url", "title", "published", "text"}, '
                 'or "html" instead of "text") and write one JSON line '
                 '{"id", "records": [...]} per article, in input order. Problems go to '
                 "stderr naming the line; the exit status is 1 only when a line could not "
                 "be read.",
                 "python -m pipeline extract articles.jsonl > records.jsonl")
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines file, - for stdin")
    p.set_defaults(func=cmd_extract)

    p = _command(sub, "eval", "score extraction against gold articles",
                 "Extract the gold file's articles (or read --pred) and print per-field "
                 "precision/recall/F1, the core-six micro F1 and the negatives that got "
                 "records, as defined in the annotation guide.",
                 "python -m pipeline eval corpus/gold/heldout.jsonl --fields core")
    p.add_argument("gold", metavar="GOLD", help="JSON lines with articles and their records")
    p.add_argument("--pred", metavar="PRED", help="score these predictions instead of extracting")
    p.add_argument("--fields", choices=["core", "all"], default="all",
                   help="the six core fields or all (default: all)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_eval)

    p = _command(sub, "load", "extract articles and store them with their records in SQLite",
                 "Extract award records from JSON-lines articles and store articles and "
                 "records in a SQLite database (tables articles and awards); each article "
                 "is written in one transaction, so a rerun replaces and never duplicates.",
                 "python -m pipeline load corpus/gold/dev.jsonl --db outputs/anugerah.db")
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines articles, - for stdin")
    p.add_argument("--db", default="outputs/anugerah.db", help="database (default: %(default)s)")
    p.add_argument("--records", metavar="JSONL", help="also write the records here")
    p.set_defaults(func=cmd_load)

    p = _command(sub, "bench", "measure extraction speed and start-up time",
                 "Extract the articles of the given files repeatedly in one process and "
                 "report articles/second, and the start-up time of a fresh interpreter.",
                 "python -m pipeline bench corpus/gold/dev.jsonl")
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines articles")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CommandError as exc:
        if args.debug:
            raise
        print(f"anugerah: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
