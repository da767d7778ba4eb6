#!/usr/bin/python3
"""Throwaway peer for tarikh's benchmark (bench/run.sh).

Reads articles as JSONL on stdin (fields id, date, title, text) and prints
one tab-separated line per date that dateparser's search_dates finds, with
languages=['ar'] and the article's date as RELATIVE_BASE. A summary goes to
stderr. Uses Debian's python3-dateparser, so run it with /usr/bin/python3.
"""
import datetime
import json
import sys

from dateparser.search import search_dates


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "ar"
    articles = found = failed = 0
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except ValueError:
            failed += 1
            continue
        articles += 1
        try:
            base = datetime.datetime.strptime(a.get("date", ""), "%Y-%m-%d")
        except ValueError:
            base = datetime.datetime.utcnow()
        text = a.get("text", "")
        if a.get("title"):
            text = a["title"] + "\n" + text
        try:
            res = search_dates(text, languages=[lang],
                               settings={"RELATIVE_BASE": base}) or []
        except Exception:  # the peer's own failures are counted, not fatal
            failed += 1
            continue
        for expr, dt in res:
            found += 1
            out.write("%s\t%s\t%s\n" % (a.get("id", ""), dt.strftime("%Y-%m-%d"),
                                        expr.replace("\n", " ")))
    print("pydateparser: %d articles, %d dates, %d failed" % (articles, found, failed),
          file=sys.stderr)


if __name__ == "__main__":
    main()
