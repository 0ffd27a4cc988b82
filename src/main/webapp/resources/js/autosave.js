// Saves the risk assessment draft a few seconds after the apprentice stops typing, and warns
// before leaving the page with unsaved changes. The save itself is the page's own (hidden)
// autosave button, so the server applies the same checks as a click on "Save draft".
(function () {
  var form = document.getElementById('editorForm');
  if (!form) {
    return;
  }
  var dirty = false;
  var timer = null;
  function schedule() {
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var button = document.getElementById('autosave');
      if (button && dirty) {
        dirty = false;
        button.click();
      }
    }, 3000);
  }
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('click', function (event) {
    if (event.target.closest('button') && event.target.closest('button').id !== 'autosave') {
      dirty = false;
      window.clearTimeout(timer);
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
