-- The dashboard reads its pipeline count and value from ContactStageTotal now; this index only
-- cost every contact write (and import) its upkeep.
-- DropIndex
DROP INDEX "Contact_userId_stage_priceMax_priceMin_idx";
