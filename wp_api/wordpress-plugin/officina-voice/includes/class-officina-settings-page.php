<?php
/**
 * wp-admin settings page: messaging providers, roles, reminder time, rate limit.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Settings → Officina Voice.
 */
final class Officina_Settings_Page {

	public const OPTION = 'officina_voice_settings';

	/** Defaults of every setting. */
	public const DEFAULTS = array(
		'workshop_name'                   => 'Officina',
		'language'                        => 'it',
		'reminder_time'                   => '18:00',
		'slot_step_min'                   => 30,
		'rate_limit_per_minute'           => 300,
		'whatsapp_api_base'               => 'https://graph.facebook.com/v21.0',
		'whatsapp_phone_number_id'        => '',
		'whatsapp_token'                  => '',
		'whatsapp_template_confirmation'  => 'booking_confirmation',
		'whatsapp_template_reminder'      => 'appointment_reminder',
		'whatsapp_template_campaign'      => '',
		'whatsapp_template_language'      => 'it',
		'smtp_host'                       => '',
		'smtp_port'                       => 587,
		'smtp_secure'                     => 'tls',
		'smtp_user'                       => '',
		'smtp_password'                   => '',
		'smtp_from'                       => '',
		'smtp_from_name'                  => '',
	);

	/**
	 * The settings with defaults filled in.
	 *
	 * @return array
	 */
	public static function settings(): array {
		$saved = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $saved ) ? $saved : array() );
	}

	/**
	 * Hooks the page into wp-admin.
	 */
	public static function hook(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_init', array( self::class, 'register' ) );
	}

	/**
	 * Adds Settings → Officina Voice.
	 */
	public static function menu(): void {
		add_options_page( 'Officina Voice', 'Officina Voice', 'manage_options', 'officina-voice', array( self::class, 'render' ) );
	}

	/**
	 * Registers the options with their sanitisers.
	 */
	public static function register(): void {
		register_setting( 'officina_voice', self::OPTION, array( 'sanitize_callback' => array( self::class, 'sanitize' ) ) );
		register_setting( 'officina_voice', Officina_Installer::OPTION_ROLES, array( 'sanitize_callback' => array( self::class, 'sanitize_roles' ) ) );
		add_action( 'update_option_' . Officina_Installer::OPTION_ROLES, array( 'Officina_Installer', 'sync_capabilities' ) );
	}

	/**
	 * Sanitises the settings form.
	 *
	 * @param mixed $input Posted values.
	 * @return array
	 */
	public static function sanitize( $input ): array {
		$input = is_array( $input ) ? $input : array();
		$old   = self::settings();
		$out   = array();
		foreach ( self::DEFAULTS as $key => $default ) {
			$value = $input[ $key ] ?? $old[ $key ];
			if ( is_int( $default ) ) {
				$out[ $key ] = max( 0, (int) $value );
			} elseif ( in_array( $key, array( 'whatsapp_api_base' ), true ) ) {
				$out[ $key ] = esc_url_raw( (string) $value );
			} elseif ( 'smtp_from' === $key ) {
				$out[ $key ] = sanitize_email( (string) $value );
			} elseif ( in_array( $key, array( 'whatsapp_token', 'smtp_password' ), true ) ) {
				// An empty password field keeps the stored secret.
				$out[ $key ] = '' === (string) $value ? $old[ $key ] : trim( (string) $value );
			} else {
				$out[ $key ] = sanitize_text_field( (string) $value );
			}
		}
		if ( ! preg_match( '/^([01]\d|2[0-3]):[0-5]\d$/', $out['reminder_time'] ) ) {
			$out['reminder_time'] = self::DEFAULTS['reminder_time'];
		}
		if ( $out['slot_step_min'] < 5 || $out['slot_step_min'] > 240 ) {
			$out['slot_step_min'] = self::DEFAULTS['slot_step_min'];
		}
		if ( ! in_array( $out['smtp_secure'], array( '', 'tls', 'ssl' ), true ) ) {
			$out['smtp_secure'] = 'tls';
		}
		return $out;
	}

	/**
	 * Sanitises the roles form.
	 *
	 * @param mixed $input Posted values.
	 * @return array
	 */
	public static function sanitize_roles( $input ): array {
		$known = array_keys( wp_roles()->role_names );
		$out   = array();
		foreach ( array( 'use', 'bulk' ) as $key ) {
			$roles       = isset( $input[ $key ] ) && is_array( $input[ $key ] ) ? array_map( 'sanitize_key', $input[ $key ] ) : array();
			$out[ $key ] = array_values( array_intersect( $roles, $known ) );
		}
		return $out;
	}

	/**
	 * Renders the page.
	 */
	public static function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$s     = self::settings();
		$roles = get_option( Officina_Installer::OPTION_ROLES, array() );
		$name  = self::OPTION;
		echo '<div class="wrap"><h1>Officina Voice</h1><form method="post" action="options.php">';
		settings_fields( 'officina_voice' );
		echo '<h2>' . esc_html__( 'Workshop', 'officina-voice' ) . '</h2><table class="form-table">';
		self::field( $name, 'workshop_name', __( 'Workshop name', 'officina-voice' ), $s );
		self::field( $name, 'language', __( 'Message language (it/en)', 'officina-voice' ), $s );
		self::field( $name, 'reminder_time', __( 'Reminder time, the day before (HH:MM)', 'officina-voice' ), $s );
		self::field( $name, 'slot_step_min', __( 'Minutes between offered start times (5–240)', 'officina-voice' ), $s, 'number' );
		self::field( $name, 'rate_limit_per_minute', __( 'Requests per user per minute (0 = no limit)', 'officina-voice' ), $s, 'number' );
		echo '</table><h2>WhatsApp Cloud API</h2><table class="form-table">';
		self::field( $name, 'whatsapp_api_base', __( 'API base URL', 'officina-voice' ), $s, 'url' );
		self::field( $name, 'whatsapp_phone_number_id', __( 'Phone number id', 'officina-voice' ), $s );
		self::field( $name, 'whatsapp_token', __( 'Access token (leave empty to keep)', 'officina-voice' ), $s, 'password' );
		self::field( $name, 'whatsapp_template_confirmation', __( 'Confirmation template', 'officina-voice' ), $s );
		self::field( $name, 'whatsapp_template_reminder', __( 'Reminder template', 'officina-voice' ), $s );
		self::field( $name, 'whatsapp_template_campaign', __( 'Campaign template', 'officina-voice' ), $s );
		self::field( $name, 'whatsapp_template_language', __( 'Template language code', 'officina-voice' ), $s );
		echo '</table><h2>' . esc_html__( 'Email (SMTP)', 'officina-voice' ) . '</h2><table class="form-table">';
		self::field( $name, 'smtp_host', __( 'SMTP host (empty: WordPress default mail)', 'officina-voice' ), $s );
		self::field( $name, 'smtp_port', __( 'SMTP port', 'officina-voice' ), $s, 'number' );
		self::field( $name, 'smtp_secure', __( 'Encryption (tls, ssl or empty)', 'officina-voice' ), $s );
		self::field( $name, 'smtp_user', __( 'SMTP user', 'officina-voice' ), $s );
		self::field( $name, 'smtp_password', __( 'SMTP password (leave empty to keep)', 'officina-voice' ), $s, 'password' );
		self::field( $name, 'smtp_from', __( 'From address', 'officina-voice' ), $s, 'email' );
		self::field( $name, 'smtp_from_name', __( 'From name', 'officina-voice' ), $s );
		echo '</table><h2>' . esc_html__( 'Roles', 'officina-voice' ) . '</h2><table class="form-table">';
		foreach ( array( 'use' => __( 'May use the voice tools', 'officina-voice' ), 'bulk' => __( 'May send campaigns', 'officina-voice' ) ) as $key => $label ) {
			echo '<tr><th>' . esc_html( $label ) . '</th><td>';
			foreach ( wp_roles()->role_names as $role => $role_label ) {
				$checked = in_array( $role, (array) ( $roles[ $key ] ?? array() ), true ) ? ' checked' : '';
				printf(
					'<label><input type="checkbox" name="%s[%s][]" value="%s"%s> %s</label><br>',
					esc_attr( Officina_Installer::OPTION_ROLES ),
					esc_attr( $key ),
					esc_attr( $role ),
					esc_attr( $checked ),
					esc_html( translate_user_role( $role_label ) )
				);
			}
			echo '</td></tr>';
		}
		echo '</table>';
		submit_button();
		echo '</form></div>';
	}

	/**
	 * One input row.
	 *
	 * @param string $option Option name.
	 * @param string $key    Setting.
	 * @param string $label  Label.
	 * @param array  $s      Current settings.
	 * @param string $type   Input type.
	 */
	private static function field( string $option, string $key, string $label, array $s, string $type = 'text' ): void {
		$value = 'password' === $type ? '' : (string) $s[ $key ];
		printf(
			'<tr><th><label for="ov-%1$s">%2$s</label></th><td><input class="regular-text" id="ov-%1$s" type="%3$s" name="%4$s[%1$s]" value="%5$s" autocomplete="off"></td></tr>',
			esc_attr( $key ),
			esc_html( $label ),
			esc_attr( $type ),
			esc_attr( $option ),
			esc_attr( $value )
		);
	}
}
