// Dyad network: actors as nodes, event counts as edges coloured by mean Goldstein score.
// Data comes from /api/dyads; all labels are drawn on the canvas by cytoscape (never parsed as HTML).
(function () {
  var box = document.getElementById('cy');
  var status = document.getElementById('network-status');
  var query = box.getAttribute('data-query');
  var level = box.getAttribute('data-level');
  var min = parseInt(box.getAttribute('data-min'), 10) || 1;

  function colour(g) {
    // -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, green)
    var t = Math.max(-1, Math.min(1, g / 10));
    var from = [127, 140, 141];
    var to = t < 0 ? [192, 57, 43] : [30, 132, 73];
    var a = Math.abs(t);
    var c = from.map(function (v, i) { return Math.round(v + (to[i] - v) * Math.min(1, a * 1.6)); });
    return 'rgb(' + c.join(',') + ')';
  }
  function key(code) { return level === 'country' ? code.substring(0, 3) : code; }

  fetch('/api/dyads?period=all&limit=1000' + (query ? '&' + query : ''))
    .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.error || r.status); } return j; }); })
    .then(function (data) {
      var edges = {}, nodes = {};
      data.dyads.forEach(function (d) {
        var s = key(d.source), t = key(d.target);
        var id = s + '→' + t;
        var e = edges[id] || (edges[id] = { source: s, target: t, count: 0, gsum: 0 });
        e.count += d.count;
        e.gsum += d.mean_goldstein * d.count;
      });
      var els = [];
      Object.keys(edges).forEach(function (id) {
        var e = edges[id];
        if (e.count < min) { return; }
        nodes[e.source] = (nodes[e.source] || 0) + e.count;
        nodes[e.target] = (nodes[e.target] || 0) + e.count;
        var g = e.gsum / e.count;
        els.push({ group: 'edges', data: { id: 'e:' + id, source: 'n:' + e.source, target: 'n:' + e.target,
          s: e.source, t: e.target, count: e.count, goldstein: Math.round(g * 10) / 10, colour: colour(g),
          width: 1 + Math.min(12, Math.log(1 + e.count) * 2), label: e.count + ' · ' + (Math.round(g * 10) / 10) } });
      });
      Object.keys(nodes).forEach(function (n) {
        els.push({ group: 'nodes', data: { id: 'n:' + n, code: n, weight: nodes[n], size: 18 + Math.min(50, Math.sqrt(nodes[n]) * 4) } });
      });
      var n = Object.keys(nodes).length, m = els.length - n;
      status.textContent = n + ' actors, ' + m + ' dyads' + (data.dyads.length >= 1000 ? ' (the 1000 largest dyads)' : '') + '.';
      if (n === 0) { status.textContent = 'No dyads match these filters.'; return; }
      var cy = cytoscape({
        container: box, elements: els, wheelSensitivity: 0.3,
        layout: { name: n > 60 ? 'concentric' : 'cose', animate: false, padding: 30,
          concentric: function (node) { return node.data('weight'); }, levelWidth: function () { return 3; } },
        style: [
          { selector: 'node', style: { 'label': 'data(code)', 'width': 'data(size)', 'height': 'data(size)',
            'background-color': '#16325c', 'color': '#1d232b', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4 } },
          { selector: 'edge', style: { 'width': 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9,
            'text-rotation': 'autorotate', 'color': '#5b6573' } },
          { selector: 'edge:selected', style: { 'line-style': 'dashed' } }
        ]
      });
      cy.on('tap', 'edge', function (evt) {
        var d = evt.target.data();
        var p = new URLSearchParams(query);
        p.set('source', d.s);
        p.set('target', d.t);
        window.location.href = '/events?' + p.toString();
      });
      window.dyadNetwork = cy;
    })
    .catch(function (err) { status.textContent = 'Could not load the network: ' + err.message; status.className = 'status error'; });
})();
