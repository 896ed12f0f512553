import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * Removes upload files nobody imported: a wizard left half-way, a report never acted on, a run
 * that failed. After `keepHours` without progress the file is deleted and the import marked
 * expired, so the upload folder does not fill the disk. Upkeep for every org at once, not a
 * request of one; completed imports already removed their file when they finished.
 */
export const sweepStaleUploads = async (db: Db, clock: Clock, keepHours: number): Promise<number> => {
  const cutoff = new Date(clock.now().getTime() - keepHours * 3_600_000);
  const expired = await queryRows<{ stored_path: string }>(
    db,
    sql`update imports
        set status = 'expired', finished_at = ${clock.now()},
            message = ${`The upload was removed after ${keepHours} hours without an import; upload the file again.`}
        where status not in ('completed', 'expired')
          and greatest(created_at, progress_at, finished_at) < ${cutoff}
        returning stored_path`,
  );
  // The rows say expired first: a file that fails to go is only disk, never an import of half a file.
  await Promise.all(expired.map((row) => rm(row.stored_path, { force: true })));
  return expired.length;
};
