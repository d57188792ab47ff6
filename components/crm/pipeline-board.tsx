"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/contacts/actions";
import type { BoardCard, BoardCardColumn } from "@/lib/crm/contacts/board-cards";
import { PIPELINE_STAGES, STAGE_LABELS, STAGE_TONES } from "@/lib/crm/labels";
import { compactCount } from "@/lib/crm/numbers";
import type { PipelineStage } from "@/lib/db/crm-types";
import { cn } from "../ui/cn";
import { useHydrated } from "../ui/use-hydrated";
import { useLinkNavigation } from "../ui/use-link-navigation";

type Columns = Record<PipelineStage, { count: number; cards: BoardCard[] }>;

const toColumns = (board: BoardCardColumn[]) => Object.fromEntries(board.map((c) => [c.stage, { count: c.count, cards: c.cards }])) as Columns;

/**
 * A card's "Move to" menu. Its options are only rendered once the page is interactive: before
 * that the menu can do nothing, and 225 cards × 9 options were a third of the board's HTML.
 */
function MoveMenu({ card, stage, onMove }: { card: BoardCard; stage: PipelineStage; onMove: (to: PipelineStage) => void }) {
  const hydrated = useHydrated();
  return (
    // The visible "Move to" is the wrapper's ::before (globals.css): two elements fewer per card.
    <div className="board-move">
      <select aria-label={`Move ${card.name} to`} value={stage} onChange={(event) => onMove(event.target.value as PipelineStage)}>
        {(hydrated ? PIPELINE_STAGES : [stage]).map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
      </select>
    </div>
  );
}

/**
 * Kanban by stage. Drag a card to another column, or use the card's "Move to" menu (keyboard and
 * touch). The move shows at once and is undone with a message if the server refuses it.
 */
export function PipelineBoard({ board }: { board: BoardCardColumn[] }) {
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
      [to]: { count: columns[to].count + 1, cards: [card, ...columns[to].cards] },
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
      <div className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-4 sm:mx-0 sm:px-0">
        {PIPELINE_STAGES.map((stage) => (
          <section
            key={stage}
            aria-label={`${STAGE_LABELS[stage]}: ${columns[stage].count.toLocaleString("en-US")}`}
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
              <span className="ml-auto rounded-full bg-white px-2 text-xs font-medium text-slate-600">{compactCount(columns[stage].count)}</span>
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
                  className="board-card"
                  data-contact-id={card.id}
                >
                  <a href={`/contacts/${card.id}`} className="block truncate text-sm font-medium text-slate-900 hover:text-brand-700">
                    {card.name}
                  </a>
                  <p className="truncate text-xs text-slate-500">{card.detail}</p>
                  <MoveMenu card={card} stage={stage} onMove={(to) => move(card.id, to)} />
                </li>
              ))}
            </ol>
            {columns[stage].count > columns[stage].cards.length && (
              <Link href={`/contacts?stage=${stage}&sort=updated`} className="mt-2 px-1 text-xs font-medium text-brand-600 hover:underline">
                See all {columns[stage].count.toLocaleString("en-US")}
              </Link>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
