// Task choices shown in forms and checked by lib/crm/tasks.ts.
import type { TaskPriority } from "../db/crm-types";

export const TASK_PRIORITIES: readonly TaskPriority[] = ["HIGH", "NORMAL", "LOW"];
export const PRIORITY_LABELS: Record<TaskPriority, string> = { HIGH: "High", NORMAL: "Normal", LOW: "Low" };
export const RECURRENCES = { "": "Does not repeat", "FREQ=DAILY": "Every day", "FREQ=WEEKLY": "Every week", "FREQ=MONTHLY": "Every month" } as const;
