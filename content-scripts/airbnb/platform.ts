// airbnb: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { AIRBNB_SELECTORS, AirbnbSelectors } from './airbnb-selectors.ts';

export const airbnbPlatform = definePlatform({
  id: 'airbnb',
  channel: 'airbnb',
  // The host pages on every Airbnb domain a hotel's staff are likely to use.
  matches: [
    'https://www.airbnb.com/hosting/*',
    'https://www.airbnb.com.tr/hosting/*',
    'https://www.airbnb.co.uk/hosting/*',
    'https://www.airbnb.de/hosting/*',
    'https://www.airbnb.at/hosting/*',
    'https://www.airbnb.ch/hosting/*',
    'https://www.airbnb.fr/hosting/*',
    'https://www.airbnb.be/hosting/*',
    'https://www.airbnb.nl/hosting/*',
    'https://www.airbnb.it/hosting/*',
    'https://www.airbnb.es/hosting/*',
    'https://www.airbnb.pt/hosting/*',
    'https://www.airbnb.ie/hosting/*',
    'https://www.airbnb.pl/hosting/*',
    'https://www.airbnb.ru/hosting/*',
    'https://www.airbnb.gr/hosting/*',
    'https://www.airbnb.se/hosting/*',
    'https://www.airbnb.dk/hosting/*',
    'https://www.airbnb.no/hosting/*',
    'https://www.airbnb.ae/hosting/*',
    'https://www.airbnb.ca/hosting/*',
    'https://www.airbnb.com.au/hosting/*',
  ],
  selectors: AirbnbSelectors,
  builtIn: AIRBNB_SELECTORS,
  loadAdapter: async () => (await import('./airbnb-adapter.ts')).createAirbnbAdapter,
  fixtures: 'airbnb',
});
