// A list that shows its first few items and folds the rest behind one button, so a long history
// or a chatty conversation does not push the actions out of a 360-pixel panel.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from './i18n.ts';

export function CollapsibleList<T>({
  items,
  shown = 3,
  testId,
  newestFirst = false,
  render,
}: {
  items: readonly T[];
  shown?: number;
  testId: string;
  /** Keeps the last items (the newest, for lists kept oldest first) rather than the first. */
  newestFirst?: boolean;
  render(item: T): ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const hidden = Math.max(0, items.length - shown);
  const visible = open || hidden === 0 ? items : newestFirst ? items.slice(-shown) : items.slice(0, shown);
  return (
    <>
      <ul data-testid={testId}>{visible.map(render)}</ul>
      {hidden > 0 ? (
        <button
          type="button"
          class="link"
          data-testid={`${testId}-toggle`}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('ws_show_less') : t('ws_show_all', String(items.length))}
        </button>
      ) : null}
    </>
  );
}
