-- DropIndex
DROP INDEX "Contact_userId_lastContactedAt_idx";

-- DropIndex
DROP INDEX "Contact_userId_nextFollowUpAt_stage_idx";

-- CreateIndex
CREATE INDEX "Contact_userId_nextFollowUpAt_id_stage_idx" ON "Contact"("userId", "nextFollowUpAt", "id", "stage");

-- The last-contacted sort (newest first, never-contacted last, then by ID) in the index's own order,
-- so a page is an index range instead of a sort of every contact the agent has. SQL-managed: the
-- schema language cannot place NULLs (lib/db/migrations/sql-managed-indexes.ts).
CREATE INDEX "Contact_userId_lastContactedAt_id_idx" ON "Contact" ("userId", "lastContactedAt" DESC NULLS LAST, "id");
