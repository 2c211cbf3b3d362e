import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const EN_LEXICON: LanguageLexicon = {
  language: 'en',
  markers: [
    'the', 'and', 'is', 'are', 'was', 'were', 'we', 'our', 'you', 'your', 'i', 'my', 'me', 'it', 'this',
    'that', 'to', 'of', 'on', 'for', 'with', 'from', 'please', 'pls', 'plz', 'thanks', 'thank', 'hi',
    'hello', 'can', 'could', 'would', 'will', 'there', 'have', 'has', 'not', 'what', 'when', 'how',
    'do', 'does', 'did', 'at', 'be', 'been', 'get', 'need', 'want', 'left', 'just', 'any', 'us', 'if',
    'yes', 'which', 'where', 'who', 'should', 'some', 'they', 'she', 'he', 'her', 'his', 'its', 'about',
    'since', 'still', 'again', 'nobody', 'anyone', 'someone', 'room', 'stay', 'dear', 'regards', 'kind',
  ],
  topics: {
    question: {
      1.5: [
        'what time', 'how much', 'how far', 'how long', 'how many', 'how do', 'how can', 'where is',
        'where can', 'is there', 'are there', 'do you have', 'do you accept', 'do you offer',
        'are you open', 'until what time', 'what age', 'minimum age', 'included', 'is it far',
        'is the', 'are the', 'do you', 'does the', 'wifi password', 'opening hours',
      ],
      0.5: [
        'price*', 'cost', 'costs', 'extra', 'free', 'allowed', 'available', 'availability',
        'information', 'info', 'distance', 'walking distance', 'parking', 'accept', 'open',
        'close', 'closes', 'rate', 'rates', 'quote', 'what', 'which', 'when',
      ],
    },
    complaint: {
      3: [
        'not working', 'doesnt work', 'does not work', 'isnt working', 'stopped working', 'broken',
        'no hot water', 'not cleaned', 'wasnt cleaned', 'dirty', 'disgusting', 'cockroach*',
        'bed bug*', 'ants', 'mould', 'mold', 'complain*', 'unacceptable', 'noisy', 'rude',
        'disappoint*', 'terrible', 'awful', 'horrible', 'worst', 'ruined', 'nobody came',
        'no one came', 'leaking', 'leaks', 'stolen', 'theft', 'robbed', 'not what we booked',
        'not what i paid', 'not what we paid', 'never again', 'nothing arrived', 'nothing happened',
        'still not', 'not ready', 'food poisoning', 'poisoning',
      ],
      2: [
        'noise', 'loud', 'smell*', 'stink*', 'drilling', 'construction', 'party', 'no towels',
        'no water', 'no electricity', 'missing', 'can we be moved', 'move us', 'fix this',
        'sort this out', 'problem*', 'issue*', 'wrong', 'we booked a', 'like a sauna', 'slipped',
        'swollen', 'injur*', 'cold', 'queue*', 'waiting', 'called twice', 'is a joke', 'ridiculous',
        'lock is broken', 'cant lock', 'cannot lock', 'not safe', 'slow', 'empty',
      ],
      1: ['still', 'again', 'nobody', 'unfortunately', 'however', 'but'],
      '-2': ['not urgent'],
    },
    change: {
      3: [
        'change the dates', 'change the date', 'change my booking', 'change our booking',
        'change my reservation', 'change our reservation', 'change the name', 'change the room',
        'switch our booking', 'switch to', 'upgrade', 'add one more night', 'add a night',
        'extra night', 'one more night', 'extend', 'extension', 'one day later', 'one day earlier',
        'modify*', 'amend*', 'reschedul*', 'postpone', 'add breakfast', 'move our booking',
        'move my booking', 'dates of my reservation', 'dates of our booking',
      ],
      2: ['instead of', 'change', 'switch', 'add', 'to our reservation', 'to my booking', 'difference'],
    },
    cancellation: {
      3: ['cancel', 'cancellation policy', 'cancellation fee', 'cancel my', 'cancel our', 'please cancel'],
      2: ['cancellation', 'free cancellation', 'non refundable', 'nonrefundable'],
      1: ['cancelled', 'canceled'],
    },
    refund: {
      3: [
        'refund', 'refunds', 'refunded', 'money back', 'reimburse*', 'charged twice', 'double charge*',
        'charged me twice', 'duplicate charge', 'overcharg*', 'chargeback', 'pre authorisation',
        'pre authorization', 'preauthori*', 'this money back', 'paid back', 'pay back', 'you owe us',
        'expect it back', 'want it back', 'get it back',
      ],
      2: ['deposit', 'prepayment', 'charged', 'release it', 'released'],
      '-2': ['non refundable', 'nonrefundable', 'refundable'],
    },
    special_request: {
      3: [
        'early check in', 'early checkin', 'late check out', 'late checkout', 'baby cot', 'cot', 'crib',
        'extra bed', 'extra pillow*', 'extra towel*', 'more pillows', 'more towels', 'arrange',
        'organise', 'organize', 'prepare', 'prepared', 'decorat*', 'surprise', 'cake', 'flowers',
        'child seat*', 'wheelchair', 'ground floor', 'higher floor', 'high floor', 'quiet room',
        'adjoining', 'close to the lift', 'near the lift', 'hold the room', 'keep our room',
        'keep the room', 'room is held', 'arrive late', 'late arrival', 'arriving late', 'book us',
        'could you book', 'can you book', 'bottle warmer', 'walk in shower',
      ],
      2: [
        'transfer', 'anniversary', 'birthday', 'honeymoon', 'vegan', 'vegetarian', 'gluten*',
        'allergy', 'bring', 'send up', 'to the room', 'could we get', 'can we get', 'could we have',
        'would it be possible', 'is it possible', 'possible', 'around midnight', 'late',
      ],
      1: ['we would like', 'request', 'happy to pay', 'supplement'],
    },
    invoice: {
      3: [
        'invoice*', 'receipt*', 'vat', 'tax number', 'company name', 'bill', 'folio', 'expense claim',
        'org no', 'copy of my bill',
      ],
      1: ['company', 'employer', 'tax', 'insurance', 'expenses'],
    },
    lost_item: {
      3: [
        'left my', 'left our', 'left a', 'left his', 'left her', 'left the', 'forgot', 'forgotten',
        'lost and found', 'lost my', 'lost our', 'handed in', 'left behind', 'did anyone find',
        'did anyone hand', 'has anyone found', 'anyone found', 'keep it for us', 'post it', 'courier',
      ],
      2: [
        'lost', 'left', 'was found', 'were found', 'found', 'not in his bag', 'not in her bag', 'not in my bag',
        'still be in',
      ],
      1: ['missing', 'collect it', 'wardrobe', 'safe'],
    },
    feedback: {
      3: [
        'thank you for', 'thanks for', 'thank you to', 'thanks to', 'best holiday', 'great stay',
        'highly recommend', 'suggestion', 'kudos', 'compliment*', 'we will be back', 'see you next',
        'will come again', 'home safe', 'please thank', 'wanted to say', 'a short note',
      ],
      2: [
        'amazing', 'wonderful', 'fantastic', 'lovely', 'loved', 'excellent', 'perfect', 'recommend',
        'beautiful', 'great', 'delicious', 'highlight', 'best', 'heads up', 'otherwise',
      ],
      1: ['thank*', 'enjoy*', 'nice', 'happy', 'friendly'],
    },
  },
  stages: {
    pre_stay: {
      3: [
        'we will arrive', 'we arrive', 'arriving', 'will be arriving', 'we are coming',
        'before we arrive', 'before arrival', 'on arrival', 'upon arrival', 'our upcoming',
        'planning', 'plan to', 'booked for', 'flight lands', 'we land', 'lands', 'landing',
        'if i book', 'travelling with', 'traveling with', 'we are travelling',
      ],
      2: ['arrival', 'next week', 'next month', 'we will', 'while we re with you'],
      1.5: ['our reservation', 'our booking', 'my booking', 'my reservation'],
      '-3': ['we will be back', 'we ll be back'],
      1: [
        'booking', 'reservation', 'book', 'reserve', 'will', 'flight', 'in january', 'in february',
        'in march', 'in april', 'in may', 'in june', 'in july', 'in august', 'in september',
        'in october', 'in november', 'in december',
      ],
    },
    in_stay: {
      3: [
        'right now', 'at the moment', 'since this morning', 'since yesterday',
        'at reception', 'in the lobby', 'we just arrived', 'just arrived', 'just checked in',
        'in our room', 'for the rest of our stay', 'before check out', 'check out tomorrow',
        'we are here', 'loving it here',
      ],
      2: ['room #', 'tonight', 'this morning', 'this evening', 'our room', 'the room above', 'next to our room', 'currently'],
      1: [
        'today', 'in the room', 'reception', 'pool bar', 'housekeeping', 'room service', 'here',
        'tomorrow', 'now', 'so far', 'this afternoon',
      ],
    },
    post_stay: {
      5: [
        'we checked out', 'checked out', 'after checking out', 'after check out', 'after departure',
        'we left the hotel', 'back home', 'got back', 'home safe', 'just returned', 'we have just returned',
      ],
      4: ['we stayed', 'stayed with you', 'stayed here', 'stayed at', 'our stay was', 'were guests'],
      3: ['last week', 'last month', 'when we checked out', 'at check out', 'never again', 'we left', 'we will be back', 'we ll be back'],
      2: ['during our stay', 'returned', 'when we arrived'],
    },
  },
  urgency: {
    3: [
      'urgent', 'urgently', 'asap', 'immediately', 'emergency', 'right away', 'right now', 'help us',
      'help me', 'please help', 'need help', 'hurry', 'as soon as possible',
    ],
    '-3': ['not urgent', 'no rush', 'no hurry', 'not in a hurry'],
  },
  escalation: {
    reputation_risk: {
      3: [
        'tripadvisor', 'bad review', '1 star', 'one star', 'social media', 'everyone should know',
        'everyone will know', 'tell everyone', 'warn others', 'posting this', 'post the photos',
        'the press', 'newspaper', 'trustpilot', 'holidaycheck', 'google review*',
        'honest review', 'review on', 'write a review', 'leave a review', 'going on google', 'on instagram',
      ],
      2: ['review', 'reviews', 'instagram', 'facebook', 'tiktok', 'youtube', 'never again'],
    },
    safety: {
      3: [
        'doctor', 'hospital', 'ambulance', 'injur*', 'bleeding', 'blood', 'food poisoning',
        'poison*', 'vomit*', 'diarrh*', 'allergic reaction', 'swollen', 'slipped', 'broken glass',
        'fire', 'smoke', 'gas', 'electric shock', 'stolen', 'theft', 'thief', 'robbed',
        'someone has been in our room', 'security', 'not safe', 'unsafe', 'lock is broken',
        'cant lock', 'cannot lock', 'drown*', 'bitten', 'scorpion', 'snake', 'unconscious',
        'burn*', 'fell', 'medical',
        // Water near electricity, a lock that does not close, someone in the room, a child at risk.
        'socket*', 'electrical', 'wires', 'balcony lock', 'doesnt lock', 'does not lock', 'wont lock',
        'someone was in our room', 'someone entered', 'broke in', 'break in', 'wallet is missing',
        'wallet missing', 'got sick', 'fever', 'allergic', 'cut his', 'cut her', 'cut my',
      ],
      2: ['sick', 'ill', 'small child', 'toddler', 'baby', 'balcony door', 'lock'],
      1: ['hurt', 'pain', 'wallet', 'passport*', 'valuables', 'child', 'kid', 'kids'],
    },
    high_cost: {
      3: [
        'full refund', 'whole stay', 'entire stay', 'compensation', 'compensate', 'lawyer',
        'legal action', 'court', 'chargeback', 'dispute it', 'credit card company', 'at least 50',
        'half of', 'total booking',
      ],
      1: ['dispute'],
    },
  },
};
