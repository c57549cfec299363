/*
 * Renkei Portal's only script, on every page. Without it every form still works; with it:
 * - a step that cannot be undone (its button carries data-confirm) asks once, in the page's
 *   language, saying what cannot be undone;
 * - a form is sent once: a second click while the first request runs does nothing (the server
 *   refuses duplicates anyway), and the pressed button says it is busy.
 * - candidate-slot rows are offered one at a time: empty rows after the first wait behind an
 *   "add a row" button, which shows the next one and puts the cursor in it.
 * - a canvas with data-chart is drawn by Chart.js as the configuration says.
 * - a print button (data-print, hidden without the script) prints the page, with the print
 *   stylesheet leaving out the navigation and the forms.
 * The pressed button is not disabled: a disabled button would not be sent, and Faces needs it.
 */
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    if (form.getAttribute('data-sending') === 'true') {
      event.preventDefault();
      return;
    }
    var question = button ? button.getAttribute('data-confirm') : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sending', 'true');
    if (button) {
      button.setAttribute('aria-disabled', 'true');
      button.classList.add('sending');
    }
  });

  function isEmptyRow(row) {
    var inputs = row.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value !== '') {
        return false;
      }
    }
    return true;
  }

  function offerRowsOneAtATime(fieldset) {
    var rows = fieldset.querySelectorAll('.slot-row');
    var hidden = [];
    for (var i = 1; i < rows.length; i++) {
      if (isEmptyRow(rows[i])) {
        rows[i].hidden = true;
        hidden.push(rows[i]);
      }
    }
    if (hidden.length === 0) {
      return;
    }
    var add = document.createElement('button');
    add.type = 'button';
    add.className = 'add-row';
    add.textContent = fieldset.getAttribute('data-add-row');
    add.addEventListener('click', function () {
      var next = hidden.shift();
      next.hidden = false;
      var first = next.querySelector('input');
      if (first) {
        first.focus();
      }
      if (hidden.length === 0) {
        add.remove();
      }
    });
    fieldset.appendChild(add);
  }

  var slotRows = document.querySelectorAll('fieldset.slot-rows[data-add-row]');
  for (var f = 0; f < slotRows.length; f++) {
    offerRowsOneAtATime(slotRows[f]);
  }

  // Charts: a canvas carries its Chart.js configuration in data-chart (escaped by the server), so
  // that no script is written into the page. The figures are also in a table beside each chart.
  if (window.Chart) {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var c = 0; c < canvases.length; c++) {
      new window.Chart(canvases[c], JSON.parse(canvases[c].getAttribute('data-chart')));
    }
  }

  var printButtons = document.querySelectorAll('[data-print]');
  for (var p = 0; p < printButtons.length; p++) {
    printButtons[p].hidden = false;
    printButtons[p].addEventListener('click', function () {
      window.print();
    });
  }

  // A page restored from the back-forward cache may be sent again.
  window.addEventListener('pageshow', function () {
    var sending = document.querySelectorAll('form[data-sending]');
    for (var i = 0; i < sending.length; i++) {
      sending[i].removeAttribute('data-sending');
    }
    var busy = document.querySelectorAll('.sending');
    for (var j = 0; j < busy.length; j++) {
      busy[j].removeAttribute('aria-disabled');
      busy[j].classList.remove('sending');
    }
  });
})();
