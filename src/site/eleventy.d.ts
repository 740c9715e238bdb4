// Eleventy 3 ships no type declarations: these cover the part of its API this project uses.
declare module '@11ty/eleventy' {
  /** The `this` of a transform: the page being written. */
  export interface TransformContext {
    page: { url: string | false; inputPath: string; outputPath: string | false };
  }

  export interface UserConfig {
    addPlugin<O>(plugin: (config: UserConfig, options: O) => void | Promise<void>, options?: O): void;
    addExtension(extensions: string | string[], options: { key: string }): void;
    addGlobalData(name: string, data: unknown): UserConfig;
    addPassthroughCopy(paths: string | Record<string, string>): UserConfig;
    setTemplateFormats(formats: string | string[]): void;
    addTemplateFormats(formats: string | string[]): void;
    /** Runs before a build renders anything (`outputMode` is `fs` when it writes files). */
    /** Runs after a build has written its files (`outputMode` is `fs` then). */
    on(event: 'eleventy.after', callback: (args: { directories: { output: string }; outputMode: string }) => Promise<void>): UserConfig;
    on(event: 'eleventy.before', callback: (args: { directories: { output: string }; outputMode: string }) => Promise<void>): UserConfig;
    /** Eleventy's timing of config callbacks; a group warns on the console when one is slow. */
    benchmarkManager: { get(group: string): { setIsVerbose(verbose: boolean): void } };
    /** A transform of every page's output, in the order added. */
    addTransform(name: string, callback: (this: TransformContext, content: string) => string | Promise<string>): UserConfig;
  }

  export interface EleventyOptions {
    /** A config file; false for none (the `config` callback is then the whole configuration). */
    configPath?: string | false;
    quietMode?: boolean;
    source?: 'cli' | 'script';
    runMode?: 'build' | 'serve' | 'watch';
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's console output, the summary line included. */
    disableLogger(): void;
  }
}
