-- The search box's suggestions in one call: the matches (alt_search_contact_ids) with their
-- names, company, city and primary email. Sent from the app as a join, the statement was parsed,
-- rewritten for row-level security and planned on every keystroke (~0.8 ms of a 1.2 ms search at
-- 100,000 contacts); inside PL/pgSQL its plan is cached per connection.
-- Each match is read by its ID through a LATERAL subquery with a LIMIT, which PostgreSQL does not
-- flatten into a join: a cached (generic) plan cannot know how many contacts the agent has, and
-- as a join it would hash every one of a large agent's contacts to find eight (~90 ms).
-- Like alt_search_contact_ids it runs as its owner and reads only the agent the transaction is
-- scoped to (app.user_id), never one named by an argument.
CREATE FUNCTION alt_contact_suggestions(
  query text, name_prefix text, like_pattern text, digits_pattern text, exact_phone text, fuzzy boolean, max_rows integer
)
RETURNS TABLE (id text, "firstName" text, "lastName" text, company text, city text, email text, typo_match boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  agent text := current_setting('app.user_id', true);
BEGIN
  RETURN QUERY
  SELECT c."id", c."firstName", c."lastName", c."company", c."city",
    (SELECT e."email" FROM "ContactEmail" e
      WHERE e."userId" = agent AND e."contactId" = c."id" AND e."isPrimary" LIMIT 1),
    found.typo_match
  FROM alt_search_contact_ids(query, name_prefix, like_pattern, digits_pattern, exact_phone, fuzzy, max_rows)
    WITH ORDINALITY AS found(id, typo_match, rank)
  CROSS JOIN LATERAL (
    SELECT n."id", n."firstName", n."lastName", n."company", n."city" FROM "Contact" n
    WHERE n."userId" = agent AND n."id" = found.id LIMIT 1
  ) c
  ORDER BY found.rank;
END $$;

REVOKE ALL ON FUNCTION alt_contact_suggestions(text, text, text, text, text, boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION alt_contact_suggestions(text, text, text, text, text, boolean, integer) TO alt_tenant;
