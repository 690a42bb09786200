// Live preview client: added to pages by `mathforml serve` only, never to the built site.
// Listens to the preview server's events: reloads the page when a build changed it, shows the
// build's errors (file, line, code, message) over the page while the build is broken, and a small
// badge while a build runs. Everything it draws lives in a shadow root, so the theme's CSS and
// this script's styles cannot affect each other.
(function () {
  'use strict';
  if (!window.EventSource) return;

  var host = document.createElement('mathforml-preview');
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>' +
    ':host{all:initial}' +
    '.badge{position:fixed;right:12px;bottom:12px;z-index:2147483647;font:13px/1.4 system-ui,sans-serif;' +
    'background:#1f2937;color:#f9fafb;padding:6px 10px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3);display:none}' +
    '.overlay{position:fixed;inset:0;z-index:2147483646;background:rgba(17,24,39,.92);color:#f9fafb;overflow:auto;display:none;' +
    'font:14px/1.5 system-ui,sans-serif;padding:32px}' +
    '.panel{max-width:1000px;margin:0 auto;background:#111827;border:1px solid #ef4444;border-radius:8px;padding:20px 24px}' +
    'h2{margin:0 0 4px;font-size:18px;color:#fca5a5}' +
    'p{margin:0 0 16px;color:#d1d5db}' +
    'ol{margin:0;padding:0;list-style:none}' +
    'li{margin:0 0 12px;padding:10px 12px;background:#1f2937;border-radius:6px}' +
    '.where{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#93c5fd}' +
    '.code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#fca5a5;margin-left:8px}' +
    '.message{margin-top:4px;white-space:pre-wrap;word-break:break-word}' +
    'button{float:right;background:none;border:1px solid #6b7280;color:#f9fafb;border-radius:4px;padding:2px 10px;cursor:pointer;font:inherit}' +
    '</style>' +
    '<div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="mathforml-title">' +
    '<div class="panel"><button type="button" aria-label="Hide the errors">Hide</button>' +
    '<h2 id="mathforml-title"></h2><p class="hint"></p><ol></ol></div></div>' +
    '<div class="badge" role="status" aria-live="polite"></div>';

  var overlay = root.querySelector('.overlay');
  var title = root.querySelector('h2');
  var hint = root.querySelector('.hint');
  var list = root.querySelector('ol');
  var badge = root.querySelector('.badge');
  var hidden = false;
  var server = null;

  root.querySelector('button').addEventListener('click', function () { hidden = true; overlay.style.display = 'none'; });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && overlay.style.display !== 'none') { hidden = true; overlay.style.display = 'none'; }
  });

  function attach() {
    if (!host.isConnected) (document.body || document.documentElement).appendChild(host);
  }

  function showBadge(text) {
    badge.textContent = text;
    badge.style.display = text ? 'block' : 'none';
  }

  function showErrors(status) {
    var errors = status.errors || [];
    title.textContent = status.failure
      ? 'The build stopped unexpectedly'
      : 'Build failed: ' + errors.length + (errors.length === 1 ? ' error' : ' errors');
    hint.textContent = 'Fix the file and save: this page updates when the build succeeds. The page below is the last good build.';
    list.textContent = '';
    if (status.failure) {
      var item = document.createElement('li');
      item.innerHTML = '<div class="message"></div>';
      item.querySelector('.message').textContent = status.failure;
      list.appendChild(item);
    }
    errors.forEach(function (d) {
      var li = document.createElement('li');
      li.innerHTML = '<span class="where"></span><span class="code"></span><div class="message"></div>';
      li.querySelector('.where').textContent = d.file + '(' + d.line + ',' + d.column + ')';
      li.querySelector('.code').textContent = d.severity + ' ' + d.code;
      li.querySelector('.message').textContent = d.message;
      list.appendChild(li);
    });
    attach();
    if (!hidden) overlay.style.display = 'block';
  }

  function clearErrors() {
    overlay.style.display = 'none';
    hidden = false;
  }

  // The page's own file in output/, as the server names changed files.
  function currentFile() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
    return path;
  }

  // A change concerns this page if it is this page, or anything a page loads (styles, scripts, images).
  function concernsThisPage(notice) {
    var me = currentFile();
    var all = (notice.changed || []).concat(notice.deleted || []);
    return all.some(function (file) { return file === me || !/\.html$/.test(file); });
  }

  var events = new EventSource('/__mathforml/events');

  events.addEventListener('status', function (e) {
    var status = JSON.parse(e.data);
    // A restarted server has built a new site: start from it.
    if (server !== null && status.server !== server) { location.reload(); return; }
    server = status.server;
    attach();
    if (status.state === 'building') {
      showBadge('Rebuilding…');
    } else if (status.state === 'failed') {
      showBadge('');
      showErrors(status);
    } else {
      showBadge('');
      clearErrors();
    }
  });

  events.addEventListener('reload', function (e) {
    if (concernsThisPage(JSON.parse(e.data))) location.reload();
  });

  events.addEventListener('error', function () {
    attach();
    showBadge('Preview server disconnected: reconnecting…');
  });

  events.addEventListener('open', function () {
    if (badge.textContent.indexOf('disconnected') >= 0) showBadge('');
  });
})();
