"use client";
// Long lists of plain <a> links (the contact table, board cards) navigate the way next/link does —
// in the app, without a full page load, prefetched when pointed at or focused — through handlers on
// their container. Fifty Link components cost a list page ~2 ms of server rendering per request
// (tests/bench), and each would also prefetch its page as soon as it scrolled into view.
import { useRouter } from "next/navigation";
import { useRef, type FocusEvent, type MouseEvent } from "react";

/** The in-app path of the plain link an event came from, or null when the browser should handle it. */
function appPath(event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>): string | null {
  const link = (event.target as Element).closest?.("a");
  if (!link || !event.currentTarget.contains(link)) return null;
  if (link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return null;
  return link.pathname + link.search + link.hash;
}

/** `onNavigate` runs after an in-app navigation starts (not for new-tab clicks the browser handles). */
export function useLinkNavigation(onNavigate?: () => void) {
  const router = useRouter();
  const prefetched = useRef(new Set<string>());
  const prefetch = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const path = appPath(event);
    if (!path || prefetched.current.has(path)) return;
    prefetched.current.add(path);
    router.prefetch(path);
  };
  return {
    onClick(event: MouseEvent<HTMLElement>) {
      // New tab, new window, download: the browser's own behaviour.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const path = appPath(event);
      if (!path) return;
      event.preventDefault();
      router.push(path);
      onNavigate?.();
    },
    onMouseOver: prefetch,
    onFocus: prefetch,
  };
}
