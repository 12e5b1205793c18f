declare module "markdown-it-texmath" {
  import type MarkdownIt from "markdown-it";
  const texmath: MarkdownIt.PluginWithOptions<{
    engine: unknown;
    delimiters?: string | string[];
    outerSpace?: boolean;
    katexOptions?: object;
  }>;
  export default texmath;
}
