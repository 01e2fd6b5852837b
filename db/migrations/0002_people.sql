CREATE TABLE `history_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`article_id` text,
	`service_id` text,
	`region_code` text,
	`workshop_id` integer,
	`article_version` integer,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `history_article_idx` ON `history_events` (`article_id`,`id`);--> statement-breakpoint
CREATE INDEX `history_service_idx` ON `history_events` (`service_id`,`id`);--> statement-breakpoint
CREATE INDEX `history_user_idx` ON `history_events` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `invites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invites_token_hash_unique` ON `invites` (`token_hash`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`service_id` text,
	`kind` text NOT NULL,
	`comment` text,
	`missing_text` text,
	`user_id` integer NOT NULL,
	`user_name` text NOT NULL,
	`workshop_id` integer,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_person_pair` ON `proposals` (`article_id`,`service_id`,`user_id`) WHERE service_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `proposals_article_idx` ON `proposals` (`article_id`);--> statement-breakpoint
CREATE INDEX `proposals_workshop_idx` ON `proposals` (`workshop_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`method` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `signoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`region_code` text NOT NULL,
	`action` text NOT NULL,
	`snapshot_id` integer,
	`user_id` integer,
	`user_name` text NOT NULL,
	`at` text NOT NULL,
	`comment` text,
	`approved` text NOT NULL,
	`surfacing` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signoffs_article_idx` ON `signoffs` (`article_id`,`region_code`);--> statement-breakpoint
CREATE TABLE `user_topics` (
	`user_id` integer NOT NULL,
	`topic` text NOT NULL,
	PRIMARY KEY(`user_id`, `topic`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`password_hash` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`deactivated_at` text,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `workshop_articles` (
	`workshop_id` integer NOT NULL,
	`article_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`workshop_id`, `article_id`),
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workshop_articles_article_idx` ON `workshop_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `workshop_participants` (
	`workshop_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`workshop_id`, `user_id`),
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workshop_participants_user_idx` ON `workshop_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`topics` text NOT NULL,
	`date` text NOT NULL,
	`deadline` text,
	`mode` text NOT NULL,
	`facilitator_id` integer,
	`live_article_id` text,
	`region_code` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`facilitator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `decisions_version` integer DEFAULT 0 NOT NULL;