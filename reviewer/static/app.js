/* adsweep reviewer: keyboard shortcuts, facet loading, selection. Plain JS, no libraries.
 * Everything here works on server-rendered, escaped HTML; nothing builds markup from data. */
(function () {
  "use strict";

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function typing(ev) {
    var t = ev.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function toggleHelp() {
    var help = document.getElementById("help");
    if (help) help.hidden = !help.hidden;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest && ev.target.closest("[data-help]");
    if (t) { ev.preventDefault(); toggleHelp(); }
  });

  /* ---- queue rows: cursor, selection ---------------------------------------------------- */
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.hit-row"));
  var cursor = -1;

  function setCursor(i) {
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (cursor >= 0 && rows[cursor]) rows[cursor].classList.remove("cursor");
    cursor = i;
    rows[i].classList.add("cursor");
    rows[i].scrollIntoView({ block: "nearest" });
  }
  rows.forEach(function (row, i) {
    row.addEventListener("click", function (ev) {
      if (!ev.target.closest("a, input, button, select")) setCursor(i);
    });
  });
  if (rows.length) setCursor(0);

  function rowLink(row) { return row.querySelector("a.open"); }

  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      document.querySelectorAll("input.pick").forEach(function (cb) { cb.checked = selectAll.checked; });
      updateSelection();
    });
  }
  function updateSelection() {
    var n = document.querySelectorAll("input.pick:checked").length;
    document.querySelectorAll("[data-selected-count]").forEach(function (el) { el.textContent = n; });
    document.querySelectorAll("[data-needs-selection]").forEach(function (el) { el.disabled = n === 0; });
  }
  document.addEventListener("change", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("pick")) updateSelection();
  });
  updateSelection();

  /* A queue row decided in place (c / e / i): post the same form the hit page posts. */
  function decideRow(row, status) {
    var body = new URLSearchParams();
    body.set("csrf_token", csrf);
    body.set("status", status);
    body.set("expected_version", row.dataset.version);
    body.set("hist_len", row.dataset.histLen);
    fetch("/hits/" + encodeURIComponent(row.dataset.id) + "/status", {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", "Accept": "application/json" }
    }).then(function (r) { return r.json().then(function (j) { return [r, j]; }); })
      .then(function (res) {
        var r = res[0], j = res[1], badge = row.querySelector(".status-badge");
        if (r.ok && j.ok) {
          row.dataset.version = j.hit.version;
          row.dataset.histLen = j.hit.hist_len;
          badge.textContent = j.hit.status_label;
          badge.className = "badge status-badge st-" + j.hit.status;
          setCursor(cursor + 1);
        } else {
          var note = row.querySelector(".row-msg");
          if (note) { note.textContent = failure(j.error || {}); note.hidden = false; }
          var now = j.error && j.error.current;
          if (now) { /* show the state the other person left; a second key press acts on it */
            row.dataset.version = now.version;
            row.dataset.histLen = now.hist_len;
            badge.textContent = now.status_label;
            badge.className = "badge status-badge st-" + now.status;
          }
        }
      });
  }

  /* A refused decision in words: the message, then each change the other person made. */
  function failure(err) {
    var lines = [err.message || "操作失败"];
    (err.other || []).forEach(function (e) {
      var what = e.action_label + (e.from_label || e.to_label ? "：" + e.from_label + " → " + e.to_label : "");
      lines.push((e.at_text || e.at) + " " + e.actor + " " + what + (e.note ? "（" + e.note + "）" : ""));
    });
    return lines.join("\n");
  }

  /* ---- keys -------------------------------------------------------------------------- */
  function click(sel) {
    var el = document.querySelector(sel);
    if (el && !el.disabled) { el.click(); return true; }
    return false;
  }
  function focus(sel) {
    var el = document.querySelector(sel);
    if (el) {
      var panel = el.closest("details");
      if (panel) panel.open = true;
      el.focus();
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev)) {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    var k = ev.key, row = rows[cursor];
    if (k === "?") { toggleHelp(); ev.preventDefault(); return; }
    if (k === "Escape") { var h = document.getElementById("help"); if (h) h.hidden = true; return; }
    if (k === "/") { if (focus("input[type=search]")) ev.preventDefault(); return; }
    if (rows.length) {
      if (k === "j") { setCursor(cursor + 1); return; }
      if (k === "k") { setCursor(cursor - 1); return; }
      if (k === "o" && row) { rowLink(row).click(); return; }
      if (k === "x" && row) {
        var cb = row.querySelector("input.pick");
        if (cb) { cb.checked = !cb.checked; updateSelection(); }
        return;
      }
      var direct = { c: "confirmed", e: "escalated", i: "needs_info" };
      if (direct[k] && row) { decideRow(row, direct[k]); return; }
      if ((k === "r" || k === "a") && row) {
        window.location.href = rowLink(row).getAttribute("href") + "?key=" + k;
        return;
      }
    }
    /* hit page and review mode: buttons carry data-key */
    if (k === "r" || k === "a") {
      if (focus(k === "r" ? "[data-key-focus=r]" : "[data-key-focus=a]")) ev.preventDefault();
      return;
    }
    if (click('[data-key="' + k + '"]')) ev.preventDefault();
  });

  /* Opened from the queue with ?key=r / ?key=a: put the focus where that key would. */
  var m = /[?&]key=([ra])/.exec(window.location.search);
  if (m) focus("[data-key-focus=" + m[1] + "]");

  /* ---- facets: loaded after the list, from the server, as escaped HTML ----------------- */
  var facets = document.querySelector("[data-facets-src]");
  if (facets) {
    fetch(facets.dataset.facetsSrc, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { facets.innerHTML = html; })
      .catch(function () {
        var el = facets.querySelector(".loading");
        if (el) el.textContent = "筛选统计暂时无法加载";
      });
  }
  var total = document.querySelector("[data-total-src]");
  if (total) {
    fetch(total.dataset.totalSrc, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (j.ok) total.textContent = (total.dataset.totalFormat || "共 {n} 条").replace("{n}", j.total.toLocaleString());
      });
  }

  /* ---- forms that ask before a large change (bulk) --------------------------------------- */
  document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
})();
