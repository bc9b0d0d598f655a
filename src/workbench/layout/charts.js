// Draws every element with a data-chart attribute (an ECharts option as JSON, written by the
// server) with ECharts from /assets/echarts.min.js. A file of its own, as the CSP allows no inline
// script. Tooltips render on the canvas (richText), so no HTML with inline styles is injected.
(function () {
  'use strict';
  function draw() {
    document.querySelectorAll('[data-chart]').forEach(function (node) {
      var option = JSON.parse(node.getAttribute('data-chart'));
      option.tooltip = Object.assign({ renderMode: 'richText' }, option.tooltip || {});
      var chart = window.echarts.init(node, null, { renderer: 'canvas' });
      chart.setOption(option);
      // The box, not the window: a phone turned, or a grid going from two columns to one.
      if (window.ResizeObserver) new ResizeObserver(function () { chart.resize(); }).observe(node);
      else window.addEventListener('resize', function () { chart.resize(); });
      node.setAttribute('data-chart-ready', 'true');
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
})();
