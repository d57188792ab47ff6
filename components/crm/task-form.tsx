"use client";

import { useActionState } from "react";
import { addTaskAction } from "@/app/(app)/contacts/actions";
import { PRIORITY_LABELS, RECURRENCES } from "@/lib/crm/task-options";
import { SelectField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";
import { Saved } from "./action-feedback";

/** New task, for a contact (from its page) or on its own (from Tasks). */
export function TaskForm({ contactId }: { contactId?: string }) {
  const [state, action] = useActionState(addTaskAction, {});
  const e = state.errors ?? {};
  return (
    <form key={state.done} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      {contactId && <input type="hidden" name="contactId" value={contactId} />}
      <div className="sm:col-span-2">
        <Saved state={state} message="Task added." />
      </div>
      <TextField id="task-title" label="Task" name="title" maxLength={200} placeholder="Send listings in Hyde Park" error={e.title} className="sm:col-span-2" />
      <TextField id="task-due" label="Due" name="due" type="date" error={e.due} />
      <SelectField id="task-priority" label="Priority" name="priority" defaultValue="NORMAL" options={Object.entries(PRIORITY_LABELS)} error={e.priority} />
      <SelectField id="task-recurrence" label="Repeats" name="recurrence" options={Object.entries(RECURRENCES)} error={e.recurrence} className="sm:col-span-2" />
      <SubmitButton pendingLabel="Saving…" className="self-start">Add task</SubmitButton>
    </form>
  );
}
