/* Names and roles that Plone's toolbar, file widgets and Leaflet markers lack
   (axe: aria-allowed-attr, aria-valid-attr-value, link-name, label,
   aria-command-name). Each fix is idempotent: it runs again on every change
   of the DOM, since the toolbar and the maps are drawn by patterns. */
(function () {
  "use strict";
  var script = document.currentScript;
  var markerLabel = (script && script.dataset.markerLabel) || "";

  function text(node) {
    return (node.textContent || "").replace(/\s+/g, " ").trim();
  }

  function fixToolbar(root) {
    // Plone writes aria-expanded="" on the menu entries without a submenu.
    root.querySelectorAll('#edit-zone [aria-expanded=""]').forEach(function (el) {
      el.removeAttribute("aria-expanded");
    });
    // The pin/unpin controls are anchors without href: buttons for assistive technologies.
    root.querySelectorAll("#edit-zone a.toolbar-collapse, #edit-zone a.toolbar-expand")
      .forEach(function (el) {
        if (el.getAttribute("role") === "button") return;
        el.setAttribute("role", "button");
        el.setAttribute("tabindex", "0");
        el.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            el.click();
          }
        });
      });
    // On narrow screens the toolbar hides its labels: the links keep them as names.
    root.querySelectorAll("#edit-zone a.nav-link").forEach(function (el) {
      if (el.hasAttribute("aria-label")) return;
      var label = el.querySelector(".toolbar-label");
      if (label && text(label)) el.setAttribute("aria-label", text(label));
    });
  }

  function fixFileInputs(root) {
    // plone.formwidget.namedfile's input is "<widget id>-input"; its label is for the widget id.
    root.querySelectorAll('input[type="file"][id$="-input"]').forEach(function (input) {
      if (input.labels && input.labels.length) return;
      if (input.hasAttribute("aria-labelledby")) return;
      var label = document.querySelector('label[for="' + input.id.slice(0, -6) + '"]');
      if (!label) return;
      if (!label.id) label.id = input.id.slice(0, -6) + "-label";
      input.setAttribute("aria-labelledby", label.id);
    });
  }

  function fixMarkers(root) {
    root.querySelectorAll(".leaflet-marker-icon").forEach(function (marker) {
      if (marker.hasAttribute("aria-label") || marker.getAttribute("alt")) return;
      var title = marker.getAttribute("title");
      marker.setAttribute("aria-label", title || markerLabel);
    });
  }

  function fixAll() {
    fixToolbar(document);
    fixFileInputs(document);
    fixMarkers(document);
  }

  // Synchronously on each change: a marker is named before anyone can reach it.
  function start() {
    fixAll();
    new MutationObserver(fixAll).observe(document.body, {
      childList: true,
      subtree: true,
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
