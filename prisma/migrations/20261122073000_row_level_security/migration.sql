-- Row-level security: defense in depth under the application's own userId filter.
-- Every tenant-scoped transaction runs `SET LOCAL ROLE alt_tenant` and sets `app.user_id`
-- transaction-locally (lib/db/tenant-scope.ts). The role has no BYPASSRLS and owns nothing, and
-- FORCE makes the policies apply even to table owners, so a query that forgot its filter, or ran
-- without a tenant setting, sees no rows and cannot write any.
-- System work that spans tenants (jobs, account deletion, the seed) opts out explicitly and
-- visibly with the transaction-local `app.rls_bypass = on` (lib/db/system-access.ts), which a
-- tenant transaction never sets.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alt_tenant') THEN
    CREATE ROLE alt_tenant NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;

-- The connecting role (the migration runner; in production the app's login role) may switch to it.
DO $$
BEGIN
  EXECUTE format('GRANT alt_tenant TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation THEN
  NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO alt_tenant;

GRANT SELECT, INSERT, UPDATE, DELETE ON "Contact" TO alt_tenant;
ALTER TABLE "Contact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Contact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Contact"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactEmail" TO alt_tenant;
ALTER TABLE "ContactEmail" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactEmail" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactEmail"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactPhone" TO alt_tenant;
ALTER TABLE "ContactPhone" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactPhone" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactPhone"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Property" TO alt_tenant;
ALTER TABLE "Property" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Property" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Property"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactProperty" TO alt_tenant;
ALTER TABLE "ContactProperty" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactProperty" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactProperty"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Appointment" TO alt_tenant;
ALTER TABLE "Appointment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Appointment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Appointment"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "AppointmentContact" TO alt_tenant;
ALTER TABLE "AppointmentContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AppointmentContact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AppointmentContact"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Task" TO alt_tenant;
ALTER TABLE "Task" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Task" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Task"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Note" TO alt_tenant;
ALTER TABLE "Note" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Note" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Note"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Message" TO alt_tenant;
ALTER TABLE "Message" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Message" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Message"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Activity" TO alt_tenant;
ALTER TABLE "Activity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Activity" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Activity"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "Tag" TO alt_tenant;
ALTER TABLE "Tag" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tag" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Tag"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "ContactTag" TO alt_tenant;
ALTER TABLE "ContactTag" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactTag" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactTag"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- Inside a tenant transaction the account row itself is visible (to its owner only) and read-only.
-- ENABLE without FORCE: sign-in and other account flows, which run as the connecting role, are
-- unaffected.
GRANT SELECT ON "User" TO alt_tenant;
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_account ON "User" FOR SELECT TO alt_tenant
  USING ("id" = current_setting('app.user_id', true));
