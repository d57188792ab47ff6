import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <Logo withName={false} />
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="max-w-sm text-sm text-slate-600">The page you asked for doesn&apos;t exist, or you don&apos;t have access to it.</p>
      <ButtonLink href="/" variant="secondary">Go home</ButtonLink>
    </main>
  );
}
