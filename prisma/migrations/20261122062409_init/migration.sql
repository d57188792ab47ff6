-- CreateEnum
CREATE TYPE "Role" AS ENUM ('AGENT', 'ADMIN');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('NEW', 'ATTEMPTED_CONTACT', 'CONNECTED', 'APPOINTMENT_SET', 'ACTIVE_CLIENT', 'UNDER_CONTRACT', 'CLOSED', 'NURTURE', 'LOST');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('ZILLOW', 'REALTOR_COM', 'WEBSITE', 'REFERRAL', 'OPEN_HOUSE', 'SIGN_CALL', 'SPHERE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactIntent" AS ENUM ('BUYER', 'SELLER', 'BUYER_AND_SELLER', 'RENTER', 'LANDLORD', 'INVESTOR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PropertyType" AS ENUM ('SINGLE_FAMILY', 'CONDO', 'TOWNHOUSE', 'MULTI_FAMILY', 'LAND', 'COMMERCIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PropertyStatus" AS ENUM ('COMING_SOON', 'ACTIVE', 'PENDING', 'SOLD', 'OFF_MARKET');

-- CreateEnum
CREATE TYPE "ContactPropertyRole" AS ENUM ('BUYER', 'SELLER', 'TENANT', 'LANDLORD', 'INTERESTED');

-- CreateEnum
CREATE TYPE "AppointmentType" AS ENUM ('SHOWING', 'LISTING_APPOINTMENT', 'BUYER_CONSULTATION', 'OPEN_HOUSE', 'CLOSING', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('DRAFT', 'QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'RECEIVED');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('NOTE', 'CALL', 'SMS', 'EMAIL', 'APPOINTMENT', 'STAGE_CHANGE', 'TASK_COMPLETED', 'CONTACT_CREATED', 'PROPERTY_LINKED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "emailVerifiedAt" TIMESTAMP(3),
    "role" "Role" NOT NULL DEFAULT 'AGENT',
    "timeZone" TEXT NOT NULL DEFAULT 'America/New_York',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL DEFAULT '',
    "company" TEXT,
    "stage" "PipelineStage" NOT NULL DEFAULT 'NEW',
    "source" "LeadSource" NOT NULL DEFAULT 'OTHER',
    "intent" "ContactIntent" NOT NULL DEFAULT 'UNKNOWN',
    "priceMin" INTEGER,
    "priceMax" INTEGER,
    "targetAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "timeframe" TEXT,
    "street" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postalCode" TEXT,
    "birthday" DATE,
    "homeAnniversary" DATE,
    "nextFollowUpAt" TIMESTAMP(3),
    "lastContactedAt" TIMESTAMP(3),
    "doNotCall" BOOLEAN NOT NULL DEFAULT false,
    "doNotText" BOOLEAN NOT NULL DEFAULT false,
    "doNotEmail" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactEmail" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "label" TEXT,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPhone" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "label" TEXT,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactPhone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Property" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "unit" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "mlsNumber" TEXT,
    "listPrice" INTEGER,
    "beds" INTEGER,
    "baths" DECIMAL(4,1),
    "squareFeet" INTEGER,
    "lotSqft" INTEGER,
    "yearBuilt" INTEGER,
    "type" "PropertyType" NOT NULL DEFAULT 'SINGLE_FAMILY',
    "status" "PropertyStatus" NOT NULL DEFAULT 'ACTIVE',
    "notes" TEXT,
    "photoUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Property_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactProperty" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "role" "ContactPropertyRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactProperty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "AppointmentType" NOT NULL DEFAULT 'OTHER',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "notes" TEXT,
    "propertyId" TEXT,
    "reminderMinutes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentContact" (
    "userId" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "AppointmentContact_pkey" PRIMARY KEY ("userId","appointmentId","contactId")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "dueAt" TIMESTAMP(3),
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "recurrence" TEXT,
    "completedAt" TIMESTAMP(3),
    "contactId" TEXT,
    "propertyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT,
    "channel" "MessageChannel" NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "status" "MessageStatus" NOT NULL,
    "counterpart" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "providerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "type" "ActivityType" NOT NULL,
    "summary" TEXT NOT NULL,
    "details" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactTag" (
    "userId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "ContactTag_pkey" PRIMARY KEY ("userId","contactId","tagId")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Contact_userId_stage_idx" ON "Contact"("userId", "stage");

-- CreateIndex
CREATE INDEX "Contact_userId_createdAt_idx" ON "Contact"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Contact_userId_nextFollowUpAt_idx" ON "Contact"("userId", "nextFollowUpAt");

-- CreateIndex
CREATE INDEX "Contact_userId_lastName_firstName_idx" ON "Contact"("userId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_userId_id_key" ON "Contact"("userId", "id");

-- CreateIndex
CREATE INDEX "ContactEmail_userId_email_idx" ON "ContactEmail"("userId", "email");

-- CreateIndex
CREATE INDEX "ContactEmail_userId_contactId_idx" ON "ContactEmail"("userId", "contactId");

-- CreateIndex
CREATE INDEX "ContactPhone_userId_phone_idx" ON "ContactPhone"("userId", "phone");

-- CreateIndex
CREATE INDEX "ContactPhone_userId_contactId_idx" ON "ContactPhone"("userId", "contactId");

-- CreateIndex
CREATE INDEX "Property_userId_status_idx" ON "Property"("userId", "status");

-- CreateIndex
CREATE INDEX "Property_userId_createdAt_idx" ON "Property"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Property_userId_id_key" ON "Property"("userId", "id");

-- CreateIndex
CREATE INDEX "ContactProperty_userId_propertyId_idx" ON "ContactProperty"("userId", "propertyId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactProperty_userId_contactId_propertyId_role_key" ON "ContactProperty"("userId", "contactId", "propertyId", "role");

-- CreateIndex
CREATE INDEX "Appointment_userId_startsAt_idx" ON "Appointment"("userId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_userId_id_key" ON "Appointment"("userId", "id");

-- CreateIndex
CREATE INDEX "AppointmentContact_userId_contactId_idx" ON "AppointmentContact"("userId", "contactId");

-- CreateIndex
CREATE INDEX "Task_userId_completedAt_dueAt_idx" ON "Task"("userId", "completedAt", "dueAt");

-- CreateIndex
CREATE INDEX "Task_userId_contactId_idx" ON "Task"("userId", "contactId");

-- CreateIndex
CREATE INDEX "Note_userId_contactId_createdAt_idx" ON "Note"("userId", "contactId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_userId_contactId_createdAt_idx" ON "Message"("userId", "contactId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_userId_createdAt_idx" ON "Message"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_userId_contactId_occurredAt_idx" ON "Activity"("userId", "contactId", "occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_id_key" ON "Tag"("userId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_name_key" ON "Tag"("userId", "name");

-- CreateIndex
CREATE INDEX "ContactTag_userId_tagId_idx" ON "ContactTag"("userId", "tagId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEmail" ADD CONSTRAINT "ContactEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEmail" ADD CONSTRAINT "ContactEmail_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPhone" ADD CONSTRAINT "ContactPhone_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPhone" ADD CONSTRAINT "ContactPhone_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Property" ADD CONSTRAINT "Property_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactProperty" ADD CONSTRAINT "ContactProperty_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactProperty" ADD CONSTRAINT "ContactProperty_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactProperty" ADD CONSTRAINT "ContactProperty_userId_propertyId_fkey" FOREIGN KEY ("userId", "propertyId") REFERENCES "Property"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_propertyId_fkey" FOREIGN KEY ("userId", "propertyId") REFERENCES "Property"("userId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentContact" ADD CONSTRAINT "AppointmentContact_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentContact" ADD CONSTRAINT "AppointmentContact_userId_appointmentId_fkey" FOREIGN KEY ("userId", "appointmentId") REFERENCES "Appointment"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentContact" ADD CONSTRAINT "AppointmentContact_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_userId_propertyId_fkey" FOREIGN KEY ("userId", "propertyId") REFERENCES "Property"("userId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactTag" ADD CONSTRAINT "ContactTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactTag" ADD CONSTRAINT "ContactTag_userId_contactId_fkey" FOREIGN KEY ("userId", "contactId") REFERENCES "Contact"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactTag" ADD CONSTRAINT "ContactTag_userId_tagId_fkey" FOREIGN KEY ("userId", "tagId") REFERENCES "Tag"("userId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
