// An adapter runs inside someone else's page, which can be in any state; a reading failure must
// cost one message, never the capture loop.

export function neverThrows<A extends unknown[], R>(read: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return read(...args);
    } catch {
      return fallback;
    }
  };
}
