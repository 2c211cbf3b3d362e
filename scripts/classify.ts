// `npm run -s classify`: classifies JSON lines from stdin ({"text", "channel", "sentAt"?, "stay"?})
// and writes one JSON line per input line, in order. A bad line gets {"error": "..."} and the
// rest go on; blank lines are skipped. Errors name the problem, never the guest's text.
import { createInterface } from 'node:readline';
import { classifyMessage } from '../shared/classification/classify-message.ts';
import { ClassifyInput } from '../shared/classification/classification-schema.ts';

function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'line'}: ${i.message}`).join('; ');
}

function classifyLine(line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  const input = ClassifyInput.safeParse(json);
  if (!input.success) return JSON.stringify({ error: describeIssues(input.error) });
  const { language, topic, stage, priority, escalation, replyOwed, confidence } = classifyMessage(input.data);
  return JSON.stringify({ language, topic, stage, priority, escalation, replyOwed, confidence });
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(classifyLine(line) + '\n');
}
