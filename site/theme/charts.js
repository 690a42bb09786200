/* MathForML charts: renders every <div class="chart-plot" data-figure="ID" data-figure-src="charts/KEY.js">
   with Plotly. The figure (and an explorable chart's frames) is in that script, loaded with plotly.js
   when the chart nears the viewport, so a long page carries none of its charts' data until then.
   Charts use the site's light or dark colours, and follow the theme toggle (the "themechange" event).
   plotly.js is loaded only when the first chart comes near the viewport, from the URL in this
   script tag's data-plotly attribute: a reader who never scrolls to a chart never pays for it. The
   build picks that URL per page: plotly's cartesian build (0.5 MB compressed) unless the page has a
   3-D chart, which needs the full one (1.5 MB). A plain classic script (works from file://). */
(function () {
  'use strict';

  var PLOTLY_URL = document.currentScript ? document.currentScript.getAttribute('data-plotly') : null;
  var plotlyLoading = null;

  // Resolves when window.Plotly is there; one <script> tag, however many charts ask.
  function loadPlotly() {
    if (typeof window.Plotly !== 'undefined') return Promise.resolve();
    if (plotlyLoading) return plotlyLoading;
    plotlyLoading = new Promise(function (resolve, reject) {
      if (!PLOTLY_URL) { reject(new Error('no plotly URL')); return; }
      var s = document.createElement('script');
      s.src = PLOTLY_URL;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('Could not load ' + PLOTLY_URL)); };
      document.head.appendChild(s);
    });
    return plotlyLoading;
  }

  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

  var PALETTES = {
    light: {
      font: '#1f2328',
      muted: '#57606a',
      grid: '#e4e8ec',
      zero: '#afb8c1',
      line: '#8c959f',
      hoverBg: '#ffffff',
      modebar: '#8c959f',
      modebarActive: '#0969da',
      colorway: ['#0969da', '#d1242f', '#1a7f37', '#8250df', '#bc4c00', '#0b7285', '#bf3989', '#6e7781']
    },
    dark: {
      font: '#e4e8ee',
      muted: '#9ea7b3',
      grid: '#2a313b',
      zero: '#4b5461',
      line: '#5d6773',
      hoverBg: '#1a1f27',
      modebar: '#6e7781',
      modebarActive: '#6cb6ff',
      colorway: ['#58a6ff', '#ff7b72', '#56d364', '#bc8cff', '#f0883e', '#39c5cf', '#f778ba', '#9ea7b3']
    }
  };

  function theme() {
    if (window.MathForML && typeof window.MathForML.theme === 'function') return window.MathForML.theme();
    var t = document.documentElement.getAttribute('data-theme');
    if (t === 'dark' || t === 'light') return t;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function isAxisKey(key) { return /^[xy]axis\d*$/.test(key); }
  function isSceneKey(key) { return /^scene\d*$/.test(key); }

  function axisColors(p) {
    return { gridcolor: p.grid, zerolinecolor: p.zero, linecolor: p.line, tickcolor: p.line };
  }

  var THREE_D = { scatter3d: 1, surface: 1, mesh3d: 1, cone: 1, streamtube: 1, volume: 1, isosurface: 1 };

  // The layout keys of every 2D axis and 3D scene the figure uses (declared in the layout or
  // referenced by a trace), so that each gets the theme's grid and line colours.
  function axisKeys(layout, data) {
    var axes = { xaxis: 1, yaxis: 1 };
    var scenes = {};
    var keys = Object.keys(layout || {});
    for (var i = 0; i < keys.length; i++) {
      if (isAxisKey(keys[i])) axes[keys[i]] = 1;
      else if (isSceneKey(keys[i])) scenes[keys[i]] = 1;
    }
    for (var t = 0; t < (data || []).length; t++) {
      var trace = data[t] || {};
      if (THREE_D[trace.type]) { scenes[trace.scene || 'scene'] = 1; continue; }
      if (typeof trace.xaxis === 'string') axes['xaxis' + trace.xaxis.slice(1)] = 1;
      if (typeof trace.yaxis === 'string') axes['yaxis' + trace.yaxis.slice(1)] = 1;
    }
    return { axes: Object.keys(axes), scenes: Object.keys(scenes) };
  }

  // The theme's part of a layout, as a flat attribute map usable by both newPlot and relayout.
  function themeUpdate(layout, data, p, setColorway) {
    var u = {
      'paper_bgcolor': 'rgba(0,0,0,0)',
      'plot_bgcolor': 'rgba(0,0,0,0)',
      'font.color': p.font,
      'font.family': FONT,
      'title.font.color': p.font,
      'legend.bgcolor': 'rgba(0,0,0,0)',
      'legend.font.color': p.font,
      'hoverlabel.bgcolor': p.hoverBg,
      'hoverlabel.bordercolor': p.line,
      'hoverlabel.font.color': p.font,
      'modebar.bgcolor': 'rgba(0,0,0,0)',
      'modebar.color': p.modebar,
      'modebar.activecolor': p.modebarActive
    };
    if (setColorway) u.colorway = p.colorway;
    var keys = axisKeys(layout, data);
    var colors = axisColors(p);
    for (var a = 0; a < keys.axes.length; a++) {
      for (var c in colors) u[keys.axes[a] + '.' + c] = colors[c];
    }
    for (var s = 0; s < keys.scenes.length; s++) {
      var dims = ['xaxis', 'yaxis', 'zaxis'];
      for (var d = 0; d < dims.length; d++) {
        var prefix = keys.scenes[s] + '.' + dims[d] + '.';
        for (var c2 in colors) u[prefix + c2] = colors[c2];
        u[prefix + 'backgroundcolor'] = 'rgba(0,0,0,0)';
      }
    }
    return u;
  }

  // Applies a flat "a.b.c" attribute map onto a nested layout object (for the first render).
  function applyFlat(target, flat) {
    for (var path in flat) {
      var parts = path.split('.');
      var obj = target;
      for (var i = 0; i < parts.length - 1; i++) {
        var k = parts[i];
        // Plotly accepts a plain string title; turn it into an object to set its font.
        if (typeof obj[k] === 'string' && k === 'title') obj[k] = { text: obj[k] };
        if (obj[k] == null || typeof obj[k] !== 'object') obj[k] = {};
        obj = obj[k];
      }
      obj[parts[parts.length - 1]] = flat[path];
    }
    return target;
  }

  function normalise(text) {
    return String(text || '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  }

  // A chart's data: the script its placeholder names sets MathForMLChartData[KEY] = { figure, frames }.
  // One script tag a file, however many charts show the same figure; a script runs from file:// where
  // fetch would be refused.
  var dataLoading = {};
  function loadData(el) {
    if (el._data) return Promise.resolve(el._data);
    var src = el.getAttribute('data-figure-src');
    if (!src) return Promise.reject(new Error('no chart data URL'));
    var key = src.replace(/^.*\//, '').replace(/\.js$/, '');
    if (!dataLoading[src]) {
      dataLoading[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.async = true;
        s.onload = function () {
          var registry = window.MathForMLChartData || {};
          if (registry[key]) resolve(registry[key]);
          else reject(new Error('No chart data in ' + src));
        };
        s.onerror = function () { reject(new Error('Could not load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return dataLoading[src].then(function (data) { el._data = data; return data; });
  }

  // The figure to draw (once its data is loaded): an explorable chart's current frame, or the
  // chart's own figure, which is also the initial frame. A copy: drawing changes what it is given.
  function readFigure(el) {
    var data = el._data;
    if (!data || !data.figure) throw new Error('Chart data not loaded (' + el.getAttribute('data-figure-src') + ')');
    var frame = el.hasAttribute('data-frame') ? Number(el.getAttribute('data-frame')) : -1;
    var figure = frame >= 0 && data.frames && data.frames[frame] ? data.frames[frame] : data.figure;
    figure = JSON.parse(JSON.stringify(figure));
    return {
      data: Array.isArray(figure.data) ? figure.data : [],
      layout: figure.layout && typeof figure.layout === 'object' ? figure.layout : {},
      config: figure.config && typeof figure.config === 'object' ? figure.config : {}
    };
  }

  var rendered = [];

  function fail(el, message) {
    el.classList.add('chart-failed');
    el.setAttribute('data-message', message);
  }

  function render(el) {
    if (el.getAttribute('data-chart-state')) return;
    el.setAttribute('data-chart-state', 'loading');
    var data = loadData(el);
    // Its failure is told below once plotly.js is there (or not): an early one is not "uncaught".
    data.catch(function () {});
    loadPlotly().then(function () {
      return data.then(function () { draw(el); }, function () { fail(el, 'The chart data could not be loaded.'); });
    }, function () {
      fail(el, 'The chart library could not be loaded.');
    });
  }

  // The figure as the site draws it in a theme: its colours and fonts, a title dropped when the
  // caption already says it (the same title drawn inside the plot would say it twice and collide
  // with the mode bar; a different one stays, left-aligned to keep clear of the mode bar), margins,
  // and on a phone the legend above or below the plot. The build's static SVG export uses it too, so an
  // image looks like the interactive chart.
  // Plotly draws a title on one line and cuts it at the edge; on a phone a long one (an explorable
  // chart's frame says what the frame shows) is broken at spaces into lines that fit.
  // The length fits the plot's width at plotly's 17px title font (about 9.5px a character), counted
  // from the plot area's left edge where a left-aligned title starts.
  function titleLength(boxWidth) {
    return boxWidth > 0 ? Math.max(20, Math.floor((boxWidth - 72) / 9.5)) : 34;
  }
  function wrapTitle(text, limit) {
    var lines = [];
    var line = '';
    var words = String(text).split(' ');
    for (var i = 0; i < words.length; i++) {
      if (line && (line + ' ' + words[i]).length > limit) { lines.push(line); line = words[i]; }
      else line = line ? line + ' ' + words[i] : words[i];
    }
    if (line) lines.push(line);
    return lines;
  }

  // boxHeight: the height the plot's box will have, when known (the legend below the plot is placed
  // from it); the build's image export leaves it out.
  function prepare(figure, themeName, captionText, narrow, boxHeight, boxWidth) {
    var data = Array.isArray(figure.data) ? figure.data : [];
    var source = figure.layout && typeof figure.layout === 'object' ? figure.layout : {};
    var p = PALETTES[themeName] || PALETTES.light;
    var ownColorway = !!source.colorway;
    var layout = applyFlat(source, themeUpdate(source, data, p, !ownColorway));
    if (layout.autosize === undefined) layout.autosize = true;
    var title = layout.title && typeof layout.title === 'object' ? layout.title : null;
    if (title && title.text && captionText && normalise(captionText) === normalise(title.text)) {
      title.text = '';
    } else if (title && title.text && title.x === undefined) {
      title.x = 0;
      title.xref = 'paper';
      title.xanchor = 'left';
    }
    var hasTitle = !!(title && title.text);
    var titleLines = 1;
    if (hasTitle && narrow && title.text.length > titleLength(boxWidth) && title.text.indexOf('<br') < 0) {
      var lines = wrapTitle(title.text, titleLength(boxWidth));
      titleLines = lines.length;
      title.text = lines.join('<br>');
    }
    if (!layout.margin) layout.margin = { t: hasTitle ? 64 + 22 * (titleLines - 1) : 36, r: 16, b: 48, l: 56 };
    // On a phone the legend leaves the side of the plot. Above it, when no title is drawn there:
    // plotly grows the top margin to fit it, whereas below the plot it shares the bottom margin
    // with the x-axis title and a fixed offset collides with that title on a short plot. A colour
    // bar also stands at the right of the plot, where plotly puts the legend on top of its labels
    // (a contour with trajectories over it), so with a colour bar the legend moves at any width.
    var crowded = !!narrow || (hasColourBar(data) && showsLegend(data, layout));
    var legendMoved = crowded && !(layout.legend && layout.legend.orientation);
    if (legendMoved) {
      layout.legend = layout.legend || {};
      layout.legend.orientation = 'h';
      layout.legend.x = 0;
      layout.legend.xanchor = 'left';
      if (hasTitle) {
        // Below the tick labels and the x-axis title: about 85px under the plot area, as a fraction
        // of its height (plotly places legends in fractions of the plot area, not in pixels).
        var margin = layout.margin || {};
        var plotArea = boxHeight ? boxHeight - (margin.t || 0) - (margin.b || 0) : 0;
        layout.legend.y = plotArea > 100 ? -Math.min(0.6, 85 / plotArea) : -0.2;
        layout.legend.yanchor = 'top';
      } else {
        layout.legend.y = 1.02;
        layout.legend.yanchor = 'bottom';
      }
    }
    return { data: data, layout: layout, ownColorway: ownColorway, legendMoved: legendMoved };
  }

  // Traces that draw a colour scale beside the plot unless told not to.
  var SCALED = { contour: 1, heatmap: 1, surface: 1, histogram2d: 1, histogram2dcontour: 1 };
  function hasColourBar(data) {
    return data.some(function (t) { return t && SCALED[t.type] && t.showscale !== false; });
  }
  // Whether plotly draws a legend: always when asked; by default when there are two or more traces
  // and one of them (colour-scaled traces have none by default) has an entry.
  function showsLegend(data, layout) {
    if (layout.showlegend === false) return false;
    var entries = data.filter(function (t) { return t && (t.showlegend === true || (t.showlegend !== false && !SCALED[t.type])); });
    return layout.showlegend === true ? entries.length > 0 : data.length > 1 && entries.length > 0;
  }

  // prepare() for the chart in its box on this page: its caption, the theme, and the box's size
  // (on a phone a legend beside the plot leaves little room for the plot itself: it moves above or below).
  function prepareIn(el, figure, boxHeight) {
    var caption = el.parentNode && el.parentNode.querySelector ? el.parentNode.querySelector('figcaption') : null;
    var narrow = el.clientWidth > 0 && el.clientWidth < 560;
    return prepare(figure, theme(), caption ? caption.textContent : '', narrow, boxHeight, el.clientWidth);
  }

  window.MathForMLCharts = { prepare: prepare };

  function draw(el) {
    el.setAttribute('data-chart-state', 'rendering');
    var figure;
    try {
      figure = readFigure(el);
    } catch (e) {
      fail(el, 'This chart could not be read.');
      return;
    }
    // The static image (drawn at build time, shown without JavaScript and in print) makes way for
    // the live chart, and comes back if the chart cannot be drawn.
    var image = el.querySelector('.chart-image');
    if (image) el.removeChild(image);
    // Where the legend moves below the plot, the box grows by 80px to hold it (below).
    var prepared = prepareIn(el, figure, figure.layout && figure.layout.height ? figure.layout.height : el.clientHeight + 80);
    var layout = prepared.layout;
    if (layout.height) el.style.height = layout.height + 'px';
    else if (prepared.legendMoved) el.style.height = (el.clientHeight + 80) + 'px';

    var config = {
      responsive: true,
      displaylogo: false,
      // Selection tools make no sense for course figures; a shorter bar also overlaps less.
      modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d']
    };
    for (var k in figure.config) if (!(k in config)) config[k] = figure.config[k];

    var entry = { el: el, ownColorway: prepared.ownColorway, theme: theme(), config: config, frame: el.getAttribute('data-frame') };
    window.Plotly.newPlot(el, prepared.data, layout, config).then(function () {
      accessible(el);
      if (el.on) el.on('plotly_afterplot', function () { accessible(el); });
      el.setAttribute('data-chart-state', 'done');
      rendered.push(entry);
      el._chartEntry = entry;
      // The slider may have moved, or the theme changed, while Plotly was drawing.
      if (entry.frame !== el.getAttribute('data-frame')) redraw(entry);
      else if (entry.theme !== theme()) retheme(entry);
    }, function () {
      if (image) el.appendChild(image);
      fail(el, 'This chart could not be drawn.');
    });
  }

  // Before rendering the placeholder is role="img" with an aria-label ("Chart: TITLE"). A drawn
  // Plotly chart holds buttons (the mode bar), which an img must not contain: it becomes a labelled
  // group whose drawing (tick labels, paths) is hidden from assistive technology, while the mode
  // bar stays reachable by keyboard.
  function accessible(el) {
    if (el.getAttribute('role') === 'img') {
      el.setAttribute('role', 'group');
      el.setAttribute('aria-roledescription', 'chart');
    }
    var svgs = el.querySelectorAll('svg.main-svg');
    for (var i = 0; i < svgs.length; i++) svgs[i].setAttribute('aria-hidden', 'true');
    var gl = el.querySelectorAll('.gl-container, canvas');
    for (var j = 0; j < gl.length; j++) gl[j].setAttribute('aria-hidden', 'true');
  }

  // Shows an explorable chart's current frame: every frame was computed at build time, so this is
  // only a redraw (Plotly.react reuses the plot), in the current theme.
  function redraw(entry) {
    var el = entry.el;
    var prepared = prepareIn(el, readFigure(el), el.clientHeight);
    entry.frame = el.getAttribute('data-frame');
    entry.theme = theme();
    entry.ownColorway = prepared.ownColorway;
    el.setAttribute('data-chart-state', 'rendering');
    window.Plotly.react(el, prepared.data, prepared.layout, entry.config).then(function () {
      accessible(el);
      el.setAttribute('data-chart-state', 'done');
      if (entry.frame !== el.getAttribute('data-frame')) redraw(entry);
    });
  }

  // The slider, the step buttons and play of an explorable chart (ChartSliderHtml writes them hidden:
  // without this script the chart is its initial frame's image and nothing should pretend to move it).
  function initExplore(box) {
    var el = document.querySelector('.chart-plot[data-figure="' + box.getAttribute('data-explore') + '"]');
    var slider = box.querySelector('.explore-slider');
    var value = box.querySelector('.explore-value');
    var play = box.querySelector('.explore-play');
    var label = box.querySelector('.explore-label');
    if (!el || !slider) return;
    var labels;
    try { labels = JSON.parse(box.getAttribute('data-labels') || 'null'); } catch (e) { return; }
    if (!Array.isArray(labels) || !labels.length) return;
    var last = labels.length - 1;
    var timer = null;

    function show(index) {
      index = Math.max(0, Math.min(last, index));
      slider.value = String(index);
      var text = labels[index];
      slider.setAttribute('aria-valuetext', (label ? label.textContent : '') + ' = ' + text);
      if (value) value.textContent = text;
      el.setAttribute('data-frame', String(index));
      var state = el.getAttribute('data-chart-state');
      if (state === 'done' && el._chartEntry) redraw(el._chartEntry);
      else if (!state) render(el);
      // While plotly or the frames load, or plotly draws, draw() picks the frame up when it is done.
    }

    function stop() {
      if (timer === null) return;
      window.clearInterval(timer);
      timer = null;
      play.setAttribute('aria-pressed', 'false');
      play.textContent = 'Play';
    }

    slider.addEventListener('input', function () { stop(); show(Number(slider.value)); });
    var steps = box.querySelectorAll('.explore-step');
    for (var i = 0; i < steps.length; i++) {
      steps[i].addEventListener('click', function (event) {
        stop();
        show(Number(slider.value) + Number(event.currentTarget.getAttribute('data-step')));
      });
    }
    if (play) {
      play.addEventListener('click', function () {
        if (timer !== null) { stop(); return; }
        if (Number(slider.value) >= last) show(0);
        play.setAttribute('aria-pressed', 'true');
        play.textContent = 'Pause';
        timer = window.setInterval(function () {
          var next = Number(slider.value) + 1;
          show(next);
          if (next >= last) stop();
        }, 900);
      });
    }
    box.hidden = false;
  }

  function retheme(entry) {
    var t = theme();
    entry.theme = t;
    var layout = entry.el.layout || {};
    // colorway is a "calc" attribute: relayout recolours the traces that have no colour of their own.
    window.Plotly.relayout(entry.el, themeUpdate(layout, entry.el.data, PALETTES[t], !entry.ownColorway));
  }

  function init() {
    var plots = Array.prototype.slice.call(document.querySelectorAll('.chart-plot[data-figure]'));
    if (!plots.length) return;
    var explorables = document.querySelectorAll('.chart-explore[data-explore]');
    for (var e = 0; e < explorables.length; e++) initExplore(explorables[e]);

    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        for (var i = 0; i < entries.length; i++) {
          if (entries[i].isIntersecting) {
            observer.unobserve(entries[i].target);
            render(entries[i].target);
          }
        }
      }, { rootMargin: '200px 0px' });
      for (var i = 0; i < plots.length; i++) observer.observe(plots[i]);
    } else {
      for (var j = 0; j < plots.length; j++) render(plots[j]);
    }

    document.addEventListener('themechange', function () {
      for (var i = 0; i < rendered.length; i++) retheme(rendered[i]);
    });

    // Printing shows every chart, not only the ones scrolled past. Printing cannot wait for a
    // download, so this works once plotly.js is loaded; otherwise the print stylesheet shows each
    // chart's data section instead.
    window.addEventListener('beforeprint', function () {
      if (typeof window.Plotly === 'undefined') return;
      for (var i = 0; i < plots.length; i++) render(plots[i]);
    });
  }

  // A chart's data table comes as raw text in <noscript class="chart-table"> (a browser without
  // JavaScript reads it as markup): it becomes a table when its section opens, and before printing,
  // where the print stylesheet may show the data instead of the chart.
  function unpackTables(root) {
    var raw = root.querySelectorAll('noscript.chart-table');
    for (var i = 0; i < raw.length; i++) {
      var template = document.createElement('template');
      template.innerHTML = raw[i].textContent;
      raw[i].parentNode.replaceChild(template.content, raw[i]);
    }
    // A wide table scrolls sideways: site.js makes it reachable by keyboard, as the page's own.
    if (raw.length && window.MathForML && window.MathForML.watchScrollable) window.MathForML.watchScrollable(root);
  }
  document.addEventListener('toggle', function (e) {
    var d = e.target;
    if (d.open && d.classList && d.classList.contains('chart-data')) unpackTables(d);
  }, true); // toggle does not bubble
  window.addEventListener('beforeprint', function () { unpackTables(document); });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
