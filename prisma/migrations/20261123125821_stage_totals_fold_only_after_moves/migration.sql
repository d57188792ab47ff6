-- Every update of a contact fires the stage-totals trigger (transition tables cannot be limited to
-- some columns), and most updates move nothing: search text refreshes, notes, follow-up dates.
-- Those no longer look at the agent's totals to decide whether to fold them.
CREATE OR REPLACE FUNCTION alt_contacts_counted_again() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved_rows integer;
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
  GET DIAGNOSTICS moved_rows = ROW_COUNT;
  IF moved_rows > 0 THEN
    PERFORM alt_fold_stage_totals(ARRAY(SELECT DISTINCT a."userId" FROM added_rows a));
  END IF;
  RETURN NULL;
END $$;
