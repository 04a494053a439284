/* "Copier le lien": the button replaces the address field once scripts run. */
(function () {
  "use strict";
  function copied(button) {
    button.textContent = button.getAttribute("data-copied") || button.textContent;
  }
  function setUp(block) {
    var field = block.querySelector(".share-url");
    var button = block.querySelector(".share-copy-button");
    if (!field || !button) {
      return;
    }
    field.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-url");
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(
          function () { copied(button); },
          function () { fallback(field, button); }
        );
      } else {
        fallback(field, button);
      }
    });
  }
  function fallback(field, button) {
    field.hidden = false;
    field.select();
    try {
      if (document.execCommand("copy")) {
        copied(button);
      }
    } catch (error) {
      /* The address stays selected in its field: the visitor copies it. */
    }
  }
  function start() {
    document.querySelectorAll(".share-copy").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
