<?php
/**
 * REST: GET /health — plugin version, Bookly tables found, time zone.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The health resource of officina-voice/v1.
 */
class Officina_REST_Health_Controller extends WP_REST_Controller {

	/**
	 * Route namespace.
	 *
	 * @var string
	 */
	protected $namespace = 'officina-voice/v1';

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'health';

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Same gate as the tools.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return Officina_REST_Tools_Controller::check_caller( $request );
	}

	/**
	 * GET /health.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		global $wp_version;
		$bookly = Officina_Bookly::status();
		$user   = wp_get_current_user();
		return rest_ensure_response(
			array(
				'ok'           => empty( $bookly['missing_tables'] ),
				'version'      => OFFICINA_VOICE_VERSION,
				'wordpress'    => $wp_version,
				'php'          => PHP_VERSION,
				'timezone'     => wp_timezone_string(),
				'now'          => Officina_Clock::fmt( Officina_Clock::now() ),
				'bookly'       => $bookly,
				'abilities'    => function_exists( 'wp_register_ability' ),
				'outbox'       => Officina_Outbox::stats(),
				'user'         => $user->user_login,
				'capabilities' => array(
					'use'  => current_user_can( Officina_Installer::CAP_USE ),
					'bulk' => current_user_can( Officina_Installer::CAP_BULK ),
				),
			)
		);
	}

	/**
	 * Schema of the health answer.
	 *
	 * @return array
	 */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'officina-health',
			'type'       => 'object',
			'properties' => array(
				'ok'       => array( 'type' => 'boolean', 'context' => array( 'view' ) ),
				'version'  => array( 'type' => 'string', 'context' => array( 'view' ) ),
				'timezone' => array( 'type' => 'string', 'context' => array( 'view' ) ),
				'bookly'   => array( 'type' => 'object', 'context' => array( 'view' ) ),
			),
		);
	}
}
