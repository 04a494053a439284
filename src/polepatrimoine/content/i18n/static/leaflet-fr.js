/* The map widget's controls in French.
   Leaflet and its plugins (zoom, full screen, locate, geosearch) take their
   English texts from defaults built into plone.formwidget.geolocation's
   bundle, which its pattern gives no option for: they are replaced in the
   DOM once the pattern has drawn them. The French comes from the widget's
   template (data-* attributes translated server-side). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var data = script.dataset;
  var byText = {
    "Zoom in": data.zoomIn,
    "Zoom out": data.zoomOut,
    "Full Screen": data.fullScreen,
    "Exit Full Screen": data.exitFullScreen,
    "Show me where I am": data.locate,
    "Clear search": data.clearSearch,
    "Enter address": data.enterAddress,
    "A JavaScript library for interactive maps": data.leaflet,
  };
  var ATTRIBUTES = ["title", "aria-label", "placeholder"];

  function translate(root) {
    root.querySelectorAll("[title], [aria-label], [placeholder]").forEach(
      function (element) {
        ATTRIBUTES.forEach(function (name) {
          var french = byText[element.getAttribute(name)];
          if (french) {
            element.setAttribute(name, french);
          }
        });
      },
    );
  }

  function watch() {
    document.querySelectorAll(".geolocation_wrapper").forEach(function (map) {
      translate(map);
      new MutationObserver(function () {
        translate(map);
      }).observe(map, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ATTRIBUTES,
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
