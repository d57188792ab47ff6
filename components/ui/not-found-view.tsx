"use client";
// A client component on purpose: Next sends the root not-found page with every page's payload, once
// per layout level, so the browser can show it after a client-side navigation. As a client
// component it travels as a one-line reference instead of its element tree, twice per request.
import { ButtonLink } from "./button";
import { Logo } from "./logo";

export function NotFoundView() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <Logo withName={false} />
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="max-w-sm text-sm text-slate-600">The page you asked for doesn&apos;t exist, or you don&apos;t have access to it.</p>
      <ButtonLink href="/" variant="secondary">Go home</ButtonLink>
    </main>
  );
}
