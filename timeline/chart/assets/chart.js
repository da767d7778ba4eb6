// tarikh chart: draws the events of the page's JSON (#tk-data) as a
// horizontal timeline with lanes, zoom and pan. No library, no network.
//
// Safety: article text reaches the page only through textContent and
// attribute setters, never as markup.
//
// Every event drawn carries data-event-id; events drawn together as a "+N"
// pill when too many share a spot carry their ids in data-event-ids. After
// each render #tk-app records data-drawn (events drawn one by one),
// data-clustered, and after the first one data-render-ms (performance.now(),
// ms since navigation start), with data-script-ms (when this script began:
// the page is parsed) and data-json-ms (the events are decoded).
(function () {
  'use strict';
  var DAY = 86400000, ROW = 22, PILL = 36, LABELMAX = 260;
  var MINSPAN = 3 * DAY, MAXSPAN = 600 * 365.25 * DAY;

  var tScript = performance.now();
  var data = JSON.parse(document.getElementById('tk-data').textContent);
  var tData = performance.now();
  var U = data.ui, E = data.events, T = data.types, rtl = data.dir === 'rtl';
  // Rows per lane before events become "+N" pills: a small chart has room.
  var MAXROWS = E.length <= 100 ? 10 : 4;
  var side = rtl ? 'right' : 'left', otherSide = rtl ? 'left' : 'right';
  var MONTHS = U.months.split('|'), MON = U.months_short.split('|');
  var $ = function (id) { return document.getElementById(id); };
  var app = $('tk-app'), scroller = $('tk-scroll'), axis = $('tk-axis'), grid = $('tk-grid'),
    lanesEl = $('tk-lanes'), tip = $('tk-tip'), details = $('tk-details'), filter = $('tk-filter');

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function fill(s, n, m) { return s.replace('{n}', n).replace('{m}', m); }
  // norm folds case, Arabic diacritics, tatweel and letter variants for the filter.
  function norm(s) {
    return s.toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
  }
  function utc(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return t.getTime(); }
  function day(s) { return utc(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)); }

  E.forEach(function (e) {
    e.s = day(e.start);
    e.e = day(e.end) + DAY;
    e.point = e.gran === 'day' && e.start === e.end;
    e.on = true;
    e.color = T[e.type].color;
    e.label = e.headline || T[e.type].label;
  });

  // Label widths, measured once per event on a canvas.
  var ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '12px ' + getComputedStyle(document.body).fontFamily;
  function labelWidth(e) {
    if (e.lw == null) e.lw = Math.min(LABELMAX, Math.ceil(ctx.measureText(e.label).width));
    return e.lw;
  }

  // Lanes.
  $('tk-grouplabel').textContent = U['group_' + data.group];
  var lanes = data.lanes.map(function (l) {
    var row = el('div', 'tk-row tk-lane'), lab = el('div', 'tk-label'), track = el('div', 'tk-track');
    var name = el('span', null, l.label), count = el('small');
    name.dir = 'auto';
    lab.title = l.label;
    lab.appendChild(name);
    lab.appendChild(count);
    row.appendChild(lab);
    row.appendChild(track);
    lanesEl.appendChild(row);
    return { events: l.events, row: row, track: track, count: count };
  });

  // Legend: a swatch per type, then happened and planned.
  var legend = $('tk-legend');
  T.forEach(function (t) {
    var n = E.filter(function (e) { return T[e.type] === t; }).length;
    var item = el('span'), sw = el('span', 'tk-sw'), lab = el('span', null, t.label + ' (' + n + ')');
    sw.style.background = t.color;
    lab.dir = 'auto';
    item.appendChild(sw);
    item.appendChild(lab);
    legend.appendChild(item);
  });
  [['happened', ''], ['planned', ' tk-hollow']].forEach(function (p) {
    var item = el('span');
    item.appendChild(el('span', 'tk-sw' + p[1]));
    item.appendChild(el('span', null, U[p[0]]));
    item.style.marginInlineStart = p[1] ? '0' : '12px';
    legend.appendChild(item);
  });

  // The view: [t0, t1) in ms, drawn across W pixels; fx gives the distance
  // from the start edge (left, or right in Arabic: time runs right to left).
  var view = { t0: 0, t1: 1 }, W = 1;
  function fx(t) { return (t - view.t0) * W / (view.t1 - view.t0); }

  function fit() {
    var lo = Infinity, hi = -Infinity;
    E.forEach(function (e) {
      if (e.on) { lo = Math.min(lo, e.s); hi = Math.max(hi, e.e); }
    });
    if (lo === Infinity) { lo = Date.now() - 365 * DAY; hi = Date.now(); }
    var span = Math.max(hi - lo, 14 * DAY), mid = (lo + hi) / 2;
    span = Math.min(span * 1.08, MAXSPAN);
    // Leave room at the end for the last event's label.
    view.t0 = mid - span / 2;
    view.t1 = mid + span / 2 + span * 0.12;
  }

  function zoom(factor, at) {
    var span = view.t1 - view.t0, ns = Math.min(MAXSPAN, Math.max(MINSPAN, span * factor));
    if (at == null) at = W / 2;
    var tc = view.t0 + at * span / W;
    view.t0 = tc - at * ns / W;
    view.t1 = view.t0 + ns;
    schedule();
  }

  function pan(px) {
    var d = px * (view.t1 - view.t0) / W;
    view.t0 += d;
    view.t1 += d;
    schedule();
  }

  // Axis ticks: the finest step whose labels are at least 90 px apart.
  var STEPS = [[1, 'd'], [2, 'd'], [7, 'd'], [14, 'd'], [1, 'm'], [2, 'm'], [3, 'm'], [6, 'm'], [1, 'y'], [2, 'y'],
    [5, 'y'], [10, 'y'], [20, 'y'], [50, 'y'], [100, 'y']];
  var LEN = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
  // Dates are formatted by hand with the month names of the page's language
  // (Intl would load its locale data first, which costs more than the chart).
  function fmtDate(t, unit, names) {
    var d = new Date(t), y = d.getUTCFullYear();
    if (unit === 'y') return String(y);
    var m = names[d.getUTCMonth()] + ' ' + y;
    return unit === 'm' ? m : d.getUTCDate() + ' ' + m;
  }
  function ticks() {
    var min = 90 * (view.t1 - view.t0) / W, step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (STEPS[i][0] * LEN[STEPS[i][1]] >= min) { step = STEPS[i]; break; }
    }
    var n = step[0], u = step[1], out = [], d = new Date(view.t0), t;
    if (u === 'd') {
      for (t = Math.floor(view.t0 / (n * DAY)) * n * DAY; t < view.t1; t += n * DAY) out.push(t);
    } else if (u === 'm') {
      var y = d.getUTCFullYear(), m = d.getUTCMonth() - d.getUTCMonth() % n;
      for (t = utc(y, m, 1); t < view.t1; m += n, t = utc(y, m, 1)) out.push(t);
    } else {
      for (var yr = Math.floor(d.getUTCFullYear() / n) * n; (t = utc(yr, 0, 1)) < view.t1; yr += n) out.push(t);
    }
    return { ts: out, unit: u };
  }

  var selected = -1, first = true, pending = false;
  function schedule() {
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; render(); }); }
  }

  function render() {
    W = Math.max(1, axis.clientWidth);
    var tk = ticks();
    axis.textContent = '';
    grid.textContent = '';
    tk.ts.forEach(function (t) {
      var x = fx(t);
      if (x < -200 || x > W) return;
      var lab = el('div', 'tk-tick', fmtDate(t, tk.unit, MON)), line = el('div', 'tk-gl');
      lab.style[side] = x + 'px';
      line.style[side] = x + 'px';
      axis.appendChild(lab);
      grid.appendChild(line);
    });
    var drawn = 0, clustered = 0, shown = 0, seen = {};
    lanes.forEach(function (l) {
      var r = drawLane(l);
      l.row.hidden = r.on === 0;
      l.count.textContent = r.on;
      drawn += r.drawn.length;
      clustered += r.clustered;
      r.drawn.forEach(function (id) { seen[id] = true; });
    });
    E.forEach(function (e) { if (e.on) shown++; });
    $('tk-count').textContent = fill(U.shown, shown, E.length);
    app.setAttribute('data-drawn', Object.keys(seen).length);
    app.setAttribute('data-clustered', clustered);
    if (first) {
      first = false;
      app.setAttribute('data-script-ms', tScript.toFixed(1));
      app.setAttribute('data-json-ms', tData.toFixed(1));
      app.setAttribute('data-render-ms', performance.now().toFixed(1));
    }
  }

  // drawLane packs the lane's events into rows (with their labels while there
  // is room, without when not) and gathers what still does not fit into "+N"
  // pills; events outside the view are not drawn.
  function drawLane(l) {
    var frag = document.createDocumentFragment(), ends = [], pills = {}, on = 0, drawnIds = [], nclustered = 0;
    function place(x0, x1) {
      for (var r = 0; r < MAXROWS; r++) {
        if (r === ends.length) { ends.push(x1); return r; }
        if (ends[r] <= x0) { ends[r] = x1; return r; }
      }
      return -1;
    }
    function free(x0) {
      for (var r = 0; r < ends.length; r++) if (ends[r] <= x0) return true;
      return false;
    }
    function pill(id, e, x0) {
      var b = Math.floor(Math.max(0, x0) / PILL), p = pills[b] || (pills[b] = { ids: [], s: e.s, e: e.e });
      p.ids.push(id);
      p.s = Math.min(p.s, e.s);
      p.e = Math.max(p.e, e.e);
      nclustered++;
    }
    for (var i = 0; i < l.events.length; i++) {
      var id = l.events[i], e = E[id];
      if (!e.on) continue;
      on++;
      var x0, x1;
      if (e.point) {
        x0 = fx(e.s + DAY / 2) - 6;
        x1 = x0 + 12;
      } else {
        x0 = fx(e.s);
        x1 = Math.max(fx(e.e), x0 + 6);
      }
      if (x1 < 0 || x0 > W) continue;
      // No row is free here: into a pill, without measuring the label.
      if (ends.length === MAXROWS && !free(x0)) { pill(id, e, x0); continue; }
      // The label goes after the mark, or before it near the end edge.
      var lw = 8 + labelWidth(e), flip = x1 + lw > W && x0 - lw >= 0, label = true;
      var r = flip ? place(x0 - lw, x1 + 3) : place(x0, x1 + lw);
      if (r < 0) { r = place(x0, x1 + 3); label = false; flip = false; }
      if (r < 0) { pill(id, e, x0); continue; }
      frag.appendChild(eventNode(id, e, x0, x1, r, label, flip));
      drawnIds.push(id);
    }
    var rows = Math.max(1, ends.length), keys = Object.keys(pills);
    keys.forEach(function (b) {
      var p = pills[b], n = el('div', 'tk-more', '+' + p.ids.length);
      n.dir = 'ltr';
      n.style[side] = (b * PILL) + 'px';
      n.style.top = (rows * ROW + 4) + 'px';
      n.title = fill(U.more, p.ids.length, 0);
      n.setAttribute('data-event-ids', p.ids.join(' '));
      n.setAttribute('data-t0', p.s);
      n.setAttribute('data-t1', p.e);
      frag.appendChild(n);
    });
    l.track.textContent = '';
    l.track.appendChild(frag);
    l.track.style.height = ((rows + (keys.length ? 1 : 0)) * ROW + 6) + 'px';
    return { on: on, drawn: drawnIds, clustered: nclustered };
  }

  function eventNode(id, e, x0, x1, r, label, flip) {
    var n = el('div', 'tk-ev ' + (e.point ? 'tk-pt' : 'tk-bar') + (e.planned ? ' tk-planned' : '') +
      (flip ? ' tk-flip' : '') + (id === selected ? ' tk-sel' : ''));
    n.setAttribute('data-event-id', id);
    if (flip) n.style[otherSide] = (W - x1) + 'px';
    else n.style[side] = x0 + 'px';
    n.style.top = (3 + r * ROW) + 'px';
    var m = el('span', 'tk-mark');
    if (!e.point) m.style.width = (x1 - x0) + 'px';
    m.style.background = e.color;
    m.style.borderColor = e.color;
    n.appendChild(m);
    if (label) {
      var t = el('span', 'tk-lab', e.label);
      t.dir = 'auto';
      n.appendChild(t);
    }
    return n;
  }

  // Details of one event, for the tooltip and the panel.
  function dateText(e) {
    var s = fmtDate(e.s, 'd', MONTHS), t = fmtDate(e.e - DAY, 'd', MONTHS);
    var txt = s === t ? s : s + ' – ' + t;
    if (!e.point) txt += ' (' + (e.mod ? (U[e.mod] || e.mod) + ' ' : '') + (U[e.gran] || e.gran) + ')';
    // The TIMEX value is isolated left-to-right so that Arabic does not reorder 2024-03-26.
    return txt + ' · \u2066' + e.date + '\u2069';
  }
  function card(e) {
    var c = el('div', 'tk-card'), h = el('h2', null, e.label), dl = el('dl');
    h.dir = 'auto';
    c.appendChild(h);
    if (e.text) {
      var q = el('blockquote', null, e.text);
      q.dir = 'auto';
      c.appendChild(q);
    }
    function row(k, v) {
      if (v == null || v === '' || (v.length === 0 && typeof v !== 'string')) return;
      var dd = el('dd');
      if (typeof v === 'string') dd.textContent = v;
      else v.forEach(function (x) { if (x.nodeType) dd.appendChild(x); else { var s = el('span', 'tk-chip', x); s.dir = 'auto'; dd.appendChild(s); } });
      dl.appendChild(el('dt', null, U[k]));
      dl.appendChild(dd);
    }
    row('date', dateText(e));
    row('as_written', e.time_text);
    row('type', T[e.type].label);
    row('status', U[e.planned ? 'planned' : 'happened']);
    row('people', e.people);
    row('places', e.places);
    row('organizations', e.orgs);
    var src = [el('span', null, String(e.sources) + (e.docs.length ? ': ' : ''))];
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
      src.push(a);
      if (i < e.docs.length - 1) src.push(el('span', null, ', '));
    });
    row('sources', src);
    c.appendChild(dl);
    return c;
  }

  function select(id) {
    selected = id;
    var olds = lanesEl.querySelectorAll('.tk-sel');
    for (var i = 0; i < olds.length; i++) olds[i].classList.remove('tk-sel');
    details.textContent = '';
    if (id < 0 || !E[id]) {
      details.appendChild(el('p', 'tk-pick', U.pick));
      return;
    }
    var now = lanesEl.querySelectorAll('[data-event-id="' + id + '"]');
    for (var j = 0; j < now.length; j++) now[j].classList.add('tk-sel');
    details.appendChild(card(E[id]));
  }

  // Pointer: drag pans (time across, lanes up and down); a click selects an
  // event or zooms into a "+N" pill; hovering shows an event's card.
  var drag = null;
  scroller.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0 || ev.target.closest('.tk-label')) return;
    drag = { x: ev.clientX, y: ev.clientY, t0: view.t0, t1: view.t1, top: scroller.scrollTop, moved: false };
  });
  window.addEventListener('pointermove', function (ev) {
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
        schedule();
      }
      return;
    }
    var n = ev.target.closest && ev.target.closest('[data-event-id]');
    if (!n) { tip.hidden = true; return; }
    var id = +n.getAttribute('data-event-id');
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
    if (!drag) return;
    var moved = drag.moved;
    drag = null;
    scroller.classList.remove('tk-dragging');
    if (moved) return;
    var n = ev.target.closest && ev.target.closest('[data-event-id]');
    if (n) { select(+n.getAttribute('data-event-id')); return; }
    var p = ev.target.closest && ev.target.closest('[data-event-ids]');
    if (p) {
      var s = +p.getAttribute('data-t0'), e = +p.getAttribute('data-t1'), pad = Math.max((e - s) * 0.1, DAY);
      view.t0 = s - pad;
      view.t1 = e + pad;
      if (view.t1 - view.t0 < MINSPAN) { view.t0 -= MINSPAN / 2; view.t1 += MINSPAN / 2; }
      schedule();
    }
  });
  scroller.addEventListener('pointerleave', function () { if (!drag) tip.hidden = true; });
  scroller.addEventListener('wheel', function (ev) {
    var rect = axis.getBoundingClientRect();
    if (ev.clientX < rect.left || ev.clientX > rect.right) return; // over the labels: scroll lanes
    ev.preventDefault();
    var unit = ev.deltaMode === 1 ? 16 : ev.deltaMode === 2 ? 400 : 1;
    if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY) || ev.shiftKey) {
      pan((ev.shiftKey ? ev.deltaY : ev.deltaX) * unit * (rtl ? -1 : 1));
      return;
    }
    var at = rtl ? rect.right - ev.clientX : ev.clientX - rect.left;
    zoom(Math.exp(ev.deltaY * unit * 0.0015), at);
  }, { passive: false });

  $('tk-in').addEventListener('click', function () { zoom(0.5); });
  $('tk-out').addEventListener('click', function () { zoom(2); });
  $('tk-fit').addEventListener('click', function () { fit(); schedule(); });
  document.addEventListener('keydown', function (ev) {
    if (ev.target === filter || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var k = ev.key, step = W / 5;
    if (k === '+' || k === '=') zoom(0.5);
    else if (k === '-') zoom(2);
    else if (k === '0') { fit(); schedule(); }
    else if (k === 'ArrowLeft') pan(rtl ? step : -step);
    else if (k === 'ArrowRight') pan(rtl ? -step : step);
    else if (k === 'Escape') select(-1);
    else return;
    ev.preventDefault();
  });

  // The filter keeps the events with a person, place or organization whose
  // name contains the text.
  function applyFilter() {
    var q = norm(filter.value.trim());
    E.forEach(function (e) {
      if (q && e.key == null) e.key = norm(e.people.concat(e.places, e.orgs).join('\n'));
      e.on = !q || e.key.indexOf(q) >= 0;
    });
  }
  var filterTimer = 0;
  filter.addEventListener('input', function () {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { applyFilter(); schedule(); }, 80);
  });
  window.addEventListener('resize', schedule);

  // A link may carry #filter=NAME&select=ID (the event's data-event-id).
  var hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('filter')) {
    filter.value = hash.get('filter');
    applyFilter();
  }
  fit();
  render();
  if (hash.has('select')) select(+hash.get('select'));
}());
