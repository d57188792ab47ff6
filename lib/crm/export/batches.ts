// Keyset reading for exports: rows in ID order, a batch at a time, so no export is one giant query.

export const BATCH = 1_000;

/** Hands each batch to `take` (in order, waiting for it) until a batch comes back short. */
export async function forEachBatch<T extends { id: string }>(
  read: (after: string | null) => Promise<T[]>,
  take: (batch: T[]) => Promise<void> | void,
): Promise<void> {
  for (let after: string | null = null; ; ) {
    const batch = await read(after);
    if (batch.length > 0) await take(batch);
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

/** Every row, read batch by batch. */
export async function allRows<T extends { id: string }>(read: (after: string | null) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  await forEachBatch(read, (batch) => void rows.push(...batch));
  return rows;
}
