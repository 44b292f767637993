<?php
/**
 * Message texts (confirmation, reminder, campaign, custom) in Italian and English.
 *
 * Same wording and WhatsApp template parameter order as the desktop's wp_api/messaging/render.py:
 * booking_confirmation, reminder: [customer_name, service, when, plate, workshop_name];
 * campaign, custom: [customer_name, text].
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Renders (subject, text, template parameters) for one message.
 */
final class Officina_Messages_Render {

	public const DEFAULT_CAMPAIGN_DRAFT = array(
		'it' => "Gentile {name}, è passato un po' di tempo dall'ultimo intervento sul veicolo {plate}. Prenoti ora il prossimo appuntamento: le troviamo il primo posto libero.",
		'en' => 'Dear {name}, it has been a while since the last service of your vehicle {plate}. Book your next appointment now and we will find you the first free slot.',
	);

	private const TEXTS = array(
		'it' => array(
			'customer'             => 'cliente',
			'vehicle'              => 'il veicolo',
			'confirmation_subject' => 'Conferma appuntamento – {workshop}',
			'confirmation'         => "Gentile {name}, le confermiamo l'appuntamento presso {workshop}: {service}{for_plate}, {when}. Per spostarlo o annullarlo ci contatti. A presto!",
			'for_plate'            => ' per il veicolo {plate}',
			'reminder_subject'     => 'Promemoria appuntamento – {workshop}',
			'reminder'             => 'Promemoria: {when}, appuntamento presso {workshop} ({service}{plate_part}). Se non può venire ci avvisi, grazie. {name_greeting}',
			'plate_part'           => ', veicolo {plate}',
			'reminder_greeting'    => 'A presto, {name}!',
			'campaign_subject'     => 'Un messaggio da {workshop}',
			'custom_subject'       => 'Messaggio da {workshop}',
		),
		'en' => array(
			'customer'             => 'customer',
			'vehicle'              => 'your vehicle',
			'confirmation_subject' => 'Appointment confirmed – {workshop}',
			'confirmation'         => 'Dear {name}, your appointment at {workshop} is confirmed: {service}{for_plate}, {when}. To move or cancel it, just let us know. See you soon!',
			'for_plate'            => ' for vehicle {plate}',
			'reminder_subject'     => 'Appointment reminder – {workshop}',
			'reminder'             => 'Reminder: {when}, appointment at {workshop} ({service}{plate_part}). If you cannot come, please let us know. {name_greeting}',
			'plate_part'           => ', vehicle {plate}',
			'reminder_greeting'    => 'See you soon, {name}!',
			'campaign_subject'     => 'A message from {workshop}',
			'custom_subject'       => 'A message from {workshop}',
		),
	);

	/**
	 * "mercoledì 2 dicembre alle 09:00", with "domani, " / "oggi, " when $today is given and close.
	 *
	 * As i18n.dates.when(..., style="written"): Babel's "EEEE d MMMM" (plus " y" in another year) with
	 * the names and words of texts.json.
	 *
	 * @param DateTimeImmutable      $when  Local moment.
	 * @param string                 $lang  it|en.
	 * @param DateTimeImmutable|null $today Today (reminders).
	 * @return string
	 */
	public static function format_when( DateTimeImmutable $when, string $lang, ?DateTimeImmutable $today = null ): string {
		$lang = self::lang( $lang );
		$day  = Officina_Texts::calendar_name( 'weekdays', (int) $when->format( 'N' ) - 1, $lang ) . ' ' . (int) $when->format( 'j' ) . ' ' . Officina_Texts::calendar_name( 'months', (int) $when->format( 'n' ) - 1, $lang );
		if ( null !== $today && $when->format( 'Y' ) !== $today->format( 'Y' ) ) {
			$day .= ' ' . $when->format( 'Y' );
		}
		$at   = Officina_Texts::date_word( 'at', $lang, array( 'time' => $when->format( 'H:i' ) ) );
		$text = Officina_Texts::date_word( 'written_when', $lang, array( 'day' => $day, 'at' => $at ) );
		if ( null !== $today ) {
			$delta = (int) $today->setTime( 0, 0 )->diff( $when->setTime( 0, 0 ) )->format( '%r%a' );
			if ( 0 === $delta || 1 === $delta ) {
				$relative = Officina_Texts::date_word( 0 === $delta ? 'today' : 'tomorrow', $lang );
				$text     = Officina_Texts::date_word( 'written_relative', $lang, array( 'relative' => $relative, 'when' => $text ) );
			}
		}
		return $text;
	}

