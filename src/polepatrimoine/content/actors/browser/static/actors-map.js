/* The actors map: markers from @actors-geojson, clustered when many.
 * Every user-entered string goes through textContent: nothing is parsed as HTML.
 * Keyboard: the map and each marker are reached with Tab, Enter opens a marker's
 * popup (focus goes to its link, and back to the marker when it closes) or zooms
 * into a cluster; the list beside the map is its text equivalent. */
(function () {
  "use strict";

  // French defaults; the templates pass the translated labels as data-label-*.
  var LABELS = {
    zoomIn: "Zoom avant",
    zoomOut: "Zoom arrière",
    close: "Fermer la fenêtre",
    cluster: "éléments à cet endroit : zoomer",
  };

  function label(element, name) {
    var key = "label" + name.charAt(0).toUpperCase() + name.slice(1);
    return element.dataset[key] || LABELS[name];
  }

  function tiles(element) {
    return L.tileLayer(element.dataset.tileUrl, {
      attribution: element.dataset.attribution || "",
      maxZoom: 19,
    });
  }

  function createMap(element, options) {
    var map = L.map(element, Object.assign({ scrollWheelZoom: false, zoomControl: false }, options));
    L.control
      .zoom({ zoomInTitle: label(element, "zoomIn"), zoomOutTitle: label(element, "zoomOut") })
      .addTo(map);
    tiles(element).addTo(map);
    return map;
  }

  function popup(properties) {
    var box = document.createElement("div");
    box.className = "actor-popup";
    var link = document.createElement("a");
    link.href = properties.url;
    link.textContent = properties.title;
    var title = document.createElement("strong");
    title.appendChild(link);
    box.appendChild(title);
    var meta = document.createElement("div");
    meta.textContent = [properties.category_title, properties.city]
      .filter(Boolean)
      .join(" · ");
    box.appendChild(meta);
    return box;
  }

  function keyboardPopup(element, marker) {
    marker.on("popupopen", function (event) {
      var box = event.popup.getElement();
      var close = box && box.querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", label(element, "close"));
        close.title = label(element, "close");
      }
      var link = box && box.querySelector(".actor-popup a");
      if (link) {
        link.focus({ preventScroll: true });
      }
      // Leaflet listens for Escape only while the map itself has the focus.
      if (box && !box.dataset.escape) {
        box.dataset.escape = "1";
        box.addEventListener("keydown", function (key) {
          if (key.key === "Escape") {
            key.preventDefault();
            marker.closePopup();
          }
        });
      }
    });
    marker.on("popupclose", function (event) {
      var box = event.popup.getElement();
      var icon = marker.getElement();
      if (icon && box && (box.contains(document.activeElement) || document.activeElement === document.body)) {
        icon.focus({ preventScroll: true });
      }
    });
  }

  function clusterIcon(element) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
      var outer = document.createElement("div");
      var number = document.createElement("span");
      number.textContent = String(count);
      var text = document.createElement("span");
      text.className = "visually-hidden";
      text.textContent = " " + label(element, "cluster");
      outer.appendChild(number);
      outer.appendChild(text);
      return L.divIcon({
        html: outer.outerHTML,
        className: "marker-cluster marker-cluster-" + size,
        iconSize: L.point(40, 40),
      });
    };
  }

  function loadMarkers(element) {
    var state = element.actorsState;
    var mine = ++state.ticket;
    element.classList.remove("actors-map-loaded");
    return fetch(element.dataset.geojsonUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (collection) {
        if (mine !== state.ticket) {
          return;
        }
        var markers = collection.features.map(function (feature) {
          var coordinates = feature.geometry.coordinates;
          var marker = L.marker([coordinates[1], coordinates[0]], {
            title: feature.properties.title,
            alt: feature.properties.title,
          });
          marker.options.uid = feature.properties.UID;
          marker.bindPopup(popup(feature.properties));
          keyboardPopup(element, marker);
          return marker;
        });
        state.layer.clearLayers();
        markers.forEach(function (marker) {
          state.layer.addLayer(marker);
        });
        if (markers.length) {
          state.map.fitBounds(L.featureGroup(markers).getBounds(), {
            maxZoom: 12,
            padding: [20, 20],
            // New filters: the markers are at their place at once, clickable.
            animate: false,
          });
        }
        element.dataset.markers = String(markers.length);
        element.classList.add("actors-map-loaded");
      });
  }

  function directoryMap(element) {
    var map = createMap(element).setView([47.4, -0.8], 7);
    var layer = L.markerClusterGroup
      ? L.markerClusterGroup({
          disableClusteringAtZoom: 13,
          iconCreateFunction: clusterIcon(element),
        })
      : L.layerGroup();
    layer.addTo(map);
    // Enter on a cluster zooms in and the cluster goes: keep the focus on the map.
    layer.on("clusterclick", function () {
      map.once("moveend", function () {
        if (!element.contains(document.activeElement)) {
          element.focus({ preventScroll: true });
        }
      });
    });
    element.actorsLayer = layer;
    element.actorsState = { map: map, layer: layer, ticket: 0 };
    loadMarkers(element);
  }

  function actorMap(element) {
    var position = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
    var map = createMap(element).setView(position, 13);
    L.marker(position, { title: element.dataset.title, alt: element.dataset.title }).addTo(map);
    element.classList.add("actors-map-loaded");
  }

  // For the faceted listings' script: new filters, new markers, same map.
  window.polepatrimoineMaps = {
    reload: function (element, url) {
      if (!element.actorsState || !url || url === element.dataset.geojsonUrl) {
        return;
      }
      element.dataset.geojsonUrl = url;
      loadMarkers(element);
    },
  };

  function start() {
    var directory = document.getElementById("actors-map");
    if (directory) {
      directoryMap(directory);
    }
    var actor = document.getElementById("actor-map");
    if (actor) {
      actorMap(actor);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
