// Size limits shared by the extension and the API, so both reject the same things.
export const MAX_TEXT_CHARS = 20_000;
export const MAX_NAME_CHARS = 200;
export const MAX_ID_CHARS = 300;
export const MAX_URL_CHARS = 2_000;
export const MAX_BATCH_MESSAGES = 500;
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_PAGE_SIZE = 500;
