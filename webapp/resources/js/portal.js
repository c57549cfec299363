/*
 * Renkei Portal's only script, on every page. Without it every form still works; with it:
 * - a step that cannot be undone (its button carries data-confirm) asks once, in the page's
 *   language, saying what cannot be undone;
 * - a form is sent once: a second click while the first request runs does nothing (the server
 *   refuses duplicates anyway), and the pressed button says it is busy.
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
