// Live check of the entry form: the server runs the rules; findings appear at their field.
(function () {
  "use strict";
  var form = document.getElementById("entry");
  if (!form) return;
  var url = form.getAttribute("data-check-url");
  var timer = null;
  var sequence = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }


  function render(findings) {
    var kept = {};
    form.querySelectorAll("textarea[name^='explain:']").forEach(function (t) {
      kept[t.name.slice(8)] = t.value;
    });
    form.querySelectorAll(".notes .finding").forEach(function (n) { n.remove(); });
    var errors = 0, warnings = 0;
    findings.forEach(function (f) {
      var key = f.fields[0];
      var notes = document.getElementById("notes-" + key);
      if (!notes) return;
      var box = el("div", "finding " + f.severity);
      box.setAttribute("data-rule", f.rule);
      box.appendChild(el("strong", "", (f.severity === "error" ? "错误" : "警告") + "〔" + f.clause + "〕"));
      box.appendChild(document.createTextNode(" " + f.message + " "));
      box.appendChild(el("span", "fix", f.fix));
      if (f.severity === "warning") {
        warnings += 1;
        var label = el("label", "explain", "说明（提交前必填）");
        var area = document.createElement("textarea");
        area.name = "explain:" + f.rule;
        area.rows = 2;
        area.value = kept[f.rule] || "";
        label.appendChild(area);
        box.appendChild(label);
      } else {
        errors += 1;
      }
      notes.insertBefore(box, notes.querySelector(".prov"));
    });
    var summary = document.getElementById("summary");
    if (summary) {
      summary.textContent = "";
      summary.appendChild(errors ? el("span", "pill error", errors + " 个错误") : el("span", "pill ok", "没有错误"));
      if (warnings) { summary.appendChild(document.createTextNode(" ")); summary.appendChild(el("span", "pill warn", warnings + " 个警告")); }
      if (hintCount) {
        var link = el("a", "pill hint", hintCount + " 条数据提示");
        link.href = "#hints";
        summary.appendChild(document.createTextNode(" "));
        summary.appendChild(link);
      }
    }
  }

  // Hints (year over year, peers) are prompts, not findings: shown in the panel and at the
  // field, never counted as errors and needing no explanation.
  var hintCount = document.querySelectorAll("#hints-list li[data-kind]").length;

  function renderHints(hints) {
    var list = document.getElementById("hints-list");
    if (!list || !hints) return;
    form.querySelectorAll(".notes .hint").forEach(function (n) { n.remove(); });
    list.textContent = "";
    var basis = document.getElementById("hints-basis");
    if (basis) basis.textContent = hints.basis;
    hints.flags.forEach(function (h) {
      var item = el("li");
      item.setAttribute("data-kind", h.kind);
      var link = el("a", "", h.label);
      link.href = "#f-" + h.field;
      item.appendChild(link);
      item.appendChild(document.createTextNode("（" + h.kind_label + "）：" + h.message));
      list.appendChild(item);
      var notes = document.getElementById("notes-" + h.field);
      if (notes) {
        var note = el("p", "hint");
        note.setAttribute("data-kind", h.kind);
        note.appendChild(el("strong", "", "提示（" + h.kind_label + "）"));
        note.appendChild(document.createTextNode(" " + h.message));
        notes.insertBefore(note, notes.querySelector(".prov"));
      }
    });
    if (!hints.flags.length) list.appendChild(el("li", "none", "没有提示。"));
    hintCount = hints.flags.length;
  }

  function check() {
    var mine = ++sequence;
    var data = new FormData(form);
    fetch(url, { method: "POST", body: data, credentials: "same-origin",
                 headers: { "X-Requested-With": "fetch" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (body && mine === sequence) { renderHints(body.hints); render(body.findings); }
      })
      .catch(function () { /* offline: the check runs again on save */ });
  }

  form.addEventListener("input", function (event) {
    if (event.target.name && event.target.name.indexOf("explain:") === 0) return;
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
  form.addEventListener("change", function (event) {
    if (event.target.type === "radio" || event.target.type === "checkbox") { clearTimeout(timer); check(); }
  });
  window.nianbaoCheck = check;
})();
