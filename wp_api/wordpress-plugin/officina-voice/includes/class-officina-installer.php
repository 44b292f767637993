<?php
/**
 * Activation: the plugin's own tables (dbDelta), capabilities, the outbox cron event.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Creates and upgrades the plugin's tables; Bookly's tables are never created or altered here.
 */
final class Officina_Installer {

	public const DB_VERSION     = '3';
	public const CAP_USE        = 'officina_voice_use';
	public const CAP_BULK       = 'officina_voice_bulk';
	public const OPTION_ROLES   = 'officina_voice_roles';
	public const OWN_TABLES     = array( 'vehicles', 'vehicle_appointments', 'consent', 'outbox', 'idempotency', 'audit', 'campaigns', 'campaign_recipients', 'confirmations', 'rate' );

	/**
	 * Full name of one of the plugin's tables.
	 *
	 * @param string $name Short name.
	 * @return string
	 */
	public static function table( string $name ): string {
		global $wpdb;
		return $wpdb->prefix . 'officina_' . $name;
	}

	/**
	 * Activation hook.
	 */
	public static function activate(): void {
		self::create_tables();
		if ( false === get_option( self::OPTION_ROLES ) ) {
			update_option(
				self::OPTION_ROLES,
				array(
					'use'  => array( 'administrator' ),
					'bulk' => array( 'administrator' ),
				)
			);
		}
		self::sync_capabilities();
		Officina_Outbox::ensure_scheduled();
	}

