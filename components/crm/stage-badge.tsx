import type { PipelineStage } from "@/lib/db/crm-types";
import { STAGE_LABELS, STAGE_TONES } from "@/lib/crm/labels";
import { cn } from "../ui/cn";

export function StageBadge({ stage, className }: { stage: PipelineStage; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700", className)}>
      <span className={cn("h-2 w-2 rounded-full", STAGE_TONES[stage])} aria-hidden="true" />
      {STAGE_LABELS[stage]}
    </span>
  );
}
