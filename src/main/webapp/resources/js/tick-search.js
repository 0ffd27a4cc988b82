// The search box of the tick lists (mapping to criteria, choosing evidence): as the apprentice
// types, only the rows holding every word typed stay in view, groups left empty are hidden, and
// a status line says how many are shown. Common endings are ignored, so that "probability"
// finds "probabilities". Hidden boxes keep their ticks and are still saved.
// Without JavaScript the box stays hidden and every row shows.
(function () {
  var search = document.getElementById('tickSearch');
  var form = search && search.closest('form');
  if (!form) {
    return;
  }
  var input = search.querySelector('input[type=search]');
  var shown = search.querySelector('[role=status]');
  var ticked = document.getElementById('tickedCount');
  var one = search.getAttribute('data-one');
  var many = search.getAttribute('data-many');
  var rows = Array.prototype.slice.call(form.querySelectorAll('li.tick'));
  search.hidden = false;

  function stem(word) {
    return word.length > 4 ? word.replace(/(ies|es|s|y|ing|ed)$/, '') : word;
  }

  function filter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean).map(stem);
    var count = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !match;
      if (match) {
        count++;
      }
    });
    form.querySelectorAll('.tick-group, .tick-unit').forEach(function (group) {
      group.hidden = !group.querySelector('li.tick:not([hidden])');
    });
    shown.textContent = (count === rows.length ? count : count + ' of ' + rows.length)
        + ' ' + (rows.length === 1 ? one : many) + ' shown';
  }

  function countTicked() {
    if (ticked) {
      ticked.textContent = form.querySelectorAll('li.tick input[type=checkbox]:checked').length
          + ' ticked';
    }
  }

  input.addEventListener('input', filter);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault(); // Enter in the search box must not save the form
    }
  });
  form.addEventListener('change', countTicked);
})();
