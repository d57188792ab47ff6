import type { PipelineStage } from "@/lib/db/crm-types";
import { STAGE_LABELS, STAGE_TONES } from "@/lib/crm/labels";
import { cn } from "../ui/cn";

export function StageBadge({ stage, className }: { stage: PipelineStage; className?: string }) {
  return (
    <span className={cn("stage-badge", className)}>
      <span className={cn("stage-dot", STAGE_TONES[stage])} aria-hidden="true" />
      {STAGE_LABELS[stage]}
    </span>
  );
}
