CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`title_fi` text NOT NULL,
	`title_sv` text NOT NULL,
	`topic` text NOT NULL,
	`url` text,
	`rule` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`position` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`organization_type` text,
	`business_code` text,
	`emails` text NOT NULL,
	`area_type` text,
	`modified` text,
	`last_snapshot_id` integer
);
--> statement-breakpoint
CREATE TABLE `service_versions` (
	`hash` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`responsible_organization_id` text,
	`publishing_status` text,
	`modified` text,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `service_versions_service_idx` ON `service_versions` (`service_id`);--> statement-breakpoint
CREATE TABLE `snapshot_services` (
	`snapshot_id` integer NOT NULL,
	`service_id` text NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`snapshot_id`, `service_id`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hash`) REFERENCES `service_versions`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`base_snapshot_id` integer,
	`created_at` text NOT NULL,
	`service_count` integer NOT NULL,
	`organization_count` integer NOT NULL,
	`shapes` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`service_id` text NOT NULL,
	`decision` text NOT NULL,
	`status` text NOT NULL,
	`decided_by` text NOT NULL,
	`decided_at` text NOT NULL,
	`note` text,
	`service_hash` text,
	`source` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_approved_pair` ON `decisions` (`article_id`,`service_id`) WHERE status = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_proposed_pair` ON `decisions` (`article_id`,`service_id`,`decided_by`) WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX `decisions_service_idx` ON `decisions` (`service_id`);--> statement-breakpoint
CREATE TABLE `observed_links` (
	`region_code` text NOT NULL,
	`article_id` text NOT NULL,
	`service_id` text NOT NULL,
	`observed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observed_links_pair` ON `observed_links` (`region_code`,`article_id`,`service_id`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fi` text NOT NULL,
	`name_sv` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `region_municipalities` (
	`region_code` text NOT NULL,
	`municipality_code` text NOT NULL,
	PRIMARY KEY(`region_code`, `municipality_code`),
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fi` text NOT NULL,
	`name_sv` text NOT NULL,
	`aland_islands` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL
);
