import { cn } from "./cn";

/** The ALT mark: a house roof over a rising line (leads moving up the pipeline). */
export function Logo({
  className,
  withName = true,
  compact = false,
  markOnlyOnPhone = false,
}: {
  className?: string;
  withName?: boolean;
  /** Smaller name, for narrow places such as the sidebar. */
  compact?: boolean;
  /** Show only the mark on phones (for headers that also hold buttons). */
  markOnlyOnPhone?: boolean;
}) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <svg viewBox="0 0 32 32" aria-hidden="true" className="h-8 w-8 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path d="M7 15.5 16 8l9 7.5" fill="none" stroke="white" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10 23.5l4-4 3 2.5 5-5.5" fill="none" stroke="#9cc3ff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {withName && <span className={cn("whitespace-nowrap", compact ? "text-base" : "text-base sm:text-lg", markOnlyOnPhone && "hidden sm:inline")}>Agent Lead Tracker</span>}
    </span>
  );
}
