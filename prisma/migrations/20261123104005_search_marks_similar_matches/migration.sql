-- The search says which of its matches are only near spellings (typo matches), and lists every
-- match that contains what was typed (in the name, search text, phone digits or a note) before
-- them. The search box labels the near spellings; before, a caller had to repeat the matching
-- rules to tell them apart, and a note match could rank below a typo match.
DROP FUNCTION alt_search_contact_ids(text, text, text, text, text, boolean, integer);

CREATE FUNCTION alt_search_contact_ids(
  query text, name_prefix text, like_pattern text, digits_pattern text, exact_phone text, fuzzy boolean, max_rows integer
)
RETURNS TABLE (id text, typo_match boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.3
AS $$
DECLARE
  agent text := current_setting('app.user_id', true);
  -- Every key that starts with name_prefix sorts below name_prefix followed by the last code point.
  prefix_end text := name_prefix || chr(1114111);
  word_start text := substr(like_pattern, 2);
  by_name text[];
  named integer;
  substring_hits integer;
BEGIN
  IF exact_phone IS NOT NULL THEN
    RETURN QUERY
    SELECT c."id", false FROM "Contact" c
    WHERE c."userId" = agent
      AND c."id" IN (SELECT p."contactId" FROM "ContactPhone" p WHERE p."userId" = agent AND p."phone" = exact_phone)
    ORDER BY c."lastName", c."firstName", c."id"
    LIMIT max_rows;
    RETURN;
  END IF;

  SELECT array_agg(named_hits."id" ORDER BY named_hits.key COLLATE "C", named_hits."id") INTO by_name
  FROM (
    SELECT DISTINCT ON (hits."id") hits."id", hits.key FROM (
      (SELECT c."id", lower(c."firstName" || ' ' || c."lastName") AS key FROM "Contact" c
        WHERE c."userId" = agent
          AND lower(c."firstName" || ' ' || c."lastName") ~>=~ name_prefix
          AND lower(c."firstName" || ' ' || c."lastName") ~<~ prefix_end
        ORDER BY lower(c."firstName" || ' ' || c."lastName") USING ~<~ LIMIT max_rows)
      UNION ALL
      (SELECT c."id", lower(c."lastName" || ' ' || c."firstName") FROM "Contact" c
        WHERE c."userId" = agent
          AND lower(c."lastName" || ' ' || c."firstName") ~>=~ name_prefix
          AND lower(c."lastName" || ' ' || c."firstName") ~<~ prefix_end
        ORDER BY lower(c."lastName" || ' ' || c."firstName") USING ~<~ LIMIT max_rows)
    ) hits
    ORDER BY hits."id", hits.key COLLATE "C"
  ) named_hits;
  -- The two lists are each the first max_rows of their order, so their merge's first max_rows are
  -- exactly the first max_rows of all names by the key they matched on.
  by_name := by_name[1:max_rows];
  named := coalesce(array_length(by_name, 1), 0);
  RETURN QUERY SELECT unnest(by_name), false;
  IF named >= max_rows THEN
    RETURN;
  END IF;
  by_name := coalesce(by_name, '{}');

  -- The next two branches differ only in their LIKE conditions; they stay separate statements so
  -- that each cached plan uses the trigram index for its own pattern ("%jo%" cannot use it).
  IF char_length(query) < 3 THEN
    RETURN QUERY
    SELECT candidates."id", false FROM (
      SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c
      WHERE c."userId" = agent AND (c."searchText" LIKE word_start OR c."searchText" LIKE '% ' || word_start) LIMIT 300
    ) candidates
    WHERE candidates."id" <> ALL (by_name)
    ORDER BY word_similarity(query, candidates."searchText") DESC, candidates."lastName", candidates."firstName", candidates."id"
    LIMIT max_rows - named;
    RETURN;
  END IF;
  SELECT count(*) INTO substring_hits FROM (
    SELECT 1 FROM "Contact" c WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT max_rows
  ) hits;
  IF substring_hits >= max_rows THEN
    RETURN QUERY
    SELECT candidates."id", false FROM (
      SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT 300
    ) candidates
    WHERE candidates."id" <> ALL (by_name)
    ORDER BY word_similarity(query, candidates."searchText") DESC, candidates."lastName", candidates."firstName", candidates."id"
    LIMIT max_rows - named;
    RETURN;
  END IF;
  RETURN QUERY
  WITH candidates AS (
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false AS typo_match FROM "Contact" c
      WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT 300)
    UNION ALL
    (SELECT c."id", c."searchText", c."lastName", c."firstName", NOT (c."searchText" LIKE like_pattern) FROM "Contact" c
      WHERE fuzzy AND c."userId" = agent AND query <% c."searchText" LIMIT 300)
    UNION ALL
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false FROM "Contact" c
      WHERE digits_pattern IS NOT NULL AND c."userId" = agent AND c."searchText" LIKE digits_pattern LIMIT 300)
    UNION ALL
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false FROM "Note" n JOIN "Contact" c ON c."userId" = n."userId" AND c."id" = n."contactId"
      WHERE n."userId" = agent AND n."body" ILIKE like_pattern LIMIT 300)
  ),
  -- A contact found several ways is exact if any way was.
  merged AS (
    SELECT candidates."id", candidates."searchText", candidates."lastName", candidates."firstName", bool_and(candidates.typo_match) AS typo_match
    FROM candidates GROUP BY 1, 2, 3, 4
  )
  SELECT merged."id", merged.typo_match FROM merged
  WHERE merged."id" <> ALL (by_name)
  ORDER BY merged.typo_match, (merged."searchText" LIKE like_pattern) DESC, word_similarity(query, merged."searchText") DESC,
    merged."lastName", merged."firstName", merged."id"
  LIMIT max_rows - named;
END $$;

REVOKE ALL ON FUNCTION alt_search_contact_ids(text, text, text, text, text, boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION alt_search_contact_ids(text, text, text, text, text, boolean, integer) TO alt_tenant;
