<?php
/**
 * Uninstall: drops the plugin's own tables and options. Bookly's tables are left untouched.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
foreach ( array( 'vehicles', 'vehicle_appointments', 'consent', 'outbox', 'idempotency', 'audit', 'campaigns', 'campaign_recipients', 'confirmations', 'rate' ) as $officina_voice_table ) {
	$wpdb->query( 'DROP TABLE IF EXISTS `' . esc_sql( $wpdb->prefix . 'officina_' . $officina_voice_table ) . '`' ); // phpcs:ignore WordPress.DB
}
foreach ( array( 'officina_voice_db_version', 'officina_voice_roles', 'officina_voice_settings', 'officina_voice_categories', 'officina_voice_test_now', 'officina_voice_outbox_requeued_after_lease' ) as $officina_voice_option ) {
	delete_option( $officina_voice_option );
}
foreach ( wp_roles()->role_objects as $officina_voice_role ) {
	$officina_voice_role->remove_cap( 'officina_voice_use' );
	$officina_voice_role->remove_cap( 'officina_voice_bulk' );
}
wp_clear_scheduled_hook( 'officina_voice_outbox' );
$officina_voice_uploads = wp_upload_dir( null, false );
if ( empty( $officina_voice_uploads['error'] ) && ! empty( $officina_voice_uploads['basedir'] ) ) {
	// The outbox's send receipts (see Officina_Outbox::write_receipt).
	$officina_voice_dir = trailingslashit( $officina_voice_uploads['basedir'] ) . 'officina-voice-outbox';
	foreach ( array_merge( (array) glob( $officina_voice_dir . '/*' ), array( $officina_voice_dir . '/.htaccess' ) ) as $officina_voice_file ) {
		wp_delete_file( $officina_voice_file );
	}
	@rmdir( $officina_voice_dir ); // phpcs:ignore WordPress.PHP.NoSilencedErrors, WordPress.WP.AlternativeFunctions
}
