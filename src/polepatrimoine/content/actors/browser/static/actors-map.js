/* The actors map: markers from @actors-geojson, clustered when many.
 * Every user-entered string goes through textContent: nothing is parsed as HTML. */
(function () {
  "use strict";

  function tiles(element) {
    return L.tileLayer(element.dataset.tileUrl, {
      attribution: element.dataset.attribution || "",
      maxZoom: 19,
    });
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

  function directoryMap(element) {
    var map = L.map(element, { scrollWheelZoom: false }).setView([47.4, -0.8], 7);
    tiles(element).addTo(map);
    var layer = L.markerClusterGroup
      ? L.markerClusterGroup({ disableClusteringAtZoom: 13 })
      : L.layerGroup();
    layer.addTo(map);
    element.actorsLayer = layer;
    fetch(element.dataset.geojsonUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (collection) {
        var markers = collection.features.map(function (feature) {
          var coordinates = feature.geometry.coordinates;
          var marker = L.marker([coordinates[1], coordinates[0]], {
            title: feature.properties.title,
          });
          marker.options.uid = feature.properties.UID;
          marker.bindPopup(popup(feature.properties));
          return marker;
        });
        markers.forEach(function (marker) {
          layer.addLayer(marker);
        });
        if (markers.length) {
          map.fitBounds(L.featureGroup(markers).getBounds(), { maxZoom: 12, padding: [20, 20] });
        }
        element.dataset.markers = String(markers.length);
        element.classList.add("actors-map-loaded");
      });
  }

  function actorMap(element) {
    var position = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
    var map = L.map(element, { scrollWheelZoom: false }).setView(position, 13);
    tiles(element).addTo(map);
    L.marker(position, { title: element.dataset.title }).addTo(map);
    element.classList.add("actors-map-loaded");
  }

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
