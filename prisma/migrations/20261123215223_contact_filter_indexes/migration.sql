-- CreateIndex
CREATE INDEX "Contact_userId_source_idx" ON "Contact"("userId", "source");

-- CreateIndex
CREATE INDEX "Contact_userId_intent_idx" ON "Contact"("userId", "intent");
