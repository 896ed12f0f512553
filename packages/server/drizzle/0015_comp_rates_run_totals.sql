CREATE TABLE "exchange_rates" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_currency" text NOT NULL,
	"to_currency" text NOT NULL,
	"rate" numeric NOT NULL,
	"effective_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "exchange_rates_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "exchange_rates_pair_day_key" UNIQUE("org_id","from_currency","to_currency","effective_on"),
	CONSTRAINT "exchange_rates_rate_check" CHECK ("exchange_rates"."rate" > 0 and "exchange_rates"."from_currency" <> "exchange_rates"."to_currency")
);
--> statement-breakpoint
ALTER TABLE "comp_runs" ADD COLUMN "rep_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_runs" ADD COLUMN "line_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_runs" ADD COLUMN "totals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_runs_created_idx" ON "comp_runs" USING btree ("org_id","created_at","id");--> statement-breakpoint
-- Runs made before these columns: what their lines add up to.
WITH per_run AS (
	SELECT org_id, run_id, count(DISTINCT rep_id)::int AS reps, count(*)::int AS lines
	FROM comp_earning_lines GROUP BY org_id, run_id
), per_currency AS (
	SELECT org_id, run_id, currency, sum(amount) AS amount FROM comp_earning_lines GROUP BY org_id, run_id, currency
), run_totals AS (
	SELECT org_id, run_id, jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) ORDER BY currency) AS totals
	FROM per_currency GROUP BY org_id, run_id
)
UPDATE comp_runs r SET rep_count = p.reps, line_count = p.lines, totals = t.totals
FROM per_run p JOIN run_totals t ON t.org_id = p.org_id AND t.run_id = p.run_id
WHERE r.org_id = p.org_id AND r.id = p.run_id;
