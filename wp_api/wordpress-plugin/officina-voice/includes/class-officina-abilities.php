<?php
/**
 * Abilities API (WordPress 6.9+): every tool also registered as an ability, so MCP clients reach it.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Registers the tools as abilities when wp_register_ability exists; does nothing on older WordPress.
 */
final class Officina_Abilities {

	public const CATEGORY = 'officina-voice';

	/**
	 * The abilities category (hook: wp_abilities_api_categories_init).
	 */
	public static function register_category(): void {
		if ( function_exists( 'wp_register_ability_category' ) ) {
			wp_register_ability_category(
				self::CATEGORY,
				array(
					'label'       => __( 'Officina Voice workshop tools', 'officina-voice' ),
					'description' => __( 'Vehicles, availability, bookings on Bookly, messages and campaigns.', 'officina-voice' ),
				)
			);
		}
	}

	/**
	 * Every tool as an ability (hook: wp_abilities_api_init).
	 */
	public static function register_abilities(): void {
		if ( ! function_exists( 'wp_register_ability' ) ) {
			return;
		}
		foreach ( Officina_Registry::specs() as $name => $spec ) {
			wp_register_ability( 'officina-voice/' . str_replace( '_', '-', $name ), self::definition( $spec ) );
		}
	}

	/**
	 * The ability arguments for one tool.
	 *
	 * @param array $spec Tool definition.
	 * @return array
	 */
	public static function definition( array $spec ): array {
		$name      = $spec['name'];
		$safety    = $spec['safety'];
		$input     = $spec['parameters'];
		$has_key   = isset( $input['properties']['idempotency_key'] );
		$confirm   = 'confirm' === $safety;
		return array(
			'label'               => ucfirst( str_replace( '_', ' ', $name ) ),
			'description'         => $spec['description'],
			'category'            => self::CATEGORY,
			'input_schema'        => Officina_Registry::schema_for_json( $input ),
			'output_schema'       => array(
				'type'        => 'object',
				'description' => $spec['result'],
				'properties'  => array(
					'ok'      => array( 'type' => 'boolean' ),
					'data'    => array( 'type' => 'object' ),
					'display' => array( 'type' => array( 'object', 'null' ) ),
					'error'   => array( 'type' => array( 'object', 'null' ) ),
				),
			),
			'execute_callback'    => static function ( $input = array() ) use ( $name ) {
				$user = wp_get_current_user();
				$ctx  = new Officina_Context( (int) $user->ID, 'ability-' . $user->ID, 'abilities / ' . $user->user_login, null );
				return Officina_Result::for_json( Officina_Registry::run( $name, is_array( $input ) ? $input : array(), $ctx ) );
			},
			'permission_callback' => static function () use ( $name, $confirm ) {
				if ( $confirm ) {
					// Confirm-level tools need a person's confirmation, which an ability call cannot carry.
					return false;
				}
				return current_user_can( Officina_Installer::CAP_USE );
			},
			'meta'                => array(
				'annotations'  => array(
					'readonly'    => 'read' === $safety,
					'destructive' => $confirm,
					'idempotent'  => 'read' === $safety || $has_key,
				),
				'show_in_rest' => true,
				'mcp'          => array( 'public' => ! $confirm ),
			),
		);
	}
}
