import { afterAll, inject } from "vitest";
import { holder } from "../../lib/db/holder";
import { createTestDatabase, type TestDatabase } from "../../lib/db/testing/test-database";

/**
 * A fresh, migrated database for the calling test file (PGlite, or PostgreSQL when
 * TEST_DATABASE_URL is set), closed and discarded after the file's tests.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
    templateFile: inject("templateFile"),
  });
  afterAll(() => db.close());
  return db;
}

/** Makes the app's lib/db entry points (withTenantDb, getAccountsDb, …) use this test database. */
export async function installTestDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase();
  holder.__altDatabase = Promise.resolve(db);
  return db;
}
