// What a pipeline card shows, already formatted on the server: the board is a client component,
// so each of its up to 225 cards travels as three strings rather than a whole contact row.
import type { PipelineStage } from "../../db/crm-types";
import { SOURCE_LABELS } from "../labels";
import type { BoardColumn } from "./pipeline-board";

export interface BoardCard {
  id: string;
  name: string;
  /** Lead source and phone (or email), e.g. "Zillow · (512) 555-0142". */
  detail: string;
}

export interface BoardCardColumn {
  stage: PipelineStage;
  count: number;
  cards: BoardCard[];
}

export function toBoardCardColumns(board: BoardColumn[]): BoardCardColumn[] {
  return board.map(({ stage, count, cards }) => ({
    stage,
    count,
    cards: cards.map((card) => ({ id: card.id, name: card.name, detail: [SOURCE_LABELS[card.source], card.phone ?? card.email].filter(Boolean).join(" · ") })),
  }));
}
