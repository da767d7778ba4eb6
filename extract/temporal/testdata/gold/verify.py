#!/usr/bin/env python3
"""Check the temporal-expression gold files against the seed articles.

Usage: verify.py [SEEDS_DIR]   (default: $TARIKH_SEEDS, else /work/shared/seeds,
                                else ../shared/seeds beside the repository)

For every <seed>.csv in this directory: the header is exact; doc names the seed;
text == seed[start:end] in Unicode code points of the file read as UTF-8 with no
normalization; rows are sorted and do not overlap; type, value, mod and
granularity are well-formed and agree; start_date/end_date equal the interval
that value+mod define (empty for duration, set, vague). Prints counts per seed
and per type; exits 1 on any error.
"""
import calendar
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter

HEADER = ['doc', 'start', 'end', 'text', 'type', 'value', 'mod',
          'granularity', 'start_date', 'end_date']
TYPES = ('date', 'duration', 'set', 'vague')
MODS = ('', 'START', 'MID', 'END')
DATE_GRAN = ('day', 'week', 'month', 'quarter', 'year', 'decade')
DUR_GRAN = DATE_GRAN + ('hour', 'minute', 'second')

RE_DAY = re.compile(r'^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI))?$')
RE_MONTH = re.compile(r'^(\d{4})-(\d{2})$')
RE_YEAR = re.compile(r'^(\d{4})$')
RE_WEEK = re.compile(r'^(\d{4})-W(\d{2})$')
RE_QUARTER = re.compile(r'^(\d{4})-Q([1-4])$')
RE_DECADE = re.compile(r'^(\d{3})$')
RE_DUR = re.compile(r'^P(?=.)(?:(?:\d+|X)(?:DE|CE|Y|M|W|D))*(?:T(?:(?:\d+|X)[HMS])+)?$')
VAGUE = ('PAST_REF', 'PRESENT_REF', 'FUTURE_REF')
DUR_UNIT_GRAN = {'Y': 'year', 'M': 'month', 'W': 'week', 'D': 'day',
                 'DE': 'decade', 'CE': 'decade', 'H': 'hour', 'TM': 'minute', 'S': 'second'}


def _last(y, m):
    return calendar.monthrange(y, m)[1]


def point(value, mod=''):
    """(granularity, first day, last day) of one calendar value, mod applied."""
    m = RE_DAY.match(value)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if mod:
            raise ValueError('mod on a day')
        return 'day', d, d
    m = RE_WEEK.match(value)
    if m:
        a = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if mod:
            raise ValueError('mod on a week')
        return 'week', a, a + dt.timedelta(days=6)
    m = RE_MONTH.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        last = _last(y, mo)
        lo, hi = {'': (1, last), 'START': (1, 10), 'MID': (11, 20), 'END': (21, last)}[mod]
        return 'month', dt.date(y, mo, lo), dt.date(y, mo, hi)
    m = RE_QUARTER.match(value)
    if m:
        y, q = int(m[1]), int(m[2])
        if mod:
            raise ValueError('mod on a quarter')
        return 'quarter', dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, _last(y, 3 * q))
    m = RE_YEAR.match(value)
    if m:
        y = int(m[1])
        lo, hi = {'': (1, 12), 'START': (1, 4), 'MID': (5, 8), 'END': (9, 12)}[mod]
        return 'year', dt.date(y, lo, 1), dt.date(y, hi, _last(y, hi))
    m = RE_DECADE.match(value)
    if m:
        y = int(m[1]) * 10
        if mod:
            raise ValueError('mod on a decade')
        return 'decade', dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    raise ValueError('malformed date value %r' % value)


def interval(typ, value, mod, gran):
    """The (start_date, end_date) strings a row must carry; raises on bad rows."""
    if typ not in TYPES:
        raise ValueError('bad type %r' % typ)
    if mod not in MODS:
        raise ValueError('bad mod %r' % mod)
    if typ == 'date':
        if '/' in value:  # range START/END
            a, b = value.split('/')
            ga, lo, _ = point(a, mod if mod == 'START' else '')
            gb, _, hi = point(b, mod if mod == 'END' else '')
            if mod == 'MID':
                raise ValueError('MID on a range')
            if ga != gb or ga != gran:
                raise ValueError('range parts %s/%s vs granularity %r' % (ga, gb, gran))
            if lo > hi:
                raise ValueError('range ends before it starts')
        else:
            g, lo, hi = point(value, mod)
            if g != gran:
                raise ValueError('value %r is a %s, granularity says %r' % (value, g, gran))
        return lo.isoformat(), hi.isoformat()
    if typ == 'vague':
        if value not in VAGUE:
            raise ValueError('vague value must be one of %s' % (VAGUE,))
        if mod or gran:
            raise ValueError('vague rows take no mod/granularity')
        return '', ''
    if typ == 'duration':
        if not RE_DUR.match(value):
            raise ValueError('malformed duration %r' % value)
        if mod:
            raise ValueError('mod on a duration')
        if gran not in DUR_GRAN:
            raise ValueError('bad duration granularity %r' % gran)
        # granularity = the smallest unit of the value, except that a decade
        # written as a word (العقد) may carry P10Y with granularity decade
        units = re.findall(r'(DE|CE|[YMWDHS])', value.split('T')[0][1:])
        tunits = re.findall(r'[HMS]', value.split('T')[1]) if 'T' in value else []
        smallest = DUR_UNIT_GRAN['TM' if tunits and tunits[-1] == 'M' else tunits[-1]] if tunits \
            else DUR_UNIT_GRAN[units[-1]]
        if gran != smallest and not (gran == 'decade' and value == 'P10Y'):
            raise ValueError('duration %r has granularity %r, expected %r' % (value, gran, smallest))
        return '', ''
    # set
    if not (RE_DUR.match(value) or re.match(r'^[0-9X]{4}(-[0-9WX]{2,3}(-[0-9X]{1,2})?)?$', value)):
        raise ValueError('malformed set value %r' % value)
    return '', ''


