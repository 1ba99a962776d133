/* Dyad dashboard: one dyad over time, drawn as SVG from /dyads; a click lists the events from /events. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  var DAY = 86400000;
  var PERIOD_DAYS = {day: 1, week: 7, month: 30.44};
  var W = 960, H = 440, M = {left: 64, right: 24, top: 36};
  var TOP = {y0: 44, y1: 200};      // Goldstein panel
  var BOTTOM = {y0: 244, y1: 392};  // events per quad class

  var form = document.getElementById("dyad-form");
  var svg = document.getElementById("chart");
  var status = document.getElementById("dyad-status");
  var list = document.getElementById("event-list");
  var listTitle = document.getElementById("event-list-title");
  var field = function (id) { return document.getElementById(id); };

  function s(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function h(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function signed(x) { return x === null || x === undefined ? "–" : (x >= 0 ? "+" : "") + Number(x).toFixed(1); }
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }

  function params() {
    var p = new URLSearchParams();
    p.set("source", field("dyad-source").value.trim().toUpperCase());
    p.set("target", field("dyad-target").value.trim().toUpperCase());
    p.set("freq", field("dyad-freq").value);
    p.set("count", field("dyad-count").value);
    if (field("dyad-from").value) p.set("from", field("dyad-from").value);
    if (field("dyad-to").value) p.set("to", field("dyad-to").value);
    return p;
  }

  function niceTicks(lo, hi, count) {
    var span = hi - lo || 1, step = Math.pow(10, Math.floor(Math.log10(span / count)));
    [1, 2, 5, 10].some(function (m) { if (span / (step * m) <= count) { step *= m; return true; } return false; });
    var ticks = [];
    for (var v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
    return ticks;
  }

  function draw(data, measure) {
    svg.textContent = "";
    var rows = data.rows;
    if (!rows.length) {
      svg.appendChild(s("text", {x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty"},
                        "No events from " + data.source + " to " + data.target + "."));
      return;
    }
    var half = PERIOD_DAYS[data.freq] * DAY / 2;
    var center = function (iso) { return day(iso) + (data.freq === "day" ? 0 : half); };
    var t0 = center(rows[0].period) - half, t1 = center(rows[rows.length - 1].period) + half;
    var x0 = M.left, x1 = W - M.right;
    var periodPx = Math.max(2, (x1 - x0) * (2 * half) / (t1 - t0));
    var x = function (iso) { return x0 + (center(iso) - t0) / (t1 - t0) * (x1 - x0); };

    // --- Goldstein panel
    var values = rows.map(function (r) { return r[measure]; }).filter(function (v) { return v !== null; });
    var gLo, gHi;
    if (measure === "goldstein_mean") { gLo = -10; gHi = 10; } else {
      gLo = Math.min(0, Math.min.apply(null, values)); gHi = Math.max(0, Math.max.apply(null, values));
      if (gHi - gLo < 1) { gHi += 1; }
      var ticks = niceTicks(gLo, gHi, 5), gStep = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
      gLo = Math.floor(gLo / gStep + 1e-9) * gStep; gHi = Math.ceil(gHi / gStep - 1e-9) * gStep;  // end on a tick
    }
    var gy = function (v) { return TOP.y1 - (v - gLo) / (gHi - gLo) * (TOP.y1 - TOP.y0); };
    var axes = s("g", {"class": "axes"});
    niceTicks(gLo, gHi, 5).forEach(function (t) {
      axes.appendChild(s("line", {x1: x0, x2: x1, y1: gy(t), y2: gy(t), "class": t === 0 ? "zero" : "grid"}));
      axes.appendChild(s("text", {x: x0 - 8, y: gy(t) + 4, "text-anchor": "end"}, t));
    });
    axes.appendChild(s("text", {x: x0, y: TOP.y0 - 14, "class": "panel-title"},
                       "Goldstein " + (measure === "goldstein_mean" ? "mean" : "sum")));

    // --- events per quad class panel (stacked bars)
    var maxEvents = Math.max.apply(null, rows.map(function (r) { return r.events; })) || 1;
    var cy = function (v) { return BOTTOM.y1 - v / maxEvents * (BOTTOM.y1 - BOTTOM.y0); };
    niceTicks(0, maxEvents, 4).forEach(function (t) {
      if (t !== Math.round(t)) return;
      axes.appendChild(s("line", {x1: x0, x2: x1, y1: cy(t), y2: cy(t), "class": t === 0 ? "zero" : "grid"}));
      axes.appendChild(s("text", {x: x0 - 8, y: cy(t) + 4, "text-anchor": "end"}, t));
    });
    axes.appendChild(s("text", {x: x0, y: BOTTOM.y0 - 14, "class": "panel-title"}, "Events by quad class"));
    // x labels: at most ~10
    var step = Math.ceil(rows.length / 10);
    rows.forEach(function (r, i) {
      if (i % step) return;
      axes.appendChild(s("text", {x: x(r.period), y: BOTTOM.y1 + 18, "text-anchor": "middle"}, r.period));
    });
    svg.appendChild(axes);

    var bars = s("g", {"class": "bars"});
    var bw = Math.min(44, periodPx * 0.7);
    rows.forEach(function (r) {
      var base = 0;
      [1, 2, 3, 4].forEach(function (q) {
        var n = r["quad" + q];
        if (!n) return;
        var rect = s("rect", {x: x(r.period) - bw / 2, y: cy(base + n), width: bw, height: cy(base) - cy(base + n),
                              "class": "bar quad-" + q, "data-period": r.period, "data-period-end": r.period_end,
                              tabindex: 0});
        rect.appendChild(s("title", {}, r.period + ": " + n + " " + QUADS[q]));
        bars.appendChild(rect);
        base += n;
      });
    });
    svg.appendChild(bars);

    var line = s("g", {"class": "series"});
    var pts = rows.filter(function (r) { return r[measure] !== null; });
    if (pts.length > 1) {
      line.appendChild(s("path", {"class": "line", d: pts.map(function (r, i) {
        return (i ? "L" : "M") + x(r.period).toFixed(1) + "," + gy(r[measure]).toFixed(1);
      }).join("")}));
    }
    pts.forEach(function (r) {
      var c = s("circle", {cx: x(r.period), cy: gy(r[measure]), r: 6, "class": "point", tabindex: 0,
                           "data-period": r.period, "data-period-end": r.period_end, "data-events": r.events});
      c.appendChild(s("title", {}, r.period + (r.period_end !== r.period ? " – " + r.period_end : "") + ": " +
                      r.events + " events, Goldstein sum " + signed(r.goldstein_sum) + ", mean " +
                      signed(r.goldstein_mean)));
      line.appendChild(c);
    });
    svg.appendChild(line);

    // legend, laid out by measured text widths
    var legend = s("g", {"class": "legend"});
    svg.appendChild(legend);
    var lx = 0;
    legend.appendChild(s("line", {x1: 0, x2: 18, y1: 0, y2: 0, "class": "line"}));
    legend.appendChild(s("circle", {cx: 9, cy: 0, r: 4, "class": "point"}));
    var label = legend.appendChild(s("text", {x: 24, y: 4}, "Goldstein " + (measure === "goldstein_mean" ? "mean" : "sum")));
    lx = 24 + label.getComputedTextLength() + 18;
    [1, 2, 3, 4].forEach(function (q) {
      legend.appendChild(s("rect", {x: lx, y: -6, width: 12, height: 12, "class": "bar quad-" + q}));
      var t = legend.appendChild(s("text", {x: lx + 17, y: 4}, QUADS[q]));
      lx += 17 + t.getComputedTextLength() + 18;
    });
    legend.setAttribute("transform", "translate(" + (x1 - lx + 18) + ",14)");
  }

  function load(push) {
    var p = params();
    if (!form.checkValidity()) { form.reportValidity(); return; }
    var measure = field("dyad-measure").value;
    status.textContent = "Loading…";
    document.getElementById("chart-title").textContent = p.get("source") + " → " + p.get("target") + " per " + p.get("freq");
    if (push) history.replaceState(null, "", "/dashboard?" + p.toString());
    fetch("/dyads?" + p.toString()).then(function (resp) {
      return resp.json().then(function (json) { return {ok: resp.ok, status: resp.status, json: json}; });
    }).then(function (r) {
      if (!r.ok) {
        var d = r.json.detail;
        status.textContent = "Error " + r.status + ": " + (Array.isArray(d) ? d.map(function (x) { return x.msg; }).join("; ") : d);
        svg.textContent = "";
        return;
      }
      var total = r.json.rows.reduce(function (a, row) { return a + row.events; }, 0);
      var unit = r.json.count === "mentions" ? [" event", " events"] : [" happening", " happenings"];
      status.textContent = total + (total === 1 ? unit[0] : unit[1]) + " in " + r.json.rows.length + " period" +
        (r.json.rows.length === 1 ? "" : "s");
      draw(r.json, measure);
    }).catch(function (err) { status.textContent = "Error: " + err; });
  }

  function showEvents(from, to) {
    var p = params();
    p.delete("freq");
    p.delete("count");
    p.set("from", from);
    p.set("to", to);
    p.set("limit", "500");
    listTitle.textContent = "Events " + p.get("source") + " → " + p.get("target") + ", " + from + (to !== from ? " – " + to : "");
    list.textContent = "";
    list.appendChild(h("p", {"class": "muted"}, "Loading…"));
    fetch("/events?" + p.toString()).then(function (resp) { return resp.json(); }).then(function (data) {
      list.textContent = "";
      if (!data.events || !data.events.length) { list.appendChild(h("p", {"class": "muted"}, "No events.")); return; }
      var table = h("table", {"class": "data", id: "event-table"});
      var head = h("tr");
      ["Day", "Source", "Verb", "Target", "CAMEO", "Goldstein", "Flags", "Evidence"].forEach(function (t) {
        head.appendChild(h("th", null, t));
      });
      table.appendChild(h("thead")).appendChild(head);
      var body = table.appendChild(h("tbody"));
      data.events.forEach(function (e) {
        var tr = h("tr", {"class": "event-row", "data-event": e.event_id, "data-cameo": e.cameo});
        tr.appendChild(h("td", {"class": "nowrap"}, e.day));
        tr.appendChild(h("td", null, e.source_name + " [" + e.source_code + "]"));
        var verb = h("td");
        verb.appendChild(h("a", {href: "/article/" + encodeURIComponent(e.article_id) + "#event-" + e.event_id,
                                 "class": "event-link"}, e.verb));
        tr.appendChild(verb);
        tr.appendChild(h("td", null, e.target_name ? e.target_name + " [" + e.target_code + "]" : "–"));
        var cameo = h("td");
        cameo.appendChild(h("span", {"class": "quad quad-" + e.quad_class}, e.cameo + " " + e.cameo_name));
        tr.appendChild(cameo);
        tr.appendChild(h("td", {"class": "num"}, signed(e.goldstein)));
        tr.appendChild(h("td", null, [e.negated && "negated", e.hypothetical && "hypothetical"].filter(Boolean).join(", ")));
        var ev = h("td", {"class": "evidence"});
        ev.appendChild(document.createTextNode(e.evidence.length > 220 ? e.evidence.slice(0, 217) + "…" : e.evidence));
        ev.appendChild(document.createTextNode(" "));
        ev.appendChild(h("a", {href: "/article/" + encodeURIComponent(e.article_id), "class": "article-link"}, e.article_id));
        tr.appendChild(ev);
        body.appendChild(tr);
      });
      list.appendChild(table);
    }).catch(function (err) { list.textContent = "Error: " + err; });
  }

  function pick(ev) {
    var node = ev.target.closest ? ev.target.closest("[data-period]") : null;
    if (!node || !svg.contains(node)) return;
    svg.querySelectorAll(".selected").forEach(function (n) { n.classList.remove("selected"); });
    svg.querySelectorAll('[data-period="' + node.getAttribute("data-period") + '"]').forEach(function (n) {
      n.classList.add("selected");
    });
    showEvents(node.getAttribute("data-period"), node.getAttribute("data-period-end"));
  }
  svg.addEventListener("click", pick);
  svg.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(ev); } });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(true); });
  field("dyad-measure").addEventListener("change", function () { load(false); });

  var q = new URLSearchParams(location.search);
  if (q.get("from")) field("dyad-from").value = q.get("from");
  if (q.get("to")) field("dyad-to").value = q.get("to");
  if (q.get("measure")) field("dyad-measure").value = q.get("measure");
  load(false);
})();
