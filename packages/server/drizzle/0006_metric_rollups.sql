CREATE TABLE "metric_rollups" (
	"org_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"currency" text DEFAULT '' NOT NULL,
	"value" numeric(24, 4) NOT NULL,
	CONSTRAINT "metric_rollups_org_id_rep_id_day_metric_dimension_currency_pk" PRIMARY KEY("org_id","rep_id","day","metric","dimension","currency")
);
--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD CONSTRAINT "metric_rollups_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_rollups_day_idx" ON "metric_rollups" USING btree ("org_id","metric","day");