/* Dyad: marks on article text, and the details panel.
 *
 * The same segmenting as dyad/web/app.py (spans → non-overlapping segments → nested marks), for text
 * coded in the browser (/paste). Article text is untrusted: it only ever reaches the page through
 * textContent and setAttribute, never innerHTML.
 */
(function () {
  "use strict";

  var NESTING = {"quote": 0, "event-source": 1, "event-target": 2, "speaker": 3, "entity": 4, "date": 5,
                 "count": 6, "event-verb": 7};
  var QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, String(attrs[k]));
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function ref(r) { return r ? r.name + " [" + r.code + "]" : "?"; }
  function signed(x) { return (x >= 0 ? "+" : "") + Number(x).toFixed(1); }

  /* The marks of one ArticleResult: the same kinds, classes and data attributes as the server's. */
  function spans(result) {
    var out = [];
    var actors = {};
    (result.actors || []).forEach(function (a) { actors[a.id] = a; });
    (result.entities || []).forEach(function (ent, i) {
      var actor = ent.actor_id ? actors[ent.actor_id] : null;
      out.push({start: ent.start_char, end: ent.end_char, kind: "entity", tag: "mark",
                title: ent.label + ": " + ent.text + (actor ? " → " + actor.name + " [" + actor.code + "]" : ""),
                attrs: {"data-ref": "entity:" + i, "data-label": ent.label, "data-actor": ent.actor_id || ""}});
    });
    (result.quotes || []).forEach(function (q) {
      var who = q.speaker ? ref(q.speaker) : "unknown speaker";
      out.push({start: q.start_char, end: q.end_char, kind: "quote", tag: "mark",
                title: q.kind + " quotation · " + who + (q.cue ? " · " + q.cue : "") +
                       (q.according_to ? " · according to " + q.according_to : ""),
                attrs: {"data-ref": "quote:" + q.id, "data-quote": q.id, "data-kind": q.kind,
                        "data-speaker": q.speaker ? q.speaker.name : "",
                        "data-speaker-code": q.speaker ? q.speaker.code : ""}});
      if (q.speaker && q.speaker.end_char > q.speaker.start_char) {
        out.push({start: q.speaker.start_char, end: q.speaker.end_char, kind: "speaker", tag: "a",
                  title: "speaker: " + ref(q.speaker),
                  attrs: {"href": q.speaker.actor_id ? "#actor-" + q.speaker.actor_id : "#actors",
                          "data-ref": "quote:" + q.id, "data-speaker": q.speaker.name}});
      }
    });
    (result.events || []).forEach(function (e) {
      var flags = [];
      if (e.negated) flags.push("negated");
      if (e.hypothetical) flags.push("hypothetical");
      out.push({start: e.verb_start, end: e.verb_end, kind: "event-verb quad-" + e.quad_class, tag: "mark",
                title: "CAMEO " + e.cameo + " " + e.cameo_name + " · " + ref(e.source) + " → " + ref(e.target) +
                       " · Goldstein " + signed(e.goldstein) + (e.date ? " · " + e.date : "") +
                       (flags.length ? " · " + flags.join(", ") : ""),
                attrs: {"data-ref": "event:" + e.id, "data-event": e.id, "data-cameo": e.cameo,
                        "data-root": e.cameo_root, "data-quad": e.quad_class, "data-source": e.source.code,
                        "data-target": e.target ? e.target.code : "", "data-flags": flags.join(" ")}});
      [["source", e.source], ["target", e.target]].forEach(function (pair) {
        var r = pair[1];
        if (r && r.end_char > r.start_char) {
          out.push({start: r.start_char, end: r.end_char, kind: "event-" + pair[0], tag: "mark",
                    title: pair[0] + " of " + e.cameo + " " + e.cameo_name + ": " + ref(r),
                    attrs: {"data-ref": "event:" + e.id, "data-event": e.id, "data-actor": r.code}});
        }
      });
    });
    (result.counts || []).forEach(function (c, i) {
      var words = [c.qualifier, Number(c.number).toLocaleString("en"), c.who].filter(Boolean).join(" ");
      out.push({start: c.start_char, end: c.end_char, kind: "count", tag: "mark", title: c.kind + ": " + words,
                attrs: {"data-ref": "count:" + i, "data-kind": c.kind, "data-number": c.number}});
    });
    (result.dates || []).forEach(function (d, i) {
      out.push({start: d.start_char, end: d.end_char, kind: "date", tag: "mark",
                title: "date: " + d.text + " → " + (d.date || "unresolved"),
                attrs: {"data-ref": "date:" + i, "data-date": d.date || ""}});
    });
    return out;
  }

  /* Fill `container` with `text`, cut at every span boundary; each segment is wrapped in the marks of
     all spans covering it, longest outside. */
  function render(container, text, marks) {
    var chars = Array.from(text);  // code points, as the server's offsets count them (not UTF-16 units)
    var n = chars.length;
    marks = marks.filter(function (s) { return 0 <= s.start && s.start < s.end && s.end <= n; });
    var cutSet = {0: true};
    cutSet[n] = true;
    marks.forEach(function (s) { cutSet[s.start] = true; cutSet[s.end] = true; });
    var cuts = Object.keys(cutSet).map(Number).sort(function (a, b) { return a - b; });
    var order = marks.slice().sort(function (a, b) {
      return (b.end - b.start) - (a.end - a.start) ||
             (NESTING[a.kind.split(" ")[0]] - NESTING[b.kind.split(" ")[0]]) || a.start - b.start;
    });
    container.textContent = "";
    var frag = document.createDocumentFragment();
    var stack = [], nodes = [];  // open spans (outer → inner) and their elements
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var wanted = order.filter(function (s) { return s.start <= a && b <= s.end; });
      var keep = 0;
      while (keep < Math.min(stack.length, wanted.length) && stack[keep] === wanted[keep]) keep++;
      nodes.length = keep;
      for (var j = keep; j < wanted.length; j++) {
        var s = wanted[j];
        var wrap = el(s.tag, Object.assign({"class": s.kind, "title": s.title}, s.attrs));
        (j ? nodes[j - 1] : frag).appendChild(wrap);
        nodes.push(wrap);
      }
      stack = wanted;
      (nodes.length ? nodes[nodes.length - 1] : frag).appendChild(document.createTextNode(chars.slice(a, b).join("")));
    }
    container.appendChild(frag);
  }

  /* ----------------------------------------------------------------------------- details panel */

  function findRecord(result, key) {
    var i = key.indexOf(":");
    var kind = key.slice(0, i), id = key.slice(i + 1);
    if (kind === "event") return {kind: kind, rec: (result.events || []).find(function (e) { return e.id === id; })};
    if (kind === "quote") return {kind: kind, rec: (result.quotes || []).find(function (q) { return q.id === id; })};
    var list = {entity: result.entities, count: result.counts, date: result.dates}[kind] || [];
    return {kind: kind, rec: list[Number(id)]};
  }

  function dl(rows) {
    var list = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      list.appendChild(el("dt", null, row[0]));
      var dd = el("dd");
      if (row[1] instanceof Node) dd.appendChild(row[1]); else dd.textContent = String(row[1]);
      list.appendChild(dd);
    });
    return list;
  }

  function actorLink(r, local) {
    if (!r) return null;
    var text = r.name + " [" + r.code + "]" + (r.country ? " · " + r.country : "");
    return local && r.actor_id ? el("a", {href: "#actor-" + r.actor_id}, text) : document.createTextNode(text);
  }

  function card(result, key, local) {
    var found = findRecord(result, key), r = found.rec;
    if (!r) return null;
    var box = el("div", {"class": "card card-" + found.kind});
    if (found.kind === "event") {
      var flags = [r.negated && "negated", r.hypothetical && "hypothetical"].filter(Boolean).join(", ");
      box.appendChild(el("h3", null, "Event " + r.cameo + " · " + r.cameo_name));
      box.appendChild(dl([
        ["source", actorLink(r.source, local)], ["verb", r.verb], ["target", actorLink(r.target, local)],
        ["quad class", r.quad_class + " · " + QUADS[r.quad_class]], ["Goldstein", signed(r.goldstein)],
        ["PLOVER", [r.plover, r.plover_mode, r.plover_context].filter(Boolean).join(" · ")],
        ["date", r.date ? r.date + (r.date_text ? " (“" + r.date_text + "”)" : " (publication)") : null],
        ["location", r.location ? r.location.name + (r.location.country ? " · " + r.location.country : "") : null],
        ["according to", r.attribution], ["flags", flags], ["dead", r.dead], ["injured", r.injured],
        ["confidence", Number(r.confidence).toFixed(2)], ["evidence", r.evidence]]));
      if (local) box.appendChild(el("a", {href: "#event-" + r.id, "class": "small"}, "row in the events table ↓"));
    } else if (found.kind === "quote") {
      box.appendChild(el("h3", null, (r.kind === "direct" ? "Direct" : "Indirect") + " quotation"));
      box.appendChild(dl([["speaker", r.speaker ? actorLink(r.speaker, local) : "unknown"], ["cue", r.cue],
        ["medium", r.medium], ["according to", r.according_to], ["text", r.text]]));
    } else if (found.kind === "entity") {
      var actor = (result.actors || []).find(function (a) { return a.id === r.actor_id; });
      box.appendChild(el("h3", null, "Entity · " + r.label));
      box.appendChild(dl([["text", r.text], ["country", r.country],
        ["actor", actor ? actorLink({name: actor.name, code: actor.code, country: actor.country, actor_id: actor.id}, local) : null],
        ["role", actor ? actor.role : null], ["mentions", actor ? actor.mentions.length : null]]));
    } else if (found.kind === "count") {
      box.appendChild(el("h3", null, "Count · " + r.kind));
      box.appendChild(dl([["number", Number(r.number).toLocaleString("en")], ["qualifier", r.qualifier],
        ["who", r.who], ["text", r.text], ["event", r.event_id]]));
    } else if (found.kind === "date") {
      box.appendChild(el("h3", null, "Date"));
      box.appendChild(dl([["text", r.text], ["resolved", r.date || "unresolved"]]));
    }
    return box;
  }

  /* Clicking a [data-ref] (in the text, or a link in a table) shows its record and every record whose
     mark encloses it; the marks of the chosen record are outlined. */
  function initDetails(root, result, panel, textBox, local) {
    root.addEventListener("click", function (ev) {
      var target = ev.target.closest ? ev.target.closest("[data-ref]") : null;
      if (!target || !root.contains(target)) return;
      if (target.tagName === "A" && target.getAttribute("href") !== "#" && !ev.defaultPrevented &&
          !textBox.contains(target)) return;
      if (target.tagName === "A" && target.getAttribute("href") === "#") ev.preventDefault();
      var keys = [];
      for (var node = target; node && node !== root; node = node.parentElement) {
        var k = node.getAttribute && node.getAttribute("data-ref");
        if (k && keys.indexOf(k) < 0 && (node === target || textBox.contains(node))) keys.push(k);
      }
      panel.textContent = "";
      keys.forEach(function (k) { var c = card(result, k, local); if (c) panel.appendChild(c); });
      textBox.querySelectorAll(".active").forEach(function (m) { m.classList.remove("active"); });
      textBox.querySelectorAll("[data-ref]").forEach(function (m) {
        if (m.getAttribute("data-ref") === keys[0]) m.classList.add("active");
      });
      if (!textBox.contains(target)) {
        var first = textBox.querySelector(".active");
        if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
      }
    });
  }

  /* A table of events (for results coded in the browser). */
  function eventsTable(result) {
    if (!result.events || !result.events.length) return el("p", {"class": "muted"}, "No events coded.");
    var table = el("table", {"class": "data", id: "events"});
    var head = el("tr");
    ["Source", "Verb", "Target", "CAMEO", "Quad class", "Goldstein", "Date", "Flags"].forEach(function (h) {
      head.appendChild(el("th", null, h));
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    result.events.forEach(function (e) {
      var tr = el("tr", {id: "event-" + e.id, "data-cameo": e.cameo});
      tr.appendChild(el("td", null, ref(e.source)));
      var verb = el("td");
      verb.appendChild(el("a", {href: "#", "data-ref": "event:" + e.id}, e.verb));
      tr.appendChild(verb);
      tr.appendChild(el("td", null, e.target ? ref(e.target) : "–"));
      tr.appendChild(el("td", null, e.cameo + " " + e.cameo_name));
      var quad = el("td");
      quad.appendChild(el("span", {"class": "quad quad-" + e.quad_class}, QUADS[e.quad_class]));
      tr.appendChild(quad);
      tr.appendChild(el("td", {"class": "num"}, signed(e.goldstein)));
      tr.appendChild(el("td", {"class": "nowrap"}, e.date || "–"));
      tr.appendChild(el("td", null, [e.negated && "negated", e.hypothetical && "hypothetical"].filter(Boolean).join(", ")));
      body.appendChild(tr);
    });
    return table;
  }

  window.Dyad = {el: el, spans: spans, render: render, initDetails: initDetails, eventsTable: eventsTable,
                 QUADS: QUADS, signed: signed};
})();
