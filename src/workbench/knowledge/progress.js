// Moves the knowledge page's index progress bar while an update runs: polls the small JSON
// endpoint named by data-progress-url once a second and, when the update has finished, reloads the
// page so the document list shows the new index. A file of its own: the CSP allows no inline script.
(function () {
  'use strict';
  function start() {
    var card = document.querySelector('[data-progress-url]');
    if (!card || card.getAttribute('data-progress-state') !== 'running') return;
    var text = card.querySelector('[data-progress-text]');
    var bar = card.querySelector('[data-progress-bar]');
    var url = card.getAttribute('data-progress-url');
    function poll() {
      fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(function (run) {
          card.setAttribute('data-progress-state', run.state);
          if (run.state !== 'running') {
            window.location.reload();
            return;
          }
          if (bar) {
            bar.max = Math.max(1, run.total);
            bar.value = run.done;
          }
          if (text) text.textContent = '正在更新索引（' + run.reason + '）：' + run.done + ' / ' + (run.total || '?') + (run.item ? '，刚处理完 ' + run.item : '');
          setTimeout(poll, 1000);
        })
        .catch(function () {
          if (text) text.textContent = '暂时无法获取索引进度，稍后自动重试……';
          setTimeout(poll, 3000);
        });
    }
    setTimeout(poll, 500);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
