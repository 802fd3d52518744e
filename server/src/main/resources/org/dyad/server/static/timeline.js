// Timeline: cooperation (QuadClass 1-2) against conflict (QuadClass 3-4) per period, from /api/timeline.
(function () {
  var box = document.getElementById('chart');
  var status = document.getElementById('timeline-status');
  var tbody = document.querySelector('#timeline-table tbody');
  var query = box.getAttribute('data-query');

  fetch('/api/timeline' + (query ? '?' + query : ''))
    .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.error || r.status); } return j; }); })
    .then(function (data) {
      var pts = data.points.map(function (p) {
        return { date: d3.isoParse(p.period_start), label: p.period_start, coop: p.cooperation, conf: p.conflict, total: p.total };
      });
      pts.forEach(function (p) {
        var tr = document.createElement('tr');
        [p.label, p.coop, p.conf, p.total].forEach(function (v) {
          var td = document.createElement('td');
          td.textContent = String(v);
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      if (pts.length === 0) { status.textContent = 'No dated events match.'; return; }
      var sum = pts.reduce(function (a, p) { return [a[0] + p.coop, a[1] + p.conf]; }, [0, 0]);
      status.textContent = pts.length + ' periods; ' + sum[0] + ' cooperative and ' + sum[1] + ' conflictual events.';
      var W = Math.max(600, box.clientWidth), H = 380, m = { top: 20, right: 30, bottom: 40, left: 50 };
      var svg = d3.select(box).append('svg').attr('width', W).attr('height', H).attr('id', 'timeline-svg');
      var x = pts.length === 1
        ? d3.scaleTime().domain([d3.timeDay.offset(pts[0].date, -15), d3.timeDay.offset(pts[0].date, 15)])
        : d3.scaleTime().domain(d3.extent(pts, function (p) { return p.date; }));
      x.range([m.left, W - m.right]);
      var ymax = d3.max(pts, function (p) { return Math.max(p.coop, p.conf); }) || 1;
      var y = d3.scaleLinear().domain([0, ymax]).nice().range([H - m.bottom, m.top]);
      svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,' + (H - m.bottom) + ')').call(d3.axisBottom(x).ticks(8));
      svg.append('g').attr('class', 'axis').attr('transform', 'translate(' + m.left + ',0)').call(d3.axisLeft(y).ticks(6));
      [['coop', '#1e8449', 'cooperation'], ['conf', '#c0392b', 'conflict']].forEach(function (s, i) {
        var line = d3.line().x(function (p) { return x(p.date); }).y(function (p) { return y(p[s[0]]); });
        svg.append('path').datum(pts).attr('class', 'series ' + s[0]).attr('fill', 'none').attr('stroke', s[1])
          .attr('stroke-width', 2.5).attr('d', line);
        svg.selectAll('circle.' + s[0]).data(pts).enter().append('circle').attr('class', 'pt ' + s[0])
          .attr('cx', function (p) { return x(p.date); }).attr('cy', function (p) { return y(p[s[0]]); })
          .attr('r', 3.5).attr('fill', s[1]).append('title').text(function (p) { return p.label + ': ' + p[s[0]] + ' ' + s[2]; });
        svg.append('text').attr('x', W - m.right - 110).attr('y', m.top + 14 + i * 18).attr('fill', s[1]).text('— ' + s[2]);
      });
    })
    .catch(function (err) { status.textContent = 'Could not load the timeline: ' + err.message; status.className = 'status error'; });
})();
