-- The contact list's default order is last name, first name, then ID. With the ID in the index,
-- the index gives that whole order: the first page of all contacts by name is 51 index entries
-- for any agent, even under a plan made without the agent's ID (a reused, generic plan), instead
-- of an incremental sort.
-- DropIndex
DROP INDEX "Contact_userId_lastName_firstName_idx";

-- CreateIndex
CREATE INDEX "Contact_userId_lastName_firstName_id_idx" ON "Contact"("userId", "lastName", "firstName", "id");
