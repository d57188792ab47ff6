-- One- and two-character searches (the box asks from the first keystroke) match the start of a
-- word: "jo" finds Jones and Joanna, not every "major". Trigrams need three characters, so
-- before this such a term could use no index: "%jo%" read all of an agent's contacts and notes
-- (400 ms at 100,000 contacts and 1,000,000 notes). A word-start pattern ("jo%", "% jo%") has
-- trigrams at the word's edge and uses the per-agent index (0.4 ms). Typo matching and note
-- text need longer terms and are skipped for short ones.
CREATE OR REPLACE FUNCTION alt_search_contact_ids(query text, like_pattern text, digits_pattern text, fuzzy boolean, max_rows integer)
RETURNS TABLE (id text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.3
AS $$
DECLARE
  agent text := current_setting('app.user_id', true);
  -- like_pattern is '%<escaped term>%'; its word-start forms are '<escaped term>%' and '% <escaped term>%'.
  word_start text := substr(like_pattern, 2);
  substring_hits integer;
BEGIN
  IF char_length(query) < 3 THEN
    RETURN QUERY
    SELECT candidates."id" FROM (
      SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c
      WHERE c."userId" = agent AND (c."searchText" LIKE word_start OR c."searchText" LIKE '% ' || word_start) LIMIT 300
    ) candidates
    ORDER BY word_similarity(query, candidates."searchText") DESC, candidates."lastName", candidates."firstName", candidates."id"
    LIMIT max_rows;
    RETURN;
  END IF;
  SELECT count(*) INTO substring_hits FROM (
    SELECT 1 FROM "Contact" c WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT max_rows
  ) hits;
  IF substring_hits >= max_rows THEN
    RETURN QUERY
    SELECT candidates."id" FROM (
      SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT 300
    ) candidates
    ORDER BY word_similarity(query, candidates."searchText") DESC, candidates."lastName", candidates."firstName", candidates."id"
    LIMIT max_rows;
    RETURN;
  END IF;
  RETURN QUERY
  WITH candidates AS (
    (SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT 300)
    UNION
    (SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c WHERE fuzzy AND c."userId" = agent AND query <% c."searchText" LIMIT 300)
    UNION
    (SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Contact" c WHERE digits_pattern IS NOT NULL AND c."userId" = agent AND c."searchText" LIKE digits_pattern LIMIT 300)
    UNION
    (SELECT c."id", c."searchText", c."lastName", c."firstName" FROM "Note" n JOIN "Contact" c ON c."userId" = n."userId" AND c."id" = n."contactId"
      WHERE n."userId" = agent AND n."body" ILIKE like_pattern LIMIT 300)
  )
  SELECT candidates."id" FROM candidates
  ORDER BY (candidates."searchText" LIKE like_pattern) DESC, word_similarity(query, candidates."searchText") DESC,
    candidates."lastName", candidates."firstName", candidates."id"
  LIMIT max_rows;
END $$;