	/**
	 * Subject, text and template parameters.
	 *
	 * @param string $kind   booking_confirmation|reminder|campaign|custom.
	 * @param string $lang   it|en.
	 * @param array  $fields workshop_name, customer_name, service, starts_at (DateTimeImmutable), plate, draft, text, today.
	 * @return array{0: string, 1: string, 2: string[]}
	 */
	public static function render( string $kind, string $lang, array $fields ): array {
		$lang     = self::lang( $lang );
		$words    = self::TEXTS[ $lang ];
		$workshop = (string) ( $fields['workshop_name'] ?? '' );
		$workshop = '' !== $workshop ? $workshop : 'Officina';
		$name     = trim( (string) ( $fields['customer_name'] ?? '' ) );
		$display  = '' !== $name ? $name : $words['customer'];
		$plate    = trim( (string) ( $fields['plate'] ?? '' ) );
		if ( 'booking_confirmation' === $kind || 'reminder' === $kind ) {
			$service   = (string) $fields['service'];
			$starts_at = $fields['starts_at'];
			$for_plate = '' !== $plate ? strtr( $words['for_plate'], array( '{plate}' => $plate ) ) : '';
			if ( 'booking_confirmation' === $kind ) {
				$when    = self::format_when( $starts_at, $lang );
				$subject = strtr( $words['confirmation_subject'], array( '{workshop}' => $workshop ) );
				$text    = strtr(
					$words['confirmation'],
					array( '{name}' => $display, '{workshop}' => $workshop, '{service}' => $service, '{for_plate}' => $for_plate, '{when}' => $when )
				);
			} else {
				$today    = $fields['today'] ?? Officina_Clock::now();
				$when     = self::format_when( $starts_at, $lang, $today );
				$subject  = strtr( $words['reminder_subject'], array( '{workshop}' => $workshop ) );
				$greeting = '' !== $name ? strtr( $words['reminder_greeting'], array( '{name}' => $name ) ) : '';
				$part     = '' !== $plate ? strtr( $words['plate_part'], array( '{plate}' => $plate ) ) : '';
				$text     = strtr(
					$words['reminder'],
					array( '{when}' => $when, '{workshop}' => $workshop, '{service}' => $service, '{plate_part}' => $part, '{name_greeting}' => $greeting )
				);
				$text     = ucfirst( $text ); // The texts start with an ASCII letter (mbstring is optional).
			}
			$params = array( $display, $service, $when, '' !== $plate ? $plate : '-', $workshop );
		} elseif ( 'campaign' === $kind || 'custom' === $kind ) {
			$source  = 'campaign' === $kind ? (string) ( $fields['draft'] ?? '' ) : (string) ( $fields['text'] ?? '' );
			$source  = '' !== $source ? $source : self::DEFAULT_CAMPAIGN_DRAFT[ $lang ];
			$text    = self::fill( $source, $display, '' !== $plate ? $plate : $words['vehicle'], $workshop );
			$subject = (string) ( $fields['subject'] ?? '' );
			$subject = '' !== $subject ? $subject : strtr( $words[ $kind . '_subject' ], array( '{workshop}' => $workshop ) );
			$params  = array( $display, $text );
		} else {
			throw new InvalidArgumentException( 'unknown message kind ' . $kind );
		}
		return array( $subject, trim( $text ), array_map( array( self::class, 'template_param' ), $params ) );
	}

	/**
	 * Replaces {name}, {plate}, {workshop} only.
	 *
	 * @param string $draft    Draft.
	 * @param string $name     Name.
	 * @param string $plate    Plate.
	 * @param string $workshop Workshop.
	 * @return string
	 */
	public static function fill( string $draft, string $name, string $plate, string $workshop ): string {
		return strtr( $draft, array( '{name}' => $name, '{plate}' => $plate, '{workshop}' => $workshop ) );
	}

	/**
	 * One line, single spaces, never empty.
	 *
	 * @param string $value Value.
	 * @return string
	 */
	public static function template_param( string $value ): string {
		$value = trim( (string) preg_replace( '/\s+/u', ' ', $value ) );
		return '' !== $value ? $value : '-';
	}

	/**
	 * A supported language.
	 *
	 * @param string $lang Language.
	 * @return string
	 */
	private static function lang( string $lang ): string {
		return 'en' === $lang ? 'en' : 'it';
	}
}
