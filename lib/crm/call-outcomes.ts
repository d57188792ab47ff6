/** How a logged call went (shared by the form and lib/crm/timeline.ts's validation). */
export const CALL_OUTCOMES = ["Connected", "Left voicemail", "No answer", "Wrong number"] as const;
