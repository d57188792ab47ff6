"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/contacts/actions";
import type { BoardColumn } from "@/lib/crm/contacts/pipeline-board";
import type { ContactRow } from "@/lib/crm/contacts/list-contacts";
import { PIPELINE_STAGES, SOURCE_LABELS, STAGE_LABELS, STAGE_TONES } from "@/lib/crm/labels";
import type { PipelineStage } from "@/lib/db/crm-types";
import { cn } from "../ui/cn";
import { useLinkNavigation } from "../ui/use-link-navigation";

type Columns = Record<PipelineStage, { count: number; cards: ContactRow[] }>;

const toColumns = (board: BoardColumn[]) => Object.fromEntries(board.map((c) => [c.stage, { count: c.count, cards: c.cards }])) as Columns;

/**
 * Kanban by stage. Drag a card to another column, or use the card's "Move to" menu (keyboard and
 * touch). The move shows at once and is undone with a message if the server refuses it.
 */
export function PipelineBoard({ board }: { board: BoardColumn[] }) {
  const [columns, setColumns] = useState(() => toColumns(board));
  const [dragOver, setDragOver] = useState<PipelineStage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const navigation = useLinkNavigation(); // the cards' name links

  function move(contactId: string, to: PipelineStage) {
    const from = PIPELINE_STAGES.find((s) => columns[s].cards.some((c) => c.id === contactId));
    if (!from || from === to) return;
    const card = columns[from].cards.find((c) => c.id === contactId)!;
    const before = columns;
    setColumns({
      ...columns,
      [from]: { count: columns[from].count - 1, cards: columns[from].cards.filter((c) => c.id !== contactId) },
      [to]: { count: columns[to].count + 1, cards: [{ ...card, stage: to }, ...columns[to].cards] },
    });
    setMessage(`${card.name} moved to ${STAGE_LABELS[to]}.`);
    startTransition(async () => {
      if (!(await moveStageAction(contactId, to))) {
        setColumns(before);
        setMessage(`Couldn't move ${card.name}. It may have been deleted.`);
      }
    });
  }

  return (
    <div {...navigation}>
      <p role="status" aria-live="polite" className="sr-only">{message}</p>
      {/* relative: the cards' visually hidden labels are positioned; without a containing block here they would widen the page. */}
      <div className="relative -mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-4 sm:mx-0 sm:px-0">
        {PIPELINE_STAGES.map((stage) => (
          <section
            key={stage}
            aria-label={`${STAGE_LABELS[stage]}: ${columns[stage].count}`}
            className={cn("flex w-72 shrink-0 snap-start flex-col rounded-xl bg-slate-100 p-2", dragOver === stage && "ring-2 ring-brand-400")}
            onDragOver={(event) => {
              event.preventDefault();
              setDragOver(stage);
            }}
            onDragLeave={() => setDragOver((s) => (s === stage ? null : s))}
            onDrop={(event) => {
              event.preventDefault();
              setDragOver(null);
              move(event.dataTransfer.getData("text/contact-id"), stage);
            }}
            data-stage={stage}
          >
            <h2 className="mb-2 flex items-center gap-2 px-1 text-sm font-semibold text-slate-800">
              <span className={cn("h-2 w-2 rounded-full", STAGE_TONES[stage])} aria-hidden="true" />
              {STAGE_LABELS[stage]}
              <span className="ml-auto rounded-full bg-white px-2 text-xs font-medium text-slate-600">{columns[stage].count}</span>
            </h2>
            <ol className="flex min-h-16 flex-col gap-2">
              {columns[stage].cards.map((card) => (
                <li
                  key={card.id}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.setData("text/contact-id", card.id);
                    event.dataTransfer.effectAllowed = "move";
                  }}
                  className="cursor-grab rounded-lg border border-slate-200 bg-white p-2.5 shadow-sm active:cursor-grabbing"
                  data-contact-id={card.id}
                >
                  <a href={`/contacts/${card.id}`} className="block truncate text-sm font-medium text-slate-900 hover:text-brand-700">
                    {card.name}
                  </a>
                  <p className="truncate text-xs text-slate-500">{[SOURCE_LABELS[card.source], card.phone ?? card.email].filter(Boolean).join(" · ")}</p>
                  <label className="mt-2 flex items-center gap-1 text-xs text-slate-500">
                    <span className="sr-only">Move {card.name} to</span>
                    <span aria-hidden="true">Move to</span>
                    <select
                      value={stage}
                      onChange={(event) => move(card.id, event.target.value as PipelineStage)}
                      className="min-w-0 flex-1 rounded border border-slate-200 bg-white px-1 py-0.5 text-xs text-slate-700"
                    >
                      {PIPELINE_STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
                    </select>
                  </label>
                </li>
              ))}
            </ol>
            {columns[stage].count > columns[stage].cards.length && (
              <Link href={`/contacts?stage=${stage}&sort=updated`} className="mt-2 px-1 text-xs font-medium text-brand-600 hover:underline">
                See all {columns[stage].count}
              </Link>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
