// The pipeline board: a column per stage with its count and its most recently touched cards, read
// without the ORM in two statements (the counts, then every column's cards).
import "server-only";
import { sql, tenantReads, type ReadsAs } from "../../db";
import type { PipelineStage } from "../../db/crm-types";
import { PIPELINE_STAGES } from "../labels";
import { readContactRows, type ContactRow } from "./contact-rows";

export const CARDS_PER_COLUMN = 25;

export interface BoardColumn {
  stage: PipelineStage;
  count: number;
  cards: ContactRow[];
}

export function getPipelineBoard(agent: ReadsAs): Promise<BoardColumn[]> {
  return tenantReads(agent)(async (db) => {
    // Kept by the database as contacts change (ContactStageTotal), not counted here.
    const counts = await db.query<{ stage: PipelineStage; count: number }>(sql`
      SELECT t.stage::text AS stage, sum(t.count)::int AS count FROM "ContactStageTotal" t WHERE t."userId" = ${db.userId} GROUP BY t.stage`, { reusePlan: true });
    // Each column's newest cards (index on userId, stage, updatedAt DESC, id), all in one read. The
    // index gives each column in order, so one reused plan suits every agent.
    const cards = await readContactRows(db, sql`ARRAY(
      SELECT card.id FROM unnest(${PIPELINE_STAGES}::"PipelineStage"[]) WITH ORDINALITY AS board_column(stage, position)
      CROSS JOIN LATERAL (
        SELECT c.id, c."updatedAt" FROM "Contact" c WHERE c."userId" = ${db.userId} AND c.stage = board_column.stage
        ORDER BY c."updatedAt" DESC, c.id LIMIT ${CARDS_PER_COLUMN}) card
      ORDER BY board_column.position, card."updatedAt" DESC, card.id)`, { reusePlan: true });
    return PIPELINE_STAGES.map((stage) => ({
      stage,
      count: counts.find((c) => c.stage === stage)?.count ?? 0,
      cards: cards.filter((card) => card.stage === stage),
    }));
  });
}
