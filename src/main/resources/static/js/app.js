/*
 * An Sinh – small progressive enhancements; every page works without them.
 * 1. Session warning: a banner a few minutes before the server session ends (body[data-session-seconds]).
 * 2. Autosave: forms marked data-autosave keep what is typed in this browser (localStorage) until the server has
 *    saved it, so text typed before a session timeout is offered back after logging in again (with a warning when
 *    someone saved the same record in the meantime).
 * 3. Behaviour that used to be inline (the CSP allows no inline script): select[data-submit-on-change] submits its
 *    form when changed; input[data-cleared-by="<selector>"] is emptied when a field of the selector is typed into
 *    while it still holds the value it was loaded with (value form: a new numerator or denominator clears the old
 *    value, so it is computed afresh).
 * 4. File pickers: the browser writes its own "Choose File / No file chosen" in its own language (English on many
 *    office PCs); each input[type=file] gets a Vietnamese button and the chosen file's name instead, the input
 *    itself staying in the form, focusable and keyboard-operable, only visually hidden.
 */
(function () {
  'use strict';
  var body = document.body;
  var text = function (key) { return body.getAttribute('data-text-' + key) || ''; };

  // 1. Session warning
  var seconds = parseInt(body.getAttribute('data-session-seconds') || '0', 10);
  var warning = document.getElementById('sessionWarning');
  if (seconds > 0 && warning) {
    var warnAfter = Math.max(seconds - 300, Math.floor(seconds * 0.8));
    setTimeout(function () { warning.hidden = false; }, warnAfter * 1000);
    setTimeout(function () {
      warning.textContent = text('session-expired');
      warning.classList.replace('alert-warning', 'alert-danger');
    }, seconds * 1000);
  }

  // 4. File pickers in Vietnamese
  document.querySelectorAll('input[type=file]').forEach(function (input, i) {
    if (!input.id) { input.id = 'file-picker-' + i; }
    var wrap = document.createElement('div');
    wrap.className = 'file-picker d-flex flex-wrap align-items-center gap-2';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    input.classList.add('visually-hidden');
    var button = document.createElement('label');
    button.htmlFor = input.id;
    button.className = 'btn btn-outline-secondary btn-sm mb-0';
    button.textContent = text('choose-file');
    var name = document.createElement('span');
    name.className = 'small text-muted text-break';
    name.setAttribute('aria-live', 'polite');
    name.textContent = text('no-file');
    wrap.appendChild(button);
    wrap.appendChild(name);
    input.addEventListener('change', function () {
      name.textContent = input.files && input.files.length ? input.files[0].name : text('no-file');
    });
  });

  // Print buttons (summary pages): the browser's print dialog, which can also save as PDF
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });

  // 3. Former inline handlers
  document.querySelectorAll('select[data-submit-on-change]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  document.querySelectorAll('input[data-cleared-by]').forEach(function (target) {
    document.querySelectorAll(target.getAttribute('data-cleared-by')).forEach(function (input) {
      input.addEventListener('input', function () {
        if (target.value === target.getAttribute('data-initial')) { target.value = ''; }
      });
    });
  });

  // 2. Autosave
  var storage;
  try { storage = window.localStorage; } catch (e) { storage = null; }
  if (!storage) { return; }
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var key = 'ansinh:' + form.getAttribute('data-autosave');
    var version = form.getAttribute('data-version') || '';
    var fields = Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'version' && el.type !== 'hidden'
          && el.type !== 'submit' && el.type !== 'button';
    });
    var snapshot = function () {
      var values = {};
      fields.forEach(function (el) { values[el.name] = el.type === 'checkbox' ? (el.checked ? 'on' : '') : el.value; });
      return values;
    };
    var initial = JSON.stringify(snapshot());
    var stored = null;
    try { stored = JSON.parse(storage.getItem(key) || 'null'); } catch (e) { stored = null; }
    if (stored && JSON.stringify(stored.values) !== initial) {
      // offered back even when someone saved a newer version since: the user decides, warned of the conflict
      var conflict = stored.version !== version;
      fields.forEach(function (el) {
        if (Object.prototype.hasOwnProperty.call(stored.values, el.name)) {
          if (el.type === 'checkbox') { el.checked = stored.values[el.name] === 'on'; } else { el.value = stored.values[el.name]; }
        }
      });
      var notice = document.createElement('div');
      notice.className = conflict ? 'alert alert-warning' : 'alert alert-info';
      notice.setAttribute('role', 'status');
      notice.textContent = text('restored') + ' ' + new Date(stored.at).toLocaleString('vi-VN') + '. '
          + (conflict ? text('restored-conflict') + ' ' : '');
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'btn btn-sm btn-outline-secondary ms-1';
      discard.textContent = text('discard');
      discard.addEventListener('click', function () { storage.removeItem(key); window.location.reload(); });
      notice.appendChild(discard);
      form.parentNode.insertBefore(notice, form);
    } else if (stored) {
      storage.removeItem(key);   // nothing unsaved: the page already shows what was typed
    }
    var timer = null;
    var save = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        storage.setItem(key, JSON.stringify({ version: version, at: Date.now(), values: snapshot() }));
      }, 400);
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  });
})();
