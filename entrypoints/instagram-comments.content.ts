import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramCommentsPlatform } from '../content-scripts/instagram-comments/platform.ts';
import { createInstagramCommentsAdapter } from '../content-scripts/instagram-comments/instagram-comments-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...instagramCommentsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(instagramCommentsPlatform, createInstagramCommentsAdapter, ctx),
});