def seeds_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    if os.environ.get('TARIKH_SEEDS'):
        return os.environ['TARIKH_SEEDS']
    here = os.path.dirname(os.path.abspath(__file__))
    for cand in ('/work/shared/seeds',
                 os.path.join(here, *(['..'] * 5), 'shared', 'seeds')):
        if os.path.isdir(cand):
            return os.path.normpath(cand)
    sys.exit('seeds directory not found: pass it as argument or set TARIKH_SEEDS')


def check_file(path, sdir, errors):
    base = os.path.basename(path)[:-len('.csv')]
    doc = base + '.txt'
    seed = os.path.join(sdir, doc)
    if not os.path.exists(seed):
        errors.append('%s: no seed %s' % (base, seed))
        return []
    with open(seed, encoding='utf-8', newline='') as f:  # newline='' keeps \r\n as two code points
        text = f.read()
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, strict=True))
    if not rows or rows[0] != HEADER:
        errors.append('%s: header must be %s' % (base, ','.join(HEADER)))
        return []
    good = []
    prev_end = -1
    for n, r in enumerate(rows[1:], start=2):
        where = '%s.csv:%d' % (base, n)
        if len(r) != len(HEADER):
            errors.append('%s: %d fields' % (where, len(r)))
            continue
        d = dict(zip(HEADER, r))
        if d['doc'] != doc:
            errors.append('%s: doc %r != %r' % (where, d['doc'], doc))
        try:
            s, e = int(d['start']), int(d['end'])
        except ValueError:
            errors.append('%s: start/end not integers' % where)
            continue
        if not (0 <= s < e <= len(text)):
            errors.append('%s: bad span [%d,%d)' % (where, s, e))
            continue
        if text[s:e] != d['text']:
            errors.append('%s: text %r != seed[%d:%d] %r' % (where, d['text'], s, e, text[s:e]))
        if d['text'] != d['text'].strip():
            errors.append('%s: text has outer whitespace' % where)
        if s < prev_end:
            errors.append('%s: overlaps or is out of order with the previous row' % where)
        prev_end = e
        try:
            want = interval(d['type'], d['value'], d['mod'], d['granularity'])
            if (d['start_date'], d['end_date']) != want:
                errors.append('%s: interval %s..%s, expected %s..%s' % (
                    where, d['start_date'], d['end_date'], want[0], want[1]))
        except (ValueError, KeyError) as ex:
            errors.append('%s: %s' % (where, ex))
        good.append(d)
    return good


def main():
    sdir = seeds_dir()
    gdir = os.path.dirname(os.path.abspath(__file__))
    errors = []
    csvs = sorted(f for f in os.listdir(gdir) if f.endswith('.csv'))
    seeds = sorted(f[:-4] for f in os.listdir(sdir) if f.endswith('.txt'))
    for s in seeds:
        if s + '.csv' not in csvs:
            errors.append('%s: no gold file' % s)
    total = Counter()
    types = list(TYPES)
    print('%-24s %5s  %s' % ('seed', 'rows', '  '.join('%8s' % t for t in types)))
    for c in csvs:
        rows = check_file(os.path.join(gdir, c), sdir, errors)
        cnt = Counter(r['type'] for r in rows)
        total.update(cnt)
        print('%-24s %5d  %s' % (c[:-4], len(rows), '  '.join('%8d' % cnt[t] for t in types)))
    print('%-24s %5d  %s' % ('TOTAL', sum(total.values()), '  '.join('%8d' % total[t] for t in types)))
    for e in errors:
        print('ERROR', e, file=sys.stderr)
    if errors:
        print('%d error(s)' % len(errors), file=sys.stderr)
        sys.exit(1)
    print('all rows OK (seeds: %s)' % sdir)


if __name__ == '__main__':
    main()
