import type { QuickActionState } from "@/app/(app)/contacts/actions";
import { Alert } from "../ui/alert";

/** The outcome of a small form: its error, or a short confirmation after it saved. */
export function Saved({ state, message }: { state: QuickActionState; message: string }) {
  if (state.error) return <Alert tone="error">{state.error}</Alert>;
  if (state.done && !state.errors) return <Alert tone="success">{message}</Alert>;
  return null;
}
