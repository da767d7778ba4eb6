#!/usr/bin/env python3
"""List the articles that earlier checks, tests and commits have read, for choosing held-out text.

    python3 docs/handcheck/readlist.py snn 2015-07-23 > read-before-roundN.txt
    python3 docs/handcheck/readlist.py reuters --unread OUT.jsonl > reuters-read-before-roundN.txt

snn: the ids of a SaudiNewsNet day cited anywhere in the repository or its commit messages, plus the
articles holding an Arabic string of 25 or more characters quoted by a test, a lang/ file or test data.
reuters: every Reuters id cited in the repository or its commit messages (plus EXTRA files given with
--extra, e.g. a round's graded files not yet committed); --unread writes the articles of lines
15,001-19,043 of reuters21578.jsonl that are not in the list.
Run from the repository root, with ../shared beside it.
"""
import argparse, glob, json, os, re, subprocess, sys

def repo_text(repo):
    for root, dirs, files in os.walk(repo):
        if '.git' in root.split(os.sep):
            continue
        for f in files:
            try:
                yield open(os.path.join(root, f), encoding='utf-8', errors='ignore').read()
            except OSError:
                continue
    yield subprocess.run(['git', '-C', repo, 'log', '--all', '--format=%B'],
                         capture_output=True, text=True, check=True).stdout

def snn(repo, shared, day):
    pat = re.compile(r'snn-%s-\d{5}' % re.escape(day))
    ids = set()
    for s in repo_text(repo):
        ids.update(pat.findall(s))
    cited = len(ids)
    arab = re.compile(r'[\u0600-\u06FF][\u0600-\u06FF\u064B-\u0652 ،,.:0-9\u0660-\u0669]{24,}')
    quotes = set()
    paths = (glob.glob(repo + '/**/*_test.go', recursive=True) + glob.glob(repo + '/lang/**/*.yaml', recursive=True)
             + glob.glob(repo + '/**/testdata/**', recursive=True))
    for p in paths:
        if os.path.isdir(p):
            continue
        for m in arab.findall(open(p, encoding='utf-8', errors='ignore').read()):
            if len(m.strip()) >= 25:
                quotes.add(m.strip())
    quoted = set()
    for line in open(os.path.join(shared, 'corpus/saudinewsnet/%s.jsonl' % day), encoding='utf-8'):
        a = json.loads(line)
        t = (a.get('title') or '') + '\n' + (a.get('text') or '')
        if any(q in t for q in quotes):
            quoted.add(a['id'])
    ids |= quoted
    print('cited', cited, 'quoted', len(quoted), 'total', len(ids), file=sys.stderr)
    return ids

def reuters(repo, shared, extra, unread):
    pat = re.compile(r'reuters-\d+')
    ids = set()
    for s in repo_text(repo):
        ids.update(pat.findall(s))
    for p in extra:
        ids.update(pat.findall(open(p, encoding='utf-8', errors='ignore').read()))
    if unread:
        n = 0
        with open(unread, 'w', encoding='utf-8') as out:
            for k, line in enumerate(open(os.path.join(shared, 'corpus/reuters21578/reuters21578.jsonl'), encoding='utf-8'), 1):
                if 15001 <= k <= 19043 and json.loads(line)['id'] not in ids:
                    out.write(line)
                    n += 1
        print('read', len(ids), 'unread of lines 15,001-19,043', n, file=sys.stderr)
    return ids

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('corpus', choices=['snn', 'reuters'])
    ap.add_argument('day', nargs='?', help='SaudiNewsNet day, e.g. 2015-07-23')
    ap.add_argument('--extra', nargs='*', default=[], help='more files whose Reuters ids count as read')
    ap.add_argument('--unread', help='write the unread Reuters articles of lines 15,001-19,043 here')
    ap.add_argument('--repo', default='.')
    ap.add_argument('--shared', default='../shared')
    a = ap.parse_args()
    if a.corpus == 'snn':
        if not a.day:
            ap.error('snn needs a day')
        ids = snn(a.repo, a.shared, a.day)
    else:
        ids = reuters(a.repo, a.shared, a.extra, a.unread)
    for i in sorted(ids):
        print(i)

if __name__ == '__main__':
    main()
