-- DropIndex
DROP INDEX "Contact_userId_nextFollowUpAt_idx";

-- CreateIndex
CREATE INDEX "Contact_userId_nextFollowUpAt_stage_idx" ON "Contact"("userId", "nextFollowUpAt", "stage");

-- CreateIndex
CREATE INDEX "Contact_userId_stage_priceMax_priceMin_idx" ON "Contact"("userId", "stage", "priceMax", "priceMin");
