// The build-time defaults the extension is compiled with (see wxt.config.ts and scripts/start.ts).
interface ImportMetaEnv {
  readonly VITE_KONUK_API_URL?: string;
  readonly VITE_KONUK_TOKEN?: string;
}
