import type { ComponentProps } from "react";
import { cn } from "./cn";
import { describedBy, FieldFrame } from "./field-frame";

/** A labelled input with its validation message wired up for screen readers. */
export function TextField({
  label,
  name,
  error,
  hint,
  className,
  id: givenId,
  ...input
}: ComponentProps<"input"> & { label: string; name: string; error?: string; hint?: string }) {
  // Pass `id` when two forms on one page share a field name.
  const id = givenId ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        {...describedBy(id, error, hint)}
        className={cn(
          "h-11 rounded-lg border bg-white px-3 text-base text-slate-900 shadow-sm outline-none transition-colors placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100 sm:text-sm",
          error ? "border-red-400" : "border-slate-300",
        )}
        {...input}
      />
    </FieldFrame>
  );
}
