<?php
/**
 * Workshop time: WordPress-local wall-clock, as Bookly stores it.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * "Now" in the site's time zone; a test clock only on local development sites that opt in.
 */
final class Officina_Clock {

	/**
	 * The current local time (seconds dropped).
	 *
	 * @return DateTimeImmutable
	 */
	public static function now(): DateTimeImmutable {
		$tz = wp_timezone();
		if ( 'local' === wp_get_environment_type() && defined( 'OFFICINA_VOICE_TEST_CLOCK' ) && OFFICINA_VOICE_TEST_CLOCK ) {
			$fixed = (string) get_option( 'officina_voice_test_now', '' );
			if ( '' !== $fixed ) {
				$moment = DateTimeImmutable::createFromFormat( 'Y-m-d\TH:i', substr( $fixed, 0, 16 ), $tz );
				if ( $moment ) {
					return $moment->setTime( (int) $moment->format( 'H' ), (int) $moment->format( 'i' ), 0 );
				}
			}
		}
		$now = new DateTimeImmutable( 'now', $tz );
		return $now->setTime( (int) $now->format( 'H' ), (int) $now->format( 'i' ), 0 );
	}

	/**
	 * MySQL DATETIME text of now (what Bookly writes with current_time('mysql')).
	 *
	 * @return string
	 */
	public static function mysql_now(): string {
		return self::now()->format( 'Y-m-d H:i:s' );
	}

	/**
	 * Parses 'YYYY-MM-DDTHH:MM[:SS]' or 'YYYY-MM-DD HH:MM:SS' as local time.
	 *
	 * @param string $text The text.
	 * @return DateTimeImmutable|null
	 */
	public static function parse( string $text ): ?DateTimeImmutable {
		$text = str_replace( 'T', ' ', substr( $text, 0, 19 ) );
		if ( 16 === strlen( $text ) ) {
			$text .= ':00';
		}
		$moment = DateTimeImmutable::createFromFormat( '!Y-m-d H:i:s', $text, wp_timezone() );
		$errors = DateTimeImmutable::getLastErrors();
		if ( ! $moment || ( is_array( $errors ) && ( $errors['warning_count'] || $errors['error_count'] ) ) ) {
			return null;
		}
		return $moment->setTime( (int) $moment->format( 'H' ), (int) $moment->format( 'i' ), 0 );
	}

	/**
	 * True when the wall-clock text names a time the site's zone skips (02:30 on the spring-forward
	 * night): PHP would silently move it an hour on.
	 *
	 * @param string $text 'YYYY-MM-DDTHH:MM[:SS]'.
	 * @return bool
	 */
	public static function is_missing( string $text ): bool {
		$moment = self::parse( $text );
		return null !== $moment && $moment->format( 'Y-m-d H:i' ) !== str_replace( 'T', ' ', substr( $text, 0, 16 ) );
	}

	/**
	 * Parses 'YYYY-MM-DD' as local midnight.
	 *
	 * @param string $text The text.
	 * @return DateTimeImmutable|null
	 */
	public static function parse_day( string $text ): ?DateTimeImmutable {
		$moment = DateTimeImmutable::createFromFormat( '!Y-m-d', $text, wp_timezone() );
		$errors = DateTimeImmutable::getLastErrors();
		if ( ! $moment || ( is_array( $errors ) && ( $errors['warning_count'] || $errors['error_count'] ) ) ) {
			return null;
		}
		return $moment;
	}

	/**
	 * The contract's format: 'YYYY-MM-DDTHH:MM'.
	 *
	 * @param DateTimeInterface|string $moment A moment or MySQL DATETIME text.
	 * @return string
	 */
	public static function fmt( $moment ): string {
		if ( is_string( $moment ) ) {
			return str_replace( ' ', 'T', substr( $moment, 0, 16 ) );
		}
		return $moment->format( 'Y-m-d\TH:i' );
	}

	/**
	 * MySQL DATETIME text.
	 *
	 * @param DateTimeInterface $moment The moment.
	 * @return string
	 */
	public static function sql( DateTimeInterface $moment ): string {
		return $moment->format( 'Y-m-d H:i:s' );
	}
}
