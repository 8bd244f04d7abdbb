// Live reload for `tessera serve` (never part of a published site): reloads the page after each rebuild,
// and while the edition is broken shows its problems over the last good page.
(function () {
  "use strict";
  var OVERLAY = "tessera-problems";
  var source = new EventSource("/__tessera/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });

  function el(tag, style, text) {
    var node = document.createElement(tag);
    node.setAttribute("style", style);
    if (text) { node.textContent = text; }
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function show(report) {
    var old = document.getElementById(OVERLAY);
    if (old) { old.remove(); }
    var box = el("section", "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(0,30,60,.95);"
      + "color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem;");
    box.id = OVERLAY;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", OVERLAY + "-title");
    var title = el("h2", "margin:0 0 .25rem;font-size:1.4rem;color:#fff;",
      "The edition has " + plural(report.errors, "error") + (report.warnings ? " and " + plural(report.warnings, "warning") : ""));
    title.id = OVERLAY + "-title";
    box.appendChild(title);
    box.appendChild(el("p", "margin:0 0 1rem;opacity:.85;",
      "The last good version stays on screen. Fix the files below and save: this page reloads by itself."));
    var list = el("ol", "margin:0;padding:0;list-style:none;");
    report.problems.forEach(function (p) {
      var item = el("li", "margin:0 0 .75rem;padding:.75rem 1rem;background:#fff;color:#1a1a2e;border-left:6px solid "
        + (p.severity === "error" ? "#c62828" : "#f9a825") + ";");
      var where = p.file + (p.line > 0 ? ":" + p.line + (p.column > 0 ? ":" + p.column : "") : "");
      item.appendChild(el("code", "display:block;font:600 14px/1.4 ui-monospace,monospace;", where));
      item.appendChild(el("span", "", p.severity + ": " + p.message));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = el("button", "position:absolute;top:1rem;right:1rem;font:inherit;padding:.25rem .75rem;cursor:pointer;", "Hide");
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(close);
    document.body.appendChild(box);
  }
})();
