// Written with umlauts; "ae/oe/ue" spellings and folded text match the same entries.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const DE_LEXICON: LanguageLexicon = {
  language: 'de',
  markers: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'ich', 'uns', 'unser*', 'haben', 'hat', 'habe',
    'bitte', 'danke', 'vielen', 'zimmer', 'ein', 'eine', 'einen', 'einem', 'einer', 'mit', 'für', 'auf',
    'im', 'am', 'zum', 'zur', 'es', 'sie', 'sind', 'war', 'waren', 'können', 'könnten', 'gibt', 'wie',
    'wann', 'bis', 'noch', 'schon', 'sehr', 'auch', 'aber', 'oder', 'hallo', 'guten', 'tag', 'grüße',
    'mfg', 'ihr*', 'dem', 'den', 'des', 'kein*', 'leider', 'morgen', 'heute', 'gestern', 'abend', 'wäre',
    'möchten', 'würden', 'gerne', 'gern', 'herzlich*', 'damen', 'herren', 'sehr geehrte*', 'mein*',
    'frau', 'herr', 'nach', 'vom', 'von', 'aus', 'bei', 'ob', 'dass', 'wurde', 'wird', 'werden', 'kann',
    'muss', 'müssen', 'jemand*', 'nichts', 'alles', 'viele', 'wo', 'was', 'warum', 'gast', 'uhr',
  ],
  topics: {
    question: {
      1.5: [
        'wie weit', 'wie lange', 'wie viel', 'wieviel', 'was kostet', 'gibt es', 'ab wann', 'bis wann',
        'inbegriffen', 'inklusive', 'kostenlos', 'erlaubt', 'geöffnet', 'offen', 'öffnungszeit*',
        'ist das', 'sind hunde', 'bietet', 'bieten sie', 'wo ist', 'wo kann', 'müssen wir',
      ],
      0.5: ['preis*', 'kosten', 'wann', 'wie', 'wo', 'welche*', 'parken', 'entfernung', 'information*'],
    },
    complaint: {
      3: [
        'funktioniert nicht', 'geht nicht', 'kaputt', 'defekt', 'kein warmes wasser', 'schmutzig',
        'dreckig', 'ekelhaft', 'schimmel', 'kakerlake*', 'ameisen', 'wanzen', 'beschwer*', 'unzumutbar',
        'inakzeptabel', 'unfreundlich', 'enttäuscht', 'enttäuschung', 'schrecklich', 'furchtbar',
        'katastrophe', 'schlimmster', 'schlimmste', 'niemand gekommen', 'passiert ist nichts',
        'nicht schlafen', 'an schlaf nicht zu denken', 'nie wieder', 'hellhörig', 'frechheit',
        'nicht gereinigt', 'nicht sauber', 'unverschämt',
      ],
      2: [
        'laut', 'lärm', 'disco', 'stinkt', 'geruch', 'riecht', 'kalt', 'problem*', 'trotz', 'abhilfe',
        'anderes zimmer', 'ein anderes zimmer', 'gemeldet', 'verletzt', 'blutet', 'gestürzt', 'wieder',
        'nicht eingegangen', 'stellungnahme',
      ],
      1: ['leider', 'immer noch', 'noch immer'],
    },
    change: {
      3: [
        'umbuchen', 'umbuchung', 'verlängern', 'verlängerung', 'ändern', 'änderung', 'verschieben',
        'upgraden', 'upgrade', 'statt', 'anstatt', 'zimmertyp', 'eine nacht mehr', 'nächte verlängern',
      ],
      2: ['aufpreis', 'umstellen', 'hinzufügen', 'dazubuchen', 'zubuchen'],
    },
    cancellation: {
      4: ['stornieren', 'stornierung', 'storno*', 'kostenlose stornierung', 'kostenfreie stornierung', 'absagen', 'annullieren'],
      1: ['storniert'],
    },
    refund: {
      3: [
        'rückerstattung', 'erstattung', 'erstatten', 'zurückerstatten', 'zurückerstattet', 'zurückzahlen',
        'zurückgezahlt', 'geld zurück', 'kaution', 'doppelt belastet', 'doppelt abgebucht', 'rückbuchung',
        'gutschrift', 'zurück überweisen',
      ],
      2: ['anzahlung', 'abbuchung', 'berechnet', 'belastet', 'vorauszahlung'],
    },
    special_request: {
      3: [
        'babybett', 'kinderbett', 'zustellbett', 'früher check in', 'frühen check in', 'early check in',
        'später check out', 'späten check out', 'late check out', 'late checkout', 'kindersitz*',
        'lunchpaket', 'überraschung', 'blumen', 'torte', 'kuchen', 'dekorier*', 'vorbereiten', 'bereitstellen',
        'organisieren', 'reservieren sie', 'erdgeschoss', 'höhere etage', 'höheren etage', 'ruhiges zimmer',
        'rollstuhl', 'kopfkissen', 'spät an', 'spät abends', 'späte anreise', 'aufs zimmer stellen',
        'ins zimmer stellen',
      ],
      2: [
        'transfer', 'hochzeitstag', 'geburtstag', 'flitterwochen', 'glutenfrei*', 'vegan*', 'vegetarisch',
        'allergie', 'meerblick', 'wäre es möglich', 'könnten sie', 'können sie bitte', 'bitten um',
        'hätten gerne', 'möchte einen', 'noch ein', 'handtücher',
      ],
    },
    invoice: {
      3: ['rechnung*', 'quittung', 'beleg', 'ust id*', 'ust idnr', 'mehrwertsteuer', 'mwst', 'steuernummer', 'rechnungsadresse', 'firma'],
      2: ['steuer', 'gmbh', 'auf meine firma'],
    },
    lost_item: {
      3: [
        'vergessen', 'liegen lassen', 'liegengelassen', 'verloren', 'zurückgelassen', 'fundsache*',
        'fundbüro', 'gefunden', 'vermisst', 'nachsehen', 'versandkosten', 'zurückerhalten',
      ],
      2: ['verlegt', 'zurückschicken', 'schicken sie'],
    },
    feedback: {
      3: [
        'vielen dank für', 'danke für', 'herzlich bedanken', 'bedanken', 'wir kommen wieder', 'kommen wieder',
        'anregung', 'vorschlag', 'empfehlen', 'traumhaft*', 'hervorragend', 'wunderschön*', 'super',
        'toll*', 'großartig', 'top', 'perfekt', 'lob', 'kompliment*',
      ],
      2: ['schön*', 'gefreut', 'lecker', 'freundlich', 'zufrieden'],
      1: ['danke', 'vielen dank'],
    },
  },
  stages: {
    pre_stay: {
      3: [
        'wir kommen am', 'wir kommen', 'kommen erst', 'reisen am', 'anreise', 'reisen im', 'wir reisen',
        'wir planen', 'planen', 'ankunft', 'landung', 'reist am', 'reisen können', 'ob wir reisen',
        'kommen an',
      ],
      '-3': ['kommen wieder', 'wir kommen wieder'],
      2: ['buchung', 'reservierung', 'gebucht', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'frühjahr'],
      1: ['flug'],
    },
    in_stay: {
      3: [
        'in unserem zimmer', 'bei uns im zimmer', 'unser zimmer ist', 'zimmer #', 'heute noch', 'heute abend',
        'gerade', 'im moment', 'zurzeit', 'seit gestern', 'seit heute', 'hier im hotel', 'bei abreise',
        'bei der abreise', 'morgen früh',
      ],
      2: ['heute', 'gestern', 'rezeption', 'morgen'],
      1: ['jetzt', 'sofort'],
    },
    post_stay: {
      5: ['abgereist', 'wieder zu hause', 'nach der abreise', 'bei unserer abreise'],
      4: ['wir waren', 'waren gäste', 'zu hause'],
      3: ['letzte woche', 'letzten woche', 'nie wieder', 'kommen wieder'],
      2: ['unseren aufenthalt', 'unserem aufenthalt', 'unseres aufenthalts', 'während unseres'],
      1: ['aufenthalt'],
    },
  },
  urgency: {
    3: ['dringend', 'sofort', 'schnell', 'umgehend', 'notfall', 'hilfe', 'sofortige'],
    '-3': ['nicht dringend', 'keine eile'],
  },
  escalation: {
    reputation_risk: {
      3: ['tripadvisor', 'holidaycheck', 'bewertung*', 'google bewertung*', 'soziale medien', 'presse', 'öffentlich'],
      2: ['nie wieder', 'instagram', 'facebook', 'google'],
    },
    safety: {
      3: [
        'arzt', 'notarzt', 'krankenhaus', 'verletzt', 'verletzung', 'blutet', 'blut', 'gestürzt',
        'platzwunde', 'lebensmittelvergiftung', 'vergiftung', 'erbrechen', 'durchfall', 'gas', 'riecht nach gas',
        'feuer', 'brand', 'rauch', 'stromschlag', 'gestohlen', 'diebstahl', 'einbruch', 'allergische',
        'ertrunken', 'bewusstlos',
        // Water near electricity, a lock that does not close, someone in the room, a child at risk.
        'steckdose*', 'strom', 'kabel', 'jemand war in unserem zimmer', 'eingebrochen', 'geldbörse',
        'geldbeutel', 'portemonnaie', 'fieber', 'ausgerutscht', 'allergisch*', 'blutet',
      ],
      2: ['krank*', 'schloss*', 'lässt sich nicht abschließen', 'kleines kind', 'baby', 'balkontür'],
      1: ['schmerzen'],
    },
    high_cost: {
      3: [
        'reisepreis*', 'gesamten', 'vollständige erstattung', 'entschädigung', 'schadensersatz',
        'rechtliche schritte', 'anwalt', 'gericht', 'minderung', 'reisepreisminderung',
      ],
    },
  },
};
