CREATE TYPE "public"."comp_adjustment_kind" AS ENUM('recomputed', 'manual');--> statement-breakpoint
CREATE TYPE "public"."comp_inquiry_status" AS ENUM('open', 'answered', 'closed');--> statement-breakpoint
CREATE TYPE "public"."comp_statement_status" AS ENUM('draft', 'reviewed', 'approved', 'paid');--> statement-breakpoint
CREATE TABLE "comp_deal_refunds" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"amount" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	"refunded_on" date NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_deal_refunds_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "comp_deal_refunds_amount_check" CHECK ("comp_deal_refunds"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "comp_adjustments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"kind" "comp_adjustment_kind" NOT NULL,
	"source_statement_id" uuid,
	"run_id" uuid,
	"inquiry_id" uuid,
	"component_kind" "comp_component_kind",
	"component_id" text,
	"deal_id" uuid,
	"amount" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	"before" numeric(19, 4),
	"after" numeric(19, 4),
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_adjustments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "comp_adjustments_amount_check" CHECK ("comp_adjustments"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "comp_inquiries" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"status" "comp_inquiry_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_inquiries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "comp_inquiry_messages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"author_id" uuid,
	"comment" text NOT NULL,
	"adjustment_id" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_inquiry_messages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "comp_statements" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "comp_statement_status" DEFAULT 'draft' NOT NULL,
	"run_id" uuid,
	"draw_balance" numeric(19, 4) DEFAULT '0' NOT NULL,
	"attainment" jsonb,
	"open_credits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"paid_by" uuid,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_statements_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "comp_statements_rep_period_key" UNIQUE("org_id","rep_id","period_start","period_end"),
	CONSTRAINT "comp_statements_period_check" CHECK ("comp_statements"."period_end" >= "comp_statements"."period_start")
);
--> statement-breakpoint
ALTER TABLE "comp_deal_refunds" ADD CONSTRAINT "comp_deal_refunds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_deal_refunds" ADD CONSTRAINT "comp_deal_refunds_org_id_deal_id_deals_org_id_id_fk" FOREIGN KEY ("org_id","deal_id") REFERENCES "public"."deals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_org_id_statement_id_comp_statements_org_id_id_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "public"."comp_statements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_org_id_source_statement_id_comp_statements_org_id_id_fk" FOREIGN KEY ("org_id","source_statement_id") REFERENCES "public"."comp_statements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_org_id_run_id_comp_runs_org_id_id_fk" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."comp_runs"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_org_id_inquiry_id_comp_inquiries_org_id_id_fk" FOREIGN KEY ("org_id","inquiry_id") REFERENCES "public"."comp_inquiries"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_inquiries" ADD CONSTRAINT "comp_inquiries_org_id_statement_id_comp_statements_org_id_id_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "public"."comp_statements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_inquiries" ADD CONSTRAINT "comp_inquiries_org_id_run_id_rep_id_position_comp_earning_lines_org_id_run_id_rep_id_position_fk" FOREIGN KEY ("org_id","run_id","rep_id","position") REFERENCES "public"."comp_earning_lines"("org_id","run_id","rep_id","position") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_inquiry_messages" ADD CONSTRAINT "comp_inquiry_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_inquiry_messages" ADD CONSTRAINT "comp_inquiry_messages_org_id_inquiry_id_comp_inquiries_org_id_id_fk" FOREIGN KEY ("org_id","inquiry_id") REFERENCES "public"."comp_inquiries"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_inquiry_messages" ADD CONSTRAINT "comp_inquiry_messages_org_id_adjustment_id_comp_adjustments_org_id_id_fk" FOREIGN KEY ("org_id","adjustment_id") REFERENCES "public"."comp_adjustments"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_statements" ADD CONSTRAINT "comp_statements_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_statements" ADD CONSTRAINT "comp_statements_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_statements" ADD CONSTRAINT "comp_statements_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_statements" ADD CONSTRAINT "comp_statements_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_statements" ADD CONSTRAINT "comp_statements_org_id_run_id_comp_runs_org_id_id_fk" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."comp_runs"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_deal_refunds_deal_idx" ON "comp_deal_refunds" USING btree ("org_id","deal_id");--> statement-breakpoint
CREATE INDEX "comp_deal_refunds_day_idx" ON "comp_deal_refunds" USING btree ("org_id","refunded_on");--> statement-breakpoint
CREATE INDEX "comp_adjustments_statement_idx" ON "comp_adjustments" USING btree ("org_id","statement_id");--> statement-breakpoint
CREATE INDEX "comp_adjustments_source_idx" ON "comp_adjustments" USING btree ("org_id","source_statement_id");--> statement-breakpoint
CREATE INDEX "comp_adjustments_deal_idx" ON "comp_adjustments" USING btree ("org_id","deal_id");--> statement-breakpoint
CREATE INDEX "comp_inquiries_statement_idx" ON "comp_inquiries" USING btree ("org_id","statement_id");--> statement-breakpoint
CREATE INDEX "comp_inquiry_messages_inquiry_idx" ON "comp_inquiry_messages" USING btree ("org_id","inquiry_id","created_at");--> statement-breakpoint
CREATE INDEX "comp_statements_period_idx" ON "comp_statements" USING btree ("org_id","period_start","period_end");--> statement-breakpoint
CREATE INDEX "comp_earning_lines_deal_idx" ON "comp_earning_lines" USING btree ("org_id","deal_id");