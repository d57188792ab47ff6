// Enum types of the CRM tables, for lib/crm and components (types only: no client access).
export type {
  ActivityType,
  AppointmentType,
  ContactIntent,
  LeadSource,
  PipelineStage,
  PropertyStatus,
  PropertyType,
  ContactPropertyRole,
  TaskPriority,
} from "./generated/prisma/enums";
export type { Prisma } from "./generated/prisma/client";
