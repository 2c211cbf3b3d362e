// Re-renders a component with each value a page-store watch delivers, and stops the watch when
// the component goes away or its inputs change.
import { useEffect, useState } from 'preact/hooks';
import type { Watch } from './page-store.ts';

export function useWatched<T>(watch: Watch<T> | null, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => (watch ? watch(setValue) : undefined), deps);
  return value;
}
