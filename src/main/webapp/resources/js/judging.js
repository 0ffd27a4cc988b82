// The judging page's two quick actions, both plain buttons so they work from the keyboard:
// "Accept all claims and mark met" for one criterion, and inserting a saved comment into the
// comment box beside it. Each says what it did in the page's status line for screen readers.
(function () {
  var form = document.getElementById('reviewForm');
  if (!form) {
    return;
  }
  var status = document.getElementById('judgingStatus');
  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }
  form.addEventListener('click', function (event) {
    var acceptAll = event.target.closest('[data-accept-all]');
    if (acceptAll) {
      var block = document.getElementById(acceptAll.getAttribute('data-accept-all'));
      var accepted = 0;
      block.querySelectorAll('.claim-verdict input[type=radio][value=MET]').forEach(function (radio) {
        radio.checked = true;
        accepted++;
      });
      block.querySelectorAll('.criterion-verdict input[type=radio][value=MET]').forEach(function (radio) {
        radio.checked = true;
      });
      say(accepted + (accepted === 1 ? ' claim' : ' claims') + ' accepted and '
          + acceptAll.getAttribute('data-criterion') + ' marked met.');
      return;
    }
    var insert = event.target.closest('[data-insert-comment]');
    if (insert) {
      var box = insert.closest('.comment-box');
      var picker = box.querySelector('select.bank-select');
      var target = box.querySelector('textarea');
      if (!picker || !picker.value || !target) {
        return;
      }
      var before = target.value.replace(/\s+$/, '');
      target.value = before ? before + '\n' + picker.value : picker.value;
      target.dispatchEvent(new Event('input', {bubbles: true}));
      say('Saved comment inserted.');
      target.focus();
    }
  });
})();
