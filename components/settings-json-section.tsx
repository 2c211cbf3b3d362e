// A settings section edited as structured text (the SLA targets with business hours, holidays
// and time zone; the escalation ladders): checked with the same schema the API uses before it
// is sent, so a mistake is named here, field by field, and nothing is changed.
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { t } from './i18n.ts';

export function JsonSection<T>({
  name,
  value,
  schema,
  busy,
  onSave,
}: {
  name: string;
  value: T;
  schema: z.ZodType<T>;
  busy: boolean;
  onSave(value: T): void;
}) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(JSON.stringify(value, null, 2)), [value]);

  function save(event: Event) {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblem(t('settings_not_json'));
      return;
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success) {
      setProblem(
        checked.error.issues.map((issue) => `${issue.path.join('.') || name}: ${issue.message}`).join('; '),
      );
      return;
    }
    setProblem(null);
    onSave(checked.data);
  }

  return (
    <form data-testid={`settings-${name}`} onSubmit={save}>
      <textarea
        data-testid={`settings-${name}-text`}
        rows={12}
        spellcheck={false}
        value={text}
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
      />
      {problem ? (
        <p class="error" role="alert" data-testid={`settings-${name}-problem`}>
          {problem}
        </p>
      ) : null}
      <button type="submit" data-testid={`settings-${name}-save`} disabled={busy}>
        {t('settings_save')}
      </button>
    </form>
  );
}
