/**
 * The dashboard's script, plain browser JavaScript served as is. It listens
 * to `/events` and draws with DOM calls only: every value from the server
 * becomes a text node or an attribute value, never markup.
 */
export const DASHBOARD_JS = String.raw`'use strict';
(function () {
  var SVG = 'http://www.w3.org/2000/svg';
  var MAX_PACKETS = 50;
  var packets = [];
  var selected = null;

  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function replace(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) {
      node.appendChild(child);
    });
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '-';
    var s = Math.max(0, Math.floor(seconds));
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min';
    if (s < 172800) return Math.floor(s / 3600) + ' h';
    return Math.floor(s / 86400) + ' d';
  }

  function ageOf(ms) {
    return ms > 0 ? duration((Date.now() - ms) / 1000) : '-';
  }

  function statusCell(status) {
    return el('td', { class: 'status-' + status }, [status]);
  }

  function renderChains(chains) {
    replace(
      byId('chains'),
      chains.map(function (chain) {
        var clients = chain.clients.map(function (c) {
          return el('div', { class: 'status-' + c.status, title: c.error || '' }, [
            c.clientId + ' (' + c.tracks + '): ' + c.status,
          ]);
        });
        var expiries = chain.clients.map(function (c) {
          return el('div', {}, [duration(c.expiresInSeconds)]);
        });
        return el('tr', { 'data-chain': chain.id }, [
          el('td', { class: 'mono' }, [chain.id]),
          el('td', { title: chain.error || '' }, [chain.latestHeight === null ? 'unreachable' : chain.latestHeight]),
          el('td', { class: 'wrap' }, clients.length ? clients : ['-']),
          el('td', {}, expiries.length ? expiries : ['-']),
        ]);
      }),
    );
  }

  function sparkline(counts, bucketSeconds) {
    var width = 120;
    var height = 24;
    var max = Math.max.apply(null, counts.concat([1]));
    var step = counts.length > 1 ? width / (counts.length - 1) : width;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    var total = counts.reduce(function (a, b) {
      return a + b;
    }, 0);
    var title = document.createElementNS(SVG, 'title');
    title.textContent = total + ' acknowledged, ' + bucketSeconds + ' s per point';
    svg.appendChild(title);
    var line = document.createElementNS(SVG, 'polyline');
    line.setAttribute(
      'points',
      counts
        .map(function (n, i) {
          return (i * step).toFixed(1) + ',' + (height - 1 - (n / max) * (height - 2)).toFixed(1);
        })
        .join(' '),
    );
    svg.appendChild(line);
    return svg;
  }

  function renderPaths(paths) {
    replace(
      byId('paths'),
      paths.map(function (p) {
        var total = p.throughput.reduce(function (a, b) {
          return a + b;
        }, 0);
        return el('tr', { 'data-path': p.path, 'data-acknowledged': total }, [
          el('td', { class: 'mono wrap' }, [p.path]),
          el('td', {}, [String(p.backlog)]),
          el('td', {}, [p.backlog > 0 ? duration(p.oldestAgeSeconds) : '-']),
          el('td', {}, [sparkline(p.throughput, p.bucketSeconds), ' ' + total]),
        ]);
      }),
    );
  }

  function renderAlerts(alerts) {
    var items = alerts.map(function (a) {
      var context = Object.keys(a.context)
        .map(function (k) {
          return k + '=' + a.context[k];
        })
        .join(' ');
      return el('li', { 'data-kind': a.kind }, [
        el('span', { class: 'kind kind-' + a.kind }, [a.kind]),
        a.message + ' ',
        el('span', { class: 'muted mono' }, [context]),
      ]);
    });
    replace(byId('alerts'), items.length ? items : [el('li', { class: 'muted' }, ['No alerts.'])]);
  }

  function renderPackets() {
    replace(
      byId('packets'),
      packets.map(function (p) {
        var button = el('button', { type: 'button', class: 'packet mono' }, [p.id]);
        button.addEventListener('click', function () {
          select(p.id);
        });
        var attrs = { 'data-packet-id': p.id, 'data-status': p.status };
        if (p.id === selected) attrs.class = 'selected';
        return el('tr', attrs, [
          el('td', {}, [button]),
          statusCell(p.status),
          el('td', { class: 'mono wrap' }, [p.path]),
          el('td', { class: 'age', 'data-since': p.updatedMs }, [ageOf(p.updatedMs)]),
        ]);
      }),
    );
  }

  function refreshAges() {
    Array.prototype.forEach.call(document.querySelectorAll('td.age'), function (cell) {
      cell.textContent = ageOf(Number(cell.getAttribute('data-since')));
    });
  }

  function upsert(packet) {
    packets = [packet].concat(
      packets.filter(function (p) {
        return p.id !== packet.id;
      }),
    );
    if (packets.length > MAX_PACKETS) packets.length = MAX_PACKETS;
    renderPackets();
    if (packet.id === selected) loadTrace(packet.id);
    schedulePaths();
  }

  // Backlog and throughput change with every packet: read them again soon, at most once a second.
  var pathsDue = null;
  function schedulePaths() {
    if (pathsDue !== null) return;
    pathsDue = setTimeout(function () {
      pathsDue = null;
      fetch('/api/paths', { headers: { accept: 'application/json' } })
        .then(function (res) {
          return res.json();
        })
        .then(function (body) {
          if (body.paths) renderPaths(body.paths);
        })
        .catch(function () {
          // The next summary event brings them.
        });
    }, 1000);
  }

  function select(id) {
    selected = id;
    renderPackets();
    loadTrace(id);
  }

  function loadTrace(id) {
    var path = id.split('/').map(encodeURIComponent).join('/');
    fetch('/api/packets/' + path, { headers: { accept: 'application/json' } })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        if (id !== selected) return;
        if (body.packet) renderTrace(body.packet);
        else replace(byId('trace'), [el('p', { class: 'muted' }, [body.error ? body.error.message : 'not found'])]);
      })
      .catch(function (err) {
        replace(byId('trace'), [el('p', { class: 'muted' }, ['trace not loaded: ' + err])]);
      });
  }

  function renderTrace(packet) {
    byId('trace-hint').hidden = true;
    var first = packet.hops.length ? packet.hops[0].timeMs : 0;
    var rows = packet.hops.map(function (hop) {
      return el('tr', { 'data-chain': hop.chainId, 'data-step': hop.step }, [
        el('td', { class: 'mono' }, [hop.chainId]),
        el('td', {}, [hop.step + (hop.error ? ' (' + hop.error + ')' : '')]),
        el('td', {}, [hop.height]),
        el('td', { class: 'mono', title: hop.txId }, [hop.txId.length > 16 ? hop.txId.slice(0, 16) + '...' : hop.txId]),
        el('td', { title: hop.timeMs > 0 ? new Date(hop.timeMs).toISOString() : '' }, [
          hop.timeMs > 0 ? new Date(hop.timeMs).toISOString().slice(11, 23) : '-',
        ]),
        el('td', {}, [first > 0 && hop.timeMs > 0 ? '+' + ((hop.timeMs - first) / 1000).toFixed(3) + ' s' : '-']),
      ]);
    });
    replace(byId('trace'), [
      el('p', { 'data-packet-id': packet.id }, [
        el('span', { class: 'mono' }, [packet.id]),
        ' ',
        el('span', { class: 'status-' + packet.status }, [packet.status]),
        ' ',
        el('span', { class: 'muted mono' }, [packet.path]),
      ]),
      el('table', { class: 'hops' }, [
        el('thead', {}, [
          el('tr', {}, ['Chain', 'Step', 'Height', 'Tx', 'Time', 'Since send'].map(function (h) {
            return el('th', {}, [h]);
          })),
        ]),
        el('tbody', {}, rows),
      ]),
    ]);
  }

  function summary(data) {
    renderChains(data.chains);
    renderPaths(data.paths);
    renderAlerts(data.alerts);
  }

  function connection(state) {
    var node = byId('connection');
    node.setAttribute('data-state', state);
    node.textContent = state;
  }

  var events = new EventSource('/events');
  events.addEventListener('snapshot', function (e) {
    var data = JSON.parse(e.data);
    summary(data);
    packets = data.packets.slice(0, MAX_PACKETS);
    renderPackets();
    if (selected) loadTrace(selected);
    connection('live');
  });
  events.addEventListener('summary', function (e) {
    summary(JSON.parse(e.data));
  });
  events.addEventListener('packet', function (e) {
    upsert(JSON.parse(e.data));
  });
  events.addEventListener('error', function () {
    connection('reconnecting');
  });
  setInterval(refreshAges, 1000);
})();
`;
