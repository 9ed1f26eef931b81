/**
 * The dashboard's one HTML page. It loads its style and script from the
 * same server (the Content-Security-Policy allows nothing else) and holds
 * no data: the script fills it from `/events`.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Isthmus relayer</title>
    <link rel="stylesheet" href="/assets/dashboard.css" />
    <script src="/assets/dashboard.js" defer></script>
  </head>
  <body>
    <header>
      <h1>Isthmus relayer</h1>
      <span id="connection" class="connection" data-state="connecting">connecting</span>
    </header>
    <main>
      <section aria-labelledby="chains-title">
        <h2 id="chains-title">Chains</h2>
        <table>
          <thead>
            <tr><th>Chain</th><th>Latest height</th><th>Clients</th><th>Expires in</th></tr>
          </thead>
          <tbody id="chains"></tbody>
        </table>
      </section>
      <section aria-labelledby="paths-title">
        <h2 id="paths-title">Paths</h2>
        <table>
          <thead>
            <tr><th>Path</th><th>Backlog</th><th>Oldest</th><th>Acknowledged, last 10 min</th></tr>
          </thead>
          <tbody id="paths"></tbody>
        </table>
      </section>
      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">Alerts</h2>
        <ul id="alerts" class="alerts"></ul>
      </section>
      <section class="wide" aria-labelledby="packets-title">
        <h2 id="packets-title">Recent packets</h2>
        <table>
          <thead>
            <tr><th>Packet</th><th>Status</th><th>Path</th><th>Age</th></tr>
          </thead>
          <tbody id="packets"></tbody>
        </table>
      </section>
      <section class="wide" aria-labelledby="trace-title">
        <h2 id="trace-title">Trace</h2>
        <p id="trace-hint" class="muted">Select a packet to see its hops.</p>
        <div id="trace"></div>
      </section>
    </main>
  </body>
</html>
`;
