/*
 * Tessera's one script, loaded with defer on every page; every page works without it.
 * 1. The search box: on first focus or key, it loads the language's index and the search library (MiniSearch, as
 *    scripts, so that they load from file:// too) and lists what matches as the reader types: arrows move through
 *    the results, Enter opens the first, Escape closes them. Without JavaScript the box leads to the list of pages.
 * 2. A chart page shown in a frame of another site hides the site around the chart and tells the frame its height.
 */
(function () {
  'use strict';
  var MOST = 12;

  var form = document.querySelector('form.site-search');
  if (form) {
    search(form);
  }
  if (document.querySelector('[data-chart-page]') && window.self !== window.top) {
    embedded();
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  /* Accents and Arabic short vowels do not count: "developpement" finds "développement". */
  function fold(term) {
    return term.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase();
  }

  function search(form) {
    var input = form.querySelector('input[type=search]');
    var list = form.querySelector('.site-search__results');
    var status = document.getElementById('site-search-status');
    var root = form.getAttribute('data-root');
    var ready = null;
    var engine = null;
    var index = null;
    var found = [];

    function prepare() {
      if (!ready) {
        ready = Promise.all([load(form.getAttribute('data-library')), load(form.getAttribute('data-index'))]).then(function () {
          var started = performance.now();
          index = window.tesseraSearch;
          engine = new window.MiniSearch({
            fields: ['title', 'text'],
            processTerm: fold,
            /* the word being typed (the last) matches as a beginning; a typo is forgiven in words of six letters or more */
            searchOptions: {
              prefix: function (term, i, terms) { return i === terms.length - 1; },
              fuzzy: function (term) { return term.length >= 6 ? 0.2 : false; },
              boost: { title: 3 },
              combineWith: 'AND'
            }
          });
          engine.addAll(index.entries.map(function (e, i) { return { id: i, title: e[1], text: e[3] }; }));
          form.setAttribute('data-indexed-ms', (performance.now() - started).toFixed(1)); /* read by bench/search.sh */
        });
      }
      return ready;
    }

    function words(key, value) {
      return index.words[key].replace('{0}', value);
    }

    function show() {
      var query = input.value.trim();
      if (!query) {
        found = [];
        close();
        status.textContent = '';
        return;
      }
      var started = performance.now();
      found = engine.search(query);
      list.textContent = '';
      found.slice(0, MOST).forEach(function (hit) {
        var entry = index.entries[hit.id];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + entry[2];
        link.textContent = entry[1];
        var kind = document.createElement('span');
        kind.className = 'site-search__kind';
        kind.textContent = index.kinds[entry[0]];
        link.appendChild(kind);
        item.appendChild(link);
        list.appendChild(item);
      });
      var item = document.createElement('li');
      var all = document.createElement('a');
      all.href = form.getAttribute('action');
      all.textContent = found.length ? words('all', '') : words('no_results', query);
      item.appendChild(all);
      list.appendChild(item);
      list.hidden = false;
      list.setAttribute('data-query-ms', (performance.now() - started).toFixed(1)); /* read by bench/search.sh */
      status.textContent = found.length === 1 ? words('one_result', 1) : words('results', found.length);
    }

    function close() {
      list.hidden = true;
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    input.setAttribute('aria-controls', list.id);
    input.addEventListener('focus', function () {
      prepare().then(function () {
        if (input.value.trim()) {
          show();
        }
      }).catch(function () {});
    });
    input.addEventListener('input', function () {
      found = [];
      prepare().then(show).catch(function () {});
    });
    form.addEventListener('submit', function (event) {
      if (engine && found.length && input.value.trim()) {
        event.preventDefault();
        window.location.href = root + index.entries[found[0].id][2];
      }
    });
    form.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === 'Escape') {
        close();
        input.focus();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !list.hidden && all.length) {
        event.preventDefault();
        var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
        if (next < 0) {
          input.focus();
        } else {
          all[Math.min(next, all.length - 1)].focus();
        }
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) {
        close();
      }
    });
    /* The list of every page opened with ?q=… (the box sent without JavaScript, or a bookmark) runs the search. */
    var asked = new URLSearchParams(window.location.search).get('q');
    if (asked && document.querySelector('[data-search-list]')) {
      input.value = asked;
      prepare().then(show).catch(function () {});
    }
  }

  function embedded() {
    document.documentElement.classList.add('embedded');
    Array.prototype.forEach.call(document.querySelectorAll('details.chart__data[open]'), function (details) {
      details.open = false;
    });
    function tell() {
      window.parent.postMessage({ tessera: 'chart-height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
    }
    if ('ResizeObserver' in window) {
      new ResizeObserver(tell).observe(document.body);
    }
    window.addEventListener('load', tell);
    tell();
  }
})();
