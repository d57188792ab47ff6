import type { ComponentProps } from "react";
import { cn } from "./cn";
import { describedBy, FieldFrame } from "./field-frame";

export const fieldClasses =
  "rounded-lg border bg-white px-3 text-base text-slate-900 shadow-sm outline-none transition-colors focus:border-brand-500 focus:ring-2 focus:ring-brand-100 sm:text-sm";

/** A labelled select with its validation message, like TextField. */
export function SelectField({
  label,
  name,
  error,
  options,
  className,
  id: givenId,
  ...select
}: ComponentProps<"select"> & { label: string; name: string; error?: string; options: readonly (readonly [string, string])[] }) {
  const id = givenId ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      <select id={id} name={name} {...describedBy(id, error)} className={cn(fieldClasses, "h-11", error ? "border-red-400" : "border-slate-300")} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  className,
  id: givenId,
  ...textarea
}: ComponentProps<"textarea"> & { label: string; name: string; error?: string }) {
  const id = givenId ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      <textarea id={id} name={name} {...describedBy(id, error)} className={cn(fieldClasses, "min-h-24 py-2", error ? "border-red-400" : "border-slate-300")} {...textarea} />
    </FieldFrame>
  );
}
