import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function runCli(stdin: string): { lines: unknown[]; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts'], {
    cwd: process.cwd(),
    input: stdin,
    encoding: 'utf8',
  });
  return {
    lines: result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown),
    status: result.status,
  };
}

describe('npm run classify', () => {
  it('writes one line per input line, in order, and an error line for a bad one', () => {
    const input = [
      JSON.stringify({ text: 'Rezervasyonumu iptal etmek istiyorum', channel: 'whatsapp' }),
      'this is not json',
      JSON.stringify({ text: 'AC broken', channel: 'fax' }),
      '',
      JSON.stringify({
        text: 'I left my charger in the room',
        channel: 'email',
        sentAt: '2026-07-13T12:00:00+03:00',
        stay: { checkIn: '2026-07-04', checkOut: '2026-07-11' },
      }),
    ].join('\n');
    const { lines, status } = runCli(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      language: 'tr',
      topic: 'cancellation',
      stage: 'pre_stay',
      priority: 'normal',
      escalation: [],
      replyOwed: true,
      confidence: expect.any(Number),
    });
    expect(lines[1]).toEqual({ error: 'not valid JSON' });
    expect(lines[2]).toEqual({ error: expect.stringContaining('channel') });
    expect(lines[3]).toMatchObject({ language: 'en', topic: 'lost_item', stage: 'post_stay' });
  });

  it('says a thank-you owes no reply and a thank-you with a question does', () => {
    const { lines } = runCli(
      [
        JSON.stringify({ text: 'Thanks a lot! 🙏', channel: 'whatsapp' }),
        JSON.stringify({ text: 'thanks, and is the spa open Sunday?', channel: 'whatsapp' }),
      ].join('\n'),
    );
    expect(lines).toMatchObject([{ replyOwed: false }, { replyOwed: true }]);
  });

  it('never repeats the guest text in an error', () => {
    const { lines } = runCli('{"text": "secret guest words", "channel": 42}\n{"text": secret}\n');
    for (const line of lines) expect(JSON.stringify(line)).not.toContain('secret');
  });
});
