CREATE TABLE `change_request_articles` (
	`request_id` integer NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`request_id`, `article_id`),
	FOREIGN KEY (`request_id`) REFERENCES `change_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `change_request_articles_article_idx` ON `change_request_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `change_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`region_code` text NOT NULL,
	`type` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`recipient_organization_id` text,
	`recipient_name` text NOT NULL,
	`recipient_email` text,
	`service_id` text,
	`item_kind` text,
	`item_value` text,
	`reason` text NOT NULL,
	`details` text NOT NULL,
	`state` text NOT NULL,
	`source_flag_id` integer,
	`source_description_request_id` integer,
	`source_proposal_id` integer,
	`base_snapshot_id` integer,
	`verification` text,
	`verified_snapshot_id` integer,
	`sent_at` text,
	`last_export_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `change_requests_code_unique` ON `change_requests` (`code`);--> statement-breakpoint
CREATE INDEX `change_requests_state_idx` ON `change_requests` (`region_code`,`state`);--> statement-breakpoint
CREATE INDEX `change_requests_service_idx` ON `change_requests` (`service_id`);--> statement-breakpoint
CREATE TABLE `request_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`format` text NOT NULL,
	`language` text NOT NULL,
	`recipient` text,
	`request_ids` text NOT NULL,
	`marked_sent` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`body` blob NOT NULL,
	`byte_size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `verification_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`snapshot_id` integer,
	`trigger` text NOT NULL,
	`checked` integer NOT NULL,
	`verified_ids` text NOT NULL,
	`still_open_ids` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `history_events` ADD `change_request_id` integer;--> statement-breakpoint
CREATE INDEX `history_change_request_idx` ON `history_events` (`change_request_id`,`id`);