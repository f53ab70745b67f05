import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_value_idx\` ON \`users_roles\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`sources_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`given\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_authors_order_idx\` ON \`sources_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sources_authors_parent_id_idx\` ON \`sources_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`venue\` text,
  	\`volume\` text,
  	\`issue\` text,
  	\`pages\` text,
  	\`year\` numeric,
  	\`published_date\` text,
  	\`date_accessed\` text,
  	\`doi\` text,
  	\`url\` text,
  	\`archive_url\` text,
  	\`licence\` text,
  	\`provenance_source_type\` text,
  	\`provenance_study_design\` text,
  	\`provenance_sample_size\` numeric,
  	\`provenance_sample_description\` text,
  	\`provenance_conflict_of_interest\` text,
  	\`flags_vendor_survey\` integer DEFAULT false,
  	\`flags_recall_bias\` integer DEFAULT false,
  	\`flags_preprint\` integer DEFAULT false,
  	\`flags_retracted\` integer DEFAULT false,
  	\`verification_status\` text DEFAULT 'unverified',
  	\`verification_note\` text,
  	\`verification_checked_by_id\` text(36),
  	\`verification_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`verification_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_year_idx\` ON \`sources\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`sources_doi_idx\` ON \`sources\` (\`doi\`);`)
  await db.run(sql`CREATE INDEX \`sources_provenance_provenance_source_type_idx\` ON \`sources\` (\`provenance_source_type\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_status_idx\` ON \`sources\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_checked_by_idx\` ON \`sources\` (\`verification_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sources__status_idx\` ON \`sources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`given\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_authors_order_idx\` ON \`_sources_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_authors_parent_id_idx\` ON \`_sources_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_volume\` text,
  	\`version_issue\` text,
  	\`version_pages\` text,
  	\`version_year\` numeric,
  	\`version_published_date\` text,
  	\`version_date_accessed\` text,
  	\`version_doi\` text,
  	\`version_url\` text,
  	\`version_archive_url\` text,
  	\`version_licence\` text,
  	\`version_provenance_source_type\` text,
  	\`version_provenance_study_design\` text,
  	\`version_provenance_sample_size\` numeric,
  	\`version_provenance_sample_description\` text,
  	\`version_provenance_conflict_of_interest\` text,
  	\`version_flags_vendor_survey\` integer DEFAULT false,
  	\`version_flags_recall_bias\` integer DEFAULT false,
  	\`version_flags_preprint\` integer DEFAULT false,
  	\`version_flags_retracted\` integer DEFAULT false,
  	\`version_verification_status\` text DEFAULT 'unverified',
  	\`version_verification_note\` text,
  	\`version_verification_checked_by_id\` text(36),
  	\`version_verification_checked_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_verification_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_year_idx\` ON \`_sources_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_doi_idx\` ON \`_sources_v\` (\`version_doi\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_provenance_version_provenance_source__idx\` ON \`_sources_v\` (\`version_provenance_source_type\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_verification_version_verification_sta_idx\` ON \`_sources_v\` (\`version_verification_status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_verification_version_verification_che_idx\` ON \`_sources_v\` (\`version_verification_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version__status_idx\` ON \`_sources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_latest_idx\` ON \`_sources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`findings_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`findings_figures_order_idx\` ON \`findings_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`findings_figures_parent_id_idx\` ON \`findings_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`statement\` text,
  	\`source_id\` text(36),
  	\`topic\` text,
  	\`population\` text,
  	\`scope\` text,
  	\`certainty\` text,
  	\`limitations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`findings_source_idx\` ON \`findings\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`findings_topic_idx\` ON \`findings\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`findings_updated_at_idx\` ON \`findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`findings_created_at_idx\` ON \`findings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`findings__status_idx\` ON \`findings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_findings_v_version_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_findings_v_version_figures_order_idx\` ON \`_findings_v_version_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_figures_parent_id_idx\` ON \`_findings_v_version_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_findings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_headline\` text,
  	\`version_statement\` text,
  	\`version_source_id\` text(36),
  	\`version_topic\` text,
  	\`version_population\` text,
  	\`version_scope\` text,
  	\`version_certainty\` text,
  	\`version_limitations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_findings_v_parent_idx\` ON \`_findings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_source_idx\` ON \`_findings_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_topic_idx\` ON \`_findings_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_updated_at_idx\` ON \`_findings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_created_at_idx\` ON \`_findings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version__status_idx\` ON \`_findings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_created_at_idx\` ON \`_findings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_updated_at_idx\` ON \`_findings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_latest_idx\` ON \`_findings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`careers_skill_clusters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`careers_skill_clusters_order_idx\` ON \`careers_skill_clusters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`careers_skill_clusters_parent_id_idx\` ON \`careers_skill_clusters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`careers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`demand_profile\` text,
  	\`taxonomy_onet_soc\` text,
  	\`taxonomy_onet_title\` text,
  	\`taxonomy_esco_label\` text,
  	\`taxonomy_isco08\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`careers_slug_idx\` ON \`careers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`careers_updated_at_idx\` ON \`careers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`careers_created_at_idx\` ON \`careers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`careers__status_idx\` ON \`careers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`careers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	\`careers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`careers_rels_order_idx\` ON \`careers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`careers_rels_parent_idx\` ON \`careers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`careers_rels_path_idx\` ON \`careers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`careers_rels_skills_id_idx\` ON \`careers_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`careers_rels_careers_id_idx\` ON \`careers_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE TABLE \`_careers_v_version_skill_clusters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_careers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_careers_v_version_skill_clusters_order_idx\` ON \`_careers_v_version_skill_clusters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_skill_clusters_parent_id_idx\` ON \`_careers_v_version_skill_clusters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_careers_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_careers_v_parent_idx\` ON \`_careers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_slug_idx\` ON \`_careers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_updated_at_idx\` ON \`_careers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_created_at_idx\` ON \`_careers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version__status_idx\` ON \`_careers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_created_at_idx\` ON \`_careers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_updated_at_idx\` ON \`_careers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_latest_idx\` ON \`_careers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_careers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	\`careers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_careers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_careers_v_rels_order_idx\` ON \`_careers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_rels_parent_idx\` ON \`_careers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_rels_path_idx\` ON \`_careers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_rels_skills_id_idx\` ON \`_careers_v_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_rels_careers_id_idx\` ON \`_careers_v_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE TABLE \`skills\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_slug_idx\` ON \`skills\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`skills__status_idx\` ON \`skills\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`skills_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`skills_rels_order_idx\` ON \`skills_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`skills_rels_parent_idx\` ON \`skills_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`skills_rels_path_idx\` ON \`skills_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`skills_rels_skills_id_idx\` ON \`skills_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`_skills_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_skills_v_parent_idx\` ON \`_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_slug_idx\` ON \`_skills_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_updated_at_idx\` ON \`_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_created_at_idx\` ON \`_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version__status_idx\` ON \`_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_created_at_idx\` ON \`_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_updated_at_idx\` ON \`_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_latest_idx\` ON \`_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_skills_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_skills_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_skills_v_rels_order_idx\` ON \`_skills_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_rels_parent_idx\` ON \`_skills_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_rels_path_idx\` ON \`_skills_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_rels_skills_id_idx\` ON \`_skills_v_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`career_skills_screening\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`how_screened\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_skills_screening_order_idx\` ON \`career_skills_screening\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_screening_parent_id_idx\` ON \`career_skills_screening\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_skills_adjacent_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_skills_adjacent_questions_order_idx\` ON \`career_skills_adjacent_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_adjacent_questions_parent_id_idx\` ON \`career_skills_adjacent_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_skills\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`funnel_role_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`salary_uplift_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learning_ramp_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`career_skills_career_idx\` ON \`career_skills\` (\`career_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_skill_idx\` ON \`career_skills\` (\`skill_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_funnel_role_funnel_role_finding_idx\` ON \`career_skills\` (\`funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_salary_uplift_salary_uplift_finding_idx\` ON \`career_skills\` (\`salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_learning_ramp_learning_ramp_finding_idx\` ON \`career_skills\` (\`learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_applicability_applicability_finding_idx\` ON \`career_skills\` (\`applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_updated_at_idx\` ON \`career_skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_created_at_idx\` ON \`career_skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills__status_idx\` ON \`career_skills\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`career_skill_idx\` ON \`career_skills\` (\`career_id\`,\`skill_id\`);`)
  await db.run(sql`CREATE TABLE \`career_skills_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	\`findings_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_skills_rels_order_idx\` ON \`career_skills_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_rels_parent_idx\` ON \`career_skills_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_rels_path_idx\` ON \`career_skills_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_rels_skills_id_idx\` ON \`career_skills_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_rels_findings_id_idx\` ON \`career_skills_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_skills_v_version_screening\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`how_screened\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_skills_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_screening_order_idx\` ON \`_career_skills_v_version_screening\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_screening_parent_id_idx\` ON \`_career_skills_v_version_screening\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_skills_v_version_adjacent_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_skills_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_adjacent_questions_order_idx\` ON \`_career_skills_v_version_adjacent_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_adjacent_questions_parent_id_idx\` ON \`_career_skills_v_version_adjacent_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_skills_v\` (
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
  	FOREIGN KEY (\`version_applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_skills_v_parent_idx\` ON \`_career_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_career_idx\` ON \`_career_skills_v\` (\`version_career_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_skill_idx\` ON \`_career_skills_v\` (\`version_skill_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_funnel_role_version_funnel_role_idx\` ON \`_career_skills_v\` (\`version_funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_salary_uplift_version_salary_up_idx\` ON \`_career_skills_v\` (\`version_salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_learning_ramp_version_learning__idx\` ON \`_career_skills_v\` (\`version_learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_applicability_version_applicabi_idx\` ON \`_career_skills_v\` (\`version_applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_updated_at_idx\` ON \`_career_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_created_at_idx\` ON \`_career_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version__status_idx\` ON \`_career_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_created_at_idx\` ON \`_career_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_updated_at_idx\` ON \`_career_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_latest_idx\` ON \`_career_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_career_version_skill_idx\` ON \`_career_skills_v\` (\`version_career_id\`,\`version_skill_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_skills_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` text(36),
  	\`findings_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_career_skills_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_skills_v_rels_order_idx\` ON \`_career_skills_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_rels_parent_idx\` ON \`_career_skills_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_rels_path_idx\` ON \`_career_skills_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_rels_skills_id_idx\` ON \`_career_skills_v_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_rels_findings_id_idx\` ON \`_career_skills_v_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`topic\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_topic_idx\` ON \`faqs\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`findings_id\` text(36),
  	\`careers_id\` text(36),
  	\`skills_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_findings_id_idx\` ON \`faqs_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_careers_id_idx\` ON \`faqs_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_skills_id_idx\` ON \`faqs_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_topic\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_topic_idx\` ON \`_faqs_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`findings_id\` text(36),
  	\`careers_id\` text(36),
  	\`skills_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_findings_id_idx\` ON \`_faqs_v_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_careers_id_idx\` ON \`_faqs_v_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_skills_id_idx\` ON \`_faqs_v_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_skills_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`sources_authors\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`findings_figures\`;`)
  await db.run(sql`DROP TABLE \`findings\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_figures\`;`)
  await db.run(sql`DROP TABLE \`_findings_v\`;`)
  await db.run(sql`DROP TABLE \`careers_skill_clusters\`;`)
  await db.run(sql`DROP TABLE \`careers\`;`)
  await db.run(sql`DROP TABLE \`careers_rels\`;`)
  await db.run(sql`DROP TABLE \`_careers_v_version_skill_clusters\`;`)
  await db.run(sql`DROP TABLE \`_careers_v\`;`)
  await db.run(sql`DROP TABLE \`_careers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`DROP TABLE \`skills_rels\`;`)
  await db.run(sql`DROP TABLE \`_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_skills_v_rels\`;`)
  await db.run(sql`DROP TABLE \`career_skills_screening\`;`)
  await db.run(sql`DROP TABLE \`career_skills_adjacent_questions\`;`)
  await db.run(sql`DROP TABLE \`career_skills\`;`)
  await db.run(sql`DROP TABLE \`career_skills_rels\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v_version_screening\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v_version_adjacent_questions\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
