// The popup's and the options page's look. Static CSS only: no value from a page or the API goes in here.
export const POPUP_STYLE = `
.konuk-popup { width: 360px; font: 13px/1.4 system-ui, sans-serif; color: #202124; padding: 8px 10px; }
.konuk-popup header { display: flex; justify-content: space-between; align-items: baseline; }
.konuk-popup h1 { font-size: 15px; margin: 0 0 6px; }
.konuk-popup p { margin: 4px 0; }
.konuk-popup .error { color: #c5221f; }
.konuk-popup .pending, .konuk-popup .empty, .konuk-popup .notice { color: #5f6368; }
.konuk-popup .tickets { list-style: none; margin: 6px 0 0; padding: 0; }
.konuk-popup .ticket { display: grid; grid-template-columns: auto 1fr auto; gap: 0 8px; width: 100%;
  text-align: left; background: none; border: 0; border-left: 4px solid #c0c0c0; padding: 6px 8px;
  margin-bottom: 4px; cursor: pointer; font: inherit; color: inherit; }
.konuk-popup .ticket:hover:not(:disabled) { background: #f1f3f4; }
.konuk-popup .ticket:disabled { cursor: default; }
.konuk-popup .record { font-weight: 600; }
.konuk-popup .channel { color: #5f6368; }
.konuk-popup .who { grid-column: 1 / 3; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.konuk-popup .sla { grid-column: 3; grid-row: 1 / 3; align-self: center; font-weight: 600; }
.konuk-popup .sla-breached { border-left-color: #c5221f; }
.konuk-popup .sla-breached .sla { color: #c5221f; }
.konuk-popup .sla-due_soon { border-left-color: #e37400; }
.konuk-popup .sla-due_soon .sla { color: #b06000; }
.konuk-popup .sla-on_track { border-left-color: #188038; }
`;

export const OPTIONS_STYLE = `
.konuk-options { max-width: 520px; font: 14px/1.5 system-ui, sans-serif; color: #202124; padding: 12px; }
.konuk-options h1 { font-size: 18px; }
.konuk-options label { display: block; margin: 10px 0; }
.konuk-options input { display: block; width: 100%; box-sizing: border-box; padding: 6px; margin-top: 2px; }
.konuk-options .actions { display: flex; gap: 8px; }
.konuk-options .ok { color: #188038; }
.konuk-options .error { color: #c5221f; }
.konuk-options .info { color: #5f6368; }
`;
