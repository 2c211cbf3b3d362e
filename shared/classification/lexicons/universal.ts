// Evidence that reads the same in every language: review and complaint sites by name, the
// platforms guests threaten to post on, emergency numbers. Applied whatever language a guest
// writes in, at full weight.
import type { LanguageLexicon } from '../lexicon.ts';

const NONE = {};

// prettier-ignore
export const UNIVERSAL_LEXICON: LanguageLexicon = {
  language: 'en',
  markers: [],
  topics: {
    question: NONE, complaint: NONE, change: NONE, cancellation: NONE, refund: NONE,
    special_request: NONE, invoice: NONE, lost_item: NONE, feedback: NONE,
  },
  stages: { pre_stay: NONE, in_stay: NONE, post_stay: NONE },
  urgency: { 3: ['112', '911', 'sos'] },
  escalation: {
    reputation_risk: {
      3: [
        'tripadvisor', 'trip advisor', 'трипадвайзер', 'تريب ادفايزر', 'holidaycheck', 'holiday check',
        'sikayetvar', 'sikayet var', 'trustpilot', 'google review*', 'google yorum*', 'google maps',
        'googlea', 'googleda', 'googlede', 'googlee', 'googleye', 'google da yaz*', 'booking coma',
        'booking come', 'bookinge', 'bookinga', 'bookingde', 'bookingda', 'booking yorum*',
        'booking review*', 'yelp', 'otzovik', 'отзовик',
        'туристер', 'tophotels', 'zoover', 'reclame aqui',
      ],
      2: ['instagram', 'facebook', 'tiktok', 'youtube', 'twitter', 'инстаграм', 'тикток', 'انستغرام', 'فيسبوك'],
    },
    safety: NONE,
    high_cost: NONE,
  },
};
