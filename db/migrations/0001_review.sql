CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`service_id` text,
	`body` text NOT NULL,
	`author` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comments_article_idx` ON `comments` (`article_id`,`service_id`);--> statement-breakpoint
CREATE TABLE `description_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`name_fi` text NOT NULL,
	`name_sv` text NOT NULL,
	`summary_fi` text NOT NULL,
	`summary_sv` text NOT NULL,
	`description_fi` text NOT NULL,
	`description_sv` text NOT NULL,
	`organization_id` text,
	`organization_name` text NOT NULL,
	`keywords` text NOT NULL,
	`service_classes` text NOT NULL,
	`target_groups` text NOT NULL,
	`article_ids` text NOT NULL,
	`status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` text NOT NULL,
	`article_id` text NOT NULL,
	`region_code` text NOT NULL,
	`item_kind` text NOT NULL,
	`item_value` text NOT NULL,
	`target` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `flags_service_idx` ON `flags` (`service_id`);--> statement-breakpoint
CREATE INDEX `flags_article_idx` ON `flags` (`article_id`);