// The dashboard's own look beside the shared base (side-panel-style.ts DASHBOARD_STYLE): section
// tabs, figures that read as links to their tickets, the drill-down list, the small forms.
import { DASHBOARD_STYLE } from './side-panel-style.ts';

export const REPORTS_STYLE = `${DASHBOARD_STYLE}
.konuk-dashboard .sections { display: flex; flex-wrap: wrap; gap: 4px; margin: 12px 0; border-bottom: 1px solid #dadce0; }
.konuk-dashboard .sections button { border: 0; background: none; padding: 6px 10px; cursor: pointer; color: #3c4043; font: inherit; }
.konuk-dashboard .sections button[aria-current="page"] { border-bottom: 3px solid #0b57d0; color: #0b57d0; font-weight: 600; }
.konuk-dashboard .presets { display: flex; gap: 4px; flex-wrap: wrap; }
.konuk-dashboard .zone { font-size: 12px; color: #5f6368; }
.konuk-dashboard button.drill { border: 0; background: none; padding: 0; font: inherit; color: #0b57d0; cursor: pointer; text-decoration: underline dotted; }
.konuk-dashboard button.drill:focus-visible { outline: 2px solid #0b57d0; }
.konuk-dashboard .drill-down { border: 1px solid #0b57d0; border-radius: 8px; padding: 8px 12px; margin: 12px 0; background: #f8fbff; }
.konuk-dashboard .table-heading { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin-top: 16px; }
.konuk-dashboard .table-heading h2, .konuk-dashboard .table-heading h3 { margin: 8px 0; font-size: 15px; }
.konuk-dashboard .chart { margin: 12px 0; overflow-x: auto; }
.konuk-dashboard .chart figcaption { font-weight: 600; margin-bottom: 4px; }
.konuk-dashboard .chart details table { width: auto; }
.konuk-dashboard .better { color: #188038; font-weight: 600; }
.konuk-dashboard .worse { color: #b3261e; font-weight: 600; }
.konuk-dashboard .action-form, .konuk-dashboard .qa-form, .konuk-dashboard .qa-size { gap: 6px; align-items: end; }
.konuk-dashboard .qa-form fieldset { display: flex; flex-wrap: wrap; gap: 4px 12px; border: 0; padding: 0; margin: 0; }
.konuk-dashboard .qa-form fieldset label { flex-direction: row; align-items: center; gap: 4px; color: #202124; }
.konuk-dashboard .qa-agent { border-top: 1px solid #eceff1; margin-top: 8px; }
.konuk-dashboard .qa-ticket { margin: 6px 0 10px; }
`;
