// Every platform Konuk reads, one line each. Adding a platform is one folder under
// content-scripts/ (adapter, selectors and their schema, composer, its platform.ts) plus one line
// here and its thin entry point; tests/unit/platform-registry.test.ts fails when a piece is missing.
// The entry points, the background's selector-pack checks and the benches all read this list.
import { whatsappPlatform } from './whatsapp/platform.ts';
import { gmailPlatform } from './gmail/platform.ts';
import { bookingPlatform } from './booking/platform.ts';
import { expediaPlatform } from './expedia/platform.ts';
import { airbnbPlatform } from './airbnb/platform.ts';
import { instagramPlatform } from './instagram/platform.ts';
import { messengerPlatform } from './messenger/platform.ts';
import { businessSuitePlatform } from './messenger/business-suite-platform.ts';
import { googleReviewsPlatform } from './google-reviews/platform.ts';
import { instagramCommentsPlatform } from './instagram-comments/platform.ts';
import { tripadvisorReviewsPlatform } from './tripadvisor-reviews/platform.ts';
import { bookingReviewsPlatform } from './booking-reviews/platform.ts';
import { holidaycheckReviewsPlatform } from './holidaycheck-reviews/platform.ts';
import { businessSuiteCommentsPlatform } from './business-suite-comments/platform.ts';
import type { PlatformDefinition } from './platform-definition.ts';

export const PLATFORMS: readonly PlatformDefinition[] = [
  whatsappPlatform as PlatformDefinition,
  gmailPlatform as PlatformDefinition,
  bookingPlatform as PlatformDefinition,
  expediaPlatform as PlatformDefinition,
  airbnbPlatform as PlatformDefinition,
  instagramPlatform as PlatformDefinition,
  messengerPlatform as PlatformDefinition,
  businessSuitePlatform as PlatformDefinition,
  googleReviewsPlatform as PlatformDefinition,
  instagramCommentsPlatform as PlatformDefinition,
  tripadvisorReviewsPlatform as PlatformDefinition,
  bookingReviewsPlatform as PlatformDefinition,
  holidaycheckReviewsPlatform as PlatformDefinition,
  businessSuiteCommentsPlatform as PlatformDefinition,
];

export function platformById(id: string): PlatformDefinition | undefined {
  return PLATFORMS.find((platform) => platform.id === id);
}
