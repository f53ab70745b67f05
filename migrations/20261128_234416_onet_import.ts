import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillSearchText } from './data/backfillSearchText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`skills_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`skills_aliases_order_idx\` ON \`skills_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`skills_aliases_parent_id_idx\` ON \`skills_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_skills_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_skills_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_skills_v_version_aliases_order_idx\` ON \`_skills_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_aliases_parent_id_idx\` ON \`_skills_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`decision_note\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`dataset_id\` text(36) NOT NULL,
  	\`version\` text NOT NULL,
  	\`release_label\` text,
  	\`ran_by_id\` text(36),
  	\`ran_as\` text,
  	\`duration_ms\` numeric,
  	\`counts_created\` numeric NOT NULL,
  	\`counts_updated\` numeric NOT NULL,
  	\`counts_unchanged\` numeric NOT NULL,
  	\`counts_rejected\` numeric NOT NULL,
  	\`files\` text,
  	\`rejected_rows\` text,
  	\`differences\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dataset_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ran_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_decided_by_idx\` ON \`imports\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_dataset_idx\` ON \`imports\` (\`dataset_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_ran_by_idx\` ON \`imports\` (\`ran_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`origin\` text DEFAULT 'curated';`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`occupation_id\` text(36) REFERENCES careers(id);`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_code\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_family\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_description\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_zone\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_date\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_domain_source\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_name\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_education\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_experience\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_job_zone_training\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_realistic\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_investigative\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_artistic\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_social\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_enterprising\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_conventional\` numeric;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_high_point\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_date\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_interests_domain_source\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_alternate_titles\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_tasks\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_related\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_technologies\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_checksums\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`onet_import_run_id\` text(36) REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`careers_origin_idx\` ON \`careers\` (\`origin\`);`)
  await db.run(sql`CREATE INDEX \`careers_occupation_idx\` ON \`careers\` (\`occupation_id\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_code_idx\` ON \`careers\` (\`onet_code\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_job_family_idx\` ON \`careers\` (\`onet_job_family\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_job_zone_onet_job_zone_zone_idx\` ON \`careers\` (\`onet_job_zone_zone\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_interests_onet_interests_high_point_idx\` ON \`careers\` (\`onet_interests_high_point\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_import_run_idx\` ON \`careers\` (\`onet_import_run_id\`);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_origin\` text DEFAULT 'curated';`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_occupation_id\` text(36) REFERENCES careers(id);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_code\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_family\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_description\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_zone\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_date\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_domain_source\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_name\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_education\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_experience\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_job_zone_training\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_realistic\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_investigative\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_artistic\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_social\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_enterprising\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_conventional\` numeric;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_high_point\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_date\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_interests_domain_source\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_alternate_titles\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_tasks\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_related\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_technologies\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_checksums\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_onet_import_run_id\` text(36) REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_origin_idx\` ON \`_careers_v\` (\`version_origin\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_occupation_idx\` ON \`_careers_v\` (\`version_occupation_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_code_idx\` ON \`_careers_v\` (\`version_onet_code\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_job_family_idx\` ON \`_careers_v\` (\`version_onet_job_family\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_job_zone_version_onet_job_zone_z_idx\` ON \`_careers_v\` (\`version_onet_job_zone_zone\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_interests_version_onet_interests_idx\` ON \`_careers_v\` (\`version_onet_interests_high_point\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_import_run_idx\` ON \`_careers_v\` (\`version_onet_import_run_id\`);`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`origin\` text DEFAULT 'curated';`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_key\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_commodity_code\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_commodity_title\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_examples\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_checksums\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`onet_import_run_id\` text(36) REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`skills_origin_idx\` ON \`skills\` (\`origin\`);`)
  await db.run(sql`CREATE INDEX \`skills_onet_onet_key_idx\` ON \`skills\` (\`onet_key\`);`)
  await db.run(sql`CREATE INDEX \`skills_onet_onet_import_run_idx\` ON \`skills\` (\`onet_import_run_id\`);`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_origin\` text DEFAULT 'curated';`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_key\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_commodity_code\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_commodity_title\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_examples\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_checksums\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_onet_import_run_id\` text(36) REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_origin_idx\` ON \`_skills_v\` (\`version_origin\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_onet_version_onet_key_idx\` ON \`_skills_v\` (\`version_onet_key\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_onet_version_onet_import_run_idx\` ON \`_skills_v\` (\`version_onet_import_run_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`imports_id\` text(36) REFERENCES imports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await backfillSearchText(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`skills_aliases\`;`)
  await db.run(sql`DROP TABLE \`_skills_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_careers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`demand_profile\` text,
  	\`taxonomy_onet_soc\` text,
  	\`taxonomy_onet_title\` text,
  	\`taxonomy_esco_label\` text,
  	\`taxonomy_isco08\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`changed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_careers\`("id", "title", "slug", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status" FROM \`careers\`;`)
  await db.run(sql`DROP TABLE \`careers\`;`)
  await db.run(sql`ALTER TABLE \`__new_careers\` RENAME TO \`careers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`careers_slug_idx\` ON \`careers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`careers_stage_idx\` ON \`careers\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`careers_changed_by_idx\` ON \`careers\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`careers_updated_at_idx\` ON \`careers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`careers_created_at_idx\` ON \`careers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`careers__status_idx\` ON \`careers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__careers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_demand_profile\` text,
  	\`version_taxonomy_onet_soc\` text,
  	\`version_taxonomy_onet_title\` text,
  	\`version_taxonomy_esco_label\` text,
  	\`version_taxonomy_isco08\` text,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_changed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__careers_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_careers_v\`;`)
  await db.run(sql`DROP TABLE \`_careers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__careers_v\` RENAME TO \`_careers_v\`;`)
  await db.run(sql`CREATE INDEX \`_careers_v_parent_idx\` ON \`_careers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_slug_idx\` ON \`_careers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_stage_idx\` ON \`_careers_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_changed_by_idx\` ON \`_careers_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_updated_at_idx\` ON \`_careers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_created_at_idx\` ON \`_careers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version__status_idx\` ON \`_careers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_created_at_idx\` ON \`_careers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_updated_at_idx\` ON \`_careers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_latest_idx\` ON \`_careers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_skills\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`changed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_skills\`("id", "name", "slug", "summary", "kind", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "kind", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status" FROM \`skills\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`ALTER TABLE \`__new_skills\` RENAME TO \`skills\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_slug_idx\` ON \`skills\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`skills_stage_idx\` ON \`skills\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`skills_changed_by_idx\` ON \`skills\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`skills__status_idx\` ON \`skills\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__skills_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_changed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__skills_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_kind", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_kind", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_skills_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__skills_v\` RENAME TO \`_skills_v\`;`)
  await db.run(sql`CREATE INDEX \`_skills_v_parent_idx\` ON \`_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_slug_idx\` ON \`_skills_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_stage_idx\` ON \`_skills_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_changed_by_idx\` ON \`_skills_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_updated_at_idx\` ON \`_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_created_at_idx\` ON \`_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version__status_idx\` ON \`_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_created_at_idx\` ON \`_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_updated_at_idx\` ON \`_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_latest_idx\` ON \`_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`sources_id\` text(36),
  	\`findings_id\` text(36),
  	\`careers_id\` text(36),
  	\`skills_id\` text(36),
  	\`career_skills_id\` text(36),
  	\`faqs_id\` text(36),
  	\`assessments_id\` text(36),
  	\`assessment_responses_id\` text(36),
  	\`audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_skills_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_responses_id\`) REFERENCES \`assessment_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id", "assessments_id", "assessment_responses_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id", "assessments_id", "assessment_responses_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_careers_id_idx\` ON \`payload_locked_documents_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_career_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`career_skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
