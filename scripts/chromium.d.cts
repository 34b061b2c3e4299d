// Types of scripts/chromium.cjs (plain JavaScript so that .mjs scripts can load it without a build).
export declare function findChromium(): string | undefined;
export declare const chromiumLaunchArgs: string[];
export declare const lighthouseChromeFlags: string[];
