import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { addVerdictColumns, carryContentIntoEvidenceModel } from './data/evidenceModel'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sources_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_texts_order_parent\` ON \`sources_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_texts_text_idx\` ON \`sources_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_texts_order_parent\` ON \`_sources_v_texts\` (\`order\`,\`parent_id\`);`)
  await addVerdictColumns(db)
  // drizzle rebuilds career_skills and _career_skills_v here to change the rating bases' default;
  // inside the migration's transaction `PRAGMA foreign_keys=OFF` is ignored, so dropping the old
  // tables would cascade into their arrays and relationships. The columns are added instead, and the
  // stale column default ('analyst-judgement') is never used: Payload writes the basis on every save.
  await db.run(sql`ALTER TABLE \`sources_authors\` ADD \`suffix\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`report_number\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`later_published_as_venue\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`later_published_as_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`later_published_as_doi\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`later_published_as_url\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_authors\` ADD \`suffix\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_report_number\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_later_published_as_venue\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_later_published_as_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_later_published_as_doi\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_later_published_as_url\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`demand_basis_basis\` text DEFAULT 'editorial-judgement';`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`demand_basis_finding_id\` text(36) REFERENCES findings(id);`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`demand_basis_dataset_fact\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`demand_basis_rationale\` text;`)
  await db.run(sql`CREATE INDEX \`careers_demand_basis_demand_basis_finding_idx\` ON \`careers\` (\`demand_basis_finding_id\`);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_demand_basis_basis\` text DEFAULT 'editorial-judgement';`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_demand_basis_finding_id\` text(36) REFERENCES findings(id);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_demand_basis_dataset_fact\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_demand_basis_rationale\` text;`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_demand_basis_version_demand_basis_fin_idx\` ON \`_careers_v\` (\`version_demand_basis_finding_id\`);`)
  await carryContentIntoEvidenceModel(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sources_texts\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_careers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`origin\` text DEFAULT 'curated',
  	\`occupation_id\` text(36),
  	\`summary\` text,
  	\`demand_profile\` text,
  	\`taxonomy_onet_soc\` text,
  	\`taxonomy_onet_title\` text,
  	\`taxonomy_esco_label\` text,
  	\`taxonomy_isco08\` text,
  	\`onet_code\` text,
  	\`onet_job_family\` text,
  	\`onet_description\` text,
  	\`onet_job_zone_zone\` numeric,
  	\`onet_job_zone_date\` text,
  	\`onet_job_zone_domain_source\` text,
  	\`onet_job_zone_name\` text,
  	\`onet_job_zone_education\` text,
  	\`onet_job_zone_experience\` text,
  	\`onet_job_zone_training\` text,
  	\`onet_interests_realistic\` numeric,
  	\`onet_interests_investigative\` numeric,
  	\`onet_interests_artistic\` numeric,
  	\`onet_interests_social\` numeric,
  	\`onet_interests_enterprising\` numeric,
  	\`onet_interests_conventional\` numeric,
  	\`onet_interests_high_point\` text,
  	\`onet_interests_date\` text,
  	\`onet_interests_domain_source\` text,
  	\`onet_alternate_titles\` text,
  	\`onet_tasks\` text,
  	\`onet_related\` text,
  	\`onet_technologies\` text,
  	\`onet_checksums\` text,
  	\`onet_import_run_id\` text(36),
  	\`search_text\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`changed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`occupation_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`onet_import_run_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_careers\`("id", "title", "slug", "origin", "occupation_id", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "onet_code", "onet_job_family", "onet_description", "onet_job_zone_zone", "onet_job_zone_date", "onet_job_zone_domain_source", "onet_job_zone_name", "onet_job_zone_education", "onet_job_zone_experience", "onet_job_zone_training", "onet_interests_realistic", "onet_interests_investigative", "onet_interests_artistic", "onet_interests_social", "onet_interests_enterprising", "onet_interests_conventional", "onet_interests_high_point", "onet_interests_date", "onet_interests_domain_source", "onet_alternate_titles", "onet_tasks", "onet_related", "onet_technologies", "onet_checksums", "onet_import_run_id", "search_text", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "origin", "occupation_id", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "onet_code", "onet_job_family", "onet_description", "onet_job_zone_zone", "onet_job_zone_date", "onet_job_zone_domain_source", "onet_job_zone_name", "onet_job_zone_education", "onet_job_zone_experience", "onet_job_zone_training", "onet_interests_realistic", "onet_interests_investigative", "onet_interests_artistic", "onet_interests_social", "onet_interests_enterprising", "onet_interests_conventional", "onet_interests_high_point", "onet_interests_date", "onet_interests_domain_source", "onet_alternate_titles", "onet_tasks", "onet_related", "onet_technologies", "onet_checksums", "onet_import_run_id", "search_text", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status" FROM \`careers\`;`)
  await db.run(sql`DROP TABLE \`careers\`;`)
  await db.run(sql`ALTER TABLE \`__new_careers\` RENAME TO \`careers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`careers_slug_idx\` ON \`careers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`careers_origin_idx\` ON \`careers\` (\`origin\`);`)
  await db.run(sql`CREATE INDEX \`careers_occupation_idx\` ON \`careers\` (\`occupation_id\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_code_idx\` ON \`careers\` (\`onet_code\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_job_family_idx\` ON \`careers\` (\`onet_job_family\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_job_zone_onet_job_zone_zone_idx\` ON \`careers\` (\`onet_job_zone_zone\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_interests_onet_interests_high_point_idx\` ON \`careers\` (\`onet_interests_high_point\`);`)
  await db.run(sql`CREATE INDEX \`careers_onet_onet_import_run_idx\` ON \`careers\` (\`onet_import_run_id\`);`)
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
  	\`version_origin\` text DEFAULT 'curated',
  	\`version_occupation_id\` text(36),
  	\`version_summary\` text,
  	\`version_demand_profile\` text,
  	\`version_taxonomy_onet_soc\` text,
  	\`version_taxonomy_onet_title\` text,
  	\`version_taxonomy_esco_label\` text,
  	\`version_taxonomy_isco08\` text,
  	\`version_onet_code\` text,
  	\`version_onet_job_family\` text,
  	\`version_onet_description\` text,
  	\`version_onet_job_zone_zone\` numeric,
  	\`version_onet_job_zone_date\` text,
  	\`version_onet_job_zone_domain_source\` text,
  	\`version_onet_job_zone_name\` text,
  	\`version_onet_job_zone_education\` text,
  	\`version_onet_job_zone_experience\` text,
  	\`version_onet_job_zone_training\` text,
  	\`version_onet_interests_realistic\` numeric,
  	\`version_onet_interests_investigative\` numeric,
  	\`version_onet_interests_artistic\` numeric,
  	\`version_onet_interests_social\` numeric,
  	\`version_onet_interests_enterprising\` numeric,
  	\`version_onet_interests_conventional\` numeric,
  	\`version_onet_interests_high_point\` text,
  	\`version_onet_interests_date\` text,
  	\`version_onet_interests_domain_source\` text,
  	\`version_onet_alternate_titles\` text,
  	\`version_onet_tasks\` text,
  	\`version_onet_related\` text,
  	\`version_onet_technologies\` text,
  	\`version_onet_checksums\` text,
  	\`version_onet_import_run_id\` text(36),
  	\`version_search_text\` text,
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
  	FOREIGN KEY (\`version_occupation_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_onet_import_run_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__careers_v\`("id", "parent_id", "version_title", "version_slug", "version_origin", "version_occupation_id", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_onet_code", "version_onet_job_family", "version_onet_description", "version_onet_job_zone_zone", "version_onet_job_zone_date", "version_onet_job_zone_domain_source", "version_onet_job_zone_name", "version_onet_job_zone_education", "version_onet_job_zone_experience", "version_onet_job_zone_training", "version_onet_interests_realistic", "version_onet_interests_investigative", "version_onet_interests_artistic", "version_onet_interests_social", "version_onet_interests_enterprising", "version_onet_interests_conventional", "version_onet_interests_high_point", "version_onet_interests_date", "version_onet_interests_domain_source", "version_onet_alternate_titles", "version_onet_tasks", "version_onet_related", "version_onet_technologies", "version_onet_checksums", "version_onet_import_run_id", "version_search_text", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_origin", "version_occupation_id", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_onet_code", "version_onet_job_family", "version_onet_description", "version_onet_job_zone_zone", "version_onet_job_zone_date", "version_onet_job_zone_domain_source", "version_onet_job_zone_name", "version_onet_job_zone_education", "version_onet_job_zone_experience", "version_onet_job_zone_training", "version_onet_interests_realistic", "version_onet_interests_investigative", "version_onet_interests_artistic", "version_onet_interests_social", "version_onet_interests_enterprising", "version_onet_interests_conventional", "version_onet_interests_high_point", "version_onet_interests_date", "version_onet_interests_domain_source", "version_onet_alternate_titles", "version_onet_tasks", "version_onet_related", "version_onet_technologies", "version_onet_checksums", "version_onet_import_run_id", "version_search_text", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_careers_v\`;`)
  await db.run(sql`DROP TABLE \`_careers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__careers_v\` RENAME TO \`_careers_v\`;`)
  await db.run(sql`CREATE INDEX \`_careers_v_parent_idx\` ON \`_careers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_slug_idx\` ON \`_careers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_origin_idx\` ON \`_careers_v\` (\`version_origin\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_occupation_idx\` ON \`_careers_v\` (\`version_occupation_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_code_idx\` ON \`_careers_v\` (\`version_onet_code\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_job_family_idx\` ON \`_careers_v\` (\`version_onet_job_family\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_job_zone_version_onet_job_zone_z_idx\` ON \`_careers_v\` (\`version_onet_job_zone_zone\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_interests_version_onet_interests_idx\` ON \`_careers_v\` (\`version_onet_interests_high_point\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_onet_version_onet_import_run_idx\` ON \`_careers_v\` (\`version_onet_import_run_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_stage_idx\` ON \`_careers_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_changed_by_idx\` ON \`_careers_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_updated_at_idx\` ON \`_careers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_created_at_idx\` ON \`_careers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version__status_idx\` ON \`_careers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_created_at_idx\` ON \`_careers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_updated_at_idx\` ON \`_careers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_latest_idx\` ON \`_careers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_career_skills\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`career_id\` text(36),
  	\`skill_id\` text(36),
  	\`summary\` text,
  	\`funnel_role_value\` text,
  	\`funnel_role_basis\` text DEFAULT 'analyst-judgement',
  	\`funnel_role_finding_id\` text(36),
  	\`funnel_role_rationale\` text,
  	\`salary_uplift_value\` text,
  	\`salary_uplift_basis\` text DEFAULT 'analyst-judgement',
  	\`salary_uplift_finding_id\` text(36),
  	\`salary_uplift_rationale\` text,
  	\`learning_ramp_value\` text,
  	\`learning_ramp_basis\` text DEFAULT 'analyst-judgement',
  	\`learning_ramp_finding_id\` text(36),
  	\`learning_ramp_rationale\` text,
  	\`applicability_value\` text,
  	\`applicability_basis\` text DEFAULT 'analyst-judgement',
  	\`applicability_finding_id\` text(36),
  	\`applicability_rationale\` text,
  	\`scope_note\` text,
  	\`limitations\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`changed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`funnel_role_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`salary_uplift_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learning_ramp_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_career_skills\`("id", "title", "career_id", "skill_id", "summary", "funnel_role_value", "funnel_role_basis", "funnel_role_finding_id", "funnel_role_rationale", "salary_uplift_value", "salary_uplift_basis", "salary_uplift_finding_id", "salary_uplift_rationale", "learning_ramp_value", "learning_ramp_basis", "learning_ramp_finding_id", "learning_ramp_rationale", "applicability_value", "applicability_basis", "applicability_finding_id", "applicability_rationale", "scope_note", "limitations", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "career_id", "skill_id", "summary", "funnel_role_value", "funnel_role_basis", "funnel_role_finding_id", "funnel_role_rationale", "salary_uplift_value", "salary_uplift_basis", "salary_uplift_finding_id", "salary_uplift_rationale", "learning_ramp_value", "learning_ramp_basis", "learning_ramp_finding_id", "learning_ramp_rationale", "applicability_value", "applicability_basis", "applicability_finding_id", "applicability_rationale", "scope_note", "limitations", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status" FROM \`career_skills\`;`)
  await db.run(sql`DROP TABLE \`career_skills\`;`)
  await db.run(sql`ALTER TABLE \`__new_career_skills\` RENAME TO \`career_skills\`;`)
  await db.run(sql`CREATE INDEX \`career_skills_career_idx\` ON \`career_skills\` (\`career_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_skill_idx\` ON \`career_skills\` (\`skill_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_funnel_role_funnel_role_finding_idx\` ON \`career_skills\` (\`funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_salary_uplift_salary_uplift_finding_idx\` ON \`career_skills\` (\`salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_learning_ramp_learning_ramp_finding_idx\` ON \`career_skills\` (\`learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_applicability_applicability_finding_idx\` ON \`career_skills\` (\`applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_stage_idx\` ON \`career_skills\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_changed_by_idx\` ON \`career_skills\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_updated_at_idx\` ON \`career_skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_created_at_idx\` ON \`career_skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills__status_idx\` ON \`career_skills\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`career_skill_idx\` ON \`career_skills\` (\`career_id\`,\`skill_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__career_skills_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_career_id\` text(36),
  	\`version_skill_id\` text(36),
  	\`version_summary\` text,
  	\`version_funnel_role_value\` text,
  	\`version_funnel_role_basis\` text DEFAULT 'analyst-judgement',
  	\`version_funnel_role_finding_id\` text(36),
  	\`version_funnel_role_rationale\` text,
  	\`version_salary_uplift_value\` text,
  	\`version_salary_uplift_basis\` text DEFAULT 'analyst-judgement',
  	\`version_salary_uplift_finding_id\` text(36),
  	\`version_salary_uplift_rationale\` text,
  	\`version_learning_ramp_value\` text,
  	\`version_learning_ramp_basis\` text DEFAULT 'analyst-judgement',
  	\`version_learning_ramp_finding_id\` text(36),
  	\`version_learning_ramp_rationale\` text,
  	\`version_applicability_value\` text,
  	\`version_applicability_basis\` text DEFAULT 'analyst-judgement',
  	\`version_applicability_finding_id\` text(36),
  	\`version_applicability_rationale\` text,
  	\`version_scope_note\` text,
  	\`version_limitations\` text,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_changed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_funnel_role_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_salary_uplift_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learning_ramp_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__career_skills_v\`("id", "parent_id", "version_title", "version_career_id", "version_skill_id", "version_summary", "version_funnel_role_value", "version_funnel_role_basis", "version_funnel_role_finding_id", "version_funnel_role_rationale", "version_salary_uplift_value", "version_salary_uplift_basis", "version_salary_uplift_finding_id", "version_salary_uplift_rationale", "version_learning_ramp_value", "version_learning_ramp_basis", "version_learning_ramp_finding_id", "version_learning_ramp_rationale", "version_applicability_value", "version_applicability_basis", "version_applicability_finding_id", "version_applicability_rationale", "version_scope_note", "version_limitations", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_career_id", "version_skill_id", "version_summary", "version_funnel_role_value", "version_funnel_role_basis", "version_funnel_role_finding_id", "version_funnel_role_rationale", "version_salary_uplift_value", "version_salary_uplift_basis", "version_salary_uplift_finding_id", "version_salary_uplift_rationale", "version_learning_ramp_value", "version_learning_ramp_basis", "version_learning_ramp_finding_id", "version_learning_ramp_rationale", "version_applicability_value", "version_applicability_basis", "version_applicability_finding_id", "version_applicability_rationale", "version_scope_note", "version_limitations", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_career_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__career_skills_v\` RENAME TO \`_career_skills_v\`;`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_parent_idx\` ON \`_career_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_career_idx\` ON \`_career_skills_v\` (\`version_career_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_skill_idx\` ON \`_career_skills_v\` (\`version_skill_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_funnel_role_version_funnel_role_idx\` ON \`_career_skills_v\` (\`version_funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_salary_uplift_version_salary_up_idx\` ON \`_career_skills_v\` (\`version_salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_learning_ramp_version_learning__idx\` ON \`_career_skills_v\` (\`version_learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_applicability_version_applicabi_idx\` ON \`_career_skills_v\` (\`version_applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_stage_idx\` ON \`_career_skills_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_changed_by_idx\` ON \`_career_skills_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_updated_at_idx\` ON \`_career_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_created_at_idx\` ON \`_career_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version__status_idx\` ON \`_career_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_created_at_idx\` ON \`_career_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_updated_at_idx\` ON \`_career_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_latest_idx\` ON \`_career_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_career_version_skill_idx\` ON \`_career_skills_v\` (\`version_career_id\`,\`version_skill_id\`);`)
  await db.run(sql`ALTER TABLE \`sources_authors\` DROP COLUMN \`suffix\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`report_number\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`later_published_as_venue\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`later_published_as_year\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`later_published_as_doi\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`later_published_as_url\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_authors\` DROP COLUMN \`suffix\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_report_number\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_later_published_as_venue\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_later_published_as_year\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_later_published_as_doi\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_later_published_as_url\`;`)
}
