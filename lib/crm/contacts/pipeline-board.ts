// The pipeline board: a column per stage with its count and its most recently touched cards.
import "server-only";
import { withTenantDb } from "../../db";
import type { PipelineStage } from "../../db/crm-types";
import { PIPELINE_STAGES } from "../labels";
import { ROW_SELECT, toContactRow, type ContactRow } from "./list-contacts";

export const CARDS_PER_COLUMN = 25;

export interface BoardColumn {
  stage: PipelineStage;
  count: number;
  cards: ContactRow[];
}

export function getPipelineBoard(userId: string): Promise<BoardColumn[]> {
  return withTenantDb(userId, async (db) => {
    const counts = await db.contact.groupBy({ by: ["stage"], _count: { _all: true } });
    const columns: BoardColumn[] = [];
    // Sequential on purpose: the tenant transaction holds one connection.
    for (const stage of PIPELINE_STAGES) {
      const cards = await db.contact.findMany({ where: { stage }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: ROW_SELECT, take: CARDS_PER_COLUMN });
      columns.push({ stage, count: counts.find((c) => c.stage === stage)?._count._all ?? 0, cards: cards.map(toContactRow) });
    }
    return columns;
  });
}
