// Live alerts: the core's alerts as server-sent events (/events), shown
// without a reload. The only script; no framework, no external resource.
"use strict";
(function () {
  if (document.body.dataset.alerts !== "on" || !window.EventSource) return;
  const list = document.getElementById("alert-list");
  const state = document.getElementById("alerts-state");
  const es = new EventSource("/events");
  es.onopen = function () { state.textContent = "Watching for alerts."; };
  es.onerror = function () { state.textContent = "Alert stream interrupted; retrying…"; };
  es.addEventListener("alert", function (ev) {
    let a;
    try { a = JSON.parse(ev.data); } catch (e) { return; }
    const li = document.createElement("li");
    li.className = "alert";
    const when = new Date(a.at).toLocaleTimeString();
    let text = when + ": " + a.kind.replace("_", " ") + " from " + a.scope + " " + a.key +
      " (" + a.count + " in " + a.interval_secs + " s)";
    if (a.locked_until) text += ", locked until " + new Date(a.locked_until).toLocaleTimeString();
    li.textContent = text;
    list.prepend(li);
  });
  es.addEventListener("lagged", function (ev) {
    const li = document.createElement("li");
    li.textContent = ev.data + " alerts were missed; see the audit log.";
    list.prepend(li);
  });
})();
