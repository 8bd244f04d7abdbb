/*
 * Tessera's one script, loaded with defer on every page; every page works without it.
 * 1. The search box: when the pointer comes over it, or on first touch, focus or key, it loads the language's index
 *    and the search library (MiniSearch, as scripts, so that they load from file:// too), indexes in slices and
 *    lists what matches as the reader types (from the first slice on): arrows move through
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
    var loaded = null;
    var engine = null;
    var index = null;
    var complete = false;
    var asked = null; /* when the reader's first query was asked, until it is answered */
    var found = [];

    /*
     * The library and the index load on the first sign that the reader means to search (the pointer over the box,
     * a touch, focus); MiniSearch then indexes the entries a slice at a time, yielding to the page between slices:
     * first the sections, programmes, places, themes, pages and datasets, then the second file of the index, loaded
     * once the first is read, with the charts and indicators. A query asked before all is read is answered at once from what is,
     * marked so, and again when all is.
     */
    function prepare() {
      if (!loaded) {
        loaded = Promise.all([load(form.getAttribute('data-library')), load(form.getAttribute('data-index'))]).then(function () {
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
          indexInSlices();
        });
      }
      return loaded;
    }

    function indexInSlices() {
      var SLICE = 500;
      var next = 0;
      var started = performance.now();
      var more = form.getAttribute('data-index-more');
      var channel = new MessageChannel();
      channel.port1.onmessage = slice;
      slice();
      function slice() {
        var end = Math.min(next + SLICE, index.entries.length);
        for (; next < end; next++) {
          var e = index.entries[next];
          /* an entry within another's page (an indicator within its programme's) is found by that page's title too */
          engine.add({ id: next, title: e[1], text: e.length > 4 ? e[3] + ' ' + index.entries[e[4]][1] : e[3] });
        }
        if (next < index.entries.length) {
          if (next % (SLICE * 20) === 0 && found.length < MOST) {
            again(); /* an answer given early that does not fill the list yet grows as the index does */
          }
          channel.port2.postMessage(null);
        } else if (more) {
          again();
          load(more).then(function () {
            index.entries = index.entries.concat(window.tesseraSearchMore);
            slice();
          }, finish); /* without the second file, the first still answers */
          more = null;
        } else {
          finish();
        }
      }
      function finish() {
        complete = true;
        channel.port1.close();
        form.setAttribute('data-indexed-ms', (performance.now() - started).toFixed(1)); /* read by bench/search.sh */
        again();
      }
    }

    /* The query being answered, answered again from more of the index. */
    function again() {
      if (input.value.trim() && (!list.hidden || document.activeElement === input)) {
        show();
      }
    }

    /* the address of entry i: an entry within another's page has a fragment of that page */
    function address(i) {
      var e = index.entries[i];
      return root + (e.length > 4 ? index.entries[e[4]][2] : '') + e[2];
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
        link.href = address(hit.id);
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
      all.textContent = found.length || !complete ? words('all', '') : words('no_results', query);
      item.appendChild(all);
      list.appendChild(item);
      list.hidden = false;
      list.setAttribute('data-query-ms', (performance.now() - started).toFixed(1)); /* read by bench/search.sh */
      if (asked !== null) { /* the first answer, however much of the index was read by then */
        form.setAttribute('data-answered-ms', (performance.now() - asked).toFixed(1));
        asked = null;
      }
      status.textContent = !complete ? words('so_far', found.length)
        : found.length === 1 ? words('one_result', 1) : words('results', found.length);
    }

    function close() {
      list.hidden = true;
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    input.setAttribute('aria-controls', list.id);
    ['pointerenter', 'touchstart'].forEach(function (event) {
      form.addEventListener(event, function () { prepare().catch(function () {}); }, { once: true, passive: true });
    });
    input.addEventListener('focus', function () {
      prepare().then(function () {
        if (input.value.trim()) {
          show();
        }
      }).catch(function () {});
    });
    input.addEventListener('input', function () {
      found = [];
      if (asked === null && !engine) {
        asked = performance.now();
      }
      prepare().then(show).catch(function () {});
    });
    form.addEventListener('submit', function (event) {
      if (engine && found.length && input.value.trim()) {
        event.preventDefault();
        window.location.href = address(found[0].id);
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
    var query = new URLSearchParams(window.location.search).get('q');
    if (query && document.querySelector('[data-search-list]')) {
      input.value = query;
      asked = performance.now();
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
