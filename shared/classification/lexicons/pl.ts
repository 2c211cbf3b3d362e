// Polish: enough to route a Polish guest's message and never miss its safety or reputation case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const PL_LEXICON: LanguageLexicon = {
  language: 'pl',
  markers: [
    'i', 'w', 'nie', 'na', 'jest', 'to', 'ze', 'sie', 'z', 'do', 'czy', 'jak', 'nasz', 'nasza', 'nasze',
    'naszym', 'mamy', 'jestesmy', 'pokoj', 'pokoju', 'dziekuje', 'dzien', 'dobry', 'prosze', 'bardzo',
    'ale', 'nadal', 'nikt', 'mozna', 'moze', 'chcemy', 'chcielibysmy', 'o', 'od', 'juz', 'sa', 'panstwo',
  ],
  topics: {
    question: { 1.5: ['o ktorej', 'ile kosztuje', 'ile', 'czy jest', 'czy sa', 'w cenie', 'gdzie jest'] },
    complaint: {
      3: ['nie dziala', 'zepsut*', 'brudn*', 'reklamacj*', 'skarg*', 'niedopuszczaln*', 'okropn*', 'halas*', 'karaluch*', 'nikt nie przyszedl', 'brak cieplej wody', 'rozczarowan*', 'cieknie', 'przecieka'],
      2: ['problem*', 'smierdzi', 'nadal nie'],
    },
    change: { 3: ['zmienic daty', 'zmiana terminu', 'zmienic rezerwacje', 'jedna noc wiecej', 'przedluzyc'] },
    cancellation: { 3: ['anulowac', 'anulowanie', 'odwolac', 'rezygnacj*'] },
    refund: { 3: ['zwrot*', 'oddac pieniadze', 'pobrano dwa razy', 'podwojne obciazenie'] },
    special_request: { 3: ['lozeczko', 'dostawka', 'pozny przyjazd', 'przyjedziemy pozno', 'pozne wymeldowanie', 'transfer', 'urodziny', 'rocznica', 'bezglutenow*'] },
    invoice: { 3: ['faktur*', 'paragon', 'rachunek'] },
    lost_item: { 3: ['zapomnialem', 'zapomnialam', 'zostawilem', 'zostawilam', 'zostawilismy', 'zgubil*', 'rzeczy znalezione'] },
    feedback: { 3: ['dziekujemy za', 'dziekuje za', 'wspanialy pobyt', 'wrocimy'], 2: ['wspanial*', 'doskonal*', 'fantastyczn*', 'swietn*'] },
  },
  stages: {
    pre_stay: { 2: ['przyjedziemy', 'przed przyjazdem', 'nasza rezerwacja'] },
    in_stay: { 2: ['teraz', 'dzis wieczorem', 'w naszym pokoju', 'w pokoju'] },
    post_stay: { 4: ['przebywalismy', 'po wymeldowaniu', 'juz w domu'] },
  },
  urgency: { 3: ['pilne', 'pilnie', 'natychmiast', 'pomocy', 'ratunku', 'nagly'] },
  escalation: {
    reputation_risk: { 3: ['opini*', 'recenzj*', 'media spolecznosciowe', 'opublikuje', 'napisze'] },
    safety: { 3: ['lekarz*', 'szpital*', 'karetk*', 'ranny', 'ranna', 'krew', 'zatruci*', 'wymiot*', 'alergi*', 'ogien', 'pozar', 'dym', 'gaz', 'kradziez', 'ukradl*', 'ukradzion*', 'poslizgn*', 'upadl*', 'chory', 'chora', 'choruje', 'goraczk*', 'zamek zepsuty', 'nie zamyka', 'gniazdk*', 'porazenie'] },
    high_cost: { 3: ['pelny zwrot', 'caly pobyt', 'odszkodowani*', 'rekompensat*', 'prawnik*', 'adwokat*'] },
  },
};
