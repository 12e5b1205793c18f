/** A hash of the files at `paths` (folders read through, Framework's cache and the lib/data links left out). */
export declare function stampOf(paths: string[]): string;
/** A hash of every file the course's site is built from. */
export declare function sourceStamp(): string;
/** Whether dist/ was built from the sources as they are now. */
export declare function siteIsCurrent(): boolean;
/** Records that dist/ was built from the sources whose stamp is `stamp` (taken before the build began). */
export declare function recordSiteStamp(stamp: string): void;
