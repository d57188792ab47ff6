"use client";
// False while the server renders and while the page hydrates, true from then on. For markup that
// only does something once scripts run, so the server need not send it (see the board's menus).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
