/* MathForML search: a MiniSearch index over the course, loaded on first use.
   The index script (window.MathForMLSearchIndex) and MiniSearch (UMD global) are injected as
   <script> tags on the first focus of / typing in the search box: pages stay light and it works
   from file:// (no fetch). Ranked by MiniSearch (section titles weigh most), with prefix and typo
   tolerant matching; each section's formulas are searchable by what their commands mean (the
   "math" field). The header box shows the top results as a list box; search.html?q=… lists them
   all. A plain classic script. */
(function () {
  'use strict';

  var MAX_RESULTS = 10;
  var PAGE_RESULTS = 50;
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 180;
  var SEARCH_PAGE = 'search.html';

  var input, results, status, container;
  var engine = null;       // MiniSearch instance once ready
  var loading = null;      // Promise while loading
  var items = [];          // result links currently shown
  var activeIndex = -1;
  var lastQuery = '';
  var debounce = 0;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var existing = document.querySelector('script[data-search-src="' + src + '"]');
      if (existing && existing.getAttribute('data-loaded') === 'true') { resolve(); return; }
      var s = existing || document.createElement('script');
      s.addEventListener('load', function () { s.setAttribute('data-loaded', 'true'); resolve(); });
      s.addEventListener('error', function () { reject(new Error('Could not load ' + src)); });
      if (!existing) {
        s.src = src;
        s.async = true;
        s.setAttribute('data-search-src', src);
        document.head.appendChild(s);
      }
    });
  }

  function ensureEngine() {
    if (engine) return Promise.resolve(engine);
    if (loading) return loading;
    var indexUrl = input.getAttribute('data-index');
    var miniUrl = input.getAttribute('data-minisearch');
    var needMini = typeof window.MiniSearch === 'undefined';
    var needIndex = !window.MathForMLSearchIndex;
    loading = Promise.all([
      needMini && miniUrl ? loadScript(miniUrl) : Promise.resolve(),
      needIndex && indexUrl ? loadScript(indexUrl) : Promise.resolve()
    ]).then(function () {
      var MiniSearch = window.MiniSearch;
      var data = window.MathForMLSearchIndex;
      if (typeof MiniSearch !== 'function' || !data || !data.docs) throw new Error('Search data missing');
      var ms = new MiniSearch({
        idField: 'id',
        fields: ['lesson', 'section', 'text', 'math'],
        storeFields: ['lesson', 'section', 'url', 'text'],
        searchOptions: {
          boost: { section: 2.5, lesson: 1.5, math: 0.8 },
          prefix: true,
          fuzzy: 0.2,
          combineWith: 'AND'
        }
      });
      // Duplicate ids would throw: keep the first.
      var seen = Object.create(null);
      var docs = [];
      for (var i = 0; i < data.docs.length; i++) {
        var d = data.docs[i];
        if (!d || d.id == null || seen[d.id]) continue;
        seen[d.id] = true;
        docs.push(d);
      }
      ms.addAll(docs);
      engine = ms;
      return ms;
    });
    loading.catch(function () {
      loading = null; // allow a retry on the next query
    });
    return loading;
  }

  /* ---------------------------------------------------------------- rendering */

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // A regex matching any matched term at a word start (terms are the document's own words).
  function termsRegExp(terms) {
    var parts = [];
    for (var i = 0; i < terms.length; i++) if (terms[i]) parts.push(escapeRegExp(terms[i]));
    if (!parts.length) return null;
    parts.sort(function (a, b) { return b.length - a.length; });
    try {
      return new RegExp('(^|[^\\p{L}\\p{N}])(' + parts.join('|') + ')', 'giu');
    } catch (e) {
      return new RegExp('(^|\\W)(' + parts.join('|') + ')', 'gi');
    }
  }

  // Escapes text and wraps every matched term in <mark>.
  function highlight(text, re) {
    if (!re) return escapeHtml(text);
    var out = '';
    var last = 0;
    re.lastIndex = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var start = m.index + m[1].length;
      out += escapeHtml(text.slice(last, start)) + '<mark>' + escapeHtml(m[2]) + '</mark>';
      last = start + m[2].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    return out + escapeHtml(text.slice(last));
  }

  // The part of the text that holds the most matched terms, starting at a sentence when one starts
  // shortly before, otherwise at a word, and ending at a word: a snippet that reads as prose.
  function snippet(text, re) {
    text = (text || '').replace(/\s+/g, ' ').trim();
    if (text.length <= SNIPPET_LENGTH) return highlight(text, re);
    var hits = [];
    if (re) {
      re.lastIndex = 0;
      var m;
      while ((m = re.exec(text)) !== null && hits.length < 200) {
        hits.push({ at: m.index + m[1].length, term: m[2].toLowerCase() });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    var at = 0;
    var best = -1;
    for (var i = 0; i < hits.length; i++) {
      var seen = {};
      var distinct = 0;
      for (var j = i; j < hits.length && hits[j].at < hits[i].at + SNIPPET_LENGTH - SNIPPET_BEFORE; j++) {
        if (!seen[hits[j].term]) { seen[hits[j].term] = true; distinct++; }
      }
      if (distinct > best) { best = distinct; at = hits[i].at; }
    }
    var start = 0;
    if (at > SNIPPET_BEFORE) {
      var sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf(': ', at));
      if (sentence !== -1 && at - sentence <= SNIPPET_BEFORE * 1.5) start = sentence + 2;
      else {
        start = at - SNIPPET_BEFORE;
        var space = text.indexOf(' ', start);
        if (space !== -1 && space < at) start = space + 1;
      }
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      if (back > at) end = back;
    }
    var body = text.slice(start, end).replace(/[,;:\s]+$/, '');
    return (start > 0 ? '… ' : '') + highlight(body, re) + (end < text.length ? ' …' : '');
  }

  function search(query, limit) {
    var hits = engine.search(query);
    // Nothing with every word: fall back to any word.
    if (!hits.length) hits = engine.search(query, { combineWith: 'OR' });
    return hits.slice(0, limit);
  }

  // One result's inner HTML: "Lesson › Section" then the snippet.
  function resultHtml(h) {
    var re = termsRegExp(h.terms || []);
    var path = escapeHtml(h.lesson || '');
    if (h.section && h.section !== h.lesson) {
      path += '<span class="sep" aria-hidden="true">›</span>' + highlight(h.section, re);
    }
    return '<span class="search-result-path">' + path + '</span>' +
      '<span class="search-result-snippet">' + snippet(h.text, re) + '</span>';
  }

  function pageUrl(query) {
    return SEARCH_PAGE + '?q=' + encodeURIComponent(query);
  }

  function show() {
    results.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function hide() {
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    activeIndex = -1;
  }

  function message(text) {
    items = [];
    activeIndex = -1;
    results.innerHTML = '<p class="search-message" role="presentation">' + escapeHtml(text) + '</p>';
    show();
    status.textContent = text;
  }

  function render(query) {
    if (!engine) return;
    var hits = search(query, MAX_RESULTS);
    if (!hits.length) {
      message('No results for “' + query + '”');
      return;
    }
    var html = '';
    for (var i = 0; i < hits.length; i++) {
      html += '<a class="search-result" role="option" id="search-result-' + i + '" aria-selected="false" tabindex="-1" href="' +
        escapeHtml(hits[i].url || '#') + '">' + resultHtml(hits[i]) + '</a>';
    }
    // The way to every result is one more option of the list box, reached with the arrows like the others.
    html += '<a class="search-result search-all" role="option" id="search-result-' + hits.length + '" aria-selected="false" tabindex="-1" href="' +
      escapeHtml(pageUrl(query)) + '">All results for “' + escapeHtml(query) + '”</a>';
    results.innerHTML = html;
    items = Array.prototype.slice.call(results.querySelectorAll('.search-result'));
    activeIndex = -1;
    input.removeAttribute('aria-activedescendant');
    show();
    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + ' for ' + query;
  }

  function setActive(index) {
    if (!items.length) return;
    if (index < 0) index = items.length - 1;
    if (index >= items.length) index = 0;
    if (activeIndex >= 0 && items[activeIndex]) items[activeIndex].setAttribute('aria-selected', 'false');
    activeIndex = index;
    var item = items[index];
    item.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', item.id);
    // Scroll within the dropdown only.
    var r = results.getBoundingClientRect();
    var b = item.getBoundingClientRect();
    if (b.top < r.top) results.scrollTop -= r.top - b.top + 4;
    else if (b.bottom > r.bottom) results.scrollTop += b.bottom - r.bottom + 4;
  }

  function run() {
    var query = input.value.trim();
    lastQuery = query;
    if (!query) { hide(); results.innerHTML = ''; items = []; status.textContent = ''; return; }
    if (engine) { render(query); return; }
    message('Loading the search index…');
    ensureEngine().then(function () {
      if (input.value.trim() === lastQuery && lastQuery) render(lastQuery);
    }, function () {
      message('Search is unavailable (the search index could not be loaded).');
    });
  }

  function go(item) {
    if (!item) return;
    hide();
    input.blur();
    window.location.href = item.href;
  }

  function onKeyDown(e) {
    switch (e.key) {
      case 'ArrowDown':
        if (results.hidden && input.value.trim()) run();
        if (items.length) { e.preventDefault(); setActive(activeIndex + 1); }
        break;
      case 'ArrowUp':
        if (items.length) { e.preventDefault(); setActive(activeIndex - 1); }
        break;
      case 'Enter':
        // A chosen result opens; otherwise Enter lists every result on the search page.
        if (activeIndex >= 0 && items[activeIndex]) {
          e.preventDefault();
          go(items[activeIndex]);
        } else if (input.value.trim()) {
          e.preventDefault();
          hide();
          window.location.href = pageUrl(input.value.trim());
        }
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        if (!results.hidden) hide();
        else if (input.value) { input.value = ''; run(); }
        else input.blur();
        break;
      case 'Home':
      case 'End':
        break;
    }
  }

  /* ---------------------------------------------------------------- results page */

  // search.html?q=…: every result (up to PAGE_RESULTS) for the query in the URL, as a list of links.
  function initResultsPage() {
    var list = document.getElementById('search-page-results');
    var field = document.getElementById('search-page-input');
    var pageStatus = document.getElementById('search-page-status');
    if (!list || !field || !pageStatus) return;
    var query = '';
    var match = /[?&]q=([^&#]*)/.exec(window.location.search || '');
    if (match) {
      try { query = decodeURIComponent(match[1].replace(/\+/g, ' ')).trim(); } catch (e) { query = ''; }
    }
    field.value = query;
    if (!query) { field.focus(); return; }
    document.title = query + ' — ' + document.title;
    pageStatus.textContent = 'Searching…';
    ensureEngine().then(function () {
      var hits = search(query, PAGE_RESULTS);
      var html = '';
      for (var i = 0; i < hits.length; i++) {
        html += '<li><a class="search-result" href="' + escapeHtml(hits[i].url || '#') + '">' + resultHtml(hits[i]) + '</a></li>';
      }
      list.innerHTML = html;
      pageStatus.textContent = hits.length
        ? hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + query + '”'
        : 'No results for “' + query + '”. Try fewer or shorter words.';
    }, function () {
      pageStatus.textContent = 'Search is unavailable (the search index could not be loaded).';
    });
  }

  function init() {
    input = document.getElementById('search-input');
    results = document.getElementById('search-results');
    if (!input || !results) return;
    container = input.closest ? input.closest('.search') : input.parentNode;
    status = container && container.querySelector('.search-status');
    if (!status) {
      status = document.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      container.appendChild(status);
    }

    var placeholder = input.getAttribute('placeholder') || 'Search';
    if (window.matchMedia && window.matchMedia('(hover: hover)').matches && placeholder.indexOf('/') === -1) {
      input.setAttribute('placeholder', placeholder + ' the course');
    }

    input.addEventListener('focus', function () {
      if (container) container.classList.add('search-active');
      ensureEngine().catch(function () { /* reported when a query runs */ });
      if (input.value.trim() && items.length) show();
    });
    input.addEventListener('input', function () {
      clearTimeout(debounce);
      debounce = setTimeout(run, engine ? 40 : 0);
    });
    input.addEventListener('keydown', onKeyDown);

    // Keep the dropdown open while the pointer is on it (a click moves focus to the link).
    results.addEventListener('mousedown', function (e) { e.preventDefault(); });
    results.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('.search-result') : null;
      if (!link) return;
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return; // new tab etc.
      e.preventDefault();
      go(link);
    });
    results.addEventListener('mousemove', function (e) {
      var link = e.target.closest ? e.target.closest('.search-result') : null;
      if (link) {
        var i = items.indexOf(link);
        if (i !== -1 && i !== activeIndex) setActive(i);
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(function () {
        if (document.activeElement !== input) {
          hide();
          if (container) container.classList.remove('search-active');
        }
      }, 120);
    });

    document.addEventListener('click', function (e) {
      if (container && !container.contains(e.target)) hide();
    });
    initResultsPage();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
