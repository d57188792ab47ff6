// Embedded PostgreSQL (PGlite, WebAssembly) for zero-setup development and fast tests.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * Extensions the migrations create (trigram search; btree_gin for per-agent trigram indexes),
 * loaded into every PGlite instance.
 */
export const PGLITE_EXTENSIONS = { btree_gin, pg_trgm };

/**
 * Opens PGlite persisted in `dataDir`, or in memory when `dataDir` is undefined, with the
 * extensions the migrations create, so the same migrations run here and on PostgreSQL.
 */
export async function openPGlite(dataDir?: string): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  return db;
}
