// A regular expression kept as data in a selector pack: validated when the pack is parsed, so a
// broken pattern is refused with the pack instead of throwing while a page is read.
import { z } from 'zod';

export const RegexSource = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a regular expression');
