/* Dyad article page: the annotated text is built by the server; this fills the details panel. */
(function () {
  "use strict";
  var data = document.getElementById("article-data");
  if (!data) return;
  var result = JSON.parse(data.textContent);
  window.Dyad.initDetails(document.querySelector("main"), result, document.getElementById("details-body"),
                          document.getElementById("article-text"), true);
})();
