-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "duplicatePolicy" TEXT,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "mapping" TEXT,
ADD COLUMN     "processedRows" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "ImportStatus" NOT NULL DEFAULT 'DONE',
ADD COLUMN     "upload" BYTEA,
ALTER COLUMN "created" SET DEFAULT 0,
ALTER COLUMN "updated" SET DEFAULT 0,
ALTER COLUMN "skipped" SET DEFAULT 0;
