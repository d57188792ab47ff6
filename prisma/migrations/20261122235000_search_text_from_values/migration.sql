-- The search text as a pure function of a contact's values, so a bulk writer can compute it in the
-- INSERT itself instead of inserting and then rewriting every row (each rewrite is a second heap
-- tuple and a second round of GIN index entries). alt_search_text(c) now delegates to it, so the
-- triggers and bulk writers still share one definition.
-- `emails` and `phones` are space-separated lists (NULL when there are none); phones keep only digits.
CREATE FUNCTION alt_search_text_of(
  first_name text, last_name text, company text, street text, city text, region text, postal_code text,
  emails text, phones text
) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(concat_ws(' ', first_name, last_name, company, street, city, region, postal_code,
    emails, regexp_replace(phones, '[^0-9 ]', '', 'g')))
$$;

CREATE OR REPLACE FUNCTION alt_search_text(c "Contact") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT alt_search_text_of(
    c."firstName", c."lastName", c."company", c."street", c."city", c."region", c."postalCode",
    (SELECT string_agg(e."email", ' ') FROM "ContactEmail" e WHERE e."userId" = c."userId" AND e."contactId" = c."id"),
    (SELECT string_agg(regexp_replace(p."phone", '[^0-9]', '', 'g'), ' ') FROM "ContactPhone" p WHERE p."userId" = c."userId" AND p."contactId" = c."id")
  )
$$;

-- Imports no longer rewrite rows after inserting them.
DROP FUNCTION alt_refresh_search_text(text, text[]);
