/** The dashboard's style sheet: system fonts only, so the page needs nothing from outside. */
export const DASHBOARD_CSS = `:root {
  color-scheme: light dark;
  --fg: #1d2430;
  --bg: #f7f8fa;
  --panel: #ffffff;
  --line: #d9dde3;
  --muted: #6a7380;
  --ok: #1f7a3a;
  --warn: #a86200;
  --bad: #b3261e;
  --accent: #2458c6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e4e7ec;
    --bg: #14171c;
    --panel: #1c2027;
    --line: #333a44;
    --muted: #98a1ad;
    --ok: #5cc27b;
    --warn: #e0a040;
    --bad: #f07068;
    --accent: #7aa2f7;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--fg);
  background: var(--bg);
}
header {
  display: flex;
  align-items: center;
  gap: 1rem;
  padding: 0.75rem 1.25rem;
  border-bottom: 1px solid var(--line);
  background: var(--panel);
}
h1 { font-size: 1.15rem; margin: 0; }
h2 { font-size: 1rem; margin: 0 0 0.5rem; }
main {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(32rem, 1fr));
  gap: 1rem;
  padding: 1rem 1.25rem;
}
section {
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 0.75rem;
  overflow-x: auto;
}
table { width: 100%; border-collapse: collapse; }
th, td {
  text-align: left;
  padding: 0.3rem 0.5rem;
  border-bottom: 1px solid var(--line);
  vertical-align: top;
  white-space: nowrap;
}
th { color: var(--muted); font-weight: 600; }
/* Paths and client lists name several chains: they wrap instead of widening the table. */
td.wrap { white-space: normal; overflow-wrap: anywhere; }
section.wide { grid-column: 1 / -1; }
code, .mono { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.9em; }
.muted { color: var(--muted); }
.connection { font-size: 0.85rem; padding: 0.1rem 0.5rem; border-radius: 999px; border: 1px solid var(--line); }
.connection[data-state='live'] { color: var(--ok); }
.connection[data-state='reconnecting'] { color: var(--bad); }
.status-active, .status-acknowledged { color: var(--ok); }
.status-near-expiry, .status-sent, .status-proven, .status-received { color: var(--warn); }
.status-frozen, .status-expired, .status-unreadable, .status-failed, .status-timed-out { color: var(--bad); }
.alerts { list-style: none; margin: 0; padding: 0; }
.alerts li { padding: 0.3rem 0; border-bottom: 1px solid var(--line); }
.alerts .kind { font-weight: 600; margin-right: 0.5rem; color: var(--bad); }
.alerts .kind-client-near-expiry { color: var(--warn); }
button.packet {
  font: inherit;
  color: var(--accent);
  background: none;
  border: 0;
  padding: 0;
  cursor: pointer;
  text-decoration: underline;
}
tr.selected { background: color-mix(in srgb, var(--accent) 12%, transparent); }
svg.sparkline { vertical-align: middle; }
svg.sparkline polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; }
`;
