// Who sent a runtime message. Content scripts run inside platform pages (a page can influence
// them), extension pages run on our own origin; an options page opened in a tab has a tab too,
// so the sender's URL, not the presence of a tab, tells them apart.
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

function onExtensionOrigin(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

export function isOwnContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && !onExtensionOrigin(sender);
}

export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && onExtensionOrigin(sender);
}
