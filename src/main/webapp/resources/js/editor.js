// The risk assessment editor in the browser:
// - one section at a time, chosen from the section navigation (or the menu on a phone), the
//   address remembering which (#sec-risks), so Back and a reload return to it;
// - stages and risks that collapse to a one-line summary, and stay as they were left;
// - an autosave a few seconds after typing stops, through the page's hidden autosave button;
// - nothing typed is lost: what is typed while a request (add, remove, save) is on its way is
//   put back after the page updates, and saved by the next autosave; "Saved" is shown only when
//   nothing on screen is newer than what was stored;
// - after an add, focus goes to the first field of what was added; after a removal, to the
//   button that adds another.
// Without script, every section shows in one page and the save button still works.
(function () {
  'use strict';
  // The form is replaced whenever the server sends the whole of it again, so it is looked up
  // afresh each time, and listeners sit on the document.
  function theForm() {
    return document.getElementById('editorForm');
  }
  if (!theForm()) {
    return;
  }
  var AUTOSAVE_AFTER_MS = 3000;
  var editable = !!document.getElementById('autosave');
  var dirty = false;
  var timer = null;
  var pending = 0;
  var request = null;
  var collapsed = {};
  var submitting = false;

  // ---- Where a field is: its section, the items it sits in, and its own name ----

  function itemPath(element) {
    var path = [];
    for (var item = element.closest('[data-item]'); item; item = item.parentElement.closest('[data-item]')) {
      var index = 0;
      for (var sibling = item.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.getAttribute('data-item') === item.getAttribute('data-item')) {
          index++;
        }
      }
      path.unshift(item.getAttribute('data-item') + ':' + index);
    }
    return path;
  }

  function sectionOf(element) {
    var section = element.closest('.editor-section');
    return section ? section.id : '';
  }

  // A box of a group of ticks (the risks a person helped with) is known by its group and value,
  // so a tick stays with its risk when risks are added or removed.
  function keyOf(field) {
    var own = (field.type === 'checkbox' || field.type === 'radio') && field.name && field.name !== field.id
      ? field.name.split(':').pop() + '=' + field.value
      : field.id.split(':').pop();
    return sectionOf(field) + '|' + itemPath(field).join('/') + '|' + own;
  }

  function fields() {
    return Array.prototype.filter.call(
      theForm().querySelectorAll('input, textarea, select'),
      function (field) {
        return field.id && !/^(hidden|submit|button)$/.test(field.type) && !field.disabled
          && !field.hasAttribute('data-ignore');
      });
  }

  function valueOf(field) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked ? 'on' : '';
    }
    if (field.multiple) {
      return Array.prototype.filter.call(field.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; }).join('\n');
    }
    return field.value;
  }

  function setValue(field, value) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = value === 'on';
    } else if (field.multiple) {
      var chosen = value.split('\n');
      Array.prototype.forEach.call(field.options, function (o) { o.selected = chosen.indexOf(o.value) >= 0; });
    } else {
      field.value = value;
    }
  }

  function snapshot() {
    var values = {};
    fields().forEach(function (field) { values[keyOf(field)] = valueOf(field); });
    return values;
  }

  function fieldsByKey() {
    var byKey = {};
    fields().forEach(function (field) { byKey[keyOf(field)] = field; });
    return byKey;
  }

  // A key as it will read after the server has removed an item or moved a stage up: the items
  // after a removed one move up by one; a removed item's fields are gone.
  function remap(key, op) {
    if (!op || op.kind === 'add') {
      return key;
    }
    var parts = key.split('|');
    var path = parts[1] ? parts[1].split('/') : [];
    var at = op.path.length - 1;
    if (path.length <= at || path.slice(0, at).join('/') !== op.path.slice(0, at).join('/')) {
      return key;
    }
    var mine = path[at].split(':');
    var theirs = op.path[at].split(':');
    if (mine[0] !== theirs[0]) {
      return key;
    }
    var index = Number(mine[1]);
    var target = Number(theirs[1]);
    if (op.kind === 'remove') {
      if (index === target) {
        return null;
      }
      if (index > target) {
        index--;
      }
    } else if (op.kind === 'up') {
      if (index === target) {
        index--;
      } else if (index === target - 1) {
        index++;
      }
    }
    path[at] = mine[0] + ':' + index;
    parts[1] = path.join('/');
    return parts.join('|');
  }

  // ---- The request on its way: what it carried, and what was typed meanwhile ----

  function sourceOf(settings) {
    var data = typeof settings.data === 'string' ? settings.data : '';
    var id = new URLSearchParams(data).get('jakarta.faces.source');
    return id ? document.getElementById(id) : null;
  }

  function operationOf(button) {
    var op = button && button.getAttribute('data-op');
    if (!op) {
      return null;
    }
    var kind = op.split(':')[0];
    var item = kind === 'add' ? button.parentElement.closest('[data-item]') : button.closest('[data-item]');
    return {
      kind: kind,
      type: op.split(':')[1] || (item && item.getAttribute('data-item')),
      section: sectionOf(button),
      path: item ? itemPath(item) : [],
      focusWas: document.activeElement
    };
  }

  $(document).on('pfAjaxSend', function (event, xhr, settings) {
    var source = sourceOf(settings);
    if (!source || !theForm().contains(source)) {
      return;
    }
    pending++;
    submitting = false;
    window.clearTimeout(timer);
    request = { sent: snapshot(), op: operationOf(source), typed: null, focus: null };
    dirty = false;
    showState('Saving...');
  });

  $(document).on('pfAjaxSuccess', function () {
    if (!request) {
      return;
    }
    // The page is about to be replaced: keep what changed since the request left.
    var typed = {};
    fields().forEach(function (field) {
      var key = keyOf(field);
      if (key in request.sent && request.sent[key] !== valueOf(field)) {
        typed[key] = valueOf(field);
      }
    });
    request.typed = typed;
    var active = document.activeElement;
    if (active && active !== document.body && theForm().contains(active) && active.matches('input, textarea, select')
        && (!request.op || active !== request.op.focusWas)) {
      request.focus = { key: keyOf(active), start: active.selectionStart, end: active.selectionEnd };
    }
  });

  $(document).on('pfAjaxComplete', function () {
    if (!request) {
      return;
    }
    pending = Math.max(0, pending - 1);
    var done = request;
    request = null;
    restoreLayout();
    var byKey = fieldsByKey();
    var restored = 0;
    Object.keys(done.typed || {}).forEach(function (key) {
      var now = remap(key, done.op);
      if (now && byKey[now]) {
        setValue(byKey[now], done.typed[key]);
        restored++;
      }
    });
    if (restored > 0) {
      dirty = true;
      showCompletedDates();
    }
    if (done.focus) {
      var again = byKey[remap(done.focus.key, done.op)];
      if (again) {
        reveal(again);
        again.focus();
        if (typeof done.focus.start === 'number' && again.setSelectionRange) {
          try { again.setSelectionRange(done.focus.start, done.focus.end); } catch (ignored) { /* not a text field */ }
        }
      }
    } else if (done.op) {
      focusAfter(done.op);
    }
    if (dirty) {
      showState('Changes not saved yet.');
      schedule();
    }
  });

  function containerAt(section, path) {
    var container = document.getElementById(section);
    path.forEach(function (step) {
      if (!container) {
        return;
      }
      var type = step.split(':')[0];
      var index = Number(step.split(':')[1]);
      container = childItems(container, type)[index] || null;
    });
    return container;
  }

  function childItems(container, type) {
    return Array.prototype.filter.call(
      container.querySelectorAll('[data-item="' + type + '"]'),
      function (item) {
        var parent = item.parentElement.closest('[data-item], .editor-section');
        return parent === container;
      });
  }

  function focusAfter(op) {
    var container = containerAt(op.section, op.kind === 'add' ? op.path : op.path.slice(0, -1));
    if (!container) {
      return;
    }
    var target = null;
    if (op.kind === 'add') {
      var added = childItems(container, op.type);
      var item = added[added.length - 1];
      if (item) {
        if (item.tagName === 'DETAILS') {
          item.open = true;
        }
        target = item.querySelector('.item-body input:not([type=hidden]), .item-body textarea, .item-body select')
          || item.querySelector('input:not([type=hidden]), textarea, select');
      }
    } else if (op.kind === 'remove') {
      target = Array.prototype.filter.call(
        container.querySelectorAll('[data-op="add:' + op.type + '"]'),
        function (button) { return button.parentElement.closest('[data-item], .editor-section') === container; })[0];
    } else if (op.kind === 'up') {
      var moved = containerAt(op.section, op.path.slice(0, -1).concat([op.type + ':' + Math.max(0, Number(op.path[op.path.length - 1].split(':')[1]) - 1)]));
      target = moved && moved.querySelector('button[data-op]');
    }
    if (target) {
      reveal(target);
      target.focus();
    }
  }

  // ---- Saving state and autosave ----

  function showState(text) {
    var saveText = document.getElementById('saveText');
    if (saveText) {
      saveText.textContent = text;
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var button = document.getElementById('autosave');
      if (button && dirty && pending === 0) {
        button.click();
      } else if (dirty) {
        schedule();
      }
    }, AUTOSAVE_AFTER_MS);
  }

  // "Completed on" is asked for once an action is done (or already has a date); without script it
  // always shows.
  function showCompletedDates() {
    theForm().querySelectorAll('.completed-field').forEach(function (wrapper) {
      var action = wrapper.closest('[data-item="action"]');
      var status = action && action.querySelector('select[id$=":actionStatus"]');
      var date = wrapper.querySelector('input');
      wrapper.hidden = !!status && status.value !== 'DONE' && !(date && date.value);
    });
  }

  function changed(event) {
    if (event.target.matches && event.target.matches('select[id$=":actionStatus"]')) {
      showCompletedDates();
    }
    if (!editable || !event.target.matches('input, textarea, select') || !theForm().contains(event.target)
        || event.target.hasAttribute('data-ignore')) {
      return;
    }
    dirty = true;
    if (pending === 0) {
      showState('Changes not saved yet.');
    }
    schedule();
  }

  document.addEventListener('input', changed);
  document.addEventListener('change', changed);
  document.addEventListener('click', function (event) {
    // Submitting saves what is on screen first, so leaving for the versions page loses nothing.
    if (event.target.closest('#submit, [data-leaves], .ui-confirmdialog-yes')) {
      submitting = true;
    }
  }, true);
  window.addEventListener('beforeunload', function (event) {
    if (editable && !submitting && (dirty || pending > 0)) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // ---- One section at a time, and collapsed stages and risks ----

  var current = 'sec-about';

  function itemKey(details) {
    return sectionOf(details) + '|' + itemPath(details).join('/') + (details.matches('.none-found') ? '|reasons' : '');
  }

  function restoreLayout() {
    var form = theForm();
    form.classList.add('one-section');
    form.querySelectorAll('.editor-section').forEach(function (section) {
      section.hidden = section.id !== current;
    });
    form.querySelectorAll('.section-nav a[data-section]').forEach(function (link) {
      if (link.getAttribute('data-section') === current) {
        link.setAttribute('aria-current', 'step');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    var many = form.querySelectorAll('#sec-risks details.risk').length > 5;
    form.querySelectorAll('details.item, details.none-found').forEach(function (details) {
      var key = itemKey(details);
      var folded = details.matches('.none-found')
        ? details.getAttribute('data-needed') !== 'true'
        : many && details.getAttribute('data-filled') === 'true';
      details.open = !(key in collapsed ? collapsed[key] : folded);
    });
    form.querySelectorAll('.collapse-all').forEach(function (row) {
      row.hidden = !row.parentElement.querySelector('details.item');
    });
    showCompletedDates();
    buildPicker();
    keepClearOfBar();
  }

  // Sticky parts (the save bar, and on a phone the section menu) never hide the focused field.
  function keepClearOfBar() {
    var form = theForm();
    var bar = form.querySelector('.editor-bar');
    var picker = form.querySelector('.section-picker');
    var height = bar ? bar.offsetHeight : 0;
    form.style.setProperty('--bar-height', height + 'px');
    var pickerHeight = picker && picker.offsetHeight ? picker.offsetHeight : 0;
    document.documentElement.style.scrollPaddingTop = (height + pickerHeight + 8) + 'px';
  }
  window.addEventListener('resize', keepClearOfBar);

  function buildPicker() {
    var nav = theForm().querySelector('.section-nav nav');
    if (!nav) {
      return;
    }
    var label = document.createElement('label');
    label.setAttribute('for', 'sectionPicker');
    label.textContent = 'Section';
    var picker = document.createElement('select');
    picker.id = 'sectionPicker';
    picker.setAttribute('data-ignore', 'true');
    nav.querySelectorAll('a[data-section]').forEach(function (link) {
      var option = document.createElement('option');
      option.value = link.getAttribute('data-section');
      option.textContent = link.querySelector('.section-title').textContent
        + ' (' + link.querySelector('.state').textContent + ')';
      option.selected = option.value === current;
      picker.appendChild(option);
    });
    picker.addEventListener('change', function () {
      go(picker.value, true);
    });
    var old = nav.querySelector('.section-picker');
    var wrapper = document.createElement('div');
    wrapper.className = 'section-picker';
    wrapper.appendChild(label);
    wrapper.appendChild(picker);
    if (old) {
      old.replaceWith(wrapper);
    } else {
      nav.insertBefore(wrapper, nav.firstChild);
    }
  }

  // Shows the section holding the element with this id, opens what hides it, and moves focus.
  function go(id, fromNavigation) {
    var target = id && document.getElementById(id);
    if (!target || !theForm().contains(target)) {
      return false;
    }
    var section = target.closest('.editor-section');
    if (!section) {
      return false;
    }
    current = section.id;
    restoreLayout();
    reveal(target);
    if (location.hash !== '#' + id) {
      history.pushState(null, '', '#' + id);
    }
    var focusable = target === section ? section.querySelector('h2') : target;
    if (focusable.matches('details')) {
      focusable = focusable.querySelector('summary');
    }
    if (!focusable.matches('a, button, input, select, textarea, summary, [tabindex]')) {
      focusable.setAttribute('tabindex', '-1');
    }
    focusable.focus();
    focusable.scrollIntoView({ block: fromNavigation ? 'start' : 'center' });
    return true;
  }

  function reveal(element) {
    var section = element.closest('.editor-section');
    if (section && section.hidden) {
      current = section.id;
      restoreLayout();
    }
    for (var details = element.closest('details'); details; details = details.parentElement.closest('details')) {
      details.open = true;
      collapsed[itemKey(details)] = false;
    }
  }

  document.addEventListener('click', function (event) {
    if (!event.target.closest('#editorForm')) {
      return;
    }
    var link = event.target.closest('a[href^="#"]');
    if (link && go(link.getAttribute('href').substring(1), !!link.closest('.section-nav, .section-steps'))) {
      event.preventDefault();
      return;
    }
    var all = event.target.closest('button[data-all]');
    if (all) {
      var open = all.getAttribute('data-all') === 'open';
      all.closest('.editor-section').querySelectorAll('details.item').forEach(function (details) {
        details.open = open;
        collapsed[itemKey(details)] = !open;
      });
    }
  });
  document.addEventListener('toggle', function (event) {
    if (event.target.matches && event.target.matches('details.item, details.none-found')) {
      collapsed[itemKey(event.target)] = !event.target.open;
    }
  }, true);
  document.addEventListener('focusin', function (event) {
    // A field reached by Tab from a collapsed item, or a gap's link elsewhere, is shown.
    if (event.target.matches('input, textarea, select') && event.target.closest('#editorForm')) {
      reveal(event.target);
    }
  });
  // Back and forward between sections, and links from outside the form (the assessor's remarks).
  window.addEventListener('popstate', function () {
    go(location.hash.substring(1), true);
  });
  window.addEventListener('hashchange', function () {
    go(location.hash.substring(1), true);
  });

  restoreLayout();
  if (location.hash.length > 1) {
    go(location.hash.substring(1), true);
  }
})();
