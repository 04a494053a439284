/* Names and roles that Plone's toolbar, file widgets, form errors and Leaflet markers lack
   (axe: aria-allowed-attr, aria-valid-attr-value, link-name, label,
   aria-command-name, select-name, frame-title). Each fix is idempotent: it runs again on every change
   of the DOM, since the toolbar and the maps are drawn by patterns. */
(function () {
  "use strict";
  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  var markerLabel = data.markerLabel || "";

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
    // Leaflet.awesome-markers' icons lack the class leaflet-marker-icon.
    root.querySelectorAll(".leaflet-marker-pane > [role=button]").forEach(function (marker) {
      if (marker.hasAttribute("aria-label") || marker.getAttribute("alt")) return;
      var title = marker.getAttribute("title");
      marker.setAttribute("aria-label", title || markerLabel);
    });
  }

  // z3c.form prints a field's error beside it: the field's controls point to it
  // (aria-describedby) and say they are invalid.
  function fixFieldErrors(root) {
    root.querySelectorAll(".field .invalid-feedback").forEach(function (feedback, index) {
      if (!text(feedback)) return;
      var field = feedback.closest(".field");
      if (!feedback.id) feedback.id = (field.id || "field-" + index) + "-error";
      field.querySelectorAll("input:not([type=hidden]), select, textarea")
        .forEach(function (control) {
          control.setAttribute("aria-invalid", "true");
          var ids = (control.getAttribute("aria-describedby") || "")
            .split(/\s+/).filter(Boolean);
          if (ids.indexOf(feedback.id) === -1) {
            ids.push(feedback.id);
            control.setAttribute("aria-describedby", ids.join(" "));
          }
        });
    });
  }

  // The suite's own forms print one summary (role="alert", data-field="<name>")
  // above the form: the faulty control points to it, and it takes the focus
  // once, so that a screen reader reads it after the page reloads.
  function linkSummaries(root) {
    root.querySelectorAll('[role="alert"][data-field]').forEach(function (summary, index) {
      if (summary.dataset.linked) return;
      summary.dataset.linked = "1";
      if (!summary.id) summary.id = "form-error-" + index;
      var scope = summary.parentElement || document;
      var name = summary.dataset.field;
      scope.querySelectorAll("input, select, textarea").forEach(function (control) {
        if (control.name !== name || control.type === "hidden") return;
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", summary.id);
      });
      if (index === 0) {
        summary.setAttribute("tabindex", "-1");
        summary.focus();
      }
    });
  }

  // A field's label without its required marker and help text.
  function fieldLabel(field) {
    var label = field && field.querySelector("label");
    if (!label) return "";
    var copy = label.cloneNode(true);
    copy.querySelectorAll(".required, .formHelp, .form-text, .visually-hidden")
      .forEach(function (el) { el.remove(); });
    return text(copy).replace(/\s*[:*]$/, "");
  }

  function named(template, label) {
    return (template || "{label}").replace("{label}", label);
  }

  // plone.app.textfield's format select and TinyMCE's iframe (created once the
  // editor starts) are named after the rich-text field they belong to.
  function fixRichText(root) {
    root.querySelectorAll('select[id$="_text_format"]').forEach(function (select) {
      if (select.hasAttribute("aria-label") || (select.labels && select.labels.length)) return;
      var label = fieldLabel(select.closest(".field"));
      if (label) select.setAttribute("aria-label", named(data.formatLabel, label));
    });
    root.querySelectorAll('iframe[id$="_ifr"]').forEach(function (frame) {
      if (frame.dataset.named) return;
      var label = fieldLabel(frame.closest(".field"));
      if (!label) return;
      frame.dataset.named = "1";
      frame.setAttribute("title", named(data.editorLabel, label));
    });
  }

  // The related-items picker's home crumb holds only an icon.
  function fixRelatedItems(root) {
    root.querySelectorAll(".pat-relateditems-container a.crumb").forEach(function (crumb) {
      if (text(crumb) || crumb.hasAttribute("aria-label")) return;
      crumb.setAttribute("aria-label", data.rootLabel || "/");
    });
  }

  // Folder contents' "select all" checkbox carries aria-expanded, which a checkbox may not.
  function fixFolderContents(root) {
    root.querySelectorAll("#selectAllInputCheckbox[aria-expanded]").forEach(function (box) {
      box.removeAttribute("aria-expanded");
    });
  }

  function fixAll() {
    fixRichText(document);
    fixRelatedItems(document);
    fixFolderContents(document);
    fixFieldErrors(document);
    linkSummaries(document);
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
      attributes: true,
      attributeFilter: ["aria-expanded"],
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
