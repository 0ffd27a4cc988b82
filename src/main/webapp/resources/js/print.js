// A "Print" button (data-print) opens the browser's print dialogue. A file of its own, not an
// onclick attribute, because the Content-Security-Policy runs no inline script.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
