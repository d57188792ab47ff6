-- CreateEnum
CREATE TYPE "CalendarSyncStatus" AS ENUM ('NOT_SYNCED', 'PENDING', 'SYNCED', 'FAILED');

-- CreateEnum
CREATE TYPE "CalendarConnectionStatus" AS ENUM ('CONNECTED', 'NEEDS_RECONNECT');

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "googleEtag" TEXT,
ADD COLUMN     "syncError" TEXT,
ADD COLUMN     "syncStatus" "CalendarSyncStatus" NOT NULL DEFAULT 'NOT_SYNCED',
ADD COLUMN     "syncedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CalendarConnection" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "CalendarConnectionStatus" NOT NULL,
    "accessToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshToken" TEXT,
    "scope" TEXT NOT NULL DEFAULT '',
    "problem" TEXT,
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthState" (
    "stateHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OAuthState_pkey" PRIMARY KEY ("stateHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarConnection_userId_key" ON "CalendarConnection"("userId");

-- CreateIndex
CREATE INDEX "OAuthState_userId_idx" ON "OAuthState"("userId");

-- AddForeignKey
ALTER TABLE "CalendarConnection" ADD CONSTRAINT "CalendarConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthState" ADD CONSTRAINT "OAuthState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data: row-level security as on every other tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON "CalendarConnection" TO alt_tenant;
ALTER TABLE "CalendarConnection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CalendarConnection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CalendarConnection"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON "OAuthState" TO alt_tenant;
ALTER TABLE "OAuthState" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OAuthState" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OAuthState"
  USING ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on')
  WITH CHECK ("userId" = current_setting('app.user_id', true) OR current_setting('app.rls_bypass', true) = 'on');
