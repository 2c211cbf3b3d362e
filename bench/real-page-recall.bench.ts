// Recall and field accuracy of every adapter on the real page captures in ../shared/real-pages,
// reported apart from bench/adapter-recall (our own dated fixtures), so the two are never
// confused: passing our fixtures says the adapters read what we wrote; this says how they read
// what the platforms really serve. Same harness as tests/unit/adapters/real-pages.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLATFORMS } from '../content-scripts/platforms.ts';
import {
  listRealPages,
  readRealPage,
  type RealPageResult,
} from '../tests/unit/adapters/real-page-harness.ts';

interface PlatformTally {
  pages: string[];
  expected: number;
  found: number;
  phantoms: number;
  doubles: number;
  unstableIds: number;
  scored: number;
  wrong: number;
  wrongFields: Record<string, number>;
}

const percent = (part: number, of: number) => (of === 0 ? null : Math.round((part / of) * 1000) / 10);

export async function run(): Promise<void> {
  const tallies = new Map<string, PlatformTally>();
  for (const page of listRealPages()) {
    const platform = PLATFORMS.find((p) => p.id === page.adapter);
    if (!platform) throw new Error(`no platform ${page.adapter} in content-scripts/platforms.ts`);
    const result: RealPageResult = await readRealPage(page, (await platform.loadAdapter())());
    const tally =
      tallies.get(page.platform) ??
      ({
        pages: [],
        expected: 0,
        found: 0,
        phantoms: 0,
        doubles: 0,
        unstableIds: 0,
        scored: 0,
        wrong: 0,
        wrongFields: {},
      } as PlatformTally);
    tallies.set(page.platform, tally);
    tally.pages.push(page.file);
    tally.expected += result.expected;
    tally.found += result.found;
    tally.phantoms += result.phantoms.length;
    tally.doubles += result.doubles.length;
    tally.unstableIds += result.unstableIds;
    tally.scored += result.scored;
    tally.wrong += result.misses.length;
    for (const miss of result.misses)
      tally.wrongFields[miss.field] = (tally.wrongFields[miss.field] ?? 0) + 1;
  }
  const platforms = [...tallies].map(([platform, t]) => ({
    platform,
    pages: t.pages,
    messages: t.expected,
    recallPercent: percent(t.found, t.expected),
    phantoms: t.phantoms,
    doubles: t.doubles,
    unstableIds: t.unstableIds,
    fieldAccuracyPercent: percent(t.scored - t.wrong, t.scored),
    fieldsScored: t.scored,
    wrongFields: t.wrongFields,
  }));
  console.log(
    `${'real captures'.padEnd(14)}${'msgs'.padStart(6)}${'recall'.padStart(9)}${'phantom'.padStart(9)}${'fields'.padStart(9)}`,
  );
  for (const p of platforms) {
    console.log(
      `${p.platform.padEnd(14)}${String(p.messages).padStart(6)}${`${p.recallPercent ?? '—'}%`.padStart(9)}` +
        `${String(p.phantoms + p.doubles).padStart(9)}${`${p.fieldAccuracyPercent ?? '—'}%`.padStart(9)}` +
        (Object.keys(p.wrongFields).length ? `  wrong: ${JSON.stringify(p.wrongFields)}` : ''),
    );
  }
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, 'results/real-page-recall.json'),
    `${JSON.stringify(
      {
        bench: 'real-page-recall',
        description:
          'per platform, over the real page captures in ../shared/real-pages (not our fixtures): expected ' +
          'messages read, phantoms and doubles, ids unstable across two loads, and the share of fields ' +
          "the capture's expect.json knows that were read exactly",
        platforms,
        measuredAt: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
}
