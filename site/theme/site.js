/* MathForML site behaviour: theme toggle, mobile menu, on-page TOC highlighting, copy buttons,
   solutions, progress (lessons marked done, kept in this browser), keyboard shortcuts ("/" search,
   "[" "]" and the arrow keys for the previous and next lesson). A plain classic script (works from
   file://). */
(function () {
  'use strict';

  var STORAGE_KEY = 'mathforml-theme';
  var root = document.documentElement;
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function storedTheme() {
    try {
      var t = localStorage.getItem(STORAGE_KEY);
      return t === 'dark' || t === 'light' ? t : null;
    } catch (e) {
      return null;
    }
  }

  function currentTheme() {
    var t = root.getAttribute('data-theme');
    if (t === 'dark' || t === 'light') return t;
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function applyTheme(theme, remember) {
    root.setAttribute('data-theme', theme);
    if (remember) {
      try { localStorage.setItem(STORAGE_KEY, theme); } catch (e) { /* private mode: not remembered */ }
    }
    syncToggle();
    var event;
    try {
      event = new CustomEvent('themechange', { detail: { theme: theme } });
    } catch (e) {
      event = document.createEvent('CustomEvent');
      event.initCustomEvent('themechange', false, false, { theme: theme });
    }
    document.dispatchEvent(event);
  }

  function syncToggle() {
    var dark = currentTheme() === 'dark';
    var buttons = document.querySelectorAll('.theme-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', dark ? 'true' : 'false');
      buttons[i].title = dark ? 'Switch to light theme' : 'Switch to dark theme';
    }
  }

  // Expose the current theme to other scripts (charts.js) without coupling them to the attribute.
  window.MathForML = window.MathForML || {};
  window.MathForML.theme = currentTheme;

  if (!root.getAttribute('data-theme')) root.setAttribute('data-theme', storedTheme() || currentTheme());

  // Follow the system setting live while the reader has not chosen a theme explicitly.
  if (darkQuery) {
    var onSystemChange = function (e) {
      if (!storedTheme()) applyTheme(e.matches ? 'dark' : 'light', false);
    };
    if (darkQuery.addEventListener) darkQuery.addEventListener('change', onSystemChange);
    else if (darkQuery.addListener) darkQuery.addListener(onSystemChange);
  }

  // Another tab changed the theme.
  window.addEventListener('storage', function (e) {
    if (e.key === STORAGE_KEY && (e.newValue === 'dark' || e.newValue === 'light') && e.newValue !== currentTheme()) {
      applyTheme(e.newValue, false);
    }
  });

  function initThemeToggle() {
    syncToggle();
    var buttons = document.querySelectorAll('.theme-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        applyTheme(currentTheme() === 'dark' ? 'light' : 'dark', true);
      });
    }
  }

  /* ---------------------------------------------------------------- mobile menu */

  function initMenu() {
    var button = document.querySelector('.menu-toggle');
    var sidebar = document.getElementById('sidebar');
    var backdrop = document.querySelector('.sidebar-backdrop');
    if (!button || !sidebar) return;
    var body = document.body;
    var narrow = window.matchMedia ? window.matchMedia('(max-width: 959.98px)') : null;

    function isOpen() { return body.classList.contains('nav-open'); }

    function open() {
      body.classList.add('nav-open');
      button.setAttribute('aria-expanded', 'true');
      if (backdrop) backdrop.hidden = false;
      var target = sidebar.querySelector('a[aria-current="page"]') || sidebar.querySelector('a, summary');
      if (target) {
        // Wait for the drawer to become visible before moving focus into it.
        setTimeout(function () { target.focus({ preventScroll: true }); revealCurrent(); }, 30);
      }
    }

    function close(returnFocus) {
      if (!isOpen()) return;
      body.classList.remove('nav-open');
      button.setAttribute('aria-expanded', 'false');
      if (backdrop) backdrop.hidden = true;
      if (returnFocus) button.focus();
    }

    button.addEventListener('click', function () {
      if (isOpen()) close(false); else open();
    });
    if (backdrop) backdrop.addEventListener('click', function () { close(true); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && isOpen()) { close(true); }
    });
    sidebar.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a') : null;
      if (link && isOpen()) close(false);
    });
    // Keep Tab inside the open drawer (the page behind it is covered).
    sidebar.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab' || !isOpen()) return;
      var items = sidebar.querySelectorAll('a[href], summary');
      if (!items.length) return;
      var first = items[0], last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); button.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); button.focus(); }
    });
    if (narrow) {
      var onChange = function (e) { if (!e.matches) close(false); };
      if (narrow.addEventListener) narrow.addEventListener('change', onChange);
      else if (narrow.addListener) narrow.addListener(onChange);
    }
  }

  // Scroll the sidebar (not the page) so the current lesson is visible.
  function revealCurrent() {
    var sidebar = document.getElementById('sidebar');
    if (!sidebar) return;
    var current = sidebar.querySelector('a[aria-current="page"]');
    if (!current) return;
    var s = sidebar.getBoundingClientRect();
    var c = current.getBoundingClientRect();
    if (c.top < s.top + 40 || c.bottom > s.bottom - 40) {
      sidebar.scrollTop += c.top - s.top - s.height / 3;
    }
  }

  /* ---------------------------------------------------------------- on-page TOC */

  function initToc() {
    var toc = document.querySelector('.toc');
    if (!toc) return;
    var links = toc.querySelectorAll('a[href^="#"]');
    if (!links.length) return;

    var entries = [];
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute('href').slice(1);
      try { id = decodeURIComponent(id); } catch (e) { /* keep it as written */ }
      var heading = document.getElementById(id);
      if (heading) entries.push({ link: links[i], heading: heading });
    }
    if (!entries.length) return;

    var active = null;
    function setActive(entry) {
      if (entry === active) return;
      if (active) { active.link.classList.remove('active'); active.link.removeAttribute('aria-current'); }
      active = entry;
      if (!entry) return;
      entry.link.classList.add('active');
      entry.link.setAttribute('aria-current', 'location');
      // Keep the active entry visible inside a long, scrolling TOC.
      var t = toc.getBoundingClientRect();
      var l = entry.link.getBoundingClientRect();
      if (l.top < t.top + 24 || l.bottom > t.bottom - 24) toc.scrollTop += l.top - t.top - t.height / 2;
    }

    // The current section is the last heading above the line at 1/3 of the viewport; the headings
    // are read in order until the first one below the line.
    var lockUntil = 0;
    function update() {
      if (Date.now() < lockUntil) return;
      var line = window.innerHeight / 3;
      var found = null;
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].heading.getBoundingClientRect().top <= line) found = entries[i];
        else break;
      }
      // At the very bottom of the page the last sections may never reach the line.
      var doc = document.documentElement;
      if (window.innerHeight + window.scrollY >= doc.scrollHeight - 4) {
        for (var j = entries.length - 1; j >= 0; j--) {
          var top = entries[j].heading.getBoundingClientRect().top;
          if (top < window.innerHeight) { if (!found || entries.indexOf(found) < j) found = entries[j]; break; }
        }
      }
      setActive(found || null);
    }

    // Checked once per frame while scrolling. (An IntersectionObserver on a band of the screen misses
    // jumps: a heading that goes from above the band to below it in one step never intersects it.)
    var queued = false;
    window.addEventListener('scroll', function () {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () { queued = false; update(); });
    }, { passive: true });
    window.addEventListener('resize', update);

    // A click on an entry makes it active right away (smooth scrolling would otherwise flicker).
    toc.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a') : null;
      if (!link) return;
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].link === link) {
          lockUntil = 0;
          setActive(entries[i]);
          lockUntil = Date.now() + 800;
          break;
        }
      }
    });
    update();
  }

  /* ---------------------------------------------------------------- copy buttons */

  var COPY_ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h8"/></svg>';
  var DONE_ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m5 12.5 4.5 4.5L19 7"/></svg>';

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.top = '-1000px';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy failed'));
    });
  }

  function initCopyButtons() {
    var live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    document.body.appendChild(live);

    var codes = document.querySelectorAll('.content pre > code');
    for (var i = 0; i < codes.length; i++) {
      var pre = codes[i].parentNode;
      if (pre.parentNode && pre.parentNode.classList && pre.parentNode.classList.contains('code-block')) continue;
      var wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);

      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.setAttribute('aria-label', 'Copy code');
      button.innerHTML = COPY_ICON + '<span>Copy</span>';
      wrapper.appendChild(button);
      button.addEventListener('click', onCopy);
    }

    function onCopy(e) {
      var button = e.currentTarget;
      var code = button.parentNode.querySelector('pre > code');
      if (!code) return;
      var text = code.textContent.replace(/\n$/, '');
      copyText(text).then(function () {
        button.classList.add('copied');
        button.innerHTML = DONE_ICON + '<span>Copied</span>';
        live.textContent = 'Code copied to the clipboard';
        clearTimeout(button._timer);
        button._timer = setTimeout(function () {
          button.classList.remove('copied');
          button.innerHTML = COPY_ICON + '<span>Copy</span>';
          live.textContent = '';
        }, 2000);
      }, function () {
        live.textContent = 'Copying failed: select the code and copy it by hand';
      });
    }
  }

  /* ---------------------------------------------------------------- scrollable blocks */

  // A block that scrolls sideways (wide code, formula, table) must be reachable by keyboard:
  // give it tabindex="0" while it overflows, and take it away when it no longer does.
  var SCROLLABLE = '.content pre, .content .math-display, .content .output-table, .content table';

  // Until a block has been measured it is assumed to scroll: it is reachable by keyboard from the
  // start, without measuring it (measuring a block far down the page would force the browser to lay
  // out sections it skips with content-visibility, which is what keeps a long lesson fast to open).
  function assumeScrollable(blocks) {
    for (var i = 0; i < blocks.length; i++) {
      var el = blocks[i];
      // A block inside another (the table of an output table, the formula of a display wrapper)
      // scrolls with its container, which is the one to reach.
      if (el.hasAttribute('tabindex') || (el.parentElement && el.parentElement.closest(SCROLLABLE))) continue;
      el.setAttribute('tabindex', '0');
      el.setAttribute('data-scrollable', 'unmeasured');
      label(el);
    }
  }

  function label(el) {
    if (el.hasAttribute('aria-label') || el.hasAttribute('role') || el.tagName === 'PRE' || el.tagName === 'TABLE') return;
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', el.classList.contains('output-table') ? 'Table (scrolls sideways)' : 'Formula (scrolls sideways)');
    el.setAttribute('data-scroll-label', '');
  }

  // Measured blocks keep tabindex="0" only while they overflow.
  function markScrollable(blocks) {
    for (var i = 0; i < blocks.length; i++) {
      var el = blocks[i];
      var style = window.getComputedStyle(el);
      var scrolls = (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      var ours = el.hasAttribute('data-scrollable');
      if (scrolls && (ours || !el.hasAttribute('tabindex'))) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('data-scrollable', '');
        label(el);
      } else if (!scrolls && ours) {
        el.removeAttribute('tabindex');
        el.removeAttribute('data-scrollable');
        if (el.hasAttribute('data-scroll-label')) {
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
          el.removeAttribute('data-scroll-label');
        }
      }
    }
  }

  // Blocks are measured as they come near the screen, and again when the width or the fonts change.
  function initScrollable() {
    var blocks = Array.prototype.slice.call(document.querySelectorAll(SCROLLABLE));
    if (!('IntersectionObserver' in window)) {
      markScrollable(blocks);
      window.MathForML.watchScrollable = function (root) { markScrollable(root.querySelectorAll(SCROLLABLE)); };
      return;
    }
    assumeScrollable(blocks);
    // Blocks added after the page loaded (a chart's data table, built when its section opens) are
    // handled like the page's own.
    window.MathForML.watchScrollable = function (root) {
      var added = Array.prototype.slice.call(root.querySelectorAll(SCROLLABLE));
      assumeScrollable(added);
      for (var a = 0; a < added.length; a++) observer.observe(added[a]);
    };
    var visible = [];
    var observer = new IntersectionObserver(function (entries) {
      var near = [];
      for (var i = 0; i < entries.length; i++) {
        var at = visible.indexOf(entries[i].target);
        if (entries[i].isIntersecting) { near.push(entries[i].target); if (at === -1) visible.push(entries[i].target); }
        else if (at !== -1) visible.splice(at, 1);
      }
      markScrollable(near);
    }, { rootMargin: '300px 0px' });
    for (var i = 0; i < blocks.length; i++) observer.observe(blocks[i]);

    var timer = 0;
    window.addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { markScrollable(visible); }, 200);
    });
    // Fonts (the math font) may change widths after the first layout.
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { markScrollable(visible); });
  }

  /* ---------------------------------------------------------------- keyboard */

  function isTyping(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }

  function initKeyboard() {
    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) {
        // Ctrl+K / Cmd+K also opens search, as on many documentation sites.
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K')) {
          if (focusSearch()) e.preventDefault();
        }
        return;
      }
      if (isTyping(document.activeElement)) return;
      if (e.key === '/') {
        if (focusSearch()) e.preventDefault();
        return;
      }
      var direction = e.key === '[' || e.key === 'ArrowLeft' ? 'prev' : e.key === ']' || e.key === 'ArrowRight' ? 'next' : null;
      if (!direction || e.shiftKey) return;
      // Left and right arrows also scroll a wide formula, table or code block sideways, and move
      // within widgets: they turn pages only when focus is on nothing that uses them.
      if (e.key.indexOf('Arrow') === 0 && usesArrows(document.activeElement)) return;
      var link = document.querySelector('link[rel="' + direction + '"]');
      if (link && link.href) {
        e.preventDefault();
        window.location.href = link.href;
      }
    });
  }

  function usesArrows(el) {
    if (!el || el === document.body || el === document.documentElement) return false;
    if (el.closest && el.closest('[data-scrollable], .js-plotly-plot, details > summary, [role="listbox"], [role="slider"]')) return true;
    return false;
  }

  function focusSearch() {
    var input = document.getElementById('search-input');
    if (!input) return false;
    input.focus();
    input.select();
    return true;
  }

  /* ---------------------------------------------------------------- solutions */

  // Lessons write solutions and hints as <details><summary>Solution</summary>: give them the
  // solution style (dashed until opened) without asking authors for a class.
  function initSolutions() {
    var all = document.querySelectorAll('.content details:not(.chart-data):not(.solution)');
    for (var i = 0; i < all.length; i++) {
      var summary = all[i].querySelector('summary');
      if (summary && /^\s*(solution|answer|hint)/i.test(summary.textContent)) all[i].classList.add('solution');
      if (summary && /^\s*hint/i.test(summary.textContent)) all[i].classList.add('hint');
    }
  }

  /* ---------------------------------------------------------------- start */

  // Progress: the lessons a reader marked done and the exercises they answered right, kept in this
  // browser's storage and nowhere else ({ lessons: { url: date }, exercises: { id: date } }; what
  // older pages stored, lessons only, still reads). The sidebar ticks them, the home page counts
  // them; without usable storage nothing is shown.
  var PROGRESS_KEY = 'mathforml-progress';

  function readProgress() {
    var p;
    try {
      p = JSON.parse(localStorage.getItem(PROGRESS_KEY) || '{}');
    } catch (e) {
      p = null;
    }
    if (!p || typeof p !== 'object') p = {};
    if (typeof p.lessons !== 'object' || p.lessons === null) p.lessons = {};
    if (typeof p.exercises !== 'object' || p.exercises === null) p.exercises = {};
    return p;
  }

  function writeProgress(p) {
    try { localStorage.setItem(PROGRESS_KEY, JSON.stringify(p)); } catch (err) { /* full: the page keeps showing what is stored */ }
  }

  function storageWorks() {
    try {
      localStorage.setItem(PROGRESS_KEY + '-probe', '1');
      localStorage.removeItem(PROGRESS_KEY + '-probe');
      return true;
    } catch (e) {
      return false;
    }
  }

  function showProgress() {
    var progress = readProgress();
    var lessons = progress.lessons;
    var answered = progress.exercises;
    var links = document.querySelectorAll('a[data-lesson]');
    var done = 0;
    for (var i = 0; i < links.length; i++) {
      showLessonExercises(links[i], answered);
      var isDone = !!lessons[links[i].getAttribute('data-lesson')];
      if (isDone) done++;
      links[i].classList.toggle('is-done', isDone);
      var note = links[i].querySelector('.nav-done');
      if (isDone && !note) {
        note = document.createElement('span');
        note.className = 'nav-done';
        note.innerHTML = '<span aria-hidden="true">✓</span><span class="visually-hidden"> (done)</span>';
        links[i].appendChild(note);
      } else if (!isDone && note) {
        note.parentNode.removeChild(note);
      }
    }
    var toggles = document.querySelectorAll('.lesson-done');
    for (var j = 0; j < toggles.length; j++) {
      var marked = !!lessons[toggles[j].getAttribute('data-lesson')];
      toggles[j].setAttribute('aria-pressed', marked ? 'true' : 'false');
      toggles[j].textContent = marked ? 'Lesson done ✓' : 'Mark this lesson as done';
    }
    markSections(lessons, links);
    showAnswered(answered);
    var home = document.querySelector('.home-progress');
    var ids = home && home.getAttribute('data-exercises') ? home.getAttribute('data-exercises').split(' ') : [];
    var right = 0;
    for (var k = 0; k < ids.length; k++) if (answered[ids[k]]) right++;
    var count = document.querySelector('.home-progress-count');
    if (count) {
      count.textContent = done + ' of ' + links.length + (links.length === 1 ? ' lesson' : ' lessons')
        + (ids.length ? ', ' + right + ' of ' + ids.length + (ids.length === 1 ? ' exercise' : ' exercises') : '') + ' done';
    }
    var reset = document.querySelector('.progress-reset');
    if (reset) reset.hidden = done === 0 && right === 0;
  }

  // A sidebar lesson with checked exercises says how many of them were answered: "2/3".
  function showLessonExercises(link, answered) {
    var total = +link.getAttribute('data-exercises') || 0;
    var note = link.querySelector('.nav-exercises');
    if (!total) return;
    var slug = link.getAttribute('data-lesson').replace(/\.html$/, '');
    // Ids are "<slug>#<exercise number>": count this lesson's (no more than it has).
    var right = 0;
    for (var id in answered) {
      if (Object.prototype.hasOwnProperty.call(answered, id) && id.indexOf(slug + '#') === 0) right++;
    }
    right = Math.min(right, total);
    if (!right) {
      if (note) note.parentNode.removeChild(note);
      return;
    }
    if (!note) {
      note = document.createElement('span');
      note.className = 'nav-exercises';
      link.appendChild(note);
    }
    note.innerHTML = '<span aria-hidden="true">' + right + '/' + total + '</span><span class="visually-hidden"> (' + right + ' of ' + total + ' exercises answered)</span>';
  }

  // On a page that is not a lesson (the study plan's weeks, the learning paths), a section that sends
  // the reader to two or more lessons is ticked once every one of them is marked done.
  function markSections(lessons, links) {
    var main = document.getElementById('main-content');
    if (!main || document.querySelector('.lesson-done')) return;
    var isLesson = {};
    for (var i = 0; i < links.length; i++) isLesson[links[i].getAttribute('data-lesson')] = true;
    var headings = main.querySelectorAll('h2');
    for (var h = 0; h < headings.length; h++) {
      var linked = {}, total = 0, done = 0;
      for (var el = headings[h].nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
        var anchors = el.querySelectorAll ? el.querySelectorAll('a[href]') : [];
        for (var a = 0; a < anchors.length; a++) {
          var key = anchors[a].getAttribute('href').split('#')[0];
          if (!isLesson[key] || linked[key]) continue;
          linked[key] = true;
          total++;
          if (lessons[key]) done++;
        }
      }
      var badge = headings[h].querySelector('.section-done');
      var complete = total >= 2 && done === total;
      if (complete && !badge) {
        badge = document.createElement('span');
        badge.className = 'section-done';
        badge.innerHTML = '<span aria-hidden="true">✓ done</span><span class="visually-hidden">(all its lessons done)</span>';
        headings[h].insertBefore(badge, headings[h].querySelector('.anchor'));
      } else if (!complete && badge) {
        badge.parentNode.removeChild(badge);
      }
    }
  }

  // A checked exercise answered right (now or in an earlier visit) says so above its form.
  function showAnswered(answered) {
    var forms = document.querySelectorAll('form.exercise-check');
    for (var i = 0; i < forms.length; i++) {
      var isAnswered = !!answered[forms[i].getAttribute('data-exercise')];
      forms[i].classList.toggle('is-answered', isAnswered);
      var note = forms[i].querySelector('.answer-done');
      if (isAnswered && !note) {
        note = document.createElement('p');
        note.className = 'answer-done';
        note.innerHTML = '<span aria-hidden="true">✓ </span>You answered this exercise correctly.';
        forms[i].insertBefore(note, forms[i].firstChild);
      } else if (!isAnswered && note) {
        note.parentNode.removeChild(note);
      }
    }
  }

  function initProgress() {
    if (!storageWorks()) return;
    var shown = document.querySelectorAll('.lesson-progress, .home-progress');
    for (var i = 0; i < shown.length; i++) shown[i].hidden = false;
    document.addEventListener('click', function (e) {
      var toggle = e.target.closest && e.target.closest('.lesson-done');
      if (toggle) {
        var p = readProgress();
        var key = toggle.getAttribute('data-lesson');
        if (p.lessons[key]) delete p.lessons[key];
        else p.lessons[key] = new Date().toISOString().slice(0, 10);
        writeProgress(p);
        showProgress();
        return;
      }
      var reset = e.target.closest && e.target.closest('.progress-reset');
      if (reset && window.confirm('Forget which lessons you marked as done and which exercises you answered in this browser?')) {
        try { localStorage.removeItem(PROGRESS_KEY); } catch (err) { /* nothing stored */ }
        showProgress();
      }
    });
    // Another tab marked a lesson.
    window.addEventListener('storage', function (e) { if (e.key === PROGRESS_KEY || e.key === null) showProgress(); });
    showProgress();
  }

  /* ---------------------------------------------------------------- checked exercises */

  // The form under a checked exercise compares what the reader typed with the answer the build
  // computed (data-answer), here on the device: nothing is sent anywhere. Numbers may be written as
  // 0.75, -3/4, 1e-3, sqrt(2)/2, 2pi or 2^10; a vector as entries separated by commas; a matrix as
  // rows separated by semicolons. An answer counts when every entry is within the tolerance.
  function parseNumber(text) {
    var s = text.replace(/[\u2212\u2013]/g, '-').replace(/[\u00d7\u00b7]/g, '*').replace(/\s+/g, '');
    var at = 0;
    function peek() { return s.charAt(at); }
    function fail() { throw new Error('unreadable'); }
    function expr() {
      var v = term();
      while (peek() === '+' || peek() === '-') v = s.charAt(at++) === '+' ? v + term() : v - term();
      return v;
    }
    function term() {
      var v = unary();
      while (peek() === '*' || peek() === '/') v = s.charAt(at++) === '*' ? v * unary() : v / unary();
      return v;
    }
    function unary() {
      if (peek() === '-') { at++; return -unary(); }
      if (peek() === '+') { at++; return unary(); }
      return power();
    }
    function power() {
      var v = implicit();
      if (peek() === '^') { at++; return Math.pow(v, unary()); }
      return v;
    }
    // "2pi" and "3sqrt(2)" multiply, as they read.
    function implicit() {
      var v = atom();
      while (at < s.length && /[a-zπ√(]/i.test(peek())) v *= atom();
      return v;
    }
    function atom() {
      var rest = s.slice(at);
      var number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
      if (number) { at += number[0].length; return parseFloat(number[0]); }
      if (/^pi/i.test(rest)) { at += 2; return Math.PI; }
      if (rest.charAt(0) === 'π') { at += 1; return Math.PI; }
      if (/^sqrt/i.test(rest)) { at += 4; return Math.sqrt(atom()); }
      if (rest.charAt(0) === '√') { at += 1; return Math.sqrt(atom()); }
      if (rest.charAt(0) === '(') {
        at++;
        var v = expr();
        if (peek() !== ')') fail();
        at++;
        return v;
      }
      return fail();
    }
    if (!s.length) fail();
    var value = expr();
    if (at !== s.length || !isFinite(value)) fail();
    return value;
  }

  // Splits at commas (or, when there are none, at spaces) outside parentheses: "sqrt(2), 1" has two entries.
  function splitEntries(text) {
    var t = text.trim().replace(/^[\[(]\s*([\s\S]*?)\s*[\])]$/, function (all, inner) {
      return /[,\s]/.test(inner) ? inner : all;
    });
    var separator = t.indexOf(',') >= 0 ? ',' : ' ';
    var parts = [], depth = 0, start = 0;
    for (var i = 0; i < t.length; i++) {
      var c = t.charAt(i);
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (depth === 0 && (c === separator || (separator === ' ' && /\s/.test(c)))) {
        parts.push(t.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(t.slice(start));
    parts = parts.map(function (p) { return p.trim(); });
    return separator === ',' ? parts : parts.filter(function (p) { return p.length; });
  }

  function shown(x) { return String(+x.toPrecision(6)); }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  // Reads the typed text as the answer's shape; returns { values } or { problem }.
  function readTyped(answer, text) {
    var example = answer.kind === 'matrix' ? '1 2; 3 4' : answer.kind === 'vector' ? '1, -2.5, 3/4' : '-3/4';
    var rows = answer.kind === 'matrix' ? text.trim().replace(/^\[([\s\S]*)\]$/, '$1').split(/\s*[;\n]\s*/).filter(function (r) { return r.length; }) : [text];
    if (answer.kind === 'matrix' && rows.length !== answer.rows) {
      return { problem: 'Expected ' + plural(answer.rows, 'row', 'rows') + ', got ' + rows.length + ': separate rows with semicolons, e.g. ' + example + '.' };
    }
    var values = [];
    for (var r = 0; r < rows.length; r++) {
      var entries = answer.kind === 'number' ? [rows[r].trim()] : splitEntries(rows[r]);
      if (answer.kind === 'number' && /^\s*-?\d+,\d+\s*$/.test(rows[r])) {
        return { problem: 'Write decimals with a point: ' + rows[r].trim().replace(',', '.') + '.' };
      }
      if (answer.kind !== 'number' && entries.length !== answer.columns) {
        var where = answer.kind === 'matrix' ? ' in row ' + (r + 1) : '';
        return { problem: 'Expected ' + plural(answer.columns, 'entry', 'entries') + where + ', got ' + entries.length + (answer.kind === 'matrix' ? ': separate entries with spaces or commas, e.g. ' : ': separate entries with commas, e.g. ') + example + '.' };
      }
      for (var e = 0; e < entries.length; e++) {
        try {
          values.push(parseNumber(entries[e]));
        } catch (err) {
          return { problem: (entries[e] ? 'Could not read “' + entries[e] + '” as a number' : 'An entry is empty') + ': use digits, a point for decimals and / for fractions, e.g. ' + example + '.' };
        }
      }
    }
    return { values: values };
  }

  function expectedText(answer) {
    var v = answer.values.map(shown);
    if (answer.kind === 'number') return v[0];
    if (answer.kind === 'vector') return '(' + v.join(', ') + ')';
    var rows = [];
    for (var r = 0; r < answer.rows; r++) rows.push(v.slice(r * answer.columns, (r + 1) * answer.columns).join(' '));
    return '[' + rows.join('; ') + ']';
  }

  // The hint of this exercise: a <details class="hint"> after the form, before the next exercise or heading.
  function hintAfter(form) {
    for (var el = form.nextElementSibling; el; el = el.nextElementSibling) {
      if (/^H[1-6]$/.test(el.tagName) || el.classList.contains('callout-exercise') || el.classList.contains('exercise-check')) return null;
      if (el.tagName === 'DETAILS' && el.classList.contains('hint')) return el;
    }
    return null;
  }

  function checkAnswer(form) {
    var answer;
    try { answer = JSON.parse(form.getAttribute('data-answer')); } catch (e) { return; }
    var feedback = form.querySelector('.answer-feedback');
    var hint = hintAfter(form);
    var hintButton = form.querySelector('.answer-show-hint');
    var right = false, message;
    if (answer.kind === 'choice') {
      var picked = form.querySelector('input[type=radio]:checked');
      if (!picked) message = 'Choose one of the options, then press Check.';
      else if (+picked.value === answer.correct) { right = true; message = 'Correct: ' + answer.options[answer.correct] + '.'; }
    } else {
      var input = form.querySelector('.answer-input');
      var text = input.value;
      if (!text.trim()) {
        message = 'Type your answer, then press Check.';
      } else {
        var typed = readTyped(answer, text);
        if (typed.problem) {
          message = typed.problem;
        } else {
          var off = 0;
          for (var i = 0; i < answer.values.length; i++) {
            var expected = answer.values[i];
            var allowed = answer.tolerance !== undefined ? answer.tolerance : answer.relative * Math.max(1, Math.abs(expected));
            // A hair of slack, so that typing the tolerance's edge exactly is not lost to rounding.
            if (!(Math.abs(typed.values[i] - expected) <= allowed * (1 + 1e-9) + 1e-12)) off++;
          }
          right = off === 0;
          if (right) message = 'Correct: ' + expectedText(answer) + '.';
          else if (answer.values.length > 1) message = 'Not quite: ' + off + ' of ' + answer.values.length + ' entries ' + (off === 1 ? 'is' : 'are') + ' off.';
        }
      }
      input.setAttribute('aria-invalid', right || !text.trim() ? 'false' : 'true');
    }
    if (!message) message = 'Not quite.';
    var wrong = !right && /^Not quite/.test(message);
    if (wrong) message += hint ? ' Open the hint below, or try again.' : ' Try again, or open the solution below.';
    form.classList.toggle('is-right', right);
    form.classList.toggle('is-wrong', wrong);
    feedback.textContent = message;
    if (hintButton) hintButton.hidden = !(wrong && hint && !hint.open);
    if (right && storageWorks()) {
      var p = readProgress();
      var id = form.getAttribute('data-exercise');
      if (!p.exercises[id]) {
        p.exercises[id] = new Date().toISOString().slice(0, 10);
        writeProgress(p);
        showProgress();
      }
    }
  }

  function initExercises() {
    var forms = document.querySelectorAll('form.exercise-check');
    for (var i = 0; i < forms.length; i++) {
      var form = forms[i];
      if (hintAfter(form)) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button answer-show-hint';
        button.textContent = 'Show the hint';
        button.hidden = true;
        form.appendChild(button);
      }
      form.hidden = false;
    }
    document.addEventListener('submit', function (e) {
      var form = e.target.closest && e.target.closest('form.exercise-check');
      if (!form) return;
      e.preventDefault();
      checkAnswer(form);
    });
    document.addEventListener('click', function (e) {
      var button = e.target.closest && e.target.closest('.answer-show-hint');
      if (!button) return;
      var hint = hintAfter(button.closest('form'));
      if (!hint) return;
      hint.open = true;
      button.hidden = true;
      var summary = hint.querySelector('summary');
      if (summary) summary.focus();
    });
  }

  /* ---------------------------------------------------------------- anchors */

  // Sections off screen skip layout (content-visibility in site.css) and stand in at a guessed
  // height. A jump to an anchor deep in a long lesson is aimed with those guesses; when the sections
  // near the target then render at their real heights, the target slides away, by thousands of
  // pixels in a long lesson. So for a jump the sections up to the target are laid out for real
  // (they stay so) and the jump is made again on the true layout: on opening a page at an anchor,
  // on a change of the address's anchor, and on a click on a link to an anchor already there.
  function landOnAnchor(hash) {
    if (!hash || hash.length < 2) return;
    var target = null;
    try { target = document.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { return; }
    if (!target) return;
    var sections = document.querySelectorAll('.content-body > .section');
    for (var i = 0; i < sections.length; i++) {
      var before = sections[i].compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (!before && !sections[i].contains(target)) break;
      sections[i].classList.add('is-laid-out');
    }
    target.scrollIntoView();
  }

  function initAnchors() {
    if (!document.querySelector('.content-body > .section')) return;
    landOnAnchor(location.hash);
    window.addEventListener('hashchange', function () { landOnAnchor(location.hash); });
    document.addEventListener('click', function (event) {
      var link = event.target && event.target.closest ? event.target.closest('a[href*="#"]') : null;
      if (!link || link.hash !== location.hash || link.pathname !== location.pathname) return;
      // The same anchor again: no hashchange follows the browser's own jump.
      setTimeout(function () { landOnAnchor(link.hash); }, 0);
    });
  }

  // What changes the page (copy buttons, solution classes) runs before what measures it (sidebar
  // scroll, table of contents), so a long lesson is laid out once; the measuring steps then run in
  // tasks of their own, so no single task holds the page for long.
  function start() {
    initThemeToggle();
    initMenu();
    initKeyboard();
    initCopyButtons();
    initSolutions();
    initExercises();
    initProgress();
    initAnchors();
    setTimeout(function () {
      revealCurrent();
      initToc();
      setTimeout(initScrollable, 0);
    }, 0);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
