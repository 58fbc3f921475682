// Progressive enhancement: reveals a "Copy link" button that copies the
// page's address and a "Print this sheet" button. Without JavaScript the
// address stays visible and selectable and the browser's own Print command
// works, so nothing is lost.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    var status = button.parentElement.querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
        function () { if (status) { status.textContent = button.getAttribute("data-copied"); } },
        function () { if (status) { status.textContent = button.getAttribute("data-copy-failed"); } }
      );
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