	/**
	 * Deactivation hook: stop the cron event, keep every table and option.
	 */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( Officina_Outbox::CRON_HOOK );
	}

	/**
	 * Runs dbDelta again when the plugin was updated in place.
	 */
	public static function maybe_upgrade(): void {
		if ( get_option( 'officina_voice_db_version' ) !== self::DB_VERSION ) {
			self::create_tables();
		}
	}

	/**
	 * Grants the capabilities to the roles chosen in the settings (and removes them from the others).
	 */
	public static function sync_capabilities(): void {
		$chosen = get_option( self::OPTION_ROLES, array() );
		foreach ( wp_roles()->role_objects as $name => $role ) {
			foreach ( array( 'use' => self::CAP_USE, 'bulk' => self::CAP_BULK ) as $key => $cap ) {
				$roles = isset( $chosen[ $key ] ) && is_array( $chosen[ $key ] ) ? $chosen[ $key ] : array();
				if ( in_array( $name, $roles, true ) ) {
					$role->add_cap( $cap );
				} elseif ( $role->has_cap( $cap ) ) {
					$role->remove_cap( $cap );
				}
			}
		}
	}

	/**
	 * Adds one secondary index on bookly_appointments(start_date, staff_id): Bookly has none on start_date,
	 * and every availability and calendar query filters by day. Adding an index changes no column, so
	 * Bookly's own code and migrations are unaffected.
	 */
	public static function index_bookly(): void {
		global $wpdb;
		$table = Officina_Bookly::table( 'appointments' );
		if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ) !== $table ) {
			return;
		}
		$has = $wpdb->get_var( $wpdb->prepare( "SHOW INDEX FROM {$table} WHERE Key_name = %s", 'officina_start_date' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $has ) {
			$wpdb->query( "ALTER TABLE {$table} ADD INDEX officina_start_date (start_date, staff_id)" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
	}

	/**
	 * The plugin's tables (InnoDB), created or upgraded with dbDelta.
	 */
	public static function create_tables(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$c = $wpdb->get_charset_collate();
		$t = array();
		foreach ( self::OWN_TABLES as $name ) {
			$t[ $name ] = self::table( $name );
		}
		$sql = array(
			"CREATE TABLE {$t['vehicles']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id int(10) unsigned NOT NULL,
  plate varchar(16) NOT NULL,
  plate_skel varchar(16) NOT NULL,
  plate_skel_rev varchar(16) NOT NULL,
  make varchar(60) NOT NULL,
  model varchar(60) NOT NULL,
  colour varchar(40) DEFAULT NULL,
  year smallint(5) unsigned DEFAULT NULL,
  fuel varchar(16) DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY plate (plate),
  KEY plate_skel (plate_skel),
  KEY plate_skel_rev (plate_skel_rev),
  KEY customer_id (customer_id),
  KEY model (model,colour),
  KEY make (make,colour)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['vehicle_appointments']} (
  appointment_id int(10) unsigned NOT NULL,
  vehicle_id bigint(20) unsigned NOT NULL,
  mileage_km int(10) unsigned DEFAULT NULL,
  notes text DEFAULT NULL,
  PRIMARY KEY  (appointment_id),
  KEY vehicle_id (vehicle_id,appointment_id)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['consent']} (
  customer_id int(10) unsigned NOT NULL,
  channel varchar(16) NOT NULL,
  granted tinyint(1) NOT NULL DEFAULT 0,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (customer_id,channel)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['outbox']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  dedupe_key varchar(190) NOT NULL,
  channel varchar(16) NOT NULL,
  kind varchar(32) NOT NULL,
  customer_id int(10) unsigned DEFAULT NULL,
  appointment_id int(10) unsigned DEFAULT NULL,
  campaign_id varchar(80) DEFAULT NULL,
  to_address varchar(200) NOT NULL DEFAULT '',
  subject varchar(255) NOT NULL DEFAULT '',
  body text NOT NULL,
  template varchar(120) DEFAULT NULL,
  template_params text DEFAULT NULL,
  status varchar(16) NOT NULL DEFAULT 'queued',
  attempts int(10) unsigned NOT NULL DEFAULT 0,
  due_at datetime NOT NULL,
  next_attempt_at datetime NOT NULL,
  claim_token varchar(64) DEFAULT NULL,
  claimed_at datetime DEFAULT NULL,
  provider varchar(32) DEFAULT NULL,
  provider_message_id varchar(190) DEFAULT NULL,
  last_error text DEFAULT NULL,
  created_at datetime NOT NULL,
  sent_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY dedupe_key (dedupe_key),
  KEY due (status,next_attempt_at),
  KEY campaign (campaign_id,status),
  KEY appointment (appointment_id)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['idempotency']} (
  idem_key varchar(190) NOT NULL,
  tool varchar(64) NOT NULL,
  args_hash char(64) NOT NULL,
  result longtext DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (idem_key)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['audit']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  at datetime NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  actor varchar(190) NOT NULL,
  session_id varchar(120) NOT NULL,
  turn_id varchar(120) DEFAULT NULL,
  tool varchar(64) NOT NULL,
  arguments longtext NOT NULL,
  ok tinyint(1) NOT NULL,
  result longtext NOT NULL,
  undo_op longtext DEFAULT NULL,
  undone_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY session (session_id,id)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['rate']} (
  bucket varchar(64) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires_at datetime NOT NULL,
  PRIMARY KEY  (bucket),
  KEY expires_at (expires_at)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['campaigns']} (
  id varchar(80) NOT NULL,
  created_at datetime NOT NULL,
  created_by bigint(20) unsigned NOT NULL,
  channel varchar(16) NOT NULL,
  category varchar(32) NOT NULL,
  cutoff datetime NOT NULL,
  criteria text NOT NULL,
  draft text NOT NULL,
  status varchar(16) NOT NULL DEFAULT 'draft',
  total int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['campaign_recipients']} (
  campaign_id varchar(80) NOT NULL,
  customer_id int(10) unsigned NOT NULL,
  full_name varchar(128) NOT NULL,
  plate varchar(16) DEFAULT NULL,
  last_service datetime NOT NULL,
  PRIMARY KEY  (campaign_id,customer_id)
) ENGINE=InnoDB $c;",
			"CREATE TABLE {$t['confirmations']} (
  token_hash char(64) NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  actor varchar(190) NOT NULL,
  tool varchar(64) NOT NULL,
  args_hash char(64) NOT NULL,
  created_at datetime NOT NULL,
  expires_at datetime NOT NULL,
  used_at datetime DEFAULT NULL,
  PRIMARY KEY  (token_hash),
  KEY expires_at (expires_at)
) ENGINE=InnoDB $c;",
		);
		dbDelta( $sql );
		self::index_bookly();
		update_option( 'officina_voice_db_version', self::DB_VERSION );
	}
}
