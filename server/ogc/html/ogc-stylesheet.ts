/**
 * The one stylesheet of the OGC API's HTML pages, served at /ogc/ogc.css: the CSP allows
 * styles from our own origin only, never inline. Colours keep a contrast of 4.5:1 or more.
 */
export const OGC_STYLESHEET = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --line: #c9d1d9; --accent: #0b5cad; --band: #f3f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
header { border-bottom: 1px solid var(--line); }
.site { margin: 0 0 0.25rem; font-weight: 600; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.25rem 0.5rem; }
nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 0; padding: 0; font-size: 0.9rem; }
nav ol li + li::before { content: "›"; margin-right: 0.5rem; color: var(--muted); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.en { color: var(--muted); font-weight: normal; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tbody th { font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; overflow-wrap: anywhere; }
.pager { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
form { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
label { display: flex; flex-direction: column; font-weight: 600; }
select, button { font: inherit; padding: 0.3rem 0.5rem; }
button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; min-height: 44px; }
button .en { color: inherit; }
select { min-height: 44px; }
.collections { list-style: none; padding: 0; }
.collections li { border-bottom: 1px solid var(--line); padding-bottom: 0.5rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } h1 { font-size: 1.35rem; } }
`
