// "Exit this page" (after GOV.UK Frontend): replace this page with a neutral site so that Back
// does not return here, on a click or on Shift pressed three times within five seconds.
(function () {
  'use strict';
  var root = document.querySelector('[data-exit-this-page]');
  if (!root) return;
  var link = root.querySelector('[data-exit-link]');
  var status = root.querySelector('[data-exit-status]');
  var hint = root.querySelector('[data-exit-hint]');
  var presses = 0;
  var timer = 0;

  function announce(text) {
    status.textContent = text;
  }

  function exit(event) {
    if (event) event.preventDefault();
    announce(root.getAttribute('data-announcement'));
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  }

  hint.hidden = false;
  link.addEventListener('click', exit);
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () {
      presses = 0;
      announce('');
    }, 5000);
    if (presses === 1) announce(root.getAttribute('data-press-two-more'));
    if (presses === 2) announce(root.getAttribute('data-press-one-more'));
    if (presses >= 3) exit();
  });
})();
