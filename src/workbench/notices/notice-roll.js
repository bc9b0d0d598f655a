// Keeps the roll of an open notice page current: every few seconds it asks /notices/<id>/roll
// with the tag of the copy on screen; an unchanged roll answers 304, a changed one is swapped in.
// A file of its own, served from /assets, as the CSP allows no inline script. Replies arrive in
// another process (the bot), so the server has nothing to push: polling is the honest design.
(function () {
  'use strict';
  function start() {
    var box = document.querySelector('[data-roll]');
    if (!box || !window.fetch) return;
    var url = box.getAttribute('data-roll');
    var tag = box.getAttribute('data-etag');
    var every = Number(box.getAttribute('data-refresh-ms')) || 5000;
    var status = document.querySelector('[data-roll-status]');
    var stopped = false;
    var timer = null;
    var asking = false;

    function say(text) {
      if (status) status.textContent = text;
    }
    function later() {
      if (!stopped) timer = setTimeout(poll, every);
    }
    function poll() {
      timer = null;
      // A tab in the background asks nothing; it catches up when shown again.
      if (document.hidden || asking) return;
      asking = true;
      var headers = tag ? { 'If-None-Match': tag } : {};
      fetch(url, { headers: headers, credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
        .then(function (response) {
          if (response.status === 304) return;
          if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
            stopped = true;
            say('登录已过期，回执不再自动更新。请刷新页面重新登录。');
            return;
          }
          if (!response.ok) return;
          return response.text().then(function (html) {
            tag = response.headers.get('ETag');
            box.innerHTML = html;
            box.setAttribute('data-updated', String(Date.now()));
          });
        })
        .catch(function () {
          // The server may be restarting: try again on the next round.
        })
        .then(function () {
          asking = false;
          later();
        });
    }
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden && !stopped && timer === null && !asking) poll();
    });
    later();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
