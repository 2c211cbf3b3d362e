import type { StarterTexts } from '../starter-library.ts';

export const DE_TEMPLATES: StarterTexts = {
  acknowledgement: {
    title: 'Erste Antwort mit Vorgangsnummer',
    body: `Guten Tag {{guest_name}}, vielen Dank für Ihre Nachricht. Wir haben sie unter der Vorgangsnummer {{record_number}} erfasst; {{agent_name}} ({{hotel_name}}) kümmert sich darum. Wir melden uns in Kürze. Bitte nennen Sie bei weiteren Nachrichten die Nummer {{record_number}}.`,
  },
  public_reply: {
    title: 'Kurze öffentliche Antwort, weiter per Privatnachricht',
    body: `Guten Tag {{guest_name}}, vielen Dank für Ihren Kommentar, und es tut uns leid, das zu lesen. Wir haben Ihnen eine private Nachricht geschickt, um uns persönlich darum zu kümmern (Vorgang {{record_number}}). {{hotel_name}}`,
  },
  complaint_recovery: {
    title: 'Beschwerde: Entschuldigung, Ursache, Lösung, Ausgleich',
    body: `Guten Tag {{guest_name}},

wir entschuldigen uns aufrichtig für {{issue_summary}}. So soll Ihr Aufenthalt bei uns nicht sein, und wir übernehmen die Verantwortung dafür.

Was passiert ist: {{cause}}
Was wir tun: {{fix_summary}}, spätestens bis {{fix_time}}.
Als Entschuldigung möchten wir Ihnen {{compensation}} anbieten.

{{agent_name}} meldet sich persönlich bei Ihnen, sobald alles erledigt ist. Lassen Sie uns bitte wissen, ob wir noch etwas für Sie tun können. (Vorgang {{record_number}})

Mit freundlichen Grüßen
{{agent_name}}, {{hotel_name}}`,
  },
  interim_update: {
    title: 'Zwischenstand, wenn es länger dauert',
    body: `Guten Tag {{guest_name}}, ein kurzer Zwischenstand zu Ihrem Anliegen {{record_number}}: {{progress_summary}}. Es dauert länger als gewünscht, aber wir haben Sie nicht vergessen. Spätestens {{next_update_time}} melden wir uns wieder. {{agent_name}}, {{hotel_name}}`,
  },
  cancellation_change: {
    title: 'Storno oder Änderung: Bedingungen und Alternative',
    body: `Guten Tag {{guest_name}},

vielen Dank für Ihre Nachricht zu Ihrer Buchung vom {{check_in}} bis {{check_out}} (Vorgang {{record_number}}). Nach den Bedingungen Ihres Tarifs gilt: {{cancellation_terms}}.

Bevor Sie sich entscheiden, bieten wir Ihnen gern eine Alternative an: {{alternative_offer}}. Sollen wir das für Sie einrichten?

Mit freundlichen Grüßen
{{agent_name}}, {{hotel_name}}`,
  },
  refund: {
    title: 'Erstattung in drei Schritten',
    body: `Guten Tag {{guest_name}},

Ihre Erstattung über {{refund_amount}} (Vorgang {{record_number}}) ist auf dem Weg. So geht es weiter:
1. Heute geben wir die Erstattung an unsere Buchhaltung weiter.
2. Die Buchhaltung erstattet den Betrag innerhalb von {{refund_days}} Werktagen auf Ihr ursprüngliches Zahlungsmittel.
3. Je nach Bank kann es danach noch einige Tage dauern, bis der Betrag auf Ihrem Konto erscheint.

Sollte der Betrag bis dahin nicht eingegangen sein, wenden Sie sich bitte unter Angabe von {{record_number}} an {{follow_up_contact}}.

Mit freundlichen Grüßen
{{agent_name}}, {{hotel_name}}`,
  },
  closing: {
    title: 'Abschluss mit Zufriedenheitsfrage 1-5',
    body: `Guten Tag {{guest_name}},

{{solution_summary}}, und wir freuen uns, dass es geklärt ist. Vielen Dank für Ihre Geduld und Ihren Hinweis.

Wir schließen den Vorgang {{record_number}}; sollte noch etwas sein, antworten Sie einfach auf diese Nachricht.

Eine kurze Frage: Wie zufrieden sind Sie mit unserer Lösung, von 1 (gar nicht) bis 5 (sehr)? Antworten Sie einfach mit einer Zahl.

{{agent_name}}, {{hotel_name}}`,
  },
  post_stay_thanks: {
    title: 'Dank nach der Abreise mit Bewertung 1-5',
    body: `Guten Tag {{guest_name}},

vielen Dank, dass Sie vom {{check_in}} bis {{check_out}} unser Gast im {{hotel_name}} waren. Wir hoffen, Sie hatten eine wunderbare Zeit und eine gute Heimreise.

Wie bewerten Sie Ihren Aufenthalt, von 1 (schlecht) bis 5 (ausgezeichnet)? Antworten Sie einfach mit einer Zahl; unser Team liest jede Antwort.

Wir freuen uns darauf, Sie wieder bei uns zu begrüßen.
{{agent_name}}`,
  },
};
