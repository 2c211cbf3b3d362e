// The side panel's and the dashboard's look. Static CSS only: no value from a page or the API goes in here.
export const SIDE_PANEL_STYLE = `
.konuk-panel { font: 13px/1.45 system-ui, sans-serif; color: #202124; padding: 8px 12px 24px; }
.konuk-panel header { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.konuk-panel h1 { font-size: 16px; margin: 0 0 4px; }
.konuk-panel h2 { font-size: 14px; margin: 16px 0 6px; }
.konuk-panel h3 { font-size: 12px; margin: 10px 0 4px; color: #5f6368; text-transform: uppercase; }
.konuk-panel label { display: block; margin: 6px 0; }
.konuk-panel label.inline { display: flex; gap: 6px; align-items: center; }
.konuk-panel input, .konuk-panel textarea, .konuk-panel select { display: block; width: 100%;
  box-sizing: border-box; padding: 5px; margin-top: 2px; font: inherit; }
.konuk-panel label.inline input { width: auto; display: inline; margin: 0; }
.konuk-panel button { font: inherit; padding: 4px 10px; cursor: pointer; }
.konuk-panel button.link { border: 0; background: none; color: #0b57d0; padding: 0 4px; text-decoration: underline; }
.konuk-panel ul, .konuk-panel ol { list-style: none; margin: 0; padding: 0; }
.konuk-panel li { padding: 4px 0; border-bottom: 1px solid #eceff1; }
.konuk-panel .hint, .konuk-panel .muted, .konuk-panel .meta, .konuk-panel .pending { color: #5f6368; }
.konuk-panel .hint, .konuk-panel .meta, .konuk-panel .why { display: block; font-size: 12px; }
.konuk-panel .ok { color: #137333; }
.konuk-panel .error { color: #b3261e; }
.konuk-panel .record { font-weight: 700; }
.konuk-panel .for-you { border-left: 3px solid #b3261e; padding-left: 6px; }
.konuk-panel .tickets-picker { display: flex; flex-wrap: wrap; gap: 4px; }
.konuk-panel .tickets-picker button[aria-pressed="true"] { background: #d3e3fd; }
`;

export const DASHBOARD_STYLE = `
.konuk-dashboard { font: 14px/1.45 system-ui, sans-serif; color: #202124; max-width: 1100px; margin: 0 auto; padding: 16px; }
.konuk-dashboard h1 { font-size: 20px; margin: 0 0 8px; }
.konuk-dashboard h2 { font-size: 16px; margin: 24px 0 8px; }
.konuk-dashboard form { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; }
.konuk-dashboard label { display: flex; flex-direction: column; font-size: 12px; color: #5f6368; }
.konuk-dashboard table { border-collapse: collapse; width: 100%; }
.konuk-dashboard th, .konuk-dashboard td { text-align: right; padding: 4px 8px; border-bottom: 1px solid #eceff1; }
.konuk-dashboard th:first-child, .konuk-dashboard td:first-child { text-align: left; }
.konuk-dashboard .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; }
.konuk-dashboard .figure { border: 1px solid #dadce0; border-radius: 8px; padding: 8px 12px; }
.konuk-dashboard .figure b { display: block; font-size: 22px; }
.konuk-dashboard .error { color: #b3261e; }
.konuk-dashboard .gap { color: #b3261e; font-weight: 700; }
.konuk-dashboard svg text { font: 11px system-ui, sans-serif; fill: #3c4043; }
`;

// The workspace: it fits a 360-pixel panel (buttons wrap, long words break, nothing scrolls sideways).
export const WORKSPACE_STYLE = `
.konuk-panel { max-width: 100%; overflow-wrap: anywhere; }
.konuk-panel .buttons, .konuk-panel .queue-tabs { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; }
.konuk-panel .queue-tabs button[aria-selected="true"] { background: #d3e3fd; font-weight: 600; }
.konuk-panel .workspace { border: 1px solid #dadce0; border-radius: 8px; padding: 8px; }
.konuk-panel .ws-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.konuk-panel .status { border-radius: 4px; padding: 0 6px; background: #eceff1; }
.konuk-panel .status-resolved { background: #e6f4ea; }
.konuk-panel .status-closed { background: #f1f3f4; color: #5f6368; }
.konuk-panel .sla-breached { color: #b3261e; font-weight: 600; }
.konuk-panel .sla-due_soon { color: #8a4b00; }
.konuk-panel .ticket { display: grid; grid-template-columns: auto 1fr auto; gap: 0 6px; width: 100%; text-align: left; }
.konuk-panel .ticket .who, .konuk-panel .ticket .owner { grid-column: 1 / -1; }
.konuk-panel .text { display: block; white-space: pre-wrap; }
.konuk-panel li.out { color: #3c4043; padding-left: 12px; }
.konuk-panel details summary { cursor: pointer; color: #0b57d0; margin: 6px 0; }
`;
