import { defineContentScript } from 'wxt/utils/define-content-script';
import { airbnbPlatform } from '../content-scripts/airbnb/platform.ts';
import { createAirbnbAdapter } from '../content-scripts/airbnb/airbnb-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...airbnbPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(airbnbPlatform, createAirbnbAdapter, ctx),
});
