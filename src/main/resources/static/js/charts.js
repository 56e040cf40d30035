/*
 * Charts of the summary and target pages, drawn with Apache ECharts (served by the app from its webjar).
 * Each chart is an element with data-chart holding JSON; the same numbers are always in a table on the page, for
 * screen readers and for print. Charts use patterns (ECharts "decal") as well as colours, so they stay readable
 * printed in black and white.
 *   {"type":"bars", "labels":[…], "values":[…]}                         horizontal bars (counts per status)
 *   {"type":"series", "years":[…], "actual":[…], "expected":[…], "goal":n, "goalMax":n, "unit":"%", "labels":{…}}
 *   {"type":"wards", "labels":[…], "values":[…], "unit":"%"}            a bar per ward
 */
(function () {
  'use strict';
  if (!window.echarts) { return; }
  var base = {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    textStyle: { fontFamily: 'inherit' },
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true }
  };
  var vi = function (n) { return n == null ? '' : Number(n).toLocaleString('vi-VN', { maximumFractionDigits: 4 }); };

  // the colours of the status badges (app.css), so a bar matches its badge
  var statusColours = { 'met': '#198754', 'on-track': '#0d6efd', 'at-risk': '#ffc107', 'off-track': '#fd7e14',
                        'not-met': '#dc3545', 'no-data': '#adb5bd' };

  function bars(d) {
    var data = d.values.map(function (v, i) {
      var c = d.keys && statusColours[d.keys[i]];
      return c ? { value: v, itemStyle: { color: c } } : v;
    });
    return Object.assign({}, base, {
      tooltip: { valueFormatter: vi },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: vi } },
      yAxis: { type: 'category', data: d.labels, inverse: true },
      series: [{ type: 'bar', data: data, label: { show: true, position: 'right', formatter: function (p) { return vi(p.value); } },
                 colorBy: 'data' }]
    });
  }

  function series(d) {
    var lines = [];
    var goalLabel = function (position) {
      return { position: position, formatter: function (p) { return p.name + ': ' + vi(p.value) + (d.unit || ''); } };
    };
    if (d.goal != null) { lines.push({ yAxis: d.goal, name: d.labels.goal, label: goalLabel(d.goalMax != null ? 'insideStartBottom' : 'insideStartTop') }); }
    if (d.goalMax != null) { lines.push({ yAxis: d.goalMax, name: d.labels.goal, label: goalLabel('insideStartTop') }); }
    var hasPath = d.expected.some(function (v) { return v != null; });
    return Object.assign({}, base, {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : vi(v) + (d.unit || ''); } },
      xAxis: { type: 'category', data: d.years },
      // the axis always takes in the target line, so it is drawn, and a small change is not blown up to fill the chart
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: vi },
               min: function (v) { return d.goal == null ? v.min : Math.min(v.min, d.goal); },
               max: function (v) { var top = d.goalMax != null ? d.goalMax : d.goal; return top == null ? v.max : Math.max(v.max, top); } },
      series: [
        { name: d.labels.actual, type: 'line', data: d.actual, connectNulls: true, symbol: 'circle', symbolSize: 8,
          lineStyle: { width: 3 }, label: { show: true, formatter: function (p) { return vi(p.value); } },
          markLine: lines.length ? { symbol: 'none', silent: true, lineStyle: { type: 'dotted', width: 2, color: '#b02a37' }, data: lines } : undefined }
      ].concat(hasPath ? [{ name: d.labels.expected, type: 'line', data: d.expected, symbol: 'triangle', lineStyle: { type: 'dashed' } }] : [])
    });
  }

  function wards(d) {
    return Object.assign({}, base, {
      tooltip: { valueFormatter: function (v) { return vi(v) + (d.unit || ''); } },
      xAxis: { type: 'value', axisLabel: { formatter: vi } },
      yAxis: { type: 'category', data: d.labels, inverse: true },
      series: [{ type: 'bar', data: d.values, label: { show: true, position: 'right', formatter: function (p) { return vi(p.value); } } }]
    });
  }

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var d;
    try { d = JSON.parse(el.getAttribute('data-chart')); } catch (e) { return; }
    var option = d.type === 'series' ? series(d) : d.type === 'wards' ? wards(d) : bars(d);
    var rows = d.labels && d.labels.length ? d.labels.length : 6;
    if (!el.style.height) { el.style.height = (d.type === 'series' ? 320 : Math.max(180, rows * 34 + 40)) + 'px'; }
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    // an SVG that scales: printed on a narrower A4 page, the whole chart still fits (print CSS sets width 100%)
    chart.on('finished', function () {
      var svg = el.querySelector('svg');
      if (svg && !svg.getAttribute('viewBox')) {
        svg.setAttribute('viewBox', '0 0 ' + svg.getAttribute('width') + ' ' + svg.getAttribute('height'));
        svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
      }
    });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  });
}());
