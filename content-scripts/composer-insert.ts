// Puts text into a platform's reply box so that the page's own framework registers it, as if
// typed: the platform's editor (Lexical, Gmail's, React) then enables Send and keeps the text.
// Text only: it is inserted as characters, never parsed as markup.

/** Inserts `text` at the caret (at the end when the caret is elsewhere). True when it took. */
export function insertIntoComposer(composer: HTMLElement, text: string): boolean {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    return insertIntoField(composer, text);
  }
  if (composer.isContentEditable || composer.getAttribute('contenteditable') !== null) {
    return insertIntoEditable(composer, text);
  }
  return false;
}

function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  field.focus();
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? field.value.length;
  const value = field.value.slice(0, start) + text + field.value.slice(end);
  // React tracks the value through the prototype's setter; setting `.value` directly is ignored.
  const prototype = Object.getPrototypeOf(field) as HTMLTextAreaElement | HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return field.value === value;
}

function insertIntoEditable(editor: HTMLElement, text: string): boolean {
  editor.focus();
  placeCaretInside(editor);
  const before = editor.textContent ?? '';
  // The browser's own editing command: it fires the input events editors listen to.
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)) {
    if ((editor.textContent ?? '') !== before) return true;
  }
  // Editors that handle beforeinput themselves (Lexical) cancel it and insert on their own.
  const beforeInput = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    inputType: 'insertText',
    data: text,
  });
  if (!editor.dispatchEvent(beforeInput)) return (editor.textContent ?? '') !== before;
  insertAtCaret(editor, text);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

function placeCaretInside(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const anchor = selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  if (anchor && editor.contains(anchor)) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function insertAtCaret(editor: HTMLElement, text: string): void {
  const selection = editor.ownerDocument.getSelection();
  const node = editor.ownerDocument.createTextNode(text);
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !editor.contains(range.startContainer)) {
    editor.append(node);
    return;
  }
  range.deleteContents();
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
}
