/* Dyad paste page: POST the text to /extract and draw the marks at once, in the browser. */
(function () {
  "use strict";
  var D = window.Dyad;
  var form = document.getElementById("paste-form");
  var status = document.getElementById("paste-status");
  var button = document.getElementById("paste-submit");
  var out = document.getElementById("paste-result");
  var textBox = document.getElementById("article-text");
  var panel = document.getElementById("details-body");
  var current = null;

  D.initDetails(out, {get events() { return current ? current.events : []; },
                      get quotes() { return current ? current.quotes : []; },
                      get entities() { return current ? current.entities : []; },
                      get actors() { return current ? current.actors : []; },
                      get counts() { return current ? current.counts : []; },
                      get dates() { return current ? current.dates : []; }},
                panel, textBox, false);

  function message(detail) {
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) return detail.map(function (d) { return d.msg; }).join("; ");
    return "request failed";
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = document.getElementById("paste-text").value;
    var published = document.getElementById("paste-published").value || null;
    var id = document.getElementById("paste-id").value.trim() || null;
    var body = JSON.stringify({text: text, published: published, id: id});
    var max = Number(form.getAttribute("data-max-bytes"));
    if (max && new Blob([body]).size > max) {
      status.textContent = "The text is over the server's limit of " + (max / 1048576).toFixed(1) + " MB.";
      return;
    }
    status.textContent = "Coding…";
    button.disabled = true;
    fetch("/extract", {method: "POST", headers: {"Content-Type": "application/json"}, body: body})
      .then(function (resp) {
        return resp.json().then(function (json) { return {ok: resp.ok, status: resp.status, json: json}; });
      })
      .then(function (r) {
        if (!r.ok) { status.textContent = "Error " + r.status + ": " + message(r.json.detail); return; }
        current = r.json;
        D.render(textBox, text.length > 0 ? text : "", D.spans(current));
        var events = document.getElementById("paste-events");
        events.textContent = "";
        events.appendChild(D.eventsTable(current));
        panel.textContent = "";
        panel.appendChild(D.el("p", {"class": "muted"}, "Hover a highlight for a summary; click it for the coded record."));
        var link = document.getElementById("paste-json");
        link.href = URL.createObjectURL(new Blob([JSON.stringify(current, null, 2)], {type: "application/json"}));
        out.hidden = false;
        var n = function (k, one, many) { return k + " " + (k === 1 ? one : many || one + "s"); };
        status.textContent = [n(current.events.length, "event"), n(current.quotes.length, "quotation"),
          n(current.entities.length, "entity", "entities"), n(current.counts.length, "count")].join(" · ");
      })
      .catch(function (err) { status.textContent = "Error: " + err; })
      .finally(function () { button.disabled = false; });
  });
})();
