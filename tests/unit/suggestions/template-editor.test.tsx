import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { TemplateEditor } from '../../../components/template-editor.tsx';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  startHarness,
  type Harness,
} from '../background/background-kit.ts';
import { click, englishMessage, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';
import type { Role } from '../../../shared/taxonomy.ts';
import { FakeTemplatesApi } from './fake-templates-api.ts';

let h: Harness;
let api: FakeTemplatesApi;
let root: HTMLElement;

/** The editor as a coordinator sees it (the hotel's templates are theirs to change), or another role. */
async function openEditor(configured = true, role: Role = 'coordinator'): Promise<void> {
  api.role = role;
  h = await startHarness({ configured, api });
  root = await renderPage(<TemplateEditor />);
  await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;
  // The page talks to the real background router, as the options page does.
  fakeBrowser.runtime.sendMessage = ((message: unknown) => dispatch(message, extensionPageSender())) as never;
  api = new FakeTemplatesApi();
});
afterEach(async () => {
  await unmount(root);
  await h.stop();
});

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="template-row"]')];
const myRows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="my-template-row"]')];
const row = (id: string) => root.querySelector<HTMLElement>(`[data-template-id="${id}"]`);
const field = <T extends Element>(testId: string) => root.querySelector<T>(`[data-testid="${testId}"]`)!;
async function result(): Promise<string> {
  await vi.waitFor(() => expect(field('templates-result')).not.toBeNull());
  return field('templates-result').textContent!;
}
/** The line a change ends with, once it says `expected` (an earlier change's line may still show). */
async function resultBecomes(expected: string): Promise<void> {
  await vi.waitFor(() => expect(field('templates-result')?.textContent).toBe(expected));
}
async function select(testId: string, value: string): Promise<void> {
  await act(() => {
    const element = field<HTMLSelectElement>(testId);
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the options page’s reply templates', () => {
  it("lists the hotel's templates, filtered by language", async () => {
    await openEditor();
    expect(rows()).toHaveLength(api.templates.size);
    await select('templates-language', 'tr');
    expect(rows().every((r) => r.dataset.templateId!.startsWith('tr-'))).toBe(true);
    expect(rows().length).toBeGreaterThan(0);
  });

  it('changes a template through the API', async () => {
    await openEditor();
    await click(row('en-acknowledgement')!.querySelector('[data-testid="template-edit"]')!);
    await type(field('template-title'), 'First reply (record number)');
    await click(field('template-save'));
    expect(await result()).toBe(englishMessage('templates_saved'));
    expect(api.templates.get('en-acknowledgement')?.title).toBe('First reply (record number)');
    expect(row('en-acknowledgement')!.textContent).toContain('First reply (record number)');
  });

  it('adds a template with its targeting, and the panel is offered it', async () => {
    await openEditor();
    await click(field('template-add'));
    await type(field('template-title'), 'Spa opening hours');
    await select('template-language', 'de');
    await click(root.querySelector('[data-testid="template-topics"] input[value="question"]')!);
    await type(
      field('template-body'),
      'Liebe/r {{guest_name}}, unser Spa ist täglich von 9 bis 20 Uhr geöffnet.',
    );
    await click(field('template-save'));
    expect(await result()).toBe(englishMessage('templates_saved'));
    const added = [...api.templates.values()].find((tpl) => tpl.title === 'Spa opening hours')!;
    expect(added).toMatchObject({ language: 'de', kind: 'acknowledgement', topics: ['question'] });
    expect(added.id).toMatch(/^de-acknowledgement-[a-z0-9]{4}$/);
    const panel = await dispatch({ type: 'konuk/templates' }, contentScriptSender());
    expect(panel.templates.some((tpl: { id: string }) => tpl.id === added.id)).toBe(true);
  });

  it('says what to fix in a broken template and sends nothing', async () => {
    await openEditor();
    const calls = api.templateCalls.length;
    await click(field('template-add'));
    await type(field('template-title'), 'Broken');
    await type(field('template-body'), 'Dear {{Guest Name}}');
    await click(field('template-save'));
    expect(field('template-problem').textContent).toContain('body');
    expect(api.templateCalls).toHaveLength(calls);
  });

  it('deletes a template only after a second click', async () => {
    await openEditor();
    const remove = () => row('en-refund')!.querySelector<HTMLElement>('[data-testid="template-delete"]')!;
    await click(remove());
    expect(api.templates.has('en-refund')).toBe(true);
    expect(remove().textContent).toBe(englishMessage('templates_delete_confirm'));
    await click(remove());
    expect(await result()).toBe(englishMessage('templates_deleted'));
    expect(api.templates.has('en-refund')).toBe(false);
    expect(row('en-refund')).toBeNull();
  });

  it('tells the agent when the server is down, and keeps the template', async () => {
    await openEditor();
    api.mode = 'down';
    await click(row('en-refund')!.querySelector('[data-testid="template-delete"]')!);
    await click(row('en-refund')!.querySelector('[data-testid="template-delete"]')!);
    expect(await result()).toBe(
      englishMessage('templates_change_failed', englishMessage('error_unreachable')),
    );
    expect(row('en-refund')).not.toBeNull();
  });

  it('shows the starter templates read-only while Konuk is not connected', async () => {
    await openEditor(false);
    expect(field('templates-starter')).not.toBeNull();
    expect(root.querySelector('[data-testid="template-edit"]')).toBeNull();
    expect(root.querySelector('[data-testid="template-add"]')).toBeNull();
  });

  it('shows a frontline agent the hotel’s templates read-only, with a copy to make their own', async () => {
    await openEditor(true, 'frontline');
    expect(rows()).toHaveLength(api.templates.size);
    expect(field('templates-hotel-readonly').textContent).toBe(englishMessage('templates_hotel_readonly'));
    expect(root.querySelector('[data-testid="template-add"]')).toBeNull();
    expect(root.querySelector('[data-testid="template-edit"]')).toBeNull();
    expect(root.querySelector('[data-testid="template-delete"]')).toBeNull();

    const hotelBefore = new Map(api.templates);
    await click(row('en-acknowledgement')!.querySelector('[data-testid="template-copy"]')!);
    expect(field<HTMLInputElement>('template-title').value).toBe(
      englishMessage('templates_copy_title', 'First reply with the record number'),
    );
    await type(field('template-body'), 'Hi {{guest_name}}, Ayşe here: I am on it ({{record_number}}).');
    await click(field('template-save'));
    expect(await result()).toBe(englishMessage('templates_saved'));

    const [mine] = [...api.personal.values()];
    expect(mine!.id).toMatch(/^my-en-acknowledgement-[a-z0-9]{4}$/);
    expect(mine!.body).toBe('Hi {{guest_name}}, Ayşe here: I am on it ({{record_number}}).');
    expect(api.templates).toEqual(hotelBefore);
    expect(myRows().map((r) => r.dataset.templateId)).toEqual([mine!.id]);
    // The panel offers it too, after the hotel's own, marked as the agent's.
    const panel = await dispatch({ type: 'konuk/templates' }, contentScriptSender());
    expect(panel.templates.at(-1)).toMatchObject({ id: mine!.id, personal: true });
    expect(panel.templates.filter((tpl: { personal?: boolean }) => tpl.personal)).toHaveLength(1);
  });

  it('lets any agent add, change and delete templates of their own', async () => {
    await openEditor(true, 'frontline');
    expect(field('my-templates').textContent).toContain(englishMessage('templates_mine_empty'));
    await click(field('my-template-add'));
    await type(field('template-title'), 'Pool towels');
    await type(field('template-body'), 'Dear {{guest_name}}, pool towels are at the spa desk.');
    await click(field('template-save'));
    expect(await result()).toBe(englishMessage('templates_saved'));
    const id = [...api.personal.keys()][0]!;
    expect(id).toMatch(/^my-en-acknowledgement-/);

    await click(myRows()[0]!.querySelector('[data-testid="my-template-edit"]')!);
    await type(field('template-title'), 'Pool and beach towels');
    await click(field('template-save'));
    await vi.waitFor(() => expect(myRows()[0]!.textContent).toContain('Pool and beach towels'));
    expect(api.personal.get(id)?.title).toBe('Pool and beach towels');

    const remove = () => myRows()[0]!.querySelector<HTMLElement>('[data-testid="my-template-delete"]')!;
    await click(remove());
    expect(remove().textContent).toBe(englishMessage('templates_mine_delete_confirm'));
    await click(remove());
    await resultBecomes(englishMessage('templates_deleted'));
    expect(api.personal.size).toBe(0);
    expect(myRows()).toHaveLength(0);
    expect(rows()).toHaveLength(api.templates.size);
  });
});
