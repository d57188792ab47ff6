-- CreateTable
CREATE TABLE "ContactNameWord" (
    "userId" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "ContactNameWord_pkey" PRIMARY KEY ("userId","word")
);

-- AddForeignKey
ALTER TABLE "ContactNameWord" ADD CONSTRAINT "ContactNameWord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The vocabulary of names typo matching starts from (see ContactNameWord in schema.prisma).
-- A name part's word: lower case, as the name keys are, with trailing digits dropped ("Unit 2").
CREATE FUNCTION alt_name_word(part text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(regexp_replace(lower(part), '[0-9]+$', ''), '')
$$;

-- Trigram index for the typo lookup: per agent, like the contact search index (btree_gin).
CREATE INDEX "ContactNameWord_userId_word_idx" ON "ContactNameWord" USING GIN ("userId", "word" gin_trgm_ops);

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactNameWord" TO alt_tenant;
ALTER TABLE "ContactNameWord" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactNameWord" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactNameWord"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- Words of the given contacts' names that no contact of that agent has any more. (A contact
-- with the same name added by a concurrent, not yet committed transaction is not seen here; the
-- word can then be missing until another contact with it is added or renamed, which only costs
-- typo matching that name: exact and substring searches do not use the vocabulary.)
CREATE FUNCTION alt_forget_name_words(owners text[], words text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ContactNameWord" v
  USING unnest(owners, words) AS gone("userId", "word")
  WHERE v."userId" = gone."userId" AND v."word" = gone."word"
    AND NOT EXISTS (
      SELECT 1 FROM "Contact" c WHERE c."userId" = gone."userId"
        AND lower(c."firstName" || ' ' || c."lastName") ~>=~ gone."word"
        AND lower(c."firstName" || ' ' || c."lastName") ~<~ (gone."word" || chr(1114111))
        AND alt_name_word(c."firstName") = gone."word")
    AND NOT EXISTS (
      SELECT 1 FROM "Contact" c WHERE c."userId" = gone."userId"
        AND lower(c."lastName" || ' ' || c."firstName") ~>=~ gone."word"
        AND lower(c."lastName" || ' ' || c."firstName") ~<~ (gone."word" || chr(1114111))
        AND alt_name_word(c."lastName") = gone."word")
$$;

-- Once per statement (an import of 10,000 contacts adds its few dozen new names in one INSERT).
CREATE FUNCTION alt_contact_names_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ContactNameWord" ("userId", "word")
  SELECT DISTINCT a."userId", w."word" FROM added_rows a
  CROSS JOIN LATERAL (VALUES (alt_name_word(a."firstName")), (alt_name_word(a."lastName"))) AS w("word")
  WHERE w."word" IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION alt_contact_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owners text[];
  words text[];
BEGIN
  INSERT INTO "ContactNameWord" ("userId", "word")
  SELECT DISTINCT a."userId", w."word" FROM added_rows a
  JOIN removed_rows r ON r."userId" = a."userId" AND r."id" = a."id"
  CROSS JOIN LATERAL (VALUES (alt_name_word(a."firstName")), (alt_name_word(a."lastName"))) AS w("word")
  WHERE (a."firstName", a."lastName") IS DISTINCT FROM (r."firstName", r."lastName") AND w."word" IS NOT NULL
  ON CONFLICT DO NOTHING;
  SELECT array_agg(gone."userId"), array_agg(gone."word") INTO owners, words FROM (
    SELECT DISTINCT r."userId", w."word" FROM removed_rows r
    JOIN added_rows a ON a."userId" = r."userId" AND a."id" = r."id"
    CROSS JOIN LATERAL (VALUES (alt_name_word(r."firstName")), (alt_name_word(r."lastName"))) AS w("word")
    WHERE (a."firstName", a."lastName") IS DISTINCT FROM (r."firstName", r."lastName") AND w."word" IS NOT NULL
  ) gone;
  IF owners IS NOT NULL THEN
    PERFORM alt_forget_name_words(owners, words);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION alt_contact_names_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owners text[];
  words text[];
BEGIN
  SELECT array_agg(gone."userId"), array_agg(gone."word") INTO owners, words FROM (
    SELECT DISTINCT r."userId", w."word" FROM removed_rows r
    CROSS JOIN LATERAL (VALUES (alt_name_word(r."firstName")), (alt_name_word(r."lastName"))) AS w("word")
    WHERE w."word" IS NOT NULL
  ) gone;
  IF owners IS NOT NULL THEN
    PERFORM alt_forget_name_words(owners, words);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_names_insert AFTER INSERT ON "Contact"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contact_names_added();
CREATE TRIGGER contact_names_update AFTER UPDATE ON "Contact"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contact_names_changed();
CREATE TRIGGER contact_names_delete AFTER DELETE ON "Contact"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION alt_contact_names_removed();

-- The names already there (as system work: row-level security is forced on Contact).
SELECT set_config('app.rls_bypass', 'on', true);
INSERT INTO "ContactNameWord" ("userId", "word")
SELECT DISTINCT c."userId", w."word" FROM "Contact" c
CROSS JOIN LATERAL (VALUES (alt_name_word(c."firstName")), (alt_name_word(c."lastName"))) AS w("word")
WHERE w."word" IS NOT NULL;
SELECT set_config('app.rls_bypass', '', true);

-- Typo matches now come from the vocabulary: each misspelt word is corrected to the agent's
-- closest names, and contacts are read by those names from the name-key indexes (first ones
-- alphabetically), instead of trigram-matching every contact's search text (at 100,000 contacts
-- "grcia" matched 16,000 of them, through posting lists that span every agent). Typos now match
-- names only; everything else in the search text still matches as typed.
CREATE OR REPLACE FUNCTION alt_search_contact_ids(
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
  typo_prefixes text[] := '{}';
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
  IF fuzzy THEN
    -- Each word of three letters or more, corrected to the agent's closest names (word similarity
    -- ≥ 0.3, at most five each), after the whole term with each word at its best: "jonathn whitfeld"
    -- → "jonathan whitfield", "jonathan", "whitfield", "jonas", … Matching the vocabulary (a few
    -- words per distinct name) instead of every contact's search text keeps a typo as quick as a
    -- name, however many contacts share the name.
    WITH typed AS (
      -- The first four such words: a name is rarely longer, and a pasted paragraph stays cheap.
      SELECT t.word, t.position FROM unnest(string_to_array(query, ' ')) WITH ORDINALITY AS t(word, position)
      WHERE char_length(t.word) >= 3 ORDER BY t.position LIMIT 4
    ),
    closest AS (
      SELECT typed.position, v."word", row_number() OVER (PARTITION BY typed.position ORDER BY word_similarity(typed.word, v."word") DESC, v."word") AS choice
      FROM typed CROSS JOIN LATERAL (
        SELECT w."word" FROM "ContactNameWord" w WHERE w."userId" = agent AND typed.word <% w."word"
        ORDER BY word_similarity(typed.word, w."word") DESC, w."word" LIMIT 5
      ) v
    )
    SELECT CASE WHEN (SELECT count(*) FROM typed) > 1 AND (SELECT count(*) FROM closest WHERE choice = 1) = (SELECT count(*) FROM typed)
           THEN ARRAY[(SELECT string_agg(closest."word", ' ' ORDER BY closest.position) FROM closest WHERE choice = 1)] ELSE '{}' END
      || coalesce((SELECT array_agg(closest."word" ORDER BY closest.choice, closest.position) FROM closest), '{}')
      INTO typo_prefixes;
  END IF;

  RETURN QUERY
  WITH candidates AS (
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false AS typo_match, 0::bigint AS correction FROM "Contact" c
      WHERE c."userId" = agent AND c."searchText" LIKE like_pattern LIMIT 300)
    UNION ALL
    -- Near spellings: the first contacts, by name, for each corrected name (see typo_prefixes).
    (SELECT c."id", c."searchText", c."lastName", c."firstName", NOT (c."searchText" LIKE like_pattern), corrected.position
      FROM unnest(typo_prefixes) WITH ORDINALITY AS corrected(prefix, position)
      CROSS JOIN LATERAL (
        (SELECT n."id" FROM "Contact" n
          WHERE n."userId" = agent
            AND lower(n."firstName" || ' ' || n."lastName") ~>=~ corrected.prefix
            AND lower(n."firstName" || ' ' || n."lastName") ~<~ (corrected.prefix || chr(1114111))
          ORDER BY lower(n."firstName" || ' ' || n."lastName") USING ~<~ LIMIT max_rows)
        UNION ALL
        (SELECT n."id" FROM "Contact" n
          WHERE n."userId" = agent
            AND lower(n."lastName" || ' ' || n."firstName") ~>=~ corrected.prefix
            AND lower(n."lastName" || ' ' || n."firstName") ~<~ (corrected.prefix || chr(1114111))
          ORDER BY lower(n."lastName" || ' ' || n."firstName") USING ~<~ LIMIT max_rows)
      ) named_like
      -- As near as before: the whole term must still be similar to the contact (word similarity).
      JOIN "Contact" c ON c."userId" = agent AND c."id" = named_like."id" AND query <% c."searchText")
    UNION ALL
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false, 0 FROM "Contact" c
      WHERE digits_pattern IS NOT NULL AND c."userId" = agent AND c."searchText" LIKE digits_pattern LIMIT 300)
    UNION ALL
    (SELECT c."id", c."searchText", c."lastName", c."firstName", false, 0 FROM "Note" n JOIN "Contact" c ON c."userId" = n."userId" AND c."id" = n."contactId"
      WHERE n."userId" = agent AND n."body" ILIKE like_pattern LIMIT 300)
  ),
  -- A contact found several ways is exact if any way was.
  merged AS (
    SELECT candidates."id", candidates."searchText", candidates."lastName", candidates."firstName", bool_and(candidates.typo_match) AS typo_match,
      min(candidates.correction) AS correction
    FROM candidates GROUP BY 1, 2, 3, 4
  )
  SELECT merged."id", merged.typo_match FROM merged
  WHERE merged."id" <> ALL (by_name)
  -- Near spellings by how likely the correction they came from is, then by similarity.
  ORDER BY merged.typo_match, (merged."searchText" LIKE like_pattern) DESC,
    CASE WHEN merged.typo_match THEN merged.correction END, word_similarity(query, merged."searchText") DESC,
    merged."lastName", merged."firstName", merged."id"
  LIMIT max_rows - named;
END $$;

