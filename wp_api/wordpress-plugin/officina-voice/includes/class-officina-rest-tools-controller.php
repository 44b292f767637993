<?php
/**
 * REST: GET /tools (definitions) and POST /tools/{name} (run one; read tools also answer GET).
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The tools resource of officina-voice/v1.
 */
class Officina_REST_Tools_Controller extends WP_REST_Controller {

	public const MAX_BODY_BYTES = 1048576;

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
	protected $rest_base = 'tools';

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<name>[a-z_]{1,64})',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'run_item' ),
					'permission_callback' => array( $this, 'run_item_permissions_check' ),
					'args'                => $this->get_run_params( 'GET' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'run_item' ),
					'permission_callback' => array( $this, 'run_item_permissions_check' ),
					'args'                => $this->get_run_params(),
				),
			)
		);
	}

	/**
	 * Arguments of the run route. With GET (read tools only) the arguments are either the query
	 * parameters themselves (?category=tyres) or one parameter arguments=<JSON object>, for values
	 * a query string cannot type (integers, booleans, nested objects).
	 *
	 * @param string $method POST or GET.
	 * @return array
	 */
	public function get_run_params( string $method = 'POST' ): array {
		if ( 'GET' === $method ) {
			return array(
				'name'      => array(
					'description' => __( 'Tool name.', 'officina-voice' ),
					'type'        => 'string',
					'pattern'     => '^[a-z_]{1,64}$',
					'required'    => true,
				),
				'arguments' => array(
					'description' => __( 'Tool arguments as one JSON object (validated against the tool\'s JSON Schema).', 'officina-voice' ),
					'type'        => 'string',
				),
			);
		}
		return array(
			'name'      => array(
				'description' => __( 'Tool name.', 'officina-voice' ),
				'type'        => 'string',
				'pattern'     => '^[a-z_]{1,64}$',
				'required'    => true,
			),
			'arguments' => array(
				'description' => __( 'Tool arguments (validated against the tool\'s JSON Schema).', 'officina-voice' ),
				'type'        => 'object',
				'default'     => array(),
			),
		);
	}

	/**
	 * Who may list the tools.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return self::check_caller( $request );
	}

	/**
	 * Capability, then transport, then method, then input — in that order.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function run_item_permissions_check( $request ) {
		$caller = self::check_caller( $request );
		if ( true !== $caller ) {
			return $caller;
		}
		$spec = Officina_Registry::spec( self::tool_name( $request ) );
		if ( null === $spec ) {
			return new WP_Error( 'officina_tool_not_found', __( 'There is no tool with that name.', 'officina-voice' ), array( 'status' => 404 ) );
		}
		if ( 'GET' === $request->get_method() && 'read' !== $spec['safety'] ) {
			return new WP_Error( 'officina_method_not_allowed', __( 'Tools that change data run only with POST.', 'officina-voice' ), array( 'status' => 405 ) );
		}
		if ( in_array( $spec['name'], Officina_Registry::BULK_TOOLS, true ) && ! current_user_can( Officina_Installer::CAP_BULK ) ) {
			return new WP_Error( 'rest_forbidden', __( 'This user may not send campaigns (needs the officina_voice_bulk capability).', 'officina-voice' ), array( 'status' => 403 ) );
		}
		if ( strlen( (string) $request->get_body() ) > self::MAX_BODY_BYTES ) {
			return new WP_Error( 'officina_payload_too_large', __( 'The request body is too large.', 'officina-voice' ), array( 'status' => 413 ) );
		}
		return true;
	}

	/**
	 * The tool named in the path (never a query or body parameter called "name").
	 *
	 * @param WP_REST_Request $request Request.
	 * @return string
	 */
	private static function tool_name( WP_REST_Request $request ): string {
		$params = $request->get_url_params();
		return isset( $params['name'] ) ? (string) $params['name'] : '';
	}

	/**
	 * Authenticated, allowed to use the tools, on HTTPS or loopback.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public static function check_caller( WP_REST_Request $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'rest_not_logged_in', __( 'Sign in with a WordPress application password.', 'officina-voice' ), array( 'status' => 401 ) );
		}
		if ( ! current_user_can( Officina_Installer::CAP_USE ) ) {
			return new WP_Error( 'rest_forbidden', __( 'This user may not use Officina Voice (needs the officina_voice_use capability).', 'officina-voice' ), array( 'status' => rest_authorization_required_code() ) );
		}
		if ( ! self::transport_is_safe() ) {
			return new WP_Error( 'officina_https_required', __( 'Officina Voice answers only over HTTPS (plain HTTP only on loopback).', 'officina-voice' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * HTTPS, or plain HTTP between loopback addresses (the filter lets a TLS-terminating proxy vouch).
	 *
	 * @return bool
	 */
	public static function transport_is_safe(): bool {
		if ( is_ssl() ) {
			return true;
		}
		if ( 'cli' === PHP_SAPI && empty( $_SERVER['REMOTE_ADDR'] ) ) {
			return true; // An internal dispatch (WP-CLI, cron, tests): no network is involved.
		}
		$remote = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		$host   = isset( $_SERVER['HTTP_HOST'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_HOST'] ) ) : '';
		$host   = strtolower( (string) preg_replace( '/:\d+$/', '', trim( $host, '[]' ) ) );
		$host   = trim( $host, '[]' );
		$safe   = self::is_loopback( $remote ) && ( 'localhost' === $host || self::is_loopback( $host ) );
		return (bool) apply_filters( 'officina_voice_allow_plain_http', $safe );
	}

	/**
	 * A loopback IP address.
	 *
	 * @param string $address Address.
	 * @return bool
	 */
	private static function is_loopback( string $address ): bool {
		$address = trim( $address, '[]' );
		if ( '::1' === $address ) {
			return true;
		}
		return (bool) filter_var( $address, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 ) && str_starts_with( $address, '127.' );
	}

	/**
	 * GET /tools.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$tools = array();
		foreach ( Officina_Registry::specs() as $spec ) {
			$tools[] = $this->prepare_item_for_response( $spec, $request )->get_data();
		}
		return rest_ensure_response(
			array(
				'version' => OFFICINA_VOICE_VERSION,
				'tools'   => $tools,
			)
		);
	}

	/**
	 * One definition as served.
	 *
	 * @param array           $item    Definition.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = array(
			'name'        => $item['name'],
			'description' => $item['description'],
			'parameters'  => Officina_Registry::schema_for_json( $item['parameters'] ),
			'safety'      => $item['safety'],
			'result'      => $item['result'],
		);
		return rest_ensure_response( $data );
	}

	/**
	 * POST /tools/{name} (GET for read tools: the query parameters are the arguments).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function run_item( $request ) {
		$ctx = Officina_Context::from_request( $request );
		if ( ! self::within_rate_limit( $ctx->user_id ) ) {
			$result = Officina_Result::fail( 'rate_limited', 'Too many requests from this user; wait a minute and try again.' );
		} else {
			if ( 'GET' === $request->get_method() ) {
				$args = $request->get_query_params();
				unset( $args['rest_route'], $args['name'], $args['_envelope'], $args['_fields'] );
				if ( isset( $args['arguments'] ) ) {
					$json = is_string( $args['arguments'] ) ? json_decode( $args['arguments'], true ) : null;
					// Anything but a JSON object is refused by the registry as "Arguments must be a JSON object."
					$args = is_array( $json ) && ( array() === $json || ! array_is_list( $json ) ) ? $json : null;
				}
			} else {
				$body = $request->get_json_params();
				$args = is_array( $body ) && array_key_exists( 'arguments', $body ) ? $body['arguments'] : null;
				if ( null === $args && is_array( $body ) && array() === $body ) {
					$args = array();
				}
			}
			$result = Officina_Registry::run( self::tool_name( $request ), $args, $ctx );
		}
		$response = new WP_REST_Response( Officina_Result::for_json( $result ), Officina_Result::http_status( $result ) );
		return $response;
	}

	/**
	 * Per-user request budget per minute (the limit is a setting).
	 *
	 * One atomic upsert per request counts it: the row lock serialises concurrent requests and
	 * LAST_INSERT_ID(expr) hands each its own count back on its own connection, so of 40 concurrent
	 * requests at a limit of 10 exactly 10 pass. A database failure lets the request through (the
	 * limit protects the server, it is not an authorisation).
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	public static function within_rate_limit( int $user_id ): bool {
		global $wpdb;
		$settings = Officina_Settings_Page::settings();
		$limit    = (int) $settings['rate_limit_per_minute'];
		if ( $limit <= 0 ) {
			return true;
		}
		$table  = Officina_Installer::table( 'rate' );
		$bucket = 'u' . $user_id . ':' . gmdate( 'YmdHi' );
		$done   = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (bucket, hits, expires_at) VALUES (%s, LAST_INSERT_ID(1), %s) ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1)", $bucket, gmdate( 'Y-m-d H:i:s', time() + 120 ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( false === $done ) {
			return true;
		}
		$count = (int) $wpdb->get_var( 'SELECT LAST_INSERT_ID()' );
		if ( 1 === $count && 0 === wp_rand( 0, 49 ) ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE expires_at < %s", gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		return $count <= $limit;
	}

	/**
	 * Schema of a tool definition.
	 *
	 * @return array
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'officina-tool',
			'type'       => 'object',
			'properties' => array(
				'name'        => array( 'type' => 'string', 'context' => array( 'view', 'edit', 'embed' ), 'readonly' => true ),
				'description' => array( 'type' => 'string', 'context' => array( 'view', 'edit', 'embed' ), 'readonly' => true ),
				'parameters'  => array( 'type' => 'object', 'context' => array( 'view', 'edit' ), 'readonly' => true ),
				'safety'      => array( 'type' => 'string', 'enum' => array( 'read', 'write', 'confirm' ), 'context' => array( 'view', 'edit', 'embed' ), 'readonly' => true ),
				'result'      => array( 'type' => 'string', 'context' => array( 'view', 'edit' ), 'readonly' => true ),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
