import type { PipelineStage } from "@/lib/db/crm-types";
import { STAGE_BADGE_TONES, STAGE_LABELS } from "@/lib/crm/labels";
import { cn } from "../ui/cn";

export function StageBadge({ stage, className }: { stage: PipelineStage; className?: string }) {
  return <span className={cn("stage-badge", STAGE_BADGE_TONES[stage], className)}>{STAGE_LABELS[stage]}</span>;
}
