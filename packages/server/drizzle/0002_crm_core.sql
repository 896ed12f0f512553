CREATE TYPE "public"."activity_direction" AS ENUM('inbound', 'outbound');--> statement-breakpoint
CREATE TYPE "public"."activity_outcome" AS ENUM('connected', 'no_answer', 'left_message', 'busy', 'wrong_number', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested', 'completed');--> statement-breakpoint
CREATE TYPE "public"."activity_type" AS ENUM('call', 'meeting', 'visit', 'email', 'presentation', 'task');--> statement-breakpoint
CREATE TYPE "public"."call_report_status" AS ENUM('draft', 'submitted', 'reviewed');--> statement-breakpoint
CREATE TYPE "public"."custom_field_type" AS ENUM('text', 'number', 'date', 'boolean', 'select');--> statement-breakpoint
CREATE TYPE "public"."customizable_record_type" AS ENUM('accounts', 'contacts', 'leads', 'deals');--> statement-breakpoint
CREATE TYPE "public"."estimate_status" AS ENUM('draft', 'sent', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('uploaded', 'validating', 'validated', 'invalid', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."lead_source" AS ENUM('company', 'referral', 'event', 'prospecting', 'partner');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('new', 'working', 'qualified', 'disqualified', 'converted');--> statement-breakpoint
CREATE TYPE "public"."sales_model" AS ENUM('island', 'assembly_line');--> statement-breakpoint
CREATE TYPE "public"."sales_role" AS ENUM('sdr', 'ae', 'account_manager', 'customer_success');--> statement-breakpoint
CREATE TYPE "public"."stage_kind" AS ENUM('open', 'won', 'lost');--> statement-breakpoint
CREATE TYPE "public"."product_line_priority" AS ENUM('push', 'standard', 'loss_leader');--> statement-breakpoint
CREATE TYPE "public"."record_type" AS ENUM('accounts', 'contacts', 'leads', 'deals', 'products', 'estimates', 'activities');--> statement-breakpoint
CREATE TABLE "accounts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"industry" text,
	"employees" integer,
	"annual_revenue" numeric(19, 4),
	"address" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"region_id" uuid,
	"parent_account_id" uuid,
	"is_key_account" boolean DEFAULT false NOT NULL,
	"custom" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(domain, '') || ' ' || coalesce(industry, ''))) STORED,
	CONSTRAINT "accounts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "accounts_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"type" "activity_type" NOT NULL,
	"direction" "activity_direction",
	"outcome" "activity_outcome",
	"subject" text,
	"notes" text,
	"scheduled_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"duration_minutes" integer,
	"location" text,
	"account_id" uuid,
	"contact_id" uuid,
	"deal_id" uuid,
	"lead_id" uuid,
	"call_report_id" uuid,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"activity_at" timestamp with time zone GENERATED ALWAYS AS (date_trunc('milliseconds', coalesce(completed_at, scheduled_at, created_at) at time zone 'UTC') at time zone 'UTC') STORED NOT NULL,
	CONSTRAINT "activities_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "activities_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "call_report_comments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"call_report_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "call_report_comments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "call_reports" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" "call_report_status" DEFAULT 'draft' NOT NULL,
	"summary" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "call_reports_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "call_reports_rep_day_key" UNIQUE("org_id","rep_id","day")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"first_name" text,
	"last_name" text NOT NULL,
	"full_name" text GENERATED ALWAYS AS (btrim(coalesce(first_name, '') || ' ' || last_name)) STORED,
	"title" text,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"account_id" uuid,
	"is_influencer" boolean DEFAULT false NOT NULL,
	"notes" text,
	"custom" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(first_name, '') || ' ' || last_name || ' ' || coalesce(title, '') || ' ' || emails::text)) STORED,
	CONSTRAINT "contacts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "contacts_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "custom_fields" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_type" "customizable_record_type" NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"type" "custom_field_type" NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "custom_fields_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "custom_fields_key" UNIQUE("org_id","record_type","key")
);
--> statement-breakpoint
CREATE TABLE "deal_contacts" (
	"org_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" text,
	CONSTRAINT "deal_contacts_org_id_deal_id_contact_id_pk" PRIMARY KEY("org_id","deal_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "deal_line_items" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"product_id" uuid,
	"product_name" text NOT NULL,
	"product_line_id" uuid,
	"quantity" numeric(19, 4) NOT NULL,
	"unit_price" numeric(19, 4) NOT NULL,
	"discount_percent" numeric(7, 4) DEFAULT '0' NOT NULL,
	"total" numeric(19, 4) NOT NULL,
	CONSTRAINT "deal_line_items_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "deal_splits" (
	"org_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"percent" numeric(7, 4) NOT NULL,
	"role" "sales_role",
	CONSTRAINT "deal_splits_org_id_deal_id_user_id_pk" PRIMARY KEY("org_id","deal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "deal_stage_changes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"from_stage_id" uuid,
	"to_stage_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"changed_by_id" uuid,
	"from_owner_id" uuid,
	"to_owner_id" uuid NOT NULL,
	"handoff" boolean DEFAULT false NOT NULL,
	"amount" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	CONSTRAINT "deal_stage_changes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"account_id" uuid,
	"pipeline_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"amount" numeric(19, 4) DEFAULT '0' NOT NULL,
	"currency" text NOT NULL,
	"expected_close_date" date,
	"closed_on" date,
	"stage_entered_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"lost_reason" text,
	"competitor" text,
	"source_lead_id" uuid,
	"custom" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(competitor, ''))) STORED,
	CONSTRAINT "deals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "deals_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "estimates" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"number" text,
	"account_id" uuid NOT NULL,
	"deal_id" uuid,
	"product_line_id" uuid NOT NULL,
	"amount" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	"status" "estimate_status" DEFAULT 'draft' NOT NULL,
	"estimate_date" date NOT NULL,
	"sent_at" timestamp with time zone,
	"notes" text,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "estimates_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "estimates_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_by_id" uuid NOT NULL,
	"record_type" "record_type" NOT NULL,
	"file_name" text NOT NULL,
	"file_format" text NOT NULL,
	"stored_path" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" "import_status" DEFAULT 'uploaded' NOT NULL,
	"headers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sample_rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detected_preset" text,
	"mapping" jsonb,
	"total_rows" integer,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"issue_count" integer DEFAULT 0 NOT NULL,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"progress_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "imports_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"first_name" text,
	"last_name" text NOT NULL,
	"full_name" text GENERATED ALWAYS AS (btrim(coalesce(first_name, '') || ' ' || last_name)) STORED,
	"company" text,
	"title" text,
	"email" text,
	"phone" text,
	"source" "lead_source" NOT NULL,
	"status" "lead_status" DEFAULT 'new' NOT NULL,
	"follow_up_due_at" timestamp with time zone,
	"followed_up_at" timestamp with time zone,
	"disqualified_reason" text,
	"notes" text,
	"converted_at" timestamp with time zone,
	"converted_account_id" uuid,
	"converted_contact_id" uuid,
	"converted_deal_id" uuid,
	"custom" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(first_name, '') || ' ' || last_name || ' ' || coalesce(company, '') || ' ' || coalesce(email, ''))) STORED,
	CONSTRAINT "leads_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "leads_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "pipelines" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "pipelines_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "stages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pipeline_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"probability" smallint NOT NULL,
	"kind" "stage_kind" DEFAULT 'open' NOT NULL,
	"owner_role" "sales_role",
	CONSTRAINT "stages_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "stages_probability_check" CHECK ("stages"."probability" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "product_lines" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"priority" "product_line_priority" DEFAULT 'standard' NOT NULL,
	"description" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "product_lines_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sku" text,
	"product_line_id" uuid,
	"list_price" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"differentiators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"competitor_products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"external_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "products_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "products_external_id_key" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"record_type" "record_type" NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"columns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort" text,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "saved_views_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "lead_follow_up_hours" smallint DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "sales_model" "sales_model" DEFAULT 'island' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_org_id_region_id_regions_org_id_id_fk" FOREIGN KEY ("org_id","region_id") REFERENCES "public"."regions"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_org_id_parent_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","parent_account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_contact_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","contact_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_lead_id_leads_org_id_id_fk" FOREIGN KEY ("org_id","lead_id") REFERENCES "public"."leads"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_report_comments" ADD CONSTRAINT "call_report_comments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_report_comments" ADD CONSTRAINT "call_report_comments_org_id_call_report_id_call_reports_org_id_id_fk" FOREIGN KEY ("org_id","call_report_id") REFERENCES "public"."call_reports"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_fields" ADD CONSTRAINT "custom_fields_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_contacts" ADD CONSTRAINT "deal_contacts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_contacts" ADD CONSTRAINT "deal_contacts_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_contacts" ADD CONSTRAINT "deal_contacts_org_id_contact_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","contact_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_line_items" ADD CONSTRAINT "deal_line_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_line_items" ADD CONSTRAINT "deal_line_items_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_line_items" ADD CONSTRAINT "deal_line_items_org_id_product_id_products_org_id_id_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "public"."products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_line_items" ADD CONSTRAINT "deal_line_items_org_id_product_line_id_product_lines_org_id_id_fk" FOREIGN KEY ("org_id","product_line_id") REFERENCES "public"."product_lines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_splits" ADD CONSTRAINT "deal_splits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_splits" ADD CONSTRAINT "deal_splits_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_splits" ADD CONSTRAINT "deal_splits_org_id_user_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_org_id_from_stage_id_stages_org_id_id_fk" FOREIGN KEY ("org_id","from_stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_org_id_to_stage_id_stages_org_id_id_fk" FOREIGN KEY ("org_id","to_stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_pipeline_id_pipelines_org_id_id_fk" FOREIGN KEY ("org_id","pipeline_id") REFERENCES "public"."pipelines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_stage_id_stages_org_id_id_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_source_lead_id_leads_org_id_id_fk" FOREIGN KEY ("org_id","source_lead_id") REFERENCES "public"."leads"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_org_id_product_line_id_product_lines_org_id_id_fk" FOREIGN KEY ("org_id","product_line_id") REFERENCES "public"."product_lines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_org_id_created_by_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","created_by_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipelines" ADD CONSTRAINT "pipelines_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stages" ADD CONSTRAINT "stages_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stages" ADD CONSTRAINT "stages_org_id_pipeline_id_pipelines_org_id_id_fk" FOREIGN KEY ("org_id","pipeline_id") REFERENCES "public"."pipelines"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_lines" ADD CONSTRAINT "product_lines_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_org_id_product_line_id_product_lines_org_id_id_fk" FOREIGN KEY ("org_id","product_line_id") REFERENCES "public"."product_lines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_org_id_owner_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("org_id","owner_id");--> statement-breakpoint
CREATE INDEX "accounts_name_idx" ON "accounts" USING btree ("org_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "accounts_region_idx" ON "accounts" USING btree ("org_id","region_id");--> statement-breakpoint
CREATE INDEX "accounts_revenue_idx" ON "accounts" USING btree ("org_id",coalesce("annual_revenue", 0),"id");--> statement-breakpoint
CREATE INDEX "accounts_industry_idx" ON "accounts" USING btree ("org_id",lower("industry"),"created_at");--> statement-breakpoint
CREATE INDEX "accounts_parent_idx" ON "accounts" USING btree ("org_id","parent_account_id");--> statement-breakpoint
CREATE INDEX "accounts_search_idx" ON "accounts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activities_owner_idx" ON "activities" USING btree ("org_id","owner_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_when_idx" ON "activities" USING btree ("org_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_account_idx" ON "activities" USING btree ("org_id","account_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_contact_idx" ON "activities" USING btree ("org_id","contact_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_deal_idx" ON "activities" USING btree ("org_id","deal_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_lead_idx" ON "activities" USING btree ("org_id","lead_id","activity_at");--> statement-breakpoint
CREATE INDEX "activities_call_report_idx" ON "activities" USING btree ("org_id","call_report_id");--> statement-breakpoint
CREATE INDEX "activities_planned_idx" ON "activities" USING btree ("org_id",coalesce("scheduled_at", '-infinity'::timestamptz)) WHERE "activities"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "call_report_comments_report_idx" ON "call_report_comments" USING btree ("org_id","call_report_id","at");--> statement-breakpoint
CREATE INDEX "call_reports_day_idx" ON "call_reports" USING btree ("org_id","day");--> statement-breakpoint
CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("org_id","owner_id");--> statement-breakpoint
CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("org_id",lower("full_name"),"id");--> statement-breakpoint
CREATE INDEX "contacts_influencer_idx" ON "contacts" USING btree ("org_id","id") WHERE "contacts"."is_influencer";--> statement-breakpoint
CREATE INDEX "contacts_emails_idx" ON "contacts" USING gin ("emails" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deal_contacts_contact_idx" ON "deal_contacts" USING btree ("org_id","contact_id");--> statement-breakpoint
CREATE INDEX "deal_line_items_deal_idx" ON "deal_line_items" USING btree ("org_id","deal_id");--> statement-breakpoint
CREATE INDEX "deal_line_items_line_idx" ON "deal_line_items" USING btree ("org_id","product_line_id");--> statement-breakpoint
CREATE INDEX "deal_splits_user_idx" ON "deal_splits" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "deal_stage_changes_deal_idx" ON "deal_stage_changes" USING btree ("org_id","deal_id","changed_at");--> statement-breakpoint
CREATE INDEX "deal_stage_changes_at_idx" ON "deal_stage_changes" USING btree ("org_id","changed_at");--> statement-breakpoint
CREATE INDEX "deals_owner_idx" ON "deals" USING btree ("org_id","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "deals_created_idx" ON "deals" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "deals_stage_idx" ON "deals" USING btree ("org_id","stage_id","created_at");--> statement-breakpoint
CREATE INDEX "deals_account_idx" ON "deals" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "deals_closed_idx" ON "deals" USING btree ("org_id","closed_on");--> statement-breakpoint
CREATE INDEX "deals_open_amount_idx" ON "deals" USING btree ("org_id","amount","id") WHERE "deals"."closed_on" is null and "deals"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "deals_search_idx" ON "deals" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "estimates_owner_idx" ON "estimates" USING btree ("org_id","owner_id","estimate_date");--> statement-breakpoint
CREATE INDEX "estimates_date_idx" ON "estimates" USING btree ("org_id","estimate_date");--> statement-breakpoint
CREATE INDEX "estimates_account_idx" ON "estimates" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "estimates_deal_idx" ON "estimates" USING btree ("org_id","deal_id");--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("org_id","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_created_idx" ON "leads" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_status_idx" ON "leads" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "leads_follow_up_idx" ON "leads" USING btree ("org_id","follow_up_due_at") WHERE "leads"."followed_up_at" is null and "leads"."follow_up_due_at" is not null;--> statement-breakpoint
CREATE INDEX "leads_search_idx" ON "leads" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "pipelines_name_key" ON "pipelines" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "pipelines_default_key" ON "pipelines" USING btree ("org_id") WHERE "pipelines"."is_default";--> statement-breakpoint
CREATE INDEX "stages_pipeline_idx" ON "stages" USING btree ("org_id","pipeline_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "product_lines_name_key" ON "product_lines" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "products_name_key" ON "products" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE INDEX "products_line_idx" ON "products" USING btree ("org_id","product_line_id");--> statement-breakpoint
CREATE INDEX "saved_views_owner_idx" ON "saved_views" USING btree ("org_id","record_type","owner_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("org_id","entity","entity_id","at");--> statement-breakpoint
ALTER TABLE "orgs" ADD CONSTRAINT "orgs_lead_follow_up_check" CHECK ("orgs"."lead_follow_up_hours" between 1 and 720);