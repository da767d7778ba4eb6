// tarikh chart: draws the events of the page's JSON (#tk-data) as a
// horizontal timeline with lanes, an overview strip of events per day with a
// brush, zoom and pan within the data's range, a list of the events in view,
// filters (text, types, people, places, organizations), and the whole view
// in the link. No library, no network.
//
// Safety: article text reaches the page only through textContent and
// attribute setters, never as markup.
//
// For tests and tools, #tk-app carries after each render: data-t0 and
// data-t1 (the view, as days), data-inview (events shown whose interval
// meets the view), data-drawn (events drawn one by one), data-clustered
// (events in "+N" groups), data-lanes (lanes shown), data-render-ms (ms from
// navigation to the end of the first render), data-script-ms and
// data-json-ms (when this script began and had decoded the events),
// data-paint-ms (when the first render was on screen), data-late-ms (when
// the late data was read, see below), and data-last-ms (the last render's
// duration). Every drawn event carries data-event-id; a "+N" group carries
// its events' ids in data-event-ids.
//
// The data come in two parts (timeline/chart/wire.go): #tk-data, before
// this script, holds what the chart draws, under short keys; #tk-late,
// after it, the evidence, dates as written, sources and aliases. The script
// draws the chart before the browser has read the late part, and reads it
// after the first paint, or at once when a search, a selection, a tooltip or
// the list needs it (late, withLate).
(function () {
  'use strict';
  var DAY = 86400000, ROW = 22, BAND = 15, PILL = 40, LABELMAX = 280, LISTPAGE = 300, FACETMAX = 60;

  var tScript = performance.now();
  var data = JSON.parse(document.getElementById('tk-data').textContent);
  var tData = performance.now();
  var U = data.ui, E = data.events, T = data.types, N = data.entities, rtl = data.dir === 'rtl', NONE = [];
  var SMALL = E.length <= 150;
  var MAXROWS = SMALL ? 10 : 4, MAXBANDS = SMALL ? 4 : 2;
  var side = rtl ? 'right' : 'left', otherSide = rtl ? 'left' : 'right';
  var MONTHS = data.months, MON = data.months_short;
  var $ = function (id) { return document.getElementById(id); };
  var app = $('tk-app'), scroller = $('tk-scroll'), axis = $('tk-axis'), grid = $('tk-grid'),
    lanesEl = $('tk-lanes'), tip = $('tk-tip'), details = $('tk-details'), filter = $('tk-filter'),
    pop = $('tk-pop'), ov = $('tk-ov'), listPane = $('tk-listpane'), listBody = $('tk-list').tBodies[0];

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function fill(s, n, m) { return s.replace('{n}', n).replace('{m}', m); }
  function utc(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return t.getTime(); }
  function day(s) { return utc(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)); }
  function iso(t) {
    var d = new Date(t), y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, dd = d.getUTCDate();
    return (y < 1000 ? ('000' + y).slice(-4) : y) + '-' + (m < 10 ? '0' : '') + m + '-' + (dd < 10 ? '0' : '') + dd;
  }
  function clamp(x, lo, hi) { return Math.max(lo, Math.min(hi, x)); }

  // --- Text search: folding and highlighting -------------------------------
  // norm folds case, Arabic diacritics, tatweel and letter variants.
  var MARKS = /[\u064B-\u065F\u0670\u0640]/g;
  function norm(s) {
    return s.toLowerCase().replace(MARKS, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
  }
  // A pattern that finds the folded query in unfolded text, for highlights.
  var CLASS = { '\u0627': '[\u0627\u0622\u0623\u0625\u0671]', '\u064A': '[\u064A\u0649]', '\u0647': '[\u0647\u0629]' };
  // Besides the query, it marks the names of the entities the query found
  // by another name or alias ("داعش" marks "Islamic State").
  function esc(s) { return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&'); }
  function highlighter(q) {
    if (!q) return null;
    var parts = [];
    for (var i = 0; i < q.length; i++) parts.push(CLASS[q[i]] || esc(q[i]));
    var alts = [parts.join('[\u064B-\u065F\u0670\u0640]*')], names = [];
    N.forEach(function (x) {
      if (names.length >= 40) return;
      normNames(x);
      if (x.nn.indexOf(q) < 0 && x.na && x.na.indexOf(q) >= 0) names.push(x.n);
    });
    names.sort(function (a, b) { return b.length - a.length; });
    return new RegExp(alts.concat(names.map(esc)).join('|'), 'gi');
  }
  // normNames keeps an entity's folded name and other names.
  function normNames(x) {
    if (x.nn == null) {
      x.nn = norm(x.n);
      x.na = x.a ? norm(x.a.join('\n')) : '';
    }
  }
  var hlRE = null;
  // A headline is written in the page's language, but a name with no
  // spelling in it keeps its own script ("Talks between عبدالمجيد and
  // ..."). Such a headline reads in the page's direction, and each name of
  // the other script is isolated (U+2068 ... U+2069), so that the
  // bidirectional algorithm neither turns the sentence around the name nor
  // runs two such names together. A label with no word of the page's script
  // (a quoted sentence) takes the direction of its first letter.
  var OWN = rtl ? /[\u0600-\u06FF]/ : /[A-Za-z]/, OTHER = rtl ? /[A-Za-z]/ : /[\u0600-\u06FF]/;
  function shownLabel(e) {
    if (e.sl == null) {
      var s = e.label, ns = !OWN.test(s) ? [] : e.people.concat(e.places, e.orgs).map(function (i) { return N[i].n; });
      ns.sort(function (a, b) { return b.length - a.length; });
      ns.forEach(function (n) {
        if (n && OTHER.test(n) && s.indexOf(n) >= 0 && s.indexOf('\u2068' + n) < 0) s = s.split(n).join('\u2068' + n + '\u2069');
      });
      e.sl = s;
    }
    return e.sl;
  }
  function headline(node, e) {
    hl(node, shownLabel(e));
    node.dir = OWN.test(e.label) ? data.dir || 'ltr' : 'auto';
    return node;
  }
  // hl puts text into node, the query's matches in <mark>.
  function hl(node, text) {
    if (!hlRE || !text) { node.textContent = text; return node; }
    hlRE.lastIndex = 0;
    var last = 0, m, n = 0;
    while ((m = hlRE.exec(text)) && n < 50) {
      if (m[0] === '') { hlRE.lastIndex++; continue; }
      if (m.index > last) node.appendChild(document.createTextNode(text.slice(last, m.index)));
      node.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
      n++;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  // --- Events ----------------------------------------------------------------
  var lo = Infinity, hi = -Infinity;
  // The early data's short keys (a: first day, b: days to the last, g:
  // granularity, t: type, p: planned, h: headline, pe/pl/o: people, places,
  // organizations, i: importance) become the names the script uses.
  E.forEach(function (e) {
    e.s = e.a * DAY;
    e.e = (e.a + (e.b || 0) + 1) * DAY;
    e.gran = e.g || 'day';
    e.type = e.t;
    e.planned = !!e.p;
    e.headline = e.h;
    e.people = e.pe || NONE;
    e.places = e.pl || NONE;
    e.orgs = e.o || NONE;
    e.importance = e.i || 0;
    e.mid = (e.s + e.e) / 2;
    e.point = e.gran === 'day' && !e.b;
    e.on = true;
    e.color = T[e.type].color;
    e.label = e.headline || T[e.type].label;
    lo = Math.min(lo, e.s);
    hi = Math.max(hi, e.e);
  });
  if (lo === Infinity) { hi = Date.now(); lo = hi - 365 * DAY; }
  var RANKED = E.some(function (e) { return e.importance > 0; });

  // --- The late data -------------------------------------------------------------
  // late reads #tk-late into the events and entities when the browser has
  // parsed it, and says whether they have it; withLate runs fn now, or when
  // they have it.
  var LATE = false, lateWait = [];
  function late() {
    if (!LATE && document.readyState !== 'loading') {
      LATE = true;
      var L = JSON.parse($('tk-late').textContent);
      L.events.forEach(function (l, i) {
        var e = E[i];
        e.date = l.d;
        e.mod = l.m || '';
        e.time_text = l.tt || '';
        e.text = l.x || '';
        e.docs = l.docs || NONE;
        e.urls = l.urls || null;
        e.sources = l.n;
      });
      L.alt.forEach(function (a, i) { if (a) N[i].a = a; });
      app.setAttribute('data-late-ms', performance.now().toFixed(1));
      var q = lateWait;
      lateWait = [];
      q.forEach(function (fn) { fn(); });
      warm(0);
    }
    return LATE;
  }
  function withLate(fn) {
    if (late()) fn();
    else lateWait.push(fn);
  }
  document.addEventListener('DOMContentLoaded', function () { if (lateWait.length) late(); });
  // warm folds the search text of the events a slice at a time, so that
  // the first search does not wait for it and the page stays responsive.
  function warm(i) {
    var end = Math.min(E.length, i + 1500);
    for (; i < end; i++) key(E[i]);
    if (i < E.length) setTimeout(function () { warm(i); }, 0);
    else N.forEach(normNames);
  }
  var EXTENT = hi - lo, MINSPAN = 2 * DAY, MAXSPAN = Math.max(EXTENT * 1.3, 30 * DAY);
  var ARTS = data.articles.map(function (a) { return { s: day(a.day), n: a.n }; });
  T.forEach(function (t) { t.on = true; t.ink = ink(t.color); });
  // ink is the text colour that reads on a background colour.
  function ink(c) {
    var r = parseInt(c.slice(1, 3), 16), g = parseInt(c.slice(3, 5), 16), b = parseInt(c.slice(5, 7), 16);
    return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1f2328' : '#fff';
  }
  function names(ids) { return ids.map(function (i) { return N[i].n; }); }

  // Label widths, measured once per event on a canvas.
  var ctx = document.createElement('canvas').getContext('2d');
  var FONT = getComputedStyle(document.body).fontFamily;
  ctx.font = '12px ' + FONT;
  function labelWidth(e) {
    if (e.lw == null) e.lw = Math.min(LABELMAX, Math.ceil(ctx.measureText(e.label).width));
    return e.lw;
  }

  // --- State -------------------------------------------------------------------
  var st = { q: '', facets: { p: [], l: [], o: [] }, group: data.group, sel: -1, list: false, sort: 'date', desc: false };
  var view = { t0: 0, t1: 1 }, W = 1;
  function fx(t) { return (t - view.t0) * W / (view.t1 - view.t0); }

  // --- The opening view: where the events are -----------------------------------
  // bulk is the shortest period that meets 62% of the shown events, so that a
  // few outliers (a date 900 years back, a plan for 2050) do not decide it;
  // it takes in the articles' dates. An event meets [a, b) when it ends
  // after a and starts before b: for each a (an event's end), the period
  // ends at the start of the k-th event counting those that end by a.
  function bulk() {
    var S = [], En = [];
    E.forEach(function (e) { if (e.on) { S.push(e.s); En.push(e.e); } });
    var n = S.length;
    if (n === 0) return null;
    var num = function (a, b) { return a - b; };
    S.sort(num);
    En.sort(num);
    var k = Math.max(1, Math.ceil(n * 0.62)), best = null;
    for (var i = -1; i < n; i++) {
      var a = i < 0 ? S[0] : En[i];
      if (i >= 0 && i + 1 < n && En[i + 1] === a) continue; // the last of equal ends
      var need = k + i + 1;
      if (need > n) break;
      var b = Math.max(S[need - 1] + DAY, a + DAY);
      if (!best || b - a < best.t1 - best.t0) best = { t0: a, t1: b };
    }
    if (!best) best = { t0: S[0], t1: En[n - 1] };
    ARTS.forEach(function (x) { best.t0 = Math.min(best.t0, x.s); best.t1 = Math.max(best.t1, x.s + DAY); });
    return best;
  }
  function extentOf() {
    var a = Infinity, b = -Infinity;
    E.forEach(function (e) { if (e.on) { a = Math.min(a, e.s); b = Math.max(b, e.e); } });
    return a === Infinity ? { t0: lo, t1: hi } : { t0: a, t1: b };
  }
  function setView(r, pad) {
    var span = Math.max(r.t1 - r.t0, 7 * DAY), mid = (r.t0 + r.t1) / 2;
    span = Math.min(span * (1 + 2 * pad), MAXSPAN);
    // Room at the end edge for the last event's label.
    view.t0 = mid - span / 2;
    view.t1 = mid + span / 2 + span * 0.1;
    limit();
  }
  function fitAll() { setView(extentOf(), 0.03); }
  // openView shows the bulk of the events, or all of them when they are
  // few or have no outliers.
  function openView() {
    var b = bulk(), x = extentOf();
    if (!b || E.length <= 60 || (b.t1 - b.t0) * 3 >= x.t1 - x.t0) fitAll();
    else setView(b, 0.06);
  }
  // limit keeps the view within the zoom limits and over the data.
  function limit() {
    var span = clamp(view.t1 - view.t0, MINSPAN, MAXSPAN), c = (view.t0 + view.t1) / 2;
    // At least three quarters of the view lie over the data's range.
    c = span >= EXTENT ? (lo + hi) / 2 : clamp(c, lo + span / 4, hi - span / 4);
    view.t0 = c - span / 2;
    view.t1 = c + span / 2;
  }
  function zoom(factor, at) {
    var span = view.t1 - view.t0, ns = clamp(span * factor, MINSPAN, MAXSPAN);
    if (at == null) at = W / 2;
    var tc = view.t0 + at * span / W;
    view.t0 = tc - at * ns / W;
    view.t1 = view.t0 + ns;
    changed(true);
  }
  function pan(px) {
    var d = px * (view.t1 - view.t0) / W;
    view.t0 += d;
    view.t1 += d;
    changed(true);
  }

  // --- Filters ---------------------------------------------------------------------
  // key is what the text filter searches in: the headline, the date as
  // written, the evidence, and every name and alias of every participant.
  function key(e) {
    if (e.k == null && LATE) {
      var parts = [e.label, e.time_text, e.text];
      e.people.concat(e.places, e.orgs).forEach(function (i) {
        parts.push(N[i].n);
        if (N[i].a) parts.push.apply(parts, N[i].a);
      });
      e.k = norm(parts.join('\n'));
    }
    return e.k || '';
  }
  function facetOK(e, skip) {
    var f = st.facets;
    if (f.p.length + f.l.length + f.o.length === 0) return true;
    var lists = { p: e.people, l: e.places, o: e.orgs };
    for (var kind in f) {
      if (kind === skip || f[kind].length === 0) continue;
      var any = false;
      for (var i = 0; i < f[kind].length && !any; i++) any = lists[kind].indexOf(f[kind][i]) >= 0;
      if (!any) return false;
    }
    return true;
  }
  function textOK(e, q) { return !q || key(e).indexOf(q) >= 0; }
  function applyFilter() {
    var q = norm(st.q.trim());
    hlRE = highlighter(q);
    E.forEach(function (e) { e.on = T[e.type].on && textOK(e, q) && facetOK(e); });
  }
  function filterChanged() { withLate(filterNow); }
  function filterNow() {
    applyFilter();
    openView();
    base = { t0: view.t0, t1: view.t1 }; // the strip shows the new main period
    drawLegend();
    drawFacets();
    changed(true);
  }

  // --- Lanes -------------------------------------------------------------------------
  // Only the lanes near the screen are in the document, between two spacers
  // that take the height of those above and below: a page grouped by person
  // has thousands of lanes, and the browser would otherwise style and lay
  // out every one on every zoom. A lane's row is made when it is first shown.
  var lanes = [], padTop = el('div', 'tk-pad'), padBot = el('div', 'tk-pad');
  function buildLanes() {
    lanesEl.textContent = '';
    lanesEl.appendChild(grid);
    lanesEl.appendChild(padTop);
    lanesEl.appendChild(padBot);
    var groups = [], none = [];
    if (st.group === 'type') {
      T.forEach(function (t, i) { groups.push({ label: t.label, ids: [] }); });
      E.forEach(function (e, id) { groups[e.type].ids.push(id); });
    } else {
      var kind = { person: 'people', place: 'places', organization: 'orgs' }[st.group], by = {};
      E.forEach(function (e, id) {
        var xs = e[kind];
        if (xs.length === 0) none.push(id);
        xs.forEach(function (x) { (by[x] || (by[x] = [])).push(id); });
      });
      Object.keys(by).forEach(function (x) { groups.push({ label: N[x].n, ids: by[x] }); });
      groups.sort(function (a, b) { return b.ids.length - a.ids.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0); });
      if (none.length) groups.push({ label: U['no_' + st.group], ids: none });
    }
    lanes = groups.map(function (g) {
      g.ids.sort(function (a, b) { return E[a].s - E[b].s || E[b].e - E[a].e; });
      return { label: g.label, ids: g.ids, row: null, track: null, count: null, lay: null, drawn: false, n: -1, h: -1 };
    });
    $('tk-grouplabel').textContent = U['group_' + st.group];
    $('tk-group').value = st.group;
  }
  function makeRow(l) {
    var row = el('div', 'tk-row tk-lane'), lab = el('div', 'tk-label'), track = el('div', 'tk-track');
    var name = el('span', null, l.label);
    name.dir = 'auto';
    lab.title = l.label;
    lab.appendChild(name);
    l.count = lab.appendChild(el('small'));
    row.appendChild(lab);
    row.appendChild(track);
    l.row = row;
    l.track = track;
  }

  // layout places a lane's events shown in the view: long intervals (wider
  // than a third of the view) in thin rows of their own on top, the others
  // in rows with their labels while there is room, without when not, and
  // what still does not fit into "+N" groups that list their events. The
  // most important third of the events (by their importance score) is
  // placed first, so that where space is short the others give way.
  function layout(l) {
    var rows = [], bands = [], items = [], pills = {}, bandPill = null, on = 0, long = W / 3;
    // A row holds intervals [a, b) sorted by a, none overlapping.
    function fits(row, a, b) {
      var lo = 0, hi = row.a.length;
      while (lo < hi) { var m = (lo + hi) >> 1; if (row.a[m] < b) lo = m + 1; else hi = m; }
      return (lo === 0 || row.b[lo - 1] <= a) ? lo : -1;
    }
    function place(set, max, a, b) {
      for (var r = 0; r < max; r++) {
        if (r === set.length) set.push({ a: [], b: [] });
        var at = fits(set[r], a, b);
        if (at >= 0) {
          set[r].a.splice(at, 0, a);
          set[r].b.splice(at, 0, b);
          return r;
        }
      }
      return -1;
    }
    function toPill(id, e, vx0) {
      var b = Math.floor(Math.max(0, vx0) / PILL), p = pills[b] || (pills[b] = { ids: [], s: e.s, e: e.e, b: b });
      p.ids.push(id);
      p.s = Math.min(p.s, e.s);
      p.e = Math.max(p.e, e.e);
    }
    var shown = [];
    for (var i = 0; i < l.ids.length; i++) {
      var e = E[l.ids[i]];
      if (e.on && e.e > view.t0 && e.s < view.t1) shown.push(l.ids[i]);
    }
    on = shown.length;
    var order = shown;
    if (shown.length > 3 && RANKED) {
      var ranked = shown.slice().sort(function (a, b) { return (E[b].importance || 0) - (E[a].importance || 0); });
      var top = {}, firsts = [], rest = [];
      ranked.slice(0, Math.ceil(shown.length / 3)).forEach(function (id) { top[id] = true; });
      shown.forEach(function (id) { (top[id] ? firsts : rest).push(id); });
      order = firsts.concat(rest);
    }
    order.forEach(function (id) {
      var e = E[id], x0, x1;
      if (e.point) {
        // A day cut by the view's edge has its mark inside the view, so
        // that the mark and its label are not cut.
        x0 = clamp(fx(e.mid) - 6, 0, W - 12);
        x1 = x0 + 12;
      } else {
        x0 = fx(e.s);
        x1 = Math.max(fx(e.e), x0 + 8);
      }
      var vx0 = Math.max(x0, 0), vx1 = Math.min(x1, W);
      if (!e.point && x1 - x0 > long) {
        var br = place(bands, MAXBANDS, vx0, vx1 + 2);
        if (br < 0) {
          bandPill = bandPill || { ids: [], s: e.s, e: e.e, b: 0 };
          bandPill.ids.push(id);
          bandPill.s = Math.min(bandPill.s, e.s);
          bandPill.e = Math.max(bandPill.e, e.e);
        } else items.push({ id: id, x0: x0, x1: x1, band: true, r: br });
        return;
      }
      // No row has room even for the mark: into a "+N", without measuring the label.
      var room = false;
      for (var k = 0; k < MAXROWS && !room; k++) room = k === rows.length || fits(rows[k], x0, x1 + 3) >= 0;
      if (!room) { toPill(id, e, vx0); return; }
      var lw = 8 + labelWidth(e), mode = 'after', r = -1;
      if (!e.point && vx1 - vx0 >= lw + 6) {
        mode = 'in';
        r = place(rows, MAXROWS, x0, x1 + 3);
      } else if (x1 + lw <= W) {
        r = place(rows, MAXROWS, x0, x1 + lw);
      } else if (vx0 - lw >= 0) {
        mode = 'flip';
        r = place(rows, MAXROWS, x0 - lw, x1 + 3);
      }
      if (r < 0) { mode = 'none'; r = place(rows, MAXROWS, x0, x1 + 3); }
      if (r < 0) { toPill(id, e, vx0); return; }
      items.push({ id: id, x0: x0, x1: x1, r: r, mode: mode });
    });
    // Rows that only got tried stay empty: count those with an interval.
    var nrows = 0, nbands = 0;
    rows.forEach(function (row, k) { if (row.a.length) nrows = k + 1; });
    bands.forEach(function (row, k) { if (row.a.length) nbands = k + 1; });
    var bandH = nbands || bandPill ? Math.max(nbands, 1) * BAND + 3 : 0;
    var pillList = Object.keys(pills).map(function (b) { return pills[b]; });
    var nr = Math.max(nrows, bandH ? 0 : 1);
    return {
      on: on, items: items, pills: pillList, bandPill: bandPill, bandH: bandH, rows: nr,
      h: bandH + nr * ROW + (pillList.length ? ROW : 0) + 4
    };
  }

  function drawLane(l) {
    var lay = l.lay, frag = document.createDocumentFragment();
    lay.items.forEach(function (it) { frag.appendChild(eventNode(it, lay)); });
    function pillNode(p, cls, top, x) {
      var n = el('button', 'tk-more' + cls, '+' + p.ids.length);
      n.type = 'button';
      n.tabIndex = -1; // the lanes are hidden from assistive technology: the list is the way there
      n.dir = 'ltr';
      n.style[side] = x + 'px';
      n.style.top = top + 'px';
      n.title = fill(U.more, p.ids.length, 0);
      n.setAttribute('aria-label', n.title);
      n.setAttribute('data-event-ids', p.ids.join(' '));
      n.setAttribute('data-t0', p.s);
      n.setAttribute('data-t1', p.e);
      return n;
    }
    lay.pills.forEach(function (p) { frag.appendChild(pillNode(p, '', lay.bandH + lay.rows * ROW + 2, p.b * PILL)); });
    if (lay.bandPill) {
      var bp = pillNode(lay.bandPill, ' tk-bandmore', (lay.bandH - BAND - 2), Math.max(0, W - 44));
      bp.title = fill(U.long, lay.bandPill.ids.length, 0);
      frag.appendChild(bp);
    }
    l.track.textContent = '';
    l.track.appendChild(frag);
    l.drawn = true;
  }

  function eventNode(it, lay) {
    var id = it.id, e = E[id], band = !!it.band;
    var vx0 = Math.max(it.x0, -3), vx1 = Math.min(it.x1, W + 3);
    var cls = 'tk-ev ' + (band ? 'tk-band' : e.point ? 'tk-pt' : 'tk-bar') + (e.planned ? ' tk-planned' : '') +
      (id === st.sel ? ' tk-sel' : '') + (!e.point && vx1 - vx0 < 14 ? ' tk-narrow' : '') +
      (it.mode === 'flip' ? ' tk-flip' : '') + (it.mode === 'in' ? ' tk-wide' : '');
    var n = el('div', cls);
    n.setAttribute('data-event-id', id);
    var m = el('span', 'tk-mark');
    if (e.point) {
      if (it.mode === 'flip') n.style[otherSide] = (W - it.x1) + 'px';
      else n.style[side] = it.x0 + 'px';
    } else {
      if (it.mode === 'flip') n.style[otherSide] = (W - vx1) + 'px';
      else n.style[side] = vx0 + 'px';
      m.style.width = (vx1 - vx0) + 'px';
    }
    n.style.top = (band ? 1 + it.r * BAND : lay.bandH + 3 + it.r * ROW) + 'px';
    m.style.background = e.color;
    m.style.borderColor = e.color;
    n.appendChild(m);
    if (band || it.mode === 'in') {
      var t = headline(el('span', 'tk-in'), e);
      t.style.color = e.planned ? e.color : T[e.type].ink;
      m.appendChild(t);
    } else if (it.mode !== 'none') {
      var lab = headline(el('span', 'tk-lab'), e);
      n.appendChild(lab);
    }
    return n;
  }

  // --- The axis, the articles' dates and the overview strip -------------------------------
  var STEPS = [[1, 'd'], [2, 'd'], [7, 'd'], [14, 'd'], [1, 'm'], [2, 'm'], [3, 'm'], [6, 'm'], [1, 'y'], [2, 'y'],
    [5, 'y'], [10, 'y'], [20, 'y'], [50, 'y'], [100, 'y'], [200, 'y'], [500, 'y']];
  var LEN = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
  // Dates are formatted by hand with the month names of the page's language
  // (Intl would load its locale data first, which costs more than the chart).
  function fmtDate(t, unit, names) {
    var d = new Date(t), y = d.getUTCFullYear();
    if (unit === 'y') return String(y);
    var m = names[d.getUTCMonth()] + ' ' + y;
    return unit === 'm' ? m : d.getUTCDate() + ' ' + m;
  }
  function ticks(t0, t1, width, minPx) {
    var min = minPx * (t1 - t0) / width, step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (STEPS[i][0] * LEN[STEPS[i][1]] >= min) { step = STEPS[i]; break; }
    }
    var n = step[0], u = step[1], out = [], d = new Date(t0), t;
    if (u === 'd') {
      for (t = Math.floor(t0 / (n * DAY)) * n * DAY; t < t1; t += n * DAY) out.push(t);
    } else if (u === 'm') {
      var y = d.getUTCFullYear(), m = d.getUTCMonth() - d.getUTCMonth() % n;
      for (t = utc(y, m, 1); t < t1; m += n, t = utc(y, m, 1)) out.push(t);
    } else {
      for (var yr = Math.floor(d.getUTCFullYear() / n) * n; (t = utc(yr, 0, 1)) < t1; yr += n) out.push(t);
    }
    return { ts: out, unit: u };
  }
  function drawAxis() {
    var tk = ticks(view.t0, view.t1, W, 90);
    axis.textContent = '';
    grid.textContent = '';
    // A label that would run past an edge is not cut: the period begun
    // before the view is named at its start edge when the next label leaves
    // room, and a label too near the end edge is left out.
    tk.ts.forEach(function (t, i) {
      var x = fx(t), text = fmtDate(t, tk.unit, MON), tw = ctx.measureText(text).width + 8;
      if (x >= W) return;
      if (x < 0) {
        var next = i + 1 < tk.ts.length ? fx(tk.ts[i + 1]) : Infinity;
        if (next > 0 && next >= tw + 6) {
          var pin = el('div', 'tk-tick tk-tickpin', text);
          pin.style[side] = '0px';
          axis.appendChild(pin);
        }
        return;
      }
      var lab = el('div', 'tk-tick', x + tw <= W ? text : ''), line = el('div', 'tk-gl');
      lab.style[side] = x + 'px';
      line.style[side] = x + 'px';
      axis.appendChild(lab);
      grid.appendChild(line);
    });
    // The articles' dates: a band over each day articles were dated.
    var first = true;
    ARTS.forEach(function (a) {
      var x0 = fx(a.s), x1 = fx(a.s + DAY);
      if (x1 < 0 || x0 > W) return;
      var b = el('div', 'tk-art');
      b.style[side] = x0 + 'px';
      b.style.width = Math.max(2, x1 - x0) + 'px';
      b.title = U.articles + ': ' + fmtDate(a.s, 'd', MONTHS) + ' (' + a.n + ')';
      grid.appendChild(b);
      if (first) {
        var l = el('div', 'tk-artlab', U.articles);
        l.style[side] = Math.max(0, x0) + 'px';
        axis.appendChild(l);
        first = false;
      }
    });
  }

  // The overview: events per day (or week, month... as the width allows)
  // over the main period and the view, the view as a brush on it.
  var OV = { t0: 0, t1: 1, w: 1 }, base = null;
  function ovX(t) { var x = (t - OV.t0) * OV.w / (OV.t1 - OV.t0); return rtl ? OV.w - x : x; }
  function ovT(x) { if (rtl) x = OV.w - x; return OV.t0 + x * (OV.t1 - OV.t0) / OV.w; }
  var BINS = [DAY, 7 * DAY, 30.44 * DAY, 91.3 * DAY, 365.25 * DAY, 5 * 365.25 * DAY, 3652.5 * DAY, 36525 * DAY];
  function drawOverview() {
    var w = Math.max(1, ov.clientWidth), h = 46, dpr = window.devicePixelRatio || 1;
    if (ov.width !== Math.round(w * dpr)) { ov.width = Math.round(w * dpr); ov.height = Math.round(h * dpr); }
    OV.w = w;
    // The strip shows three times the main period around it (within the
    // data), and the view wherever it is.
    var b = base || { t0: lo, t1: hi }, c = (b.t0 + b.t1) / 2, half = 1.5 * (b.t1 - b.t0);
    OV.t0 = Math.max(Math.min(Math.max(c - half, lo - 7 * DAY), view.t0), lo - EXTENT * 0.05 - 7 * DAY);
    OV.t1 = Math.min(Math.max(Math.min(c + half, hi + 7 * DAY), view.t1), hi + EXTENT * 0.05 + 7 * DAY);
    if (OV.t1 - OV.t0 < 7 * DAY) { OV.t0 -= 3 * DAY; OV.t1 += 4 * DAY; }
    var bin = BINS[BINS.length - 1];
    for (var i = 0; i < BINS.length; i++) if (BINS[i] * w / (OV.t1 - OV.t0) >= 3) { bin = BINS[i]; break; }
    var start = Math.floor(OV.t0 / bin) * bin, nb = Math.ceil((OV.t1 - start) / bin), counts = new Array(nb).fill(0), max = 1;
    E.forEach(function (e) {
      if (!e.on || e.e - e.s > Math.max(bin, DAY) || e.mid < OV.t0 || e.mid >= OV.t1) return;
      var k = Math.floor((e.mid - start) / bin);
      if (++counts[k] > max) max = counts[k];
    });
    var c = ov.getContext('2d');
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.clearRect(0, 0, w, h);
    c.fillStyle = '#fafbfc';
    c.fillRect(0, 0, w, h);
    c.fillStyle = '#8c959f';
    counts.forEach(function (n, k) {
      if (!n) return;
      var xa = ovX(start + k * bin), xb = ovX(start + (k + 1) * bin), bh = Math.max(1, Math.round((h - 14) * Math.sqrt(n / max)));
      c.fillRect(Math.min(xa, xb), h - bh, Math.max(1, Math.abs(xb - xa) - 0.5), bh);
    });
    c.fillStyle = '#b42318';
    ARTS.forEach(function (a) { var x = ovX(a.s + DAY / 2); c.fillRect(x - 1, 0, 2, 6); });
    // Ticks of the strip, small.
    c.fillStyle = '#656d76';
    c.font = '10px ' + FONT;
    c.textBaseline = 'top';
    c.textAlign = rtl ? 'right' : 'left';
    var tk = ticks(OV.t0, OV.t1, w, 110);
    tk.ts.forEach(function (t) {
      var x = ovX(t), text = fmtDate(t, tk.unit, MON), tw = c.measureText(text).width;
      if (x < 0 || x > w) return;
      c.fillRect(x, 0, 1, 4);
      // Only labels that fit whole between the strip's edges.
      if (rtl ? x - 3 - tw >= 0 : x + 3 + tw <= w) c.fillText(text, x + (rtl ? -3 : 3), 2);
    });
    // The brush: the view, the rest dimmed.
    var bx0 = ovX(view.t0), bx1 = ovX(view.t1), l = Math.min(bx0, bx1), r = Math.max(bx0, bx1);
    c.fillStyle = 'rgba(31,35,40,.10)';
    c.fillRect(0, 0, Math.max(0, l), h);
    c.fillRect(r, 0, Math.max(0, w - r), h);
    c.strokeStyle = '#0969da';
    c.lineWidth = 1.5;
    c.strokeRect(l + 0.75, 0.75, Math.max(2, r - l - 1.5), h - 1.5);
    $('tk-ovlabel').textContent = U.overview;
  }

  // --- Render ---------------------------------------------------------------------------------
  var first = true, pending = 0, relayout = true, listTimer = 0, printing = false;
  function changed(lay) {
    relayout = relayout || lay;
    if (!pending) pending = requestAnimationFrame(function () { pending = 0; render(); });
    saveHash();
  }
  function render() {
    var t = performance.now();
    W = Math.max(1, axis.clientWidth);
    limit();
    if (relayout) {
      drawAxis();
      drawOverview();
    }
    var top = 0, drawnIds = {}, clustered = 0, inView = 0, shownLanes = 0, before = 0, after = 0, near = [];
    var vTop = scroller.scrollTop - scroller.clientHeight, vBot = scroller.scrollTop + 2 * scroller.clientHeight;
    lanes.forEach(function (l) {
      if (relayout || !l.lay) l.lay = layout(l);
      var lay = l.lay;
      if (lay.on === 0) return;
      shownLanes++;
      if (printing || (top < vBot && top + lay.h + 1 > vTop)) near.push(l);
      else if (near.length) after += lay.h + 1;
      else before += lay.h + 1;
      top += lay.h + 1;
      lay.items.forEach(function (it) { drawnIds[it.id] = 1; });
      lay.pills.concat(lay.bandPill ? [lay.bandPill] : []).forEach(function (p) { clustered += p.ids.length; });
    });
    // The rows of the lanes near the screen, in order between the spacers;
    // the others leave the document.
    var keep = new Set(near);
    lanes.forEach(function (l) {
      if (l.row && l.row.parentNode && !keep.has(l)) {
        l.row.remove();
        l.track.textContent = '';
        l.drawn = false;
      }
    });
    var prev = padTop;
    near.forEach(function (l) {
      var lay = l.lay;
      if (!l.row) makeRow(l);
      if (prev.nextSibling !== l.row) lanesEl.insertBefore(l.row, prev.nextSibling);
      prev = l.row;
      // Only what changed is written.
      if (l.n !== lay.on) l.count.textContent = l.n = lay.on;
      if (l.h !== lay.h) {
        l.h = lay.h;
        l.row.style.height = lay.h + 'px';
      }
      if (relayout || !l.drawn) drawLane(l);
    });
    padTop.style.height = before + 'px';
    padBot.style.height = after + 'px';
    var shown = 0;
    E.forEach(function (e, id) {
      if (!e.on) return;
      shown++;
      if (e.e > view.t0 && e.s < view.t1) inView++;
    });
    $('tk-count').textContent = fill(U.shown, shown, E.length) + ' · ' + fill(U.in_view, inView, 0);
    app.setAttribute('data-t0', iso(view.t0));
    app.setAttribute('data-t1', iso(view.t1 - 1));
    app.setAttribute('data-inview', inView);
    app.setAttribute('data-drawn', Object.keys(drawnIds).length);
    app.setAttribute('data-clustered', clustered);
    app.setAttribute('data-lanes', shownLanes);
    if (st.list && relayout) {
      // The list follows the view when it stops moving: redrawing 300 rows
      // on every frame of a drag would make the drag stutter.
      clearTimeout(listTimer);
      listTimer = setTimeout(drawList, 120);
    }
    relayout = false;
    app.setAttribute('data-last-ms', (performance.now() - t).toFixed(1));
    if (first) {
      first = false;
      app.setAttribute('data-script-ms', tScript.toFixed(1));
      app.setAttribute('data-json-ms', tData.toFixed(1));
      app.setAttribute('data-render-ms', performance.now().toFixed(1));
      requestAnimationFrame(function () {
        setTimeout(function () {
          app.setAttribute('data-paint-ms', performance.now().toFixed(1));
          if (document.readyState !== 'loading') late();
          else document.addEventListener('DOMContentLoaded', function () { setTimeout(late, 0); });
        }, 0);
      });
    }
  }

  // --- Details ----------------------------------------------------------------------------------
  function dateText(e) {
    var s = fmtDate(e.s, 'd', MONTHS), t = fmtDate(e.e - DAY, 'd', MONTHS);
    var txt = s === t ? s : s + ' – ' + t;
    if (!e.point) {
      var part = e.mod ? (U[e.mod] || e.mod) : '';
      // A part word ending in - joins the next ("mid-month").
      txt += ' (' + (part && !/-$/.test(part) ? part + ' ' : part) + (U[e.gran] || e.gran) + ')';
    }
    // The TIMEX value is isolated left-to-right so that Arabic does not reorder 2024-03-26.
    return txt + ' · \u2066' + e.date + '\u2069';
  }
  function sourceLinks(e) {
    var out = [el('span', null, String(e.sources) + (e.docs.length ? ': ' : ''))];
    e.docs.forEach(function (d, i) {
      var a, u = e.urls && e.urls[i] ? e.urls[i] : d;
      if (/^https?:\/\//i.test(u)) {
        a = el('a', null, d);
        a.href = u;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
      } else {
        a = el('span', null, d);
      }
      a.dir = 'auto';
      out.push(a);
      if (i < e.docs.length - 1) out.push(el('span', null, ', '));
    });
    return out;
  }
  function card(e) {
    var c = el('div', 'tk-card'), h = headline(el('h2'), e), dl = el('dl');
    c.appendChild(h);
    if (e.text) {
      var q = hl(el('blockquote'), e.text);
      q.dir = 'auto';
      c.appendChild(q);
    }
    function row(k, v) {
      if (v == null || v === '' || (v.length === 0 && typeof v !== 'string')) return;
      var dd = el('dd');
      if (typeof v === 'string') dd.textContent = v;
      else v.forEach(function (x) { if (x.nodeType) dd.appendChild(x); else { var s = hl(el('span', 'tk-chip'), x); s.dir = 'auto'; dd.appendChild(s); } });
      dl.appendChild(el('dt', null, U[k]));
      dl.appendChild(dd);
    }
    row('date', dateText(e));
    row('as_written', e.time_text);
    row('type', T[e.type].label);
    row('status', U[e.planned ? 'planned' : 'happened']);
    row('people', names(e.people));
    row('places', names(e.places));
    row('organizations', names(e.orgs));
    row('sources', sourceLinks(e));
    c.appendChild(dl);
    return c;
  }
  function select(id, reveal) {
    st.sel = E[id] ? id : -1;
    var olds = app.querySelectorAll('.tk-sel');
    for (var i = 0; i < olds.length; i++) olds[i].classList.remove('tk-sel');
    details.textContent = '';
    saveHash();
    if (st.sel < 0) {
      details.appendChild(el('p', 'tk-pick', U.pick));
      return;
    }
    var e = E[id];
    if (reveal && (e.e <= view.t0 || e.s >= view.t1)) {
      var span = view.t1 - view.t0;
      view.t0 = e.mid - span / 2;
      view.t1 = e.mid + span / 2;
      changed(true);
    }
    var now = app.querySelectorAll('[data-event-id="' + id + '"], tr[data-list-id="' + id + '"]');
    for (var j = 0; j < now.length; j++) now[j].classList.add('tk-sel');
    withLate(function () {
      if (st.sel !== id) return;
      details.textContent = '';
      details.appendChild(card(e));
    });
  }

  // --- "+N": the events of a group ----------------------------------------------------------------
  function openPop(anchor) {
    var ids = anchor.getAttribute('data-event-ids').split(' ').map(Number);
    ids.sort(function (a, b) { return E[a].s - E[b].s || a - b; });
    pop.textContent = '';
    var head = el('header'), title = el('strong', null, '+' + ids.length), zoomTo = el('button', 'tk-zoomto', U.zoom_here),
      x = el('button', 'tk-x', '×');
    zoomTo.type = x.type = 'button';
    x.setAttribute('aria-label', U.close);
    zoomTo.addEventListener('click', function () {
      var s = +anchor.getAttribute('data-t0'), e = +anchor.getAttribute('data-t1'), pad = Math.max((e - s) * 0.1, DAY);
      view.t0 = s - pad;
      view.t1 = e + pad;
      closePop();
      changed(true);
    });
    x.addEventListener('click', closePop);
    head.appendChild(title);
    head.appendChild(zoomTo);
    head.appendChild(x);
    var ul = el('ul');
    ids.forEach(function (id) {
      var e = E[id], li = el('li'), b = el('button'), sw = el('span', 'tk-sw');
      b.type = 'button';
      b.setAttribute('data-pop-id', id);
      sw.style.background = e.color;
      b.appendChild(sw);
      b.appendChild(el('small', null, fmtDate(e.s, e.point ? 'd' : e.gran === 'year' || e.gran === 'decade' ? 'y' : 'm', MON)));
      var h = headline(el('span', 'tk-h'), e);
      b.appendChild(h);
      b.addEventListener('click', function () { select(id); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    pop.appendChild(head);
    pop.appendChild(ul);
    pop.hidden = false;
    var r = anchor.getBoundingClientRect(), w = pop.offsetWidth, h = pop.offsetHeight;
    pop.style.left = clamp(rtl ? r.right - w : r.left, 4, window.innerWidth - w - 4) + 'px';
    pop.style.top = (r.bottom + 4 + h > window.innerHeight ? Math.max(4, r.top - h - 4) : r.bottom + 4) + 'px';
    var firstBtn = ul.querySelector('button');
    if (firstBtn) firstBtn.focus();
  }
  function closePop() { pop.hidden = true; pop.textContent = ''; }

  // --- The list of the events in view -------------------------------------------------------------
  var listShown = LISTPAGE;
  var COLS = [['date', 'date'], ['type', 'type'], ['headline', 'headline'], ['participants', null], ['sources', 'sources']];
  var headRow = $('tk-list').tHead.rows[0];
  COLS.forEach(function (c) {
    var th = el('th');
    th.scope = 'col';
    if (c[1]) {
      var b = el('button', null, U[c[0]]);
      b.type = 'button';
      b.setAttribute('data-sort', c[1]);
      b.addEventListener('click', function () {
        if (st.sort === c[1]) st.desc = !st.desc;
        else { st.sort = c[1]; st.desc = false; }
        listShown = LISTPAGE;
        drawList();
        saveHash();
      });
      th.appendChild(b);
    } else th.textContent = U[c[0]];
    headRow.appendChild(th);
  });
  function compare(a, b) {
    var x = E[a], y = E[b], d = 0;
    switch (st.sort) {
      case 'type': d = T[x.type].label.localeCompare(T[y.type].label); break;
      case 'headline': d = x.label.localeCompare(y.label); break;
      case 'sources': d = x.sources - y.sources; break;
    }
    if (d === 0) d = x.s - y.s || y.e - x.e;
    if (d === 0) d = a - b;
    return st.desc ? -d : d;
  }
  function drawList() {
    if (!late()) { withLate(drawList); return; }
    var ids = [];
    E.forEach(function (e, id) { if (e.on && e.e > view.t0 && e.s < view.t1) ids.push(id); });
    ids.sort(compare);
    $('tk-listtitle').textContent = fill(U.list_title, ids.length, 0);
    for (var i = 0; i < headRow.cells.length; i++) {
      var b = headRow.cells[i].querySelector('button');
      if (b) headRow.cells[i].setAttribute('aria-sort', b.getAttribute('data-sort') === st.sort ? (st.desc ? 'descending' : 'ascending') : 'none');
    }
    var frag = document.createDocumentFragment();
    ids.slice(0, listShown).forEach(function (id) {
      var e = E[id], tr = el('tr');
      tr.setAttribute('data-list-id', id);
      if (id === st.sel) tr.className = 'tk-sel';
      var d = el('td', 'tk-nowrap', fmtDate(e.s, 'd', MON) + (e.point ? '' : ' (' + (U[e.gran] || e.gran) + ')'));
      var ty = el('td', 'tk-nowrap'), sw = el('span', 'tk-sw');
      sw.style.background = e.color;
      ty.appendChild(sw);
      ty.appendChild(el('span', 'tk-sortkey', ' ' + T[e.type].label));
      if (e.planned) ty.appendChild(el('small', null, ' · ' + U.planned));
      var hd = el('td'), b = headline(el('button', 'tk-link tk-sortkey'), e);
      b.type = 'button';
      b.addEventListener('click', function () { select(id); });
      hd.appendChild(b);
      var pa = hl(el('td'), names(e.people.concat(e.orgs, e.places)).join(' · '));
      pa.dir = 'auto';
      var so = el('td');
      sourceLinks(e).forEach(function (x) { so.appendChild(x); });
      [d, ty, hd, pa, so].forEach(function (c) { tr.appendChild(c); });
      frag.appendChild(tr);
    });
    listBody.textContent = '';
    listBody.appendChild(frag);
    var more = $('tk-listmore');
    more.hidden = ids.length <= listShown;
    more.textContent = fill(U.list_more, Math.min(LISTPAGE, ids.length - listShown), 0);
    if (ids.length === 0) {
      var tr0 = el('tr'), td0 = el('td', null, U.no_events);
      td0.colSpan = COLS.length;
      tr0.appendChild(td0);
      listBody.appendChild(tr0);
    }
  }
  $('tk-listmore').addEventListener('click', function () { listShown += LISTPAGE; drawList(); });
  function setList(on) {
    st.list = on;
    listPane.hidden = !on;
    listPane.parentNode.classList.toggle('tk-withlist', on);
    $('tk-listbtn').setAttribute('aria-pressed', on ? 'true' : 'false');
    if (on) drawList();
    changed(false);
  }

  // --- Legend and facets ------------------------------------------------------------------------------
  var legend = $('tk-legend');
  function drawLegend() {
    legend.textContent = '';
    var counts = T.map(function () { return 0; }), q = norm(st.q.trim());
    E.forEach(function (e) { if (textOK(e, q) && facetOK(e)) counts[e.type]++; });
    T.forEach(function (t, i) {
      var b = el('button'), sw = el('span', 'tk-sw'), lab = el('span', null, t.label + ' (' + counts[i] + ')');
      b.type = 'button';
      b.setAttribute('aria-pressed', t.on ? 'true' : 'false');
      b.setAttribute('data-type', t.key);
      sw.style.background = t.color;
      lab.dir = 'auto';
      b.appendChild(sw);
      b.appendChild(lab);
      b.addEventListener('click', function (ev) {
        if (ev.altKey) T.forEach(function (u) { u.on = u === t; });
        else t.on = !t.on;
        filterChanged();
      });
      legend.appendChild(b);
    });
    [['happened', ''], ['planned', ' tk-hollow']].forEach(function (p) {
      var k = el('span', 'tk-key');
      k.appendChild(el('span', 'tk-sw' + p[1]));
      k.appendChild(el('span', null, U[p[0]]));
      legend.appendChild(k);
    });
  }
  var FACETS = [['p', 'people'], ['l', 'places'], ['o', 'organizations']], facetsEl = $('tk-facets');
  var facetBoxes = FACETS.map(function (f) {
    var d = el('details', 'tk-facet'), s = el('summary', null, U[f[1]]), list = el('div', 'tk-facet-list');
    d.setAttribute('data-facet', f[0]);
    d.appendChild(s);
    d.appendChild(list);
    d.addEventListener('toggle', function () {
      if (d.open) {
        facetBoxes.forEach(function (o) { if (o.d !== d) o.d.open = false; });
        fillFacet(f[0], list);
      }
    });
    facetsEl.appendChild(d);
    return { d: d, s: s, list: list, kind: f[0], word: f[1] };
  });
  // fillFacet lists the entities of a kind in the events that the other
  // filters keep, most events first, with a box to tick.
  function fillFacet(kind, list) {
    var q = norm(st.q.trim()), count = {}, field = { p: 'people', l: 'places', o: 'orgs' }[kind];
    E.forEach(function (e) {
      if (!T[e.type].on || !textOK(e, q) || !facetOK(e, kind)) return;
      e[field].forEach(function (x) { count[x] = (count[x] || 0) + 1; });
    });
    st.facets[kind].forEach(function (x) { if (!count[x]) count[x] = 0; });
    var ids = Object.keys(count).map(Number).sort(function (a, b) { return count[b] - count[a] || (N[a].n < N[b].n ? -1 : 1); });
    list.textContent = '';
    ids.slice(0, FACETMAX).forEach(function (x) {
      var lab = el('label'), box = el('input'), name = el('span', null, N[x].n);
      box.type = 'checkbox';
      box.checked = st.facets[kind].indexOf(x) >= 0;
      name.dir = 'auto';
      if (N[x].a) name.title = N[x].a.join(' · ');
      box.addEventListener('change', function () {
        var f = st.facets[kind], i = f.indexOf(x);
        if (box.checked && i < 0) f.push(x);
        if (!box.checked && i >= 0) f.splice(i, 1);
        filterChanged();
      });
      lab.appendChild(box);
      lab.appendChild(name);
      lab.appendChild(el('small', null, String(count[x])));
      list.appendChild(lab);
    });
    if (ids.length > FACETMAX) list.appendChild(el('div', 'tk-facet-note', fill(U.facet_more, ids.length - FACETMAX, 0)));
  }
  function drawFacets() {
    var chips = $('tk-chips');
    chips.textContent = '';
    facetBoxes.forEach(function (fb) {
      var n = st.facets[fb.kind].length;
      fb.s.textContent = U[fb.word] + (n ? ' (' + n + ')' : '');
      if (fb.d.open) fillFacet(fb.kind, fb.list);
      st.facets[fb.kind].forEach(function (x) {
        var c = el('button', null, '× ' + N[x].n);
        c.type = 'button';
        c.dir = 'auto';
        c.setAttribute('aria-label', U.clear + ': ' + N[x].n);
        c.addEventListener('click', function () {
          st.facets[fb.kind].splice(st.facets[fb.kind].indexOf(x), 1);
          filterChanged();
        });
        chips.appendChild(c);
      });
    });
  }

  // --- The view in the link -------------------------------------------------------------------------
  // #q=TEXT&types=KEY,KEY&people=NAME|NAME&places=...&orgs=...&group=G&from=DAY&to=DAY&select=ID&list=1&sort=date
  var hashTimer = 0, restoring = true;
  function saveHash() {
    if (restoring) return;
    clearTimeout(hashTimer);
    hashTimer = setTimeout(function () {
      var p = new URLSearchParams();
      if (st.q) p.set('q', st.q);
      var off = T.filter(function (t) { return !t.on; });
      if (off.length) p.set('types', T.filter(function (t) { return t.on; }).map(function (t) { return t.key; }).join(','));
      FACETS.forEach(function (f) {
        if (st.facets[f[0]].length) p.set(f[1], st.facets[f[0]].map(function (x) { return N[x].n; }).join('|'));
      });
      if (st.group !== data.group) p.set('group', st.group);
      p.set('from', iso(view.t0));
      p.set('to', iso(view.t1 - 1));
      if (st.sel >= 0) p.set('select', st.sel);
      if (st.list) p.set('list', '1');
      if (st.sort !== 'date' || st.desc) p.set('sort', (st.desc ? '-' : '') + st.sort);
      history.replaceState(null, '', '#' + p.toString());
    }, 250);
  }
  function restore() {
    var p = new URLSearchParams(location.hash.slice(1));
    st.q = p.get('q') || p.get('filter') || '';
    filter.value = st.q;
    if (p.get('types')) {
      var on = p.get('types').split(',');
      T.forEach(function (t) { t.on = on.indexOf(t.key) >= 0; });
    }
    FACETS.forEach(function (f) {
      if (!p.get(f[1])) return;
      var want = p.get(f[1]).split('|');
      N.forEach(function (x, i) { if (x.k === f[0] && want.indexOf(x.n) >= 0) st.facets[f[0]].push(i); });
    });
    if (['type', 'person', 'place', 'organization'].indexOf(p.get('group')) >= 0) st.group = p.get('group');
    if (p.get('sort')) { st.desc = p.get('sort')[0] === '-'; st.sort = p.get('sort').replace('-', ''); }
    applyFilter();
    buildLanes();
    openView();
    base = { t0: view.t0, t1: view.t1 };
    var re = /^\d{4}-\d{2}-\d{2}$/;
    if (re.test(p.get('from') || '') && re.test(p.get('to') || '')) {
      view.t0 = day(p.get('from'));
      view.t1 = day(p.get('to')) + DAY;
    }
    drawLegend();
    drawFacets();
    if (p.get('list') === '1') setList(true);
    return p.has('select') ? +p.get('select') : -1;
  }

  // --- Pointer, wheel and keys --------------------------------------------------------------------------
  var drag = null;
  scroller.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0 || ev.target.closest('.tk-label')) return;
    drag = { x: ev.clientX, y: ev.clientY, t0: view.t0, t1: view.t1, top: scroller.scrollTop, moved: false };
  });
  window.addEventListener('pointermove', function (ev) {
    if (ovDrag) { ovMove(ev); return; }
    if (drag) {
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        scroller.classList.add('tk-dragging');
        tip.hidden = true;
      }
      if (drag.moved) {
        var d = (rtl ? dx : -dx) * (drag.t1 - drag.t0) / W;
        view.t0 = drag.t0 + d;
        view.t1 = drag.t1 + d;
        scroller.scrollTop = drag.top - dy;
        changed(true);
      }
      return;
    }
    var n = ev.target.closest && ev.target.closest('.tk-track [data-event-id]');
    if (!n) { tip.hidden = true; return; }
    var id = +n.getAttribute('data-event-id');
    if (!late()) { tip.hidden = true; return; }
    if (tip.getAttribute('data-for') !== String(id)) {
      tip.textContent = '';
      tip.appendChild(card(E[id]));
      tip.setAttribute('data-for', id);
    }
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = Math.min(ev.clientX + 14, window.innerWidth - w - 4), y = ev.clientY + 16;
    if (y + h > window.innerHeight - 4) y = Math.max(4, ev.clientY - h - 10);
    tip.style.left = Math.max(4, x) + 'px';
    tip.style.top = y + 'px';
  });
  window.addEventListener('pointerup', function (ev) {
    if (ovDrag) { ovUp(ev); return; }
    if (!drag) return;
    var moved = drag.moved;
    drag = null;
    scroller.classList.remove('tk-dragging');
    if (moved) return;
    var n = ev.target.closest && ev.target.closest('.tk-track [data-event-id]');
    if (n) { select(+n.getAttribute('data-event-id')); return; }
    var p = ev.target.closest && ev.target.closest('[data-event-ids]');
    if (p) { tip.hidden = true; openPop(p); }
  });
  // A "+N" reached with the keyboard opens with Enter or Space.
  lanesEl.addEventListener('click', function (ev) {
    if (ev.detail !== 0) return; // a pointer click is handled on pointerup
    var p = ev.target.closest && ev.target.closest('[data-event-ids]');
    if (p) openPop(p);
  });
  scroller.addEventListener('pointerleave', function () { if (!drag) tip.hidden = true; });
  scroller.addEventListener('scroll', function () { changed(false); });
  scroller.addEventListener('wheel', function (ev) {
    var rect = axis.getBoundingClientRect();
    if (ev.clientX < rect.left || ev.clientX > rect.right) return; // over the labels: scroll lanes
    ev.preventDefault();
    wheel(ev, rect);
  }, { passive: false });
  function wheel(ev, rect) {
    var unit = ev.deltaMode === 1 ? 16 : ev.deltaMode === 2 ? 400 : 1;
    if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY) || ev.shiftKey) {
      pan((ev.shiftKey ? ev.deltaY : ev.deltaX) * unit * (rtl ? -1 : 1));
      return;
    }
    var at = rtl ? rect.right - ev.clientX : ev.clientX - rect.left;
    zoom(Math.exp(ev.deltaY * unit * 0.0015), at * W / rect.width);
  }

  // The overview's brush: drag it to move the view, its edges to resize
  // it, elsewhere to draw a new period; a click centres the view there.
  var ovDrag = null;
  ov.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    var r = ov.getBoundingClientRect(), x = ev.clientX - r.left;
    var bx0 = ovX(view.t0), bx1 = ovX(view.t1), l = Math.min(bx0, bx1), rr = Math.max(bx0, bx1), mode = 'new';
    if (Math.abs(x - l) <= 6) mode = rtl ? 'end' : 'start';
    else if (Math.abs(x - rr) <= 6) mode = rtl ? 'start' : 'end';
    else if (x > l && x < rr) mode = 'move';
    ovDrag = { mode: mode, x: x, r: r, t0: view.t0, t1: view.t1, at: ovT(x), moved: false, ov0: OV.t0, ov1: OV.t1 };
    ev.preventDefault();
  });
  function ovMove(ev) {
    var d = ovDrag, x = ev.clientX - d.r.left, t = d.ov0 + ((rtl ? OV.w - x : x) / OV.w) * (d.ov1 - d.ov0);
    if (Math.abs(x - d.x) > 3) d.moved = true;
    if (!d.moved) return;
    if (d.mode === 'move') {
      var dt = t - d.at;
      view.t0 = d.t0 + dt;
      view.t1 = d.t1 + dt;
    } else if (d.mode === 'start') {
      view.t0 = Math.min(t, d.t1 - MINSPAN);
    } else if (d.mode === 'end') {
      view.t1 = Math.max(t, d.t0 + MINSPAN);
    } else {
      view.t0 = Math.min(d.at, t);
      view.t1 = Math.max(d.at, t);
      if (view.t1 - view.t0 < MINSPAN) view.t1 = view.t0 + MINSPAN;
    }
    changed(true);
  }
  function ovUp() {
    var d = ovDrag;
    ovDrag = null;
    if (!d.moved) {
      var span = view.t1 - view.t0;
      view.t0 = d.at - span / 2;
      view.t1 = d.at + span / 2;
    }
    changed(true);
  }
  ov.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = ov.getBoundingClientRect(), t = ovT(ev.clientX - r.left), f = Math.exp(ev.deltaY * (ev.deltaMode ? 16 : 1) * 0.0015);
    var ns = clamp((view.t1 - view.t0) * f, MINSPAN, MAXSPAN), k = (t - view.t0) / (view.t1 - view.t0);
    view.t0 = t - k * ns;
    view.t1 = view.t0 + ns;
    changed(true);
  }, { passive: false });

  $('tk-in').addEventListener('click', function () { zoom(0.5); });
  $('tk-out').addEventListener('click', function () { zoom(2); });
  $('tk-fit').addEventListener('click', function () { fitAll(); base = { t0: view.t0, t1: view.t1 }; changed(true); });
  $('tk-main').addEventListener('click', function () { openView(); base = { t0: view.t0, t1: view.t1 }; changed(true); });
  $('tk-listbtn').addEventListener('click', function () { setList(!st.list); });
  $('tk-print').addEventListener('click', function () { window.print(); });
  $('tk-png').addEventListener('click', function () { savePNG(); });
  $('tk-group').addEventListener('change', function () {
    st.group = this.value;
    buildLanes();
    scroller.scrollTop = 0;
    changed(true);
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') {
      if (!pop.hidden) closePop();
      else select(-1);
      return;
    }
    var tag = ev.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var k = ev.key, step = W / 5;
    if (k === '+' || k === '=') zoom(0.5);
    else if (k === '-') zoom(2);
    else if (k === '0') { fitAll(); changed(true); }
    else if (k === 'ArrowLeft' && !ev.target.closest('.tk-pop')) pan(rtl ? step : -step);
    else if (k === 'ArrowRight' && !ev.target.closest('.tk-pop')) pan(rtl ? -step : step);
    else if (k === '/') filter.focus();
    else return;
    ev.preventDefault();
  });
  document.addEventListener('pointerdown', function (ev) {
    if (!pop.hidden && !ev.target.closest('.tk-pop') && !ev.target.closest('[data-event-ids]')) closePop();
    facetBoxes.forEach(function (fb) { if (fb.d.open && !fb.d.contains(ev.target)) fb.d.open = false; });
  });

  var filterTimer = 0;
  filter.addEventListener('input', function () {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { st.q = filter.value; filterChanged(); }, 150);
  });
  window.addEventListener('resize', function () { changed(true); });
  // Print draws every lane, not only those near the screen.
  window.addEventListener('beforeprint', function () { printing = true; relayout = true; render(); });
  window.addEventListener('afterprint', function () { printing = false; changed(true); });

  // --- PNG: the view drawn again on a canvas ----------------------------------------------------------------
  // cut shortens text to max pixels in the canvas' font with an ellipsis,
  // as the chart's labels are (fillText's own maxWidth squeezes the letters).
  function cut(c, text, max) {
    if (c.measureText(text).width <= max) return text;
    var lo = 0, hi = text.length;
    while (lo < hi) {
      var m = (lo + hi + 1) >> 1;
      if (c.measureText(text.slice(0, m) + '…').width <= max) lo = m;
      else hi = m - 1;
    }
    return lo ? text.slice(0, lo) + '…' : '';
  }
  function savePNG() {
    var LW = 190, rowsH = 0, shown = lanes.filter(function (l) { return l.lay && l.lay.on > 0; });
    shown.forEach(function (l) { rowsH += l.lay.h + 1; });
    var head = 64, width = LW + W, height = Math.min(head + rowsH + 8, 8000), dpr = 2;
    var cv = el('canvas');
    cv.width = width * dpr;
    cv.height = height * dpr;
    var c = cv.getContext('2d');
    c.scale(dpr, dpr);
    c.fillStyle = '#fff';
    c.fillRect(0, 0, width, height);
    c.direction = rtl ? 'rtl' : 'ltr';
    function X(x) { return rtl ? W - x : LW + x; } // track x from the start edge → canvas x
    var lx = rtl ? W : 0;
    c.fillStyle = '#1f2328';
    c.font = '600 16px ' + FONT;
    c.textBaseline = 'top';
    c.textAlign = rtl ? 'right' : 'left';
    c.fillText(data.title + ' — ' + fmtDate(view.t0, 'd', MONTHS) + ' – ' + fmtDate(view.t1 - 1, 'd', MONTHS), rtl ? width - 8 : 8, 8);
    c.font = '12px ' + FONT;
    c.fillStyle = '#656d76';
    var tk = ticks(view.t0, view.t1, W, 90);
    tk.ts.forEach(function (t) {
      var x = fx(t);
      if (x < 0 || x > W) return;
      c.fillRect(X(x), 36, 1, height - 36);
      var text = fmtDate(t, tk.unit, MON);
      if (x + 8 + c.measureText(text).width <= W) c.fillText(text, X(x) + (rtl ? -4 : 4), 40);
    });
    c.fillStyle = 'rgba(180,35,24,.12)';
    ARTS.forEach(function (a) {
      var x0 = fx(a.s), x1 = fx(a.s + DAY);
      if (x1 < 0 || x0 > W) return;
      c.fillRect(Math.min(X(x0), X(x1)), 36, Math.max(2, Math.abs(X(x1) - X(x0))), height - 36);
    });
    var y = head;
    shown.forEach(function (l) {
      if (y > height) return;
      var lay = l.lay;
      c.fillStyle = '#e3e5e8';
      c.fillRect(0, y + lay.h, width, 1);
      c.fillStyle = '#1f2328';
      c.font = '13px ' + FONT;
      c.textAlign = rtl ? 'right' : 'left';
      c.save();
      c.beginPath();
      c.rect(lx, y, LW, lay.h);
      c.clip();
      c.fillText(l.label + ' ' + lay.on, rtl ? width - 10 : 10, y + 5);
      c.restore();
      c.save();
      c.beginPath();
      c.rect(rtl ? 0 : LW, y, W, lay.h);
      c.clip();
      lay.items.forEach(function (it) {
        var e = E[it.id], band = !!it.band, top = y + (band ? 1 + it.r * BAND : lay.bandH + 3 + it.r * ROW), mh = band ? 13 : 12;
        var cy = top + (band ? 6.5 : ROW / 2);
        c.fillStyle = e.color;
        c.strokeStyle = e.color;
        var a = X(Math.max(it.x0, 0)), b = X(Math.min(it.x1, W));
        if (e.point) {
          c.beginPath();
          c.arc(X(it.x0 + 6), cy, 6, 0, 7);
          if (e.planned) { c.lineWidth = 2; c.stroke(); } else c.fill();
        } else if (e.planned) {
          c.lineWidth = 1.5;
          c.strokeRect(Math.min(a, b), cy - mh / 2, Math.abs(b - a), mh);
        } else c.fillRect(Math.min(a, b), cy - mh / 2, Math.abs(b - a), mh);
        if (it.mode === 'none') return;
        c.font = (band ? '9px ' : '12px ') + FONT;
        c.textBaseline = 'middle';
        if (band || it.mode === 'in') {
          c.fillStyle = e.planned ? e.color : T[e.type].ink;
          c.textAlign = rtl ? 'right' : 'left';
          c.fillText(cut(c, shownLabel(e), Math.abs(b - a) - 6), a + (rtl ? -4 : 4), cy);
        } else {
          c.fillStyle = '#1f2328';
          var flip = it.mode === 'flip';
          c.textAlign = (rtl !== flip) ? 'right' : 'left';
          var at = flip ? X(it.x0) + (rtl ? 4 : -4) : X(it.x1) + (rtl ? -4 : 4);
          c.fillText(cut(c, shownLabel(e), LABELMAX), at, cy);
        }
        c.textBaseline = 'top';
      });
      lay.pills.forEach(function (p) {
        c.fillStyle = '#d0d7de';
        var px = X(p.b * PILL), top = y + lay.bandH + lay.rows * ROW + 2;
        c.fillRect(rtl ? px - 30 : px, top, 30, 16);
        c.fillStyle = '#1f2328';
        c.font = '11px ' + FONT;
        c.textAlign = 'center';
        c.fillText('+' + p.ids.length, rtl ? px - 15 : px + 15, top + 2);
      });
      c.restore();
      y += lay.h + 1;
    });
    cv.toBlob(function (blob) {
      var a = el('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'timeline-' + iso(view.t0) + '.png';
      app.setAttribute('data-png', width * dpr + 'x' + height * dpr + ' ' + blob.size);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
    }, 'image/png');
  }

  // --- Start ---------------------------------------------------------------------------------------------------
  // A link with a search starts when the late data (which the search
  // reads) is there; any other starts at once.
  function start() {
    var sel = restore();
    render();
    restoring = false;
    if (sel >= 0) select(sel);
  }
  var h0 = new URLSearchParams(location.hash.slice(1));
  if (h0.get('q') || h0.get('filter')) withLate(start);
  else start();
}());
