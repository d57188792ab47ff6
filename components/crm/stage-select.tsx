"use client";

import { useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/contacts/actions";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/labels";
import type { PipelineStage } from "@/lib/db/crm-types";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

/** Moves a contact to another stage straight from a menu (the keyboard-friendly board move). */
export function StageSelect({ contactId, stage, id }: { contactId: string; stage: PipelineStage; id?: string }) {
  const [current, setCurrent] = useState(stage);
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor={id ?? `stage-${contactId}`} className="sr-only">Pipeline stage</label>
      <select
        id={id ?? `stage-${contactId}`}
        value={current}
        disabled={pending}
        className={cn(fieldClasses, "h-9 border-slate-300 py-0")}
        onChange={(event) => {
          const next = event.target.value as PipelineStage;
          const previous = current;
          setCurrent(next);
          setFailed(false);
          startTransition(async () => {
            if (!(await moveStageAction(contactId, next))) {
              setCurrent(previous);
              setFailed(true);
            }
          });
        }}
      >
        {PIPELINE_STAGES.map((s) => (
          <option key={s} value={s}>{STAGE_LABELS[s]}</option>
        ))}
      </select>
      {pending && <span className="text-xs text-slate-500">Saving…</span>}
      {failed && <span role="alert" className="text-xs text-red-600">Couldn&apos;t move this contact.</span>}
    </span>
  );
}
