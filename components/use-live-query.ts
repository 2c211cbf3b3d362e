// Re-renders a component whenever the Dexie rows a query read change, in this page or in
// another extension context (Dexie propagates writes between them).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) =>
        console.error('Konuk query failed', error instanceof Error ? error.name : error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
