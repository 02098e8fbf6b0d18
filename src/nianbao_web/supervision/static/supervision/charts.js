// Charts drawn from the <table> beside them: the table is the accessible view and the data source.
(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  function rows(id) { var t = document.getElementById(id); return t ? Array.prototype.slice.call(t.tBodies[0].rows) : []; }
  function label(row) { return row.cells[0].textContent.trim(); }
  var draw = {
    bars: function (el, data) {
      var names = data.map(label);
      return {
        tooltip: { trigger: "axis" }, legend: { data: ["报送率", "按时率"] },
        grid: { left: 160, right: 30 },
        xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
        yAxis: { type: "category", data: names, inverse: true },
        series: [
          { name: "报送率", type: "bar", data: data.map(function (r) { return Number(r.dataset.reporting); }) },
          { name: "按时率", type: "bar", data: data.map(function (r) { return Number(r.dataset.onTime); }) }
        ]
      };
    },
    boxplot: function (el, data) {
      var usable = data.filter(function (r) { return r.dataset.five.split(",")[0] !== ""; });
      return {
        tooltip: { trigger: "item" },
        xAxis: { type: "category", data: usable.map(label) },
        yAxis: { type: "value" },
        series: [{ type: "boxplot", data: usable.map(function (r) { return r.dataset.five.split(",").map(Number); }) }]
      };
    }
  };
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var make = draw[el.dataset.chart];
    if (!make) { return; }
    echarts.init(el).setOption(make(el, rows(el.dataset.table)));
  });
}());
