<?php
/**
 * Loads the plugin's classes and wires them to WordPress hooks.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

$officina_voice_includes = array(
	'Officina_Clock'                   => 'class-officina-clock.php',
	'Officina_Result'                  => 'class-officina-result.php',
	'Officina_Texts'                   => 'class-officina-texts.php',
	'Officina_Context'                 => 'class-officina-context.php',
	'Officina_DB'                      => 'class-officina-db.php',
	'Officina_Installer'               => 'class-officina-installer.php',
	'Officina_Plates'                  => 'class-officina-plates.php',
	'Officina_Bookly'                  => 'class-officina-bookly.php',
	'Officina_Audit'                   => 'class-officina-audit.php',
	'Officina_Confirmations'           => 'class-officina-confirmations.php',
	'Officina_Registry'                => 'class-officina-registry.php',
	'Officina_Messages_Render'         => 'class-officina-messages-render.php',
	'Officina_Outbox'                  => 'class-officina-outbox.php',
	'Officina_Tool_Vehicles'           => 'tools/class-officina-tool-vehicles.php',
	'Officina_Tool_Customers'          => 'tools/class-officina-tool-customers.php',
	'Officina_Tool_Services'           => 'tools/class-officina-tool-services.php',
	'Officina_Tool_Availability'       => 'tools/class-officina-tool-availability.php',
	'Officina_Tool_Appointments'       => 'tools/class-officina-tool-appointments.php',
	'Officina_Tool_Messages'           => 'tools/class-officina-tool-messages.php',
	'Officina_Tool_Campaigns'          => 'tools/class-officina-tool-campaigns.php',
	'Officina_Tool_Undo'               => 'tools/class-officina-tool-undo.php',
	'Officina_REST_Tools_Controller'   => 'class-officina-rest-tools-controller.php',
	'Officina_REST_Health_Controller'  => 'class-officina-rest-health-controller.php',
	'Officina_Settings_Page'           => 'class-officina-settings-page.php',
	'Officina_Abilities'               => 'class-officina-abilities.php',
);
foreach ( $officina_voice_includes as $officina_voice_class => $officina_voice_file ) {
	if ( ! class_exists( $officina_voice_class, false ) ) {
		require_once __DIR__ . '/' . $officina_voice_file;
	}
}
unset( $officina_voice_includes, $officina_voice_class, $officina_voice_file );

register_activation_hook( dirname( __DIR__ ) . '/officina-voice.php', array( 'Officina_Installer', 'activate' ) );
register_deactivation_hook( dirname( __DIR__ ) . '/officina-voice.php', array( 'Officina_Installer', 'deactivate' ) );

add_action( 'plugins_loaded', array( 'Officina_Installer', 'maybe_upgrade' ) );
add_action(
	'rest_api_init',
	static function (): void {
		( new Officina_REST_Tools_Controller() )->register_routes();
		( new Officina_REST_Health_Controller() )->register_routes();
	}
);
add_filter( 'cron_schedules', array( 'Officina_Outbox', 'cron_schedules' ) );
add_action( Officina_Outbox::CRON_HOOK, array( 'Officina_Outbox', 'run_due' ) );
add_action( Officina_Outbox::CRON_HOOK . '_now', array( 'Officina_Outbox', 'run_due' ) );
add_action( 'init', array( 'Officina_Outbox', 'ensure_scheduled' ) );
add_action( 'phpmailer_init', array( 'Officina_Outbox', 'configure_phpmailer' ) );
add_action( 'wp_abilities_api_categories_init', array( 'Officina_Abilities', 'register_category' ) );
add_action( 'wp_abilities_api_init', array( 'Officina_Abilities', 'register_abilities' ) );
if ( is_admin() ) {
	Officina_Settings_Page::hook();
}
