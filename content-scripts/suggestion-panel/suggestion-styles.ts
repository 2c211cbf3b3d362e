// The reply button's and the suggestion panel's look. Static CSS only: no page or guest value is
// ever put in here.
export const REPLY_BUTTON_CSS = `
:host { all: initial; display: inline-block; float: inline-end; margin: 2px 0 0 6px; }
button { font: 500 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif; padding: 1px 8px; border-radius: 9px;
  border: 1px solid #0b57d0; background: #fff; color: #0b57d0; cursor: pointer; white-space: nowrap; }
button:hover, button:focus-visible { background: #e8f0fe; outline: none; }
`;

export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; width: min(400px, calc(100vw - 16px));
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f1f1f; }
.panel { box-sizing: border-box; max-height: min(70vh, 560px); overflow: auto; padding: 10px 12px;
  background: #fff; border: 1px solid #c4c7c5; border-radius: 10px; box-shadow: 0 6px 24px #0003; }
.header { display: flex; align-items: center; justify-content: space-between; }
h2 { margin: 0; font-size: 14px; }
button { font: inherit; cursor: pointer; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; color: #444; }
.choices { list-style: none; margin: 8px 0; padding: 0; display: grid; gap: 4px; }
.choices button { width: 100%; display: flex; justify-content: space-between; gap: 8px; text-align: start;
  padding: 5px 8px; border: 1px solid #dadce0; border-radius: 6px; background: #f8f9fa; }
.choices button[aria-pressed="true"] { border-color: #0b57d0; background: #e8f0fe; }
.language { color: #5f6368; font-size: 11px; }
.preview { white-space: pre-wrap; margin: 8px 0; padding: 8px; border-radius: 6px; background: #f8f9fa;
  max-height: 220px; overflow: auto; }
.unfilled { background: #fde293; color: #5c3c00; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.filled { background: #e6f4ea; border-radius: 3px; }
.blanks label { display: grid; gap: 2px; margin: 4px 0; font-size: 12px; color: #444; }
.blanks input { font: inherit; padding: 4px 6px; border: 1px solid #c4c7c5; border-radius: 4px; }
.insert { margin-top: 6px; padding: 6px 14px; border: 0; border-radius: 16px; background: #0b57d0; color: #fff; }
.note, .hint { margin: 6px 0; color: #5f6368; font-size: 12px; }
.problem { margin: 6px 0; color: #b3261e; font-weight: 600; }
`;
