-- Bookly 27.4 core tables, as Bookly's Installer::createTables() creates them (see
-- /work/shared/reference/bookly-schema.md). Used to build a Bookly-shaped database on a test or
-- benchmark site where Bookly itself is not installed. {prefix} is the WordPress table prefix and
-- {charset} is $wpdb->get_charset_collate(). Order = Bookly's own FK dependency order.
CREATE TABLE IF NOT EXISTS `{prefix}bookly_staff` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `category_id` INT UNSIGNED DEFAULT NULL,
  `wp_user_id` BIGINT(20) UNSIGNED DEFAULT NULL,
  `attachment_id` INT UNSIGNED DEFAULT NULL,
  `full_name` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(32) DEFAULT NULL,
  `time_zone` VARCHAR(255) DEFAULT NULL,
  `info` TEXT DEFAULT NULL,
  `working_time_limit` INT UNSIGNED DEFAULT NULL,
  `visibility` ENUM('public','private','archive') NOT NULL DEFAULT 'public',
  `position` INT NOT NULL DEFAULT 9999,
  `google_data` TEXT DEFAULT NULL,
  `outlook_data` TEXT DEFAULT NULL,
  `apple_data` TEXT DEFAULT NULL,
  `zoom_authentication` ENUM('default','oauth') NOT NULL DEFAULT 'default',
  `zoom_oauth_token` TEXT DEFAULT NULL,
  `icalendar` TINYINT(1) NOT NULL DEFAULT 0,
  `icalendar_token` VARCHAR(255) DEFAULT NULL,
  `icalendar_days_before` INT NOT NULL DEFAULT 365,
  `icalendar_days_after` INT NOT NULL DEFAULT 365,
  `color` VARCHAR(255) NOT NULL DEFAULT '#dddddd',
  `gateways` VARCHAR(255) DEFAULT NULL
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_categories` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `attachment_id` INT UNSIGNED DEFAULT NULL,
  `info` TEXT DEFAULT NULL,
  `position` INT NOT NULL DEFAULT 9999
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_services` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `category_id` INT UNSIGNED DEFAULT NULL,
  `type` ENUM('simple','collaborative','compound','package') NOT NULL DEFAULT 'simple',
  `title` VARCHAR(255) DEFAULT '',
  `attachment_id` INT UNSIGNED DEFAULT NULL,
  `duration` INT NOT NULL DEFAULT 900,
  `slot_length` VARCHAR(32) NOT NULL DEFAULT 'default',
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `color` VARCHAR(32) NOT NULL DEFAULT '#FFFFFF',
  `deposit` VARCHAR(16) NOT NULL DEFAULT '100%',
  `capacity_min` INT NOT NULL DEFAULT 1,
  `capacity_max` INT NOT NULL DEFAULT 1,
  `waiting_list_capacity` INT UNSIGNED DEFAULT NULL,
  `one_booking_per_slot` TINYINT(1) NOT NULL DEFAULT 0,
  `padding_left` INT NOT NULL DEFAULT 0,
  `padding_right` INT NOT NULL DEFAULT 0,
  `info` TEXT DEFAULT NULL,
  `start_time_info` VARCHAR(32) DEFAULT '',
  `end_time_info` VARCHAR(32) DEFAULT '',
  `same_staff_for_subservices` TINYINT(1) NOT NULL DEFAULT 0,
  `units_min` INT UNSIGNED NOT NULL DEFAULT 1,
  `units_max` INT UNSIGNED NOT NULL DEFAULT 1,
  `package_life_time` INT DEFAULT NULL,
  `package_size` INT DEFAULT NULL,
  `package_life_time_type` ENUM('first_booking','creation_date') NOT NULL DEFAULT 'first_booking',
  `package_unassigned` TINYINT(1) NOT NULL DEFAULT 0,
  `appointments_limit` INT DEFAULT NULL,
  `limit_period` ENUM('off','day','week','month','year','upcoming','calendar_day','calendar_week','calendar_month','calendar_year') NOT NULL DEFAULT 'off',
  `staff_preference` ENUM('order','least_occupied','most_occupied','least_occupied_for_period','most_occupied_for_period','least_expensive','most_expensive') NOT NULL DEFAULT 'most_expensive',
  `staff_preference_settings` TEXT DEFAULT NULL,
  `recurrence_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `recurrence_frequencies` SET('daily','weekly','biweekly','monthly') NOT NULL DEFAULT 'daily,weekly,biweekly,monthly',
  `time_requirements` ENUM('required','optional','off') NOT NULL DEFAULT 'required',
  `collaborative_equal_duration` TINYINT(1) NOT NULL DEFAULT 0,
  `online_meetings` ENUM('off','zoom','google_meet','jitsi','bbb','teams') NOT NULL DEFAULT 'off',
  `final_step_url` VARCHAR(512) NOT NULL DEFAULT '',
  `wc_product_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `wc_cart_info_name` VARCHAR(255) DEFAULT NULL,
  `wc_cart_info` TEXT DEFAULT NULL,
  `min_time_prior_booking` INT DEFAULT NULL,
  `min_time_prior_cancel` INT DEFAULT NULL,
  `gateways` VARCHAR(255) DEFAULT NULL,
  `tags` TEXT DEFAULT NULL,
  `visibility` ENUM('public','private','group') NOT NULL DEFAULT 'public',
  `position` INT NOT NULL DEFAULT 9999,
  CONSTRAINT FOREIGN KEY (`category_id`) REFERENCES `{prefix}bookly_categories`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_sub_services` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` ENUM('service','spare_time') NOT NULL DEFAULT 'service',
  `service_id` INT UNSIGNED NOT NULL,
  `sub_service_id` INT UNSIGNED DEFAULT NULL,
  `duration` INT DEFAULT NULL,
  `position` INT NOT NULL DEFAULT 9999,
  CONSTRAINT FOREIGN KEY (`service_id`) REFERENCES `{prefix}bookly_services`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`sub_service_id`) REFERENCES `{prefix}bookly_services`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_staff_schedule_items` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `staff_id` INT UNSIGNED NOT NULL,
  `location_id` INT UNSIGNED DEFAULT NULL,
  `day_index` INT UNSIGNED NOT NULL,
  `start_time` TIME DEFAULT NULL,
  `end_time` TIME DEFAULT NULL,
  UNIQUE KEY `unique_ids_idx` (`staff_id`, `day_index`, `location_id`),
  CONSTRAINT FOREIGN KEY (`staff_id`) REFERENCES `{prefix}bookly_staff`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_staff_services` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `staff_id` INT UNSIGNED NOT NULL,
  `service_id` INT UNSIGNED NOT NULL,
  `location_id` INT UNSIGNED DEFAULT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `deposit` VARCHAR(100) NOT NULL DEFAULT '100%',
  `capacity_min` INT NOT NULL DEFAULT 1,
  `capacity_max` INT NOT NULL DEFAULT 1,
  UNIQUE KEY `unique_ids_idx` (`staff_id`, `service_id`, `location_id`),
  CONSTRAINT FOREIGN KEY (`staff_id`) REFERENCES `{prefix}bookly_staff`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`service_id`) REFERENCES `{prefix}bookly_services`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_schedule_item_breaks` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `staff_schedule_item_id` INT UNSIGNED NOT NULL,
  `start_time` TIME DEFAULT NULL,
  `end_time` TIME DEFAULT NULL,
  CONSTRAINT FOREIGN KEY (`staff_schedule_item_id`) REFERENCES `{prefix}bookly_staff_schedule_items`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_notifications` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `gateway` ENUM('email','sms','voice','whatsapp') NOT NULL DEFAULT 'email',
  `type` VARCHAR(255) NOT NULL DEFAULT '',
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `subject` VARCHAR(255) NOT NULL DEFAULT '',
  `message` TEXT DEFAULT NULL,
  `to_staff` TINYINT(1) NOT NULL DEFAULT 0,
  `to_customer` TINYINT(1) NOT NULL DEFAULT 0,
  `to_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `to_custom` TINYINT(1) NOT NULL DEFAULT 0,
  `to_organizer` TINYINT(1) NOT NULL DEFAULT 0,
  `custom_recipients` VARCHAR(255) DEFAULT NULL,
  `attach_ics` TINYINT(1) NOT NULL DEFAULT 0,
  `attach_invoice` TINYINT(1) NOT NULL DEFAULT 0,
  `settings` TEXT DEFAULT NULL
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_customers` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `wp_user_id` BIGINT(20) UNSIGNED DEFAULT NULL,
  `facebook_id` BIGINT(20) UNSIGNED DEFAULT NULL,
  `group_id` INT UNSIGNED DEFAULT NULL,
  `full_name` VARCHAR(128) NOT NULL DEFAULT '',
  `first_name` VARCHAR(64) NOT NULL DEFAULT '',
  `last_name` VARCHAR(64) NOT NULL DEFAULT '',
  `phone` VARCHAR(32) NOT NULL DEFAULT '',
  `email` VARCHAR(128) NOT NULL DEFAULT '',
  `birthday` DATE DEFAULT NULL,
  `country` VARCHAR(32) DEFAULT NULL,
  `state` VARCHAR(32) DEFAULT NULL,
  `postcode` VARCHAR(10) DEFAULT NULL,
  `city` VARCHAR(64) DEFAULT NULL,
  `street` VARCHAR(64) DEFAULT NULL,
  `street_number` VARCHAR(16) DEFAULT NULL,
  `additional_address` VARCHAR(255) DEFAULT NULL,
  `full_address` VARCHAR(255) DEFAULT NULL,
  `notes` TEXT NOT NULL,
  `info_fields` TEXT DEFAULT NULL,
  `tags` TEXT DEFAULT NULL,
  `stripe_account` VARCHAR(36) DEFAULT NULL,
  `stripe_cloud_account` VARCHAR(36) DEFAULT NULL,
  `attachment_id` INT UNSIGNED DEFAULT NULL,
  `created_at` DATETIME NOT NULL
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_series` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repeat` VARCHAR(255) DEFAULT NULL,
  `token` VARCHAR(255) NOT NULL
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_appointments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `location_id` INT UNSIGNED DEFAULT NULL,
  `staff_id` INT UNSIGNED NOT NULL,
  `staff_any` TINYINT(1) NOT NULL DEFAULT 0,
  `service_id` INT UNSIGNED DEFAULT NULL,
  `custom_service_name` VARCHAR(255) DEFAULT NULL,
  `custom_service_price` DECIMAL(10,2) DEFAULT NULL,
  `start_date` DATETIME DEFAULT NULL,
  `end_date` DATETIME DEFAULT NULL,
  `extras_duration` INT NOT NULL DEFAULT 0,
  `internal_note` TEXT DEFAULT NULL,
  `google_event_id` VARCHAR(255) DEFAULT NULL,
  `google_event_etag` VARCHAR(255) DEFAULT NULL,
  `outlook_event_id` VARCHAR(255) DEFAULT NULL,
  `outlook_event_change_key` VARCHAR(255) DEFAULT NULL,
  `outlook_event_series_id` VARCHAR(255) DEFAULT NULL,
  `apple_event_id` VARCHAR(255) DEFAULT NULL,
  `apple_event_etag` VARCHAR(255) DEFAULT NULL,
  `online_meeting_provider` ENUM('zoom','google_meet','jitsi','bbb','teams') DEFAULT NULL,
  `online_meeting_id` VARCHAR(255) DEFAULT NULL,
  `online_meeting_data` TEXT DEFAULT NULL,
  `created_from` ENUM('bookly','google','outlook','apple') NOT NULL DEFAULT 'bookly',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  CONSTRAINT FOREIGN KEY (`staff_id`) REFERENCES `{prefix}bookly_staff`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`service_id`) REFERENCES `{prefix}bookly_services`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_holidays` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `staff_id` INT UNSIGNED DEFAULT NULL,
  `parent_id` INT UNSIGNED DEFAULT NULL,
  `date` DATE NOT NULL,
  `repeat_event` TINYINT(1) NOT NULL DEFAULT 0,
  CONSTRAINT FOREIGN KEY (`staff_id`) REFERENCES `{prefix}bookly_staff`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_orders` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `token` VARCHAR(255) DEFAULT NULL
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_payments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `customer_id` INT UNSIGNED DEFAULT NULL,
  `parent_id` INT UNSIGNED DEFAULT NULL,
  `coupon_id` INT UNSIGNED DEFAULT NULL,
  `gift_card_id` INT UNSIGNED DEFAULT NULL,
  `type` ENUM('local','free','paypal','authorize_net','stripe','2checkout','payu_biz','payu_latam','payson','mollie','woocommerce','cloud_stripe','cloud_square') NOT NULL DEFAULT 'local',
  `total` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `tax` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `paid` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `child_paid` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `paid_type` ENUM('in_full','deposit') NOT NULL DEFAULT 'in_full',
  `gateway_price_correction` DECIMAL(10,2) NULL DEFAULT 0.00,
  `status` ENUM('pending','completed','rejected','refunded') NOT NULL DEFAULT 'completed',
  `token` VARCHAR(255) DEFAULT NULL,
  `details` TEXT DEFAULT NULL,
  `order_id` INT UNSIGNED DEFAULT NULL,
  `ref_id` VARCHAR(255) DEFAULT NULL,
  `invoice_id` INT UNSIGNED DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  INDEX `invoice_id` (`invoice_id`),
  CONSTRAINT FOREIGN KEY (`customer_id`) REFERENCES `{prefix}bookly_customers`(`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`parent_id`) REFERENCES `{prefix}bookly_payments`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`order_id`) REFERENCES `{prefix}bookly_orders`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_customer_appointments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `series_id` INT UNSIGNED DEFAULT NULL,
  `package_id` INT UNSIGNED DEFAULT NULL,
  `customer_id` INT UNSIGNED NOT NULL,
  `appointment_id` INT UNSIGNED NOT NULL,
  `payment_id` INT UNSIGNED DEFAULT NULL,
  `order_id` INT UNSIGNED DEFAULT NULL,
  `number_of_persons` INT UNSIGNED NOT NULL DEFAULT 1,
  `units` INT UNSIGNED NOT NULL DEFAULT 1,
  `notes` TEXT DEFAULT NULL,
  `extras` TEXT DEFAULT NULL,
  `extras_multiply_nop` TINYINT(1) NOT NULL DEFAULT 1,
  `custom_fields` TEXT DEFAULT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'approved',
  `status_changed_at` DATETIME DEFAULT NULL,
  `token` VARCHAR(255) DEFAULT NULL,
  `time_zone` VARCHAR(255) DEFAULT NULL,
  `time_zone_offset` INT DEFAULT NULL,
  `rating` INT DEFAULT NULL,
  `rating_comment` TEXT DEFAULT NULL,
  `locale` VARCHAR(8) DEFAULT NULL,
  `collaborative_service_id` INT UNSIGNED DEFAULT NULL,
  `collaborative_token` VARCHAR(255) DEFAULT NULL,
  `compound_service_id` INT UNSIGNED DEFAULT NULL,
  `compound_token` VARCHAR(255) DEFAULT NULL,
  `created_from` ENUM('frontend','backend') NOT NULL DEFAULT 'frontend',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  CONSTRAINT FOREIGN KEY (`series_id`) REFERENCES `{prefix}bookly_series`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`customer_id`) REFERENCES `{prefix}bookly_customers`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`appointment_id`) REFERENCES `{prefix}bookly_appointments`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`payment_id`) REFERENCES `{prefix}bookly_payments`(`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT FOREIGN KEY (`order_id`) REFERENCES `{prefix}bookly_orders`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE = INNODB {charset};

CREATE TABLE IF NOT EXISTS `{prefix}bookly_sent_notifications` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ref_id` INT UNSIGNED NOT NULL,
  `notification_id` INT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL,
  INDEX `ref_id_idx` (`ref_id`),
  CONSTRAINT FOREIGN KEY (`notification_id`) REFERENCES `{prefix}bookly_notifications`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = INNODB {charset};
