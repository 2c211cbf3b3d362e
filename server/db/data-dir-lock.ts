// PGlite is one process's database: a second process opening the same folder answers as if all
// were well, and its writes are gone after a restart. So the first opener claims the folder with
// a lock file holding its process id, and every later opener is refused while that process lives.
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'konuk-writer.pid';

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The PGlite data folder ${dataDir} is in use by another Konuk process (pid ${pid}), such as a ` +
        'running `npm run server` or `npm start`. PGlite allows one process per folder: stop that ' +
        'process first, or use PostgreSQL with DATABASE_URL. (A Konuk server that has finished ' +
        'starting runs `npm run konuk` commands itself; this one does not answer them yet.)',
    );
    this.name = 'DataDirInUse';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(path: string): Promise<number | null> {
  const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Claims `dataDir` for this process, or throws DataDirInUse. A lock left by a process that died
 * (kill -9, power cut) is taken over. Returns the release, for close.
 */
export async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return async () => {
        if ((await holderOf(path)) === process.pid) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(path);
    if (holder !== null && isAlive(holder)) throw new DataDirInUse(dataDir, holder);
    await rm(path, { force: true });
  }
  throw new Error(`Could not claim the PGlite data folder ${dataDir}; try again.`);
}
