-- DropIndex
DROP INDEX "Contact_userId_stage_idx";

-- CreateIndex
CREATE INDEX "Contact_userId_stage_updatedAt_id_idx" ON "Contact"("userId", "stage", "updatedAt" DESC, "id");
