<?php
/**
 * The texts the tools write for people (card titles, what an undo put back, the day and month names
 * and date words of messages to customers), in Italian or English.
 *
 * They come from texts.json, generated from the desktop's i18n catalogues (i18n/cards.py,
 * i18n/replies.py, i18n/dates.py with Babel's names) by `python -m wp_api.wordpress.export_tools`:
 * never edit them here.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Lookups in texts.json, with Italian (the default language) where a language lacks a text.
 */
final class Officina_Texts {

	/**
	 * The decoded texts.json.
	 *
	 * @var array|null
	 */
	private static ?array $texts = null;

	/**
	 * The decoded texts.json (read once per request).
	 *
	 * @return array
	 */
	private static function texts(): array {
		if ( null === self::$texts ) {
			$raw         = json_decode( (string) file_get_contents( __DIR__ . '/texts.json' ), true );
			self::$texts = is_array( $raw ) ? $raw : array();
		}
		return self::$texts;
	}

	/**
	 * The default language (Italian).
	 *
	 * @return string
	 */
	public static function default_language(): string {
		return (string) ( self::texts()['default_language'] ?? 'it' );
	}

	/**
	 * `$asked` when it is exactly a language the texts carry, else null.
	 *
	 * @param mixed $asked A language code from a header or a setting.
	 * @return string|null
	 */
	public static function known_language( $asked ): ?string {
		return is_string( $asked ) && in_array( $asked, (array) ( self::texts()['languages'] ?? array() ), true ) ? $asked : null;
	}

	/**
	 * The language the caller asked for when known, else the plugin's 'language' setting when known, else Italian.
	 *
	 * @param mixed $asked The X-Officina-Language header (or null).
	 * @return string
	 */
	public static function language( $asked ): string {
		return self::known_language( $asked )
			?? self::known_language( Officina_Settings_Page::settings()['language'] ?? null )
			?? self::default_language();
	}

	/**
	 * A card title (the `display` hint's 'title'), as i18n.cards.card_title writes it.
	 *
	 * @param string $key    Title key (services, history, appointments, slots, no_slots, ...).
	 * @param string $lang   Language.
	 * @param array  $values Field name → value for its {name}.
	 * @return string
	 */
	public static function title( string $key, string $lang, array $values ): string {
		return self::fill( self::lookup( 'card_titles', $key, $lang ) ?? $key, $values );
	}

	/**
	 * A date word of i18n.dates.WORDS (today, tomorrow, at, written_when, written_relative), filled.
	 *
	 * @param string $key    Word key.
	 * @param string $lang   Language.
	 * @param array  $values Field name → value for its {name}.
	 * @return string
	 */
	public static function date_word( string $key, string $lang, array $values = array() ): string {
		return self::fill( self::lookup( 'date_words', $key, $lang ) ?? $key, $values );
	}

	/**
	 * A weekday's or a month's name as Babel writes it in "EEEE d MMMM" ("mercoledì", "dicembre").
	 *
	 * @param string $kind  weekdays (0 = Monday) | months (0 = January).
	 * @param int    $index Position.
	 * @param string $lang  Language.
	 * @return string
	 */
	public static function calendar_name( string $kind, int $index, string $lang ): string {
		$calendar = self::texts()['calendar'] ?? array();
		$names    = $calendar[ $lang ][ $kind ] ?? $calendar[ self::default_language() ][ $kind ] ?? array();
		return (string) ( $names[ $index ] ?? '' );
	}

	/**
	 * `$text` with each {name} replaced by its value (what str.format does with bare fields).
	 *
	 * @param string $text   Text.
	 * @param array  $values Field name → value.
	 * @return string
	 */
	private static function fill( string $text, array $values ): string {
		$fill = array();
		foreach ( $values as $name => $value ) {
			$fill[ '{' . $name . '}' ] = (string) $value;
		}
		return strtr( $text, $fill );
	}

	/**
	 * What undoing `$tool`'s write put back, as i18n.replies.undone_change says it (null for an unknown tool).
	 *
	 * @param string $tool The undone tool's name.
	 * @param string $lang Language.
	 * @return string|null
	 */
	public static function undone_change( string $tool, string $lang ): ?string {
		return self::lookup( 'undone_writes', $tool, $lang );
	}

	/**
	 * The text of `$key` in `$section`, in `$lang` or else in the default language (null if unknown).
	 *
	 * @param string $section card_titles|undone_writes|date_words.
	 * @param string $key     Key.
	 * @param string $lang    Language.
	 * @return string|null
	 */
	private static function lookup( string $section, string $key, string $lang ): ?string {
		$entry = self::texts()[ $section ][ $key ] ?? null;
		if ( ! is_array( $entry ) ) {
			return null;
		}
		$text = $entry[ $lang ] ?? $entry[ self::default_language() ] ?? null;
		return is_string( $text ) ? $text : null;
	}
}
