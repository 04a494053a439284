/* Faceted listings (directory, offers, projects, news): the filters apply as they
 * change, without reloading the page, and the address follows them; on narrow
 * screens a « Filtres » button folds them away. Without JavaScript the form and
 * its button (or the facets' links) work as plain requests.
 *
 * Markup: [data-facets-listing] around the listing; [data-facets-form] the form,
 * or [data-facets-links] a block of facet links; [data-facets-region] (with an
 * id) the parts replaced from the new page; [data-facets-live] (with an id) the
 * count, updated in place: it is an aria-live region, so the new count is read. */
(function () {
  "use strict";

  var TYPING_DELAY = 400;

  function formUrl(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") {
        params.append(name, value.trim());
      }
    });
    var query = params.toString();
    return form.action.split("?")[0] + (query ? "?" + query : "");
  }

  function swap(listing, fresh) {
    var active = document.activeElement;
    var activeId = active && active.id;
    var refocus = false;
    listing.querySelectorAll("[data-facets-region]").forEach(function (region) {
      var replacement = region.id && fresh.getElementById(region.id);
      if (!replacement) {
        return;
      }
      if (region.contains(active)) {
        refocus = true;
      }
      region.replaceWith(document.importNode(replacement, true));
    });
    listing.querySelectorAll("[data-facets-live]").forEach(function (live) {
      var replacement = live.id && fresh.getElementById(live.id);
      if (replacement && live.innerHTML !== replacement.innerHTML) {
        live.innerHTML = replacement.innerHTML;
      }
    });
    if (refocus && activeId && document.getElementById(activeId)) {
      document.getElementById(activeId).focus();
    }
    var map = document.getElementById("actors-map");
    var freshMap = fresh.getElementById("actors-map");
    if (map && freshMap && window.polepatrimoineMaps) {
      window.polepatrimoineMaps.reload(map, freshMap.getAttribute("data-geojson-url"));
    }
  }

  function enhance(listing) {
    var form = listing.querySelector("[data-facets-form]");
    var toggle = listing.querySelector(".facets-toggle");
    var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    var timer = null;
    var ticket = 0;
    var requested = window.location.href;
    var controller = null;

    function load(url) {
      if (url === requested) {
        return;
      }
      requested = url;
      var mine = ++ticket;
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      listing.classList.add("facets-loading");
      fetch(url, {
        credentials: "same-origin",
        headers: { Accept: "text/html" },
        signal: controller.signal,
      })
        .then(function (response) {
          return response.text();
        })
        .then(function (html) {
          if (mine !== ticket) {
            return;
          }
          swap(listing, new DOMParser().parseFromString(html, "text/html"));
          window.history.replaceState(window.history.state, "", url);
          listing.classList.remove("facets-loading");
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            // The page itself answers the same address: load it in full.
            window.location.assign(url);
          }
        });
    }

    function schedule(delay) {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        load(formUrl(form));
      }, delay);
    }

    listing.classList.add("facets-enhanced");
    if (toggle && panel) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        panel.classList.toggle("facets-open", open);
      });
    }
    if (form) {
      form.addEventListener("input", function (event) {
        if (event.target.type === "search" || event.target.type === "text") {
          schedule(TYPING_DELAY);
        }
      });
      form.addEventListener("change", function () {
        schedule(0);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        schedule(0);
      });
    }
    listing.addEventListener("click", function (event) {
      var link = event.target.closest("[data-facets-links] a[href][id]");
      if (
        !link ||
        event.button !== 0 ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      event.preventDefault();
      load(link.href);
    });
  }

  function start() {
    document.querySelectorAll("[data-facets-listing]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
