import { defineContentScript } from 'wxt/utils/define-content-script';
import { airbnbAdapter, createAirbnbAdapter } from '../content-scripts/airbnb/airbnb-adapter.ts';
import { AirbnbSelectors } from '../content-scripts/airbnb/airbnb-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
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
  runAt: 'document_idle',
  main(ctx) {
    startCapture(airbnbAdapter, ctx, packSupport(AirbnbSelectors, createAirbnbAdapter));
  },
});
