// Indexes that migrations create in plain SQL because schema.prisma cannot describe them: GIN over
// ("userId", text) needs btree_gin's operator class for the userId column, which the schema
// language rejects for GIN, it has no expression indexes (the search's name keys), and it cannot
// place NULLs (the last-contacted sort: newest first, never-contacted last). The
// drift check removes them from its replayed database before comparing, so their absence from
// schema.prisma is not reported as drift (and no generated migration ever drops them).
export const SQL_MANAGED_INDEXES = [
  "Contact_userId_searchText_idx",
  "Note_userId_body_idx",
  "Contact_userId_firstLastKey_idx",
  "Contact_userId_lastFirstKey_idx",
  "ContactNameWord_userId_word_idx",
  "Contact_userId_lastContactedAt_id_idx",
] as const;

export const dropSqlManagedIndexes = () => SQL_MANAGED_INDEXES.map((name) => `DROP INDEX IF EXISTS "${name}";`).join("\n");
