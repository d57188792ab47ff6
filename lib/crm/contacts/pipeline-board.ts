// The pipeline board: a column per stage with its count and its most recently touched cards.
import "server-only";
import { withTenantDb } from "../../db";
import type { PipelineStage } from "../../db/crm-types";
import { PIPELINE_STAGES } from "../labels";
import { readContactRows, type ContactRow } from "./contact-rows";

export const CARDS_PER_COLUMN = 25;

export interface BoardColumn {
  stage: PipelineStage;
  count: number;
  cards: ContactRow[];
}

export function getPipelineBoard(userId: string): Promise<BoardColumn[]> {
  return withTenantDb(userId, async (db) => {
    const counts = await db.contact.groupBy({ by: ["stage"], _count: { _all: true } });
    const cardIds: string[][] = [];
    // Sequential on purpose: the tenant transaction holds one connection.
    for (const stage of PIPELINE_STAGES) {
      const ids = await db.contact.findMany({ where: { stage }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true }, take: CARDS_PER_COLUMN });
      cardIds.push(ids.map((c) => c.id));
    }
    // Every column's cards in one read.
    const cards = new Map((await readContactRows(db, cardIds.flat())).map((c) => [c.id, c]));
    return PIPELINE_STAGES.map((stage, i) => ({
      stage,
      count: counts.find((c) => c.stage === stage)?._count._all ?? 0,
      cards: cardIds[i]!.flatMap((id) => cards.get(id) ?? []),
    }));
  });
}
