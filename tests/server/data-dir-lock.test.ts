// One writer per PGlite data folder: a second opener (another API process, or the CLI beside a
// running server) is refused with a message saying what to do, instead of answering 200 to
// writes that are gone after a restart.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../server/db/data-dir-lock.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { createHotel } from '../../server/repositories/tenant-repository.ts';

const folders: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'konuk-pglite-'));
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('one writer per PGlite data folder', () => {
  it('refuses a second opener while the first is open, and lets it in once the first closed', async () => {
    const dir = await dataDir();
    const first = await openDatabase({ dataDir: dir });
    await createHotel(first, { name: 'Hotel Belek' });

    const second = openDatabase({ dataDir: dir });
    await expect(second).rejects.toThrow(`in use by another Konuk process (pid ${process.pid})`);
    await expect(second).rejects.toThrow('stop that process first');

    await first.close();
    const reopened = await openDatabase({ dataDir: dir });
    const rows = await reopened.query<{ name: string }>('select name from hotels');
    expect(rows.map((row) => row.name)).toEqual(['Hotel Belek']);
    await reopened.close();
  }, 120_000);

  it('takes over the lock of a process that died without closing (kill -9)', async () => {
    const dir = await dataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    await writeFile(join(dir, LOCK_FILE), String(gone));

    const db = await openDatabase({ dataDir: dir });
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
    await db.close();
  }, 120_000);
});
