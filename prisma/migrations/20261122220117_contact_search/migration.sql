-- Trigram search needs pg_trgm (PostgreSQL contrib; PGlite loads it as an extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Contact_userId_updatedAt_idx" ON "Contact"("userId", "updatedAt");

-- CreateIndex
CREATE INDEX "Contact_userId_lastContactedAt_idx" ON "Contact"("userId", "lastContactedAt");

-- CreateIndex
CREATE INDEX "Contact_searchText_idx" ON "Contact" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Note_body_idx" ON "Note" USING GIN ("body" gin_trgm_ops);

-- Contact."searchText" is kept by the database itself, so every writer (forms, imports, merges,
-- the seed) agrees: lower-cased names, company, address, emails, and phone digits (E.164 without
-- the "+", so "512-555-0123" typed as digits is a substring).
CREATE FUNCTION alt_contact_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(concat_ws(' ',
    NEW."firstName", NEW."lastName", NEW."company",
    NEW."street", NEW."city", NEW."region", NEW."postalCode",
    (SELECT string_agg(e."email", ' ') FROM "ContactEmail" e WHERE e."userId" = NEW."userId" AND e."contactId" = NEW."id"),
    (SELECT string_agg(regexp_replace(p."phone", '[^0-9]', '', 'g'), ' ') FROM "ContactPhone" p WHERE p."userId" = NEW."userId" AND p."contactId" = NEW."id")
  ));
  RETURN NEW;
END $$;

CREATE TRIGGER contact_search_text BEFORE INSERT OR UPDATE ON "Contact"
  FOR EACH ROW EXECUTE FUNCTION alt_contact_search_text();

-- A changed email or phone re-runs the trigger above on its contact.
CREATE FUNCTION alt_contact_channel_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_user text := COALESCE(NEW."userId", OLD."userId");
  row_contact text := COALESCE(NEW."contactId", OLD."contactId");
BEGIN
  UPDATE "Contact" SET "searchText" = '' WHERE "userId" = row_user AND "id" = row_contact;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_email_search AFTER INSERT OR UPDATE OR DELETE ON "ContactEmail"
  FOR EACH ROW EXECUTE FUNCTION alt_contact_channel_changed();
CREATE TRIGGER contact_phone_search AFTER INSERT OR UPDATE OR DELETE ON "ContactPhone"
  FOR EACH ROW EXECUTE FUNCTION alt_contact_channel_changed();

-- Existing contacts get their search text now.
UPDATE "Contact" SET "searchText" = '';
