-- The timeline is read newest first with ties broken by ID. With the ID in the index, the index
-- gives that whole order: a page reads its 51 rows along it, even under a plan made without the
-- contact's ID (a reused, generic plan), instead of sorting a 2,000-item timeline each time.
-- DropIndex
DROP INDEX "Activity_userId_contactId_occurredAt_idx";

-- CreateIndex
CREATE INDEX "Activity_userId_contactId_occurredAt_id_idx" ON "Activity"("userId", "contactId", "occurredAt" DESC, "id" DESC);
