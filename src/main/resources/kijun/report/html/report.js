// kijun HTML report: language toggle (remembered in the URL hash, never in storage), filters, print.
// The language shown first is the one the report was written with (data-lang), unless the hash says otherwise.
// The page is complete without this script; it only adds the toggle, the filters and expand/collapse.
(function () {
  'use strict';
  var root = document.documentElement;
  var form = document.getElementById('filter-form');
  var controls = Array.prototype.slice.call(document.querySelectorAll('details.control'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.group, section.measure'));

  root.classList.add('js');

  function hashLang() {
    var match = /^#(?:.*&)?lang=(ja|en)(?:&|$)/.exec(location.hash);
    return match ? match[1] : null;
  }

  function setLang(lang, remember) {
    root.lang = lang;
    document.querySelectorAll('input[name="lang"]').forEach(function (radio) {
      radio.checked = radio.value === lang;
    });
    document.querySelectorAll('option[data-ja]').forEach(function (option) {
      option.textContent = option.getAttribute('data-' + lang);
    });
    document.title = root.getAttribute('data-title-' + lang);
    if (remember && hashLang() !== lang) {
      location.replace('#lang=' + lang);
    }
  }

  function checkedValues(name) {
    var values = {};
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (input) {
      values[input.value] = true;
    });
    return values;
  }

  function applyFilters() {
    var outcomes = checkedValues('outcome');
    var tiers = checkedValues('tier');
    var measure = form.elements.measure.value;
    var shown = 0;
    controls.forEach(function (control) {
      var show = outcomes[control.dataset.outcome] === true && tiers[control.dataset.tier] === true
        && (measure === '' || control.dataset.measure === measure);
      control.hidden = !show;
      if (show) {
        shown += 1;
      }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector('details.control:not([hidden])') === null;
    });
    document.querySelectorAll('[data-shown]').forEach(function (counter) {
      counter.textContent = String(shown);
    });
    root.classList.toggle('filtered', shown !== controls.length);
  }

  document.querySelectorAll('input[name="lang"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (radio.checked) {
        setLang(radio.value, true);
      }
    });
  });
  window.addEventListener('hashchange', function () {
    var lang = hashLang();
    if (lang !== null && lang !== root.lang) {
      setLang(lang, false);
    }
  });

  // A control named in the comparison with the baseline opens where it is listed, even if the filters hid it;
  // the URL keeps its hash, which remembers the language.
  document.querySelectorAll('a[data-control-link]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var control = document.getElementById(link.getAttribute('href').slice(1));
      if (control !== null) {
        event.preventDefault();
        if (control.hidden) {
          form.reset();
          applyFilters();
        }
        control.open = true;
        control.scrollIntoView();
      }
    });
  });

  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(applyFilters, 0);
  });
  document.querySelectorAll('button[data-expand]').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('data-expand') === 'open';
      controls.forEach(function (control) {
        if (!control.hidden) {
          control.open = open;
        }
      });
    });
  });

  // Printing shows every control expanded; what was closed is closed again afterwards.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    closedBeforePrint.forEach(function (details) {
      details.open = true;
    });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (details) {
      details.open = false;
    });
    closedBeforePrint = [];
  });

  setLang(hashLang() || root.getAttribute('data-lang') || 'ja', false);
  applyFilters();
}());
