// Proves that no unit test depends on the machine's date, clock or time zone: runs the
// date-sensitive unit tests again with the process clock moved (Debian's faketime) to days that
// have broken date code before, each in another time zone:
//   - a day from the 1st to the 12th, where day and month can be swapped (01.12 vs 12.01),
//   - the 13th, the first day they cannot,
//   - 29 February,
//   - a daylight-saving change day, seconds before the clocks change,
// under Europe/Istanbul (the hotels' default), America/New_York, Europe/Berlin and Asia/Kolkata
// (a half-hour offset). The clock runs from the faked start, so timers behave normally.
import { spawnSync } from 'node:child_process';

const DATE_SENSITIVE_TESTS = [
  'tests/unit/content-scripts',
  'tests/unit/adapters',
  'tests/unit/suggestions',
  'tests/unit/classification',
  'tests/unit/components',
  'tests/unit/templates',
  'tests/unit/side-panel',
  'tests/unit/sla-',
];

const RUNS: ReadonlyArray<{ at: string; timeZone: string; why: string }> = [
  { at: '2026-12-01 09:30:00', timeZone: 'America/New_York', why: 'day 1 of a month, en-US order' },
  { at: '2027-01-13 23:45:00', timeZone: 'Europe/Istanbul', why: 'the 13th, late evening' },
  { at: '2028-02-29 12:00:00', timeZone: 'Asia/Kolkata', why: '29 February, half-hour offset' },
  { at: '2027-03-28 01:59:30', timeZone: 'Europe/Berlin', why: 'EU clocks go forward at 02:00' },
];

function hasFaketime(): boolean {
  return spawnSync('faketime', ['-f', '+0', 'true']).status === 0;
}

if (!hasFaketime()) {
  console.error('test:dates needs faketime (Debian: apt-get install faketime); .ci/run installs it.');
  process.exit(1);
}

let failed = 0;
for (const run of RUNS) {
  console.log(`\n== unit tests at ${run.at} ${run.timeZone} (${run.why})`);
  const result = spawnSync(
    'faketime',
    ['-f', `@${run.at}`, 'npx', 'vitest', 'run', '--project', 'unit', ...DATE_SENSITIVE_TESTS],
    {
      stdio: 'inherit',
      env: { ...process.env, TZ: run.timeZone, FAKETIME_DONT_FAKE_MONOTONIC: '1' },
    },
  );
  if (result.status !== 0) {
    failed += 1;
    console.error(`== FAILED at ${run.at} ${run.timeZone}`);
  }
}
console.log(`\ndates: ${RUNS.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
