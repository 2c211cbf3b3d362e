// The conversation JSON names its messages by the ids the page's DOM shows, or by derived ids
// when the DOM shows none (./expedia-message-id.ts), so it must look at the rendered messages
// first. At document_idle the app may still be fetching; this waits until a message is rendered,
// or gives up after a while (markup Konuk cannot find: the JSON then reads alone).
export const RENDER_WAIT_MS = 5000;

export function whenMessagesRendered(
  document: Document,
  selector: string,
  timeoutMs: number = RENDER_WAIT_MS,
): Promise<void> {
  if (document.querySelector(selector)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) done();
    });
    const timer = setTimeout(done, timeoutMs);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}
