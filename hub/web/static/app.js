// facility-hub pages: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  function escapeHtml(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // Search: autocomplete from /api/suggest.
  function autocomplete() {
    var input = document.getElementById("q");
    var list = document.getElementById("suggestions");
    if (!input || !list) return;
    var timer = null, active = -1, lastQuery = "", controller = null;

    function close() { list.hidden = true; list.innerHTML = ""; active = -1; input.setAttribute("aria-expanded", "false"); }
    function items() { return Array.prototype.slice.call(list.querySelectorAll("li")); }
    function highlight(i) {
      var all = items();
      all.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
    }
    function show(suggestions) {
      if (!suggestions.length) { close(); return; }
      list.innerHTML = suggestions.map(function (s, i) {
        var where = [s.sido, s.sigungu].filter(Boolean).join(" ");
        return '<li role="option" id="sugg-' + i + '" aria-selected="false"><a href="/facilities/' +
          encodeURIComponent(s.id) + '">' + escapeHtml(s.name) +
          (where ? '<span class="muted small">' + escapeHtml(where) + "</span>" : "") + "</a></li>";
      }).join("");
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (!q) { close(); return; }
      if (controller) controller.abort();
      controller = new AbortController();
      fetch("/api/suggest?size=8&q=" + encodeURIComponent(q), { signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) show(data.suggestions || []); })
        .catch(function () { /* aborted or offline: the plain search still works */ });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 150); });
    input.addEventListener("keydown", function (e) {
      var all = items();
      if (list.hidden || !all.length) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % all.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + all.length) % all.length); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); all[active].querySelector("a").click(); }
      else if (e.key === "Escape") { close(); }
    });
    document.addEventListener("click", function (e) { if (!list.contains(e.target) && e.target !== input) close(); });
  }

  // Search: "near me" fills the coordinates from the browser; filters apply as soon as they change.
  function nearMe() {
    var form = document.getElementById("search-form");
    var button = document.getElementById("near-me");
    if (!form) return;
    var near = document.getElementById("near"), place = document.getElementById("place");
    var status = document.getElementById("near-status");
    if (button) {
      if (!("geolocation" in navigator)) { button.hidden = true; }
      button.addEventListener("click", function () {
        status.textContent = "위치를 확인하는 중…";
        navigator.geolocation.getCurrentPosition(function (pos) {
          near.value = pos.coords.latitude.toFixed(5) + "," + pos.coords.longitude.toFixed(5);
          if (place) place.value = "";
          status.textContent = "";
          form.requestSubmit();
        }, function (err) {
          status.textContent = "위치를 알 수 없습니다 (" + err.message + "). 장소를 골라 주세요.";
        }, { timeout: 10000, maximumAge: 600000 });
      });
    }
    if (place) place.addEventListener("change", function () { if (place.value) near.value = ""; form.requestSubmit(); });
    form.addEventListener("change", function (e) {
      var t = e.target;
      if (t.type === "checkbox" || t.id === "radius" || t.id === "sort") form.requestSubmit();
    });
    // Drop empty parameters so that shared URLs stay short.
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && (el.tagName === "INPUT" || el.tagName === "SELECT") && el.type !== "checkbox" && !el.value) el.disabled = true;
      });
    });
  }

  // Forms that ask before acting (rollback, accepting a suspect run).
  function confirms() {
    document.querySelectorAll("form[data-confirm]").forEach(function (f) {
      f.addEventListener("submit", function (e) { if (!window.confirm(f.dataset.confirm)) e.preventDefault(); });
    });
  }

  // Keyboard shortcuts: an element with data-key="m" is clicked when M is pressed outside a text field.
  function shortcuts() {
    var targets = document.querySelectorAll("[data-key]");
    if (!targets.length) return;
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var tag = (e.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea" || tag === "select" || e.target.isContentEditable) return;
      var el = document.querySelector('[data-key="' + e.key.toLowerCase() + '"]');
      if (el) { e.preventDefault(); el.click(); }
    });
  }

  // Map: zoom links and clusters redraw the map alone (its fragment from /search-map), without reloading the
  // results; the address bar follows, so a reload or a shared link shows the same view. Without this script
  // the same links load the whole page.
  function mapZoom() {
    document.addEventListener("click", function (e) {
      var link = e.target.closest ? e.target.closest("#map-box a") : null;
      if (!link) return;
      var href = link.getAttribute("href") || "";
      if (!link.hasAttribute("data-map-zoom") || e.ctrlKey || e.metaKey || e.shiftKey) return;
      var box = document.getElementById("map-box");
      var query = href.indexOf("?") >= 0 ? href.slice(href.indexOf("?")) : "";
      e.preventDefault();
      box.classList.add("loading");
      fetch("/search-map" + query).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          box.outerHTML = html;
          history.replaceState(null, "", href);
        })
        .catch(function () { window.location.href = href; });
    });
  }

  // Coming back with the browser's back button restores the page as it was left: re-enable the fields.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("#search-form [disabled]").forEach(function (el) { el.disabled = false; });
  });

  ready(function () { autocomplete(); nearMe(); confirms(); shortcuts(); mapZoom(); });
})();
