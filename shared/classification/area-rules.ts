// Which department a message is about (the air conditioning is technical service's, towels are
// housekeeping's), so routing can hand a complaint to the team that fixes it. Words of all five
// languages live in one list per team: the area of a message does not depend on its language.
import type { Team } from '../taxonomy.ts';
import type { ClassificationCue } from './classification-schema.ts';
import type { Token } from './normalize-text.ts';
import { TermMatcher } from './term-matcher.ts';
import { foldText } from './normalize-text.ts';

type AreaTeam = Extract<Team, 'technical_service' | 'housekeeping' | 'food_beverage' | 'front_office'>;

// prettier-ignore
const AREA_TERMS: Readonly<Record<AreaTeam, readonly string[]>> = {
  technical_service: [
    'klima*', 'ac', 'aircon', 'air con*', 'air condition*', 'кондиционер*', 'klimaanlage', 'مكيف', 'tv',
    'televizyon*', 'телевизор*', 'fernseher', 'تلفزيون', 'elektrik', 'electric*', 'strom', 'электричеств*',
    'розетк*', 'asansör*', 'lift', 'elevator', 'aufzug', 'лифт*', 'hot water', 'sıcak su', 'горячей воды',
    'warmes wasser', 'ماء ساخن', 'leak*', 'sızdır*', 'akıtıyor', 'akıyor', 'tıkalı', 'toilet', 'klozet',
    'kühlschrank', 'fridge', 'minibar', 'buzdolab*', 'холодильник*', 'lock', 'kilit*', 'schloss', 'замок',
    'light', 'lamba*', 'licht', 'свет', 'wifi', 'internet', 'safe', 'сейф', 'kasa', 'gas', 'gaz', 'газ',
  ],
  housekeeping: [
    'dirty', 'kirli', 'pis', 'schmutzig', 'dreckig', 'грязн*', 'متسخ*', 'نظيف*', 'towel*', 'havlu*',
    'handtücher', 'полотенц*', 'مناشف', 'clean*', 'temizl*', 'reinig*', 'sauber', 'уборк*', 'убира*',
    'cockroach*', 'böcek*', 'kakerlake*', 'ameisen', 'ants', 'таракан*', 'sheets', 'çarşaf*', 'bettwäsche',
    'постел*', 'mould', 'mold', 'schimmel', 'плесен*', 'lekeli',
  ],
  food_beverage: [
    'food', 'yemek*', 'essen', 'еда', 'еду', 'طعام', 'restaurant*', 'restoran*', 'ресторан*', 'مطعم',
    'breakfast', 'kahvaltı*', 'frühstück', 'завтрак*', 'dinner', 'abendessen', 'ужин*', 'waiter', 'garson*',
    'kellner', 'официант*', 'room service', 'oda servis*', 'zimmerservice', 'food poisoning', 'zehirlen*',
    'отравил*', 'vergiftung', 'tatlı', 'dessert', 'menu', 'menü',
  ],
  front_office: [
    'reception', 'resepsiyon*', 'rezeption', 'ресепшн', 'ресепшен*', 'الاستقبال', 'lobby', 'lobi*',
    'key card', 'anahtar*', 'schlüssel', 'ключ*', 'noise', 'noisy', 'loud', 'gürültü*', 'lärm', 'laut',
    'шум*', 'ضجيج', 'not ready', 'hazır değil', 'nicht fertig', 'не готов',
  ],
};

const AREA_PRECEDENCE: readonly AreaTeam[] = [
  'technical_service',
  'housekeeping',
  'food_beverage',
  'front_office',
];

const AREA_MATCHER = new TermMatcher(
  AREA_PRECEDENCE.flatMap((team) =>
    AREA_TERMS[team].map((term) => ({ pattern: foldText(term), payload: team })),
  ),
);

export function decideArea(tokens: readonly Token[]): { area: Team | null; cues: ClassificationCue[] } {
  const hits = AREA_MATCHER.match(tokens);
  const counts = new Map<AreaTeam, number>();
  for (const hit of hits) counts.set(hit.term.payload, (counts.get(hit.term.payload) ?? 0) + 1);
  let area: AreaTeam | null = null;
  for (const team of AREA_PRECEDENCE) {
    if ((counts.get(team) ?? 0) > (area ? (counts.get(area) ?? 0) : 0)) area = team;
  }
  const cues: ClassificationCue[] = hits
    .filter((hit) => hit.term.payload === area)
    .map((hit) => ({
      field: 'area',
      value: hit.term.payload,
      rule: hit.term.pattern,
      words: tokens
        .slice(hit.start, hit.end)
        .map((t) => t.text)
        .join(' '),
      weight: 1,
    }));
  return { area, cues };
}
