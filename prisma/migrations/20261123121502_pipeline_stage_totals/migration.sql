-- CreateTable
CREATE TABLE "ContactStageTotal" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "userId" TEXT NOT NULL,
    "stage" "PipelineStage" NOT NULL,
    "count" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ContactStageTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactStageTotal_userId_stage_idx" ON "ContactStageTotal"("userId", "stage");

-- AddForeignKey
ALTER TABLE "ContactStageTotal" ADD CONSTRAINT "ContactStageTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactStageTotal" TO alt_tenant;
ALTER TABLE "ContactStageTotal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactStageTotal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactStageTotal"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- A contact's worth in the pipeline: the top of its price range, or its floor when that is all we know.
CREATE FUNCTION alt_pipeline_value("priceMax" integer, "priceMin" integer) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT COALESCE("priceMax", "priceMin", 0)::double precision $$;

-- Folds the agents' rows into one per stage once an agent has more than 64. Rows that another
-- transaction is folding, or has appended and not committed, are skipped rather than waited for,
-- so a long import and the agent's own edits never block each other here.
CREATE FUNCTION alt_fold_stage_totals(owners text[]) RETURNS void LANGUAGE sql AS $$
  WITH crowded AS (
    SELECT t."userId" FROM "ContactStageTotal" t WHERE t."userId" = ANY (owners) GROUP BY t."userId" HAVING count(*) > 64
  ),
  folded AS (
    DELETE FROM "ContactStageTotal" t
    WHERE t.id IN (SELECT f.id FROM "ContactStageTotal" f WHERE f."userId" IN (SELECT crowded."userId" FROM crowded) FOR UPDATE SKIP LOCKED)
    RETURNING t."userId", t.stage, t.count, t.value
  )
  INSERT INTO "ContactStageTotal" ("userId", stage, count, value)
  SELECT folded."userId", folded.stage, sum(folded.count), sum(folded.value) FROM folded
  GROUP BY folded."userId", folded.stage HAVING sum(folded.count) <> 0 OR sum(folded.value) <> 0
$$;

-- Once per statement, from its transition tables: added contacts count in, removed ones count out,
-- and an update moves only the contacts whose stage or price range changed.
CREATE FUNCTION alt_contacts_counted_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ContactStageTotal" ("userId", stage, count, value)
  SELECT a."userId", a.stage, count(*), sum(alt_pipeline_value(a."priceMax", a."priceMin")) FROM added_rows a GROUP BY a."userId", a.stage;
  PERFORM alt_fold_stage_totals(ARRAY(SELECT DISTINCT a."userId" FROM added_rows a));
  RETURN NULL;
END $$;

CREATE FUNCTION alt_contacts_counted_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ContactStageTotal" ("userId", stage, count, value)
  SELECT r."userId", r.stage, -count(*), -sum(alt_pipeline_value(r."priceMax", r."priceMin")) FROM removed_rows r GROUP BY r."userId", r.stage;
  PERFORM alt_fold_stage_totals(ARRAY(SELECT DISTINCT r."userId" FROM removed_rows r));
  RETURN NULL;
END $$;

CREATE FUNCTION alt_contacts_counted_again() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ContactStageTotal" ("userId", stage, count, value)
  SELECT moved."userId", moved.stage, sum(moved.count), sum(moved.value) FROM (
    SELECT r."userId", r.stage, -1 AS count, -alt_pipeline_value(r."priceMax", r."priceMin") AS value
    FROM removed_rows r JOIN added_rows a ON a.id = r.id
    WHERE (a."userId", a.stage, a."priceMax", a."priceMin") IS DISTINCT FROM (r."userId", r.stage, r."priceMax", r."priceMin")
    UNION ALL
    SELECT a."userId", a.stage, 1, alt_pipeline_value(a."priceMax", a."priceMin")
    FROM added_rows a JOIN removed_rows r ON r.id = a.id
    WHERE (a."userId", a.stage, a."priceMax", a."priceMin") IS DISTINCT FROM (r."userId", r.stage, r."priceMax", r."priceMin")
  ) moved
  GROUP BY moved."userId", moved.stage HAVING sum(moved.count) <> 0 OR sum(moved.value) <> 0;
  PERFORM alt_fold_stage_totals(ARRAY(SELECT DISTINCT a."userId" FROM added_rows a));
  RETURN NULL;
END $$;

CREATE TRIGGER contact_stage_totals_insert AFTER INSERT ON "Contact"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contacts_counted_in();
CREATE TRIGGER contact_stage_totals_update AFTER UPDATE ON "Contact"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contacts_counted_again();
CREATE TRIGGER contact_stage_totals_delete AFTER DELETE ON "Contact"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contacts_counted_out();

-- The contacts already there (as system work: row-level security is forced on Contact).
SELECT set_config('app.rls_bypass', 'on', true);
INSERT INTO "ContactStageTotal" ("userId", stage, count, value)
SELECT c."userId", c.stage, count(*), sum(alt_pipeline_value(c."priceMax", c."priceMin")) FROM "Contact" c GROUP BY c."userId", c.stage;
SELECT set_config('app.rls_bypass', '', true);
