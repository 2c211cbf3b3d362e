// The badge's look, shared by every badge on a page through one constructed stylesheet.
// Static CSS only: no page or guest value is ever put in here.
export const BADGE_CSS = `
:host { all: initial; display: block; margin: 2px 0 0; font: 500 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif; }
.badge { display: inline-flex; align-items: center; gap: 4px; max-width: 100%; box-sizing: border-box;
  padding: 1px 7px 1px 3px; border-radius: 9px; border: 1px solid #c0c4c8; background: #f6f7f8; color: #3c4043;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: default; }
.mark { display: inline-grid; place-items: center; width: 14px; height: 14px; border-radius: 50%;
  background: #5f6368; color: #fff; font-size: 9px; font-weight: 700; }
.part + .part::before { content: "·"; margin-right: 4px; color: #80868b; }
.record { font-weight: 700; }
.unlogged { border-color: #b3261e; background: #fce8e6; color: #8c1d18; }
.unlogged .mark { background: #b3261e; }
.stored .mark { background: #80868b; }
.synced .mark { background: #0b57d0; }
.on_track .clock { color: #137333; }
.due_soon { border-color: #e37400; }
.due_soon .clock { color: #b06000; font-weight: 700; }
.breached { border-color: #b3261e; background: #fce8e6; }
.breached .clock { color: #b3261e; font-weight: 700; }
.met .clock, .paused .clock { color: #5f6368; }
`;
